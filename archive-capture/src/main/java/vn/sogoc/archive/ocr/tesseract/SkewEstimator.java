package vn.sogoc.archive.ocr.tesseract;

/**
 * Finds which way a page's text lines run (across or down the image) and by how many degrees they
 * are tilted, from projection profiles of its ink: the angle at which the profile of the lines is
 * sharpest is the skew. Cheap (tens of milliseconds) so every page can pay it.
 */
final class SkewEstimator {

    /** Which way the lines run and their tilt, clockwise in image coordinates (y down). */
    record Estimate(boolean linesRunDown, double skewDegrees) { }

    static final double MAX_SKEW = 6.0;
    private static final double COARSE_STEP = 0.5;
    private static final double FINE_STEP = 0.05;
    /** Lines must be this much sharper down the page than across it to call the page sideways. */
    private static final double SIDEWAYS_MARGIN = 1.25;
    private static final int MIN_POINTS = 200;

    private SkewEstimator() { }

    static Estimate estimate(InkPoints ink) {
        if (ink.count() < MIN_POINTS) {
            return new Estimate(false, 0);
        }
        Best across = best(ink.x(), ink.y(), ink.count(), ink.width(), ink.height());
        Best down = best(ink.y(), ink.x(), ink.count(), ink.height(), ink.width());
        boolean sideways = down.score() > across.score() * SIDEWAYS_MARGIN;
        // Down the page the profile runs along x while tilt is measured along y: the sign flips.
        return sideways ? new Estimate(true, -down.degrees()) : new Estimate(false, across.degrees());
    }

    private record Best(double degrees, double score) { }

    /** Best angle for lines along the {@code u} axis, profiled along {@code v}. */
    private static Best best(int[] u, int[] v, int n, int uSize, int vSize) {
        int margin = (int) Math.ceil(uSize * Math.tan(Math.toRadians(MAX_SKEW + 1))) + 1;
        long[] bins = new long[vSize + 2 * margin + 1];
        Best coarse = search(u, v, n, bins, margin, -MAX_SKEW, MAX_SKEW, COARSE_STEP);
        return search(u, v, n, bins, margin, coarse.degrees() - COARSE_STEP, coarse.degrees() + COARSE_STEP, FINE_STEP);
    }

    private static Best search(int[] u, int[] v, int n, long[] bins, int margin, double from, double to, double step) {
        Best best = new Best(0, -1);
        int steps = (int) Math.round((to - from) / step);
        for (int i = 0; i <= steps; i++) {
            double degrees = from + i * step;
            double score = score(u, v, n, bins, margin, Math.tan(Math.toRadians(degrees)));
            if (score > best.score() || (score == best.score() && Math.abs(degrees) < Math.abs(best.degrees()))) {
                best = new Best(degrees, score);
            }
        }
        return best;
    }

    /** Sum of squared differences between neighbouring profile bins: high when lines and gaps alternate sharply. */
    private static double score(int[] u, int[] v, int n, long[] bins, int margin, double tan) {
        java.util.Arrays.fill(bins, 0);
        for (int i = 0; i < n; i++) {
            int bin = (int) Math.round(v[i] - u[i] * tan) + margin;
            if (bin >= 0 && bin < bins.length) {
                bins[bin]++;
            }
        }
        double sum = 0;
        for (int i = 1; i < bins.length; i++) {
            long d = bins[i] - bins[i - 1];
            sum += (double) d * d;
        }
        return sum;
    }
}
