package vn.sogoc.archive.app.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import vn.sogoc.archive.samples.SampleGenerator;
import vn.sogoc.archive.samples.SamplePlans;
import vn.sogoc.archive.samples.SampleSet;
import vn.sogoc.archive.samples.ScanFormat;

/** Generates the seeded sample sets (bộ mẫu đánh giá) the evaluation and the benchmark run on. */
public final class EvaluationSets {

    private EvaluationSets() { }

    /**
     * Writes {@code count} random samples of {@code formats} (scans, register.csv, ground-truth.jsonl) to
     * {@code dir}, judged on the demo as-of date, with a few register entries that have no scan.
     */
    public static SampleSet generate(int count, long seed, Set<ScanFormat> formats, int extraRegisterEntries, Path dir)
            throws IOException {
        if (count < 1) throw new IllegalArgumentException("--count/--pages phải ≥ 1 / must be at least 1: " + count);
        return new SampleGenerator(SampleGenerator.DEMO_AS_OF)
                .generateSet(SamplePlans.random(count, seed, formats), extraRegisterEntries, seed, dir);
    }

    /** The output folder: {@code out} if given (it must be new or empty), else a new temporary folder. */
    public static Path outputDir(Path out, String prefix) throws IOException {
        if (out == null) return Files.createTempDirectory(prefix);
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": không phải thư mục / not a folder");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + ": thư mục phải trống hoặc chưa có / must be empty or new");
                }
            }
        }
        Files.createDirectories(dir);
        return dir;
    }
}
