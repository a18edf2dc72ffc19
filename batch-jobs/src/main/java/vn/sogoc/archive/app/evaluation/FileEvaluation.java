package vn.sogoc.archive.app.evaluation;

import java.util.Objects;

import vn.sogoc.archive.digitize.OutcomeReason;
import vn.sogoc.archive.digitize.RecordStatus;

/**
 * How the digitization job did on one evaluation file, beside its ground truth: word errors of the text,
 * the type and number the classifier and extractor read from that text, the register entry it was matched
 * to and the outcome.
 *
 * @param ocr            true when the text came from OCR (false for a born-digital PDF, whose text is taken as is)
 * @param expectedRegisterNo the scan's own register entry; null when it has none (UNMATCHED)
 */
public record FileEvaluation(String file, String format, int pages, boolean ocr, LineAlignedWordErrors.Result words,
                             String expectedType, String readType, String expectedNumber, String readNumber,
                             String expectedRegisterNo, String matchedRegisterNo,
                             RecordStatus expectedStatus, OutcomeReason expectedReason,
                             RecordStatus status, OutcomeReason reason, String reasonDetail) {

    public boolean typeCorrect() { return Objects.equals(expectedType, readType); }

    public boolean numberExact() { return expectedNumber != null && expectedNumber.equals(readNumber); }

    public boolean matchCorrect() { return Objects.equals(expectedRegisterNo, matchedRegisterNo); }

    /** Archived with a register entry that is not its own: the one error the archive must never make. */
    public boolean falseMatch() { return status == RecordStatus.ARCHIVED && !Objects.equals(expectedRegisterNo, matchedRegisterNo); }

    public boolean outcomeAsExpected() { return status == expectedStatus && reason == expectedReason; }

    public String expectedOutcome() { return label(expectedStatus, expectedReason); }

    public String outcome() { return label(status, reason); }

    static String label(RecordStatus s, OutcomeReason r) {
        return (s == null ? "MISSING" : s.name()) + (r == null ? "" : ":" + r.name());
    }
}
