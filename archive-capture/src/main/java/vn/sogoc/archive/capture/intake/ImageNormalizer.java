package vn.sogoc.archive.capture.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

import vn.sogoc.archive.capture.ColorKind;

/**
 * Finds how a decoded page is coloured and converts it to the matching compact type: 1-bit for
 * bilevel, 8-bit grey for grey, RGB without alpha for colour.
 */
final class ImageNormalizer {

    /** Chroma (max − min channel) above which a pixel is really coloured, not scanner noise. */
    private static final int CHROMA_TOLERANCE = 48;
    /** Share of coloured pixels (a red seal is ~0.5%) above which the page is colour. */
    private static final double COLOURED_SHARE = 0.0002;
    private static final int BLACK_MAX = 16;
    private static final int WHITE_MIN = 240;

    private ImageNormalizer() { }

    record Normalized(BufferedImage image, ColorKind kind) { }

    static Normalized normalize(BufferedImage source) {
        if (isOneBit(source)) {
            return new Normalized(toType(source, BufferedImage.TYPE_BYTE_BINARY), ColorKind.BILEVEL);
        }
        BufferedImage rgb = source.getColorModel().hasAlpha() || !isRgbOrGray(source)
            ? toType(source, BufferedImage.TYPE_INT_RGB) : source;
        ColorKind kind = classify(rgb);
        return switch (kind) {
            case COLOR -> new Normalized(toType(rgb, BufferedImage.TYPE_INT_RGB), kind);
            case GRAY -> new Normalized(toType(rgb, BufferedImage.TYPE_BYTE_GRAY), kind);
            case BILEVEL -> new Normalized(toType(rgb, BufferedImage.TYPE_BYTE_BINARY), kind);
        };
    }

    /**
     * Colour if more than {@value #COLOURED_SHARE} of the sampled pixels (every pixel of every second
     * row) are clearly coloured; else bilevel if none is a midtone; else grey. Reads the pixel arrays of
     * the layouts decoders produce (8-bit grey, 3-byte BGR, packed RGB) directly; other layouts through
     * {@code getRGB}. Stops as soon as the page is known to be colour.
     */
    static ColorKind classify(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        long sampledRows = (height + 1) / 2;
        long colourLimit = (long) Math.floor(sampledRows * width * COLOURED_SHARE);
        PixelRows rows = PixelRows.of(image);
        long coloured = 0;
        long midtones = 0;
        int[] rgb = new int[width];
        for (int y = 0; y < height; y += 2) {
            if (rows.gray() != null) {
                int base = rows.offset() + y * rows.scanline();
                for (int x = 0; x < width; x++) {
                    midtones += isMidtone(rows.gray()[base + x] & 0xff) ? 1 : 0;
                }
                continue;
            }
            rows.rgb(image, y, rgb);
            for (int x = 0; x < width; x++) {
                int p = rgb[x];
                int r = (p >> 16) & 0xff;
                int g = (p >> 8) & 0xff;
                int b = p & 0xff;
                int chroma = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
                coloured += chroma > CHROMA_TOLERANCE ? 1 : 0;
                midtones += isMidtone((r + g + b) / 3) ? 1 : 0;
            }
            if (coloured > colourLimit) {
                return ColorKind.COLOR;
            }
        }
        return midtones == 0 ? ColorKind.BILEVEL : ColorKind.GRAY;
    }

    /** Direct access to the rows of the common pixel layouts; {@code gray} is set for 8-bit grey only. */
    private record PixelRows(byte[] gray, byte[] bgr, int[] packed, int offset, int scanline) {

        static PixelRows of(BufferedImage image) {
            Raster raster = image.getRaster();
            if (raster.getSampleModel() instanceof java.awt.image.ComponentSampleModel sm
                    && raster.getDataBuffer() instanceof DataBufferByte bytes && bytes.getNumBanks() == 1 && bytes.getOffset() == 0
                    && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0) {
                if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
                    return new PixelRows(bytes.getData(), null, null, sm.getOffset(0, 0), sm.getScanlineStride());
                }
                if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
                    return new PixelRows(null, bytes.getData(), null, sm.getOffset(0, 0, 0), sm.getScanlineStride());
                }
            }
            if (image.getType() == BufferedImage.TYPE_INT_RGB
                    && raster.getSampleModel() instanceof java.awt.image.SinglePixelPackedSampleModel sm
                    && raster.getDataBuffer() instanceof DataBufferInt ints && ints.getNumBanks() == 1
                    && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0) {
                return new PixelRows(null, null, ints.getData(), ints.getOffset(), sm.getScanlineStride());
            }
            return new PixelRows(null, null, null, 0, 0);
        }

        /** Row {@code y} as packed RGB into {@code out}. */
        void rgb(BufferedImage image, int y, int[] out) {
            int width = out.length;
            if (packed != null) {
                System.arraycopy(packed, offset + y * scanline, out, 0, width);
            } else if (bgr != null) {
                // offset points at the red sample (the band offsets of 3-byte BGR are 2, 1, 0)
                int i = offset - 2 + y * scanline;
                for (int x = 0; x < width; x++, i += 3) {
                    out[x] = ((bgr[i + 2] & 0xff) << 16) | ((bgr[i + 1] & 0xff) << 8) | (bgr[i] & 0xff);
                }
            } else {
                image.getRGB(0, y, width, 1, out, 0, width);
            }
        }
    }

    private static boolean isMidtone(int value) { return value > BLACK_MAX && value < WHITE_MIN; }

    private static boolean isOneBit(BufferedImage image) {
        if (image.getColorModel().getPixelSize() != 1) {
            return false;
        }
        if (image.getColorModel() instanceof IndexColorModel icm && icm.getMapSize() == 2) {
            int a = icm.getRGB(0) & 0xffffff;
            int b = icm.getRGB(1) & 0xffffff;
            return (a == 0 && b == 0xffffff) || (a == 0xffffff && b == 0);
        }
        return true;
    }

    private static boolean isRgbOrGray(BufferedImage image) {
        int type = image.getType();
        return type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_BYTE_GRAY
            || type == BufferedImage.TYPE_3BYTE_BGR;
    }

    /** Copies {@code source} into a new image of {@code type} (alpha flattened onto white); same image if already of that type. */
    static BufferedImage toType(BufferedImage source, int type) {
        if (source.getType() == type) {
            return source;
        }
        BufferedImage target = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, target.getWidth(), target.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
