package vn.sogoc.archive.capture.intake;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/** Turns the raw 4-band raster of a CMYK JPEG (Adobe, stored inverted) into an approximate RGB image. */
final class CmykConverter {

    private CmykConverter() { }

    static BufferedImage toRgb(Raster raster) {
        if (raster.getNumBands() != 4) {
            throw new IllegalArgumentException("expected 4 bands (CMYK), got " + raster.getNumBands());
        }
        int width = raster.getWidth();
        int height = raster.getHeight();
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] px = new int[width * 4];
        int[] out = new int[width];
        for (int y = 0; y < height; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, px);
            for (int x = 0; x < width; x++) {
                // Adobe writes CMYK inverted: stored value = 255 − ink.
                int k = px[x * 4 + 3];
                int r = px[x * 4] * k / 255;
                int g = px[x * 4 + 1] * k / 255;
                int b = px[x * 4 + 2] * k / 255;
                out[x] = (r << 16) | (g << 8) | b;
            }
            rgb.setRGB(0, y, width, 1, out, 0, width);
        }
        return rgb;
    }
}
