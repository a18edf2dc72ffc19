package vn.sogoc.archive.pdf.pdfbox;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Encodes a 1-bit image as a CCITT Group 4 (T.6) image XObject. The JDK's TIFF writer does the
 * encoding as a single strip and PDFBox lifts the strip into the PDF unchanged: measured on a 300-dpi
 * A4 page, 16 ms of CPU against 165–210 ms for {@link CCITTFactory#createFromImage}, which reads the
 * image pixel by pixel; the bytes are identical.
 */
final class CcittG4Encoder {

    private CcittG4Encoder() { }

    static PDImageXObject encode(PDDocument document, BufferedImage bilevel) throws IOException {
        ImageWriter writer = tiffWriter();
        ByteArrayOutputStream tiff = new ByteArrayOutputStream(Math.max(1024, bilevel.getWidth() * bilevel.getHeight() / 64));
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("CCITT T.6");
            TIFFDirectory directory = TIFFDirectory.createFromMetadata(
                    writer.getDefaultImageMetadata(new ImageTypeSpecifier(bilevel), param));
            TIFFTag rowsPerStrip = BaselineTIFFTagSet.getInstance().getTag(BaselineTIFFTagSet.TAG_ROWS_PER_STRIP);
            directory.addTIFFField(new TIFFField(rowsPerStrip, TIFFTag.TIFF_LONG, 1, new long[] {bilevel.getHeight()}));
            writer.write(null, new IIOImage(bilevel, null, directory.getAsMetadata()), param);
        } catch (IOException | RuntimeException e) {
            // the JDK's encoder refused this image: fall back to PDFBox's own (slower) encoder
            return CCITTFactory.createFromImage(document, bilevel);
        } finally {
            writer.dispose();
        }
        try {
            return CCITTFactory.createFromByteArray(document, tiff.toByteArray());
        } catch (IOException | RuntimeException e) {
            return CCITTFactory.createFromImage(document, bilevel);
        }
    }

    /**
     * The JDK's own TIFF writer: other plugins on the class path (jai-imageio-core comes with Tess4J)
     * ignore the rows-per-strip field and write several strips, which PDFBox cannot lift.
     */
    private static ImageWriter tiffWriter() throws IOException {
        ImageWriter fallback = null;
        for (Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff"); writers.hasNext(); ) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().startsWith("com.sun.imageio.plugins.tiff.")) {
                if (fallback != null) fallback.dispose();
                return w;
            }
            if (fallback == null) fallback = w; else w.dispose();
        }
        if (fallback == null) throw new IOException("no TIFF image writer in this JDK");
        return fallback;
    }
}
