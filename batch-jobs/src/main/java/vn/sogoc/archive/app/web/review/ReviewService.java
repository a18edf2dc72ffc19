package vn.sogoc.archive.app.web.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.register.JdbcRegister;
import vn.sogoc.archive.app.web.ApiException;
import vn.sogoc.archive.app.web.records.RecordFiles;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.classify.ResultType;
import vn.sogoc.archive.classify.ResultTypeCatalog;
import vn.sogoc.archive.digitize.ObjectKeys;
import vn.sogoc.archive.digitize.RecordStatus;
import vn.sogoc.archive.digitize.ScanOutcome;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.search.IndexedRecord;
import vn.sogoc.archive.search.SearchIndex;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.SignatureResult;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.storage.StoredObject;

/**
 * Clears the review queue: corrects an item's metadata or picks its register entry, approves it (the
 * scan's searchable PDF, kept at {@code review/{SHA}.pdf}, is then signed, stored under its record key,
 * the register entry marked digitized and the record indexed, exactly as the digitization job does), or
 * rejects it with a reason. Every decision is audited with the archivist's name.
 */
@Service
public class ReviewService {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final ReviewQueue queue;
    private final JdbcClient jdbc;
    private final JdbcRegister register;
    private final RecordFiles files;
    private final ObjectStore store;
    private final DocumentSigner signer;
    private final SearchIndex index;
    private final ResultTypeCatalog types;
    private final AuditTrail audit;
    private final ArchiveProperties properties;

    public ReviewService(ReviewQueue queue, JdbcClient jdbc, JdbcRegister register, RecordFiles files, ObjectStore store,
                         DocumentSigner signer, SearchIndex index, ResultTypeCatalog types, AuditTrail audit,
                         ArchiveProperties properties) {
        this.queue = queue;
        this.jdbc = jdbc;
        this.register = register;
        this.files = files;
        this.store = store;
        this.signer = signer;
        this.index = index;
        this.types = types;
        this.audit = audit;
        this.properties = properties;
    }

    /** The item, which must still be in review (404 unknown, 409 already decided). */
    public ReviewItem inReview(String sha256) {
        ReviewItem item = queue.find(sha256).orElseThrow(() -> ApiException.notFound(
                "bản quét " + sha256 + " không có / no such scan"));
        if (!RecordStatus.REVIEW.name().equals(item.status())) {
            throw ApiException.conflict("bản quét đã được xử lý (" + item.status() + ") / scan is no longer in review");
        }
        return item;
    }

    @Transactional
    public ReviewItem correct(String sha256, ReviewCorrection c) {
        ReviewItem item = inReview(sha256);
        Map<String, String> changed = new LinkedHashMap<>();
        if (c.registerNo() != null && !c.registerNo().isBlank()) {
            RegisterEntry e = register.findByRegisterNo(c.registerNo().strip()).orElseThrow(() -> ApiException.badRequest(
                    "registerNo '" + c.registerNo() + "': không có trong sổ gốc / not in the register"));
            changed.put("register_no", e.registerNo());
        }
        if (c.typeCode() != null && !c.typeCode().isBlank()) {
            if (types.find(c.typeCode().strip()).isEmpty()) throw ApiException.badRequest("typeCode '" + c.typeCode() + "': không có loại này / unknown type");
            changed.put("type_code", c.typeCode().strip());
        }
        text(changed, "number", c.number(), 128);
        text(changed, "holder_name", c.holderName(), 512);
        text(changed, "holder_id", c.holderId(), 32);
        text(changed, "issuer", c.issuer(), 512);
        if (c.issuedOn() != null) changed.put("issued_on", c.issuedOn().toString());
        if (c.validUntil() != null) changed.put("valid_until", c.validUntil().toString());
        if (c.issuedOn() != null && c.validUntil() != null && c.validUntil().isBefore(c.issuedOn())) {
            throw ApiException.badRequest("validUntil: trước ngày cấp / before issuedOn");
        }
        for (Map.Entry<String, String> e : changed.entrySet()) {
            Object value = e.getKey().equals("issued_on") || e.getKey().equals("valid_until") ? LocalDate.parse(e.getValue()) : e.getValue();
            // column names come from the fixed set above, never from the request
            jdbc.sql("UPDATE scan_record SET " + e.getKey() + " = ? WHERE source_sha256 = ?").params(value, item.sourceSha256()).update();
        }
        if (!changed.isEmpty()) {
            audit.append(new AuditEvent("REVIEW_CORRECTED", Actors.current(), "scan", item.sourceSha256(), null, changed));
        }
        return queue.find(item.sourceSha256()).orElseThrow();
    }

    /** The outcome of an approval: the record's register number, object key and SHA-256. */
    public record Approval(String registerNo, String objectKey, String sha256, OffsetDateTime signedAt) { }

    /**
     * Approves the item for the register entry {@code registerNo} (or the one already picked): signs
     * the scan's searchable PDF, stores, marks the entry digitized, indexes. Refused (409) when the entry
     * is not in force today, was digitized from another scan, or there is no searchable PDF of the scan.
     */
    @Transactional
    public Approval approve(String sha256, String registerNo) throws IOException {
        ReviewItem item = inReview(sha256);
        String regNo = registerNo != null && !registerNo.isBlank() ? registerNo.strip() : item.registerNo();
        if (regNo == null) throw ApiException.badRequest("registerNo: hãy chọn mục sổ gốc / pick the register entry");
        RegisterEntry entry = register.findByRegisterNo(regNo).orElseThrow(() -> ApiException.badRequest(
                "registerNo '" + regNo + "': không có trong sổ gốc / not in the register"));
        LocalDate today = LocalDate.now(VIETNAM);
        if (!entry.inForceOn(today)) {
            throw ApiException.conflict(regNo + ": mục sổ gốc không còn hiệu lực ngày " + today + " (" + entry.status()
                    + ", hiệu lực đến " + entry.validUntil() + ") / the entry is not in force today");
        }
        var from = register.digitizedFromSource(regNo);
        if (from.isPresent() && !from.get().equalsIgnoreCase(item.sourceSha256())) {
            throw ApiException.conflict(regNo + ": đã được số hóa từ bản quét khác / already digitized from another scan");
        }
        if (!item.scanPdf()) {
            throw ApiException.conflict("không có bản PDF tìm kiếm được của bản quét này (" + item.reason()
                    + "); hãy quét lại / no searchable PDF of this scan; rescan it");
        }
        String key = ObjectKeys.record(entry.typeCode(), entry.issuedOn() == null ? null : entry.issuedOn().getYear(),
                entry.registerNo(), item.sourceSha256());
        StoredObject stored = store.stat(key).orElse(null);
        OffsetDateTime signedAt;
        if (stored != null && item.sourceSha256().equals(stored.metadata().get("source-sha256"))
                && stored.metadata().get("signed-at") != null) {
            signedAt = OffsetDateTime.parse(stored.metadata().get("signed-at")); // a retry after a failure: write-once
        } else {
            Path unsigned = files.fetch(ObjectKeys.review(item.sourceSha256()), null);
            Path signed = Files.createTempFile(properties.workDir(), "web-signed-", ".pdf");
            try {
                ArchiveProperties.Digitize d = properties.digitize();
                SignatureResult signature = signer.sign(unsigned, signed, new SignatureRequest(d.signatureLabel(),
                        properties.organisation(), "Số hóa kết quả TTHC " + entry.number() + " (sổ gốc " + entry.registerNo()
                        + "), duyệt bởi " + Actors.current(), d.signatureLevel()));
                signedAt = signature.signingTime();
                stored = store.put(key, signed, "application/pdf", Map.of("source-sha256", item.sourceSha256(),
                        "register-no", entry.registerNo(), "type-code", String.valueOf(entry.typeCode()),
                        "signed-at", signedAt.toString(), "signature-level", signature.level().name()));
            } finally {
                Files.deleteIfExists(unsigned);
                Files.deleteIfExists(signed);
            }
        }
        int n = jdbc.sql("""
                UPDATE scan_record SET status = 'ARCHIVED', reason = NULL, register_no = ?, type_code = ?, number = ?,
                    holder_name = ?, holder_id = ?, issued_on = ?, valid_until = ?, issuer = ?, object_key = ?, sha256 = ?,
                    signed_at = ? WHERE source_sha256 = ? AND status = 'REVIEW'""")
                .params(entry.registerNo(), entry.typeCode(), entry.number(), entry.holderName(), entry.holderId(),
                        entry.issuedOn(), entry.validUntil(), entry.issuer(), stored.key(), stored.sha256(), signedAt,
                        item.sourceSha256())
                .update();
        if (n != 1) throw ApiException.conflict("bản quét vừa được người khác xử lý / the scan was just decided by someone else");
        ScanOutcome outcome = new ScanOutcome(item.source(), item.sourceSha256(), RecordStatus.ARCHIVED, null, null,
                entry.registerNo(), entry.typeCode(), entry.number(), entry.holderName(), entry.holderId(), entry.issuedOn(),
                entry.validUntil(), entry.issuer(), item.ocrConfidence() == null ? null : item.ocrConfidence().doubleValue(),
                item.pages(), item.text(), stored.key(), stored.sha256(), null, signedAt, stored.size());
        register.markDigitized(outcome);
        ResultType type = types.find(entry.typeCode()).orElse(null);
        index.upsert(new IndexedRecord(entry.registerNo(), entry.typeCode(), type == null ? null : type.titleVi(),
                entry.number(), entry.holderName(), entry.holderId(), entry.issuer(), entry.field(), entry.issuedOn(),
                entry.validUntil(), entry.status().name(), item.text(), stored.key(), stored.sha256()));
        index.commit(); // before the database commits: a failure after it leaves an index entry a redo overwrites
        Map<String, String> d = new LinkedHashMap<>();
        d.put("register_no", entry.registerNo());
        d.put("object_key", stored.key());
        d.put("sha256", stored.sha256());
        d.put("review_reason", String.valueOf(item.reason()));
        audit.append(new AuditEvent("REVIEW_APPROVED", Actors.current(), "scan", item.sourceSha256(), null, d));
        audit.append(new AuditEvent("RECORD_ARCHIVED", Actors.current(), "scan", item.sourceSha256(), null, d));
        return new Approval(entry.registerNo(), stored.key(), stored.sha256(), signedAt);
    }

    /** Rejects the item with a reason (required, at most 500 characters). */
    @Transactional
    public ReviewItem reject(String sha256, String reason) {
        ReviewItem item = inReview(sha256);
        if (reason == null || reason.isBlank()) throw ApiException.badRequest("reason: hãy ghi lý do từ chối / a reason is required");
        if (reason.length() > 500) throw ApiException.badRequest("reason: tối đa 500 ký tự / at most 500 characters");
        String detail = (item.reasonDetail() == null ? "" : item.reasonDetail() + " | ") + "Từ chối / rejected by "
                + Actors.current() + ": " + reason.strip();
        jdbc.sql("UPDATE scan_record SET status = 'REJECTED', reason_detail = ? WHERE source_sha256 = ? AND status = 'REVIEW'")
                .params(detail.length() > 2000 ? detail.substring(0, 2000) : detail, item.sourceSha256()).update();
        audit.append(new AuditEvent("REVIEW_REJECTED", Actors.current(), "scan", item.sourceSha256(), null,
                Map.of("reason", reason.strip(), "review_reason", String.valueOf(item.reason()))));
        return queue.find(item.sourceSha256()).orElseThrow();
    }

    /** The scan's searchable PDF (unsigned), for the review page; the caller sends and deletes the file. */
    public Path scanPdf(String sha256) throws IOException {
        ReviewItem item = queue.find(sha256).orElseThrow(() -> ApiException.notFound("bản quét không có / no such scan"));
        if (!item.scanPdf()) throw new ApiException(HttpStatus.NOT_FOUND, "không có bản PDF của bản quét này / no PDF of this scan");
        return files.fetch(ObjectKeys.review(item.sourceSha256()), null);
    }

    private static void text(Map<String, String> changed, String column, String value, int max) {
        if (value == null || value.isBlank()) return;
        if (value.length() > max) throw ApiException.badRequest(column + ": tối đa " + max + " ký tự / at most " + max + " characters");
        changed.put(column, value.strip());
    }
}
