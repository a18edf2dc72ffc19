package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GrayBytesTest {

    @Test
    void redSealInkFadesWhileBlackAndBlueInkStayDark() {
        BufferedImage colour = new BufferedImage(4, 1, BufferedImage.TYPE_INT_RGB);
        colour.setRGB(0, 0, new Color(205, 32, 42).getRGB());   // seal
        colour.setRGB(1, 0, new Color(20, 20, 20).getRGB());    // text
        colour.setRGB(2, 0, new Color(28, 38, 130).getRGB());   // signature
        colour.setRGB(3, 0, new Color(250, 250, 250).getRGB()); // paper
        BufferedImage gray = GrayBytes.toGray(colour);
        int[] v = gray.getRaster().getPixels(0, 0, 4, 1, (int[]) null);
        assertThat(v[0]).isGreaterThanOrEqualTo(205);
        assertThat(v[1]).isLessThan(60);
        assertThat(v[2]).isLessThan(100);
        assertThat(v[3]).isGreaterThan(240);
    }

    @Test
    void greyImagesAreLeftAsTheyAre() {
        BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setPixels(0, 0, 2, 1, new int[] {90, 200});
        assertThat(GrayBytes.toGray(grey)).isSameAs(grey);
    }

    @Test
    void bilevelPagesUnpackToTheSamePixelsAsJava2D() {
        IndexColorModel blackIsZero = (IndexColorModel) new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY).getColorModel();
        IndexColorModel whiteIsZero = new IndexColorModel(1, 2, new byte[] {-1, 0}, new byte[] {-1, 0}, new byte[] {-1, 0});
        IndexColorModel greyish = new IndexColorModel(1, 2, new byte[] {40, (byte) 210}, new byte[] {50, (byte) 200}, new byte[] {30, (byte) 190});
        for (IndexColorModel palette : new IndexColorModel[] {blackIsZero, whiteIsZero, greyish}) {
            for (int width : new int[] {1, 8, 13, 1001}) {
                BufferedImage page = randomBits(width, 37, palette, width);
                BufferedImage gray = GrayBytes.toGray(page);
                assertThat(GrayBytes.unpackBits(page)).as("fast path taken").isNotNull();
                assertThat(pixels(gray)).as("width %d, palette %s", width, palette).isEqualTo(pixels(java2d(page)));
            }
        }
    }

    @Test
    void aBilevelSubImageFallsBackToJava2DWithTheSamePixels() {
        BufferedImage page = randomBits(200, 50, (IndexColorModel) new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY).getColorModel(), 7);
        BufferedImage part = page.getSubimage(3, 5, 101, 20);
        assertThat(GrayBytes.unpackBits(part)).isNull();
        assertThat(pixels(GrayBytes.toGray(part))).isEqualTo(pixels(java2d(part)));
    }

    private static BufferedImage randomBits(int width, int height, IndexColorModel palette, long seed) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY, palette);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) page.getRaster().setSample(x, y, 0, random.nextInt(2));
        return page;
    }

    private static BufferedImage java2d(BufferedImage image) {
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }

    private static int[] pixels(BufferedImage gray) {
        return gray.getRaster().getPixels(0, 0, gray.getWidth(), gray.getHeight(), (int[]) null);
    }
}
