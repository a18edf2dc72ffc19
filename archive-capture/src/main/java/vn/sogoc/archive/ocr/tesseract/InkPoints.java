package vn.sogoc.archive.ocr.tesseract;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * The dark pixels of a page, found on a copy shrunk to about 100 dpi (each cell keeps its darkest
 * pixel so thin strokes survive), as coordinates for projection profiles.
 */
record InkPoints(int[] x, int[] y, int count, int width, int height) {

    private static final int PREVIEW_DPI = 100;
    private static final int INK_THRESHOLD = 128;
    private static final int MAX_POINTS = 250_000;

    static InkPoints of(BufferedImage gray, int dpi) {
        int cell = Math.max(1, Math.round(dpi / (float) PREVIEW_DPI));
        int width = gray.getWidth() / cell;
        int height = gray.getHeight() / cell;
        byte[] dark = darkCells(gray.getRaster(), cell, width, height);
        int total = 0;
        for (byte b : dark) {
            total += b;
        }
        int step = Math.max(1, (total + MAX_POINTS - 1) / MAX_POINTS);
        int[] xs = new int[total / step + 1];
        int[] ys = new int[total / step + 1];
        int n = 0;
        int seen = 0;
        for (int yy = 0; yy < height; yy++) {
            for (int xx = 0; xx < width; xx++) {
                if (dark[yy * width + xx] != 0 && seen++ % step == 0 && n < xs.length) {
                    xs[n] = xx;
                    ys[n] = yy;
                    n++;
                }
            }
        }
        return new InkPoints(xs, ys, n, width, height);
    }

    private static byte[] darkCells(Raster raster, int cell, int width, int height) {
        byte[] dark = new byte[width * height];
        int[] row = new int[width * cell];
        for (int y = 0; y < height * cell; y++) {
            raster.getSamples(0, y, width * cell, 1, 0, row);
            int base = (y / cell) * width;
            for (int x = 0; x < width * cell; x++) {
                if (row[x] < INK_THRESHOLD) {
                    dark[base + x / cell] = 1;
                }
            }
        }
        return dark;
    }
}
