package vn.sogoc.archive.capture.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import vn.sogoc.archive.ocr.OcrWord;
import vn.sogoc.archive.ocr.PageText;

/**
 * Takes the visible text of one PDF page with word boxes in pixels of the page rendered at a given
 * dpi. Invisible text (rendering mode 3, e.g. an earlier OCR layer) is ignored, so such a page is
 * OCR'd again rather than trusted.
 */
final class PdfWordStripper extends PDFTextStripper {

    private final double scale;
    private final int rotation;
    private final double pageWidth;
    private final double pageHeight;
    private final List<OcrWord> words = new ArrayList<>();

    private PdfWordStripper(PDPage page, int dpi) {
        this.scale = dpi / 72.0;
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
        this.pageWidth = page.getCropBox().getWidth();
        this.pageHeight = page.getCropBox().getHeight();
        setSortByPosition(true);
        setLineSeparator("\n");
    }

    /** Text and words of page {@code index} (zero-based), boxes scaled to {@code dpi}. */
    static PageText extract(PDDocument document, int index, int dpi) throws IOException {
        PdfWordStripper stripper = new PdfWordStripper(document.getPage(index), dpi);
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        String text = stripper.getText(document).strip();
        return new PageText(text, List.copyOf(stripper.words), 100);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode != RenderingMode.NEITHER && mode != RenderingMode.NEITHER_CLIP) {
            super.processTextPosition(text);
        }
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        List<TextPosition> word = new ArrayList<>();
        for (TextPosition position : positions) {
            if (position.getUnicode() == null || position.getUnicode().isBlank()) {
                addWord(word);
                word = new ArrayList<>();
            } else {
                word.add(position);
            }
        }
        addWord(word);
        super.writeString(text, positions);
    }

    private void addWord(List<TextPosition> word) {
        if (word.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (TextPosition p : word) {
            text.append(p.getUnicode());
            // Glyph box in cropbox-relative user space (y up), then into the rendered image.
            double u = p.getTextMatrix().getTranslateX();
            double v = p.getTextMatrix().getTranslateY();
            double height = Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7);
            double[][] corners = {{u, v - height * 0.25}, {u + p.getWidthDirAdj(), v + height}};
            for (double[] corner : corners) {
                double[] image = toImage(corner[0], corner[1]);
                left = Math.min(left, image[0]);
                right = Math.max(right, image[0]);
                top = Math.min(top, image[1]);
                bottom = Math.max(bottom, image[1]);
            }
        }
        int x = (int) Math.floor(left * scale);
        int y = (int) Math.floor(top * scale);
        int width = Math.max(1, (int) Math.ceil(right * scale) - x);
        int height = Math.max(1, (int) Math.ceil(bottom * scale) - y);
        words.add(new OcrWord(text.toString(), x, y, width, height, 100f));
    }

    /** User space (points, y up) to the page as PDFBox renders it (points, y down, turned by /Rotate). */
    private double[] toImage(double u, double v) {
        return switch (rotation) {
            case 90 -> new double[] {v, u};
            case 180 -> new double[] {pageWidth - u, v};
            case 270 -> new double[] {pageHeight - v, pageWidth - u};
            default -> new double[] {u, pageHeight - v};
        };
    }
}
