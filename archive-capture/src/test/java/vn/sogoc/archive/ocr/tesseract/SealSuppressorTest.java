package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sogoc.archive.testpages.SealedSignerPage.DPI;
import static vn.sogoc.archive.testpages.SealedSignerPage.SEAL_RADIUS;
import static vn.sogoc.archive.testpages.SealedSignerPage.SEAL_X;
import static vn.sogoc.archive.testpages.SealedSignerPage.SEAL_Y;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.config.CaptureSettings;
import vn.sogoc.archive.ocr.PageText;
import vn.sogoc.archive.testpages.SealedSignerPage;

class SealSuppressorTest {

    @Test
    void findsTheSealAndErasesItsInkWhileTheTextUnderItStaysDark() {
        BufferedImage page = SealedSignerPage.draw(true);
        byte[] gray = bytes(page);
        int ringX = SEAL_X - SEAL_RADIUS, ringY = SEAL_Y;           // on the outer ring, left of the centre
        int star = SEAL_Y * page.getWidth() + SEAL_X;
        assertThat(gray[ringY * page.getWidth() + ringX] & 0xFF).isBetween(90, 130);

        List<SealSuppressor.Seal> seals = SealSuppressor.suppress(gray, page.getWidth(), page.getHeight(), DPI);

        assertThat(seals).hasSize(1);
        SealSuppressor.Seal seal = seals.get(0);
        assertThat(seal.x0()).isBetween(SEAL_X - SEAL_RADIUS - 30, SEAL_X - SEAL_RADIUS);
        assertThat(seal.x1()).isBetween(SEAL_X + SEAL_RADIUS, SEAL_X + SEAL_RADIUS + 30);
        assertThat(gray[ringY * page.getWidth() + ringX] & 0xFF).isEqualTo(255);
        assertThat(gray[star] & 0xFF).isEqualTo(255);
        // every pixel that was black text under the seal is still black
        byte[] unsealed = bytes(SealedSignerPage.draw(false));
        int kept = 0, text = 0;
        for (int y = seal.y0(); y < seal.y1(); y++) {
            for (int x = seal.x0(); x < seal.x1(); x++) {
                int i = y * page.getWidth() + x;
                if ((unsealed[i] & 0xFF) < 40) {
                    text++;
                    if ((gray[i] & 0xFF) < 40) kept++;
                }
            }
        }
        assertThat(text).isGreaterThan(500);
        assertThat(kept).isEqualTo(text);
    }

    @Test
    void aPageWithoutSealIsLeftAsItIs() {
        byte[] gray = bytes(SealedSignerPage.draw(false));
        byte[] before = gray.clone();
        assertThat(SealSuppressor.suppress(gray, 1654, 2339, DPI)).isEmpty();
        assertThat(gray).isEqualTo(before);
    }

    @Test
    void aBilevelPageIsLeftAsItIs() {
        BufferedImage page = SealedSignerPage.draw(true);
        byte[] gray = bytes(page);
        for (int i = 0; i < gray.length; i++) gray[i] = (byte) ((gray[i] & 0xFF) < 160 ? 0 : 255);
        byte[] before = gray.clone();
        assertThat(SealSuppressor.suppress(gray, page.getWidth(), page.getHeight(), DPI)).isEmpty();
        assertThat(gray).isEqualTo(before);
    }

    @Test
    void theSignerUnderASealOnAGreyPageIsRead() {
        BufferedImage page = SealedSignerPage.draw(true);
        PageText text;
        try (TesseractOcrEngine engine = new TesseractOcrEngine()) {
            text = engine.recognize(new PageImage(0, page, DPI, ColorKind.GRAY));
        }
        assertThat(text.text()).contains(SealedSignerPage.TITLE).contains(SealedSignerPage.NAME);
        assertThat(bytes(page)[SEAL_Y * page.getWidth() + SEAL_X] & 0xFF).as("the page image itself is not changed")
            .isLessThan(200);

        // without the suppression, the seal hides the signer from Tesseract
        byte[] raw = bytes(page);
        try (TesseractHandle tesseract = new TesseractHandle(CaptureSettings.DEFAULT_TESSDATA, "vie", UserWords.configFile())) {
            PageText unsuppressed = tesseract.recognize(ByteBuffer.allocateDirect(raw.length).put(raw).flip(),
                page.getWidth(), page.getHeight(), DPI);
            assertThat(unsuppressed.text()).doesNotContain(SealedSignerPage.NAME);
        }
    }

    private static byte[] bytes(BufferedImage page) {
        byte[] out = new byte[page.getWidth() * page.getHeight()];
        page.getRaster().getDataElements(0, 0, page.getWidth(), page.getHeight(), out);
        return out;
    }
}
