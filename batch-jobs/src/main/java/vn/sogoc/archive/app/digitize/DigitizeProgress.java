package vn.sogoc.archive.app.digitize;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * The progress bar of a digitization run on the console (standard error): files done of all, pages,
 * pages per second and the estimated time left. Redrawn in place on a terminal, a line every 10 s
 * otherwise (logs, CI).
 */
@Component
public class DigitizeProgress {

    private final PrintStream out = System.err;
    private final boolean terminal = System.console() != null;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong lastDrawn = new AtomicLong();
    private volatile boolean enabled = true;

    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    void start(int files) {
        total.set(files);
        done.set(0);
        pages.set(0);
        started.set(System.nanoTime());
        lastDrawn.set(0);
    }

    void fileDone(int filePages) {
        done.incrementAndGet();
        pages.addAndGet(filePages);
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 10_000_000_000L;
        long last = lastDrawn.get();
        if (enabled && (now - last > interval || done.get() == total.get()) && lastDrawn.compareAndSet(last, now)) draw(now);
    }

    void finish() {
        if (enabled && terminal && total.get() > 0) out.println();
    }

    public int pages() { return pages.get(); }

    private synchronized void draw(long now) {
        int t = Math.max(1, total.get()), d = done.get(), p = pages.get();
        double secs = Math.max(1e-3, (now - started.get()) / 1e9);
        double pps = p / secs;
        long eta = d == 0 ? -1 : Math.round(secs / d * (t - d));
        int width = 30, filled = (int) Math.round(width * (double) d / t);
        String bar = "=".repeat(filled) + (filled < width ? ">" + " ".repeat(width - filled - 1) : "");
        String line = String.format("[%s] %d/%d tệp · %d trang · %.2f trang/s · còn ~%s", bar, d, t, p, pps,
                eta < 0 ? "?" : format(Duration.ofSeconds(eta)));
        out.print(terminal ? "\r" + line : line + System.lineSeparator());
        out.flush();
    }

    static String format(Duration d) {
        return String.format("%02d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
