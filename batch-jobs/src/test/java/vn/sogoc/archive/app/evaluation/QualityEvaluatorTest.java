package vn.sogoc.archive.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sogoc.archive.classify.CatalogResultClassifier;
import vn.sogoc.archive.classify.PrintedFormExtractor;
import vn.sogoc.archive.classify.ResultTypeCatalog;
import vn.sogoc.archive.digitize.OutcomeReason;
import vn.sogoc.archive.digitize.RecordStatus;
import vn.sogoc.archive.digitize.ScanOutcome;
import vn.sogoc.archive.samples.GroundTruth;
import vn.sogoc.archive.samples.SampleSet;
import vn.sogoc.archive.samples.ScanFormat;

/** The evaluator on generated ground truth with hand-made records (no OCR): each figure moves with its error. */
class QualityEvaluatorTest {

    @TempDir
    static Path dir;
    static List<GroundTruth> truths;
    static QualityEvaluator evaluator;

    @BeforeAll
    static void set() throws Exception {
        SampleSet set = EvaluationSets.generate(4, 5L, EnumSet.of(ScanFormat.PNG), 0, dir.resolve("set"));
        truths = set.truths();
        ResultTypeCatalog catalog = ResultTypeCatalog.fromClasspath(QualityEvaluatorTest.class.getClassLoader());
        evaluator = new QualityEvaluator(new CatalogResultClassifier(catalog), new PrintedFormExtractor(catalog));
    }

    /** What a perfect job would have recorded for this file. */
    static ScanOutcome perfect(GroundTruth t) {
        return outcome(t, t.expectedStatus(), t.expectedReason(), t.registerNo(), t.text());
    }

    static ScanOutcome outcome(GroundTruth t, RecordStatus status, OutcomeReason reason, String registerNo, String text) {
        return new ScanOutcome(t.file(), "SHA-" + t.file(), status, reason, reason == null ? null : t.file() + ": " + reason,
                registerNo, t.typeCode(), t.number(), t.holderName(), t.holderId(), t.issuedOn(), t.validUntil(),
                t.issuer(), 90.0, t.pages(), text, null, null, null, null, 0);
    }

    @Test
    void aPerfectJobMeetsEveryTarget() throws Exception {
        QualityReport report = new QualityReport(5, evaluator.evaluate(truths, truths.stream().map(QualityEvaluatorTest::perfect).toList()),
                Duration.ofSeconds(1));
        assertThat(report.meanWordError()).isZero();
        assertThat(report.typeAccuracy()).isEqualTo(1.0);
        assertThat(report.numberExact()).isEqualTo(1.0);
        assertThat(report.matchAccuracy()).isEqualTo(1.0);
        assertThat(report.falseMatches()).isZero();
        assertThat(report.outcomeAccuracy()).isEqualTo(1.0);
        assertThat(report.meetsTargets()).isTrue();
        Path tsv = dir.resolve("perfect.tsv");
        report.writeDetails(tsv);
        assertThat(Files.readAllLines(tsv)).hasSize(truths.size() + 1);
    }

    @Test
    void archivingOnAnotherEntryIsAFalseMatchAndFailsTheTargets() {
        List<ScanOutcome> outcomes = new ArrayList<>(truths.stream().map(QualityEvaluatorTest::perfect).toList());
        GroundTruth t = truths.get(0);
        outcomes.set(0, outcome(t, RecordStatus.ARCHIVED, null, "SG-1999-99999", t.text()));
        QualityReport report = new QualityReport(5, evaluator.evaluate(truths, outcomes), Duration.ZERO);
        assertThat(report.falseMatches()).isEqualTo(1);
        assertThat(report.matchAccuracy()).isEqualTo(0.75);
        assertThat(report.meetsTargets()).isFalse();
    }

    @Test
    void aMissingRecordAndAGarbledNumberAreCounted() {
        List<ScanOutcome> outcomes = new ArrayList<>(truths.stream().map(QualityEvaluatorTest::perfect).toList());
        GroundTruth garbled = truths.get(1);
        String text = garbled.text().replace(garbled.number(), garbled.number().replace('/', '7'));
        outcomes.set(1, outcome(garbled, RecordStatus.REVIEW, OutcomeReason.NO_NUMBER, null, text));
        outcomes.remove(2);
        List<FileEvaluation> rows = evaluator.evaluate(truths, outcomes);
        QualityReport report = new QualityReport(5, rows, Duration.ZERO);
        assertThat(rows.get(1).numberExact()).isFalse();
        long printedTimes = garbled.lines().stream().flatMap(l -> java.util.Arrays.stream(l.split("\\s+")))
                .filter(w -> w.contains(garbled.number())).count();
        assertThat(printedTimes).isPositive();
        assertThat(rows.get(1).words().errors()).as(garbled.number() + "\n" + text).isEqualTo((int) printedTimes);
        assertThat(rows.get(2).outcome()).isEqualTo("MISSING");
        assertThat(rows.get(2).words().rate()).isEqualTo(1.0);
        assertThat(report.numberExact()).isEqualTo(0.5);
        assertThat(report.confusion().get(rows.get(2).expectedOutcome())).containsKey("MISSING");
    }
}
