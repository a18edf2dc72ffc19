package vn.sogoc.archive.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the issuing body (cơ quan ban hành) printed in capitals at the top left, above "Số:". OCR
 * often puts the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
 * printed beside it, on the same line; those spans are cut out. Of a parent body and the issuing body
 * ("BỘ Y TẾ" / "CỤC AN TOÀN THỰC PHẨM") the lower one — the last line starting with a body word — is
 * the issuer, joined with the lines that continue it.
 */
final class IssuerReader {

    private static final Pattern SPECIFIC_MOTTO = Pattern.compile(String.join("|",
            Phrases.loose("cong hoa"), Phrases.loose("chu nghia"), Phrases.loose("doc lap"),
            Phrases.loose("hanh phuc")));
    private static final Pattern ANY_MOTTO = Pattern.compile(String.join("|",
            Phrases.loose("cong hoa"), Phrases.loose("chu nghia"), Phrases.loose("doc lap"),
            Phrases.loose("hanh phuc"), Phrases.loose("xa hoi"), Phrases.loose("viet nam"), Phrases.loose("tu do")));
    private static final Pattern XA_HOI_BEFORE = Pattern.compile(Phrases.loose("xa hoi") + "[ \\t]*$");
    private static final Pattern BODY_WORD = Pattern.compile("^(?:" + String.join("|",
            Phrases.loose("bo"), Phrases.loose("cuc"), Phrases.loose("tong cuc"), Phrases.loose("chi cuc"),
            Phrases.loose("so"), Phrases.loose("vu"), Phrases.loose("uy ban"), Phrases.loose("ubnd"),
            Phrases.loose("benh vien"), Phrases.loose("trung tam"), Phrases.loose("vien"), Phrases.loose("ban"),
            Phrases.loose("phong"), Phrases.loose("thanh tra")) + ")(?![a-z])");
    private static final int MAX_LINES = 8;

    private IssuerReader() { }

    /**
     * @param numberLine index of the line holding "Số:", or -1 when none was found
     * @param labelStart offset of the "Số" label in the text, or -1
     */
    static String issuer(AlignedText t, int numberLine, int labelStart) {
        List<int[]> lines = t.lines();
        int last = numberLine >= 0 ? numberLine : Math.min(lines.size(), MAX_LINES);
        List<String> kept = new ArrayList<>();
        for (int i = Math.max(0, last - MAX_LINES); i <= last && i < lines.size(); i++) {
            int[] line = lines.get(i);
            int end = (i == numberLine && labelStart >= line[0]) ? labelStart : line[1];
            String part = withoutMotto(t, line[0], end);
            if (isCapitalLine(part)) {
                kept.add(part);
            } else if (numberLine < 0 && !kept.isEmpty() && !part.isBlank()) {
                break;
            }
        }
        if (kept.isEmpty()) return null;
        int start = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (BODY_WORD.matcher(AlignedText.fold(kept.get(i))).find()) start = i;
        }
        if (start < 0) start = kept.size() - 1;
        String issuer = String.join(" ", kept.subList(start, Math.min(kept.size(), start + 2)));
        return AlignedText.squeeze(issuer);
    }

    private static String withoutMotto(AlignedText t, int from, int to) {
        String folded = t.folded.substring(from, to);
        String original = t.original.substring(from, to);
        Matcher specific = SPECIFIC_MOTTO.matcher(folded);
        if (specific.find()) {
            int start = specific.start();
            Matcher xaHoi = XA_HOI_BEFORE.matcher(folded.substring(0, start));
            if (xaHoi.find()) start = xaHoi.start();
            int end = start;
            Matcher any = ANY_MOTTO.matcher(folded);
            while (any.find(end)) {
                if (any.start() - end > 4 && end > start) break;
                end = any.end();
            }
            original = original.substring(0, start) + " " + original.substring(end);
        }
        original = original.replaceAll("[-_=~.*—–]{2,}", " ").replaceAll("^[\\s\\-–:|]+|[\\s\\-–:|]+$", "");
        return AlignedText.squeeze(original);
    }

    private static boolean isCapitalLine(String s) {
        long letters = s.chars().filter(Character::isLetter).count();
        if (letters < 2) return false;
        long upper = s.chars().filter(Character::isUpperCase).count();
        return upper * 10 >= letters * 7;
    }
}
