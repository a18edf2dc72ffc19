package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.sogoc.archive.testpages.SealedSignerPage.DPI;
import static vn.sogoc.archive.testpages.SealedSignerPage.SEAL_RADIUS;
import static vn.sogoc.archive.testpages.SealedSignerPage.SEAL_X;
import static vn.sogoc.archive.testpages.SealedSignerPage.SEAL_Y;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;

import vn.sogoc.archive.testpages.SealedSignerPage;

class SealRingEraserTest {

    @Test
    void findsTheRingAndErasesItAndWhatLiesInsideWhileTextOutsideStays() {
        BufferedImage page = SealedSignerPage.drawBilevel();
        int w = page.getWidth();
        byte[] gray = bytes(page);
        assertThat(SealRingEraser.isBilevel(gray)).isTrue();
        int ring = SEAL_Y * w + SEAL_X - SEAL_RADIUS, star = SEAL_Y * w + SEAL_X;
        assertThat(gray[ring] & 0xFF).isZero();
        assertThat(gray[star] & 0xFF).isZero();
        byte[] before = gray.clone();

        List<SealRingEraser.Ring> rings = SealRingEraser.erase(gray, w, page.getHeight(), DPI);

        assertThat(rings).hasSize(1);
        assertThat(rings.get(0).cx()).isCloseTo(SEAL_X, within(3.0));
        assertThat(rings.get(0).cy()).isCloseTo(SEAL_Y, within(3.0));
        assertThat(rings.get(0).radius()).isCloseTo(SEAL_RADIUS, within(4.0));
        assertThat(gray[ring] & 0xFF).isEqualTo(255);
        assertThat(gray[star] & 0xFF).isEqualTo(255);
        // the body text far from the seal is untouched
        for (int y = 450; y < 580; y++) {
            for (int x = 0; x < w; x++) assertThat(gray[y * w + x]).isEqualTo(before[y * w + x]);
        }
    }

    @Test
    void aGreyPageIsNotBilevelAndAPageWithoutRingKeepsItsInk() {
        assertThat(SealRingEraser.isBilevel(bytes(SealedSignerPage.draw(true)))).isFalse();
        BufferedImage page = SealedSignerPage.draw(false);
        byte[] gray = bytes(page);
        for (int i = 0; i < gray.length; i++) gray[i] = (byte) ((gray[i] & 0xFF) < 160 ? 0 : 255);
        byte[] before = gray.clone();
        assertThat(SealRingEraser.erase(gray, page.getWidth(), page.getHeight(), DPI)).isEmpty();
        assertThat(gray).isEqualTo(before);
    }

    private static byte[] bytes(BufferedImage page) {
        BufferedImage gray = GrayBytes.toGray(page);
        byte[] out = new byte[page.getWidth() * page.getHeight()];
        gray.getRaster().getDataElements(0, 0, page.getWidth(), page.getHeight(), out);
        return out;
    }

    @Test
    void theSignersNameInsideTheDiscStaysWhileTheCapsTextAndStarGo() {
        // the name's baseline 70 px below the centre: "Nguyễn" and "Hùng" run out of the disc, "Văn" lies wholly
        // inside it, among the caps text and across the inner ring
        int baseline = SEAL_Y + 70;
        BufferedImage page = SealedSignerPage.drawBilevel(70);
        int w = page.getWidth();
        byte[] gray = bytes(page);
        byte[] sealed = gray.clone();
        byte[] unsealed = bytes(SealedSignerPage.draw(false, 70));
        assertThat(SealRingEraser.erase(gray, w, page.getHeight(), DPI)).hasSize(1);

        assertThat(gray[SEAL_Y * w + SEAL_X] & 0xFF).as("the star is erased").isEqualTo(255);
        int nameInk = 0, kept = 0, capsInk = 0, capsKept = 0;
        for (int y = SEAL_Y - SEAL_RADIUS; y < SEAL_Y + SEAL_RADIUS; y++) {
            for (int x = SEAL_X - SEAL_RADIUS; x < SEAL_X + SEAL_RADIUS; x++) {
                int i = y * w + x;
                boolean name = y > baseline - 40 && y < baseline + 12 && (unsealed[i] & 0xFF) < 128;
                boolean inside = Math.hypot(x - SEAL_X, y - SEAL_Y) < SEAL_RADIUS * 0.9;
                if (name && inside) {
                    nameInk++;
                    if ((gray[i] & 0xFF) < 128) kept++;
                } else if ((unsealed[i] & 0xFF) >= 128 && (sealed[i] & 0xFF) < 128 && inside && Math.abs(y - baseline) > 60) {
                    capsInk++;                                     // seal ink away from the name: caps text, star, inner ring
                    if ((gray[i] & 0xFF) < 128) capsKept++;
                }
            }
        }
        assertThat(kept).as("ink of the name inside the disc kept").isGreaterThan((int) (0.8 * nameInk));
        assertThat(capsKept).as("seal ink away from the name erased").isLessThan((int) (0.05 * capsInk));
        try (TesseractOcrEngine engine = new TesseractOcrEngine()) {
            assertThat(engine.recognize(new PageImage(0, page, DPI, ColorKind.BILEVEL)).text()).contains("Nguyễn");
        }
    }
}
