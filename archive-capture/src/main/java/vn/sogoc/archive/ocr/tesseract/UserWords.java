package vn.sogoc.archive.ocr.tesseract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import vn.sogoc.archive.classify.ResultType;
import vn.sogoc.archive.classify.ResultTypeCatalog;

/**
 * The words of the printed forms handed to Tesseract as user words (từ của biểu mẫu): the fixed
 * phrases every administrative result carries (Decree 30/2020, Appendix I: the national name and
 * motto, "Số:", the date line, the signer's authority marks and titles, "Nơi nhận:") and the titles,
 * fields and issuers of the result-type catalog ({@value ResultTypeCatalog#CLASSPATH_LOCATION}, when it
 * is on the class path), each as written and in capitals (titles and issuers are printed in capitals).
 * Tesseract 5's LSTM beam search favours dictionary words a little, so a word of the forms that the
 * Vietnamese model's own list lacks or ranks low ("TRƯỞNG", "THỰC" in bold capitals) is read right more
 * often (measured: docs/quality.md, session 2 round 2).
 */
final class UserWords {

    /** The fixed phrases of the printed forms. */
    static final List<String> FORM_PHRASES = List.of(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số:", "ngày tháng năm",
        "KT. TM. Q. TL. TUQ.",
        "GIÁM ĐỐC PHÓ GIÁM ĐỐC CỤC TRƯỞNG PHÓ CỤC TRƯỞNG TRƯỞNG PHÒNG BỘ TRƯỞNG THỨ TRƯỞNG CHỦ TỊCH",
        "Nơi nhận:",
        "BỘ Y TẾ SỞ Y TẾ ỦY BAN NHÂN DÂN UBND TỈNH THÀNH PHỐ");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static Path config;

    private UserWords() { }

    /** The words, one per string, sorted; from the catalog too when {@code catalog} is given. */
    static TreeSet<String> words(ResultTypeCatalog catalog) {
        TreeSet<String> words = new TreeSet<>();
        for (String phrase : FORM_PHRASES) addWords(words, phrase);
        if (catalog != null) {
            for (ResultType type : catalog.types()) {
                for (String text : List.of(type.titleVi(), type.fieldVi(), type.typicalIssuerVi())) {
                    addWords(words, text);
                    addWords(words, text.toUpperCase(VIETNAMESE));
                }
            }
        }
        return words;
    }

    private static void addWords(TreeSet<String> words, String phrase) {
        for (String w : phrase.replaceAll("[;,()/]", " ").split("\\s+")) {
            if (!w.isEmpty() && !w.equals("-")) words.add(w);
        }
    }

    /**
     * A Tesseract config file (for {@code TessBaseAPIInit1}) setting {@code user_words_file} to a file of
     * the words, one a line; both written once per JVM in the temporary folder. The catalog is read from
     * the class path of this class, when there.
     */
    static synchronized Path configFile() {
        if (config == null) {
            ResultTypeCatalog catalog;
            try {
                catalog = ResultTypeCatalog.fromClasspath(UserWords.class.getClassLoader());
            } catch (IOException | RuntimeException noCatalog) {
                catalog = null;          // the fixed phrases alone
            }
            try {
                Path words = Files.createTempFile("sogoc-vie-", ".user-words");
                Files.write(words, words(catalog), StandardCharsets.UTF_8);
                Path cfg = Files.createTempFile("sogoc-vie-", ".config");
                Files.writeString(cfg, "user_words_file " + words + "\n", StandardCharsets.UTF_8);
                words.toFile().deleteOnExit();
                cfg.toFile().deleteOnExit();
                config = cfg;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write Tesseract's user words to the temporary folder", e);
            }
        }
        return config;
    }
}
