package vn.sogoc.archive.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Image-only PDFs as a scanner makes them: one image per page, the page sized so the image keeps its dpi. */
final class PdfFiles {

    private PdfFiles() { }

    static void writeImagePdf(List<BufferedImage> pages, int dpi, float jpegQuality, Path file, long seed)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                float w = image.getWidth() * 72f / dpi;
                float h = image.getHeight() * 72f / dpi;
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                PDImageXObject x = image.getType() == BufferedImage.TYPE_BYTE_BINARY
                        ? CCITTFactory.createFromImage(doc, image)
                        : JPEGFactory.createFromImage(doc, image, jpegQuality, dpi);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, w, h);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setProducer("Scanner");
            info.setCreator("Scan to PDF");
            save(doc, file, seed);
        }
    }

    /** Saves with a fixed creation date and document id so that a seed gives the same bytes. */
    static void save(PDDocument doc, Path file, long seed) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("GMT+07:00"));
        when.setTimeInMillis(1_700_000_000_000L + Math.floorMod(seed, 100_000_000L) * 1000L);
        doc.getDocumentInformation().setCreationDate(when);
        String id = String.format("%016x%016x", seed, seed * 31 + 7);
        COSArray ids = new COSArray();
        ids.add(new COSString(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        ids.add(new COSString(id.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        doc.save(file.toFile());
    }
}
