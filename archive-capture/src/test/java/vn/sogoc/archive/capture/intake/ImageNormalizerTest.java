package vn.sogoc.archive.capture.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.capture.ColorKind;

class ImageNormalizerTest {

    @Test
    void blackAndWhiteOnlyIsBilevelEvenWhenStoredAsRgb() {
        BufferedImage rgb = page(BufferedImage.TYPE_INT_RGB, Color.BLACK);

        ImageNormalizer.Normalized result = ImageNormalizer.normalize(rgb);

        assertThat(result.kind()).isEqualTo(ColorKind.BILEVEL);
        assertThat(result.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
    }

    @Test
    void colourScanWhosePixelsAreNearGreyIsGray() {
        BufferedImage scan = page(BufferedImage.TYPE_INT_RGB, new Color(90, 90, 90));
        Random noise = new Random(7);
        for (int y = 0; y < scan.getHeight(); y++) {
            for (int x = 0; x < scan.getWidth(); x++) {
                int base = (scan.getRGB(x, y) & 0xff) == 90 ? 90 : 235;
                int r = base + noise.nextInt(13) - 6;
                int b = base + noise.nextInt(13) - 6;
                scan.setRGB(x, y, (r << 16) | (base << 8) | b); // yellowish paper, scanner noise
            }
        }

        ImageNormalizer.Normalized result = ImageNormalizer.normalize(scan);

        assertThat(result.kind()).isEqualTo(ColorKind.GRAY);
        assertThat(result.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    }

    @Test
    void smallRedSealMakesThePageColour() {
        BufferedImage scan = page(BufferedImage.TYPE_INT_RGB, Color.BLACK);
        Graphics2D g = scan.createGraphics();
        g.setColor(new Color(210, 40, 40));
        g.drawOval(600, 700, 120, 120);
        g.dispose();

        assertThat(ImageNormalizer.normalize(scan).kind()).isEqualTo(ColorKind.COLOR);
    }

    private static BufferedImage page(int type, Color ink) {
        BufferedImage image = new BufferedImage(850, 1100, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 850, 1100);
        g.setColor(ink);
        for (int y = 100; y < 1000; y += 40) {
            g.fillRect(80, y, 600, 12);
        }
        g.dispose();
        return image;
    }
}
