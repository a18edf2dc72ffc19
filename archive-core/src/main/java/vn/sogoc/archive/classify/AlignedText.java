package vn.sogoc.archive.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text and its folded form (no diacritics, đ/Đ/Ð→d, lower case) of exactly the same length, so that
 * a pattern found in the folded text gives the original, accented span at the same offsets. Same
 * folding as {@code VietnameseText.fold} except that white space is kept as is.
 */
final class AlignedText {

    private static final char[] TABLE = new char[0x2000];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            String nfd = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char base = nfd.isEmpty() ? (char) c : nfd.charAt(0);
            if (base == 'đ' || base == 'Đ' || base == 'ð' || base == 'Ð') base = 'd';
            TABLE[c] = Character.toLowerCase(base);
        }
    }

    final String original;
    final String folded;

    AlignedText(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder o = new StringBuilder(nfc.length());
        StringBuilder f = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            c = unify(c);
            o.append(c);
            f.append(foldChar(c));
        }
        this.original = o.toString();
        this.folded = f.toString();
    }

    /** Dash, slash and space look-alikes that OCR produces, mapped to their plain forms. */
    static char unify(char c) {
        switch (c) {
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212': case '\u00AD':
                return '-';
            case '\u2044': case '\u2215': case '\uFF0F':
                return '/';
            case '\u00A0': case '\u2007': case '\u202F': case '\t': case '\f':
                return ' ';
            case '\uFF1A':
                return ':';
            default:
                return c;
        }
    }

    static char foldChar(char c) {
        if (c < TABLE.length) return TABLE[c];
        return Character.toLowerCase(c);
    }

    /** Folds a short string the same way (keeps length). */
    static String fold(String s) {
        return new AlignedText(s).folded;
    }

    /** Start offsets of every line (after each '\n'), beginning with 0. */
    List<int[]> lines() {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= original.length(); i++) {
            if (i == original.length() || original.charAt(i) == '\n' || original.charAt(i) == '\r') {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return out;
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
