package vn.sogoc.archive.ocr;

import vn.sogoc.archive.capture.PageImage;

/**
 * Recognises the text of a page image (port). Implementations need not be thread-safe: one instance
 * per worker thread.
 */
public interface OcrEngine {

    PageText recognize(PageImage page);
}
