package vn.sogoc.archive.app.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a born-digital PDF claims to be: PDF/A-2b when its XMP says {@code pdfaid:part} 2 and
 * {@code pdfaid:conformance} B (element or attribute form), unencrypted and not yet signed. A claim, not a
 * validation: such a file is archived as it is, anything else is re-rendered into PDF/A-2b.
 */
final class PdfAIdentification {

    private static final Pattern PART = Pattern.compile("pdfaid:part\\s*(=\\s*[\"']|>)\\s*2\\s*[\"'<]");
    private static final Pattern CONFORMANCE = Pattern.compile("pdfaid:conformance\\s*(=\\s*[\"']|>)\\s*[Bb]\\s*[\"'<]");

    /** The file's claim and its text. */
    record Probe(boolean pdfa2b, int pages, String text) { }

    private PdfAIdentification() { }

    static Probe probe(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            boolean pdfa = false;
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata != null && !document.isEncrypted() && document.getSignatureDictionaries().isEmpty()) {
                try (InputStream in = metadata.exportXMPMetadata()) {
                    String xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    pdfa = PART.matcher(xmp).find() && CONFORMANCE.matcher(xmp).find();
                }
            }
            String text = new PDFTextStripper().getText(document);
            return new Probe(pdfa, document.getNumberOfPages(), text);
        }
    }
}
