package vn.sogoc.archive.app.evaluation;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

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
 * workers, in one run, and their ratio. Two jobs run one after the other in one fresh archive home
 * (its own database, S3 server, index, keys) in this JVM, as a long archive run would: first a
 * <em>cold</em> job on a warm-up set of other generated pages (other files, other register entries),
 * which pays the one-time costs of a new process (class loading, the JIT compiling the code, first-use
 * initialisation), then the <em>steady-state</em> job on the benchmark's pages, the one the target is
 * judged on (a real run is thousands of pages, over which those one-time costs vanish). Nothing of a
 * page is reused between the two: other files, so other hashes, records, objects and index entries.
 * Each job is timed from its start to its end with its register already imported and the home's
 * one-time set-up (demo keys, S3 server, index) done; everything a page goes through (intake,
 * orientation, deskew, OCR, PDF/A, matching, signing, storage with read-back, index, register update,
 * records) is inside the time, for every page of both jobs.
 */
public final class ThroughputBenchmark {

    public static final int DEFAULT_PAGES = 40;
    public static final long DEFAULT_SEED = 77L;
    public static final double TARGET_RATIO = 0.85;
    /** Mixed into the seed for the warm-up set, so that its pages are not the timed ones. */
    private static final long WARM_UP_SALT = 0x5EED_0C01DL;

    private final PrintStream log;

    public ThroughputBenchmark(PrintStream log) {
        this.log = log;
    }

    /**
     * One timed job: its wall time, pages, process CPU, the CPU and wall by stage and by thread group, and
     * the use of the cores while it ran.
     */
    public record JobTiming(Duration wall, int pages, String status, StageBreakdown breakdown, CpuMeter.Usage usage,
                            String loadAtStart) {

        public double pagesPerSecond() { return pages / seconds(wall); }

        public double cpuMillisPerPage() { return breakdown.jobCpuNanos() / 1e6 / Math.max(1, pages); }
    }

    /**
     * Both timings of one run, with CPU: {@code rawCpuNanos} of the tesseract processes (−1 when unknown);
     * {@code job} is the steady-state job on the benchmark's pages, {@code cold} the first job of the JVM
     * on the warm-up pages.
     */
    public record Result(int pages, int workers, String tesseract, Duration raw, long rawCpuNanos, JobTiming job,
                         JobTiming cold, Path dir, String loadAtStart) {

        public double rawPagesPerSecond() { return pages / seconds(raw); }

        /** Steady-state job pages/s ÷ tesseract CLI pages/s: the figure the target is judged on. */
        public double ratio() { return job.pagesPerSecond() / rawPagesPerSecond(); }

        /** CPU per page of raw tesseract ÷ CPU per page of the steady-state job: the ratio with the neighbours' load taken out. */
        public double cpuRatio() { return cpuRatio(job); }

        double cpuRatio(JobTiming timing) {
            if (rawCpuNanos <= 0 || timing.breakdown().jobCpuNanos() <= 0) return Double.NaN;
            return (rawCpuNanos / 1e6 / pages) / timing.cpuMillisPerPage();
        }

        public void print(PrintStream out) {
            out.printf("Đo tốc độ / throughput — %d trang PNG (pages), %d luồng / workers, %s, %d CPU%n",
                    pages, workers, tesseract, Runtime.getRuntime().availableProcessors());
            out.printf("  tesseract CLI (-l vie, OMP_THREAD_LIMIT=1): %6.1f s  %5.2f trang/s (pages/s)   (load %s)%n",
                    seconds(raw), rawPagesPerSecond(), loadAtStart);
            out.printf("  lạnh / cold job (đầu tiên trong JVM, gồm JIT / first in the JVM, incl. JIT; %d trang khác / other pages):"
                    + " %6.1f s  %5.2f trang/s → tỷ lệ / ratio %.2f   (load %s)%n", cold.pages(), seconds(cold.wall()),
                    cold.pagesPerSecond(), cold.pagesPerSecond() / rawPagesPerSecond(), cold.loadAtStart());
            out.printf("  ổn định / steady-state job (%s):  %6.1f s  %5.2f trang/s (pages/s)   (load %s)%n",
                    job.status(), seconds(job.wall()), job.pagesPerSecond(), job.loadAtStart());
            out.printf("  tỷ lệ / ratio steady job ÷ tesseract: %.2f   target ≥ %.2f %s%n", ratio(),
                    TARGET_RATIO, ratio() >= TARGET_RATIO ? "✓" : "✗");
            if (rawCpuNanos > 0) {
                out.printf("  CPU ms/trang (page): tesseract CLI %.0f; job ổn định / steady %.0f → tỷ lệ CPU / CPU ratio %.2f;"
                        + " job lạnh / cold %.0f → %.2f%n", rawCpuNanos / 1e6 / pages, job.cpuMillisPerPage(), cpuRatio(),
                        cold.cpuMillisPerPage(), cpuRatio(cold));
                out.printf("  (JIT compiler threads / luồng biên dịch JIT: steady %.0f, cold %.0f ms/page)%n",
                        job.breakdown().compilerCpuMillisPerPage(), cold.breakdown().compilerCpuMillisPerPage());
            }
            out.printf("  job: %.2f / %d lõi bận / cores busy on average; < 1.5 lõi trong %.0f%% thời gian / of the time;"
                    + " máy / machine busy %.0f%%%n", job.breakdown().jobCpuNanos() / (double) job.wall().toNanos(), workers,
                    100 * job.usage().shareBelow(1.5), 100 * job.usage().machineBusy());
            out.println("Thời gian theo công đoạn, job ổn định / where the steady-state job's time went (per page):");
            job.breakdown().print(out);
            out.printf("  job lạnh / cold job, CPU theo luồng / by thread (ms/page):%s%n", cold.breakdown().threadsLine());
        }
    }

    public Result run(int pages, long seed, Path out) throws Exception {
        return run(pages, seed, pages, out);
    }

    /** Runs the benchmark on {@code pages} generated pages after a cold job on {@code warmUpPages} other ones. */
    public Result run(int pages, long seed, int warmUpPages, Path out) throws Exception {
        Path dir = EvaluationSets.outputDir(out, "sogoc-bench-");
        log.printf("Tạo %d + %d trang / generating %d timed + %d warm-up pages (seed %d) → %s%n", pages, warmUpPages,
                pages, warmUpPages, seed, dir);
        SampleSet set = EvaluationSets.generate(pages, seed, EnumSet.of(ScanFormat.PNG), 0, dir.resolve("set"));
        SampleSet warmUpSet = EvaluationSets.generate(warmUpPages, seed ^ WARM_UP_SALT, EnumSet.of(ScanFormat.PNG), 0,
                dir.resolve("warm-up-set"));
        List<Path> images = set.samples().stream().map(GeneratedSample::file).toList();

        try (IsolatedArchive archive = prepare(dir.resolve("home"), warmUpSet)) {
            log.printf("1/3 job lạnh / cold job on %d warm-up pages … (load %s)%n", warmUpPages, load());
            JobTiming cold = timeJob(archive, warmUpSet);

            archive.bean(RegisterImporter.class).importFile(set.registerCsv());
            ArchiveProperties properties = archive.bean(ArchiveProperties.class);
            int workers = properties.digitize().effectiveThreads();
            TesseractCli cli = new TesseractCli("tesseract", properties.ocr().language());
            String version = cli.version();

            String loadAtStart = load();
            log.printf("2/3 tesseract CLI, %d tiến trình song song / processes in parallel … (load %s)%n", workers, loadAtStart);
            long childCpu = CpuMeter.childrenCpuNanos();
            Duration raw = cli.readAll(images, workers, dir.resolve("tesseract-out"));
            long rawCpu = childCpu < 0 ? -1 : CpuMeter.childrenCpuNanos() - childCpu;

            log.printf("3/3 job ổn định / steady-state digitize job, %d luồng / workers … (load %s)%n", workers, load());
            JobTiming job = timeJob(archive, set);
            return new Result(images.size(), workers, version, raw, rawCpu, job, cold, dir, loadAtStart);
        }
    }

    /**
     * A new archive home with the set's register imported and its one-time set-up done (demo keys, the S3
     * server and bucket, the index), all outside the timing.
     */
    private static IsolatedArchive prepare(Path home, SampleSet set) throws Exception {
        IsolatedArchive archive = IsolatedArchive.start(home);
        try {
            archive.bean(RegisterImporter.class).importFile(set.registerCsv());
            archive.bean(DocumentSigner.class);
            archive.bean(ObjectStore.class).stat("warm-up/none");
            archive.bean(SearchIndex.class);
            return archive;
        } catch (Exception e) {
            archive.close();
            throw e;
        }
    }

    /** Runs the digitization job on the set's scans, timed from its start to its end, with CPU by stage and thread. */
    private static JobTiming timeJob(IsolatedArchive archive, SampleSet set) throws Exception {
        int workers = archive.bean(ArchiveProperties.class).digitize().effectiveThreads();
        String loadAtStart = load();
        StageTimes.Snapshot stagesBefore = StageTimes.snapshot();
        Map<String, Long> threadsBefore = CpuMeter.threadGroupCpuNanos();
        long cpuBefore = CpuMeter.processCpuNanos();
        long started = System.nanoTime();
        DigitizeJobRunner.RunSummary summary;
        CpuMeter.Usage usage;
        try (CpuMeter.Sampler sampler = new CpuMeter.Sampler()) {
            summary = archive.bean(DigitizeJobRunner.class).run(set.scansDir(), set.asOf(), null);
            sampler.close();
            usage = sampler.usage();
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        long cpu = CpuMeter.processCpuNanos() - cpuBefore;
        Map<String, Long> threads = StageBreakdown.threadDelta(threadsBefore, CpuMeter.threadGroupCpuNanos());
        if (summary.execution().getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("digitize job ended " + summary.execution().getStatus());
        }
        int pages = summary.count("PAGES");
        StageBreakdown breakdown = new StageBreakdown(StageTimes.snapshot().minus(stagesBefore), pages, cpu,
                wall.toNanos(), workers, threads);
        return new JobTiming(wall, pages, summary.execution().getStatus().name(), breakdown, usage, loadAtStart);
    }

    private static double seconds(Duration d) { return Math.max(1e-3, d.toNanos() / 1e9); }

    private static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "?" : String.format("%.2f", l);
    }
}
