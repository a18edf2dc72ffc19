package vn.sogoc.archive.search.lucene;

import java.text.Normalizer;
import java.util.Locale;
import vn.sogoc.archive.text.VietnameseText;

/** Normalization of codes (numbers and symbols, register numbers) and of free text before analysis. */
public final class KeywordNormalizer {

    private KeywordNormalizer() { }

    /**
     * Normal form of a number and symbol or a register number: diacritics removed (đ→d), upper case,
     * white space removed. {@code "8390/2021/attp-cndk"} and {@code "8390/2021/ATTP-CNĐK"} give the same.
     */
    public static String code(String s) {
        if (s == null) return "";
        return VietnameseText.fold(s).toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** NFC form of a text (decomposed accents, as PDFs and OCR sometimes give, are composed); null → "". */
    public static String nfc(String s) {
        if (s == null) return "";
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
