package vn.sogoc.archive.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format is written and reads back with ImageIO / PDFBox at the right resolution. */
class FormatsTest {

    @TempDir
    static Path dir;
    static SampleSet set;

    @BeforeAll
    static void generate() throws Exception {
        set = new SampleGenerator(SampleGenerator.DEMO_AS_OF).generateSet(List.of(
                new SampleSpec("png", 0, SampleType.KCB_CCHN, Scenario.IN_FORCE, ScanFormat.PNG, ColourMode.GRAY, 200, 180,
                        0.5, 1, FontFamily.NOTO_SERIF, 21),
                new SampleSpec("jpeg", 1, SampleType.ATTP_CSDK, Scenario.EXPIRED, ScanFormat.JPEG, ColourMode.COLOR, 300, 0,
                        -2.5, 1, FontFamily.TINOS, 22),
                new SampleSpec("tiff", 2, SampleType.TTB_SLH, Scenario.IN_FORCE, ScanFormat.TIFF, ColourMode.BILEVEL, 200, 90,
                        1.0, 2, FontFamily.TINOS, 23),
                new SampleSpec("pdf", 3, SampleType.KCB_GPHD, Scenario.UNMATCHED, ScanFormat.PDF, ColourMode.COLOR, 200, 0,
                        0.2, 2, FontFamily.DEJAVU_SERIF, 24),
                new SampleSpec("text", 4, SampleType.ATTP_XNCB, Scenario.IN_FORCE, ScanFormat.TEXT_PDF, ColourMode.COLOR, 200,
                        0, 0, 1, FontFamily.TINOS, 25)), 2, 9, dir);
    }

    private static GeneratedSample sample(String name) {
        return set.samples().stream().filter(s -> s.spec().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void pngIsGreyRotatedAt200Dpi() throws Exception {
        File f = sample("png").file().toFile();
        BufferedImage img = ImageIO.read(f);
        assertThat(img.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(img.getWidth()).isEqualTo(1654);
        IIOMetadata meta = metadata(f);
        IIOMetadataNode png = (IIOMetadataNode) meta.getAsTree("javax_imageio_png_1.0");
        IIOMetadataNode phys = (IIOMetadataNode) png.getElementsByTagName("pHYs").item(0);
        assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
        double dpi = Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
        assertThat(dpi).isCloseTo(200, org.assertj.core.data.Offset.offset(0.5));
        assertThat(sample("png").truth().rotation()).isEqualTo(180);
    }

    @Test
    void jpegIsColourWithJfifDensity() throws Exception {
        File f = sample("jpeg").file().toFile();
        BufferedImage img = ImageIO.read(f);
        assertThat(img.getColorModel().getNumComponents()).isEqualTo(3);
        assertThat(img.getWidth()).isEqualTo(2480);
        IIOMetadataNode tree = (IIOMetadataNode) metadata(f).getAsTree("javax_imageio_jpeg_image_1.0");
        IIOMetadataNode jfif = (IIOMetadataNode) tree.getElementsByTagName("app0JFIF").item(0);
        assertThat(jfif.getAttribute("resUnits")).isEqualTo("1");
        assertThat(jfif.getAttribute("Xdensity")).isEqualTo("300");
        assertThat(redPixels(img)).as("the red seal is kept").isGreaterThan(500);
    }

    @Test
    void tiffIsTwoBilevelG4PagesTurnedSideways() throws Exception {
        File f = sample("tiff").file().toFile();
        try (ImageInputStream in = ImageIO.createImageInputStream(f)) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(2);
            for (int i = 0; i < 2; i++) {
                BufferedImage page = reader.read(i);
                assertThat(page.getColorModel().getPixelSize()).isEqualTo(1);
                TIFFDirectory d = TIFFDirectory.createFromMetadata(reader.getImageMetadata(i));
                assertThat(d.getTIFFField(BaselineTIFFTagSet.TAG_COMPRESSION).getAsInt(0))
                        .isEqualTo(BaselineTIFFTagSet.COMPRESSION_CCITT_T_6);
                long[] res = d.getTIFFField(BaselineTIFFTagSet.TAG_X_RESOLUTION).getAsRational(0);
                assertThat(res[0] / res[1]).isEqualTo(200);
            }
            BufferedImage first = reader.read(0);
            assertThat(first.getWidth()).as("turned 90°: landscape").isGreaterThan(first.getHeight());
        }
        assertThat(sample("tiff").truth().pages()).isEqualTo(2);
        assertThat(sample("tiff").truth().pageLines(1)).anyMatch(l -> l.contains(sample("tiff").truth().number()));
    }

    @Test
    void imagePdfKeepsDpiAndHasNoText() throws Exception {
        try (PDDocument doc = Loader.loadPDF(sample("pdf").file().toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            for (PDPage page : doc.getPages()) {
                COSName name = page.getResources().getXObjectNames().iterator().next();
                PDImageXObject image = (PDImageXObject) page.getResources().getXObject(name);
                double dpi = image.getWidth() / (page.getMediaBox().getWidth() / 72.0);
                assertThat(dpi).isCloseTo(200, org.assertj.core.data.Offset.offset(0.5));
            }
            assertThat(new PDFTextStripper().getText(doc).trim()).isEmpty();
        }
    }

    @Test
    void bornDigitalPdfHasRealVietnameseTextInAnEmbeddedFont() throws Exception {
        GroundTruth truth = sample("text").truth();
        try (PDDocument doc = Loader.loadPDF(sample("text").file().toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Số: " + truth.number(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc");
            assertThat(text.replaceAll("\\s+", " ")).contains(truth.holderNamePrinted());
            PDPage page = doc.getPage(0);
            for (COSName f : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(f);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("Tinos");
            }
        }
        assertThat(truth.dpi()).isNull();
    }

    private static IIOMetadata metadata(File f) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(f)) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return reader.getImageMetadata(0);
        }
    }

    private static int redPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int p = img.getRGB(x, y);
                int r = (p >> 16) & 255;
                int g = (p >> 8) & 255;
                if (r > 150 && g < 110) n++;
            }
        }
        return n;
    }
}
