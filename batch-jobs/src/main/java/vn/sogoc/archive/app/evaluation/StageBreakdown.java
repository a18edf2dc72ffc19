package vn.sogoc.archive.app.evaluation;

import java.io.PrintStream;

import vn.sogoc.archive.timing.Stage;
import vn.sogoc.archive.timing.StageTimes;

/**
 * The benchmark's table of where a job's time went (thời gian theo công đoạn): per stage, how often it
 * ran, its CPU and wall time per page and its share of the job's CPU; the rest of the process's CPU
 * (Spring Batch bookkeeping, garbage collection, the JIT, the progress bar) on a line of its own.
 */
record StageBreakdown(StageTimes.Snapshot stages, int pages, long jobCpuNanos, long jobWallNanos, int workers,
                      java.util.Map<String, Long> threadCpuNanos) {

    /** CPU per thread group between two {@link CpuMeter#threadGroupCpuNanos()} readings, largest first. */
    static java.util.Map<String, Long> threadDelta(java.util.Map<String, Long> before, java.util.Map<String, Long> after) {
        java.util.Map<String, Long> d = new java.util.LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> d.put(e.getKey(), e.getValue()));
        return d;
    }

    void print(PrintStream out) {
        double perPage = Math.max(1, pages);
        out.printf("  %-42s %6s %10s %10s %7s%n", "công đoạn / stage", "lần", "CPU ms/tr", "wall ms/tr", "% CPU");
        for (Stage s : Stage.values()) {
            StageTimes.Totals t = stages.of(s);
            if (t.count() == 0) continue;
            out.printf("  %-42s %6d %10.1f %10.1f %6.1f%%%n", s.english(), t.count(), t.cpuNanos() / 1e6 / perPage,
                    t.wallNanos() / 1e6 / perPage, share(t.cpuNanos()));
        }
        long rest = jobCpuNanos - stages.cpuNanos();
        long restWall = jobWallNanos * workers - stages.wallNanos();
        out.printf("  %-42s %6s %10.1f %10.1f %6.1f%%%n", "rest: batch, GC, JIT, waits (wall × workers)", "",
                rest / 1e6 / perPage, restWall / 1e6 / perPage, share(rest));
        out.printf("  %-42s %6s %10.1f %10.1f %6.1f%%%n", "job total (process CPU; wall × workers)", "",
                jobCpuNanos / 1e6 / perPage, jobWallNanos * (double) workers / 1e6 / perPage, 100.0);
        if (!threadCpuNanos.isEmpty()) out.println("  CPU theo luồng / by thread (ms/page):" + threadsLine());
        if (!stages.cpuMeasured()) out.println("  (thread CPU time not available in this JVM: CPU columns are 0)");
    }

    /** The largest thread groups' CPU per page, e.g. {@code " worker 1052; C2 compiler 240;"}. */
    String threadsLine() {
        StringBuilder b = new StringBuilder();
        threadCpuNanos.entrySet().stream().limit(8).forEach(e -> b.append(String.format(" %s %.0f;", e.getKey().strip(),
                e.getValue() / 1e6 / Math.max(1, pages))));
        return b.toString();
    }

    /** CPU of the JIT compiler threads per page, in milliseconds. */
    double compilerCpuMillisPerPage() {
        long nanos = threadCpuNanos.entrySet().stream().filter(e -> e.getKey().contains("Compiler"))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        return nanos / 1e6 / Math.max(1, pages);
    }

    /** CPU outside OCR proper (first and second reads), per page, in milliseconds. */
    double nonOcrCpuMillisPerPage() {
        long ocr = stages.of(Stage.OCR).cpuNanos() + stages.of(Stage.OCR_SECOND_READ).cpuNanos();
        return (jobCpuNanos - ocr) / 1e6 / Math.max(1, pages);
    }

    private double share(long nanos) {
        return jobCpuNanos <= 0 ? 0 : 100.0 * nanos / jobCpuNanos;
    }
}
