package vn.sogoc.archive.pdf.pdfbox;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.ocr.PageText;
import vn.sogoc.archive.pdf.PdfMetadata;
import vn.sogoc.archive.pdf.SearchablePdf;

/**
 * One PDF/A-2b document being built with PDFBox. Each page's image is compressed as soon as it is
 * added; the compressed streams live in a temporary file until {@link #save(Path)}.
 */
final class PdfBoxSearchablePdf implements SearchablePdf {

    private final PDDocument document;
    private final PdfMetadata metadata;
    private final PageImageEncoder encoder;
    private final TextLayer textLayer;

    private PdfBoxSearchablePdf(PDDocument document, PdfMetadata metadata, PageImageEncoder encoder, TextLayer textLayer) {
        this.document = document;
        this.metadata = metadata;
        this.encoder = encoder;
        this.textLayer = textLayer;
    }

    static PdfBoxSearchablePdf open(PdfMetadata metadata, PageImageEncoder encoder) throws IOException {
        PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        try {
            return new PdfBoxSearchablePdf(document, metadata, encoder, new TextLayer(EmbeddedFont.load(document)));
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    @Override
    public void addPage(PageImage image, PageText text) throws IOException {
        Objects.requireNonNull(image, "image");
        PageGeometry geometry = PageGeometry.of(image);
        PDImageXObject xObject = encoder.encode(document, image);
        PDPage page = new PDPage(new PDRectangle(geometry.width(), geometry.height()));
        if (geometry.userUnit() != 1f) {
            page.setUserUnit(geometry.userUnit());
        }
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.OVERWRITE, true)) {
            content.drawImage(xObject, 0, 0, geometry.width(), geometry.height());
            textLayer.write(content, text == null ? PageText.empty() : text, geometry);
        }
    }

    @Override
    public void save(Path out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (document.getNumberOfPages() == 0) {
            throw new IllegalStateException("a PDF needs at least one page");
        }
        PdfAConformance.apply(document, metadata);
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            document.save(stream);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
