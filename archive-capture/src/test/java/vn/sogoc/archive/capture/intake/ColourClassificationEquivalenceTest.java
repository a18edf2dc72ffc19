package vn.sogoc.archive.capture.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.capture.ColorKind;

/**
 * The raster-array colour classification gives the same answers as the per-pixel {@code getRGB} one it
 * replaced, on the demo scans in each pixel layout a decoder hands out (packed RGB, 3-byte BGR, grey).
 */
class ColourClassificationEquivalenceTest {

    @Test
    void rasterClassificationEqualsThePerPixelOneOnTheDemoScans() throws IOException {
        List<Path> scans;
        try (Stream<Path> files = Files.list(Path.of("..", "samples", "scans"))) {
            scans = files.filter(p -> p.toString().matches(".*\\.(png|jpg|jpeg|tif)$")).sorted().toList();
        }
        assertThat(scans).isNotEmpty();
        int compared = 0;
        for (Path scan : scans) {
            BufferedImage decoded = ImageIO.read(scan.toFile());
            for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY}) {
                BufferedImage image = convert(decoded, type);
                assertThat(ImageNormalizer.classify(image)).as(scan + " as type " + type).isEqualTo(perPixel(image));
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(9);
    }

    private static BufferedImage convert(BufferedImage source, int type) {
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return out;
    }

    /** The classification as it was: getRGB on every pixel of every second row. */
    private static ColorKind perPixel(BufferedImage image) {
        boolean gray = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        int width = image.getWidth();
        int[] row = new int[width];
        long sampled = 0;
        long coloured = 0;
        long midtones = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            if (gray) {
                image.getRaster().getSamples(0, y, width, 1, 0, row);
                for (int x = 0; x < width; x++) midtones += row[x] > 16 && row[x] < 240 ? 1 : 0;
            } else {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    int r = (row[x] >> 16) & 0xff;
                    int g = (row[x] >> 8) & 0xff;
                    int b = row[x] & 0xff;
                    coloured += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 48 ? 1 : 0;
                    int mean = (r + g + b) / 3;
                    midtones += mean > 16 && mean < 240 ? 1 : 0;
                }
            }
            sampled += width;
        }
        if (sampled > 0 && coloured > sampled * 0.0002) return ColorKind.COLOR;
        return midtones == 0 ? ColorKind.BILEVEL : ColorKind.GRAY;
    }
}
