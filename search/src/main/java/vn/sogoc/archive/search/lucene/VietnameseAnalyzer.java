package vn.sogoc.archive.search.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzer for Vietnamese text: {@code StandardTokenizer} + {@code LowerCaseFilter}, then, in the
 * folding variant, {@code ASCIIFoldingFilter} (which removes all Vietnamese diacritics and maps đ/Đ to d).
 * Input is expected in NFC ({@link KeywordNormalizer#nfc}); the tokenizer does not compose accents.
 * Both variants produce the same tokens at the same positions, only their spelling differs.
 */
public final class VietnameseAnalyzer extends Analyzer {

    private final boolean folding;

    private VietnameseAnalyzer(boolean folding) {
        this.folding = folding;
    }

    /** Lower case, diacritics removed: "Đặng Hữu Dũng" → dang, huu, dung. */
    public static VietnameseAnalyzer folding() {
        return new VietnameseAnalyzer(true);
    }

    /** Lower case, diacritics kept: "Đặng Hữu Dũng" → đặng, hữu, dũng. */
    public static VietnameseAnalyzer accented() {
        return new VietnameseAnalyzer(false);
    }

    /** The analyzer of the index writer: folding everywhere except {@link SearchFields#ALL_ACCENTED}. */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(folding(), Map.of(SearchFields.ALL_ACCENTED, accented()));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        if (folding) stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        return folding ? new ASCIIFoldingFilter(stream) : stream;
    }
}
