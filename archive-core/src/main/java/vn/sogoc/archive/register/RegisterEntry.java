package vn.sogoc.archive.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the master register (sổ gốc): a procedure result (kết quả TTHC) as the authority
 * recorded it when it issued the original.
 *
 * @param registerNo  the entry's key, unique (e.g. SG-2021-00001)
 * @param typeCode    a code of the result-type catalog (e.g. ATTP_CSDK)
 * @param number      number and symbol exactly as printed (e.g. 8390/2021/ATTP-CNĐK)
 * @param validUntil  expiry as printed on the result; null when it has no term
 */
public record RegisterEntry(String registerNo, String typeCode, String number, String holderName, String holderId,
                            LocalDate issuedOn, LocalDate validUntil, RegisterStatus status, String issuer, String field) {

    public RegisterEntry {
        Objects.requireNonNull(registerNo, "registerNo");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
    }

    /** In force on {@code day}: ACTIVE, issued on or before it, and no expiry or expiry on or after it. */
    public boolean inForceOn(LocalDate day) {
        return status == RegisterStatus.ACTIVE
                && (issuedOn == null || !issuedOn.isAfter(day))
                && (validUntil == null || !validUntil.isBefore(day));
    }
}
