package vn.sogoc.archive.app.digitize;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.sogoc.archive.app.records.ScanRecords;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.app.register.JdbcRegister;
import vn.sogoc.archive.classify.ResultType;
import vn.sogoc.archive.classify.ResultTypeCatalog;
import vn.sogoc.archive.digitize.ScanOutcome;
import vn.sogoc.archive.search.IndexedRecord;
import vn.sogoc.archive.search.SearchIndex;
import vn.sogoc.archive.timing.Stage;
import vn.sogoc.archive.timing.StageTimes;

/**
 * Records each outcome in the database (in the chunk's transaction) and, for archived ones, marks the
 * register entry digitized and indexes the record. The index is committed before the database, so a
 * crash in between leaves an index entry that the redo overwrites, never a record that is missing.
 */
class OutcomeWriter implements ItemWriter<ScanOutcome> {

    private final ScanRecords records;
    private final JdbcRegister register;
    private final SearchIndex index;
    private final ResultTypeCatalog types;
    private final AuditTrail audit;
    private final long jobExecutionId;

    OutcomeWriter(ScanRecords records, JdbcRegister register, SearchIndex index, ResultTypeCatalog types,
                  AuditTrail audit, long jobExecutionId) {
        this.audit = audit;
        this.records = records;
        this.register = register;
        this.index = index;
        this.types = types;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends ScanOutcome> chunk) throws IOException {
        try (StageTimes.Span s = StageTimes.start(Stage.RECORD)) {
            writeTimed(chunk);
        }
    }

    private void writeTimed(Chunk<? extends ScanOutcome> chunk) throws IOException {
        boolean indexed = false;
        java.util.List<AuditEvent> events = new java.util.ArrayList<>();
        for (ScanOutcome o : chunk) {
            if (!records.insertIfAbsent(o, jobExecutionId)) continue;
            events.add(auditEvent(o));
            if (o.archived()) {
                register.markDigitized(o);
                register.findByRegisterNo(o.registerNo()).ifPresent(e -> {
                    ResultType type = types.find(e.typeCode()).orElse(null);
                    try (StageTimes.Span s = StageTimes.start(Stage.INDEX)) {
                        index.upsert(new IndexedRecord(e.registerNo(), e.typeCode(), type == null ? null : type.titleVi(),
                                e.number(), e.holderName(), e.holderId(), e.issuer(), e.field(), e.issuedOn(),
                                e.validUntil(), e.status().name(), o.text(), o.objectKey(), o.sha256()));
                    } catch (IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                });
                indexed = true;
            }
        }
        if (indexed) {
            try (StageTimes.Span s = StageTimes.start(Stage.INDEX)) {
                index.commit();
            }
        }
        // last, so that the audit chain's head row is locked only for the rest of this transaction
        events.forEach(audit::append);
    }

    private AuditEvent auditEvent(ScanOutcome o) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("source", o.source());
        d.put("pages", Integer.toString(o.pages()));
        if (o.reason() != null) d.put("reason", o.reason().name());
        if (o.registerNo() != null) d.put("register_no", o.registerNo());
        if (o.objectKey() != null) d.put("object_key", o.objectKey());
        if (o.sha256() != null) d.put("sha256", o.sha256());
        if (o.signedAt() != null) d.put("signed_at", o.signedAt().toString());
        String action = switch (o.status()) {
            case ARCHIVED -> "RECORD_ARCHIVED";
            case REVIEW -> "RECORD_TO_REVIEW";
            case REJECTED -> "RECORD_REJECTED";
        };
        return new AuditEvent(action, "system", "scan", o.sourceSha256(), "job-" + jobExecutionId, d);
    }
}
