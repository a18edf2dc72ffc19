package vn.sogoc.archive.app.certify;

import java.nio.file.Path;
import java.util.List;

/**
 * A request to certify an e-copy from a paper original presented at the counter.
 *
 * @param originals     the scan(s) of the original, pages in order
 * @param declaredPages the pages the clerk counted on the original; null when not given. A scan with a
 *                      different number of pages is refused (a page was missed or added)
 * @param title         the document's title; null to take it from the scan (result type and number)
 * @param certifier     the certifying officer; null for the configured one
 */
public record CertificationRequest(String holderId, String requester, List<Path> originals, Integer declaredPages,
                                   String title, Signatory certifier) {

    public CertificationRequest {
        originals = originals == null ? List.of() : List.copyOf(originals);
    }
}
