package vn.sogoc.archive.app.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.storage.ObjectStore;

/**
 * Makes signed checkpoints of the audit trail (after each job, every N entries, and on
 * {@code audit checkpoint}): in one transaction it appends an {@code AUDIT_CHECKPOINT} entry (holding the
 * chain's head lock), signs {@code {last_seq, last_hash, created_at, …}} of that very entry with the
 * organisation's key (detached CMS, timestamped) and records it; then copies the JSON and its signature
 * to the object store under {@code audit/checkpoints/{SEQ}.json|.p7s} with object-lock retention where
 * the server supports it.
 */
@Service
public class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcAuditTrail audit;
    private final ObjectProvider<ObjectStore> store;
    private final ArchiveProperties properties;
    private final AuditSettings settings;
    private final TransactionTemplate newTransaction;
    private volatile CheckpointKeys keys;

    public AuditCheckpoints(JdbcClient jdbc, JdbcAuditTrail audit, ObjectProvider<ObjectStore> store,
                            ArchiveProperties properties, AuditSettings settings, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.store = store;
        this.properties = properties;
        this.settings = settings;
        this.newTransaction = new TransactionTemplate(tm);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The signing key and trust anchors (loaded on first use). */
    public CheckpointKeys keys() {
        CheckpointKeys k = keys;
        if (k == null) {
            synchronized (this) {
                if (keys == null) {
                    try {
                        keys = CheckpointKeys.from(properties, settings);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException("cannot load the signing key for audit checkpoints: "
                                + e.getMessage(), e);
                    }
                }
                k = keys;
            }
        }
        return k;
    }

    /** Makes a checkpoint now; {@code reason} says why (e.g. {@code JOB_FINISHED}, {@code command}). */
    public Checkpoint create(String reason, String actor, String correlationId) {
        Checkpoint cp = newTransaction.execute(tx -> {
            Optional<Long> previous = jdbc.sql("SELECT MAX(last_seq) FROM audit_checkpoint").query(Long.class).optional();
            Map<String, String> d = new LinkedHashMap<>();
            d.put("reason", reason);
            previous.ifPresent(p -> d.put("previous_checkpoint_seq", Long.toString(p)));
            audit.append(new AuditEvent(AuditActions.CHECKPOINT, actor, "audit_checkpoint", null, correlationId, d));
            record Head(long seq, String hash) { }
            Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                    .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2).trim())).single();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Map<String, Object> payload = new TreeMap<>();
            payload.put("type", "sogoc-audit-checkpoint");
            payload.put("version", 1);
            payload.put("last_seq", head.seq());
            payload.put("last_hash", head.hash());
            payload.put("created_at", now.toString());
            payload.put("reason", reason);
            payload.put("organisation", properties.organisation());
            payload.put("previous_checkpoint_seq", previous.orElse(null));
            String json = JSON.writeValueAsString(payload);
            byte[] signature;
            try {
                signature = keys().signer().sign(json.getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot sign the audit checkpoint: " + e.getMessage(), e);
            }
            jdbc.sql("""
                    INSERT INTO audit_checkpoint (last_seq, last_hash, created_at, reason, payload, signature_b64)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(head.seq(), head.hash(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), truncate(reason, 64),
                            json, Base64.getEncoder().encodeToString(signature))
                    .update();
            return new Checkpoint(head.seq(), head.hash(), now, reason, json, signature, null, null, null);
        });
        return publish(cp);
    }

    private Checkpoint publish(Checkpoint cp) {
        try {
            String retention = new CheckpointArchive(store.getObject()).publish(cp.lastSeq(),
                    cp.payload().getBytes(StandardCharsets.UTF_8), cp.signature(), settings.retentionDays());
            jdbc.sql("UPDATE audit_checkpoint SET payload_key = ?, signature_key = ?, retention = ? WHERE last_seq = ?")
                    .params(Checkpoint.payloadKey(cp.lastSeq()), Checkpoint.signatureKey(cp.lastSeq()),
                            truncate(retention, 256), cp.lastSeq())
                    .update();
            log.info("audit checkpoint seq={} stored as {} (retention: {})", cp.lastSeq(),
                    Checkpoint.payloadKey(cp.lastSeq()), retention);
            return new Checkpoint(cp.lastSeq(), cp.lastHash(), cp.createdAt(), cp.reason(), cp.payload(), cp.signature(),
                    Checkpoint.payloadKey(cp.lastSeq()), Checkpoint.signatureKey(cp.lastSeq()), retention);
        } catch (Exception e) {
            log.warn("audit checkpoint seq={} is signed and in the database but could not be copied to the object store: {}",
                    cp.lastSeq(), e.toString());
            return cp;
        }
    }

    /** After an entry that calls for one commits (end of a job, every N entries …), makes a checkpoint. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void onCheckpointDue(CheckpointDue due) {
        try {
            create(due.action(), "system", due.correlationId());
        } catch (RuntimeException e) {
            log.warn("could not make the audit checkpoint after seq {} ({}): {}", due.seq(), due.action(), e.toString());
        }
    }

    /** Every checkpoint in the database, oldest first. */
    public List<Checkpoint> list() {
        return jdbc.sql("SELECT * FROM audit_checkpoint ORDER BY last_seq").query((rs, i) -> new Checkpoint(
                rs.getLong("last_seq"), rs.getString("last_hash").trim(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("reason"),
                rs.getString("payload"), Base64.getDecoder().decode(rs.getString("signature_b64").trim()),
                rs.getString("payload_key"), rs.getString("signature_key"), rs.getString("retention"))).list();
    }

    CheckpointArchive archive() {
        return new CheckpointArchive(store.getObject());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
