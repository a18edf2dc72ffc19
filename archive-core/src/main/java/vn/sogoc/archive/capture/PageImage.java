package vn.sogoc.archive.capture;

import java.awt.image.BufferedImage;

/**
 * One page of a scan as an image, with the resolution it was scanned at.
 *
 * @param index zero-based page number in its source file
 * @param dpi   resolution in dots per inch (horizontal and vertical are assumed equal)
 */
public record PageImage(int index, BufferedImage image, int dpi, ColorKind colorKind) {

    public double widthPoints() { return image.getWidth() * 72.0 / dpi; }

    public double heightPoints() { return image.getHeight() * 72.0 / dpi; }
}
