package vn.sogoc.archive.app.copies;

import java.util.ArrayList;
import java.util.List;

import vn.sogoc.archive.signing.verify.Finding;
import vn.sogoc.archive.signing.verify.SignatureCheck;

/**
 * The verification of a copy file: the verdict, the file's SHA-256, its copy register line when found,
 * each signature's checks, and the document-level findings (copy register, revocation of the copy, the
 * underlying result still in force).
 *
 * @param line the copy register line this file is (or claims to be), null when none
 */
public record CopyVerification(Verdict verdict, String sha256, CopyLine line, List<SignatureCheck> signatures,
                               List<Finding> findings) {

    public CopyVerification {
        signatures = List.copyOf(signatures);
        findings = List.copyOf(findings);
    }

    /** Every finding that keeps the verdict from VALID, signatures' first. */
    public List<Finding> reasons() {
        List<Finding> out = new ArrayList<>();
        for (SignatureCheck s : signatures) {
            s.findings().stream().filter(f -> f.weight() != Finding.Weight.PASSED).forEach(out::add);
        }
        findings.stream().filter(f -> f.weight() != Finding.Weight.PASSED).forEach(out::add);
        return out;
    }

    static Verdict verdictOf(List<SignatureCheck> signatures, List<Finding> findings) {
        Finding.Weight worst = Finding.Weight.PASSED;
        for (SignatureCheck s : signatures) {
            if (s.outcome().compareTo(worst) > 0) worst = s.outcome();
        }
        for (Finding f : findings) {
            if (f.weight().compareTo(worst) > 0) worst = f.weight();
        }
        return switch (worst) {
            case PASSED -> Verdict.VALID;
            case INDETERMINATE -> Verdict.INDETERMINATE;
            case FAILED -> Verdict.INVALID;
        };
    }
}
