package vn.sogoc.archive.app.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;

/**
 * The audit trail in the database, hash-chained: each append locks the chain's head row, so appends
 * from several processes sharing the database are serialised, then writes the entry with the SHA-256
 * of the previous one. It joins the caller's transaction, so an action and its entry commit together.
 * Each entry is also logged (logger {@code audit}) with its seq and correlation ids in the MDC, so a log
 * line leads to its entry; entries that call for a checkpoint ({@link AuditSettings}) publish
 * {@link CheckpointDue}, handled after commit.
 */
@Repository
public class JdbcAuditTrail implements AuditTrail {

    private static final Logger log = LoggerFactory.getLogger("audit");

    private final JdbcClient jdbc;
    private final AuditSettings settings;
    private final ApplicationEventPublisher events;

    public JdbcAuditTrail(JdbcClient jdbc, AuditSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void append(AuditEvent e) {
        record Head(long seq, String hash) { }
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2))).single();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AuditEntry entry = new AuditEntry(head.seq() + 1, now, e.action(), e.actor(), e.subjectType(), e.subjectId(),
                e.correlationId(), AuditEntry.detailsJson(e.details()), head.hash(), null);
        String hash = entry.computeHash();
        jdbc.sql("""
                INSERT INTO audit_entry (seq, occurred_at, action, actor, subject_type, subject_id, correlation_id, details,
                    prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.seq(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), e.action(), e.actor(), e.subjectType(),
                        e.subjectId(), e.correlationId(), entry.detailsJson(), head.hash(), hash)
                .update();
        jdbc.sql("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(entry.seq(), hash).update();
        logEntry(entry, hash);
        if (settings.checkpointDue(entry.seq(), e.action())) events.publishEvent(new CheckpointDue(entry.seq(), e.action(), e.correlationId()));
    }

    private static void logEntry(AuditEntry entry, String hash) {
        try (var ignored = CorrelationMdc.forAuditEntry(entry, hash)) {
            log.info("audit seq={} action={} actor={} subject={}:{} correlation={}", entry.seq(), entry.action(),
                    entry.actor(), entry.subjectType(), entry.subjectId(), entry.correlationId());
        }
    }
}
