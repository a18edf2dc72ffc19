package vn.sogoc.archive.ocr.words;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.sogoc.archive.ocr.OcrWord;

/**
 * Drops from the OCR text the words that no printed line accounts for (từ rác): specks read as
 * {@code .}, {@code :} or {@code |}, underscores and tildes from rules and noise, fragments of a seal
 * or a signature read as {@code /¬>} or {@code Xgọc}; and strips such junk stuck to the edge of a real
 * word ({@code _-PHÓ} → {@code PHÓ}).
 * <p>
 * A word is dropped only when it is a symbol-only word that is a speck, carries a junk symbol or has
 * low confidence; or when it has low confidence <em>and</em> is implausible: not made of Vietnamese
 * syllables ({@link VietnameseSyllable}), not an upper-case abbreviation or code (UBND, QĐ-SYT), not a
 * unit (ml, CFU/g). A word with a digit is never dropped: numbers, dates and symbols are what
 * extraction and matching read.
 */
public final class JunkWordFilter {

    /** Below this confidence a word with letters must look Vietnamese (or be a code) to be kept. */
    public static final float LOW_CONFIDENCE = 50;
    /** Below this confidence a word without letters or digits is dropped. */
    public static final float SYMBOL_CONFIDENCE = 60;
    /** A symbol-only word no larger than this share of the page's word height is a speck. */
    public static final double SPECK = 0.2;

    /** Characters no printed line of a result starts or ends a word with, nor is made of. */
    private static final String JUNK = "_|`~¬©®¿¦§¤¨";
    private static final Pattern LEADING = Pattern.compile("^[-'.,:;\"" + Pattern.quote(JUNK) + "]*["
        + Pattern.quote(JUNK) + "][-'.,:;\"" + Pattern.quote(JUNK) + "]*");
    private static final Pattern TRAILING = Pattern.compile("[-'.,:;\"" + Pattern.quote(JUNK) + "]*["
        + Pattern.quote(JUNK) + "][-'.,:;\"" + Pattern.quote(JUNK) + "]*$");
    private static final Pattern PUNCTUATION = Pattern.compile("^[.,;:!?()\\[\\]\"'“”‘’«»…]+|[.,;:!?()\\[\\]\"'“”‘’«»…]+$");
    private static final Pattern ABBREVIATION = Pattern.compile("[A-ZĐ]{2,}([.\\-/&][A-ZĐ]*)*\\.?");
    private static final Set<String> UNITS = Set.of("g", "kg", "mg", "ml", "cm", "mm", "km", "ha", "mẫu");

    private JunkWordFilter() { }

    /**
     * The word as it should stand in the text ({@code text} itself, or without junk at its edges), or
     * {@code null} to drop it. {@code lineHeight} is the page's typical word height in pixels.
     */
    public static String keep(String text, float confidence, int width, int height, double lineHeight) {
        String word = strip(text);
        if (!hasLetterOrDigit(word)) {
            boolean speck = Math.max(width, height) <= SPECK * lineHeight;
            boolean junk = word.chars().anyMatch(c -> JUNK.indexOf(c) >= 0);
            return speck || junk || confidence < SYMBOL_CONFIDENCE ? null : word;
        }
        if (confidence >= LOW_CONFIDENCE || plausible(word)) {
            return word;
        }
        return null;
    }

    /** A word of Vietnamese syllables, a code or abbreviation, a unit, or one carrying a digit. */
    static boolean plausible(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        String core = PUNCTUATION.matcher(word).replaceAll("");
        if (core.isEmpty()) {
            return false;
        }
        if (ABBREVIATION.matcher(core).matches()) {
            return true;
        }
        return Arrays.stream(core.split("[-/]")).allMatch(part -> !part.isEmpty()
            && (VietnameseSyllable.isSyllable(part) || UNITS.contains(part) || ABBREVIATION.matcher(part).matches()));
    }

    /** Removes runs of junk symbols (with dashes, dots or quotes mixed in) from both ends of a word with letters or digits. */
    static String strip(String text) {
        if (!hasLetterOrDigit(text)) {
            return text;
        }
        String s = LEADING.matcher(text).replaceFirst("");
        s = TRAILING.matcher(s).replaceFirst("");
        return hasLetterOrDigit(s) ? s : text;
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Median height of the page's words with letters (specks and dashes left out); 0 when there are none. */
    public static double medianHeight(List<OcrWord> words) {
        int[] heights = words.stream().filter(w -> w.text().codePoints().anyMatch(Character::isLetter))
            .mapToInt(OcrWord::height).sorted().toArray();
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }
}
