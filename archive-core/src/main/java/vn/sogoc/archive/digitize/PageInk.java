package vn.sogoc.archive.digitize;

import java.awt.image.BufferedImage;

/**
 * How much of a page image is ink: the share of sampled pixels darker than mid-grey. A cheap first test
 * of whether a scanned page carries any information before it is read.
 */
public final class PageInk {

    private static final int STEP = 3;
    private static final int DARK = 128;

    private PageInk() { }

    /** The dark share of the page, 0–1, on a grid of every third pixel each way. */
    public static double fraction(BufferedImage image) {
        long dark = 0;
        long seen = 0;
        for (int y = 0; y < image.getHeight(); y += STEP) {
            for (int x = 0; x < image.getWidth(); x += STEP) {
                int rgb = image.getRGB(x, y);
                int luma = (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
                if (luma < DARK) dark++;
                seen++;
            }
        }
        return seen == 0 ? 0 : (double) dark / seen;
    }
}
