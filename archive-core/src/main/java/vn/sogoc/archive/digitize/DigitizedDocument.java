package vn.sogoc.archive.digitize;

import java.util.List;

import vn.sogoc.archive.ocr.PageText;

/**
 * A paper document made into an unsigned searchable PDF/A by {@link DocumentDigitizer}.
 *
 * @param pagesRead    pages in the scan file(s)
 * @param keptTexts    the text of each page kept in the PDF, in order
 * @param blankPages   one-based numbers (over all files, in order) of the pages dropped as blank
 */
public record DigitizedDocument(int pagesRead, List<PageText> keptTexts, List<Integer> blankPages) {

    public DigitizedDocument {
        keptTexts = List.copyOf(keptTexts);
        blankPages = List.copyOf(blankPages);
    }

    /** Pages in the PDF. */
    public int pagesKept() {
        return keptTexts.size();
    }

    /** The text of all kept pages, pages separated by a form feed line. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (PageText t : keptTexts) {
            if (t.isBlank()) continue;
            if (b.length() > 0) b.append("\n\f\n");
            b.append(t.text().strip());
        }
        return b.toString();
    }

    /** Mean OCR confidence of the pages that carry text; 0 when none does. */
    public double meanConfidence() {
        return keptTexts.stream().filter(t -> !t.isBlank()).mapToDouble(PageText::meanConfidence).average().orElse(0);
    }
}
