package vn.sogoc.archive.ocr.tesseract;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.Raster;

/**
 * The pixel arrays of the three page layouts the reader produces (mảng điểm ảnh), for code that works on
 * them directly: packed RGB ints, 8-bit grey bytes, 1-bit rows (most significant bit first, 0 black,
 * 1 white). Each returns null for any other layout (another type, an offset or translated raster, a
 * sub-image, another palette), which its callers leave to Java2D.
 */
final class PackedPixels {

    private PackedPixels() { }

    /** The ints of an untranslated TYPE_INT_RGB image, one a pixel, or null. */
    static int[] rgb(BufferedImage image) {
        Raster raster = image.getRaster();
        return image.getType() == BufferedImage.TYPE_INT_RGB && untranslated(raster)
                && raster.getDataBuffer() instanceof DataBufferInt in && in.getOffset() == 0
                && in.getData().length == image.getWidth() * image.getHeight() ? in.getData() : null;
    }

    /** The bytes of an untranslated TYPE_BYTE_GRAY image, one a pixel, or null. */
    static byte[] grey(BufferedImage image) {
        Raster raster = image.getRaster();
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY && untranslated(raster)
                && raster.getDataBuffer() instanceof DataBufferByte in && in.getOffset() == 0
                && in.getData().length == image.getWidth() * image.getHeight() ? in.getData() : null;
    }

    /** The packed rows of an untranslated 1-bit image with the default palette (0 black, 1 white), or null. */
    static byte[] oneBit(BufferedImage image) {
        Raster raster = image.getRaster();
        return image.getType() == BufferedImage.TYPE_BYTE_BINARY && untranslated(raster)
                && raster.getSampleModel() instanceof MultiPixelPackedSampleModel sm && sm.getPixelBitStride() == 1
                && sm.getDataBitOffset() == 0 && raster.getDataBuffer() instanceof DataBufferByte in
                && in.getOffset() == 0 && image.getColorModel() instanceof IndexColorModel icm && icm.getMapSize() == 2
                && (icm.getRGB(0) & 0xffffff) == 0 && (icm.getRGB(1) & 0xffffff) == 0xffffff ? in.getData() : null;
    }

    /** Bytes per row of a 1-bit image that {@link #oneBit} accepted. */
    static int stride(BufferedImage oneBit) {
        return ((MultiPixelPackedSampleModel) oneBit.getRaster().getSampleModel()).getScanlineStride();
    }

    private static boolean untranslated(Raster raster) {
        return raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0;
    }
}
