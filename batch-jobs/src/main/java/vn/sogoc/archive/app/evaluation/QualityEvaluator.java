package vn.sogoc.archive.app.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.sogoc.archive.classify.ExtractedMetadata;
import vn.sogoc.archive.classify.MetadataExtractor;
import vn.sogoc.archive.classify.ResultClassifier;
import vn.sogoc.archive.digitize.ScanOutcome;
import vn.sogoc.archive.samples.GroundTruth;
import vn.sogoc.archive.samples.ScanFormat;

/**
 * Compares the job's records with the ground truth of a generated set. The type and number are judged
 * on what the classifier and extractor read from the job's own text (an archived record shows the
 * register's type and number, which would hide reading errors), with the same beans the job uses.
 */
public final class QualityEvaluator {

    private final ResultClassifier classifier;
    private final MetadataExtractor extractor;

    public QualityEvaluator(ResultClassifier classifier, MetadataExtractor extractor) {
        this.classifier = classifier;
        this.extractor = extractor;
    }

    public List<FileEvaluation> evaluate(List<GroundTruth> truths, List<ScanOutcome> outcomes) {
        Map<String, ScanOutcome> bySource = outcomes.stream()
                .collect(Collectors.toMap(ScanOutcome::source, Function.identity(), (a, b) -> a));
        List<FileEvaluation> rows = new ArrayList<>();
        for (GroundTruth t : truths) {
            ScanOutcome o = bySource.get(t.file());
            String text = o == null || o.text() == null ? "" : o.text();
            String type = text.isBlank() ? null : classifier.classify(text).typeCode();
            ExtractedMetadata meta = text.isBlank() ? ExtractedMetadata.empty() : extractor.extract(text, type);
            rows.add(new FileEvaluation(t.file(), t.format().name(), t.pages(), t.format() != ScanFormat.TEXT_PDF,
                    LineAlignedWordErrors.of(t.lines(), text), t.typeCode(), type, nfc(t.number()), nfc(meta.number()),
                    t.registerNo(), o == null ? null : o.registerNo(), t.expectedStatus(), t.expectedReason(),
                    o == null ? null : o.status(), o == null ? null : o.reason(), o == null ? "no record" : o.reasonDetail()));
        }
        return rows;
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }
}
