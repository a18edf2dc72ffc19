package vn.sogoc.archive.ocr.tesseract;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Copies a page image into the packed 8-bit grey buffer (native memory) that Tesseract reads. */
final class GrayBytes {

    private GrayBytes() { }

    static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && ints.getNumBanks() == 1 && ints.getData().length == image.getWidth() * image.getHeight()) {
            return lumaWithRedDropOut(ints.getData(), image.getWidth(), image.getHeight());
        }
        if (image.getType() == BufferedImage.TYPE_BYTE_BINARY) {
            BufferedImage unpacked = unpackBits(image);
            if (unpacked != null) return unpacked;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        // a palette image (bilevel pages) has no seal ink to drop: its three "colour components" are a lookup table
        if (image.getColorModel().getNumColorComponents() >= 3 && !(image.getColorModel() instanceof IndexColorModel)) {
            dropRed(image, gray);
        }
        return gray;
    }

    /**
     * Red drop-out: a clearly red pixel (the red seal stamped over the signer's title and name) takes the
     * brightness of its red channel, so the seal fades to light grey while black or blue text, including
     * text under the seal, stays dark. Measured on generated sets (seed 11): the signer block under the
     * seal was the largest single source of word errors on colour scans.
     */
    static void dropRed(BufferedImage colour, BufferedImage gray) {
        int width = colour.getWidth();
        int[] row = new int[width];
        WritableRaster out = gray.getRaster();
        int[] level = new int[1];
        for (int y = 0; y < colour.getHeight(); y++) {
            colour.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 0xFF, gr = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (r - Math.max(gr, b) >= RED_MARGIN) {
                    out.getPixel(x, y, level);
                    if (r > level[0]) {
                        level[0] = r;
                        out.setPixel(x, y, level);
                    }
                }
            }
        }
    }

    /**
     * One pass over packed RGB pixels (the colour pages the reader produces): luma with Leptonica's
     * weights (0.3, 0.5, 0.2; what the tesseract command line uses for a colour image), and the red
     * drop-out of {@link #dropRed}. About ten times faster than a Java2D conversion plus a second pass.
     */
    static BufferedImage lumaWithRedDropOut(int[] rgb, int width, int height) {
        BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            int r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF;
            int level = (77 * r + 128 * g + 51 * b + 128) >> 8;
            if (r - Math.max(g, b) >= RED_MARGIN && r > level) level = r;
            out[i] = (byte) level;
        }
        return gray;
    }

    /**
     * Unpacks a 1-bit page (bilevel scans) straight from its packed bytes, a byte table per packed byte
     * instead of Java2D's per-pixel colour conversion (measured ≈ 44 ms → a few ms on a 300-dpi page).
     * Each palette entry takes the grey level Java2D gives it, so the pixels are the same. {@code null}
     * for a layout it does not handle (a sub-image, 2- or 4-bit pixels): the caller converts with Java2D.
     */
    static BufferedImage unpackBits(BufferedImage image) {
        WritableRaster raster = image.getRaster();
        if (!(raster.getSampleModel() instanceof MultiPixelPackedSampleModel sm) || sm.getPixelBitStride() != 1
                || sm.getDataBitOffset() != 0 || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0
                || !(raster.getDataBuffer() instanceof DataBufferByte in) || in.getNumBanks() != 1 || in.getOffset() != 0
                || !(image.getColorModel() instanceof IndexColorModel palette) || palette.getMapSize() != 2) {
            return null;
        }
        byte[] levels = paletteLevels(palette);
        // the 8 grey bytes of each packed byte, most significant bit first
        byte[] table = new byte[256 * 8];
        for (int b = 0; b < 256; b++) {
            for (int bit = 0; bit < 8; bit++) table[b * 8 + bit] = levels[(b >> (7 - bit)) & 1];
        }
        int width = image.getWidth(), height = image.getHeight(), stride = sm.getScanlineStride();
        byte[] src = in.getData();
        BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int whole = width >> 3, rest = width & 7;
        for (int y = 0; y < height; y++) {
            int s = y * stride, d = y * width;
            for (int k = 0; k < whole; k++, d += 8) System.arraycopy(table, (src[s + k] & 0xFF) * 8, out, d, 8);
            if (rest > 0) System.arraycopy(table, (src[s + whole] & 0xFF) * 8, out, d, rest);
        }
        return gray;
    }

    /** The grey level Java2D draws each entry of a palette with (a one-row image of every index, converted). */
    private static byte[] paletteLevels(IndexColorModel palette) {
        int n = palette.getMapSize();
        BufferedImage indexes = new BufferedImage(n, 1, BufferedImage.TYPE_BYTE_BINARY, palette);
        for (int i = 0; i < n; i++) indexes.getRaster().setSample(i, 0, 0, i);
        BufferedImage gray = new BufferedImage(n, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.drawImage(indexes, 0, 0, null);
        } finally {
            g.dispose();
        }
        byte[] levels = new byte[n];
        gray.getRaster().getDataElements(0, 0, n, 1, levels);
        return levels;
    }

    /** How much redder than green and blue a pixel must be to count as seal ink. */
    static final int RED_MARGIN = 60;

    /**
     * The grey bytes Tesseract reads for a page scanned at {@code dpi}: the grey conversion above, then
     * the seals of a grey page faded ({@link SealSuppressor}), those of a bilevel page
     * stripped of their rings ({@link SealRingEraser}). The page image itself is never changed
     * (it is what gets archived).
     */
    static Prepared of(BufferedImage image, int dpi) {
        BufferedImage gray = toGray(image);
        int width = gray.getWidth();
        int height = gray.getHeight();
        byte[] pixels = new byte[width * height];
        gray.getRaster().getDataElements(0, 0, width, height, pixels);
        List<int[]> seals = new ArrayList<>();
        if (SealRingEraser.isBilevel(pixels)) {
            // no second read of a bilevel signer block: where the rings were erased it read worse (seed 11: 63 -> 72 errors)
            SealRingEraser.erase(pixels, width, height, dpi);
        } else {
            for (SealSuppressor.Seal s : SealSuppressor.suppress(pixels, width, height, dpi)) {
                seals.add(new int[] {s.x0(), s.y0(), s.x1(), s.y1()});
            }
        }
        return new Prepared(ByteBuffer.allocateDirect(pixels.length).put(pixels).flip(), List.copyOf(seals));
    }

    /** The grey bytes for Tesseract and the boxes (x0, y0, x1, y1) of the seals faded on a grey or colour page. */
    record Prepared(ByteBuffer gray, List<int[]> seals) { }
}
