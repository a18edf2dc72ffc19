package vn.sogoc.archive.samples;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Command line: {@code GenerateSamples --out DIR [--count N] [--seed S] [--formats png,jpeg,tiff,pdf,text-pdf]
 * [--as-of 2026-11-25] [--extra-register N] [--demo] [--clean]}. Writes DIR/scans/*, DIR/register.csv and
 * DIR/ground-truth.jsonl.
 */
public final class GenerateSamples {

    private GenerateSamples() { }

    public static void main(String[] args) throws IOException {
        Path out = null;
        int count = 20;
        long seed = 1;
        Set<ScanFormat> formats = EnumSet.allOf(ScanFormat.class);
        LocalDate asOf = SampleGenerator.DEMO_AS_OF;
        Integer extra = null;
        boolean demo = false;
        boolean clean = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(value(args, ++i));
                case "--count" -> count = Integer.parseInt(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--formats" -> {
                    formats = EnumSet.noneOf(ScanFormat.class);
                    for (String f : value(args, ++i).split(",")) formats.add(ScanFormat.parse(f));
                }
                case "--as-of" -> asOf = LocalDate.parse(value(args, ++i));
                case "--extra-register" -> extra = Integer.parseInt(value(args, ++i));
                case "--demo" -> demo = true;
                case "--clean" -> clean = true;
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    System.err.println("Unknown argument: " + args[i]);
                    usage();
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            usage();
            System.exit(2);
        }
        if (clean) clean(out.resolve("scans"));
        List<SampleSpec> specs = demo ? SamplePlans.demo() : SamplePlans.random(count, seed, formats);
        int extras = extra != null ? extra : demo ? 14 : Math.max(4, specs.size() / 3);
        long started = System.nanoTime();
        SampleSet set = new SampleGenerator(asOf).generateSet(specs, extras, demo ? 2026 : seed, out);
        for (GeneratedSample s : set.samples()) {
            GroundTruth t = s.truth();
            System.out.printf("%-14s %-10s %-26s %-8s %-7s %3s° %5.2f° %s%n", t.file(), t.typeCode(), t.number(),
                    t.colour(), t.dpi() == null ? "text" : t.dpi() + "dpi", t.rotation(), t.skew(),
                    t.expectedStatus() + (t.expectedReason() == null ? "" : " " + t.expectedReason()));
        }
        System.out.printf("%d files in %s, %d register entries in %s, ground truth in %s (%.1f s)%n",
                set.samples().size(), set.scansDir(), set.register().size(), set.registerCsv(), set.groundTruth(),
                (System.nanoTime() - started) / 1e9);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) throw new IllegalArgumentException("missing value after " + args[i - 1]);
        return args[i];
    }

    private static void clean(Path scans) throws IOException {
        if (!Files.isDirectory(scans)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(scans, "*.{png,jpg,tif,pdf}")) {
            for (Path f : files) Files.delete(f);
        }
    }

    private static void usage() {
        System.err.println("Usage: GenerateSamples --out DIR [--count N] [--seed S] [--formats png,jpeg,tiff,pdf,text-pdf]"
                + " [--as-of yyyy-mm-dd] [--extra-register N] [--demo] [--clean]");
    }
}
