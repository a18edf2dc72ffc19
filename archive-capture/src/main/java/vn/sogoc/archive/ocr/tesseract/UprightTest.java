package vn.sogoc.archive.ocr.tesseract;

/**
 * Tells an upright page from one upside down without reading it (kiểm tra trang lộn ngược), from the
 * shape of its text lines: in Vietnamese (and Latin) print, more ink sits above the x-height band —
 * ascenders, capitals, stacked diacritics — than below the baseline (descenders, the dot below). On the
 * ink of the reduced page, with lines already running across, each line's profile gives the mass above
 * and below its core band; their asymmetry over the page decides, or says it is unsure (few lines, an
 * even split), in which case the caller reads the page to find out.
 */
final class UprightTest {

    /** The test's answer. */
    enum Verdict { UPRIGHT, UPSIDE_DOWN, UNSURE }

    /** Asymmetry (above − below) ÷ (above + below) beyond which the answer is sure. */
    static final double SURE = 0.12;
    /** At least this many text lines are needed to decide. */
    static final int MIN_LINES = 4;
    /** A line's core band: the rows holding at least this share of its densest row's ink. */
    private static final double CORE = 0.5;
    /** Bins holding less than this share of the page's densest bin separate lines. */
    private static final double GAP = 0.04;
    private static final int MIN_LINE_BINS = 4;
    private static final int MAX_LINE_BINS = 40;

    private UprightTest() { }

    /** The asymmetry of {@code ink} and the verdict it gives. */
    record Result(Verdict verdict, double asymmetry, int lines) { }

    /**
     * @param linesRunDown as {@link SkewEstimator} found: the page will be turned 90° clockwise
     * @param skewDegrees  the tilt {@link SkewEstimator} found (in the turned page's terms when sideways)
     */
    static Result of(InkPoints ink, boolean linesRunDown, double skewDegrees) {
        // Turned 90° clockwise, the original x axis points down the page: both cases profile along v, up = smaller v.
        int[] u = linesRunDown ? ink.y() : ink.x();
        int[] v = linesRunDown ? ink.x() : ink.y();
        int uSize = linesRunDown ? ink.height() : ink.width();
        int vSize = linesRunDown ? ink.width() : ink.height();
        double tan = Math.tan(Math.toRadians(linesRunDown ? -skewDegrees : skewDegrees));
        int margin = (int) Math.ceil(uSize * Math.abs(tan)) + 1;
        long[] profile = new long[vSize + 2 * margin + 1];
        for (int i = 0; i < ink.count(); i++) {
            int bin = (int) Math.round(v[i] - u[i] * tan) + margin;
            if (bin >= 0 && bin < profile.length) profile[bin]++;
        }
        return judge(profile);
    }

    /** Splits the profile into lines and sums the ink above and below each line's core band. */
    static Result judge(long[] profile) {
        long peak = 0;
        for (long p : profile) peak = Math.max(peak, p);
        long gap = Math.max(1, Math.round(peak * GAP));
        long above = 0;
        long below = 0;
        int lines = 0;
        int i = 0;
        while (i < profile.length) {
            if (profile[i] < gap) {
                i++;
                continue;
            }
            int start = i;
            while (i < profile.length && profile[i] >= gap) i++;
            int end = i - 1;
            int height = end - start + 1;
            if (height < MIN_LINE_BINS || height > MAX_LINE_BINS) continue;
            long linePeak = 0;
            for (int b = start; b <= end; b++) linePeak = Math.max(linePeak, profile[b]);
            long core = Math.round(linePeak * CORE);
            int top = start;
            while (profile[top] < core) top++;
            int bottom = end;
            while (profile[bottom] < core) bottom--;
            for (int b = start; b < top; b++) above += profile[b];
            for (int b = bottom + 1; b <= end; b++) below += profile[b];
            lines++;
        }
        double asymmetry = above + below == 0 ? 0 : (above - below) / (double) (above + below);
        Verdict verdict = lines < MIN_LINES || Math.abs(asymmetry) < SURE ? Verdict.UNSURE
                : asymmetry > 0 ? Verdict.UPRIGHT : Verdict.UPSIDE_DOWN;
        return new Result(verdict, asymmetry, lines);
    }
}
