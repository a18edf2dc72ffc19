package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.ScanSource;
import vn.sogoc.archive.capture.intake.DefaultScanReader;
import vn.sogoc.archive.testpages.VietnamesePages;

/**
 * Pages per second of the whole capture path (decode, orientation, deskew, OCR) against the raw
 * {@code tesseract} CLI on the same PNG files, one page at a time, plus the CPU of each part.
 * Excluded from the normal build (tag {@code benchmark}).
 */
@Tag("benchmark")
class RecognizerThroughputBenchmarkTest {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @Test
    void keepsUpWithTheTesseractCli() throws Exception {
        List<Path> upright = pages("upright", 0, 0.0);
        List<Path> skewed = pages("skewed", 0, 2.5);
        List<Path> upsideDown = pages("upside-down", 2, 0.0);
        DefaultScanReader reader = new DefaultScanReader();
        try (TesseractPageRecognizer recognizer = new TesseractPageRecognizer()) {
            ours(reader, recognizer, upright); // warm-up: JIT, model load
            for (List<Path> set : List.of(upright, skewed, upsideDown)) {
                double cli = Math.min(cli(set), cli(set));
                double java = Math.min(ours(reader, recognizer, set), ours(reader, recognizer, set));
                System.out.printf("%-12s CLI %.3f s/page, ours %.3f s/page, ratio (pages/s ours / CLI) %.2f%n",
                    set.get(0).getFileName().toString().replaceAll("-\\d+.png", ""), cli / set.size(), java / set.size(), cli / java);
                if (set == upright || set == skewed) {
                    assertThat(cli / java).isGreaterThanOrEqualTo(0.85);
                }
            }
            parts(upright, "upright");
            parts(skewed, "skewed");
        }
    }

    private List<Path> pages(String name, int quarterTurns, double skew) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int seed = 41; seed < 47; seed++) {
            BufferedImage image = VietnamesePages.turn(VietnamesePages.certificate(seed).image(), quarterTurns,
                seed % 2 == 0 ? skew : -skew);
            Path file = dir.resolve(name + "-" + seed + ".png");
            ImageIO.write(image, "png", file.toFile());
            files.add(file);
        }
        return files;
    }

    private static double cli(List<Path> files) throws Exception {
        long start = System.nanoTime();
        for (Path file : files) {
            ProcessBuilder builder = new ProcessBuilder("tesseract", file.toString(), "stdout", "-l", "vie", "--dpi", "300")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            assertThat(builder.start().waitFor()).isZero();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double ours(DefaultScanReader reader, TesseractPageRecognizer recognizer, List<Path> files) throws Exception {
        long start = System.nanoTime();
        for (Path file : files) {
            try (ScanSource source = reader.open(file)) {
                assertThat(recognizer.recognize(source.page(0)).text().words()).isNotEmpty();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** CPU seconds per page of each part, on this thread. */
    private static void parts(List<Path> files, String label) throws Exception {
        DefaultScanReader reader = new DefaultScanReader();
        double[] cpu = new double[5];
        try (TesseractOcrEngine engine = new TesseractOcrEngine()) {
            for (Path file : files) {
                long t0 = CPU.getCurrentThreadCpuTime();
                PageImage page;
                try (ScanSource source = reader.open(file)) {
                    page = source.page(0);
                }
                long t1 = CPU.getCurrentThreadCpuTime();
                SkewEstimator.Estimate estimate = SkewEstimator.estimate(InkPoints.of(GrayBytes.toGray(page.image()), page.dpi()));
                long t2 = CPU.getCurrentThreadCpuTime();
                BufferedImage straight = Math.abs(estimate.skewDegrees()) > TesseractPageRecognizer.MIN_SKEW
                    ? PageRotator.rotate(page.image(), -estimate.skewDegrees()) : page.image();
                long t3 = CPU.getCurrentThreadCpuTime();
                engine.recognize(new PageImage(0, straight, page.dpi(), page.colorKind()));
                long t4 = CPU.getCurrentThreadCpuTime();
                PageRotator.rotate(straight, 180);
                long t5 = CPU.getCurrentThreadCpuTime();
                cpu[0] += (t1 - t0) / 1e9;
                cpu[1] += (t2 - t1) / 1e9;
                cpu[2] += (t3 - t2) / 1e9;
                cpu[3] += (t4 - t3) / 1e9;
                cpu[4] += (t5 - t4) / 1e9;
            }
        }
        int n = files.size();
        System.out.printf("%-12s CPU s/page: decode PNG %.3f, orientation+skew estimate %.3f, deskew rotation %.3f, OCR %.3f, (180° turn %.3f)%n",
            label, cpu[0] / n, cpu[1] / n, cpu[2] / n, cpu[3] / n, cpu[4] / n);
    }
}
