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
import vn.sogoc.archive.timing.StageTimes;

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

    /**
     * Both timings of one run, with CPU: {@code rawCpuNanos} of the tesseract processes (−1 when unknown),
     * the job's {@code breakdown} by stage and the {@code usage} of the cores while it ran.
     */
    public record Result(int pages, int workers, String tesseract, Duration raw, Duration job, int jobPages,
                         String jobStatus, Path dir, long rawCpuNanos, StageBreakdown breakdown,
                         CpuMeter.Usage usage, String loadAtStart) {

        public double rawPagesPerSecond() { return pages / seconds(raw); }

        public double jobPagesPerSecond() { return jobPages / seconds(job); }

        public double ratio() { return jobPagesPerSecond() / rawPagesPerSecond(); }

        /** CPU per page of raw tesseract ÷ CPU per page of the job: the ratio with the neighbours' load taken out. */
        public double cpuRatio() {
            if (rawCpuNanos <= 0 || breakdown.jobCpuNanos() <= 0) return Double.NaN;
            return (rawCpuNanos / (double) pages) / (breakdown.jobCpuNanos() / (double) Math.max(1, jobPages));
        }

        public void print(PrintStream out) {
            out.printf("Đo tốc độ / throughput — %d trang PNG (pages), %d luồng / workers, %s, %d CPU%n",
                    pages, workers, tesseract, Runtime.getRuntime().availableProcessors());
            out.printf("  tesseract CLI (-l vie, OMP_THREAD_LIMIT=1): %6.1f s  %5.2f trang/s (pages/s)%n",
                    seconds(raw), rawPagesPerSecond());
            out.printf("  công việc số hóa / digitize job (%s):  %6.1f s  %5.2f trang/s (pages/s)%n",
                    jobStatus, seconds(job), jobPagesPerSecond());
            out.printf("  tỷ lệ / ratio job ÷ tesseract: %.2f   target ≥ %.2f %s   (load avg at start %s)%n", ratio(),
                    TARGET_RATIO, ratio() >= TARGET_RATIO ? "✓" : "✗", loadAtStart);
            if (rawCpuNanos > 0) {
                out.printf("  CPU: tesseract CLI %.0f ms/trang, job %.0f ms/trang (page) → tỷ lệ CPU / CPU ratio %.2f%n",
                        rawCpuNanos / 1e6 / pages, breakdown.jobCpuNanos() / 1e6 / Math.max(1, jobPages), cpuRatio());
            }
            out.printf("  job: %.2f / %d lõi bận / cores busy on average; < 1.5 lõi trong %.0f%% thời gian / of the time;"
                    + " máy / machine busy %.0f%%%n", breakdown.jobCpuNanos() / (double) job.toNanos(), workers,
                    100 * usage.shareBelow(1.5), 100 * usage.machineBusy());
            out.println("Thời gian theo công đoạn / where the job's time went (per page):");
            breakdown.print(out);
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

            String loadAtStart = load();
            log.printf("1/2 tesseract CLI, %d tiến trình song song / processes in parallel … (load %s)%n", workers, loadAtStart);
            long childCpu = CpuMeter.childrenCpuNanos();
            Duration raw = cli.readAll(images, workers, dir.resolve("tesseract-out"));
            long rawCpu = childCpu < 0 ? -1 : CpuMeter.childrenCpuNanos() - childCpu;

            log.printf("2/2 công việc số hóa / digitize job, %d luồng / workers … (load %s)%n", workers, load());
            StageTimes.Snapshot stagesBefore = StageTimes.snapshot();
            java.util.Map<String, Long> threadsBefore = CpuMeter.threadGroupCpuNanos();
            long cpuBefore = CpuMeter.processCpuNanos();
            long started = System.nanoTime();
            DigitizeJobRunner.RunSummary summary;
            CpuMeter.Usage usage;
            try (CpuMeter.Sampler sampler = new CpuMeter.Sampler()) {
                summary = archive.bean(DigitizeJobRunner.class).run(set.scansDir(), set.asOf(), null);
                sampler.close();
                usage = sampler.usage();
            }
            Duration job = Duration.ofNanos(System.nanoTime() - started);
            long jobCpu = CpuMeter.processCpuNanos() - cpuBefore;
            java.util.Map<String, Long> threads = StageBreakdown.threadDelta(threadsBefore, CpuMeter.threadGroupCpuNanos());
            if (summary.execution().getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("digitize job ended " + summary.execution().getStatus());
            }
            int jobPages = summary.count("PAGES");
            StageBreakdown breakdown = new StageBreakdown(StageTimes.snapshot().minus(stagesBefore), jobPages, jobCpu,
                    job.toNanos(), workers, threads);
            return new Result(images.size(), workers, version, raw, job, jobPages,
                    summary.execution().getStatus().name(), dir, rawCpu, breakdown, usage, loadAtStart);
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
