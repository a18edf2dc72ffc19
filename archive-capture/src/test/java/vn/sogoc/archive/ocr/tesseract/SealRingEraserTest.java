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
}
