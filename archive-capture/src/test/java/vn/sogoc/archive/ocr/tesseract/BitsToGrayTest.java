package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import org.junit.jupiter.api.Test;

/** The table unpacking gives exactly the grey bytes of the Java2D conversion, odd widths and row padding included. */
class BitsToGrayTest {

    @Test
    void samePixelsAsJava2d() {
        for (int width : new int[] {901, 904, 60}) {
            BufferedImage page = ArrayRotatorTest.page(BufferedImage.TYPE_BYTE_BINARY, width, 640);
            BufferedImage fast = BitsToGray.of(page);
            BufferedImage java2d = GrayBytes.toGray(page);
            assertThat(fast.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            byte[] a = ((DataBufferByte) fast.getRaster().getDataBuffer()).getData();
            byte[] b = ((DataBufferByte) java2d.getRaster().getDataBuffer()).getData();
            assertThat(a).isEqualTo(b);
            long black = 0;
            for (byte v : a) black += v == 0 ? 1 : 0;
            assertThat(black).isGreaterThan(a.length / 100);
        }
    }

    @Test
    void otherLayoutsAreLeftToGrayBytes() {
        assertThat(BitsToGray.of(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY))).isNull();
        assertThat(BitsToGray.of(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB))).isNull();
        BufferedImage page = ArrayRotatorTest.page(BufferedImage.TYPE_BYTE_BINARY, 300, 200);
        assertThat(BitsToGray.of(page.getSubimage(3, 5, 100, 100))).isNull(); // a translated raster
    }
}
