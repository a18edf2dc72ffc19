package vn.sogoc.archive.ocr;

import vn.sogoc.archive.capture.PageImage;

/**
 * Page preparation and OCR in one step (port): detects orientation (0/90/180/270), removes skew, then
 * recognises the text. One port because the cheapest reliable orientation check uses the OCR engine
 * itself. Implementations need not be thread-safe: one instance per worker thread.
 */
public interface PageRecognizer {

    RecognizedPage recognize(PageImage page);
}
