package vn.sogoc.archive.app.certify;

import java.time.OffsetDateTime;

/**
 * One line of the certification register (sổ chứng thực bản sao điện tử từ bản chính).
 *
 * @param certificationId   {@code CT-{year}-{book}-{seq:06}}: the key, also in the copy's metadata
 * @param seq               the number in the book and year, from 1, no gap
 * @param certificationNo   the number as printed on the copy, e.g. {@code 12/2026/SCTĐT/BS}
 * @param pages             pages of the copy (the original's pages that carry information)
 * @param originalPages     pages scanned
 * @param clerk             who certified at the counter (the actor)
 * @param sha256            SHA-256 of the signed copy
 */
public record CertificationLine(String certificationId, String book, int year, int seq, String certificationNo,
                                OffsetDateTime certifiedAt, String requester, String holderId, String documentTitle,
                                int pages, int originalPages, String clerk, String certifierName, String certifierTitle,
                                String originalSha256, String objectKey, String sha256, long sizeBytes,
                                String signatureLevel) {
}
