package vn.sogoc.archive.ocr.tesseract;

import vn.sogoc.archive.ocr.OcrWord;

/**
 * The second read of the signer block (khối chữ ký: the signer's title and name, with the seal stamped
 * across them): the region of the text lines crossing a seal, and the choice between the page read's
 * words there and those of a read of that region alone.
 */
final class SignerBlock {

    private SignerBlock() { }

    /** Least mean confidence of a second read where the page read found no word. */
    static final double MIN_CONFIDENCE_ALONE = 60;

    /**
     * The box (x0, y0, x1, y1) of the words whose middle lies within the seal's rows and which reach
     * within half a seal of it, joined with the seal box and a margin; null when it is empty.
     */
    static int[] region(int[] seal, java.util.List<OcrWord> words, int width, int height) {
        int half = (seal[2] - seal[0]) / 2;
        int x0 = seal[0], y0 = seal[1], x1 = seal[2], y1 = seal[3];
        for (OcrWord w : words) {
            int mid = w.y() + w.height() / 2;
            if (mid < seal[1] || mid > seal[3]) continue;
            if (w.x() + w.width() < seal[0] - half || w.x() > seal[2] + half) continue;
            x0 = Math.min(x0, w.x());
            y0 = Math.min(y0, w.y());
            x1 = Math.max(x1, w.x() + w.width());
            y1 = Math.max(y1, w.y() + w.height());
        }
        int pad = Math.max(4, (seal[3] - seal[1]) / 20);
        x0 = Math.max(0, x0 - pad);
        y0 = Math.max(0, y0 - pad);
        x1 = Math.min(width, x1 + pad);
        y1 = Math.min(height, y1 + pad);
        return x1 - x0 < 8 || y1 - y0 < 8 ? null : new int[] {x0, y0, x1, y1};
    }

    /** {@code page} with its words inside {@code region} replaced by {@code second}'s when those read with more confidence. */
    static TesseractHandle.Words better(TesseractHandle.Words page, TesseractHandle.Words second, int[] region) {
        double firstSum = 0;
        int firstCount = 0;
        int at = -1;
        for (int i = 0; i < page.words.size(); i++) {
            if (inside(page.words.get(i), region)) {
                firstSum += page.words.get(i).confidence();
                firstCount++;
                if (at < 0) at = i;
            }
        }
        if (second.words.isEmpty()) return page;
        double secondMean = second.confidenceSum / second.words.size();
        if (firstCount == 0 ? secondMean < MIN_CONFIDENCE_ALONE : secondMean <= firstSum / firstCount) return page;
        if (at < 0) {
            at = page.words.size();
            for (int i = 0; i < page.words.size(); i++) {
                if (page.words.get(i).y() > region[3]) { at = i; break; }
            }
        }
        TesseractHandle.Words out = new TesseractHandle.Words();
        for (int i = 0; i < page.words.size(); i++) {
            if (i == at) add(out, second);
            if (!inside(page.words.get(i), region)) {
                out.words.add(page.words.get(i));
                out.breaks.add(i == at ? Math.max(TesseractHandle.LINE, page.breaks.get(i)) : page.breaks.get(i));
            }
        }
        if (at == page.words.size()) add(out, second);
        out.confidenceSum = page.confidenceSum;
        return out;
    }

    private static void add(TesseractHandle.Words out, TesseractHandle.Words second) {
        for (int j = 0; j < second.words.size(); j++) {
            out.words.add(second.words.get(j));
            out.breaks.add(j == 0 ? TesseractHandle.PARAGRAPH : second.breaks.get(j));
        }
    }

    private static boolean inside(OcrWord w, int[] r) {
        int cx = w.x() + w.width() / 2, cy = w.y() + w.height() / 2;
        return cx >= r[0] && cx < r[2] && cy >= r[1] && cy < r[3];
    }
}
