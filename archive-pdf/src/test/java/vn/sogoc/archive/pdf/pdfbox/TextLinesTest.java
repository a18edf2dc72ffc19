package vn.sogoc.archive.pdf.pdfbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.ocr.OcrWord;

class TextLinesTest {

    @Test
    void wordsOnTheSameRowFormOneLineWhoseBaselineIgnoresDescenders() {
        OcrWord giay = word("Giấy", 100, 90, 80, 50);      // accent above, descender below: 90..140
        OcrWord chung = word("chứng", 190, 92, 110, 48);   // 92..140
        OcrWord nhan = word("nhận", 310, 95, 90, 38);      // dot below: 95..133
        OcrWord co = word("cơ", 410, 110, 40, 20);         // x-height only: 110..130

        List<TextLine> lines = TextLines.group(List.of(giay, chung, nhan, co));

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.words()).containsExactly(giay, chung, nhan, co);
            assertThat(line.top()).isEqualTo(90);
            assertThat(line.bottom()).isEqualTo(140);
            assertThat(line.baseline()).isEqualTo(130);
        });
    }

    @Test
    void aWordBelowOrBackAtTheLeftStartsANewLine() {
        OcrWord a = word("Số:", 100, 100, 40, 30);
        OcrWord b = word("8390", 150, 100, 60, 30);
        OcrWord c = word("Cấp", 100, 150, 50, 30);          // next row
        OcrWord d = word("cho", 160, 150, 50, 30);
        OcrWord e = word("ngày", 20, 152, 50, 30);          // same row, but back to the left: a column

        List<TextLine> lines = TextLines.group(List.of(a, b, c, d, e));

        assertThat(lines).extracting(TextLine::words)
                .containsExactly(List.of(a, b), List.of(c, d), List.of(e));
    }

    @Test
    void aShortMarkDoesNotSetTheBaseline() {
        OcrWord word = word("Đủ", 100, 100, 60, 40);        // 100..140
        OcrWord dash = word("-", 170, 118, 10, 4);          // 118..122, mid-height

        TextLine line = TextLines.group(List.of(word, dash)).get(0);

        assertThat(line.baseline()).isEqualTo(140);
    }

    private static OcrWord word(String text, int x, int y, int w, int h) {
        return new OcrWord(text, x, y, w, h, 90);
    }
}
