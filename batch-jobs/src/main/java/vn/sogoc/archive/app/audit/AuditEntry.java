package vn.sogoc.archive.app.audit;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;
import vn.sogoc.archive.text.Hashes;

/**
 * A stored audit entry and the canonical form its hash is computed over:
 * {@code SHA-256(prev_hash | seq | occurred_at (UTC, ms) | action | actor | subject_type | subject_id |
 * correlation_id | details as JSON with sorted keys)}, fields joined by a line feed, nulls as empty.
 */
public record AuditEntry(long seq, Instant occurredAt, String action, String actor, String subjectType,
                         String subjectId, String correlationId, String detailsJson, String prevHash, String entryHash) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static String detailsJson(Map<String, String> details) {
        return details == null || details.isEmpty() ? null : JSON.writeValueAsString(new TreeMap<>(details));
    }

    /** The hash this entry must carry, computed from its own fields and {@link #prevHash()}. */
    public String computeHash() {
        String canonical = String.join("\n", prevHash, Long.toString(seq), occurredAt.toString(), action, actor,
                nz(subjectType), nz(subjectId), nz(correlationId), nz(detailsJson));
        return Hashes.sha256(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
