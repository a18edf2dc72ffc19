package vn.sogoc.archive.pdf.pdfbox;

import java.util.List;

import vn.sogoc.archive.ocr.OcrWord;

/**
 * Words that sit on one line of the page, left to right, with the line's extent in image pixels
 * (origin top-left).
 *
 * @param words    the line's words, each with non-empty text and a non-empty box
 * @param top      smallest word top
 * @param bottom   largest word bottom
 * @param baseline estimated baseline: the highest bottom among the line's full-height words, since
 *                 a word without descender (or dot below) ends on it and one with them ends lower;
 *                 words shorter than a third of the line (dashes, quotes) are not counted
 */
record TextLine(List<OcrWord> words, int top, int bottom, int baseline) {

    int height() {
        return bottom - top;
    }

    static TextLine of(List<OcrWord> words) {
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (OcrWord w : words) {
            top = Math.min(top, w.y());
            bottom = Math.max(bottom, w.y() + w.height());
        }
        int baseline = bottom;
        for (OcrWord w : words) {
            if (w.height() * 3 >= bottom - top) {
                baseline = Math.min(baseline, w.y() + w.height());
            }
        }
        return new TextLine(List.copyOf(words), top, bottom, baseline);
    }
}
