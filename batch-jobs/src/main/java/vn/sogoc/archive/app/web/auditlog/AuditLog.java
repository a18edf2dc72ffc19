package vn.sogoc.archive.app.web.auditlog;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the audit trail's entries for auditors, newest first, filtered by action, actor and time. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry as stored, with its chain hashes. */
    public record Entry(long seq, OffsetDateTime occurredAt, String action, String actor, String subjectType,
                        String subjectId, String correlationId, String details, String prevHash, String entryHash) { }

    public List<Entry> list(String action, String actor, OffsetDateTime from, OffsetDateTime to, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (action != null && !action.isBlank()) { sql.append(" AND action = ?"); params.add(action.strip()); }
        if (actor != null && !actor.isBlank()) { sql.append(" AND actor = ?"); params.add(actor.strip()); }
        if (from != null) { sql.append(" AND occurred_at >= ?"); params.add(from); }
        if (to != null) { sql.append(" AND occurred_at < ?"); params.add(to); }
        sql.append(" ORDER BY seq DESC LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new Entry(rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("action"), rs.getString("actor"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("correlation_id"),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("entry_hash"))).list();
    }
}
