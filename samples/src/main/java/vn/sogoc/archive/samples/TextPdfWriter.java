package vn.sogoc.archive.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.sogoc.archive.samples.LaidOutPage.PlacedLine;
import vn.sogoc.archive.samples.LaidOutPage.PlacedWord;
import vn.sogoc.archive.samples.LaidOutPage.Rule;

/**
 * A born-digital result: real text in an embedded (subset) Vietnamese font, the seal as an image,
 * as an electronically issued result looks. Not a scan: no degradation.
 */
final class TextPdfWriter {

    private TextPdfWriter() { }

    /** Lays out and writes {@code content}; returns the pages as laid out (the text ground truth). */
    static List<LaidOutPage> write(DocumentContent content, FontSet awtFonts, long seed, Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Map<TextStyle, PDType0Font> fonts = new EnumMap<>(TextStyle.class);
            for (TextStyle style : TextStyle.values()) {
                fonts.put(style, PDType0Font.load(doc, awtFonts.family().file(style).toFile()));
            }
            TextMeasurer measurer = (text, style, size) -> {
                try {
                    return fonts.get(style).getStringWidth(text) / 1000f * size;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            List<LaidOutPage> pages = new LayoutEngine(measurer, seed).layout(content, true);
            Random random = new Random(seed ^ 0x5EA1L);
            for (LaidOutPage laid : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float top = page.getMediaBox().getHeight();
                    for (PlacedLine line : laid.lines()) {
                        for (PlacedWord word : line.words()) {
                            awtFonts.checkDrawable(word.style(), word.text());
                            cs.beginText();
                            cs.setFont(fonts.get(word.style()), line.size());
                            cs.newLineAtOffset(word.x(), top - line.baseline());
                            cs.showText(word.text());
                            cs.endText();
                        }
                    }
                    for (Rule rule : laid.rules()) {
                        cs.setLineWidth(rule.thickness());
                        cs.moveTo(rule.x1(), top - rule.y());
                        cs.lineTo(rule.x2(), top - rule.y());
                        cs.stroke();
                    }
                    if (laid.seal() != null) {
                        double pxPerPt = 200 / 72.0;
                        BufferedImage seal = SealPainter.image(laid.seal(), awtFonts, pxPerPt, random);
                        PDImageXObject x = LosslessFactory.createFromImage(doc, seal);
                        float side = (float) (seal.getWidth() / pxPerPt);
                        cs.drawImage(x, laid.seal().cx() - side / 2, top - laid.seal().cy() - side / 2, side, side);
                    }
                }
            }
            doc.getDocumentInformation().setTitle(content.titleLines().get(0) + " " + content.facts().number());
            doc.getDocumentInformation().setAuthor(content.facts().authority().issuerRegister());
            doc.getDocumentInformation().setProducer("Hệ thống một cửa điện tử");
            PdfFiles.save(doc, file, seed);
            return pages;
        }
    }
}
