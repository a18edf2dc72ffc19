package vn.sogoc.archive.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the holder (tên tổ chức, cá nhân được cấp) after labels such as "Tên cơ sở:", "Họ và tên:",
 * "Ông/Bà:", and the holder id: a 10-digit enterprise/tax code (optional "-NNN" branch) or a 12-digit
 * citizen id after "Mã số doanh nghiệp", "Mã số thuế", "Số CCCD", … or standing alone near the holder.
 * Labels are matched on folded text; values are returned as printed (accents and case kept).
 */
final class HolderReader {

    /** Labels whose colon may be lost by OCR (specific enough on their own). */
    private static final List<String> NAME_LABELS = List.of(
            "ten to chuc, ca nhan chiu trach nhiem dua san pham ra thi truong",
            "ten to chuc ca nhan chiu trach nhiem dua san pham ra thi truong",
            "ten co so kinh doanh", "ten co so", "ten doanh nghiep", "ten to chuc", "ten nha thuoc",
            "ten quay thuoc", "ten nguoi hanh nghe", "ho va ten", "ho ten", "ong/ba", "ong / ba", "ong (ba)",
            "ba/ong");
    /** Labels that are common words too, so a colon is required. */
    private static final List<String> COLON_LABELS = List.of("co so", "chung nhan", "cap cho", "cap cho ong/ba",
            "ten", "to chuc", "doanh nghiep", "nha thuoc");
    private static final List<String> ID_LABELS = List.of(
            "ma so doanh nghiep", "ma so thue", "ma so dn", "msdn", "mst", "so dinh danh ca nhan", "so dinh danh",
            "cmnd/cccd", "cccd/cmnd", "so cccd", "so cmnd", "cccd", "cmnd", "can cuoc cong dan so", "can cuoc so",
            "giay chung nhan dang ky doanh nghiep so", "giay chung nhan dang ky kinh doanh so",
            "dang ky doanh nghiep so");
    /** Where a holder value ends when OCR merged the next field onto its line. */
    private static final Pattern VALUE_STOP = Pattern.compile(
            "(?:[ \\t,;]|^)(?:" + String.join("|", List.of(Phrases.loose("dia chi"), Phrases.loose("ma so"),
                    Phrases.loose("msdn"), "mst", Phrases.loose("so cccd"), "cccd", "cmnd",
                    Phrases.loose("so dinh danh"), Phrases.loose("ngay sinh"), Phrases.loose("dien thoai"),
                    Phrases.loose("sinh ngay"), Phrases.loose("quoc tich"), "dt:", "tel", "fax", "email"))
                    + ")(?![a-z])");
    private static final Pattern PHONE_LINE = Pattern.compile(
            "(?:" + Phrases.loose("dien thoai") + "|(?<![a-z])(?:dt|dtdd|tel|fax|hotline)(?![a-z]))");
    private static final Pattern STANDALONE_ID = Pattern.compile(
            "(?<![0-9/.-])([0-9]{10}|[0-9]{12})(?:[ \\t]*-[ \\t]*([0-9]{3}))?(?![0-9/])");

    private final List<Pattern> nameLabels = new ArrayList<>();
    private final List<Pattern> idLabels = new ArrayList<>();

    HolderReader() {
        List<String> all = new ArrayList<>(NAME_LABELS);
        all.sort(Comparator.comparingInt(String::length).reversed());
        for (String l : all) {
            nameLabels.add(Pattern.compile("^[ \\t\\-•*+.0-9)]*" + Phrases.loose(l) + "[ \\t]*[:.;]?[ \\t]*"));
        }
        List<String> colon = new ArrayList<>(COLON_LABELS);
        colon.sort(Comparator.comparingInt(String::length).reversed());
        for (String l : colon) {
            nameLabels.add(Pattern.compile("^[ \\t\\-•*+.0-9)]*" + Phrases.loose(l) + "[ \\t]*[:;][ \\t]*"));
        }
        List<String> ids = new ArrayList<>(ID_LABELS);
        ids.sort(Comparator.comparingInt(String::length).reversed());
        for (String l : ids) idLabels.add(Pattern.compile("(?<![a-z])" + Phrases.loose(l) + "(?![a-z])"));
    }

    /** Holder name and the line index it was found on. */
    record Name(String value, int line) { }

    Name name(AlignedText t) {
        List<int[]> lines = t.lines();
        for (int i = 0; i < lines.size(); i++) {
            int[] line = lines.get(i);
            String folded = t.folded.substring(line[0], line[1]);
            for (Pattern label : nameLabels) {
                Matcher m = label.matcher(folded);
                if (!m.lookingAt()) continue;
                int from = line[0] + m.end();
                if (!m.group().contains(":")) {
                    // a longer label ("Tên cơ sở khám bệnh, chữa bệnh:"): the value follows its colon
                    int colon = t.original.indexOf(':', from);
                    if (colon >= 0 && colon < line[1] && colon - from <= 60) from = colon + 1;
                }
                String value = cut(t, from, line[1]);
                if (value.isEmpty() && i + 1 < lines.size()) {
                    int[] next = lines.get(i + 1);
                    if (startsWithLabel(t.folded.substring(next[0], next[1]))) break;
                    value = cut(t, next[0], next[1]);
                }
                if (plausibleName(value)) return new Name(value, i);
                break;
            }
        }
        return null;
    }

    private boolean startsWithLabel(String folded) {
        for (Pattern label : nameLabels) {
            if (label.matcher(folded).lookingAt()) return true;
        }
        return false;
    }

    private static String cut(AlignedText t, int from, int to) {
        String folded = t.folded.substring(from, to);
        Matcher stop = VALUE_STOP.matcher(folded);
        int end = stop.find() ? stop.start() : folded.length();
        String value = t.original.substring(from, from + end);
        return AlignedText.squeeze(value).replaceAll("^[:;.,\\-\\s]+|[:;.,\\-\\s]+$", "");
    }

    private static boolean plausibleName(String v) {
        if (v.length() < 2 || v.length() > 200) return false;
        long letters = v.chars().filter(Character::isLetter).count();
        return letters >= 2 && letters * 2 >= v.replace(" ", "").length();
    }

    /** The holder id after a label, else a standalone 10/12-digit token on the holder's lines. */
    String id(AlignedText t, Name holder) {
        List<int[]> lines = t.lines();
        for (int[] line : lines) {
            String folded = t.folded.substring(line[0], line[1]);
            for (Pattern label : idLabels) {
                Matcher m = label.matcher(folded);
                while (m.find()) {
                    String id = digitsAfter(folded.substring(m.end()));
                    if (id != null) return id;
                }
            }
        }
        if (holder == null) return null;
        for (int i = holder.line(); i < Math.min(lines.size(), holder.line() + 5); i++) {
            int[] line = lines.get(i);
            String folded = t.folded.substring(line[0], line[1]);
            if (PHONE_LINE.matcher(folded).find()) continue;
            Matcher m = STANDALONE_ID.matcher(folded);
            if (m.find()) return m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2);
        }
        return null;
    }

    /**
     * Reads 10 or 12 digits after a label: skips up to 25 non-digit characters, then joins digit
     * tokens (OCR may space them) until 10 or 12 digits; O/o→0, l/I→1 inside digit tokens.
     */
    static String digitsAfter(String rest) {
        Matcher start = Pattern.compile("^[^0-9\\n]{0,25}?(?=[0-9]|[oil][0-9])").matcher(rest);
        if (!start.find()) return null;
        String s = rest.substring(start.end());
        int nl = s.indexOf('\n');
        if (nl >= 0) s = s.substring(0, nl);
        Matcher tok = Pattern.compile("\\G[ \\t]?([0-9oil|.]+)").matcher(s);
        StringBuilder digits = new StringBuilder();
        String id = null;
        int end = 0;
        boolean first = true;
        while (tok.find()) {
            String token = tok.group(1);
            long real = token.chars().filter(Character::isDigit).count();
            if (real * 2 < token.replace(".", "").length()) break;
            for (char c : token.toCharArray()) {
                if (c == '.') continue;
                digits.append(c == 'o' ? '0' : (c == 'i' || c == 'l' || c == '|') ? '1' : c);
            }
            if (digits.length() > 12) break;
            if (digits.length() == 10 || digits.length() == 12) {
                id = digits.toString();
                end = tok.end();
                if (first) break;
            }
            first = false;
        }
        if (id == null) return null;
        if (id.length() == 10) {
            Matcher branch = Pattern.compile("^[ \\t]*-[ \\t]*([0-9]{3})(?![0-9])").matcher(s.substring(end));
            if (branch.find()) return id + "-" + branch.group(1);
        }
        return id;
    }
}
