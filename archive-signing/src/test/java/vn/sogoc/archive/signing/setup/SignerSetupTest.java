package vn.sogoc.archive.signing.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.SignatureResult;
import vn.sogoc.archive.signing.key.KeystoreSettings;
import vn.sogoc.archive.signing.pki.DemoPki;
import vn.sogoc.archive.signing.support.DssValidation;
import vn.sogoc.archive.signing.support.PdfA2bFixture;
import vn.sogoc.archive.signing.support.TestPki;

class SignerSetupTest {

    @TempDir
    Path dir;

    @Test
    void productionSignerReadsAPkcs12KeystoreAndCrlFiles() throws Exception {
        DemoPki pki = TestPki.get();
        KeystoreSettings settings = new KeystoreSettings(pki.home().resolve("keystores/organisation.p12"),
            DemoPki.KEYSTORE_PASSWORD.toCharArray(), DemoPki.ORGANISATION_ALIAS,
            List.of(pki.home().resolve("crl/issuing-ca.crl"), pki.home().resolve("crl/root-ca.crl")));
        DocumentSigner signer = SignerSetup.production(settings, null, null, null);
        Path unsigned = PdfA2bFixture.write(dir.resolve("in.pdf"));

        SignatureResult result = signer.sign(unsigned, dir.resolve("out.pdf"),
            new SignatureRequest("SAO Y", TestPki.ORGANISATION, "Sao y", SignatureLevel.B_B));

        assertThat(result.signerSubject()).isEqualTo(pki.signingCertificate().getSubjectX500Principal().getName());
        assertThat(DssValidation.validate(dir.resolve("out.pdf"), pki.rootCertificateFile()))
            .singleElement().satisfies(o -> assertThat(o.format()).isEqualTo("PAdES-BASELINE-B"));
        assertThatThrownBy(() -> signer.sign(unsigned, dir.resolve("t.pdf"),
            new SignatureRequest("SAO Y", TestPki.ORGANISATION, "Sao y", SignatureLevel.B_T)))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("timestamp authority");
        assertThat(dir.resolve("t.pdf")).doesNotExist();
    }

    @Test
    void demoSignerWorksFromAHomeDirectory() throws Exception {
        DocumentSigner signer = SignerSetup.demo(TestPki.get().home(), TestPki.ORGANISATION);
        Path unsigned = PdfA2bFixture.write(dir.resolve("in.pdf"));
        SignatureResult result = signer.sign(unsigned, dir.resolve("out.pdf"),
            new SignatureRequest("BẢN SAO", TestPki.ORGANISATION, "Chứng thực", SignatureLevel.B_LT));
        assertThat(result.level()).isEqualTo(SignatureLevel.B_LT);
        assertThat(DssValidation.validate(dir.resolve("out.pdf"), TestPki.get().rootCertificateFile()))
            .singleElement().satisfies(o -> assertThat(o.indication()).isEqualTo("TOTAL_PASSED"));
    }
}
