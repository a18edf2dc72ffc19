package vn.sogoc.archive.app.holders;

import java.time.LocalDate;

/**
 * One document of a holder's e-data warehouse, whatever its kind.
 *
 * @param documentId the document's key in its own register: register number (RESULT), copy id (COPY),
 *                   certification id (CERTIFIED_COPY), component id (DOSSIER_DOCUMENT); what
 *                   {@code dossier receive --reuse} takes
 * @param number     the number it carries (number and symbol, copy number, certification number); may be null
 * @param issuedOn   the day it was issued, certified or received
 * @param validUntil the printed expiry; null when it has none
 * @param inForce    in force today (a result ACTIVE and not expired; a copy VALID of a result in force; a
 *                   certified copy always — it has no expiry of its own; a dossier document once digitized)
 * @param objectKey  where its signed PDF is in the object store; null when there is none (a result not yet digitized)
 * @param sha256     SHA-256 of that PDF; null likewise
 */
public record WarehouseDocument(DocumentKind kind, String documentId, String holderId, String title, String number,
                                LocalDate issuedOn, LocalDate validUntil, boolean inForce, String objectKey,
                                String sha256) {

    /** Whether it could stand in for a paper component of a dossier: in force and held electronically. */
    public boolean reusable() {
        return inForce && objectKey != null && sha256 != null;
    }
}
