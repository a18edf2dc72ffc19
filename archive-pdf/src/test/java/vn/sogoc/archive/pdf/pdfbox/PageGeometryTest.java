package vn.sogoc.archive.pdf.pdfbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;

class PageGeometryTest {

    @Test
    void anA4ScanAt300DpiIsAnA4PageAtFullScale() {
        PageGeometry g = PageGeometry.of(page(2480, 3508, 300));

        assertThat(g.width()).isCloseTo(595.2f, within(0.01f));
        assertThat(g.height()).isCloseTo(841.92f, within(0.01f));
        assertThat(g.userUnit()).isEqualTo(1f);
        assertThat(g.scale()).isCloseTo(0.24f, within(1e-6f));
    }

    @Test
    void aPageBeyondTheLimitIsScaledByUserUnit() {
        PageGeometry g = PageGeometry.of(page(40_000, 1_000, 72)); // 40,000 pt wide

        assertThat(g.width()).isLessThanOrEqualTo(PageGeometry.MAX_UNITS);
        assertThat(g.width() * g.userUnit()).isCloseTo(40_000f, within(0.5f));
        assertThat(g.height() * g.userUnit()).isCloseTo(1_000f, within(0.01f));
        assertThat(g.scale() * g.userUnit()).isCloseTo(1f, within(1e-6f));
    }

    @Test
    void aResolutionOfZeroIsRefused() {
        assertThatThrownBy(() -> PageGeometry.of(page(10, 10, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    private static PageImage page(int w, int h, int dpi) {
        return new PageImage(3, new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY), dpi, ColorKind.BILEVEL);
    }
}
