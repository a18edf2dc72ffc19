package vn.sogoc.archive.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a result's number and symbol (số và ký hiệu, e.g. {@code 8390/2021/ATTP-CNĐK}) from OCR'd text
 * and normalises it to the printed form: spaces around "/" and "-" removed, O→0 and l/I→1 inside the
 * numeric part, symbol upper-cased with Ð (eth) read as Đ. Thread-safe, stateless.
 */
public final class NumberSymbols {

    /**
     * The printed form (Decree 30/2020 Appendix I, widened for sector results): a number, an optional
     * year or other numeric group, then upper-case symbol groups joined by "-" or "/".
     */
    public static final Pattern PRINTED = Pattern.compile(
            "^\\d{1,8}(?:/\\d{2}|/\\d{4})?/[A-ZĐ0-9]+(?:[-/][A-ZĐ0-9]+)*$");

    private static final String DIGITISH = "0-9OoIl|";
    private static final String SYMBOL = "A-Za-z0-9ĐđÐð";
    /** A token: digit groups joined by "/", then symbol groups; ends at a word boundary. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}/-])([" + DIGITISH + "]+(?:/[" + DIGITISH + "]+)*)/([" + SYMBOL + "]+(?:[-/][" + SYMBOL
                    + "]+)*)(?![\\p{L}\\p{N}])");
    private static final Pattern SEPARATOR_SPACES = Pattern.compile("[ \\t]*([/-])[ \\t]*");
    /** "Số:" and its OCR readings (So:, Sô:, S6:, S0., missing colon), on folded text. */
    private static final Pattern LABEL = Pattern.compile("(?<![a-z0-9])s ?[o06](?![a-z0-9])[ \\t]*([:.;,]?)[ \\t]*");

    private NumberSymbols() { }

    /**
     * The number after the "Số:" label of the document's header: the first label at the start of a
     * line or followed by a colon whose text parses as a number and symbol. Body references such as
     * "Nghị định số 15/2018/NĐ-CP" (lower case, mid-sentence, no colon) are not taken.
     *
     * @param knownGroups folded symbol group → printed spelling (e.g. CNDK → CNĐK), may be empty
     */
    public static Optional<String> findLabelled(String text, Map<String, String> knownGroups) {
        Labelled found = findLabelled(new AlignedText(text), knownGroups);
        return found == null ? Optional.empty() : Optional.of(found.number());
    }

    /** A number found after the "Số:" label, the line index it is on and where the label starts. */
    record Labelled(String number, int line, int labelStart) { }

    static Labelled findLabelled(AlignedText t, Map<String, String> knownGroups) {
        List<int[]> lines = t.lines();
        for (int i = 0; i < lines.size(); i++) {
            int[] line = lines.get(i);
            String folded = t.folded.substring(line[0], line[1]);
            Matcher m = LABEL.matcher(folded);
            while (m.find()) {
                String before = folded.substring(0, m.start()).strip();
                boolean colon = !m.group(1).isEmpty();
                boolean capital = Character.isUpperCase(t.original.charAt(line[0] + m.start()));
                if (!(before.isEmpty() || (colon && capital) || endsWithBreak(before))) continue;
                String tail = t.original.substring(line[0] + m.end(), line[1]);
                if (tail.isBlank()) tail = nextLine(t, line[1]);
                Optional<String> number = readAtStart(tail, knownGroups);
                if (number.isPresent()) return new Labelled(number.get(), i, line[0] + m.start());
            }
        }
        return null;
    }

    private static boolean endsWithBreak(String before) {
        if (before.isEmpty()) return false;
        char last = before.charAt(before.length() - 1);
        return last == '|' || last == ']' || last == ')' || before.endsWith("   ");
    }

    private static String nextLine(AlignedText t, int end) {
        int start = end + 1;
        if (start >= t.original.length()) return "";
        int stop = t.original.indexOf('\n', start);
        return t.original.substring(start, stop < 0 ? t.original.length() : stop);
    }

    /** The number and symbol that starts {@code tail} (leading spaces allowed), normalised. */
    static Optional<String> readAtStart(String tail, Map<String, String> knownGroups) {
        String compact = SEPARATOR_SPACES.matcher(tail.strip()).replaceAll("$1");
        Matcher m = TOKEN.matcher(compact);
        if (!m.lookingAt()) return Optional.empty();
        return normalize(m.group(1), m.group(2), knownGroups);
    }

    /** Every number-and-symbol token anywhere in the text, normalised, in order of appearance, distinct. */
    public static List<String> findAll(String text, Map<String, String> knownGroups) {
        Set<String> out = new LinkedHashSet<>();
        AlignedText t = new AlignedText(text);
        for (int[] line : t.lines()) {
            String compact = SEPARATOR_SPACES.matcher(t.original.substring(line[0], line[1])).replaceAll("$1");
            Matcher m = TOKEN.matcher(compact);
            while (m.find()) normalize(m.group(1), m.group(2), knownGroups).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    /** Normalises a raw number and symbol as read (spaces, O/0, l/1, Ð); empty when it is not one. */
    public static Optional<String> normalize(String raw, Map<String, String> knownGroups) {
        if (raw == null) return Optional.empty();
        StringBuilder b = new StringBuilder();
        for (char c : raw.toCharArray()) b.append(AlignedText.unify(c));
        return readAtStart(b.toString(), knownGroups);
    }

    private static Optional<String> normalize(String numeric, String symbol, Map<String, String> knownGroups) {
        String[] parts = numeric.split("/");
        if (parts[0].chars().noneMatch(Character::isDigit)) return Optional.empty();
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (b.length() > 0) b.append('/');
            for (char c : part.toCharArray()) b.append(digit(c));
        }
        boolean letter = false;
        StringBuilder s = new StringBuilder();
        Matcher g = Pattern.compile("[^-/]+|[-/]").matcher(symbol);
        while (g.find()) {
            String group = g.group();
            if (group.equals("-") || group.equals("/")) {
                s.append(group);
                continue;
            }
            String up = group.toUpperCase(Locale.ROOT).replace('Ð', 'Đ');
            long letters = up.chars().filter(Character::isLetter).count();
            if (letters >= 2) up = up.replace('0', 'O');
            if (letters > 0) letter = true;
            String known = knownGroups.get(AlignedText.upper(AlignedText.fold(up)));
            s.append(known != null && known.length() == up.length() ? known : up);
        }
        if (!letter) return Optional.empty();
        String number = b + "/" + s;
        return PRINTED.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }

    private static char digit(char c) {
        return switch (c) {
            case 'O', 'o' -> '0';
            case 'I', 'l', '|' -> '1';
            default -> c;
        };
    }

    /** True when {@code number} has the printed form {@link #PRINTED}. */
    public static boolean isWellFormed(String number) {
        return number != null && PRINTED.matcher(number).matches();
    }
}
