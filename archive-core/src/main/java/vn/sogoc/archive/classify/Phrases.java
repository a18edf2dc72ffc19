package vn.sogoc.archive.classify;

import java.util.regex.Pattern;

/** Builds OCR-tolerant regular expressions for folded phrases. */
final class Phrases {

    private Phrases() { }

    /**
     * A regex source matching the folded {@code phrase} where OCR may have split a word (one optional
     * space between letters) or run words together (optional spaces between words); "/" and "," may be
     * surrounded by spaces.
     */
    static String loose(String phrase) {
        StringBuilder b = new StringBuilder();
        String p = phrase.strip();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == ' ') {
                b.append("[ \\t]*");
            } else if (Character.isLetterOrDigit(c)) {
                b.append(Pattern.quote(String.valueOf(c)));
                if (i + 1 < p.length() && Character.isLetterOrDigit(p.charAt(i + 1))) b.append(" ?");
            } else {
                b.append("[ \\t]*").append(Pattern.quote(String.valueOf(c))).append("?[ \\t]*");
            }
        }
        return b.toString();
    }
}
