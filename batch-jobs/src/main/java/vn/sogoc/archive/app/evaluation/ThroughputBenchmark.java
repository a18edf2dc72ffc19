package vn.sogoc.archive.app.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.springframework.batch.core.BatchStatus;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.digitize.DigitizeJobRunner;
import vn.sogoc.archive.app.register.RegisterImporter;
import vn.sogoc.archive.samples.GeneratedSample;
import vn.sogoc.archive.samples.SampleSet;
import vn.sogoc.archive.samples.ScanFormat;
import vn.sogoc.archive.search.SearchIndex;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.storage.ObjectStore;

/**
 * The throughput benchmark (đo tốc độ): the digitization job's pages per second beside the raw
 * {@code tesseract} command line on the same generated one-page PNG scans with the same number of
 * workers, in one run, and their ratio. The job is timed from its start to its end in a fresh archive
 * home whose register is already imported and whose one-time set-up (demo keys, S3 server, index) is
 * done; everything a page goes through (intake, orientation, deskew, OCR, PDF/A, matching, signing,
 * storage with read-back, index, register update, records) is inside the time.
 */
public final class ThroughputBenchmark {

    public static final int DEFAULT_PAGES = 40;
    public static final long DEFAULT_SEED = 77L;
    public static final double TARGET_RATIO = 0.85;

    private final PrintStream log;

    public ThroughputBenchmark(PrintStream log) {
        this.log = log;
    }

    /** Both timings of one run. */
    public record Result(int pages, int workers, String tesseract, Duration raw, Duration job, int jobPages,
                         String jobStatus, Path dir) {

        public double rawPagesPerSecond() { return pages / seconds(raw); }

        public double jobPagesPerSecond() { return jobPages / seconds(job); }

        public double ratio() { return jobPagesPerSecond() / rawPagesPerSecond(); }

        public void print(PrintStream out) {
            out.printf("Đo tốc độ / throughput — %d trang PNG (pages), %d luồng / workers, %s, %d CPU%n",
                    pages, workers, tesseract, Runtime.getRuntime().availableProcessors());
            out.printf("  tesseract CLI (-l vie, OMP_THREAD_LIMIT=1): %6.1f s  %5.2f trang/s (pages/s)%n",
                    seconds(raw), rawPagesPerSecond());
            out.printf("  công việc số hóa / digitize job (%s):  %6.1f s  %5.2f trang/s (pages/s)%n",
                    jobStatus, seconds(job), jobPagesPerSecond());
            out.printf("  tỷ lệ / ratio job ÷ tesseract: %.2f   target ≥ %.2f %s%n", ratio(), TARGET_RATIO,
                    ratio() >= TARGET_RATIO ? "✓" : "✗");
        }

        private static double seconds(Duration d) { return Math.max(1e-3, d.toNanos() / 1e9); }
    }

    public Result run(int pages, long seed, Path out) throws Exception {
        Path dir = EvaluationSets.outputDir(out, "sogoc-bench-");
        log.printf("Tạo %d trang / generating %d pages (seed %d) → %s%n", pages, pages, seed, dir.resolve("set"));
        SampleSet set = EvaluationSets.generate(pages, seed, EnumSet.of(ScanFormat.PNG), 0, dir.resolve("set"));
        List<Path> images = set.samples().stream().map(GeneratedSample::file).toList();
        try (IsolatedArchive archive = IsolatedArchive.start(dir.resolve("home"))) {
            ArchiveProperties properties = archive.bean(ArchiveProperties.class);
            int workers = properties.digitize().effectiveThreads();
            TesseractCli cli = new TesseractCli("tesseract", properties.ocr().language());
            String version = cli.version();
            archive.bean(RegisterImporter.class).importFile(set.registerCsv());
            warmUp(archive);

            log.printf("1/2 tesseract CLI, %d tiến trình song song / processes in parallel … (load %s)%n", workers, load());
            Duration raw = cli.readAll(images, workers, dir.resolve("tesseract-out"));

            log.printf("2/2 công việc số hóa / digitize job, %d luồng / workers … (load %s)%n", workers, load());
            long started = System.nanoTime();
            DigitizeJobRunner.RunSummary summary = archive.bean(DigitizeJobRunner.class).run(set.scansDir(), set.asOf(), null);
            Duration job = Duration.ofNanos(System.nanoTime() - started);
            if (summary.execution().getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("digitize job ended " + summary.execution().getStatus());
            }
            return new Result(images.size(), workers, version, raw, job, summary.count("PAGES"),
                    summary.execution().getStatus().name(), dir);
        }
    }

    /** One-time set-up of a new home, outside the timing: demo keys, the S3 server and bucket, the index. */
    private static void warmUp(IsolatedArchive archive) throws IOException {
        archive.bean(DocumentSigner.class);
        archive.bean(ObjectStore.class).stat("warm-up/none");
        archive.bean(SearchIndex.class);
    }

    private static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "?" : String.format("%.2f", l);
    }
}
