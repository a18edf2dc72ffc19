package vn.sogoc.archive.signing.itext;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.pki.DemoPki;
import vn.sogoc.archive.signing.support.PdfA2bFixture;
import vn.sogoc.archive.signing.support.TestPki;
import vn.sogoc.archive.signing.tsa.TsaClientFactory;

/** Prints p50/p99 signing times per level (one thread, file to file); informative only, asserts nothing. */
class SigningTimingTest {

    private static final int WARM_UP = 5;
    private static final int RUNS = 30;

    @Test
    void printTimings(@TempDir Path dir) throws Exception {
        DemoPki pki = TestPki.get();
        Clock clock = Clock.systemUTC();
        ITextPadesSigner signer = new ITextPadesSigner(pki.signingKeyMaterial(),
            TsaClientFactory.shared(pki.newTsaClient(clock)), clock);
        Path in = PdfA2bFixture.write(dir.resolve("in.pdf"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (SignatureLevel level : SignatureLevel.values()) {
            SignatureRequest request = new SignatureRequest("SAO Y", TestPki.ORGANISATION, "Sao y", level);
            long[] nanos = new long[RUNS];
            long[] cpu = new long[RUNS];
            for (int i = -WARM_UP; i < RUNS; i++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                signer.sign(in, dir.resolve("out.pdf"), request);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                    cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf("TIMING %s: wall p50 %.1f ms, p99 %.1f ms; thread CPU p50 %.1f ms, p99 %.1f ms"
                    + " (n=%d, so p99 = max; 1 thread; load average %.1f)%n", level,
                nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6, cpu[RUNS / 2] / 1e6, cpu[RUNS - 1] / 1e6, RUNS,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
