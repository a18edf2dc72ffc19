package vn.sogoc.archive.pdf;

import java.io.IOException;

/** Makes searchable PDF/A-2b documents from page images and their text (port). */
public interface SearchablePdfWriter {

    SearchablePdf create(PdfMetadata metadata) throws IOException;
}
