package vn.sogoc.archive.capture.intake;

/** Bounds the pixels of one page so that an enormous page is decoded or rendered at a lower resolution. */
record PixelBudget(long maxPixels) {

    /** Smallest integer subsampling step that keeps a {@code width × height} image within budget. */
    int subsampling(long width, long height) {
        int step = 1;
        while (ceilDiv(width, step) * ceilDiv(height, step) > maxPixels) {
            step++;
        }
        return step;
    }

    /** Highest dpi, at most {@code wanted}, at which a page of the given size in points stays within budget. */
    int dpiFor(double widthPoints, double heightPoints, int wanted) {
        double areaInches = (widthPoints / 72.0) * (heightPoints / 72.0);
        if (areaInches <= 0) {
            return wanted;
        }
        int dpi = wanted;
        while (dpi > 1 && pixelsAt(widthPoints, heightPoints, dpi) > maxPixels) {
            dpi = Math.min(dpi - 1, (int) Math.floor(Math.sqrt(maxPixels / areaInches)));
        }
        return Math.max(dpi, 1);
    }

    private static long pixelsAt(double widthPoints, double heightPoints, int dpi) {
        return (long) Math.ceil(widthPoints * dpi / 72.0) * (long) Math.ceil(heightPoints * dpi / 72.0);
    }

    private static long ceilDiv(long value, int step) { return (value + step - 1) / step; }
}
