package vn.sogoc.archive.pdf.pdfbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Every glyph PDFBox's text extraction sees on one page, in content order. */
final class TextPositions extends PDFTextStripper {

    private final List<TextPosition> positions = new ArrayList<>();

    private TextPositions() {
    }

    static List<TextPosition> of(PDDocument document, int pageNumber) throws IOException {
        TextPositions stripper = new TextPositions();
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(document);
        return stripper.positions;
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
        positions.addAll(textPositions);
        super.writeString(text, textPositions);
    }
}
