package vn.sogoc.archive.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit trail: the head, entries in chain order, and filtered pages for auditors. */
@Repository
public class AuditEntries {

    /** The chain's head row: the last seq and hash as the appender left them. */
    public record Head(long lastSeq, String lastHash) { }

    /**
     * A filter for listing entries; every field may be null.
     *
     * @param from   entries at or after this instant
     * @param to     entries before this instant
     * @param action exact action
     * @param actor  exact actor
     * @param subject subject id (register number, scan SHA-256, copy id …)
     * @param correlationId exact correlation id, e.g. {@code job-12}
     */
    public record Filter(Instant from, Instant to, String action, String actor, String subject, String correlationId) {

        public static Filter all() { return new Filter(null, null, null, null, null, null); }
    }

    private final JdbcClient jdbc;

    public AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Head(0, null));
    }

    /** Every entry in seq order, streamed (the trail can be long). */
    public void forEachInOrder(Consumer<AuditEntry> sink) {
        jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").query((ResultSet rs) -> sink.accept(entry(rs)));
    }

    /** The seq of the entry carrying this hash, if any (for telling reordered entries from rewritten ones). */
    public OptionalLong seqOfHash(String entryHash) {
        List<Long> seqs = jdbc.sql("SELECT seq FROM audit_entry WHERE entry_hash = ? ORDER BY seq").param(entryHash)
                .query(Long.class).list();
        return seqs.isEmpty() ? OptionalLong.empty() : OptionalLong.of(seqs.get(0));
    }

    public Optional<AuditEntry> bySeq(long seq) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE seq = ?").param(seq).query((rs, i) -> entry(rs)).optional();
    }

    /** The newest entry of an action. */
    public Optional<AuditEntry> latest(String action) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE action = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .param(action).query((rs, i) -> entry(rs)).optional();
    }

    /** Entries matching the filter in seq order, at most {@code limit} (newest last). */
    public List<AuditEntry> find(Filter f, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.from() != null) { sql.append(" AND occurred_at >= ?"); params.add(OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC)); }
        if (f.to() != null) { sql.append(" AND occurred_at < ?"); params.add(OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC)); }
        if (f.action() != null) { sql.append(" AND action = ?"); params.add(f.action()); }
        if (f.actor() != null) { sql.append(" AND actor = ?"); params.add(f.actor()); }
        if (f.subject() != null) { sql.append(" AND subject_id = ?"); params.add(f.subject()); }
        if (f.correlationId() != null) { sql.append(" AND correlation_id = ?"); params.add(f.correlationId()); }
        sql.append(" ORDER BY seq FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> entry(rs)).list();
    }

    /** Streams the entries matching the filter in seq order. */
    public void forEach(Filter f, Consumer<AuditEntry> sink) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.from() != null) { sql.append(" AND occurred_at >= ?"); params.add(OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC)); }
        if (f.to() != null) { sql.append(" AND occurred_at < ?"); params.add(OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC)); }
        if (f.action() != null) { sql.append(" AND action = ?"); params.add(f.action()); }
        sql.append(" ORDER BY seq");
        jdbc.sql(sql.toString()).params(params).query((ResultSet rs) -> sink.accept(entry(rs)));
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("action"), rs.getString("actor"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("correlation_id"), rs.getString("details"), trim(rs.getString("prev_hash")),
                trim(rs.getString("entry_hash")));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
