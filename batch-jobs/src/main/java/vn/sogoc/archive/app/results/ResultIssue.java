package vn.sogoc.archive.app.results;

import java.nio.file.Path;
import java.time.LocalDate;

import vn.sogoc.archive.app.certify.Signatory;

/**
 * A result produced electronically, to be signed, entered in the master register and archived.
 *
 * @param holderName the holder's name for the register; null to take it from the holder's earlier entries
 *                   or from the document's text
 * @param validUntil the printed expiry; null when the result has no term
 * @param signer     the person who signs the result (Decree 30/2020: name and title in the appearance)
 */
public record ResultIssue(Path file, String typeCode, String number, String holderId, String holderName,
                          LocalDate issuedOn, LocalDate validUntil, Signatory signer) { }
