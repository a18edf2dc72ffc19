package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.config.CaptureSettings;
import vn.sogoc.archive.ocr.PageText;
import vn.sogoc.archive.testpages.VietnamesePages;

class TesseractOcrEngineTest {

    @Test
    void readsLinesInOrderWithWordBoxesAndConfidence() {
        VietnamesePages.Page generated = VietnamesePages.certificate(31);
        PageText text;
        try (TesseractOcrEngine engine = new TesseractOcrEngine()) {
            text = engine.recognize(new PageImage(0, generated.image(), 300, ColorKind.GRAY));
        }

        assertThat(text.text()).contains("GIẤY CHỨNG NHẬN\nCƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM");
        assertThat(text.text().indexOf("CỘNG HÒA")).isLessThan(text.text().indexOf("Số: " + generated.number()));
        assertThat(text.meanConfidence()).isGreaterThan(80);
        assertThat(text.words()).hasSizeGreaterThan(60).allSatisfy(word -> {
            assertThat(word.x()).isNotNegative();
            assertThat(word.x() + word.width()).isLessThanOrEqualTo(generated.image().getWidth());
            assertThat(word.height()).isBetween(word.text().matches("\\p{L}+") ? 20 : 1, 120); // a dash is 5 px high
            assertThat(word.confidence()).isBetween(0f, 100f);
        });
        assertThat(String.join(" ", text.words().stream().map(w -> w.text()).toList()))
            .isEqualTo(text.text().replaceAll("\\s+", " "));
    }

    @Test
    void blankPageGivesNoText() {
        BufferedImage white = new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_BINARY);
        white.getGraphics().fillRect(0, 0, 1200, 1600);
        try (TesseractOcrEngine engine = new TesseractOcrEngine()) {
            PageText text = engine.recognize(new PageImage(0, white, 300, ColorKind.BILEVEL));
            assertThat(text.isBlank()).isTrue();
            assertThat(text.words()).isEmpty();
        }
    }

    @Test
    void missingLanguageModelIsNamed() {
        CaptureSettings klingon = CaptureSettings.defaults().withLanguage("tlh");
        assertThatThrownBy(() -> new TesseractOcrEngine(klingon)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("tlh.traineddata");
    }
}
