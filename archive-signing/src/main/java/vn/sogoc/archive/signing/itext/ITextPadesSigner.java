package vn.sogoc.archive.signing.itext;

import com.itextpdf.commons.exceptions.ITextException;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.security.auth.x500.X500Principal;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.SignatureResult;
import vn.sogoc.archive.signing.key.SigningKeyMaterial;
import vn.sogoc.archive.signing.tsa.TsaClientFactory;

/**
 * PAdES baseline signatures (B-B, B-T, B-LT, B-LTA) with iText's {@link PdfPadesSigner}, SHA-256, in
 * append mode (a PDF/A-2b input stays PDF/A-2b), with a visible appearance at the top right of page 1
 * whose time is the signature's signing time (/M), at +07:00 and whole seconds. Each signature gets a
 * new field name, so a document can be signed again. Thread-safe; the signed file appears only when
 * complete.
 */
public final class ITextPadesSigner implements DocumentSigner {

    /** Vietnam's offset (no daylight saving time). */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final String CREATOR = "Sổ Gốc e-Archive";

    private final SigningKeyMaterial key;
    private final TsaClientFactory tsa;
    private final Clock clock;
    private final SignatureStamp stamp = new SignatureStamp();

    /**
     * A signer with this key; {@code tsa} may be null, which allows B-B only.
     *
     * @param clock the source of the signing time
     */
    public ITextPadesSigner(SigningKeyMaterial key, TsaClientFactory tsa, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.tsa = tsa;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SignatureResult sign(Path unsigned, Path signed, SignatureRequest request) throws IOException {
        SignatureLevel level = Objects.requireNonNull(request.level(), "level");
        requireText(request.label(), "label");
        requireText(request.organisation(), "organisation");
        ITSAClient tsaClient = level == SignatureLevel.B_B ? null : tsaClient(level);
        OffsetDateTime time = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), VIETNAM);
        Path partial = signed.resolveSibling(signed.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            SignerProperties properties = properties(request, time, FirstPage.read(unsigned));
            try (PdfReader reader = new PdfReader(unsigned.toFile()); OutputStream out = Files.newOutputStream(partial)) {
                PdfPadesSigner pades = new PdfPadesSigner(reader, out)
                    .setStampingProperties(new StampingProperties().useAppendMode());
                sign(pades, properties, level, tsaClient);
            }
            Files.move(partial, signed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (GeneralSecurityException | ITextException e) {
            throw new SigningException("cannot sign " + unsigned + " at " + level + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new SignatureResult(time, level, key.certificate().getSubjectX500Principal().getName(X500Principal.RFC2253));
    }

    private void sign(PdfPadesSigner pades, SignerProperties properties, SignatureLevel level, ITSAClient tsaClient)
        throws GeneralSecurityException, IOException {
        if (level == SignatureLevel.B_LT || level == SignatureLevel.B_LTA) {
            useLocalRevocationData(pades);
        }
        switch (level) {
            case B_B -> pades.signWithBaselineBProfile(properties, key.chainArray(), key.signature());
            case B_T -> pades.signWithBaselineTProfile(properties, key.chainArray(), key.signature(), tsaClient);
            case B_LT -> pades.signWithBaselineLTProfile(properties, key.chainArray(), key.signature(), tsaClient);
            case B_LTA -> pades.setTimestampSignatureName("SoGocDocTimestamp-" + UUID.randomUUID())
                .signWithBaselineLTAProfile(properties, key.chainArray(), key.signature(), tsaClient);
        }
    }

    /** With CRLs at hand, embed them and ask nobody online; without, iText uses the certificates' URLs. */
    private void useLocalRevocationData(PdfPadesSigner pades) {
        if (!key.crls().isEmpty()) {
            pades.setCrlClient(new LocalCrlClient(key.crls()));
            pades.setOcspClient((certificate, issuer, url) -> null);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the signature appearance needs a " + name);
        }
    }

    private ITSAClient tsaClient(SignatureLevel level) {
        if (tsa == null) {
            throw new IllegalStateException("PAdES " + level + " needs a timestamp authority; none is configured");
        }
        return tsa.newClient();
    }

    private SignerProperties properties(SignatureRequest request, OffsetDateTime time, FirstPage page)
        throws IOException {
        List<String> lines = SignatureStamp.lines(request.label(), request.organisation(), time);
        PdfFont font = stamp.newFont();
        return new SignerProperties()
            .setFieldName("SoGocSignature-" + UUID.randomUUID())
            .setPageNumber(1)
            .setPageRect(stamp.box(lines, font, page))
            .setSignatureAppearance(stamp.appearance(lines, font))
            .setClaimedSignDate(GregorianCalendar.from(time.toZonedDateTime()))
            .setReason(request.reason())
            .setSignatureCreator(CREATOR);
    }
}
