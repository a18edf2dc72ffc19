package vn.sogoc.archive.text;

import java.text.Normalizer;
import java.util.Locale;

/** Folding of Vietnamese text for tolerant comparison: no diacritics, đ→d, lower case, single spaces. */
public final class VietnameseText {

    private VietnameseText() { }

    public static String fold(String s) {
        if (s == null) return "";
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == 'đ') c = 'd';
            else if (c == 'Đ') c = 'D';
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
