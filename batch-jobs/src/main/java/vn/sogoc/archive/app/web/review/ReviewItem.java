package vn.sogoc.archive.app.web.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A scan in the review queue (hàng đợi xem xét): why it is there and what was read from it, which archive
 * staff may correct before approving it or rejecting it.
 *
 * @param sourceSha256 the scan's SHA-256, the item's id
 * @param reason       why it is in review (e.g. UNMATCHED), {@code reasonText} in Vietnamese
 * @param scanPdf      whether a searchable PDF of the scan is stored (absent for unreadable or too large files)
 */
public record ReviewItem(String sourceSha256, String source, String status, String reason, String reasonText,
                         String reasonDetail, String registerNo, String typeCode, String number, String holderName,
                         String holderId, LocalDate issuedOn, LocalDate validUntil, String issuer,
                         BigDecimal ocrConfidence, int pages, OffsetDateTime processedAt, boolean scanPdf, String text) { }
