package vn.sogoc.archive.capture;

import java.io.IOException;
import java.util.Optional;

import vn.sogoc.archive.ocr.PageText;

/**
 * An opened scan file whose pages are produced one at a time, so that a 1,000-page PDF never has
 * all its images in memory at once.
 */
public interface ScanSource extends AutoCloseable {

    int pageCount();

    /**
     * Renders or decodes page {@code index} (zero-based), at a resolution bounded so that an
     * enormous page cannot exhaust memory.
     */
    PageImage page(int index) throws IOException;

    /**
     * The page's own text when the file already carries real text (a born-digital PDF page), with
     * word boxes in pixels of the image {@link #page(int)} returns; empty when the page needs OCR.
     */
    default Optional<PageText> embeddedText(int index) throws IOException { return Optional.empty(); }

    @Override
    void close() throws IOException;
}
