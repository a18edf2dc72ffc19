package vn.sogoc.archive.ocr.tesseract;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Turns a page image by any angle that is not a whole quarter turn (deskew, or a quarter turn plus skew)
 * straight from its pixel arrays (xoay trang từ mảng điểm ảnh),
 * with the geometry of {@link PageRotator}'s Java2D path — canvas grown to keep every corner, rotation
 * about the centres, the uncovered area white — several times faster: 8-bit grey and packed RGB are
 * sampled bilinearly (per channel, fixed point, edges clamped), 1-bit pages by nearest neighbour on the
 * packed bits. Each output pixel's centre is mapped back into the source, as Java2D does.
 */
final class ArrayRotator {

    /** Fixed-point fraction bits of the source coordinates. */
    private static final int SHIFT = 16;
    private static final int ONE = 1 << SHIFT;
    /** Larger images are left to Java2D (a bound on the fixed-point coordinates and the array indices). */
    private static final int MAX_SIDE = 1 << 14;

    private ArrayRotator() { }

    /**
     * {@code image} turned clockwise (y down) by {@code degrees} onto a {@code width} × {@code height}
     * canvas, or null when its layout is not one handled here.
     */
    static BufferedImage rotate(BufferedImage image, double degrees, int width, int height) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (Math.max(Math.max(w, h), Math.max(width, height)) > MAX_SIDE) return null;
        Mapping m = new Mapping(Math.toRadians(degrees), w, h, width, height);
        byte[] grey = PackedPixels.grey(image);
        if (grey != null) {
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            grey(grey, w, h, PackedPixels.grey(out), width, height, m);
            return out;
        }
        int[] rgb = PackedPixels.rgb(image);
        if (rgb != null) {
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            rgb(rgb, w, h, PackedPixels.rgb(out), width, height, m);
            return out;
        }
        byte[] bits = PackedPixels.oneBit(image);
        if (bits != null) {
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
            bits(bits, PackedPixels.stride(image), w, h, PackedPixels.oneBit(out), PackedPixels.stride(out), width, height, m);
            return out;
        }
        return null;
    }

    /**
     * Output pixel centre (x + ½, y + ½) → source position (u, v), in fixed point, relative to source pixel
     * centres: u = cos·dx + sin·dy + w/2 − ½ with dx, dy measured from the output canvas's centre.
     */
    private record Mapping(long u0, long v0, long du, long dv, long duRow, long dvRow) {

        Mapping(double theta, int w, int h, int width, int height) {
            this(theta, Math.cos(theta), Math.sin(theta), w, h, width, height);
        }

        private Mapping(double theta, double cos, double sin, int w, int h, int width, int height) {
            this(fixed(cos * (0.5 - width / 2.0) + sin * (0.5 - height / 2.0) + w / 2.0 - 0.5),
                    fixed(-sin * (0.5 - width / 2.0) + cos * (0.5 - height / 2.0) + h / 2.0 - 0.5),
                    fixed(cos), fixed(-sin), fixed(sin), fixed(cos));
        }

        private static long fixed(double v) { return Math.round(v * ONE); }

        /**
         * The output columns [from, to) of a row starting at (u0, v0) whose four source neighbours are all
         * inside the source: 0 ≤ u, v and u < w − 1, v < h − 1 (one column of margin against rounding).
         */
        int[] inner(long u0, long v0, int w, int h, int width) {
            double lo = 0;
            double hi = width;
            double[] bounds = {lo, hi};
            within(u0, du, (long) (w - 2) << SHIFT, bounds);
            within(v0, dv, (long) (h - 2) << SHIFT, bounds);
            int from = (int) Math.max(0, Math.ceil(bounds[0]) + 1);
            int to = (int) Math.min(width, Math.floor(bounds[1]) - 1);
            return from < to ? new int[] {from, to} : new int[] {width, width};
        }

        /** Narrows {@code bounds} to the x where 0 ≤ start + x·step ≤ max. */
        private static void within(long start, long step, long max, double[] bounds) {
            if (step == 0) {
                if (start < 0 || start > max) bounds[1] = bounds[0] - 1;
                return;
            }
            double a = (0 - start) / (double) step;
            double b = (max - start) / (double) step;
            bounds[0] = Math.max(bounds[0], Math.min(a, b));
            bounds[1] = Math.min(bounds[1], Math.max(a, b));
        }
    }

    private static void grey(byte[] src, int w, int h, byte[] dst, int width, int height, Mapping m) {
        Arrays.fill(dst, (byte) 0xFF);
        for (int y = 0; y < height; y++) {
            long u0 = m.u0() + y * m.duRow();
            long v0 = m.v0() + y * m.dvRow();
            int row = y * width;
            int[] inner = m.inner(u0, v0, w, h, width);
            for (int x = 0; x < width; x++) {
                if (x == inner[0]) {
                    // all four neighbours inside: no clamping, no bounds
                    long u = u0 + x * m.du();
                    long v = v0 + x * m.dv();
                    for (; x < inner[1]; x++, u += m.du(), v += m.dv()) {
                        int i = (int) (v >> SHIFT) * w + (int) (u >> SHIFT);
                        int p00 = src[i] & 0xFF, p01 = src[i + 1] & 0xFF, p10 = src[i + w] & 0xFF, p11 = src[i + w + 1] & 0xFF;
                        if ((p00 & p01 & p10 & p11) == 0xFF) continue; // paper
                        dst[row + x] = (byte) bilinear(p00, p01, p10, p11, (int) (u >> (SHIFT - 8)) & 0xFF,
                                (int) (v >> (SHIFT - 8)) & 0xFF);
                    }
                    if (x >= width) break;
                }
                int value = edge(u0 + x * m.du(), v0 + x * m.dv(), w, h, src, null);
                if (value >= 0) dst[row + x] = (byte) value;
            }
        }
    }

    private static void rgb(int[] src, int w, int h, int[] dst, int width, int height, Mapping m) {
        Arrays.fill(dst, 0xFFFFFF);
        for (int y = 0; y < height; y++) {
            long u0 = m.u0() + y * m.duRow();
            long v0 = m.v0() + y * m.dvRow();
            int row = y * width;
            int[] inner = m.inner(u0, v0, w, h, width);
            for (int x = 0; x < width; x++) {
                if (x == inner[0]) {
                    long u = u0 + x * m.du();
                    long v = v0 + x * m.dv();
                    for (; x < inner[1]; x++, u += m.du(), v += m.dv()) {
                        int i = (int) (v >> SHIFT) * w + (int) (u >> SHIFT);
                        int p00 = src[i], p01 = src[i + 1], p10 = src[i + w], p11 = src[i + w + 1];
                        if (p00 == p01 && p00 == p10 && p00 == p11) {
                            dst[row + x] = p00 & 0xFFFFFF;
                            continue;
                        }
                        dst[row + x] = rgbBilinear(p00, p01, p10, p11, (int) (u >> (SHIFT - 8)) & 0xFF,
                                (int) (v >> (SHIFT - 8)) & 0xFF);
                    }
                    if (x >= width) break;
                }
                int value = edge(u0 + x * m.du(), v0 + x * m.dv(), w, h, null, src);
                if (value >= 0) dst[row + x] = value;
            }
        }
    }

    /**
     * A pixel near or beyond the source's edges: −1 when its centre falls outside the source (left white),
     * else bilinear with the neighbours clamped to the edge; from {@code grey} or else {@code rgb}.
     */
    private static int edge(long u, long v, int w, int h, byte[] grey, int[] rgb) {
        long maxU = (long) (w - 1) << SHIFT;
        long maxV = (long) (h - 1) << SHIFT;
        if (u < -ONE / 2 || v < -ONE / 2 || u >= maxU + ONE / 2 || v >= maxV + ONE / 2) return -1;
        long cu = Math.min(Math.max(u, 0), maxU);
        long cv = Math.min(Math.max(v, 0), maxV);
        int x0 = (int) (cu >> SHIFT);
        int y0 = (int) (cv >> SHIFT);
        int fx = (int) (cu >> (SHIFT - 8)) & 0xFF;
        int fy = (int) (cv >> (SHIFT - 8)) & 0xFF;
        int i = y0 * w + x0;
        int right = x0 + 1 < w ? 1 : 0;
        int down = y0 + 1 < h ? w : 0;
        if (grey != null) {
            return bilinear(grey[i] & 0xFF, grey[i + right] & 0xFF, grey[i + down] & 0xFF, grey[i + down + right] & 0xFF, fx, fy);
        }
        return rgbBilinear(rgb[i], rgb[i + right], rgb[i + down], rgb[i + down + right], fx, fy);
    }

    private static int rgbBilinear(int p00, int p01, int p10, int p11, int fx, int fy) {
        return bilinear((p00 >> 16) & 0xFF, (p01 >> 16) & 0xFF, (p10 >> 16) & 0xFF, (p11 >> 16) & 0xFF, fx, fy) << 16
                | bilinear((p00 >> 8) & 0xFF, (p01 >> 8) & 0xFF, (p10 >> 8) & 0xFF, (p11 >> 8) & 0xFF, fx, fy) << 8
                | bilinear(p00 & 0xFF, p01 & 0xFF, p10 & 0xFF, p11 & 0xFF, fx, fy);
    }

    /** Bilinear mix of four 8-bit values with 8-bit fractions, rounded. */
    private static int bilinear(int p00, int p01, int p10, int p11, int fx, int fy) {
        int top = (p00 << 8) + (p01 - p00) * fx;
        int bottom = (p10 << 8) + (p11 - p10) * fx;
        return ((top << 8) + (bottom - top) * fy + (1 << 15)) >> 16;
    }

    private static void bits(byte[] src, int srcStride, int w, int h, byte[] dst, int dstStride, int width, int height,
                             Mapping m) {
        Arrays.fill(dst, (byte) 0xFF); // 1 is white
        long half = ONE / 2;
        for (int y = 0; y < height; y++) {
            // nearest neighbour: the source pixel that contains the mapped centre, i.e. floor(u + ½) around centres
            long u = m.u0() + y * m.duRow() + half;
            long v = m.v0() + y * m.dvRow() + half;
            int row = y * dstStride;
            for (int x = 0; x < width; x++, u += m.du(), v += m.dv()) {
                if (u < 0 || v < 0) continue;
                int sx = (int) (u >> SHIFT);
                int sy = (int) (v >> SHIFT);
                if (sx >= w || sy >= h) continue;
                if ((src[sy * srcStride + (sx >> 3)] & (0x80 >> (sx & 7))) == 0) {
                    dst[row + (x >> 3)] &= (byte) ~(0x80 >> (x & 7));
                }
            }
        }
    }
}
