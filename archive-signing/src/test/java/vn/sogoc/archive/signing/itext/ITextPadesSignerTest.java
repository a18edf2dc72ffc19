package vn.sogoc.archive.signing.itext;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.SignatureResult;
import vn.sogoc.archive.signing.pki.DemoPki;
import vn.sogoc.archive.signing.support.DssValidation;
import vn.sogoc.archive.signing.support.DssValidation.Outcome;
import vn.sogoc.archive.signing.support.PdfA2bFixture;
import vn.sogoc.archive.signing.support.SignatureWidgets;
import vn.sogoc.archive.signing.support.SignatureWidgets.Widget;
import vn.sogoc.archive.signing.support.TestPki;
import vn.sogoc.archive.signing.support.VeraPdf;
import vn.sogoc.archive.signing.tsa.TsaClientFactory;

class ITextPadesSignerTest {

    private static final String ISO_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00";

    @TempDir
    static Path dir;
    static DemoPki pki;
    static ITextPadesSigner signer;
    static Path unsigned;

    @BeforeAll
    static void setUp() throws Exception {
        pki = TestPki.get();
        Clock clock = Clock.systemUTC();
        signer = new ITextPadesSigner(pki.signingKeyMaterial(), TsaClientFactory.shared(pki.newTsaClient(clock)), clock);
        unsigned = PdfA2bFixture.write(dir.resolve("unsigned.pdf"));
        assertThat(VeraPdf.pdfA2bFailures(unsigned)).as("fixture is PDF/A-2b").isEmpty();
    }

    private static SignatureRequest request(SignatureLevel level) {
        return new SignatureRequest("SAO Y", TestPki.ORGANISATION, "Sao y bản chính", level);
    }

    private Path signAndCheckFile(SignatureLevel level) throws Exception {
        Path signed = dir.resolve("signed-" + level + ".pdf");
        SignatureResult result = signer.sign(unsigned, signed, request(level));

        assertThat(result.level()).isEqualTo(level);
        assertThat(result.signingTime().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        assertThat(result.signerSubject()).contains(DemoPki.DEMO_MARK);
        assertThat(VeraPdf.pdfA2bFailures(signed)).as("signed file stays PDF/A-2b").isEmpty();

        Widget widget = SignatureWidgets.read(signed).stream()
            .filter(w -> w.fieldName().startsWith("SoGocSignature-")).findFirst().orElseThrow();
        assertThat(widget.page()).isEqualTo(1);
        assertThat(widget.text()).contains("SAO Y").contains(TestPki.ORGANISATION)
            .containsPattern(ISO_TIME)
            .contains(SignatureStamp.TIME_FORMAT.format(result.signingTime()));
        assertThat(widget.rect().getLeft()).isGreaterThanOrEqualTo(widget.pageBox().getWidth() / 2);
        assertThat(widget.rect().getBottom()).isGreaterThanOrEqualTo(widget.pageBox().getHeight() / 2);
        assertThat(widget.rect().getRight()).isLessThanOrEqualTo(widget.pageBox().getRight());
        assertThat(widget.rect().getTop()).isLessThanOrEqualTo(widget.pageBox().getTop());
        assertThat(widget.flags() & PdfAnnotation.PRINT).isEqualTo(PdfAnnotation.PRINT);
        assertThat(widget.claimedTime()).as("/M is the time shown").isEqualTo(result.signingTime().toInstant());
        assertThat(widget.fonts()).as("embedded Tinos subset, 10 pt, black")
            .isNotEmpty().allMatch(f -> f.matches("[A-Z]{6}\\+Tinos 10\\.0 \\[0\\.0\\]"));
        return signed;
    }

    @Test
    void baselineB() throws Exception {
        Path signed = signAndCheckFile(SignatureLevel.B_B);
        List<Outcome> outcomes = DssValidation.validate(signed, pki.rootCertificateFile());
        System.out.println("DSS B-B: " + outcomes);
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.format()).isEqualTo("PAdES-BASELINE-B"));
    }

    @Test
    void baselineT() throws Exception {
        Path signed = signAndCheckFile(SignatureLevel.B_T);
        List<Outcome> outcomes = DssValidation.validate(signed, pki.rootCertificateFile());
        System.out.println("DSS B-T: " + outcomes);
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.format()).isEqualTo("PAdES-BASELINE-T"));
    }

    @Test
    void baselineLtPassesOffline() throws Exception {
        Path signed = signAndCheckFile(SignatureLevel.B_LT);
        List<Outcome> outcomes = DssValidation.validate(signed, pki.rootCertificateFile());
        System.out.println("DSS B-LT: " + outcomes);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(o.format()).isEqualTo("PAdES-BASELINE-LT");
        });
    }

    @Test
    void baselineLtaPassesOffline() throws Exception {
        Path signed = signAndCheckFile(SignatureLevel.B_LTA);
        List<Outcome> outcomes = DssValidation.validate(signed, pki.rootCertificateFile());
        System.out.println("DSS B-LTA: " + outcomes);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(o.format()).isEqualTo("PAdES-BASELINE-LTA");
        });
    }

    @Test
    void secondSignatureGetsItsOwnField() throws Exception {
        Path once = dir.resolve("once.pdf");
        Path twice = dir.resolve("twice.pdf");
        signer.sign(unsigned, once, new SignatureRequest("BẢN SAO", TestPki.ORGANISATION, "Chứng thực", SignatureLevel.B_LT));
        signer.sign(once, twice, request(SignatureLevel.B_LT));

        List<Widget> widgets = SignatureWidgets.read(twice);
        assertThat(widgets).hasSize(2);
        assertThat(widgets.get(0).fieldName()).isNotEqualTo(widgets.get(1).fieldName());
        assertThat(widgets.get(0).text()).contains("BẢN SAO");
        assertThat(widgets.get(0).rect().overlaps(widgets.get(1).rect())).as("second box below the first").isFalse();
        assertThat(widgets).allSatisfy(w -> assertThat(w.rect().getBottom()).isGreaterThan(w.pageBox().getHeight() / 2));
        assertThat(VeraPdf.pdfA2bFailures(twice)).isEmpty();
        List<Outcome> outcomes = DssValidation.validate(twice, pki.rootCertificateFile());
        System.out.println("DSS two signatures: " + outcomes);
        assertThat(outcomes).hasSize(2).allSatisfy(o -> {
            assertThat(o.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(o.warnings()).noneMatch(w -> w.contains("overlap"));
        });
    }
}
