package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.ocr.OcrWord;
import vn.sogoc.archive.ocr.RecognizedPage;
import vn.sogoc.archive.testpages.VietnamesePages;
import vn.sogoc.archive.testpages.WordErrorRate;

/** Generated certificates, turned and tilted, must come back upright, straight and read. */
class TesseractPageRecognizerTest {

    private static TesseractPageRecognizer recognizer;

    @BeforeAll
    static void open() { recognizer = new TesseractPageRecognizer(); }

    @AfterAll
    static void close() { recognizer.close(); }

    @ParameterizedTest(name = "seed {0}: {1} quarter turns, {2}° skew")
    @CsvSource({
        "21, 0, 0",
        "22, 0, 2.5",
        "23, 1, -2.0",
        "24, 2, 3.0",
        "25, 3, -2.5",
        "26, 2, 0"})
    void makesThePageUprightAndReadsIt(int seed, int quarterTurns, double skew) {
        VietnamesePages.Page generated = VietnamesePages.certificate(seed);
        BufferedImage scanned = VietnamesePages.turn(generated.image(), quarterTurns, skew);

        RecognizedPage result = recognizer.recognize(new PageImage(0, scanned, VietnamesePages.DPI, ColorKind.GRAY));

        assertThat(result.rotation()).isEqualTo((4 - quarterTurns) % 4 * 90);
        assertThat(result.skew()).isCloseTo(skew, within(0.3));
        assertThat(result.text().text()).contains("Số: " + generated.number());
        assertThat(WordErrorRate.of(generated.text(), result.text().text())).isLessThan(0.05);
        assertThat(result.text().meanConfidence()).isGreaterThan(80);
        assertUpright(result);
    }

    /** In the returned image the title is above the number, and each box sits on ink. */
    private static void assertUpright(RecognizedPage result) {
        BufferedImage image = result.page().image();
        OcrWord title = word(result, "GIẤY");
        OcrWord number = word(result, "Số:");
        assertThat(title.y()).isGreaterThan(number.y());
        assertThat(number.x()).isLessThan(title.x());
        for (OcrWord word : result.text().words()) {
            assertThat(word.x() + word.width()).isLessThanOrEqualTo(image.getWidth());
            assertThat(word.y() + word.height()).isLessThanOrEqualTo(image.getHeight());
        }
        assertThat(inkShare(image, number)).isGreaterThan(0.05);
        assertThat(image.getHeight()).isGreaterThan(image.getWidth());
    }

    private static OcrWord word(RecognizedPage page, String text) {
        return page.text().words().stream().filter(w -> w.text().equals(text)).findFirst()
            .orElseThrow(() -> new AssertionError("no word " + text + " in " + page.text().text()));
    }

    private static double inkShare(BufferedImage image, OcrWord word) {
        int dark = 0;
        for (int y = word.y(); y < word.y() + word.height(); y++) {
            for (int x = word.x(); x < word.x() + word.width(); x++) {
                dark += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        return dark / (double) Math.max(1, word.width() * word.height());
    }
}
