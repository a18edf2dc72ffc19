package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The array rotation gives the Java2D result's size and, pixel for pixel, nearly its values (resampling
 * rounding only) on a text page at skew angles and quarter turns plus skew, in the three layouts.
 */
class ArrayRotatorTest {

    @ParameterizedTest(name = "type {0}, {1}°")
    @CsvSource({"1, 0.8", "1, -2.6", "1, 91.7", "10, 1.4", "10, -0.45", "10, 268.9", "12, 2.9", "12, -1.1", "12, 89.2"})
    void matchesJava2d(int type, double degrees) {
        BufferedImage page = page(type, 901, 1277);
        double normalized = ((degrees % 360) + 360) % 360;

        long t0 = System.nanoTime();
        BufferedImage fast = PageRotator.rotate(page, degrees);
        long t1 = System.nanoTime();
        BufferedImage java2d = PageRotator.java2d(page, normalized);
        long t2 = System.nanoTime();

        assertThat(fast).isNotSameAs(page);
        assertThat(fast.getType()).isEqualTo(type);
        assertThat(fast.getWidth()).isEqualTo(java2d.getWidth());
        assertThat(fast.getHeight()).isEqualTo(java2d.getHeight());
        double meanDiff = 0;
        long differing = 0;
        long ink = 0;
        for (int y = 0; y < fast.getHeight(); y++) {
            for (int x = 0; x < fast.getWidth(); x++) {
                int a = fast.getRGB(x, y);
                int b = java2d.getRGB(x, y);
                int d = 0;
                for (int shift = 0; shift <= 16; shift += 8) d += Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
                meanDiff += d / 3.0;
                differing += d > 3 * 8 ? 1 : 0;
                ink += (b & 0xFF) < 128 ? 1 : 0;
            }
        }
        long pixels = (long) fast.getWidth() * fast.getHeight();
        meanDiff /= pixels;
        System.out.printf("ArrayRotator type %d %.2f°: mean |Δ| %.3f, %d pixels off by > 8 (ink %d); %.1f ms vs Java2D %.1f ms%n",
                type, degrees, meanDiff, differing, ink, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        assertThat(ink).isGreaterThan(pixels / 100);
        assertThat(meanDiff).isLessThan(type == BufferedImage.TYPE_BYTE_BINARY ? 2.0 : 0.5);
        assertThat(differing).isLessThan(ink / 50);
        // the text moved the way Java2D moved it: the ink centroids agree
        double[] cf = centroid(fast);
        double[] cj = centroid(java2d);
        assertThat(Math.abs(cf[0] - cj[0]) + Math.abs(cf[1] - cj[1])).isLessThan(0.3);
    }

    private static double[] centroid(BufferedImage image) {
        double sx = 0, sy = 0, n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int dark = 255 - (image.getRGB(x, y) & 0xFF);
                sx += x * dark;
                sy += y * dark;
                n += dark;
            }
        }
        return new double[] {sx / n, sy / n};
    }

    /** Black text lines, a red stamp and a grey box on white, in the given layout. */
    static BufferedImage page(int type, int width, int height) {
        BufferedImage page = new BufferedImage(width, height, type);
        Graphics2D g = page.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 26));
            for (int line = 0; line < 30; line++) {
                g.drawString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Giấy chứng nhận số " + (1000 + line * 37), 40, 60 + line * 38);
            }
            g.setColor(new Color(210, 30, 30));
            g.drawOval(width - 300, height - 260, 220, 220);
            g.setColor(new Color(120, 120, 120));
            g.fillRect(60, height - 150, 200, 60);
        } finally {
            g.dispose();
        }
        return page;
    }
}
