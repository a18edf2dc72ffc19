package vn.sogoc.archive.ocr.tesseract;

import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.config.CaptureSettings;
import vn.sogoc.archive.ocr.OcrEngine;
import vn.sogoc.archive.ocr.PageText;

/**
 * Reads a page image as it is (no orientation or skew correction) with Tesseract through Tess4J:
 * words with pixel boxes and confidence, the text in reading order with line breaks. The words of the
 * printed forms are given to Tesseract as user words ({@link UserWords}). Keeps its
 * language model loaded between pages; not thread-safe (one per worker thread), and must be closed
 * to free native memory.
 */
public final class TesseractOcrEngine implements OcrEngine, AutoCloseable {

    private final TesseractHandle tesseract;

    public TesseractOcrEngine(CaptureSettings settings) {
        this.tesseract = new TesseractHandle(settings.tessdata(), settings.language(), UserWords.configFile());
    }

    public TesseractOcrEngine() { this(CaptureSettings.defaults()); }

    @Override
    public PageText recognize(PageImage page) {
        GrayBytes.Prepared prepared = GrayBytes.of(page.image(), page.dpi());
        return tesseract.recognize(prepared.gray(), page.image().getWidth(), page.image().getHeight(), page.dpi(),
            prepared.seals());
    }

    @Override
    public void close() { tesseract.close(); }
}
