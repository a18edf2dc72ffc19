package vn.sogoc.archive.samples;

/**
 * What to generate for one sample. Content (type, holder, number, dates, wording, layout) depends only
 * on {@code seed}, {@code type} and {@code scenario}; the rest decides how it is scanned and saved.
 *
 * @param name     file name without extension
 * @param index    position in its set; decides the register numbers (SG-yyyy-nnnnn) of its entries
 * @param rotation 0, 90, 180 or 270 (clockwise)
 * @param skew     degrees, −3…3, positive = clockwise
 * @param pages    1, or 2 for a result with an annex page (TIFF and PDF formats only)
 */
public record SampleSpec(String name, int index, SampleType type, Scenario scenario, ScanFormat format,
                         ColourMode colour, int dpi, int rotation, double skew, int pages, FontFamily font, long seed) {

    public SampleSpec {
        if (dpi != 200 && dpi != 300) throw new IllegalArgumentException("dpi must be 200 or 300: " + dpi);
        if (rotation % 90 != 0 || rotation < 0 || rotation > 270) throw new IllegalArgumentException("rotation " + rotation);
        if (Math.abs(skew) > 3.0) throw new IllegalArgumentException("skew beyond ±3°: " + skew);
        if (pages < 1 || pages > 2) throw new IllegalArgumentException("pages must be 1 or 2");
        if (pages == 2 && (format == ScanFormat.PNG || format == ScanFormat.JPEG)) {
            throw new IllegalArgumentException(format + " holds one page; use TIFF or PDF for 2 pages");
        }
        if (format == ScanFormat.JPEG && colour == ColourMode.BILEVEL) {
            throw new IllegalArgumentException("JPEG cannot be bilevel");
        }
        if (scenario == Scenario.EXPIRED && !type.hasTerm()) {
            throw new IllegalArgumentException(type + " has no term, it cannot be EXPIRED");
        }
    }

    public String fileName() { return name + "." + format.extension(); }

    public SampleSpec withFormat(ScanFormat f, ColourMode c) {
        return new SampleSpec(name, index, type, scenario, f, c, dpi, rotation, skew, pages, font, seed);
    }

    public SampleSpec withScenario(Scenario s) {
        return new SampleSpec(name, index, type, s, format, colour, dpi, rotation, skew, pages, font, seed);
    }

    public SampleSpec withGeometry(int newRotation, double newSkew) {
        return new SampleSpec(name, index, type, scenario, format, colour, dpi, newRotation, newSkew, pages, font, seed);
    }
}
