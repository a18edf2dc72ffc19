package vn.sogoc.archive.ocr.words;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a string has the shape of a Vietnamese syllable (âm tiết): an optional onset
 * consonant, a rhyme from the closed list of Vietnamese rhymes, at most one tone mark, and the rule
 * that a rhyme closed by c, ch, p or t takes only the sắc or nặng tone. Case is ignored. It judges the
 * shape only: "phãm" passes (a real shape), "Xgọc", "PHỤLỤC" or "2À" do not. No word list.
 */
public final class VietnameseSyllable {

    private static final List<String> ONSETS = List.of(
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");

    /** The rhymes (vần) without tone marks. */
    private static final Set<String> RHYMES = Set.of(
        "a", "ai", "ao", "au", "ay", "ac", "ach", "am", "an", "ang", "anh", "ap", "at",
        "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
        "e", "eo", "ec", "em", "en", "eng", "ep", "et",
        "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
        "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
        "o", "oc", "oi", "om", "on", "ong", "op", "ot", "oong", "ooc",
        "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut", "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
        "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
        "y", "yêm", "yên", "yêt", "yêu",
        "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
        "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oen", "oeo", "oet",
        "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uy", "uya", "uych", "uyên", "uyêt", "uyn", "uynh",
        "uyp", "uyt", "uyu", "uơ");

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";   // huyền, sắc, ngã, hỏi, nặng

    private VietnameseSyllable() { }

    /** Whether {@code word} (letters only; strip punctuation first) is a Vietnamese syllable's shape. */
    public static boolean isSyllable(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        char tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (tone != 0) {
                    return false;                       // two tone marks
                }
                tone = c;
            } else {
                base.append(c);
            }
        }
        String toneless = Normalizer.normalize(base, Normalizer.Form.NFC);
        for (String onset : ONSETS) {
            if (toneless.startsWith(onset) && validRhyme(onset, toneless.substring(onset.length()), tone)) {
                return true;
            }
        }
        return false;
    }

    private static boolean validRhyme(String onset, String rhyme, char tone) {
        boolean shape = RHYMES.contains(rhyme)
            || onset.equals("qu") && RHYMES.contains("u" + rhyme)          // qua, quyên: the u is the glide
            || onset.equals("gi") && (rhyme.isEmpty() || RHYMES.contains("i" + rhyme));   // gì, giêng
        if (!shape) {
            return false;
        }
        boolean stopped = rhyme.endsWith("c") || rhyme.endsWith("ch") || rhyme.endsWith("p") || rhyme.endsWith("t");
        return !stopped || tone == '\u0301' || tone == '\u0323';
    }
}
