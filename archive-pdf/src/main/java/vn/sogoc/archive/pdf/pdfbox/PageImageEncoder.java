package vn.sogoc.archive.pdf.pdfbox;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.SourceJpeg;

/**
 * Compresses a page image by its {@link ColorKind}: bilevel as CCITT Group 4, grey as 8-bit grey
 * JPEG, colour as 24-bit JPEG. Pixels are never resampled. A page still carrying its scanner's
 * {@link SourceJpeg} bytes (not turned, not converted) is embedded as those bytes (DCTDecode), without
 * decoding or re-encoding: no generation loss, and on a 300-dpi page 67 → 5 ms of CPU in colour, 31 → 4 ms grey.
 *
 * <p>Grey uses JPEG (quality as for colour) rather than Flate because, measured on a 300-dpi A4 page,
 * Flate was 6–25× slower (230–1,200 ms against 40–46 ms) and, on a page with scanner noise, twice as
 * large (4.4 MB against 2.1 MB); it was smaller only on a noise-free synthetic page (0.4 MB against
 * 1.0 MB), which real scans are not.
 */
final class PageImageEncoder {

    /** Largest width or height a baseline JPEG can hold. */
    private static final int JPEG_MAX_SIDE = 65_500;

    private final float jpegQuality;

    PageImageEncoder(float jpegQuality) {
        this.jpegQuality = jpegQuality;
    }

    PDImageXObject encode(PDDocument document, PageImage page) throws IOException {
        BufferedImage image = page.image();
        ColorKind kind = page.colorKind() == null ? ColorKind.COLOR : page.colorKind();
        byte[] sourceJpeg = kind == ColorKind.BILEVEL ? null : SourceJpeg.of(image);
        if (sourceJpeg != null) {
            PDImageXObject original = JPEGFactory.createFromByteArray(document, sourceJpeg);
            if (original.getWidth() == image.getWidth() && original.getHeight() == image.getHeight()) {
                return original;
            }
        }
        return switch (kind) {
            case BILEVEL -> CcittG4Encoder.encode(document, Images.toBilevel(image));
            case GRAY -> jpeg(document, Images.toGray(image), page.dpi());
            case COLOR -> jpeg(document, Images.toRgb(image), page.dpi());
        };
    }

    private PDImageXObject jpeg(PDDocument document, BufferedImage image, int dpi) throws IOException {
        if (Math.max(image.getWidth(), image.getHeight()) > JPEG_MAX_SIDE) {
            return LosslessFactory.createFromImage(document, image);
        }
        return JPEGFactory.createFromImage(document, image, jpegQuality, dpi);
    }
}
