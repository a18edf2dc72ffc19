package vn.sogoc.archive.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Plain user text, taken apart: never Lucene syntax, so quotes, brackets, colons, {@code *} and
 * {@code AND} are ordinary characters or words. Words come from the same analyzers as the index;
 * pieces containing a digit are also kept whole as candidate codes (number and symbol, register number).
 *
 * @param folded   query words, folded (no diacritics), at most {@link #MAX_TERMS}
 * @param accented the same words, accents kept, same order and size
 * @param codes    normalized candidate codes ({@link KeywordNormalizer#code}), at most {@link #MAX_CODES}
 */
record ParsedQuery(List<String> folded, List<String> accented, List<String> codes) {

    /** Characters of a query that are looked at; the rest is ignored. */
    static final int MAX_CHARS = 1_000;
    static final int MAX_TERMS = 24;
    static final int MAX_CODES = 8;

    boolean isEmpty() {
        return folded.isEmpty() && codes.isEmpty();
    }

    static ParsedQuery parse(String raw, Analyzer folding, Analyzer accented) {
        if (raw == null || raw.isBlank()) return new ParsedQuery(List.of(), List.of(), List.of());
        String text = KeywordNormalizer.nfc(truncate(raw.strip()));
        List<String> f = tokens(folding, text);
        List<String> a = tokens(accented, text);
        if (a.size() != f.size()) a = f; // cannot happen with the two variants, but never misalign
        return new ParsedQuery(List.copyOf(f), List.copyOf(a), codes(text));
    }

    private static String truncate(String s) {
        if (s.length() <= MAX_CHARS) return s;
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(SearchFields.ALL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (out.size() < MAX_TERMS && ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    /** Each white-space separated piece with a digit, and the whole query if it has one, normalized. */
    private static List<String> codes(String text) {
        Set<String> out = new LinkedHashSet<>();
        String[] pieces = text.split("\\s+");
        if (pieces.length > 1 && pieces.length <= 4 && hasDigit(text)) out.add(KeywordNormalizer.code(strip(text)));
        for (String piece : pieces) {
            if (out.size() >= MAX_CODES) break;
            String p = strip(piece);
            if (p.length() >= 2 && hasDigit(p)) out.add(KeywordNormalizer.code(p));
        }
        out.remove("");
        return List.copyOf(out);
    }

    /** Removes quotes, brackets and trailing punctuation around a piece: {@code "(123/QĐ-BYT)."} → {@code 123/QĐ-BYT}. */
    private static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && !Character.isLetterOrDigit(s.charAt(b))) b++;
        while (e > b && !Character.isLetterOrDigit(s.charAt(e - 1))) e--;
        return s.substring(b, e);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }
}
