package vn.sogoc.archive.samples;

/** Small specs for fast tests (200 dpi). */
final class TestSpecs {

    private TestSpecs() { }

    static SampleSpec spec(String name, int index, SampleType type, Scenario scenario, ScanFormat format, ColourMode colour,
                           int rotation, double skew, int pages, FontFamily font, long seed) {
        return new SampleSpec(name, index, type, scenario, format, colour, 200, rotation, skew, pages, font, seed);
    }
}
