package vn.sogoc.archive.app.evaluation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU clocks the benchmark reads (đồng hồ CPU): this JVM's CPU time, the CPU time of its finished child
 * processes (the {@code tesseract} runs, from {@code /proc/self/stat}), and, while a job runs, how many
 * cores this process and the whole machine kept busy (sampled every {@value #SAMPLE_MILLIS} ms from
 * {@code /proc}). Where {@code /proc} is missing the child and machine figures are absent (−1).
 */
final class CpuMeter {

    static final long SAMPLE_MILLIS = 250;
    private static final long TICK_NANOS = 10_000_000L; // USER_HZ is 100 on Linux

    private CpuMeter() { }

    /** CPU nanoseconds used by this JVM so far, all threads (native code such as Tesseract included). */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU nanoseconds of this process's children that have ended and been waited for; −1 without /proc. */
    static long childrenCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3 → index 0; cutime is field 16, cstime field 17
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * TICK_NANOS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Busy and total jiffies of the whole machine, from the first line of /proc/stat; null without /proc. */
    static long[] machineJiffies() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) total += Long.parseLong(f[i]);
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * CPU nanoseconds of every thread of this process, Java and native (GC, JIT compiler), by thread name
     * with digits dropped ("GC Thread#0" and "GC Thread#1" add up as "GC Thread#"); empty without /proc.
     * Threads that ended are missing: compare two readings to see what ran in between.
     */
    static java.util.Map<String, Long> threadGroupCpuNanos() {
        java.util.Map<String, Long> groups = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    groups.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_NANOS, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException | RuntimeException e) {
            return java.util.Map.of();
        }
        return groups;
    }

    /** What the sampler saw: this process's cores in use per sample, and the machine's busy share overall. */
    record Usage(List<Double> processCores, double machineBusy) {

        /** Share of samples in which this process kept fewer than {@code cores} cores busy. */
        double shareBelow(double cores) {
            if (processCores.isEmpty()) return 0;
            return processCores.stream().filter(c -> c < cores).count() / (double) processCores.size();
        }
    }

    /** Samples this process's CPU use until closed. */
    static final class Sampler implements AutoCloseable {

        private final List<Double> cores = new ArrayList<>();
        private final long[] machineStart = machineJiffies();
        private final Thread thread;
        private volatile boolean running = true;
        private long[] machineEnd;

        Sampler() {
            thread = new Thread(this::run, "bench-cpu-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            long lastCpu = processCpuNanos();
            long lastWall = System.nanoTime();
            while (running) {
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                long cpu = processCpuNanos();
                long wall = System.nanoTime();
                synchronized (cores) {
                    cores.add((cpu - lastCpu) / (double) Math.max(1, wall - lastWall));
                }
                lastCpu = cpu;
                lastWall = wall;
            }
        }

        Usage usage() {
            synchronized (cores) {
                double busy = -1;
                if (machineStart != null && machineEnd != null && machineEnd[1] > machineStart[1]) {
                    busy = (machineEnd[0] - machineStart[0]) / (double) (machineEnd[1] - machineStart[1]);
                }
                return new Usage(List.copyOf(cores), busy);
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join(1000);
            machineEnd = machineJiffies();
        }
    }
}
