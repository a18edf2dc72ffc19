package vn.sogoc.archive.signing.verify;

import java.util.Objects;

/**
 * One thing a verifier found about a signature or a document, in Vietnamese and English, with how much
 * it weighs: {@link Weight#FAILED} makes a verdict INVALID, {@link Weight#INDETERMINATE} keeps it from
 * being VALID, {@link Weight#PASSED} is a positive statement shown to people.
 *
 * @param code a stable, machine-readable code (e.g. {@code NOT_TRUSTED}, {@code REVOKED})
 */
public record Finding(Weight weight, String code, String vietnamese, String english) {

    /** How a finding counts towards the verdict. */
    public enum Weight { PASSED, INDETERMINATE, FAILED }

    public Finding {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(code, "code");
    }

    public static Finding passed(String code, String vi, String en) {
        return new Finding(Weight.PASSED, code, vi, en);
    }

    public static Finding indeterminate(String code, String vi, String en) {
        return new Finding(Weight.INDETERMINATE, code, vi, en);
    }

    public static Finding failed(String code, String vi, String en) {
        return new Finding(Weight.FAILED, code, vi, en);
    }

    /** "vietnamese / english". */
    public String text() {
        return vietnamese + " / " + english;
    }
}
