package vn.sogoc.archive.ocr.tesseract;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;

/** Copies a page image into the packed 8-bit grey buffer (native memory) that Tesseract reads. */
final class GrayBytes {

    private GrayBytes() { }

    static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    static ByteBuffer of(BufferedImage image) {
        BufferedImage gray = toGray(image);
        int width = gray.getWidth();
        int height = gray.getHeight();
        ByteBuffer buffer = ByteBuffer.allocateDirect(width * height);
        if (gray.getRaster().getDataBuffer() instanceof DataBufferByte bytes
            && gray.getRaster().getSampleModelTranslateX() == 0 && gray.getRaster().getSampleModelTranslateY() == 0
            && bytes.getNumBanks() == 1 && bytes.getData().length == width * height) {
            buffer.put(bytes.getData());
        } else {
            byte[] row = new byte[width];
            for (int y = 0; y < height; y++) {
                gray.getRaster().getDataElements(0, y, width, 1, row);
                buffer.put(row);
            }
        }
        return buffer.flip();
    }
}
