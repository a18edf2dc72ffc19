package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The array half turn gives exactly the pixels of a Java2D half turn, odd sizes and 1-bit row padding included. */
class HalfTurnTest {

    @ParameterizedTest(name = "image type {0}")
    @ValueSource(ints = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_BINARY})
    void samePixelsAsJava2d(int type) {
        BufferedImage image = new BufferedImage(203, 117, type);
        Random random = new Random(type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 203, 117);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillRect(random.nextInt(200), random.nextInt(115), 1 + random.nextInt(20), 1 + random.nextInt(9));
        }
        g.dispose();

        BufferedImage fast = HalfTurn.of(image);
        BufferedImage java2d = java2dHalfTurn(image);

        assertThat(fast).isNotNull();
        assertThat(fast.getType()).isEqualTo(type);
        int differing = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (fast.getRGB(x, y) != java2d.getRGB(x, y)) differing++;
            }
        }
        assertThat(differing).isZero();
        assertThat(fast.getRGB(0, 0)).isEqualTo(image.getRGB(202, 116));
        assertThat(PageRotator.rotate(image, 180).getRGB(5, 7)).isEqualTo(image.getRGB(197, 109));
    }

    private static BufferedImage java2dHalfTurn(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
        Graphics2D g = out.createGraphics();
        AffineTransform t = AffineTransform.getTranslateInstance(image.getWidth() / 2.0, image.getHeight() / 2.0);
        t.concatenate(new AffineTransform(-1, 0, 0, -1, 0, 0));
        t.concatenate(AffineTransform.getTranslateInstance(-image.getWidth() / 2.0, -image.getHeight() / 2.0));
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }
}
