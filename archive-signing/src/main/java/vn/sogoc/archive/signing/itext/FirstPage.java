package vn.sogoc.archive.signing.itext;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Page 1 as far as placing a signature goes: its crop box, and how far down earlier signatures' widgets
 * reach in its right half, so a further signature goes below them instead of on top.
 *
 * @param cropBox the visible page area
 * @param freeTop the highest y where a new box may start (the crop box top, or below earlier signatures)
 */
record FirstPage(Rectangle cropBox, float freeTop) {

    private static final float GAP = 6f;

    static FirstPage read(Path pdf) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(pdf.toFile()))) {
            PdfPage page = document.getPage(1);
            Rectangle crop = page.getCropBox();
            float freeTop = crop.getTop();
            for (PdfAnnotation annotation : page.getAnnotations()) {
                Rectangle rect = annotation.getRectangle() == null ? null : annotation.getRectangle().toRectangle();
                if (isSignatureWidget(annotation.getPdfObject()) && rect != null
                    && rect.getRight() > crop.getLeft() + crop.getWidth() / 2) {
                    freeTop = Math.min(freeTop, rect.getBottom() - GAP);
                }
            }
            return new FirstPage(crop, freeTop);
        }
    }

    private static boolean isSignatureWidget(PdfDictionary annotation) {
        if (!PdfName.Widget.equals(annotation.getAsName(PdfName.Subtype))) {
            return false;
        }
        PdfName type = annotation.getAsName(PdfName.FT);
        PdfDictionary parent = annotation.getAsDictionary(PdfName.Parent);
        if (type == null && parent != null) {
            type = parent.getAsName(PdfName.FT);
        }
        return PdfName.Sig.equals(type);
    }
}
