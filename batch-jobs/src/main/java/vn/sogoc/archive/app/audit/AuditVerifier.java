package vn.sogoc.archive.app.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.signing.cms.CmsDetachedVerifier;
import vn.sogoc.archive.signing.cms.CmsVerification;

/**
 * {@code audit verify}: reads the chain, its head and the checkpoints in one snapshot (repeatable read,
 * so appends running meanwhile do not look like tampering), walks the chain ({@link ChainVerifier}),
 * verifies every checkpoint's signature and timestamp against the trust anchors, compares the database's
 * checkpoints with their object-store copies (and finds copies whose database row was deleted), and
 * checks the chain against every valid checkpoint.
 */
@Service
public class AuditVerifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditEntries entries;
    private final AuditCheckpoints checkpoints;
    private final AuditTrail audit;
    private final TransactionTemplate snapshot;

    public AuditVerifier(AuditEntries entries, AuditCheckpoints checkpoints, AuditTrail audit, PlatformTransactionManager tm) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.audit = audit;
        this.snapshot = new TransactionTemplate(tm);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Verifies and records the verdict in the trail ({@code AUDIT_VERIFIED}) as {@code actor}. */
    public AuditVerification verifyAndRecord(String actor) {
        AuditVerification v = verify();
        Map<String, String> d = new LinkedHashMap<>();
        d.put("intact", Boolean.toString(v.intact()));
        d.put("entries", Long.toString(v.entries()));
        d.put("problems", Integer.toString(v.problems().size()));
        d.put("last_checkpoint_seq", Long.toString(v.lastCheckpointSeq()));
        if (!v.intact()) d.put("first_problem", v.problems().get(0).toString());
        audit.append(new AuditEvent(AuditActions.VERIFIED, actor, "audit_trail", null, null, d));
        return v;
    }

    /** Verifies without recording anything. */
    public AuditVerification verify() {
        List<ChainProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        // 1. The snapshot: checkpoints as the database has them, then the chain against them.
        record Snapshot(List<Checkpoint> rows, AuditEntries.Head head) { }
        Snapshot snap = snapshot.execute(tx -> new Snapshot(checkpoints.list(), entries.head()));
        // 2. Checkpoints: signatures, rows against payloads, object-store copies.
        Map<Long, String> signedHashes = new TreeMap<>();
        Instant lastTime = null;
        CheckpointKeys keys = checkpoints.keys();
        CheckpointArchive archive = checkpoints.archive();
        TreeSet<Long> inDatabase = new TreeSet<>();
        int checked = 0;
        for (Checkpoint cp : snap.rows()) {
            checked++;
            inDatabase.add(cp.lastSeq());
            byte[] payload = cp.payload().getBytes(StandardCharsets.UTF_8);
            Optional<Instant> time = checkSigned(cp.lastSeq(), payload, cp.signature(), keys, problems, "cơ sở dữ liệu / database");
            if (time.isEmpty()) continue;
            JsonNode json = JSON.readTree(cp.payload());
            long seq = json.path("last_seq").asLong(-1);
            String hash = json.path("last_hash").asString("");
            if (seq != cp.lastSeq() || !hash.equals(cp.lastHash())) {
                problems.add(new ChainProblem(cp.lastSeq(), ChainProblem.Kind.CHECKPOINT, "dòng điểm kiểm tra bị sửa"
                        + " (khác nội dung đã ký) / the checkpoint row was edited: it differs from what was signed"));
            }
            signedHashes.put(seq, hash);
            lastTime = time.get(); // rows come oldest first
            if (cp.payloadKey() == null) {
                warnings.add("checkpoint " + cp.lastSeq() + ": chưa sao lưu vào kho đối tượng / not copied to the object store");
                continue;
            }
            try {
                Optional<byte[]> stored = archive.read(cp.payloadKey());
                Optional<byte[]> storedSig = archive.read(cp.signatureKey());
                if (stored.isEmpty() || storedSig.isEmpty()) {
                    problems.add(new ChainProblem(cp.lastSeq(), ChainProblem.Kind.CHECKPOINT, "bản lưu trong kho đối tượng"
                            + " bị mất / its object-store copy (" + cp.payloadKey() + ") is missing"));
                } else if (!Arrays.equals(stored.get(), payload) || !Arrays.equals(storedSig.get(), cp.signature())) {
                    problems.add(new ChainProblem(cp.lastSeq(), ChainProblem.Kind.CHECKPOINT, "bản trong kho đối tượng khác"
                            + " bản trong cơ sở dữ liệu / the object-store copy differs from the database's"));
                }
                if (cp.retention() != null && cp.retention().startsWith("none")) {
                    warnings.add("checkpoint " + cp.lastSeq() + ": không khóa đối tượng / no object lock: " + cp.retention());
                }
            } catch (Exception e) {
                warnings.add("checkpoint " + cp.lastSeq() + ": không đọc được kho đối tượng / object store unreadable: " + e.getMessage());
            }
        }
        // Copies in the object store whose database row is gone.
        Optional<TreeSet<Long>> stored = archive.storedSeqs();
        if (stored.isEmpty()) {
            warnings.add("không liệt kê được kho đối tượng / the object store cannot be listed: checkpoints deleted from"
                    + " the database cannot be found there");
        } else {
            for (long seq : stored.get()) {
                if (inDatabase.contains(seq)) continue;
                checked++;
                try {
                    byte[] payload = archive.read(Checkpoint.payloadKey(seq)).orElse(new byte[0]);
                    byte[] sig = archive.read(Checkpoint.signatureKey(seq)).orElse(new byte[0]);
                    Optional<Instant> time = checkSigned(seq, payload, sig, keys, problems, "kho đối tượng / object store");
                    if (time.isEmpty()) continue;
                    JsonNode json = JSON.readTree(new String(payload, StandardCharsets.UTF_8));
                    signedHashes.put(json.path("last_seq").asLong(seq), json.path("last_hash").asString(""));
                    problems.add(new ChainProblem(seq, ChainProblem.Kind.CHECKPOINT, "điểm kiểm tra có trong kho đối tượng"
                            + " nhưng bị xóa khỏi cơ sở dữ liệu / a signed checkpoint in the object store was deleted"
                            + " from the database"));
                } catch (Exception e) {
                    warnings.add("checkpoint " + seq + " in the object store unreadable: " + e.getMessage());
                }
            }
        }
        // 3. The chain, in the same snapshot as the head.
        ChainVerifier chain = new ChainVerifier(entries::seqOfHash, signedHashes);
        List<ChainProblem> chainProblems = snapshot.execute(tx -> {
            AuditEntries.Head head = entries.head();
            entries.forEachInOrder(chain::accept);
            return chain.finish(head.lastSeq(), head.lastHash());
        });
        List<ChainProblem> all = new ArrayList<>(chainProblems);
        all.addAll(problems);
        all.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        long lastCp = signedHashes.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        if (lastCp == 0) warnings.add("chưa có điểm kiểm tra đã ký / no signed checkpoint yet");
        else if (chain.lastSeq() > lastCp) warnings.add((chain.lastSeq() - lastCp) + " mục sau điểm kiểm tra cuối (chỉ"
                + " được bảo vệ bởi chuỗi băm) / entries after the last checkpoint (protected by the hash chain only)");
        return new AuditVerification(chain.count(), snap.head().lastSeq(), checked, lastCp, lastTime, all, warnings);
    }

    private static Optional<Instant> checkSigned(long seq, byte[] payload, byte[] signature, CheckpointKeys keys,
                                                 List<ChainProblem> problems, String where) {
        CmsVerification v = CmsDetachedVerifier.verify(payload, signature, keys.trustAnchors());
        if (!v.valid()) {
            problems.add(new ChainProblem(seq, ChainProblem.Kind.CHECKPOINT, "chữ ký điểm kiểm tra không hợp lệ (" + where
                    + ") / checkpoint signature invalid: " + String.join("; ", v.problems())));
            return Optional.empty();
        }
        return Optional.of(v.timestampTime() != null ? v.timestampTime() : v.signingTime() != null ? v.signingTime() : Instant.EPOCH);
    }
}
