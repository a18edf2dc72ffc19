package vn.sogoc.archive.pdf.pdfbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import vn.sogoc.archive.ocr.OcrWord;
import vn.sogoc.archive.ocr.PageText;

/**
 * Writes a page's words as invisible text (rendering mode 3) over the image, as OCRmyPDF's
 * hocrtransform does: per line one font size, chosen so that the font's ascent-to-descent spans the
 * line's height, and the line's baseline; per word a horizontal scaling that makes it span its box;
 * between words a space stretched over the gap, so that selection follows the scan and copied text
 * keeps its word breaks.
 */
final class TextLayer {

    private static final float MIN_SPACE_SCALING = 1f;

    private final PDFont font;
    private final GlyphFilter filter;
    private final float ascent;
    private final float descent;
    private final float spaceWidth;

    TextLayer(PDFont font) throws IOException {
        this.font = font;
        this.filter = new GlyphFilter(font);
        float a = font.getFontDescriptor().getAscent() / 1000f;
        float d = font.getFontDescriptor().getDescent() / 1000f;
        this.ascent = a > 0 ? a : 0.8f;
        this.descent = d < 0 ? -d : 0.2f;
        this.spaceWidth = font.getStringWidth(" ") / 1000f;
    }

    void write(PDPageContentStream content, PageText text, PageGeometry geometry) throws IOException {
        List<TextLine> lines = TextLines.group(showableWords(text));
        if (lines.isEmpty()) {
            return;
        }
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        for (TextLine line : lines) {
            writeLine(content, line, geometry);
        }
        content.endText();
    }

    private void writeLine(PDPageContentStream content, TextLine line, PageGeometry g) throws IOException {
        float fontSize = line.height() * g.scale() / (ascent + descent);
        float baseline = g.height() - line.baseline() * g.scale();
        content.setFont(font, fontSize);
        List<OcrWord> words = line.words();
        for (int i = 0; i < words.size(); i++) {
            OcrWord word = words.get(i);
            float x = word.x() * g.scale();
            float width = word.width() * g.scale();
            float natural = font.getStringWidth(word.text()) / 1000f * fontSize;
            content.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
            content.setHorizontalScaling(natural > 0 ? 100f * width / natural : 100f);
            content.showText(word.text());
            if (i + 1 < words.size()) {
                float gap = words.get(i + 1).x() * g.scale() - (x + width);
                float naturalSpace = spaceWidth * fontSize;
                content.setHorizontalScaling(Math.max(MIN_SPACE_SCALING, naturalSpace > 0 ? 100f * gap / naturalSpace : 0));
                content.showText(" ");
            }
        }
    }

    /** Words with showable text and a box of positive size, their text cleaned. */
    private List<OcrWord> showableWords(PageText text) {
        List<OcrWord> out = new ArrayList<>();
        if (text.words() == null) {
            return out;
        }
        for (OcrWord w : text.words()) {
            if (w == null || w.width() <= 0 || w.height() <= 0) {
                continue;
            }
            String clean = filter.clean(w.text());
            if (!clean.isEmpty()) {
                out.add(new OcrWord(clean, w.x(), w.y(), w.width(), w.height(), w.confidence()));
            }
        }
        return out;
    }
}
