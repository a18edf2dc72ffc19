package vn.sogoc.archive.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

    static List<String> tokens(Analyzer a, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }

    @Test
    void asciiFoldingRemovesEveryVietnameseDiacriticAndMapsDStroke() throws Exception {
        assertThat(tokens(VietnameseAnalyzer.folding(), "Đủ điều kiện … Đặng Hữu Dũng"))
                .containsExactly("du", "dieu", "kien", "dang", "huu", "dung");
        String all = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
        String folded = String.join("", tokens(VietnameseAnalyzer.folding(), all));
        assertThat(folded).matches("[a-z]+").hasSize(all.length());
        assertThat(tokens(VietnameseAnalyzer.folding(), all.toUpperCase()))
                .containsExactly(folded);
    }

    @Test
    void accentedVariantKeepsAccentsAndLowerCases() throws Exception {
        assertThat(tokens(VietnameseAnalyzer.accented(), "Đặng Hữu DŨNG")).containsExactly("đặng", "hữu", "dũng");
    }

    @Test
    void numbersAndSymbolsSplitIntoWordsButNormalizeAsOneCode() throws Exception {
        assertThat(tokens(VietnameseAnalyzer.folding(), "8390/2021/ATTP-CNĐK"))
                .containsExactly("8390", "2021", "attp", "cndk");
        assertThat(KeywordNormalizer.code("8390/2021/attp-cnđk")).isEqualTo("8390/2021/ATTP-CNDK");
        assertThat(KeywordNormalizer.code(" 8390/2021/ATTP - CNĐK ")).isEqualTo("8390/2021/ATTP-CNDK");
    }
}
