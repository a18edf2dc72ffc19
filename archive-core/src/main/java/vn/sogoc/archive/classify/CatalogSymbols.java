package vn.sogoc.archive.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the catalog's number patterns ({@code NNNN/YYYY/ATTP-CNĐK; NNNN/YYYY/ĐKSP}) say about symbols:
 * the printed spelling of each symbol group (to restore Đ that OCR read as D), the groups that only
 * one type uses (distinctive evidence, e.g. CNĐK, CCHN, GPP), and a structural regex per type where a
 * group that varies between a type's patterns (BYT/HCM/HNO: the issuing authority) matches any code.
 * Groups are compared folded and upper-cased (Đ→D).
 */
final class CatalogSymbols {

    private static final Pattern PLACEHOLDER = Pattern.compile("[NY]+");

    private final Map<String, String> printed = new HashMap<>();
    private final Map<String, Set<String>> distinctive = new LinkedHashMap<>();
    private final Map<String, List<Pattern>> structures = new LinkedHashMap<>();

    CatalogSymbols(ResultTypeCatalog catalog) {
        Map<String, Set<String>> literals = new LinkedHashMap<>();
        Map<String, Set<String>> authority = new HashMap<>();
        for (ResultType type : catalog.types()) {
            List<List<String>> shapes = new ArrayList<>();
            Set<String> own = new LinkedHashSet<>();
            for (String pattern : patterns(type)) {
                List<String> tokens = tokens(pattern);
                shapes.add(tokens);
                for (String token : tokens) {
                    if (isGroup(token)) {
                        own.add(key(token));
                        printed.putIfAbsent(key(token), AlignedText.upper(token));
                    }
                }
            }
            Set<String> varying = varyingGroups(shapes);
            literals.put(type.code(), own);
            authority.put(type.code(), varying);
            List<Pattern> regexes = new ArrayList<>();
            for (List<String> shape : shapes) regexes.add(structure(shape, varying));
            structures.put(type.code(), regexes);
        }
        for (Map.Entry<String, Set<String>> e : literals.entrySet()) {
            Set<String> mine = new LinkedHashSet<>(e.getValue());
            mine.removeAll(authority.get(e.getKey()));
            for (Map.Entry<String, Set<String>> other : literals.entrySet()) {
                if (!other.getKey().equals(e.getKey())) mine.removeAll(other.getValue());
            }
            distinctive.put(e.getKey(), Collections.unmodifiableSet(mine));
        }
    }

    static List<String> patterns(ResultType type) {
        List<String> out = new ArrayList<>();
        if (type.numberPattern() == null) return out;
        for (String p : type.numberPattern().split("[;,]")) {
            if (!p.isBlank()) out.add(p.strip().replaceAll("\\s+", ""));
        }
        return out;
    }

    /** Pattern split into groups and separators. */
    private static List<String> tokens(String pattern) {
        List<String> out = new ArrayList<>();
        var m = Pattern.compile("[^/-]+|[/-]").matcher(pattern);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static boolean isGroup(String token) {
        return !token.equals("/") && !token.equals("-") && !PLACEHOLDER.matcher(token).matches()
                && token.chars().anyMatch(Character::isLetter);
    }

    /** Groups at positions where patterns of the same shape disagree (authority codes). */
    private static Set<String> varyingGroups(List<List<String>> shapes) {
        Set<String> out = new HashSet<>();
        for (int a = 0; a < shapes.size(); a++) {
            for (int b = a + 1; b < shapes.size(); b++) {
                List<String> x = shapes.get(a);
                List<String> y = shapes.get(b);
                if (x.size() != y.size()) continue;
                for (int i = 0; i < x.size(); i++) {
                    if (isGroup(x.get(i)) && isGroup(y.get(i)) && !key(x.get(i)).equals(key(y.get(i)))) {
                        out.add(key(x.get(i)));
                        out.add(key(y.get(i)));
                    }
                }
            }
        }
        return out;
    }

    private static Pattern structure(List<String> shape, Set<String> varying) {
        StringBuilder b = new StringBuilder("^");
        for (String token : shape) {
            if (token.equals("/") || token.equals("-")) {
                b.append(token);
            } else if (PLACEHOLDER.matcher(token).matches()) {
                b.append(token.startsWith("Y") ? "(?:\\d{2}|\\d{4})" : "\\d{1,8}");
            } else if (varying.contains(key(token))) {
                b.append("[A-Z]{2,6}");
            } else {
                b.append(Pattern.quote(key(token)));
            }
        }
        return Pattern.compile(b.append('$').toString());
    }

    /** Folded, upper-case form of a symbol group or number: Đ→D. */
    static String key(String s) {
        return AlignedText.fold(s).toUpperCase(Locale.ROOT);
    }

    /** Folded group → printed spelling, for restoring Đ in OCR'd numbers. */
    Map<String, String> printedGroups() { return Collections.unmodifiableMap(printed); }

    /** Groups only {@code typeCode} uses, folded. */
    Set<String> distinctive(String typeCode) { return distinctive.getOrDefault(typeCode, Set.of()); }

    /** True when the number has one of the type's printed shapes. */
    boolean fitsStructure(String typeCode, String number) {
        String k = key(number);
        for (Pattern p : structures.getOrDefault(typeCode, List.of())) {
            if (p.matcher(k).matches()) return true;
        }
        return false;
    }

    /** The symbol groups (with a letter) of a number, folded. */
    static List<String> groups(String number) {
        List<String> out = new ArrayList<>();
        for (String g : key(number).split("[/-]")) {
            if (g.chars().anyMatch(Character::isLetter)) out.add(g);
        }
        return out;
    }
}
