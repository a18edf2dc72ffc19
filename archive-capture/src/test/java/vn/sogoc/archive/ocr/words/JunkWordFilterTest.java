package vn.sogoc.archive.ocr.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.sogoc.archive.ocr.OcrWord;

class JunkWordFilterTest {

    private static final double LINE = 33;   // typical word height at 200 dpi

    @ParameterizedTest(name = "{0} at {1}% ({2}×{3} px) is dropped")
    @CsvSource(delimiter = ';', value = {
        ".;10;2;2", ":;0;2;2", "|;54;2;20", "_;92;28;3", "—;40;20;3", "-;90;2;2", "=~;0;34;8", "//©;15;49;15",
        "/¬>;0;28;17", "Xgọc;11;194;100", "PHỤLỤC;9;158;31", "ThịHằng;39;177;59", "z;0;7;5", "Thi@;11;99;58"})
    void junkIsDropped(String text, float confidence, int width, int height) {
        assertThat(JunkWordFilter.keep(text, confidence, width, height, LINE)).isNull();
    }

    @ParameterizedTest(name = "{0} at {1}% is kept as {4}")
    @CsvSource(delimiter = ';', value = {
        "-;93;10;4;-", "phẩm;38;86;34;phẩm", "Bắc;0;81;41;Bắc", "GIÁM;18;99;32;GIÁM", "Kiều,;40;77;31;Kiều,",
        "013877/BYT-CCHN;36;290;25;013877/BYT-CCHN", "UBND;20;120;30;UBND", "CFU/g;30;80;30;CFU/g",
        "2⁄2;0;273;64;2⁄2", "Xgọc;91;90;40;Xgọc", "_-PHÓ;34;222;82;PHÓ", "77153/ĐKKDD-HCM_;65;482;37;77153/ĐKKDD-HCM",
        "-_UBND;60;124;23;UBND", "Tự-do;30;80;30;Tự-do", "QĐ-SYT;20;90;30;QĐ-SYT"})
    void wordsAndNumbersAreKept(String text, float confidence, int width, int height, String kept) {
        assertThat(JunkWordFilter.keep(text, confidence, width, height, LINE)).isEqualTo(kept);
    }

    @Test
    void theTypicalHeightIsTheMedianOfWordsWithLetters() {
        List<OcrWord> words = List.of(new OcrWord("Số:", 0, 0, 50, 30, 90), new OcrWord(".", 0, 0, 2, 2, 10),
            new OcrWord("ngày", 0, 0, 60, 34, 90), new OcrWord("12", 0, 0, 20, 25, 90), new OcrWord("CỘNG", 0, 0, 80, 32, 90));
        assertThat(JunkWordFilter.medianHeight(words)).isEqualTo(32);
        assertThat(JunkWordFilter.medianHeight(List.of())).isZero();
    }
}
