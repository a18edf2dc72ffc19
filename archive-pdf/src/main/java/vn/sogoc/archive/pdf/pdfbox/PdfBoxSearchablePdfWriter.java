package vn.sogoc.archive.pdf.pdfbox;

import java.io.IOException;
import java.util.Objects;

import vn.sogoc.archive.pdf.PdfMetadata;
import vn.sogoc.archive.pdf.SearchablePdf;
import vn.sogoc.archive.pdf.SearchablePdfWriter;

/**
 * Apache PDFBox adapter of {@link SearchablePdfWriter}: makes PDF/A-2b files with one page per scan
 * image (kept at its own resolution, compressed by its {@code ColorKind}) and an invisible,
 * selectable text layer in an embedded Noto Sans subset.
 *
 * <p>Stateless and thread-safe: one instance can serve every worker; each {@link SearchablePdf}
 * it creates belongs to one thread and buffers its pages in a temporary file, not in memory.
 */
public final class PdfBoxSearchablePdfWriter implements SearchablePdfWriter {

    /** JPEG quality for colour and grey pages. */
    public static final float DEFAULT_JPEG_QUALITY = 0.85f;

    private final PageImageEncoder encoder;

    public PdfBoxSearchablePdfWriter() {
        this(DEFAULT_JPEG_QUALITY);
    }

    /** @param jpegQuality JPEG quality for colour and grey pages, in (0, 1] */
    public PdfBoxSearchablePdfWriter(float jpegQuality) {
        if (!(jpegQuality > 0 && jpegQuality <= 1)) {
            throw new IllegalArgumentException("JPEG quality must be in (0, 1]: " + jpegQuality);
        }
        this.encoder = new PageImageEncoder(jpegQuality);
    }

    @Override
    public SearchablePdf create(PdfMetadata metadata) throws IOException {
        return PdfBoxSearchablePdf.open(Objects.requireNonNull(metadata, "metadata"), encoder);
    }
}
