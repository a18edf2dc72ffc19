package vn.sogoc.archive.signing.pki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import vn.sogoc.archive.signing.key.CrlFiles;
import vn.sogoc.archive.signing.key.Pkcs12KeyEntry;
import vn.sogoc.archive.signing.key.SigningKeyMaterial;
import vn.sogoc.archive.signing.tsa.InProcessTsaClient;

/**
 * A small PKI for demos and tests, clearly marked as such ({@value #DEMO_MARK} in every subject): root CA,
 * issuing CA, the organisation's signing certificate, a timestamp-authority certificate and two empty
 * CRLs: the issuing CA's and the root's (EU DSS wants revocation data for the issuing CA too before it
 * accepts the issuing CA's CRL, so B-LT embeds both). Created under a home directory on first use and loaded as-is afterwards.
 *
 * <p>Files under the home directory:
 * <pre>
 * root-ca.pem                 the only trust anchor (the one PEM file here: validators trust it)
 * certs/issuing-ca.der        issuing CA certificate (DER; deliberately not a trust anchor)
 * certs/organisation.der      the organisation's signing certificate
 * certs/tsa.der               the timestamp authority's certificate
 * crl/issuing-ca.crl          the issuing CA's CRL (DER, empty, nextUpdate 10 years ahead)
 * crl/root-ca.crl             the root CA's CRL (DER, empty, nextUpdate 10 years ahead)
 * keystores/organisation.p12  PKCS#12: alias "organisation", key + chain (org, issuing CA, root)
 * keystores/tsa.p12           PKCS#12: alias "tsa", key + chain (TSA, issuing CA, root)
 * keystores/issuing-ca.p12    PKCS#12: alias "issuing-ca", the issuing CA's key (demo only: it issues the
 *                             personal certificates of {@link DemoPersonCertificates} under persons/)
 * README-DEMO.txt             what this is; written last, so its presence means the PKI is complete
 * </pre>
 * The keystores use the password {@value #KEYSTORE_PASSWORD}. The root CA's private key is not kept.
 */
public final class DemoPki {

    /** The words every demo certificate carries in its CN and O. */
    public static final String DEMO_MARK = "DEMO — không dùng cho văn bản thật";
    /** Password of both demo keystores (demo material, so not a secret). */
    public static final String KEYSTORE_PASSWORD = "sogoc-demo";
    /** Alias of the organisation's key in {@code keystores/organisation.p12}. */
    public static final String ORGANISATION_ALIAS = "organisation";
    /** Alias of the TSA key in {@code keystores/tsa.p12}. */
    public static final String TSA_ALIAS = "tsa";
    /** Alias of the issuing CA's key in {@code keystores/issuing-ca.p12} (see {@link DemoPersonCertificates}). */
    public static final String ISSUING_CA_ALIAS = "issuing-ca";
    /** The organisation named in a newly created signing certificate unless one is given. */
    public static final String DEFAULT_ORGANISATION = "Tổ chức thử nghiệm Sổ Gốc";

    private final DemoPkiLayout layout;
    private final Pkcs12KeyEntry organisation;
    private final Pkcs12KeyEntry tsa;
    private final X509Certificate root;
    private final List<X509CRL> crls;

    private DemoPki(DemoPkiLayout layout) throws IOException {
        this.layout = layout;
        char[] password = KEYSTORE_PASSWORD.toCharArray();
        this.organisation = Pkcs12KeyEntry.load(layout.organisationKeystore(), password, ORGANISATION_ALIAS);
        this.tsa = Pkcs12KeyEntry.load(layout.tsaKeystore(), password, TSA_ALIAS);
        this.root = readCertificate(layout.rootPem());
        this.crls = CrlFiles.read(List.of(layout.issuingCrl(), layout.rootCrl()));
    }

    /** Opens the demo PKI under {@code home}, creating it for {@link #DEFAULT_ORGANISATION} if absent. */
    public static DemoPki openOrCreate(Path home) throws IOException {
        return openOrCreate(home, DEFAULT_ORGANISATION);
    }

    /**
     * Opens the demo PKI under {@code home}, creating it if absent with a signing certificate for
     * {@code organisation} (ignored when the PKI already exists). Safe to call from several threads and
     * processes at once: creation runs under a file lock.
     */
    public static DemoPki openOrCreate(Path home, String organisation) throws IOException {
        DemoPkiLayout layout = new DemoPkiLayout(home);
        if (!layout.isComplete()) {
            synchronized (DemoPki.class) {
                Files.createDirectories(home);
                try (FileChannel channel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE,
                         StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    if (!layout.isComplete()) {
                        create(layout, organisation);
                    }
                }
            }
        }
        return new DemoPki(layout);
    }

    private static void create(DemoPkiLayout layout, String organisation) throws IOException {
        try {
            new DemoPkiWriter(layout, Clock.systemUTC().instant()).write(organisation);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot create the demo PKI under " + layout.home() + ": " + e.getMessage(), e);
        }
    }

    /** The organisation's key (SHA-256 signatures), chain and both CRLs. */
    public SigningKeyMaterial signingKeyMaterial() {
        return SigningKeyMaterial.of(organisation, crls);
    }

    /** A thread-safe in-process TSA with the demo TSA key. */
    public InProcessTsaClient newTsaClient(Clock clock) throws IOException {
        return new InProcessTsaClient(tsa, clock);
    }

    /** The trust anchor to give a validator. */
    public X509Certificate rootCertificate() {
        return root;
    }

    /** The organisation's signing certificate. */
    public X509Certificate signingCertificate() {
        return organisation.certificate();
    }

    /** The TSA certificate. */
    public X509Certificate tsaCertificate() {
        return tsa.certificate();
    }

    /** The CRLs: the issuing CA's, then the root's. */
    public List<X509CRL> crls() {
        return crls;
    }

    /** The file holding the trust anchor (PEM). */
    public Path rootCertificateFile() {
        return layout.rootPem();
    }

    /** The home directory. */
    public Path home() {
        return layout.home();
    }

    private static X509Certificate readCertificate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (CertificateException e) {
            throw new IOException("cannot read certificate " + file + ": " + e.getMessage(), e);
        }
    }
}
