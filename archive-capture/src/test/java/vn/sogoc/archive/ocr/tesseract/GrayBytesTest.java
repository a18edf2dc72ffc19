package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;

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
}
