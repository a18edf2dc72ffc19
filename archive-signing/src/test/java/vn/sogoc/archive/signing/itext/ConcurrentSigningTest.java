package vn.sogoc.archive.signing.itext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.pki.DemoPki;
import vn.sogoc.archive.signing.support.DssValidation;
import vn.sogoc.archive.signing.support.PdfA2bFixture;
import vn.sogoc.archive.signing.support.TestPki;
import vn.sogoc.archive.signing.tsa.TsaClientFactory;

class ConcurrentSigningTest {

    @Test
    void oneSignerSignsTwentyDocumentsFromFourThreads(@TempDir Path dir) throws Exception {
        DemoPki pki = TestPki.get();
        Clock clock = Clock.systemUTC();
        ITextPadesSigner signer = new ITextPadesSigner(pki.signingKeyMaterial(),
            TsaClientFactory.shared(pki.newTsaClient(clock)), clock);
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            inputs.add(PdfA2bFixture.write(dir.resolve("in-" + i + ".pdf")));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Path>> signed = new ArrayList<>();
        try {
            for (int i = 0; i < inputs.size(); i++) {
                Path in = inputs.get(i);
                Path out = dir.resolve("signed-" + i + ".pdf");
                signed.add(pool.submit(() -> {
                    signer.sign(in, out, new SignatureRequest("SAO Y", TestPki.ORGANISATION, "Sao y", SignatureLevel.B_LT));
                    return out;
                }));
            }
            for (Future<Path> future : signed) {
                Path out = future.get();
                assertThat(DssValidation.validate(out, pki.rootCertificateFile())).singleElement().satisfies(o -> {
                    assertThat(o.indication()).isEqualTo("TOTAL_PASSED");
                    assertThat(o.format()).isEqualTo("PAdES-BASELINE-LT");
                });
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
