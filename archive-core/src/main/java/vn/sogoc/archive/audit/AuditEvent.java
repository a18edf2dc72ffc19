package vn.sogoc.archive.audit;

import java.util.Map;
import java.util.Objects;

/**
 * One action to append to the audit trail (nhật ký kiểm tra).
 *
 * @param action        what happened, e.g. {@code REGISTER_IMPORTED}, {@code RECORD_ARCHIVED}, {@code COPY_ISSUED}
 * @param actor         who did it: a user name, a system client's name, or {@code system} for jobs
 * @param subjectType   what it happened to, e.g. {@code register_entry}, {@code scan}, {@code copy}
 * @param subjectId     that subject's key (register number, scan SHA-256, copy id)
 * @param correlationId ties the entry to log lines: a job execution, record or copy id; may be null
 * @param details       small facts worth keeping (reason, SHA-256, counts); values are strings
 */
public record AuditEvent(String action, String actor, String subjectType, String subjectId, String correlationId,
                         Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
