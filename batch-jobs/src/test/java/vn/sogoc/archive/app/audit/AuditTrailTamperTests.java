package vn.sogoc.archive.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.storage.ObjectStore;

/**
 * Tampering with the audit trail straight in the database (plain JDBC on the real H2) — deleting,
 * editing, reordering, inserting rows, deleting the last row, rewriting entries with recomputed hashes,
 * editing a checkpoint — is caught by {@link AuditVerifier} and located; the signed checkpoints are real
 * CMS signatures with the demo key and timestamp, copied to the real embedded S3 server. Each test
 * tampers with a fresh stretch of entries and puts the rows back afterwards, so the trail is intact
 * between tests (which the {@code @BeforeEach} checks).
 */
@org.springframework.test.annotation.DirtiesContext  // close the context before its @TempDir home is deleted
@SpringBootTest
class AuditTrailTamperTests {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("archive.home", () -> home.toString());
    }

    @Autowired AuditTrail audit;
    @Autowired AuditVerifier verifier;
    @Autowired AuditCheckpoints checkpoints;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectStore store;

    /** The stretch of entries of the current test: [first, last], then a checkpoint at last + 1. */
    long first;
    long last;
    List<Map<String, Object>> saved;
    Map<String, Object> savedHead;

    @BeforeEach
    void freshStretch() {
        assertThat(verifier.verify().problems()).as("the trail is intact before each test").isEmpty();
        first = head() + 1;
        for (int i = 0; i < 8; i++) {
            audit.append(new AuditEvent("RECORD_ARCHIVED", "system", "scan", "SCAN-" + first + "-" + i, "job-99",
                    Map.of("register_no", "SG-2020-" + i, "pages", "1")));
        }
        last = head();
        Checkpoint cp = checkpoints.create("test", "tester", null);
        assertThat(cp.lastSeq()).isEqualTo(last + 1);
        saved = jdbc.queryForList("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq", first);
        savedHead = jdbc.queryForMap("SELECT * FROM audit_head WHERE id = 1");
    }

    @AfterEach
    void restore() {
        jdbc.update("DELETE FROM audit_entry WHERE seq >= ?", first);
        for (Map<String, Object> r : saved) {
            jdbc.update("INSERT INTO audit_entry (seq, occurred_at, action, actor, subject_type, subject_id, correlation_id,"
                    + " details, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.get("SEQ"),
                    r.get("OCCURRED_AT"), r.get("ACTION"), r.get("ACTOR"), r.get("SUBJECT_TYPE"), r.get("SUBJECT_ID"),
                    r.get("CORRELATION_ID"), r.get("DETAILS"), r.get("PREV_HASH"), r.get("ENTRY_HASH"));
        }
        jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", savedHead.get("LAST_SEQ"),
                savedHead.get("LAST_HASH"));
    }

    long head() {
        return jdbc.queryForObject("SELECT last_seq FROM audit_head WHERE id = 1", Long.class);
    }

    List<ChainProblem> problems() {
        return verifier.verify().problems();
    }

    @Test
    void anIntactTrailVerifiesWithSignedStoredCheckpoints() throws Exception {
        AuditVerification v = verifier.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.lastCheckpointSeq()).isEqualTo(last + 1);
        assertThat(v.lastCheckpointTime()).as("timestamped").isNotNull();
        assertThat(store.stat(Checkpoint.payloadKey(last + 1))).isPresent();
        assertThat(store.stat(Checkpoint.signatureKey(last + 1))).isPresent();
        assertThat(v.warnings()).anyMatch(w -> w.contains("no object lock"));
    }

    @Test
    void deletingAMiddleRowIsCaughtAtItsSeq() {
        long victim = first + 3;
        assertThat(jdbc.update("DELETE FROM audit_entry WHERE seq = ?", victim)).isEqualTo(1);
        List<ChainProblem> p = problems();
        assertThat(p).hasSize(1);
        assertThat(p.get(0).seq()).isEqualTo(victim);
        assertThat(p.get(0).kind()).isEqualTo(ChainProblem.Kind.DELETED);
    }

    @Test
    void editingARowIsCaughtAsAltered() {
        long victim = first + 2;
        jdbc.update("UPDATE audit_entry SET details = ? WHERE seq = ?", "{\"pages\":\"2\",\"register_no\":\"SG-2020-9\"}", victim);
        List<ChainProblem> p = problems();
        assertThat(p).extracting(ChainProblem::seq, ChainProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(victim, ChainProblem.Kind.ALTERED));
    }

    @Test
    void editingTheActorIsCaughtToo() {
        jdbc.update("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = ?", first);
        assertThat(problems()).extracting(ChainProblem::seq).containsExactly(first);
    }

    @Test
    void swappingTwoRowsIsCaughtAsReordered() {
        long a = first + 4, b = first + 5;
        jdbc.update("UPDATE audit_entry SET seq = -1 WHERE seq = ?", a);
        jdbc.update("UPDATE audit_entry SET seq = ? WHERE seq = ?", a, b);
        jdbc.update("UPDATE audit_entry SET seq = ? WHERE seq = -1", b);
        List<ChainProblem> p = problems();
        assertThat(p).extracting(ChainProblem::kind).containsOnly(ChainProblem.Kind.REORDERED);
        assertThat(p).extracting(ChainProblem::seq).containsExactly(a, b);
        assertThat(p.get(0).message()).contains("it was entry " + b);
        assertThat(p.get(1).message()).contains("it was entry " + a);
    }

    @Test
    void deletingTheLastRowIsCaughtAgainstTheHeadAndTheCheckpoint() {
        long lastSeq = head();
        jdbc.update("DELETE FROM audit_entry WHERE seq = ?", lastSeq);
        assertThat(problems()).anyMatch(p -> p.seq() == lastSeq && p.kind() == ChainProblem.Kind.DELETED);
        // … and when the head row is "fixed" as well, the signed checkpoint still tells.
        String prevHash = jdbc.queryForObject("SELECT entry_hash FROM audit_entry WHERE seq = ?", String.class, lastSeq - 1);
        jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", lastSeq - 1, prevHash);
        List<ChainProblem> p = problems();
        assertThat(p).anyMatch(x -> x.seq() == lastSeq && x.kind() == ChainProblem.Kind.DELETED
                && x.message().contains("signed checkpoint"));
    }

    @Test
    void anInsertedRowBeyondTheHeadIsCaught() {
        long seq = head() + 1;
        jdbc.update("INSERT INTO audit_entry (seq, occurred_at, action, actor, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?)",
                seq, OffsetDateTime.now(), "RECORD_ARCHIVED", "intruder", "0".repeat(64), "1".repeat(64));
        try {
            assertThat(problems()).anyMatch(p -> p.seq() == seq && p.kind() == ChainProblem.Kind.INSERTED);
        } finally {
            jdbc.update("DELETE FROM audit_entry WHERE seq = ?", seq);
        }
    }

    @Test
    void rewritingEntriesWithRecomputedHashesIsCaughtByTheSignedCheckpoint() {
        // The strongest database-only attack: change an entry and recompute every hash after it and the head.
        List<AuditEntry> chain = new java.util.ArrayList<>();
        jdbc.query("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq", rs -> { chain.add(AuditEntries.entry(rs)); }, first);
        String prev = chain.get(0).prevHash();
        for (AuditEntry e : chain) {
            String details = e.seq() == first + 1 ? "{\"pages\":\"1\",\"register_no\":\"SG-FORGED\"}" : e.detailsJson();
            AuditEntry forged = new AuditEntry(e.seq(), e.occurredAt(), e.action(), e.actor(), e.subjectType(), e.subjectId(),
                    e.correlationId(), details, prev, null);
            String hash = forged.computeHash();
            jdbc.update("UPDATE audit_entry SET details = ?, prev_hash = ?, entry_hash = ? WHERE seq = ?", details, prev, hash, e.seq());
            prev = hash;
        }
        jdbc.update("UPDATE audit_head SET last_hash = ? WHERE id = 1", prev);
        List<ChainProblem> p = problems();
        assertThat(p).anyMatch(x -> x.seq() == last + 1 && x.kind() == ChainProblem.Kind.CHECKPOINT);
    }

    @Test
    void editingACheckpointRowBreaksItsSignature() {
        long cp = last + 1;
        String payload = jdbc.queryForObject("SELECT payload FROM audit_checkpoint WHERE last_seq = ?", String.class, cp);
        jdbc.update("UPDATE audit_checkpoint SET payload = ? WHERE last_seq = ?", payload.replace("\"test\"", "\"TEST\""), cp);
        try {
            assertThat(problems()).anyMatch(x -> x.seq() == cp && x.kind() == ChainProblem.Kind.CHECKPOINT
                    && x.message().contains("altered"));
        } finally {
            jdbc.update("UPDATE audit_checkpoint SET payload = ? WHERE last_seq = ?", payload, cp);
        }
    }

    @Test
    void aCheckpointDeletedFromTheDatabaseIsFoundInTheObjectStore() {
        long cp = last + 1;
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_checkpoint WHERE last_seq = ?", cp);
        jdbc.update("DELETE FROM audit_checkpoint WHERE last_seq = ?", cp);
        try {
            assertThat(problems()).anyMatch(x -> x.seq() == cp && x.kind() == ChainProblem.Kind.CHECKPOINT
                    && x.message().contains("deleted from the database"));
        } finally {
            jdbc.update("INSERT INTO audit_checkpoint (last_seq, last_hash, created_at, reason, payload, signature_b64,"
                    + " payload_key, signature_key, retention) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("LAST_SEQ"),
                    row.get("LAST_HASH"), row.get("CREATED_AT"), row.get("REASON"), row.get("PAYLOAD"),
                    row.get("SIGNATURE_B64"), row.get("PAYLOAD_KEY"), row.get("SIGNATURE_KEY"), row.get("RETENTION"));
        }
    }

    @Test
    void verifyAndRecordAppendsItsOwnEntry() {
        long before = head();
        AuditVerification v = verifier.verifyAndRecord("tester");
        assertThat(v.intact()).isTrue();
        assertThat(jdbc.queryForObject("SELECT action FROM audit_entry WHERE seq = ?", String.class, before + 1))
                .isEqualTo(AuditActions.VERIFIED);
    }
}
