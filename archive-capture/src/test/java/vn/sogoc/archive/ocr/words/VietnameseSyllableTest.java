package vn.sogoc.archive.ocr.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllableTest {

    @ParameterizedTest
    @ValueSource(strings = {"CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM", "Độc", "lập", "Tự", "do", "Hạnh",
        "phúc", "giấy", "chứng", "nhận", "khuyến", "quyết", "định", "gì", "giêng", "nghiêng", "Nguyễn", "Thùy", "Hiếu",
        "TRƯỞNG", "ĐỐC", "khoa", "ngoằn", "a", "ơ", "y", "phãm", "QUẢN", "LÝ", "oanh", "uống", "thuở"})
    void vietnameseSyllablesPass(String word) {
        assertThat(VietnameseSyllable.isSyllable(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xgọc", "PHỤLỤC", "ThịHằng", "z", "l", "P", "2À", "Thi@", "PEH", "SÂNN", "bc", "ĐKKDD",
        "CURCUMIN", "mì̀", "hộpp", "tiêt", "cáchh", ""})
    void otherShapesFail(String word) {
        assertThat(VietnameseSyllable.isSyllable(word)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mát", "mạt", "hoạch", "tiếp"})
    void closedRhymesTakeSacOrNang(String word) {
        assertThat(VietnameseSyllable.isSyllable(word)).isTrue();
        String withHuyen = java.text.Normalizer.normalize(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
            .replaceAll("[\u0301\u0323]", "\u0300"), java.text.Normalizer.Form.NFC);
        assertThat(VietnameseSyllable.isSyllable(withHuyen)).as(withHuyen).isFalse();
    }
}
