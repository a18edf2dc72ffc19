package vn.sogoc.archive.app.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The quality figures of one evaluation run (chỉ số chất lượng) against the targets: word error
 * of the OCR text, classification accuracy, exact number reading, register-match accuracy, false matches
 * and the expected-versus-actual outcome table; printable, and writable as a per-file TSV.
 */
public record QualityReport(long seed, List<FileEvaluation> files, Duration jobTime) {

    public static final double MAX_WORD_ERROR = 0.03, MIN_TYPE = 0.95, MIN_NUMBER = 0.90;

    private List<FileEvaluation> ocrFiles() { return files.stream().filter(FileEvaluation::ocr).toList(); }

    public int pages() { return files.stream().mapToInt(FileEvaluation::pages).sum(); }

    public double meanWordError() { return ocrFiles().stream().mapToDouble(f -> f.words().rate()).average().orElse(0); }

    public double medianWordError() {
        return LineAlignedWordErrors.median(ocrFiles().stream().mapToDouble(f -> f.words().rate()).toArray());
    }

    /** All errors over all reference words of the OCR files (long files weigh more). */
    public double pooledWordError() {
        int errors = ocrFiles().stream().mapToInt(f -> f.words().errors()).sum();
        int words = ocrFiles().stream().mapToInt(f -> f.words().referenceWords()).sum();
        return words == 0 ? 0 : errors / (double) words;
    }

    public double typeAccuracy() { return share(FileEvaluation::typeCorrect); }

    public double numberExact() { return share(FileEvaluation::numberExact); }

    public double matchAccuracy() { return share(FileEvaluation::matchCorrect); }

    public double outcomeAccuracy() { return share(FileEvaluation::outcomeAsExpected); }

    public long falseMatches() { return files.stream().filter(FileEvaluation::falseMatch).count(); }

    public boolean meetsTargets() {
        return meanWordError() <= MAX_WORD_ERROR && typeAccuracy() >= MIN_TYPE && numberExact() >= MIN_NUMBER
                && falseMatches() == 0;
    }

    /** Expected outcome → actual outcome → count. */
    public Map<String, Map<String, Integer>> confusion() {
        Map<String, Map<String, Integer>> m = new TreeMap<>();
        for (FileEvaluation f : files) m.computeIfAbsent(f.expectedOutcome(), k -> new TreeMap<>()).merge(f.outcome(), 1, Integer::sum);
        return m;
    }

    private double share(Predicate<FileEvaluation> ok) {
        return files.isEmpty() ? 0 : files.stream().filter(ok).count() / (double) files.size();
    }

    public void print(PrintStream out) {
        int ocr = ocrFiles().size();
        out.printf("Đánh giá chất lượng / quality evaluation — seed %d: %d tệp (files), %d trang (pages), %d OCR, job %.1f s%n",
                seed, files.size(), pages(), ocr, jobTime.toMillis() / 1000.0);
        out.printf("  Lỗi từ OCR / word error (%d OCR files): mean %.2f%% · median %.2f%% · pooled %.2f%%   target ≤ %.0f%% (mean) %s%n",
                ocr, 100 * meanWordError(), 100 * medianWordError(), 100 * pooledWordError(), 100 * MAX_WORD_ERROR,
                mark(meanWordError() <= MAX_WORD_ERROR));
        out.printf("  Phân loại đúng / type correct:        %5.1f%% (%d/%d)   target ≥ %.0f%% %s%n", 100 * typeAccuracy(),
                count(FileEvaluation::typeCorrect), files.size(), 100 * MIN_TYPE, mark(typeAccuracy() >= MIN_TYPE));
        out.printf("  Số, ký hiệu đúng / number exact:       %5.1f%% (%d/%d)   target ≥ %.0f%% %s%n", 100 * numberExact(),
                count(FileEvaluation::numberExact), files.size(), 100 * MIN_NUMBER, mark(numberExact() >= MIN_NUMBER));
        out.printf("  Khớp sổ gốc đúng / register match:     %5.1f%% (%d/%d)%n", 100 * matchAccuracy(),
                count(FileEvaluation::matchCorrect), files.size());
        out.printf("  Khớp sai được lưu / false matches:     %d   target 0 %s%n", falseMatches(), mark(falseMatches() == 0));
        out.printf("  Kết quả đúng dự kiến / outcome as expected: %5.1f%% (%d/%d)%n", 100 * outcomeAccuracy(),
                count(FileEvaluation::outcomeAsExpected), files.size());
        out.println("  Dự kiến → thực tế / expected → actual:");
        confusion().forEach((expected, actual) -> actual.forEach((a, n) ->
                out.printf("    %-24s → %-24s %3d%s%n", expected, a, n, expected.equals(a) ? "" : "  ✗")));
        List<String> problems = new ArrayList<>();
        for (FileEvaluation f : files) {
            List<String> why = new ArrayList<>();
            if (f.ocr() && f.words().rate() > MAX_WORD_ERROR) why.add(String.format("WER %.1f%%", 100 * f.words().rate()));
            if (!f.typeCorrect()) why.add("type " + f.readType() + " ≠ " + f.expectedType());
            if (!f.numberExact()) why.add("number '" + f.readNumber() + "' ≠ '" + f.expectedNumber() + "'");
            if (!f.matchCorrect()) why.add("register " + f.matchedRegisterNo() + " ≠ " + f.expectedRegisterNo());
            if (!f.outcomeAsExpected()) why.add(f.outcome() + " ≠ " + f.expectedOutcome());
            if (!why.isEmpty()) problems.add(String.format("    %-14s %s", f.file(), String.join("; ", why)));
        }
        if (!problems.isEmpty()) {
            out.println("  Tệp có sai sót / files with errors:");
            problems.forEach(out::println);
        }
        out.println(meetsTargets() ? "Đạt mọi chỉ tiêu / all targets met" : "CHƯA ĐẠT chỉ tiêu / targets NOT met");
    }

    public void writeDetails(Path tsv) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("file\tformat\tpages\tocr\tword_errors\treference_words\tunclaimed_words\twer\texpected_type\tread_type"
                + "\texpected_number\tread_number\texpected_register_no\tmatched_register_no\texpected_outcome\toutcome\tdetail");
        for (FileEvaluation f : files) {
            lines.add(String.join("\t", f.file(), f.format(), Integer.toString(f.pages()), Boolean.toString(f.ocr()),
                    Integer.toString(f.words().errors()), Integer.toString(f.words().referenceWords()),
                    Integer.toString(f.words().unclaimedWords()), String.format("%.4f", f.words().rate()),
                    s(f.expectedType()), s(f.readType()), s(f.expectedNumber()), s(f.readNumber()),
                    s(f.expectedRegisterNo()), s(f.matchedRegisterNo()), f.expectedOutcome(), f.outcome(),
                    s(f.reasonDetail()).replace('\t', ' ').replace('\n', ' ')));
        }
        Files.write(tsv, lines);
    }

    private long count(Predicate<FileEvaluation> ok) { return files.stream().filter(ok).count(); }

    private static String mark(boolean ok) { return ok ? "✓" : "✗"; }

    private static String s(String v) { return v == null ? "" : v; }
}
