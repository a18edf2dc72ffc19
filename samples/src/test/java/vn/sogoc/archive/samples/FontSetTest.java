package vn.sogoc.archive.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FontSetTest {

    @Test
    void everyFamilyLoadsWithItsOwnNameAndDrawsVietnamese() {
        for (FontFamily family : FontFamily.values()) {
            FontSet set = FontSet.of(family);
            for (TextStyle style : TextStyle.values()) {
                assertThat(set.font(style, 12).getFamily()).isEqualTo(family.familyName());
                set.checkDrawable(style, "Đặng Hữu Dũng – Cơ sở đủ điều kiện an toàn thực phẩm ỹ Ỵ ự");
            }
        }
    }

    @Test
    void failsLoudlyOnAGlyphTheFontLacks() {
        assertThatThrownBy(() -> FontSet.of(FontFamily.TINOS).checkDrawable(TextStyle.REGULAR, "Sổ gốc 漢字"))
                .isInstanceOf(MissingFontException.class).hasMessageContaining("U+6F22");
    }

    @Test
    void namesTheDebianPackageOfEachFamily() {
        assertThat(FontFamily.TINOS.debianPackage()).isEqualTo("fonts-croscore");
        assertThat(FontFamily.NOTO_SERIF.debianPackage()).isEqualTo("fonts-noto-core");
        assertThat(FontFamily.DEJAVU_SERIF.debianPackage()).isEqualTo("fonts-dejavu-core");
    }
}
