package vn.sogoc.archive.capture.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.ScanSource;
import vn.sogoc.archive.capture.SourceJpeg;
import vn.sogoc.archive.capture.UnreadableScanException;
import vn.sogoc.archive.capture.UnsupportedFormatException;
import vn.sogoc.archive.capture.config.CaptureSettings;

class ImageScanSourceTest {

    @TempDir
    Path dir;

    private final DefaultScanReader reader = new DefaultScanReader();

    @Test
    void multiPageG4TiffYieldsEachPageWithItsResolution() throws Exception {
        Path tiff = dir.resolve("three-pages.tif");
        ScanFiles.writeG4Tiff(tiff, List.of(bilevel(1700, 2200, 1), bilevel(1700, 2200, 2), bilevel(2200, 1700, 3)), 200);

        try (ScanSource source = reader.open(tiff)) {
            assertThat(source.pageCount()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                PageImage page = source.page(i);
                assertThat(page.index()).isEqualTo(i);
                assertThat(page.dpi()).isEqualTo(200);
                assertThat(page.colorKind()).isEqualTo(ColorKind.BILEVEL);
                assertThat(blackBars(page.image())).as("page %d", i).isEqualTo(i + 1);
            }
            assertThat(source.page(2).image().getWidth()).isEqualTo(2200);
            assertThat(source.page(0).widthPoints()).isEqualTo(1700 * 72.0 / 200);
        }
    }

    @Test
    void aBaselineJpegPageCarriesTheFileBytesForThePdfOnlyWhenItsKindMatches() throws Exception {
        Path colour = dir.resolve("colour.jpg");
        ScanFiles.write(colour, "jpeg", colourful(1200, 900), 150);
        BufferedImage greyPage = new BufferedImage(600, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = greyPage.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        g.setColor(Color.GRAY);
        g.fillRect(50, 50, 300, 100);
        g.dispose();
        Path grey = dir.resolve("grey.jpg");
        ScanFiles.write(grey, "jpeg", greyPage, 200);
        BufferedImage greyInRgb = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        greyInRgb.getGraphics().drawImage(greyPage, 0, 0, null);
        Path greyScannedInColour = dir.resolve("grey-in-colour.jpg");
        ScanFiles.write(greyScannedInColour, "jpeg", greyInRgb, 200);

        try (ScanSource source = reader.open(colour)) {
            PageImage page = source.page(0);
            assertThat(page.colorKind()).isEqualTo(ColorKind.COLOR);
            assertThat(SourceJpeg.of(page.image())).isEqualTo(Files.readAllBytes(colour));
        }
        try (ScanSource source = reader.open(grey)) {
            PageImage page = source.page(0);
            assertThat(page.colorKind()).isEqualTo(ColorKind.GRAY);
            assertThat(SourceJpeg.of(page.image())).isEqualTo(Files.readAllBytes(grey));
        }
        try (ScanSource source = reader.open(greyScannedInColour)) {
            PageImage page = source.page(0);
            assertThat(page.colorKind()).as("three components, stored grey").isEqualTo(ColorKind.GRAY);
            assertThat(SourceJpeg.of(page.image())).isNull();
        }
        byte[] progressive = Files.readAllBytes(colour);
        for (int i = 2; i + 1 < progressive.length; i++) {
            if ((progressive[i] & 0xFF) == 0xFF && (progressive[i + 1] & 0xFF) == 0xC0) {
                progressive[i + 1] = (byte) 0xC2; // the frame header of a progressive JPEG
                break;
            }
        }
        assertThat(BaselineJpeg.components(progressive)).isEqualTo(-1);
        assertThat(BaselineJpeg.components(Files.readAllBytes(colour))).isEqualTo(3);
        assertThat(BaselineJpeg.components(Files.readAllBytes(grey))).isEqualTo(1);
    }

    @Test
    void jpegResolutionComesFromItsJfifDensity() throws Exception {
        Path jpeg = dir.resolve("scan.jpg");
        ScanFiles.write(jpeg, "jpeg", colourful(1200, 900), 150);

        try (ScanSource source = reader.open(jpeg)) {
            PageImage page = source.page(0);
            assertThat(source.pageCount()).isEqualTo(1);
            assertThat(page.dpi()).isEqualTo(150);
            assertThat(page.colorKind()).isEqualTo(ColorKind.COLOR);
            assertThat(page.image().getWidth()).isEqualTo(1200);
        }
    }

    @Test
    void pngResolutionComesFromPhysAndDefaultsTo300() throws Exception {
        Path withPhys = dir.resolve("with.png");
        Path without = dir.resolve("without.png");
        ScanFiles.write(withPhys, "png", gray(800, 600), 400);
        javax.imageio.ImageIO.write(gray(800, 600), "png", without.toFile());

        try (ScanSource a = reader.open(withPhys); ScanSource b = reader.open(without)) {
            assertThat(a.page(0).dpi()).isEqualTo(400);
            assertThat(a.page(0).colorKind()).isEqualTo(ColorKind.GRAY);
            assertThat(b.page(0).dpi()).isEqualTo(300);
        }
    }

    @Test
    void formatIsDetectedByContentNotByName() throws Exception {
        Path pngNamedPdf = dir.resolve("really-a-png.pdf");
        javax.imageio.ImageIO.write(gray(100, 100), "png", pngNamedPdf.toFile());
        Path textNamedPng = dir.resolve("notes.png");
        Files.writeString(textNamedPng, "Số: 8390/2021/ATTP-CNĐK – not an image");

        try (ScanSource source = reader.open(pngNamedPdf)) {
            assertThat(source.page(0).image().getWidth()).isEqualTo(100);
        }
        assertThatThrownBy(() -> reader.open(textNamedPng)).isInstanceOf(UnsupportedFormatException.class)
            .hasMessageStartingWith("notes.png: ").hasMessageContaining("text/plain");
    }

    @Test
    void damagedTiffIsUnreadable() throws Exception {
        Path tiff = dir.resolve("good.tif");
        ScanFiles.writeG4Tiff(tiff, List.of(bilevel(800, 800, 1)), 300);
        byte[] bytes = Files.readAllBytes(tiff);
        Path damaged = dir.resolve("damaged.tif");
        Files.write(damaged, Arrays.copyOf(bytes, 12));

        assertThatThrownBy(() -> {
            try (ScanSource source = reader.open(damaged)) {
                source.page(0);
            }
        }).satisfiesAnyOf(
            e -> assertThat(e).isInstanceOf(UnreadableScanException.class).hasMessageStartingWith("damaged.tif: "),
            e -> assertThat(e).isInstanceOf(java.io.IOException.class).hasMessageStartingWith("damaged.tif: "));
    }

    @Test
    void oversizedImageIsSubsampledWithinThePixelBudget() throws Exception {
        Path png = dir.resolve("big.png");
        ScanFiles.write(png, "png", gray(3000, 2000), 600);
        DefaultScanReader small = new DefaultScanReader(CaptureSettings.defaults().withMaxPixels(1_000_000));

        try (ScanSource source = small.open(png)) {
            PageImage page = source.page(0);
            assertThat(page.image().getWidth()).isEqualTo(1000);
            assertThat(page.dpi()).isEqualTo(200);
            assertThat(page.widthPoints()).isEqualTo(3000 * 72.0 / 600);
        }
    }

    /** A white page with {@code bars} black horizontal bars. */
    static BufferedImage bilevel(int width, int height, int bars) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        for (int i = 0; i < bars; i++) {
            g.fillRect(100, 100 + i * 200, width - 200, 60);
        }
        g.dispose();
        return image;
    }

    private static int blackBars(BufferedImage image) {
        int bars = 0;
        boolean inBar = false;
        for (int y = 0; y < image.getHeight(); y++) {
            boolean black = (image.getRGB(image.getWidth() / 2, y) & 0xffffff) == 0;
            bars += black && !inBar ? 1 : 0;
            inBar = black;
        }
        return bars;
    }

    private static BufferedImage gray(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, Color.WHITE, width, height, Color.DARK_GRAY));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static BufferedImage colourful(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(200, 30, 30)); // a red seal
        g.fillOval(width / 2, height / 2, 300, 300);
        g.dispose();
        return image;
    }
}
