package vn.sogoc.archive.app.reports;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.sogoc.archive.app.printing.PageText;
import vn.sogoc.archive.pdf.PdfMetadata;
import vn.sogoc.archive.pdf.pdfbox.PdfAConformance;

/**
 * Writes a report as PDF/A-2b with PDFBox: A4 pages, embedded Noto Sans (every Vietnamese letter),
 * XMP with the PDF/A identification, an sRGB output intent; text lines, table rows and chart images
 * flow down the pages. Page 1 keeps its top right corner free for the signature stamp.
 */
final class ReportPdf implements Closeable {

    private static final float MARGIN = 42f;
    private static final float STAMP_SPACE = 95f;   // the signature appearance sits top right of page 1

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream out;
    private float y;
    private int pages;

    ReportPdf() throws IOException {
        try (InputStream in = ReportFont.open()) {
            font = PDType0Font.load(doc, in, true);
        }
        newPage();
    }

    private void newPage() throws IOException {
        if (out != null) out.close();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        pages++;
        y = PDRectangle.A4.getHeight() - MARGIN - (pages == 1 ? STAMP_SPACE : 0);
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN) newPage();
    }

    /** A line of text; long lines are wrapped to the page width. */
    void text(String s, float size) throws IOException {
        List<String> lines = PageText.wrap(font, s == null ? "" : s, size, width());
        for (String line : lines.isEmpty() ? List.of("") : lines) {
            ensure(size * 1.4f);
            y -= size * 1.4f;
            PageText.show(out, font, line, size, MARGIN, y);
        }
    }

    void gap(float h) throws IOException {
        ensure(h);
        y -= h;
    }

    /** A table row: cells at the given column widths (fractions of the page width), clipped to fit. */
    void row(float size, float[] widths, String... cells) throws IOException {
        ensure(size * 1.35f);
        y -= size * 1.35f;
        float x = MARGIN;
        for (int i = 0; i < cells.length && i < widths.length; i++) {
            float w = widths[i] * width();
            String c = clip(cells[i] == null ? "" : cells[i], size, w - 4);
            PageText.show(out, font, c, size, x, y);
            x += w;
        }
    }

    /** A PNG chart at full width, keeping its aspect ratio. */
    void image(byte[] png) throws IOException {
        var img = ImageIO.read(new ByteArrayInputStream(png));
        PDImageXObject x = LosslessFactory.createFromImage(doc, img);
        float w = width();
        float h = w * img.getHeight() / img.getWidth();
        ensure(h + 6);
        y -= h + 6;
        out.drawImage(x, MARGIN, y, w, h);
    }

    /** Finishes the document as PDF/A-2b. */
    void save(Path file, String title, String author, OffsetDateTime created) throws IOException {
        out.close();
        out = null;
        PdfAConformance.apply(doc, new PdfMetadata(title, null, author, null, created, "vi"));
        doc.save(file.toFile());
    }

    @Override
    public void close() throws IOException {
        if (out != null) out.close();
        doc.close();
    }

    private String clip(String s, float size, float w) throws IOException {
        s = s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        if (PageText.width(font, s, size) <= w) return s;
        while (!s.isEmpty() && PageText.width(font, s + "…", size) > w) s = s.substring(0, s.length() - 1);
        return s + "…";
    }
}
