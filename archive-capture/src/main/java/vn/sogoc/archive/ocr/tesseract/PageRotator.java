package vn.sogoc.archive.ocr.tesseract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Turns page images: by whole quarter turns exactly (pixels moved, none resampled; a half turn of the
 * reader's own layouts by reversing the pixel arrays, ~10× faster than Java2D), or by any angle onto a
 * canvas grown to keep every corner, the uncovered area filled white ({@link ArrayRotator} for the
 * reader's own layouts, Java2D for others).
 */
final class PageRotator {

    private PageRotator() { }

    /** Rotates clockwise by {@code degrees} (y down); quarter turns are exact. */
    static BufferedImage rotate(BufferedImage image, double degrees) {
        double normalized = ((degrees % 360) + 360) % 360;
        if (normalized == 0) {
            return image;
        }
        if (normalized == 180) {
            BufferedImage turned = HalfTurn.of(image);
            if (turned != null) {
                return turned;
            }
        }
        if (normalized % 90 != 0) {
            int[] size = canvas(image, normalized);
            BufferedImage fast = ArrayRotator.rotate(image, normalized, size[0], size[1]);
            if (fast != null) {
                return fast;
            }
        }
        return java2d(image, normalized);
    }

    /** The canvas that keeps every corner of {@code image} turned by {@code degrees}: width, height. */
    static int[] canvas(BufferedImage image, double degrees) {
        double theta = Math.toRadians(degrees);
        boolean quarter = degrees % 90 == 0;
        double sin = quarter ? Math.round(Math.sin(theta)) : Math.sin(theta);
        double cos = quarter ? Math.round(Math.cos(theta)) : Math.cos(theta);
        return new int[] {(int) Math.round(Math.abs(image.getWidth() * cos) + Math.abs(image.getHeight() * sin)),
            (int) Math.round(Math.abs(image.getWidth() * sin) + Math.abs(image.getHeight() * cos))};
    }

    /** The Java2D rotation (bilinear, nearest neighbour for 1-bit pages and quarter turns) by {@code normalized} ∈ (0, 360). */
    static BufferedImage java2d(BufferedImage image, double normalized) {
        double theta = Math.toRadians(normalized);
        boolean quarter = normalized % 90 == 0;
        double sin = quarter ? Math.round(Math.sin(theta)) : Math.sin(theta);
        double cos = quarter ? Math.round(Math.cos(theta)) : Math.cos(theta);
        int[] size = canvas(image, normalized);
        int width = size[0];
        int height = size[1];
        BufferedImage out = blankLike(image, width, height);
        Graphics2D g = out.createGraphics();
        try {
            if (!quarter) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            boolean smooth = !quarter && image.getType() != BufferedImage.TYPE_BYTE_BINARY;
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, smooth
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            AffineTransform transform = new AffineTransform(cos, sin, -sin, cos, 0, 0);
            transform.preConcatenate(AffineTransform.getTranslateInstance(width / 2.0, height / 2.0));
            transform.concatenate(AffineTransform.getTranslateInstance(-image.getWidth() / 2.0, -image.getHeight() / 2.0));
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static BufferedImage blankLike(BufferedImage image, int width, int height) {
        return switch (image.getType()) {
            case BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_INT_RGB ->
                new BufferedImage(width, height, image.getType());
            default -> new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        };
    }
}
