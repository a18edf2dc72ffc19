package vn.sogoc.archive.app.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.MDC;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correlation ids in the logging MDC, so that a structured (JSON) log line can be traced to its audit
 * entry: {@code job_execution_id} and {@code correlation_id} ("job-{id}", as in the audit entries) during
 * a job, {@code scan_sha256} / {@code register_no} for a record, {@code copy_id} for a copy, and
 * {@code audit_seq} on the line that records an entry. Each method returns a scope that restores the
 * previous values when closed: {@code try (var s = CorrelationMdc.forRecord(sha, regNo)) { ... }}.
 */
public final class CorrelationMdc {

    public static final String JOB_EXECUTION_ID = "job_execution_id";
    public static final String CORRELATION_ID = "correlation_id";
    public static final String SCAN_SHA256 = "scan_sha256";
    public static final String REGISTER_NO = "register_no";
    public static final String COPY_ID = "copy_id";
    public static final String AUDIT_SEQ = "audit_seq";
    public static final String AUDIT_HASH = "audit_hash";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CorrelationMdc() { }

    /** A scope of MDC values; closing it puts back what was there before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Sets the given keys (null values are left out) until the scope is closed. */
    public static Scope with(Map<String, String> values) {
        Map<String, String> previous = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v == null) return;
            previous.put(k, MDC.get(k));
            MDC.put(k, v);
        });
        return () -> previous.forEach((k, v) -> {
            if (v == null) MDC.remove(k); else MDC.put(k, v);
        });
    }

    /** A job execution: {@code job_execution_id} and {@code correlation_id = job-{id}}. */
    public static Scope forJob(long jobExecutionId) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(JOB_EXECUTION_ID, Long.toString(jobExecutionId));
        m.put(CORRELATION_ID, "job-" + jobExecutionId);
        return with(m);
    }

    /** One record of a job: the scan's SHA-256 and, once matched, its register number. */
    public static Scope forRecord(String scanSha256, String registerNo) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(SCAN_SHA256, scanSha256);
        m.put(REGISTER_NO, registerNo);
        return with(m);
    }

    /** One copy (bản sao): its id. */
    public static Scope forCopy(String copyId) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(COPY_ID, copyId);
        return with(m);
    }

    /** The line that records an audit entry: its seq, hash and every correlation id the entry carries. */
    static Scope forAuditEntry(AuditEntry entry, String hash) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(AUDIT_SEQ, Long.toString(entry.seq()));
        m.put(AUDIT_HASH, hash);
        m.put(CORRELATION_ID, entry.correlationId());
        String corr = entry.correlationId();
        if (corr != null && corr.startsWith("job-")) m.put(JOB_EXECUTION_ID, corr.substring(4));
        if ("scan".equals(entry.subjectType())) m.put(SCAN_SHA256, entry.subjectId());
        if ("register_entry".equals(entry.subjectType())) m.put(REGISTER_NO, entry.subjectId());
        if ("copy".equals(entry.subjectType())) m.put(COPY_ID, entry.subjectId());
        if (entry.detailsJson() != null) {
            try {
                JsonNode d = JSON.readTree(entry.detailsJson());
                if (d.hasNonNull("register_no")) m.put(REGISTER_NO, d.get("register_no").asString());
                if (d.hasNonNull("copy_id")) m.put(COPY_ID, d.get("copy_id").asString());
            } catch (RuntimeException ignored) {
                // details are our own JSON; a parse failure only loses an optional log field
            }
        }
        return with(m);
    }
}
