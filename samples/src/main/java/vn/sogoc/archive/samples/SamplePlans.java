package vn.sogoc.archive.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Ready-made lists of {@link SampleSpec}: a seeded random mix, and the bundled demo set. */
public final class SamplePlans {

    private SamplePlans() { }

    /**
     * A random mix: most samples in force, some expired, revoked, suspended, unmatched or with a
     * near-duplicate in the register; formats drawn from {@code formats} (a born-digital PDF is rare);
     * colour, 200/300 dpi, skew within ±3°, about one in six turned 90/180/270°, some two-page results.
     */
    public static List<SampleSpec> random(int count, long seed, Set<ScanFormat> formats) {
        if (formats.isEmpty()) throw new IllegalArgumentException("no formats");
        List<ScanFormat> scans = formats.stream().filter(f -> f != ScanFormat.TEXT_PDF).sorted().toList();
        List<SampleSpec> specs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long s = seed * 7919L + i * 104_729L + 17;
            Random r = new Random(s);
            SampleType type = Picks.one(r, SampleType.values());
            double p = r.nextDouble();
            Scenario scenario = p < 0.6 ? Scenario.IN_FORCE : p < 0.7 ? (type.hasTerm() ? Scenario.EXPIRED : Scenario.REVOKED)
                    : p < 0.77 ? Scenario.REVOKED : p < 0.8 ? Scenario.SUSPENDED : p < 0.9 ? Scenario.UNMATCHED
                    : Scenario.NEAR_DUPLICATE;
            ScanFormat format = scans.isEmpty() || (formats.contains(ScanFormat.TEXT_PDF) && Picks.chance(r, 0.06))
                    ? ScanFormat.TEXT_PDF : Picks.one(r, scans);
            ColourMode colour = colourFor(format, r);
            int dpi = Picks.chance(r, 0.6) ? 200 : 300;
            double q = r.nextDouble();
            int rotation = q < 0.83 ? 0 : q < 0.91 ? 180 : q < 0.955 ? 90 : 270;
            double skew = Picks.chance(r, 0.3) ? Picks.between(r, -0.3, 0.3) : Picks.between(r, -3.0, 3.0);
            boolean multi = format == ScanFormat.TIFF || format == ScanFormat.PDF || format == ScanFormat.TEXT_PDF;
            int pages = multi && Picks.chance(r, 0.15) ? 2 : 1;
            double fp = r.nextDouble();
            FontFamily font = fp < 0.6 ? FontFamily.TINOS : fp < 0.85 ? FontFamily.NOTO_SERIF : FontFamily.DEJAVU_SERIF;
            specs.add(new SampleSpec(String.format("scan-%04d", i + 1), i, type, scenario, format, colour, dpi, rotation,
                    Math.round(skew * 100) / 100.0, pages, font, s));
        }
        return specs;
    }

    private static ColourMode colourFor(ScanFormat format, Random r) {
        double p = r.nextDouble();
        return switch (format) {
            case TIFF -> p < 0.7 ? ColourMode.BILEVEL : ColourMode.GRAY;
            case PNG -> p < 0.5 ? ColourMode.GRAY : p < 0.7 ? ColourMode.BILEVEL : ColourMode.COLOR;
            case JPEG -> p < 0.6 ? ColourMode.COLOR : ColourMode.GRAY;
            case PDF -> p < 0.5 ? ColourMode.COLOR : p < 0.8 ? ColourMode.GRAY : ColourMode.BILEVEL;
            case TEXT_PDF -> ColourMode.COLOR;
        };
    }

    /**
     * The bundled demo set (samples/scans): nine files covering every format, a two-page PDF, a
     * 180° and a 90° page, a skewed page, bilevel G4 TIFFs, a colour JPEG, a born-digital PDF,
     * results not in force (expired, revoked) and one unmatched.
     */
    public static List<SampleSpec> demo() {
        return List.of(
                spec(1, SampleType.ATTP_CSDK, Scenario.IN_FORCE, ScanFormat.JPEG, ColourMode.COLOR, 200, 0, 0.8, 1, FontFamily.TINOS, 101),
                spec(2, SampleType.DUOC_DDKKD, Scenario.IN_FORCE, ScanFormat.TIFF, ColourMode.BILEVEL, 300, 0, -0.4, 1, FontFamily.TINOS, 202),
                spec(3, SampleType.TTB_SLH, Scenario.IN_FORCE, ScanFormat.PDF, ColourMode.COLOR, 200, 0, 0.3, 2, FontFamily.TINOS, 303),
                spec(4, SampleType.KCB_CCHN, Scenario.IN_FORCE, ScanFormat.PNG, ColourMode.GRAY, 200, 180, 0.5, 1, FontFamily.NOTO_SERIF, 404),
                spec(5, SampleType.DUOC_GPP, Scenario.EXPIRED, ScanFormat.JPEG, ColourMode.GRAY, 200, 0, 2.6, 1, FontFamily.TINOS, 505),
                spec(6, SampleType.KCB_GPHD, Scenario.REVOKED, ScanFormat.TIFF, ColourMode.BILEVEL, 300, 90, -1.2, 1, FontFamily.DEJAVU_SERIF, 606),
                spec(7, SampleType.ATTP_XNCB, Scenario.IN_FORCE, ScanFormat.TEXT_PDF, ColourMode.COLOR, 200, 0, 0, 1, FontFamily.TINOS, 707),
                spec(8, SampleType.MP_CBMP, Scenario.UNMATCHED, ScanFormat.JPEG, ColourMode.COLOR, 300, 0, -1.7, 1, FontFamily.NOTO_SERIF, 808),
                spec(9, SampleType.ATTP_CSDK, Scenario.IN_FORCE, ScanFormat.PDF, ColourMode.GRAY, 300, 0, -0.9, 1, FontFamily.TINOS, 909));
    }

    private static SampleSpec spec(int n, SampleType type, Scenario scenario, ScanFormat format, ColourMode colour, int dpi,
                                   int rotation, double skew, int pages, FontFamily font, long seed) {
        return new SampleSpec(String.format("scan-%02d", n), n - 1, type, scenario, format, colour, dpi, rotation, skew,
                pages, font, seed);
    }
}
