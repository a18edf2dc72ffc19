package vn.sogoc.archive.capture.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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

    static ColorKind classify(BufferedImage image) {
        Raster raster = image.getRaster();
        boolean gray = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        int width = image.getWidth();
        int[] row = new int[width * raster.getNumBands()];
        long sampled = 0;
        long coloured = 0;
        long midtones = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            if (gray) {
                raster.getSamples(0, y, width, 1, 0, row);
                for (int x = 0; x < width; x++) {
                    midtones += isMidtone(row[x]) ? 1 : 0;
                }
            } else {
                int[] argb = image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    int r = (argb[x] >> 16) & 0xff;
                    int g = (argb[x] >> 8) & 0xff;
                    int b = argb[x] & 0xff;
                    int chroma = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
                    coloured += chroma > CHROMA_TOLERANCE ? 1 : 0;
                    midtones += isMidtone((r + g + b) / 3) ? 1 : 0;
                }
            }
            sampled += width;
        }
        if (sampled > 0 && coloured > sampled * COLOURED_SHARE) {
            return ColorKind.COLOR;
        }
        return midtones == 0 ? ColorKind.BILEVEL : ColorKind.GRAY;
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
