package vn.sogoc.archive.capture;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Hashtable;

/**
 * The scanner's own JPEG bytes of a page (ảnh JPEG gốc của trang), carried with its decoded image so that
 * a PDF writer can embed them as they are (no re-encoding, no generation loss) instead of compressing
 * the pixels again. Kept as a property of the image itself: any rotation, scaling or conversion makes a
 * new image without it, so an image that still has it shows exactly the pixels those bytes decode to.
 */
public final class SourceJpeg {

    /** The {@link BufferedImage#getProperty property} name under which the bytes travel. */
    public static final String PROPERTY = "vn.sogoc.archive.sourceJpeg";

    private SourceJpeg() { }

    /** The same pixels (shared, not copied) as {@code image}, carrying {@code jpeg}. */
    public static BufferedImage attach(BufferedImage image, byte[] jpeg) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PROPERTY, jpeg);
        WritableRaster raster = image.getRaster();
        return new BufferedImage(image.getColorModel(), raster, image.isAlphaPremultiplied(), properties);
    }

    /** The JPEG bytes {@code image} was decoded from, or null. */
    public static byte[] of(BufferedImage image) {
        return image.getProperty(PROPERTY) instanceof byte[] jpeg ? jpeg : null;
    }
}
