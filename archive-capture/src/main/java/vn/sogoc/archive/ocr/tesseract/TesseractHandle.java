package vn.sogoc.archive.ocr.tesseract;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import com.sun.jna.ptr.PointerByReference;

import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

import vn.sogoc.archive.ocr.OcrWord;
import vn.sogoc.archive.ocr.PageText;
import vn.sogoc.archive.ocr.words.JunkWordFilter;

/**
 * One initialised Tesseract engine (Tess4J's C API), kept open across pages so the language
 * model is loaded once, not per page as {@code net.sourceforge.tess4j.Tesseract} does. Not
 * thread-safe.
 */
final class TesseractHandle implements AutoCloseable {

    /**
     * Interface mapping, resolved per call: Tess4J's direct mapping ({@code TessAPI1}) binds every
     * function at load and fails on Debian 12's libtesseract 5.3 (no {@code TessPAGERendererCreate}).
     */
    private static final TessAPI TESS = TessAPI.INSTANCE;

    private final TessBaseAPI api;
    private final String language;
    private boolean closed;

    /** Loads {@code language} from {@code tessdata}, with the init-time settings of {@code config} when not null. */
    TesseractHandle(Path tessdata, String language, Path config) {
        for (String part : language.split("\\+")) {
            Path model = tessdata.resolve(part + ".traineddata");
            if (!Files.isRegularFile(model)) {
                throw new IllegalStateException("Tesseract language model missing: " + model);
            }
        }
        this.language = language;
        this.api = TESS.TessBaseAPICreate();
        if (init(tessdata, language, config) != 0) {
            TESS.TessBaseAPIDelete(api);
            throw new IllegalStateException("Tesseract cannot load '" + language + "' from " + tessdata);
        }
        TESS.TessBaseAPISetPageSegMode(api, ITessAPI.TessPageSegMode.PSM_AUTO);
        // Tesseract prints notes such as "Detected 34 diacritics" on stderr; they are not errors
        TESS.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
    }

    /** Loads the model, with the settings of a config file (e.g. {@link UserWords#configFile()}) when given. */
    private int init(Path tessdata, String language, Path config) {
        if (config == null) {
            return TESS.TessBaseAPIInit3(api, tessdata.toString(), language);
        }
        StringArray names = new StringArray(new String[] {config.toString()});
        PointerByReference configs = new PointerByReference();
        configs.setPointer(names);
        try {
            return TESS.TessBaseAPIInit1(api, tessdata.toString(), language, ITessAPI.TessOcrEngineMode.OEM_DEFAULT, configs, 1);
        } finally {
            java.lang.ref.Reference.reachabilityFence(names);   // native memory of the names, read during the call
        }
    }

    /** Recognises an 8-bit grey image (one byte per pixel, rows packed) scanned at {@code dpi}. */
    PageText recognize(ByteBuffer gray, int width, int height, int dpi) {
        return recognize(gray, width, height, dpi, List.of());
    }

    /**
     * Recognises the page, then reads the signer block around each seal box (x0, y0, x1, y1) a second
     * time as one block of text ({@link SignerBlock}); that read replaces the first one's words there
     * when its mean confidence is higher.
     */
    PageText recognize(ByteBuffer gray, int width, int height, int dpi, List<int[]> seals) {
        checkOpen();
        TESS.TessBaseAPISetImage(api, gray, width, height, 1, width);
        TESS.TessBaseAPISetSourceResolution(api, dpi);
        try {
            if (TESS.TessBaseAPIRecognize(api, null) != 0) {
                throw new IllegalStateException("Tesseract (" + language + ") failed to recognise the page");
            }
            Words page = readResults();
            double meanConfidence = page.words.isEmpty() ? 0 : page.confidenceSum / page.words.size();
            for (int[] seal : seals) {
                int[] region = SignerBlock.region(seal, page.words, width, height);
                if (region == null) continue;
                TESS.TessBaseAPISetPageSegMode(api, ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK);
                TESS.TessBaseAPISetRectangle(api, region[0], region[1], region[2] - region[0], region[3] - region[1]);
                try {
                    if (TESS.TessBaseAPIRecognize(api, null) == 0) {
                        page = SignerBlock.better(page, readResults(), region);
                    }
                } finally {
                    TESS.TessBaseAPISetPageSegMode(api, ITessAPI.TessPageSegMode.PSM_AUTO);
                }
            }
            // the mean confidence is the engine's own first read, over every word: the orientation check relies on it
            return text(page.words, page.breaks, meanConfidence);
        } finally {
            TESS.TessBaseAPIClear(api);
        }
    }

    /** Words read by the engine, each with the break before it, in reading order. */
    static final class Words {
        final List<OcrWord> words = new ArrayList<>();
        final List<Integer> breaks = new ArrayList<>();
        double confidenceSum;
    }

    private Words readResults() {
        Words out = new Words();
        TessResultIterator results = TESS.TessBaseAPIGetIterator(api);
        if (results == null) {
            return out;
        }
        TessPageIterator page = TESS.TessResultIteratorGetPageIterator(results);
        IntBuffer left = IntBuffer.allocate(1);
        IntBuffer top = IntBuffer.allocate(1);
        IntBuffer right = IntBuffer.allocate(1);
        IntBuffer bottom = IntBuffer.allocate(1);
        try {
            TESS.TessPageIteratorBegin(page);
            do {
                String word = wordText(results);
                if (word.isBlank()) {
                    continue;
                }
                out.breaks.add(breakBefore(page));
                float confidence = TESS.TessResultIteratorConfidence(results, TessPageIteratorLevel.RIL_WORD);
                TESS.TessPageIteratorBoundingBox(page, TessPageIteratorLevel.RIL_WORD, left, top, right, bottom);
                out.words.add(new OcrWord(word, left.get(0), top.get(0), right.get(0) - left.get(0),
                    bottom.get(0) - top.get(0), confidence));
                out.confidenceSum += confidence;
            } while (TESS.TessPageIteratorNext(page, TessPageIteratorLevel.RIL_WORD) == ITessAPI.TRUE);
        } finally {
            TESS.TessResultIteratorDelete(results);
        }
        return out;
    }

    /**
     * The page text from the words worth keeping ({@link JunkWordFilter}), with a line break before the
     * first word of each line and a blank line before each paragraph; a dropped word passes its break on.
     */
    private static PageText text(List<OcrWord> words, List<Integer> breaks, double meanConfidence) {
        double height = JunkWordFilter.medianHeight(words);
        StringBuilder text = new StringBuilder();
        List<OcrWord> kept = new ArrayList<>();
        int pending = SPACE;
        for (int i = 0; i < words.size(); i++) {
            OcrWord w = words.get(i);
            pending = Math.max(pending, breaks.get(i));
            String k = JunkWordFilter.keep(w.text(), w.confidence(), w.width(), w.height(), height);
            if (k == null) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(pending == PARAGRAPH ? "\n\n" : pending == LINE ? "\n" : " ");
            }
            text.append(k);
            kept.add(k.equals(w.text()) ? w : new OcrWord(k, w.x(), w.y(), w.width(), w.height(), w.confidence()));
            pending = SPACE;
        }
        return new PageText(text.toString(), List.copyOf(kept), meanConfidence);
    }

    static final int SPACE = 0, LINE = 1, PARAGRAPH = 2;

    private static String wordText(TessResultIterator results) {
        Pointer pointer = TESS.TessResultIteratorGetUTF8Text(results, TessPageIteratorLevel.RIL_WORD);
        if (pointer == null) {
            return "";
        }
        try {
            return pointer.getString(0, StandardCharsets.UTF_8.name()).strip();
        } finally {
            TESS.TessDeleteText(pointer);
        }
    }

    private static int breakBefore(TessPageIterator page) {
        if (TESS.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_PARA) == ITessAPI.TRUE) {
            return PARAGRAPH;
        }
        return TESS.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_TEXTLINE) == ITessAPI.TRUE ? LINE : SPACE;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("Tesseract handle is closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            TESS.TessBaseAPIEnd(api);
            TESS.TessBaseAPIDelete(api);
        }
    }
}
