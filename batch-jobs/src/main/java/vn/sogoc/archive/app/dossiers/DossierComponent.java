package vn.sogoc.archive.app.dossiers;

import java.time.OffsetDateTime;

/**
 * One component of a received dossier.
 *
 * @param digitized        a scanned component made into a signed PDF/A, or a reused one (digital already)
 * @param note             why a scanned component could not be digitized; null otherwise
 * @param reusedDocumentId the warehouse document standing in for paper (REUSED only)
 * @param reusedKind       that document's kind (RESULT, COPY, CERTIFIED_COPY, DOSSIER_DOCUMENT)
 */
public record DossierComponent(String componentId, String dossierCode, int seq, ComponentSource source, String holderId,
                               String title, boolean digitized, String note, String fileName, String originalSha256,
                               String originalKey, Integer pages, String objectKey, String sha256,
                               OffsetDateTime signedAt, String reusedDocumentId, String reusedKind) { }
