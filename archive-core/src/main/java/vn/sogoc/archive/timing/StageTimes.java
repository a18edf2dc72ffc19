package vn.sogoc.archive.timing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Process-wide accumulators of the wall and CPU time spent in each {@link Stage} (đo thời gian từng
 * công đoạn), for the throughput benchmark and for anyone asking where a job's time goes. Times are
 * exclusive: a stage opened inside another is subtracted from the outer one. Cheap enough to stay on
 * in production (two clock reads per span); thread-safe.
 *
 * <pre>{@code try (StageTimes.Span s = StageTimes.start(Stage.OCR)) { ... } }</pre>
 */
public final class StageTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported() && enableCpu();
    private static final LongAdder[] WALL = adders();
    private static final LongAdder[] CPU_NANOS = adders();
    private static final LongAdder[] COUNT = adders();
    private static final ThreadLocal<Span> OPEN = new ThreadLocal<>();

    private StageTimes() { }

    /** Opens a span of {@code stage} on the calling thread; close it (try-with-resources) on the same thread. */
    public static Span start(Stage stage) {
        Span span = new Span(stage, OPEN.get());
        OPEN.set(span);
        return span;
    }

    /** Totals since the start of the process or the last {@link #reset()}. */
    public static Snapshot snapshot() {
        Map<Stage, Totals> totals = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            int i = s.ordinal();
            totals.put(s, new Totals(COUNT[i].sum(), WALL[i].sum(), CPU_NANOS[i].sum()));
        }
        return new Snapshot(totals, CPU);
    }

    /** Clears the totals (spans open at the time still add their time when they close). */
    public static void reset() {
        for (int i = 0; i < WALL.length; i++) {
            WALL[i].reset();
            CPU_NANOS[i].reset();
            COUNT[i].reset();
        }
    }

    /** CPU time of the calling thread in nanoseconds, 0 when the JVM cannot measure it. */
    static long threadCpu() { return CPU ? THREADS.getCurrentThreadCpuTime() : 0; }

    private static boolean enableCpu() {
        try {
            if (!THREADS.isThreadCpuTimeEnabled()) THREADS.setThreadCpuTimeEnabled(true);
            return true;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static LongAdder[] adders() {
        LongAdder[] a = new LongAdder[Stage.values().length];
        for (int i = 0; i < a.length; i++) a[i] = new LongAdder();
        return a;
    }

    /** Count, wall and CPU nanoseconds of one stage. */
    public record Totals(long count, long wallNanos, long cpuNanos) {

        public Totals minus(Totals earlier) {
            return new Totals(count - earlier.count, wallNanos - earlier.wallNanos, cpuNanos - earlier.cpuNanos);
        }
    }

    /** The totals of every stage at one moment; {@code cpuMeasured} is false where thread CPU time is unavailable. */
    public record Snapshot(Map<Stage, Totals> totals, boolean cpuMeasured) {

        public Totals of(Stage stage) { return totals.get(stage); }

        /** What happened between {@code earlier} and this snapshot. */
        public Snapshot minus(Snapshot earlier) {
            Map<Stage, Totals> d = new EnumMap<>(Stage.class);
            totals.forEach((s, t) -> d.put(s, t.minus(earlier.of(s))));
            return new Snapshot(d, cpuMeasured);
        }

        public long cpuNanos() { return totals.values().stream().mapToLong(Totals::cpuNanos).sum(); }

        public long wallNanos() { return totals.values().stream().mapToLong(Totals::wallNanos).sum(); }
    }

    /** One timed stretch of a stage on one thread. */
    public static final class Span implements AutoCloseable {

        private final Stage stage;
        private final Span outer;
        private final long wallStart = System.nanoTime();
        private final long cpuStart = threadCpu();
        private long innerWall;
        private long innerCpu;
        private boolean closed;

        private Span(Stage stage, Span outer) {
            this.stage = stage;
            this.outer = outer;
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            long wall = System.nanoTime() - wallStart;
            long cpu = threadCpu() - cpuStart;
            int i = stage.ordinal();
            WALL[i].add(wall - innerWall);
            CPU_NANOS[i].add(cpu - innerCpu);
            COUNT[i].increment();
            if (outer != null) {
                outer.innerWall += wall;
                outer.innerCpu += cpu;
            }
            OPEN.set(outer);
        }
    }
}
