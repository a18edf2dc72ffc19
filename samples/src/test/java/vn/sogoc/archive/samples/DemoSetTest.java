package vn.sogoc.archive.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.digitize.OutcomeReason;
import vn.sogoc.archive.digitize.RecordStatus;

/** The committed demo set (samples/scans, samples/register.csv, samples/ground-truth.jsonl) is complete and consistent. */
class DemoSetTest {

    private static final Path BASE = Path.of(System.getProperty("basedir", "."));

    @Test
    void demoSetCoversWhatTheDemoNeeds() throws Exception {
        List<GroundTruth> truths = GroundTruthJson.read(BASE.resolve("ground-truth.jsonl"));
        Map<String, RegisterRow> register = RegisterCsv.read(BASE.resolve("register.csv")).stream()
                .collect(Collectors.toMap(RegisterRow::registerNo, Function.identity()));
        assertThat(register).hasSizeGreaterThanOrEqualTo(20);
        assertThat(truths).hasSizeBetween(8, 10);
        try (Stream<Path> files = Files.list(BASE.resolve("scans"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyElementsOf(truths.stream().map(GroundTruth::file).sorted().toList());
        }
        assertThat(truths).extracting(GroundTruth::format).contains(ScanFormat.values());
        assertThat(truths).anyMatch(t -> t.pages() == 2);
        assertThat(truths).anyMatch(t -> t.rotation() == 180);
        assertThat(truths).anyMatch(t -> Math.abs(t.skew()) >= 2);
        assertThat(truths).anyMatch(t -> t.colour() == ColourMode.BILEVEL);
        assertThat(truths).anyMatch(t -> t.colour() == ColourMode.COLOR && t.format() == ScanFormat.JPEG);
        assertThat(truths).anyMatch(t -> t.expectedReason() == OutcomeReason.NOT_IN_FORCE);
        assertThat(truths).anyMatch(t -> t.expectedReason() == OutcomeReason.UNMATCHED);
        for (GroundTruth t : truths) {
            assertThat(t.asOf()).isEqualTo(SampleGenerator.DEMO_AS_OF);
            if (t.registerNo() != null) {
                RegisterRow row = register.get(t.registerNo());
                assertThat(row.number()).isEqualTo(t.number());
                assertThat(row.toEntry().inForceOn(t.asOf())).isEqualTo(t.expectedStatus() == RecordStatus.ARCHIVED);
            }
        }
        assertThat(size(BASE.resolve("scans"))).isLessThan(4_200_000L);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
