package vn.sogoc.archive.signing.verify;

import java.time.Instant;
import java.util.List;

/**
 * What the verifier established about one PDF signature: who signed, when (claimed and timestamped), the
 * PAdES baseline level it reaches in the file, and every finding (integrity, chain to a trust anchor,
 * revocation, timestamp).
 *
 * @param fieldName     the signature field's name
 * @param signerSubject the signing certificate's subject (RFC 2253), null if unreadable
 * @param claimedTime   the signing time the signer claims (/M or signed attribute), may be null
 * @param timestampTime the RFC 3161 timestamp's time, null when there is none
 * @param level         {@code PAdES-BASELINE-B}, {@code -T} or {@code -LT} as far as the file shows
 * @param coversWholeDocument whether the signature's byte range covers the whole file as it is
 */
public record SignatureCheck(String fieldName, String signerSubject, Instant claimedTime, Instant timestampTime,
                             String level, boolean coversWholeDocument, List<Finding> findings) {

    public SignatureCheck {
        findings = List.copyOf(findings);
    }

    /** The worst weight among the findings. */
    public Finding.Weight outcome() {
        Finding.Weight worst = Finding.Weight.PASSED;
        for (Finding f : findings) {
            if (f.weight().compareTo(worst) > 0) {
                worst = f.weight();
            }
        }
        return worst;
    }
}
