package vn.sogoc.archive.pdf.pdfbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;

class ImagesTest {

    @Test
    void aGreyScanMarkedBilevelIsThresholdedAtMidGrey() {
        BufferedImage grey = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 0, 4, 1, 0, new int[] {0, 127, 128, 255});

        BufferedImage bilevel = Images.toBilevel(grey);

        assertThat(bilevel.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
        assertThat(bilevel.getRaster().getSamples(0, 0, 4, 1, 0, new int[4])).containsExactly(0, 0, 1, 1);
    }

    @Test
    void aTwoColourPaletteThatIsNotBlackAndWhiteIsConverted() {
        IndexColorModel redOnWhite = new IndexColorModel(1, 2, new byte[] {(byte) 200, (byte) 255},
                new byte[] {0, (byte) 255}, new byte[] {0, (byte) 255});
        BufferedImage red = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_BINARY, redOnWhite);
        red.getRaster().setSamples(0, 0, 2, 1, 0, new int[] {0, 1});
        BufferedImage blackAndWhite = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_BINARY);

        assertThat(Images.toBilevel(red)).isNotSameAs(red);
        assertThat(Images.toBilevel(blackAndWhite)).isSameAs(blackAndWhite);
    }

    @Test
    void colourBecomesLuminanceAndTransparencyBecomesWhitePaper() {
        BufferedImage argb = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0xffff0000); // opaque red
        argb.setRGB(1, 0, 0xff808080); // opaque mid-grey
        argb.setRGB(2, 0, 0x00000000); // fully transparent

        BufferedImage grey = Images.toGray(argb);
        BufferedImage rgb = Images.toRgb(argb);

        assertThat(grey.getRaster().getSamples(0, 0, 3, 1, 0, new int[3])).containsExactly(76, 128, 255);
        assertThat(rgb.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(rgb.getRGB(2, 0) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void aBilevelPageGivenAsGreyPixelsIsStillCcittG4() throws Exception {
        BufferedImage grey = new BufferedImage(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = new PageImageEncoder(0.85f).encode(doc, new PageImage(0, grey, 300, ColorKind.BILEVEL));

            assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.CCITTFAX_DECODE);
            assertThat(image.getWidth()).isEqualTo(300);
        }
    }
}
