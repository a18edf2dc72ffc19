package vn.sogoc.archive.app.copies;

import java.time.OffsetDateTime;

/**
 * One line of the copy register (sổ cấp bản sao): which register entry was copied, for whom, why, when,
 * by which clerk, the copy's number, where the signed PDF is and its SHA-256, and its state.
 *
 * @param copyId     the copy's id, also its short verification code
 * @param copyNumber the number as printed on the copy
 */
public record CopyLine(String copyId, String book, int year, int seq, String copyNumber, String registerNo,
                       String kind, String requester, String purpose, String clerk, OffsetDateTime issuedAt,
                       String sourceObjectKey, String sourceSha256, String objectKey, String sha256, long sizeBytes,
                       int pages, String signatureLevel, CopyStatus status, OffsetDateTime revokedAt, String revokedBy,
                       String revokeReason) {

    public boolean revoked() {
        return status == CopyStatus.REVOKED;
    }
}
