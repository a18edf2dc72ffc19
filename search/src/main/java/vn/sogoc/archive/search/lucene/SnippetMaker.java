package vn.sogoc.archive.search.lucene;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/**
 * Snippets of the original (accented) text with the matched words marked {@code «…»}; adjacent marked
 * words are merged ({@code «an toàn thực phẩm»}); white space (line breaks of OCR text) becomes single
 * spaces. Plain text, not HTML: nothing is escaped.
 * The stored text is re-analyzed with the folding analyzer, so an unaccented query marks accented words.
 * When the text has no match (e.g. only the holder name matched, fuzzily), the snippet is the type
 * title and holder name, marked where they match; with no match at all, the start of the text.
 * One instance per search (the highlighter is not shared between threads).
 */
final class SnippetMaker {

    static final String OPEN = "«";
    static final String CLOSE = "»";
    static final int FRAGMENT_CHARS = 120;
    static final int MAX_FRAGMENTS = 2;
    private static final Pattern ADJACENT = Pattern.compile(CLOSE + "(\\s+)" + OPEN);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Analyzer analyzer;
    private final Highlighter textHighlighter;
    private final Highlighter holderHighlighter;
    private final Highlighter titleHighlighter;

    /**
     * @param query the search query, rewritten against the searcher ({@code IndexSearcher#rewrite}) so
     *              that fuzzy words are the concrete index terms they matched; words are scored as terms
     *              (no span or MemoryIndex work per hit)
     */
    SnippetMaker(Query query, Analyzer foldingAnalyzer) {
        this.analyzer = foldingAnalyzer;
        SimpleHTMLFormatter marks = new SimpleHTMLFormatter(OPEN, CLOSE);
        textHighlighter = new Highlighter(marks, new QueryTermScorer(query, SearchFields.ALL));
        textHighlighter.setTextFragmenter(new SimpleFragmenter(FRAGMENT_CHARS));
        titleHighlighter = new Highlighter(marks, new QueryTermScorer(query, SearchFields.ALL));
        titleHighlighter.setTextFragmenter(new NullFragmenter());
        holderHighlighter = new Highlighter(marks, new QueryTermScorer(query, SearchFields.HOLDER));
        holderHighlighter.setTextFragmenter(new NullFragmenter());
    }

    String snippet(String text, String typeTitle, String holderName) {
        String fromText = fragments(textHighlighter, SearchFields.ALL, text);
        if (fromText != null) return fromText;
        String title = whole(titleHighlighter, SearchFields.ALL, typeTitle);
        String holder = whole(holderHighlighter, SearchFields.HOLDER, holderName);
        if (title.contains(OPEN) || holder.contains(OPEN)) {
            return title.isEmpty() ? holder : holder.isEmpty() ? title : title + " · " + holder;
        }
        String plain = SPACES.matcher(text == null || text.isBlank() ? title : text).replaceAll(" ").strip();
        return plain.length() <= FRAGMENT_CHARS ? plain : plain.substring(0, FRAGMENT_CHARS) + "…";
    }

    private String fragments(Highlighter h, String field, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            String[] parts = h.getBestFragments(analyzer, field, text, MAX_FRAGMENTS);
            if (parts.length == 0) return null;
            return merge(String.join(" … ", parts).strip());
        } catch (IOException | InvalidTokenOffsetsException e) {
            return null;
        }
    }

    private String whole(Highlighter h, String field, String text) {
        if (text == null || text.isBlank()) return "";
        try {
            String marked = h.getBestFragment(analyzer, field, text);
            return marked == null ? text : merge(marked);
        } catch (IOException | InvalidTokenOffsetsException e) {
            return text;
        }
    }

    private static String merge(String s) {
        return ADJACENT.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("$1");
    }
}
