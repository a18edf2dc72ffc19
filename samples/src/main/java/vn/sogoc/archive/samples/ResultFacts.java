package vn.sogoc.archive.samples;

import java.time.LocalDate;

/**
 * What the issuing body decided: the facts that the register records and the paper prints.
 *
 * @param holderName the holder as the register writes it (the paper may print it in caps)
 * @param validUntil the printed expiry; null when the result has no term
 * @param birthDate  the holder's birth date when the holder is a person, else null
 */
public record ResultFacts(SampleType type, Authority authority, String number, String holderName, String holderId,
                          LocalDate issuedOn, LocalDate validUntil, LocalDate birthDate, boolean female) {

    public ResultFacts withNumber(String other) {
        return new ResultFacts(type, authority, other, holderName, holderId, issuedOn, validUntil, birthDate, female);
    }
}
