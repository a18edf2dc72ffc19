package vn.sogoc.archive.capture.intake;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Walks a page's content (without decoding any pixels) to find its largest placed image, its
 * native resolution and whether it is 1-bit, so a scanned page is rendered at the resolution it was
 * scanned at.
 */
final class PdfImageProbe extends PDFStreamEngine {

    /** The largest image placed on a page. */
    record LargestImage(double dpi, boolean oneBit, boolean gray, double pageShare) { }

    private double bestArea;
    private LargestImage best;
    private double pageArea;

    private PdfImageProbe() {
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
    }

    static Optional<LargestImage> largestImage(PDPage page) throws IOException {
        PdfImageProbe probe = new PdfImageProbe();
        probe.pageArea = Math.max(1, page.getCropBox().getWidth() * page.getCropBox().getHeight());
        probe.processPage(page);
        return Optional.ofNullable(probe.best);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        String name = operator.getName();
        if (OperatorName.DRAW_OBJECT.equals(name) && !operands.isEmpty() && operands.get(0) instanceof COSName objectName) {
            PDXObject xobject = getResources() == null ? null : getResources().getXObject(objectName);
            if (xobject instanceof PDImageXObject image) {
                consider(image);
            } else if (xobject instanceof PDFormXObject form) {
                showForm(form);
            }
        } else if (OperatorName.BEGIN_INLINE_IMAGE.equals(name) && operator.getImageParameters() != null) {
            consider(new PDInlineImage(operator.getImageParameters(), operator.getImageData(), getResources()));
        } else {
            super.processOperator(operator, operands);
        }
    }

    private void consider(PDImage image) throws IOException {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double widthPoints = Math.abs(ctm.getScalingFactorX());
        double heightPoints = Math.abs(ctm.getScalingFactorY());
        double area = widthPoints * heightPoints;
        if (area <= bestArea || widthPoints < 1 || heightPoints < 1) {
            return;
        }
        bestArea = area;
        double dpi = Math.max(image.getWidth() / (widthPoints / 72.0), image.getHeight() / (heightPoints / 72.0));
        boolean oneBit = image.isStencil() || image.getBitsPerComponent() == 1;
        best = new LargestImage(dpi, oneBit, !image.isStencil() && isGray(image), area / pageArea);
    }

    private static boolean isGray(PDImage image) {
        try {
            return image.getColorSpace() != null && image.getColorSpace().getNumberOfComponents() == 1;
        } catch (IOException | RuntimeException e) {
            return false; // unknown colour space: let the rendered pixels decide
        }
    }
}
