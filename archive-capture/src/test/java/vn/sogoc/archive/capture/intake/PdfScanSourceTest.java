package vn.sogoc.archive.capture.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.ScanSource;
import vn.sogoc.archive.ocr.OcrWord;
import vn.sogoc.archive.ocr.PageText;

class PdfScanSourceTest {

    private static final File TINOS = new File("/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf");
    private static final List<String> LINES = List.of(
        "GIẤY CHỨNG NHẬN CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM",
        "Số: 8390/2021/ATTP-CNĐK",
        "Chứng nhận cơ sở của ông Đặng Hữu Dũng");

    @TempDir
    Path dir;

    private final DefaultScanReader reader = new DefaultScanReader();

    @Test
    void bornDigitalTextComesWithWordBoxesOnTheRenderedPage() throws Exception {
        Path pdf = textPdf("digital.pdf", 0, RenderingMode.FILL);

        try (ScanSource source = reader.open(pdf)) {
            PageImage page = source.page(0);
            PageText text = source.embeddedText(0).orElseThrow();

            assertThat(page.dpi()).isEqualTo(300);
            assertThat(text.text()).contains(LINES.get(0)).contains(LINES.get(1)).contains(LINES.get(2));
            assertThat(text.meanConfidence()).isEqualTo(100);
            OcrWord number = word(text, "8390/2021/ATTP-CNĐK");
            assertThat(number.x()).isCloseTo(300 + widthOf("Số: ") , within(12)); // x = 72 pt → 300 px
            assertThat(number.y() + number.height()).isCloseTo((int) ((842 - 675) * 300 / 72.0), within(20));
            assertThat(text.words()).allSatisfy(w -> assertThat(inkShare(page.image(), w)).as(w.text()).isGreaterThan(0.05));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void wordBoxesFollowThePageRotation(int rotation) throws Exception {
        Path pdf = textPdf("rotated.pdf", rotation, RenderingMode.FILL);

        try (ScanSource source = reader.open(pdf)) {
            PageImage page = source.page(0);
            PageText text = source.embeddedText(0).orElseThrow();

            assertThat(page.image().getWidth() > page.image().getHeight()).isEqualTo(rotation != 180);
            assertThat(text.words()).isNotEmpty()
                .allSatisfy(w -> assertThat(inkShare(page.image(), w)).as(w.text()).isGreaterThan(0.05));
        }
    }

    @Test
    void invisibleTextOfAnEarlierOcrIsNotTrusted() throws Exception {
        Path pdf = textPdf("ocred.pdf", 0, RenderingMode.NEITHER);

        try (ScanSource source = reader.open(pdf)) {
            assertThat(source.embeddedText(0)).isEmpty();
        }
    }

    @Test
    void scannedPageIsRenderedAtItsImageResolution() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage scan = ImageScanSourceTest.bilevel(1654, 2339, 5); // A4 at 200 dpi
            BufferedImage gray = new BufferedImage(scan.getWidth(), scan.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            gray.getGraphics().drawImage(scan, 0, 0, null);
            gray.setRGB(10, 10, 0x808080);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, gray), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            document.save(pdf.toFile());
        }

        try (ScanSource source = reader.open(pdf)) {
            PageImage page = source.page(0);
            assertThat(page.dpi()).isEqualTo(200);
            assertThat(page.image().getWidth()).isBetween(1652, 1656);
            assertThat(page.colorKind()).isEqualTo(ColorKind.GRAY);
            assertThat(source.embeddedText(0)).isEmpty();
        }
    }

    private Path textPdf(String name, int rotation, RenderingMode mode) throws Exception {
        Path pdf = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, TINOS);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 14);
                content.setRenderingMode(mode);
                content.newLineAtOffset(72, 700);
                for (String line : LINES) {
                    content.showText(line);
                    content.newLineAtOffset(0, -25);
                }
                content.endText();
            }
            document.save(pdf.toFile());
        }
        return pdf;
    }

    private static int widthOf(String text) throws Exception {
        try (PDDocument document = new PDDocument()) {
            return Math.round(PDType0Font.load(document, TINOS).getStringWidth(text) / 1000 * 14 * 300 / 72);
        }
    }

    private static OcrWord word(PageText text, String value) {
        return text.words().stream().filter(w -> w.text().equals(value)).findFirst()
            .orElseThrow(() -> new AssertionError("no word " + value + " in " + text.words()));
    }

    /** Share of the box's pixels that are dark. */
    static double inkShare(BufferedImage image, OcrWord word) {
        int dark = 0;
        int total = 0;
        for (int y = Math.max(0, word.y()); y < Math.min(image.getHeight(), word.y() + word.height()); y++) {
            for (int x = Math.max(0, word.x()); x < Math.min(image.getWidth(), word.x() + word.width()); x++) {
                total++;
                dark += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        return total == 0 ? 0 : dark / (double) total;
    }
}
