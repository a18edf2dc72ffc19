package vn.sogoc.archive.app.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The raw {@code tesseract} command line, the yardstick of the benchmark: {@code tesseract IMAGE OUT -l LANG}
 * on each page image, {@code workers} processes at a time, each limited to one OpenMP thread.
 */
public final class TesseractCli {

    private final String executable;
    private final String language;

    public TesseractCli(String executable, String language) {
        this.executable = executable;
        this.language = language;
    }

    /** The version line of the installed binary; a clear error when it cannot be run. */
    public String version() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(executable, "--version").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("không chạy được / cannot run '" + executable
                    + "': sudo apt-get install -y tesseract-ocr tesseract-ocr-vie", e);
        }
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out.lines().findFirst().orElse(executable).strip();
    }

    /** Reads every image with {@code workers} processes in parallel; returns the wall time of the whole set. */
    public Duration readAll(List<Path> images, int workers, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long started = System.nanoTime();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Path image : images) runs.add(pool.submit(() -> { read(image, outDir); return null; }));
            for (Future<?> f : runs) f.get();
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private void read(Path image, Path outDir) throws IOException, InterruptedException {
        String name = image.getFileName().toString();
        Path base = outDir.resolve(name.substring(0, Math.max(1, name.lastIndexOf('.'))));
        ProcessBuilder pb = new ProcessBuilder(executable, image.toString(), base.toString(), "-l", language)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        int exit = pb.start().waitFor();
        if (exit != 0) throw new IllegalStateException(executable + " " + image + ": exit " + exit);
    }
}
