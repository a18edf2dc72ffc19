package vn.sogoc.archive.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sogoc.archive.app.digitize.DigitizeJobRunner;
import vn.sogoc.archive.app.digitize.DigitizeProgress;
import vn.sogoc.archive.app.records.ScanRecords;
import vn.sogoc.archive.digitize.RecordStatus;
import vn.sogoc.archive.digitize.ScanOutcome;

/**
 * Every file of the OCRmyPDF test corpus (odd PDFs, huge and tiny images, text files) through the whole
 * digitization job, within the test JVM's bounded heap: each one ends ARCHIVED, in REVIEW with a reason
 * that names the file, or REJECTED, and the job completes.
 */
@Tag("corpus")
@org.springframework.test.annotation.DirtiesContext  // close the context before its @TempDir home is deleted
@SpringBootTest
class CorpusRobustnessTest {

    /** {@code ../shared/corpus/ocrmypdf-resources} beside the repository (tests run in {@code batch-jobs/}). */
    static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "ocrmypdf-resources").toAbsolutePath().normalize();

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("archive.home", () -> home.resolve("home").toString());
    }

    @Autowired DigitizeJobRunner runner;
    @Autowired ScanRecords records;
    @Autowired DigitizeProgress progress;

    @Test
    void everyCorpusFileIsArchivedReviewedOrRejectedAndTheJobCompletes() throws Exception {
        assertThat(CORPUS).as("the shared test corpus").isDirectory();
        Path input = home.resolve("corpus");
        Files.createDirectories(input);
        List<String> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String f : files) Files.copy(CORPUS.resolve(f), input.resolve(f));
        assertThat(files).hasSizeGreaterThan(50);
        progress.setEnabled(false);

        DigitizeJobRunner.RunSummary summary = runner.run(input, LocalDate.of(2026, 11, 25), null);

        assertThat(summary.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<ScanOutcome> outcomes = new ArrayList<>();
        records.forEach(outcomes::add);
        Map<String, ScanOutcome> bySource = outcomes.stream()
                .collect(Collectors.toMap(ScanOutcome::source, Function.identity(), (a, b) -> a));
        // identical files (same SHA-256) are one record by design: every name or its twin has one
        List<String> missing = files.stream().filter(f -> !bySource.containsKey(f) && !hasTwin(input, f, bySource)).toList();
        assertThat(missing).as("files without a record").isEmpty();
        for (ScanOutcome o : outcomes) {
            assertThat(o.status()).isIn(RecordStatus.ARCHIVED, RecordStatus.REVIEW, RecordStatus.REJECTED);
            if (o.status() != RecordStatus.ARCHIVED) {
                assertThat(o.reason()).as(o.source()).isNotNull();
                assertThat(o.reasonDetail()).as(o.source() + " reason names the file").contains(o.source());
            }
        }
        System.out.println("Corpus outcomes: " + outcomes.stream()
                .collect(Collectors.groupingBy(o -> o.status() + (o.reason() == null ? "" : ":" + o.reason()), java.util.TreeMap::new,
                        Collectors.counting())));
    }

    private static boolean hasTwin(Path input, String file, Map<String, ScanOutcome> bySource) {
        try {
            String sha = vn.sogoc.archive.text.Hashes.sha256(input.resolve(file));
            return bySource.values().stream().anyMatch(o -> sha.equals(o.sourceSha256()));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
