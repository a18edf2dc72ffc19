package vn.sogoc.archive.classify;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the issue date from the place-and-date line ("Hà Nội, ngày 26 tháng 9 năm 2021") and the
 * printed expiry ("có hiệu lực đến ngày 25/09/2024", "có giá trị đến ngày …", "hiệu lực đến hết ngày …",
 * also in the "ngày … tháng … năm …" form). Works on folded text; impossible dates are skipped.
 */
final class DateReader {

    private static final String D = "[0-9oil|]";
    private static final String DAY = "(" + D + " ?" + D + "?)";
    private static final String YEAR = "(" + D + " ?" + D + " ?" + D + " ?" + D + ")";
    private static final String WORDS_TAIL = "[ \\t]*[.,:]?[ \\t]*" + Phrases.loose("thang") + "[ \\t]*[.,:]?[ \\t]*" + DAY
            + "[ \\t]*[.,]?[ \\t]*" + Phrases.loose("nam") + "[ \\t]*[.,:]?[ \\t]*" + YEAR + "(?![0-9])";
    /** ngày dd tháng mm năm yyyy */
    private static final Pattern WORDS = Pattern.compile(
            "(?<![a-z])" + Phrases.loose("ngay") + "[ \\t]*[.,:]?[ \\t]*" + DAY + WORDS_TAIL);
    /** dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9])" + DAY + "[ \\t]*[/.-][ \\t]*" + DAY + "[ \\t]*[/.-][ \\t]*" + YEAR + "(?![0-9])");
    private static final Pattern EXPIRY_LABEL = Pattern.compile(
            "(?:" + Phrases.loose("hieu luc") + "|" + Phrases.loose("gia tri") + "|" + Phrases.loose("thoi han") + ")"
                    + "(?:[ \\t]*" + Phrases.loose("su dung") + ")?[ \\t]*(?:" + Phrases.loose("den") + "|"
                    + Phrases.loose("toi") + ")(?:[ \\t]*" + Phrases.loose("het") + ")?[ \\t]*[:.]?[ \\t]*(?:"
                    + Phrases.loose("ngay") + ")?[ \\t]*[:.]?[ \\t]*");
    private static final Pattern ISSUE_LABEL = Pattern.compile(
            "(?<![a-z])(?:" + Phrases.loose("ngay cap") + "|" + Phrases.loose("cap ngay") + ")[ \\t]*[:.]?[ \\t]*");
    private static final List<String> NOT_A_PLACE = List.of("hieu luc", "gia tri", "thoi han", "den", "tu", "sinh",
            "ky", "can cu", "cap", "het", "truoc", "sau");

    private DateReader() { }

    static LocalDate issueDate(AlignedText t) {
        String f = t.folded;
        Matcher m = WORDS.matcher(f);
        while (m.find()) {
            if (isPlaceLine(f, m.start())) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) return d;
            }
        }
        Matcher label = ISSUE_LABEL.matcher(f);
        while (label.find()) {
            LocalDate d = dateAt(f, label.end());
            if (d != null) return d;
        }
        return null;
    }

    static LocalDate expiry(AlignedText t) {
        Matcher label = EXPIRY_LABEL.matcher(t.folded);
        while (label.find()) {
            LocalDate d = dateAt(t.folded, label.end());
            if (d != null) return d;
        }
        return null;
    }

    /** A date starting at {@code from}: numeric, "ngày d tháng m năm y" or "d tháng m năm y". */
    private static LocalDate dateAt(String f, int from) {
        String rest = f.substring(from, Math.min(f.length(), from + 60));
        Matcher n = NUMERIC.matcher(rest);
        if (n.lookingAt()) return date(n.group(1), n.group(2), n.group(3));
        Matcher w = WORDS.matcher(rest);
        if (w.lookingAt()) return date(w.group(1), w.group(2), w.group(3));
        Matcher bare = Pattern.compile(DAY + WORDS_TAIL).matcher(rest);
        if (bare.lookingAt()) return date(bare.group(1), bare.group(2), bare.group(3));
        return null;
    }

    /**
     * The place-and-date line: text before "ngày" on the same line ends with a comma, or is a short
     * run of words without digits that is not an expiry, birth or legal-basis phrase.
     */
    private static boolean isPlaceLine(String f, int start) {
        int lineStart = f.lastIndexOf('\n', start - 1) + 1;
        String before = f.substring(lineStart, start).strip();
        if (before.endsWith(",")) return true;
        if (before.isEmpty() || before.matches(".*[0-9].*")) return false;
        String words = " " + before.replaceAll("[^a-z]+", " ").strip() + " ";
        if (words.strip().split(" ").length > 6) return false;
        for (String bad : NOT_A_PLACE) {
            if (words.contains(" " + bad + " ")) return false;
        }
        return true;
    }

    static LocalDate date(String day, String month, String year) {
        try {
            int y = number(year);
            if (y < 1945 || y > 2100) return null;
            return LocalDate.of(y, number(month), number(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int number(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case 'o' -> b.append('0');
                case 'i', 'l', '|' -> b.append('1');
                case ' ' -> { }
                default -> b.append(c);
            }
        }
        return Integer.parseInt(b.toString());
    }
}
