package vn.sogoc.archive.capture.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.MultiPixelPackedSampleModel;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The direct decoder gives the JDK reader's pixels for bilevel PNGs and leaves every other file to the JDK. */
class OneBitPngTest {

    @TempDir
    Path dir;

    @Test
    void samePixelsAsImageIo() throws Exception {
        for (int width : new int[] {1203, 1200, 9}) {
            BufferedImage page = new BufferedImage(width, 517, BufferedImage.TYPE_BYTE_BINARY);
            Graphics2D g = page.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, 517);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 30));
            for (int line = 0; line < 12; line++) g.drawString("Giấy phép hoạt động số " + (17 * line) + "/BYT-GPHĐ", 5, 40 + line * 40);
            g.drawLine(0, 0, width - 1, 516);
            g.dispose();
            Path file = dir.resolve("page-" + width + ".png");
            ImageIO.write(page, "png", file.toFile());

            BufferedImage fast = OneBitPng.read(file);
            BufferedImage jdk = ImageIO.read(file.toFile());

            assertThat(fast).isNotNull();
            assertThat(fast.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
            assertThat(fast.getWidth()).isEqualTo(width);
            assertThat(fast.getHeight()).isEqualTo(517);
            int differing = 0;
            int black = 0;
            for (int y = 0; y < 517; y++) {
                for (int x = 0; x < width; x++) {
                    differing += fast.getRGB(x, y) != jdk.getRGB(x, y) ? 1 : 0;
                    black += (fast.getRGB(x, y) & 0xFFFFFF) == 0 ? 1 : 0;
                }
            }
            assertThat(differing).isZero();
            assertThat(black).isGreaterThan(width * 517 / 200);
            assertThat(((MultiPixelPackedSampleModel) fast.getRaster().getSampleModel()).getScanlineStride())
                    .isEqualTo((width + 7) / 8);
        }
    }

    @Test
    void otherPngsAndDamagedFilesAreLeftToImageIo() throws Exception {
        Path grey = dir.resolve("grey.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY), "png", grey.toFile());
        assertThat(OneBitPng.read(grey)).isNull();

        Path bilevel = dir.resolve("bilevel.png");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_BINARY), "png", bilevel.toFile());
        byte[] bytes = Files.readAllBytes(bilevel);
        Path truncated = dir.resolve("truncated.png");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 30));
        assertThat(OneBitPng.read(truncated)).isNull();

        Path notPng = dir.resolve("not.png");
        Files.writeString(notPng, "hello");
        assertThat(OneBitPng.read(notPng)).isNull();
        assertThat(OneBitPng.read(bilevel)).isNotNull();
        assertThat(((DataBufferByte) OneBitPng.read(bilevel).getRaster().getDataBuffer()).getData()).containsOnly((byte) 0);
    }
}
