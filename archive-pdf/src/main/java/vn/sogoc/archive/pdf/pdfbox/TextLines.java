package vn.sogoc.archive.pdf.pdfbox;

import java.util.ArrayList;
import java.util.List;

import vn.sogoc.archive.ocr.OcrWord;

/**
 * Groups words given in reading order into lines: a word starts a new line when it lies left of the
 * previous word or shares less than half its height with the line so far.
 */
final class TextLines {

    private TextLines() { }

    static List<TextLine> group(List<OcrWord> words) {
        List<TextLine> lines = new ArrayList<>();
        List<OcrWord> current = new ArrayList<>();
        int top = 0;
        int bottom = 0;
        for (OcrWord word : words) {
            if (!current.isEmpty() && !continuesLine(current.get(current.size() - 1), top, bottom, word)) {
                lines.add(TextLine.of(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                top = word.y();
                bottom = word.y() + word.height();
            } else {
                top = Math.min(top, word.y());
                bottom = Math.max(bottom, word.y() + word.height());
            }
            current.add(word);
        }
        if (!current.isEmpty()) {
            lines.add(TextLine.of(current));
        }
        return lines;
    }

    private static boolean continuesLine(OcrWord previous, int top, int bottom, OcrWord word) {
        if (word.x() < previous.x() + previous.width() / 2) {
            return false;
        }
        int overlap = Math.min(bottom, word.y() + word.height()) - Math.max(top, word.y());
        return overlap * 2 >= Math.min(word.height(), bottom - top);
    }
}
