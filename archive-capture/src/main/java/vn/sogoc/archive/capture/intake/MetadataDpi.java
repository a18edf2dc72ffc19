package vn.sogoc.archive.capture.intake;

import java.util.OptionalInt;

import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;

import org.w3c.dom.Node;

/**
 * Reads the scan resolution from ImageIO's standard metadata tree, where each plugin reports PNG
 * pHYs, JPEG JFIF density and TIFF XResolution as millimetres per pixel.
 */
final class MetadataDpi {

    private static final double MM_PER_INCH = 25.4;

    private MetadataDpi() { }

    static OptionalInt of(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return OptionalInt.empty();
        }
        Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        Node dimension = child(root, "Dimension");
        Node pixelSize = dimension == null ? null : child(dimension, "HorizontalPixelSize");
        if (pixelSize == null) {
            return OptionalInt.empty();
        }
        Node value = pixelSize.getAttributes().getNamedItem("value");
        try {
            double mmPerPixel = Double.parseDouble(value.getNodeValue());
            if (!(mmPerPixel > 0)) {
                return OptionalInt.empty();
            }
            long dpi = Math.round(MM_PER_INCH / mmPerPixel);
            // 72 dpi or less is what editors write by default, not a scan resolution.
            return dpi > 72 && dpi <= 4800 ? OptionalInt.of((int) dpi) : OptionalInt.empty();
        } catch (NumberFormatException | NullPointerException e) {
            return OptionalInt.empty();
        }
    }

    private static Node child(Node parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (name.equals(node.getNodeName())) {
                return node;
            }
        }
        return null;
    }
}
