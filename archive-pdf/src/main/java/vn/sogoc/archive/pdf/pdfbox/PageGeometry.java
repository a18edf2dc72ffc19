package vn.sogoc.archive.pdf.pdfbox;

import vn.sogoc.archive.capture.PageImage;

/**
 * Where a page image goes in PDF user space: its size at 100% scale ({@code pixels / dpi × 72} pt)
 * and the factor from image pixels to user-space units. Pages larger than PDF's 14,400-unit limit get
 * a {@code /UserUnit} above 1 so that their physical size is still kept.
 *
 * @param width    page width in user-space units
 * @param height   page height in user-space units
 * @param userUnit size of one user-space unit in points (1 for all ordinary pages)
 * @param scale    user-space units per image pixel
 */
record PageGeometry(float width, float height, float userUnit, float scale) {

    /** Largest page dimension PDF 1.7 (and PDF/A-2) allows, in user-space units. */
    static final float MAX_UNITS = 14_400f;

    static PageGeometry of(PageImage page) {
        if (page.dpi() <= 0) {
            throw new IllegalArgumentException("page " + page.index() + ": resolution must be positive, was " + page.dpi());
        }
        double pointsPerPixel = 72.0 / page.dpi();
        double widthPt = page.image().getWidth() * pointsPerPixel;
        double heightPt = page.image().getHeight() * pointsPerPixel;
        double largest = Math.max(widthPt, heightPt);
        double userUnit = largest > MAX_UNITS ? Math.ceil(largest / MAX_UNITS * 1000) / 1000 : 1;
        return new PageGeometry((float) (widthPt / userUnit), (float) (heightPt / userUnit), (float) userUnit,
                (float) (pointsPerPixel / userUnit));
    }
}
