package vn.sogoc.archive.signing.pki;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import vn.sogoc.archive.signing.itext.ITextPadesSigner;
import vn.sogoc.archive.signing.key.Pkcs12KeyEntry;
import vn.sogoc.archive.signing.key.SigningKeyMaterial;
import vn.sogoc.archive.signing.pki.DemoCertificateAuthority.Issued;
import vn.sogoc.archive.signing.tsa.TsaClientFactory;

/**
 * Personal demo certificates (chứng thư số cá nhân) for the people who sign in their own name — the officer
 * who certifies a copy, the leader who signs a born-digital result — issued by the demo PKI's issuing CA, so
 * they chain to the same demo root as the organisation's certificate and are covered by the same CRLs.
 * One certificate per (name, title), created on first use under {@code persons/} (PKCS#12, password
 * {@value DemoPki#KEYSTORE_PASSWORD}) and reused afterwards; creation runs under a file lock, so several
 * threads and processes may ask at once. Demo material, marked as such in every subject.
 */
public final class DemoPersonCertificates {

    private static final Duration VALIDITY = Duration.ofDays(5 * 365);

    private final DemoPki pki;
    private final DemoPkiLayout layout;
    private final TsaClientFactory tsa;
    private final Clock clock;
    private final Map<String, ITextPadesSigner> signers = new ConcurrentHashMap<>();

    /** Personal certificates of {@code pki}, whose signatures are timestamped by its in-process TSA. */
    public DemoPersonCertificates(DemoPki pki) throws IOException {
        this.pki = pki;
        this.layout = new DemoPkiLayout(pki.home());
        this.clock = Clock.systemUTC();
        this.tsa = TsaClientFactory.shared(pki.newTsaClient(clock));
        if (!Files.isRegularFile(layout.issuingCaKeystore())) {
            throw new IOException("the demo PKI under " + pki.home() + " was created without its issuing CA's key ("
                + layout.issuingCaKeystore().getFileName() + "), so it cannot issue personal certificates;"
                + " a demo PKI created by this version keeps it (start a new demo home)");
        }
    }

    /** The person's key material (issued now if this person has none yet) with the PKI's CRLs. */
    public SigningKeyMaterial keyMaterial(String fullName, String title) throws IOException {
        return SigningKeyMaterial.of(entry(fullName, title), pki.crls());
    }

    /** A PAdES signer with the person's key (B-B to B-LTA; the appearance is given per signature). */
    public ITextPadesSigner signer(String fullName, String title) throws IOException {
        String id = id(fullName, title);
        ITextPadesSigner signer = signers.get(id);
        if (signer == null) {
            signer = new ITextPadesSigner(keyMaterial(fullName, title), tsa, clock);
            signers.putIfAbsent(id, signer);
        }
        return signer;
    }

    private Pkcs12KeyEntry entry(String fullName, String title) throws IOException {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("a personal certificate needs the person's full name");
        }
        char[] password = DemoPki.KEYSTORE_PASSWORD.toCharArray();
        Path file = layout.persons().resolve(id(fullName, title) + ".p12");
        if (!Files.isRegularFile(file)) {
            Files.createDirectories(layout.persons());
            synchronized (DemoPersonCertificates.class) {
                try (FileChannel channel = FileChannel.open(layout.persons().resolve(".lock"),
                         StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    if (!Files.isRegularFile(file)) {
                        issue(fullName.strip(), title == null ? "" : title.strip(), file, password);
                    }
                }
            }
        }
        return Pkcs12KeyEntry.load(file, password, "person");
    }

    private void issue(String fullName, String title, Path file, char[] password) throws IOException {
        Pkcs12KeyEntry ca = Pkcs12KeyEntry.load(layout.issuingCaKeystore(), password, DemoPki.ISSUING_CA_ALIAS);
        try {
            DemoCertificateAuthority authority = new DemoCertificateAuthority(clock.instant());
            Issued issuer = new Issued(new KeyPair(ca.certificate().getPublicKey(), ca.privateKey()), ca.certificate());
            Issued person = authority.documentSigner(issuer, subject(fullName, title), VALIDITY);
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            new Pkcs12KeyEntry(person.keys().getPrivate(), List.of(person.certificate(), ca.chain().get(0),
                ca.chain().get(ca.chain().size() - 1))).store(partial, password, "person");
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot issue a demo certificate for " + fullName + ": " + e.getMessage(), e);
        }
    }

    private static X500Name subject(String fullName, String title) {
        X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "VN")
            .addRDN(BCStyle.O, DemoPki.DEMO_MARK);
        if (!title.isEmpty()) {
            b.addRDN(BCStyle.T, title);
        }
        return b.addRDN(BCStyle.CN, fullName + " (" + DemoPki.DEMO_MARK + ")").build();
    }

    private static String id(String fullName, String title) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                (fullName.strip() + "\n" + (title == null ? "" : title.strip())).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
