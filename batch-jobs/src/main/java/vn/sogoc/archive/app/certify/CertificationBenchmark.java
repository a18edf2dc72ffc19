package vn.sogoc.archive.app.certify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.stereotype.Service;

import vn.sogoc.archive.app.ArchiveProperties;

/**
 * Measures {@code certify} on a 2-page original (by default two of the bundled demo scans, 200 dpi A4):
 * latency p50/p99 of the whole certification (OCR included) and of its signing-and-registering half, with
 * one clerk, then certifications per minute with several clerks at once. Certifies into a book of its own
 * ({@value #BOOK}) so the office's numbering is untouched; the lines stay in the register (it is never
 * deleted), marked by that book and the requester {@value #REQUESTER}.
 */
@Service
public class CertificationBenchmark {

    /** The book benchmark certifications go into. */
    public static final String BOOK = "BENCH";
    /** The requester written on benchmark lines. */
    public static final String REQUESTER = "BENCHMARK (không phải yêu cầu thật)";

    private final CertificationService service;
    private final ArchiveProperties properties;

    public CertificationBenchmark(CertificationService service, ArchiveProperties properties) {
        this.service = service;
        this.properties = properties;
    }

    /** One run's figures, in milliseconds. */
    public record Run(int clerks, int certifications, double seconds, double perMinute, double p50, double p99,
                      double registerP50, double registerP99, double digitizeMean) {

        @Override
        public String toString() {
            return String.format("%d cán bộ/clerks  %3d bản/certifications  %6.1f s  %5.1f bản/phút/per minute  "
                    + "certify p50 %5.0f ms p99 %5.0f ms  (ký+vào sổ/sign+register p50 %4.0f ms p99 %4.0f ms; "
                    + "số hóa/digitize mean %5.0f ms)", clerks, certifications, seconds, perMinute, p50, p99, registerP50,
                    registerP99, digitizeMean);
        }
    }

    /** Warms up once, then {@code n} certifications with one clerk and {@code n} with {@code clerks}. */
    public List<Run> run(List<Path> original, String holderId, int n, int clerks) throws Exception {
        service.certify(request(original, holderId), out(), BOOK);
        return List.of(measure(original, holderId, n, 1), measure(original, holderId, n, clerks));
    }

    private Run measure(List<Path> original, String holderId, int n, int clerks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                CertifiedCopy c = service.certify(request(original, holderId), out(), BOOK);
                return new long[] {(System.nanoTime() - t0) / 1_000_000, c.registerMillis(), c.digitizeMillis()};
            }));
        }
        List<Long> total = new ArrayList<>();
        List<Long> register = new ArrayList<>();
        double digitize = 0;
        for (Future<long[]> f : futures) {
            long[] t = f.get();
            total.add(t[0]);
            register.add(t[1]);
            digitize += t[2];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Run(clerks, n, seconds, n / seconds * 60, percentile(total, 50), percentile(total, 99),
                percentile(register, 50), percentile(register, 99), digitize / n);
    }

    private static CertificationRequest request(List<Path> original, String holderId) {
        return new CertificationRequest(holderId, REQUESTER, original, null, null, null);
    }

    private Path out() throws IOException {
        Path dir = Files.createDirectories(properties.workDir().resolve("certify-bench"));
        Path file = Files.createTempFile(dir, "bench-", ".pdf");
        file.toFile().deleteOnExit();
        return file;
    }

    static double percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1)));
    }
}
