package vn.sogoc.archive.signing.cms;

import java.time.Instant;
import java.util.List;

/**
 * What {@link CmsDetachedVerifier} found about a detached CMS signature.
 *
 * @param signer        the signing certificate's subject, or null when none could be read
 * @param signingTime   the signed signing-time attribute, or null
 * @param timestampTime the RFC 3161 timestamp's time, or null when there is none (or it is broken)
 * @param problems      every reason the signature cannot be trusted; empty means valid
 */
public record CmsVerification(String signer, Instant signingTime, Instant timestampTime, List<String> problems) {

    public CmsVerification {
        problems = List.copyOf(problems);
    }

    /** True when the signature is intact, chains to a trust anchor, and its timestamp (if any) is sound. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
