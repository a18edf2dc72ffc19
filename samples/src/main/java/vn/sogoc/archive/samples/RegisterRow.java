package vn.sogoc.archive.samples;

import java.time.LocalDate;

import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.register.RegisterStatus;

/** One line of {@code register.csv}, in the columns of register-import.md. */
public record RegisterRow(String registerNo, String typeCode, String number, String holderName, String holderId,
                          LocalDate issuedOn, LocalDate validUntil, RegisterStatus status, String issuer, String field) {

    static RegisterRow of(String registerNo, ResultFacts f, RegisterStatus status) {
        return new RegisterRow(registerNo, f.type().name(), f.number(), f.holderName(), f.holderId(), f.issuedOn(),
                f.validUntil(), status, f.authority().issuerRegister(), f.type().field());
    }

    /** The archive-core view of this row. */
    public RegisterEntry toEntry() {
        return new RegisterEntry(registerNo, typeCode, number, holderName, holderId, issuedOn, validUntil, status, issuer,
                field);
    }
}
