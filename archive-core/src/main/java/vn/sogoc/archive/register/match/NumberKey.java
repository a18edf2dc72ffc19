package vn.sogoc.archive.register.match;

import vn.sogoc.archive.text.VietnameseText;

/**
 * The comparison key of a number and symbol: accents folded (Đ/Ð→D), upper case, spaces removed, dash
 * look-alikes as "-", and in groups that are mostly digits the OCR look-alikes mapped to digits
 * (O/Q/D→0, I/L/J/|/!→1, Z→2, S→5, G→6, B→8). {@code 8390 / 2O21/ATTP- CNĐK} and
 * {@code 8390/2021/ATTP-CNDK} have the same key.
 */
public final class NumberKey {

    private NumberKey() { }

    public static String of(String number) {
        if (number == null) return "";
        String folded = VietnameseText.fold(number.replace('Ð', 'D').replace('ð', 'd')).toUpperCase(java.util.Locale.ROOT);
        StringBuilder plain = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) continue;
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') c = '-';
            if (c == '\u2044' || c == '\u2215' || c == '\\') c = '/';
            plain.append(c);
        }
        StringBuilder out = new StringBuilder(plain.length());
        int start = 0;
        for (int i = 0; i <= plain.length(); i++) {
            if (i == plain.length() || plain.charAt(i) == '/' || plain.charAt(i) == '-') {
                out.append(group(plain.substring(start, i)));
                if (i < plain.length()) out.append(plain.charAt(i));
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static String group(String g) {
        long digits = g.chars().filter(Character::isDigit).count();
        if (digits == 0 || digits * 2 < g.length()) return g;
        StringBuilder b = new StringBuilder(g.length());
        for (char c : g.toCharArray()) {
            b.append(switch (c) {
                case 'O', 'Q', 'D' -> '0';
                case 'I', 'L', 'J', '|', '!' -> '1';
                case 'Z' -> '2';
                case 'S' -> '5';
                case 'G' -> '6';
                case 'B' -> '8';
                default -> c;
            });
        }
        return b.toString();
    }

    /** The digits of a key, in order. */
    static String digits(String key) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '0' && c <= '9') b.append(c);
        }
        return b.toString();
    }
}
