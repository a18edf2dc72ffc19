/**
 * Apache PDFBox adapter of the {@code vn.sogoc.archive.pdf} port: searchable PDF/A-2b made of page
 * images with an invisible text layer. The only public type is
 * {@link vn.sogoc.archive.pdf.pdfbox.PdfBoxSearchablePdfWriter}; the rest are package-private steps
 * (image compression, page geometry, text layer, PDF/A metadata).
 */
package vn.sogoc.archive.pdf.pdfbox;
