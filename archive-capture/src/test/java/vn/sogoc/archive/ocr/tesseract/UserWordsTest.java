package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.classify.TestCatalog;

class UserWordsTest {

    @Test
    void theFormsPhrasesAndTheCatalogsWordsAsWrittenAndInCapitals() {
        var words = UserWords.words(TestCatalog.load());
        assertThat(words).contains("CỘNG", "Độc", "Hạnh", "Số:", "KT.", "TRƯỞNG", "Nơi", "nhận:")
            .contains("thực", "THỰC", "phẩm", "PHẨM", "Dược", "DƯỢC", "GPP")        // from the catalog
            .doesNotContain("-", "", "(GPP)", "tế;")
            .allSatisfy(w -> assertThat(w).doesNotContainAnyWhitespaces());
    }

    @Test
    void withoutACatalogTheFixedPhrasesAlone() {
        assertThat(UserWords.words(null)).contains("NGHĨA", "phúc", "GIÁM", "ĐỐC").doesNotContain("PHẨM");
    }

    @Test
    void theConfigFileNamesAFileOfTheWordsOneALine() throws Exception {
        String config = Files.readString(UserWords.configFile(), StandardCharsets.UTF_8);
        assertThat(config).startsWith("user_words_file ");
        Path words = Path.of(config.substring("user_words_file ".length()).strip());
        assertThat(Files.readAllLines(words, StandardCharsets.UTF_8)).contains("TRƯỞNG", "Độc").hasSizeGreaterThan(20);
        assertThat(UserWords.configFile()).as("written once").isEqualTo(UserWords.configFile());
    }
}
