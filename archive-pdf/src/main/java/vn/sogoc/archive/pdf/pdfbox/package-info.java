/**
 * Apache PDFBox adapter of the {@code vn.sogoc.archive.pdf} port: searchable PDF/A-2b made of page
 * images with an invisible text layer. The public types are
 * {@link vn.sogoc.archive.pdf.pdfbox.PdfBoxSearchablePdfWriter} and
 * {@link vn.sogoc.archive.pdf.pdfbox.PdfAConformance} (the PDF/A-2b metadata and output intent, also
 * used by the application's copies and reports); the rest are package-private steps (image
 * compression, page geometry, text layer).
 */
package vn.sogoc.archive.pdf.pdfbox;
