package vn.sogoc.archive.digitize;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Everything the digitization of one scan produced, archived or not: the row of the records export.
 *
 * @param sourceSha256  SHA-256 of the scan file (the idempotency key)
 * @param sha256        SHA-256 of the archived, signed PDF; null when nothing was archived
 * @param reasonDetail  a sentence for people, naming the file and what went wrong; null when archived
 */
public record ScanOutcome(String source, String sourceSha256, RecordStatus status, OutcomeReason reason,
                          String reasonDetail, String registerNo, String typeCode, String number, String holderName,
                          String holderId, LocalDate issuedOn, LocalDate validUntil, String issuer,
                          Double ocrConfidence, int pages, String text, String objectKey, String sha256,
                          String originalKey, OffsetDateTime signedAt, long archivedSize) {

    public boolean archived() { return status == RecordStatus.ARCHIVED; }
}
