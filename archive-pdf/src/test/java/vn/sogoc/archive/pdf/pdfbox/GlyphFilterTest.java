package vn.sogoc.archive.pdf.pdfbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class GlyphFilterTest {

    private static final String ALL_VIETNAMESE_LETTERS =
            "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY aăâbcdđeêghiklmnoôơpqrstuưvxy "
            + "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ "
            + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

    @Test
    void theEmbeddedFontShowsEveryVietnameseLetter() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            GlyphFilter filter = new GlyphFilter(EmbeddedFont.load(doc));

            assertThat(filter.clean(ALL_VIETNAMESE_LETTERS)).isEqualTo(ALL_VIETNAMESE_LETTERS.replace(" ", ""));
        }
    }

    @Test
    void decomposedTextIsComposedAndWhatTheFontLacksIsDropped() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            GlyphFilter filter = new GlyphFilter(EmbeddedFont.load(doc));

            assertThat(filter.clean(Normalizer.normalize("Đủ", Normalizer.Form.NFD))).isEqualTo("Đủ");
            assertThat(filter.clean("kiện😀漢\u0000\u200B\u00A0")).isEqualTo("kiện");
            assertThat(filter.clean("8390/2021/ATTP-CNĐK")).isEqualTo("8390/2021/ATTP-CNĐK");
            assertThat(filter.clean(null)).isEmpty();
            assertThat(filter.clean("😀")).isEmpty();
        }
    }
}
