package vn.sogoc.archive.app.copies;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.sogoc.archive.app.printing.PrintFont;
import vn.sogoc.archive.pdf.PdfMetadata;
import vn.sogoc.archive.pdf.pdfbox.PdfAConformance;

/**
 * A copy being made (PDFBox): a new PDF/A-2b document built from the archived record's pages (page
 * images and invisible text layer kept as they are), without the record's own signature, form fields and
 * validation data, with new metadata and the certification page at the end. Unsigned: the organisation's
 * "BẢN SAO" signature is added afterwards. Saved without number and time, which {@link NumberStamp}
 * adds as a small incremental update once the number is held. One thread at a time.
 */
final class CopyDocument implements AutoCloseable {

    private static final COSName DSS = COSName.getPDFName("DSS");

    private final PDDocument document;
    private final PDFont font;
    private final int archivedPages;
    private CertificationPage certification;

    private CopyDocument(PDDocument document, PDFont font, int archivedPages) {
        this.document = document;
        this.font = font;
        this.archivedPages = archivedPages;
    }

    /** Opens the archived record and takes away what belongs to the record, not to its pages. */
    static CopyDocument open(Path archivedPdf) throws IOException {
        PDDocument document = Loader.loadPDF(archivedPdf.toFile());
        try {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.getCOSObject().removeItem(COSName.ACRO_FORM);
            catalog.getCOSObject().removeItem(DSS);
            catalog.getCOSObject().removeItem(COSName.PERMS);
            for (PDPage page : document.getPages()) {
                page.getCOSObject().removeItem(COSName.ANNOTS);
            }
            PDFont font = PrintFont.load(document);
            return new CopyDocument(document, font, document.getNumberOfPages());
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /** Checks that a text given by a person can be printed with the copy's font. */
    void requirePrintable(String field, String value) {
        CertificationPage.requirePrintable(font, field, value);
    }

    /** Writes the metadata and the certification page, all but the number and time. */
    void certify(CopyFacts facts, OffsetDateTime created) throws IOException {
        String title = "Bản sao điện tử từ sổ gốc — " + facts.entry().registerNo() + " — " + facts.entry().number();
        String subject = "Bản sao từ sổ gốc của kết quả " + facts.entry().number() + " cấp cho " + facts.entry().holderName()
                + "; mã kiểm tra " + facts.copyId();
        PdfAConformance.apply(document, new PdfMetadata(title, subject, facts.organisation(), null, created, "vi"),
                "urn:sogoc:copy:" + facts.copyId());
        certification = CertificationPage.add(document, font, facts, archivedPages);
    }

    /** Where the number and time go on the certification page, for {@link NumberStamp}. */
    float[] valuePositions() {
        return certification.valuePositions();
    }

    int archivedPages() {
        return archivedPages;
    }

    int pages() {
        return document.getNumberOfPages();
    }

    void save(Path out) throws IOException {
        document.save(out.toFile());
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
