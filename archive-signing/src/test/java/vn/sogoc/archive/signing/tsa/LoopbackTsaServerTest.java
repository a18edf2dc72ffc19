package vn.sogoc.archive.signing.tsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.itext.ITextPadesSigner;
import vn.sogoc.archive.signing.key.Pkcs12KeyEntry;
import vn.sogoc.archive.signing.pki.DemoPki;
import vn.sogoc.archive.signing.support.DssValidation;
import vn.sogoc.archive.signing.support.PdfA2bFixture;
import vn.sogoc.archive.signing.support.TestPki;

class LoopbackTsaServerTest {

    @TempDir
    Path dir;

    @Test
    void signsWithATimestampFetchedOverHttpAndEuDssAcceptsIt() throws Exception {
        DemoPki pki = TestPki.get();
        Pkcs12KeyEntry tsaKey = Pkcs12KeyEntry.load(pki.home().resolve("keystores/tsa.p12"),
            DemoPki.KEYSTORE_PASSWORD.toCharArray(), DemoPki.TSA_ALIAS);
        try (LoopbackTsaServer tsa = LoopbackTsaServer.start(tsaKey, Clock.systemUTC(), 0)) {
            assertThat(tsa.url()).startsWith("http://127.0.0.1:");
            ITextPadesSigner signer = new ITextPadesSigner(pki.signingKeyMaterial(),
                TsaClientFactory.forUrl(tsa.url(), null, null), Clock.systemUTC());
            Path out = dir.resolve("out.pdf");
            signer.sign(PdfA2bFixture.write(dir.resolve("in.pdf")), out,
                new SignatureRequest("BẢN SAO", TestPki.ORGANISATION, "Bản sao", SignatureLevel.B_LT));

            List<DssValidation.Outcome> outcomes = DssValidation.validate(out, pki.rootCertificateFile());
            assertThat(outcomes).singleElement().satisfies(o -> {
                assertThat(o.indication()).as(o.toString()).isEqualTo("TOTAL_PASSED");
                assertThat(o.format()).isEqualTo("PAdES-BASELINE-LT");
            });
        }
    }
}
