package vn.sogoc.archive.app.copies;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes the copy number and issuing time onto a prepared copy as a small incremental update (the
 * prepared bytes are kept as they are), with the font the certification page already embeds: this is
 * the only PDF work done while the copy register's counter is locked, so it must be cheap.
 */
final class NumberStamp {

    private static final float SIZE = 11f;

    private NumberStamp() { }

    /**
     * @param positions x and y of the number, then of the time ({@link CopyDocument#valuePositions()})
     */
    static void stamp(Path prepared, Path out, String number, OffsetDateTime issuedAt, float[] positions) throws IOException {
        try (PDDocument document = Loader.loadPDF(prepared.toFile())) {
            PDPage page = document.getPage(document.getNumberOfPages() - 1);
            PDResources resources = page.getResources();
            PDFont font = null;
            for (COSName name : resources.getFontNames()) {
                font = resources.getFont(name);
                break;
            }
            if (font == null) throw new IOException("the certification page of " + prepared + " has no font");
            try (PDPageContentStream cs = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.setNonStrokingColor(0f);
                show(cs, font, number, positions[0], positions[1]);
                show(cs, font, CertificationPage.ISO.format(issuedAt), positions[2], positions[3]);
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            resources.getCOSObject().setNeedToBeUpdated(true);
            COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
            if (fonts != null) fonts.setNeedToBeUpdated(true);
            try (OutputStream o = Files.newOutputStream(out)) {
                document.saveIncremental(o);
            }
        }
    }

    private static void show(PDPageContentStream cs, PDFont font, String text, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, SIZE);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
