package vn.sogoc.archive.pdf;

import java.time.OffsetDateTime;

/** Document-level metadata written into the archival PDF's Info dictionary and XMP. */
public record PdfMetadata(String title, String subject, String author, String keywords, OffsetDateTime created,
                          String language) { }
