package vn.sogoc.archive.signing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.itext.ITextPadesSigner;
import vn.sogoc.archive.signing.pki.DemoPki;
import vn.sogoc.archive.signing.setup.SignerSetup;
import vn.sogoc.archive.signing.support.PdfA2bFixture;
import vn.sogoc.archive.signing.support.TestPki;

class PdfSignatureVerifierTest {

    @TempDir
    Path dir;

    private final PdfSignatureVerifier verifier =
        new PdfSignatureVerifier(List.of(TestPki.get().rootCertificate()), Clock.systemUTC());

    private Path signed(SignatureLevel level) throws Exception {
        ITextPadesSigner signer = SignerSetup.demo(TestPki.get().home(), TestPki.ORGANISATION);
        Path out = dir.resolve("signed-" + level + ".pdf");
        signer.sign(PdfA2bFixture.write(dir.resolve("in.pdf")), out,
            new SignatureRequest("BẢN SAO", TestPki.ORGANISATION, "Bản sao", level));
        return out;
    }

    @Test
    void anLtSignatureByTheDemoKeyPassesEveryCheck() throws Exception {
        List<SignatureCheck> checks = verifier.verify(signed(SignatureLevel.B_LT));

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.outcome()).as(c.findings().toString()).isEqualTo(Finding.Weight.PASSED);
            assertThat(c.level()).isEqualTo("PAdES-BASELINE-LT");
            assertThat(c.timestampTime()).isNotNull();
            assertThat(c.findings()).extracting(Finding::code)
                .contains("INTACT", "TIMESTAMP_INTACT", "TRUSTED", "NOT_REVOKED");
        });
    }

    @Test
    void aBbSignatureHasNoTimestampAndIsNotFullyVerifiable() throws Exception {
        List<SignatureCheck> checks = verifier.verify(signed(SignatureLevel.B_B));
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.level()).isEqualTo("PAdES-BASELINE-B");
            assertThat(c.findings()).extracting(Finding::code).contains("NO_TIMESTAMP", "REVOCATION_UNKNOWN");
            assertThat(c.outcome()).isEqualTo(Finding.Weight.INDETERMINATE);
        });
    }

    @Test
    void aChangedByteInsideTheSignedRangeFails() throws Exception {
        Path pdf = signed(SignatureLevel.B_LT);
        byte[] bytes = Files.readAllBytes(pdf);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("%%EOF") / 2;
        bytes[at] ^= 0x01;  // inside the unsigned original's revision, which the signature covers
        Path tampered = dir.resolve("tampered.pdf");
        Files.write(tampered, bytes);

        List<SignatureCheck> checks = verifier.verify(tampered);

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(Finding.Weight.FAILED);
            assertThat(c.findings()).extracting(Finding::code).contains("MODIFIED");
        });
    }

    @Test
    void aSignatureByAnotherPkiIsNotTrusted() throws Exception {
        DemoPki foreign = DemoPki.openOrCreate(dir.resolve("foreign-pki"), "Tổ chức lạ");
        ITextPadesSigner signer = SignerSetup.demo(foreign.home(), "Tổ chức lạ");
        Path out = dir.resolve("foreign.pdf");
        signer.sign(PdfA2bFixture.write(dir.resolve("in2.pdf")), out,
            new SignatureRequest("BẢN SAO", "Tổ chức lạ", "x", SignatureLevel.B_LT));

        List<SignatureCheck> checks = verifier.verify(out);

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.outcome()).isNotEqualTo(Finding.Weight.PASSED);
            assertThat(c.findings()).extracting(Finding::code).contains("INTACT", "NOT_TRUSTED");
            assertThat(c.findings()).filteredOn(f -> f.code().equals("NOT_TRUSTED"))
                .allSatisfy(f -> assertThat(f.text()).contains("not trusted"));
        });
    }
}
