package vn.sogoc.archive.app.copies;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Measures issuing (fetch from the store, stamp, sign with timestamp, store, record): latency p50/p99 with
 * one issuer, then throughput with several concurrent issuers. Issues real copies, into a book of its own
 * ({@code BENCH}) so the office's numbering is untouched.
 */
@Service
public class CopyBenchmark {

    /** The book benchmark copies go into. */
    public static final String BOOK = "BENCH";

    private final CopyService service;
    private final JdbcClient jdbc;

    public CopyBenchmark(CopyService service, JdbcClient jdbc) {
        this.service = service;
        this.jdbc = jdbc;
    }

    /** One run's figures. */
    public record Run(int threads, int copies, double seconds, double perSecond, double p50, double p99, double mean,
                      double fetch, double stamp, double lockWait, double sign, double store, double record) {

        @Override
        public String toString() {
            return String.format("%d luồng/threads  %4d bản sao/copies  %6.2f s  %6.1f bản/s  p50 %5.0f ms  p99 %5.0f ms"
                    + "  (mean: fetch %.0f, stamp %.0f, lock wait %.0f, sign %.0f, store %.0f, record %.0f ms)",
                    threads, copies, seconds, perSecond, p50, p99, fetch, stamp, lockWait, sign, store, record);
        }
    }

    /** Warms up, then issues {@code n} copies with 1 thread and {@code n} with {@code threads}. */
    public List<Run> run(int n, int threads, int warmup) throws Exception {
        List<String> entries = jdbc.sql("""
                SELECT register_no FROM register_entry WHERE digitized AND status = 'ACTIVE'
                AND (valid_until IS NULL OR valid_until >= CURRENT_DATE) ORDER BY register_no""").query(String.class).list();
        if (entries.isEmpty()) {
            throw new CopyRefusedException("NOTHING_TO_COPY", "Không có mục sổ gốc nào đã số hóa và còn hiệu lực (chạy bin/archive demo trước)",
                    "No digitized entry in force to copy (run bin/archive demo first)");
        }
        measure(entries, warmup, 1);
        return List.of(measure(entries, n, 1), measure(entries, n, threads));
    }

    Run measure(List<String> entries, int n, int threads) throws Exception {
        List<IssuedCopy> issued = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < n) {
                        try {
                            issued.add(service.issue(entries.get(i % entries.size()), "Đo hiệu năng / benchmark",
                                    "Đo hiệu năng cấp bản sao / issuing benchmark", "benchmark", BOOK));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> totals = new ArrayList<>(issued.stream().map(IssuedCopy::totalMs).toList());
        Collections.sort(totals);
        return new Run(threads, issued.size(), seconds, issued.size() / seconds, percentile(totals, 50), percentile(totals, 99),
                mean(issued, IssuedCopy::totalMs), mean(issued, IssuedCopy::fetchMs), mean(issued, IssuedCopy::stampMs),
                mean(issued, IssuedCopy::waitMs), mean(issued, IssuedCopy::signMs), mean(issued, IssuedCopy::storeMs),
                mean(issued, IssuedCopy::recordMs));
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static double mean(List<IssuedCopy> l, java.util.function.ToLongFunction<IssuedCopy> f) {
        return l.stream().mapToLong(f).average().orElse(Double.NaN);
    }
}
