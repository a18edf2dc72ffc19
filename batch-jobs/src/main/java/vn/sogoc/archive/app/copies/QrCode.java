package vn.sogoc.archive.app.copies;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code (ZXing) drawn as black vector squares into a PDF page: no image, nothing for PDF/A to object
 * to, sharp at any zoom.
 */
final class QrCode {

    private final BitMatrix matrix;

    private QrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    /** The QR code of {@code text} (error correction M, quiet zone drawn by the caller's layout). */
    static QrCode of(String text) {
        try {
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text + ": " + e.getMessage(), e);
        }
    }

    /** Modules per side. */
    int size() {
        return matrix.getWidth();
    }

    /** Draws the code with its top left corner at (x, top), {@code side} points wide. */
    void draw(PDPageContentStream content, float x, float top, float side) throws IOException {
        float module = side / matrix.getWidth();
        content.saveGraphicsState();
        content.setNonStrokingColor(0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) col++;
                content.addRect(x + start * module, top - (row + 1) * module, (col - start) * module, module);
            }
        }
        content.fill();
        content.restoreGraphicsState();
    }
}
