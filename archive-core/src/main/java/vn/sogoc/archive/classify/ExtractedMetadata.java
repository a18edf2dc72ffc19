package vn.sogoc.archive.classify;

import java.time.LocalDate;

/**
 * Metadata read from a result's text; any field may be null when it was not found.
 *
 * @param number     number and symbol as printed after "Số:" (e.g. 8390/2021/ATTP-CNĐK)
 * @param validUntil expiry as printed ("có hiệu lực đến ngày …"), never computed
 */
public record ExtractedMetadata(String number, LocalDate issuedOn, LocalDate validUntil, String holderName,
                                String holderId, String issuer) {

    public static ExtractedMetadata empty() { return new ExtractedMetadata(null, null, null, null, null, null); }
}
