package vn.sogoc.archive.pdf.pdfbox;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Brings page images to the pixel layouts the encoders take: 1-bit, 8-bit grey, 24-bit RGB. Images
 * already in that layout are returned as they are; sizes never change.
 */
final class Images {

    private static final int THRESHOLD = 128;

    private Images() { }

    /** A 1-bit black-and-white image: kept when it already is one, else thresholded at mid-grey. */
    static BufferedImage toBilevel(BufferedImage image) {
        if (isBlackAndWhite(image)) {
            return image;
        }
        BufferedImage grey = toGray(image);
        int w = grey.getWidth();
        int h = grey.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        Raster in = grey.getRaster();
        WritableRaster target = out.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            in.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                row[x] = row[x] < THRESHOLD ? 0 : 1;
            }
            target.setSamples(0, y, w, 1, 0, row);
        }
        return out;
    }

    /** An 8-bit grey image: kept when it already is one, else luminance (Rec. 601) of its sRGB pixels. */
    static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster target = out.getRaster();
        int[] row = new int[w];
        if (isSingleBandGray(image)) {
            int shift = image.getColorModel().getComponentSize(0) - 8;
            for (int y = 0; y < h; y++) {
                image.getRaster().getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) {
                    row[x] = shift >= 0 ? row[x] >> shift : row[x] << -shift;
                }
                target.setSamples(0, y, w, 1, 0, row);
            }
            return out;
        }
        int[] rgb = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, rgb, 0, w);
            for (int x = 0; x < w; x++) {
                int p = rgb[x];
                int alpha = p >>> 24;
                int lum = (299 * ((p >> 16) & 0xff) + 587 * ((p >> 8) & 0xff) + 114 * (p & 0xff)) / 1000;
                row[x] = (lum * alpha + 255 * (255 - alpha)) / 255; // transparent parts on white paper
            }
            target.setSamples(0, y, w, 1, 0, row);
        }
        return out;
    }

    /** A 24-bit RGB image without alpha: kept when it already is one, else drawn on white. */
    static BufferedImage toRgb(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static boolean isBlackAndWhite(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_BINARY
                || !(image.getColorModel() instanceof IndexColorModel palette)
                || palette.getMapSize() != 2 || palette.getPixelSize() != 1) {
            return false;
        }
        int first = palette.getRGB(0) & 0xffffff;
        int second = palette.getRGB(1) & 0xffffff;
        return first == 0 && second == 0xffffff || first == 0xffffff && second == 0;
    }

    private static boolean isSingleBandGray(BufferedImage image) {
        return image.getRaster().getNumBands() == 1
                && image.getColorModel().getNumComponents() == 1
                && image.getColorModel().getPixelSize() > 1
                && image.getRaster().getTransferType() != DataBuffer.TYPE_FLOAT
                && image.getRaster().getTransferType() != DataBuffer.TYPE_DOUBLE
                && !(image.getColorModel() instanceof IndexColorModel);
    }
}
