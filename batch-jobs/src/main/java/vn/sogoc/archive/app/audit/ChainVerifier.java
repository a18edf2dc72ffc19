package vn.sogoc.archive.app.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Walks the audit chain entry by entry (fed in seq order) and says what is wrong and where: an entry
 * whose content no longer matches its hash (altered), a gap in seq (deleted), an entry whose link
 * points to another entry than its predecessor (reordered, or inserted), and, at the end, entries
 * missing or added relative to the head row and to the signed checkpoints. Keeps O(1) state per entry
 * plus the hashes at checkpoint positions, so it runs over millions of entries.
 */
public final class ChainVerifier {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);
    /** After this many problems only counting continues. */
    static final int MAX_REPORTED = 200;

    private final Function<String, OptionalLong> seqOfHash;
    private final Map<Long, String> checkpointHashes = new TreeMap<>();
    private final Map<Long, String> chainHashAt = new HashMap<>();
    private final List<ChainProblem> problems = new ArrayList<>();
    private int lookups;
    private long expected = 1;
    private String previousHash = GENESIS;
    private long lastSeq;
    private long count;
    private long suppressed;

    /**
     * @param seqOfHash finds the seq of the entry carrying a hash (to tell a reordered entry from an
     *                  inserted one); called only on broken links, at most a few dozen times
     * @param checkpoints signed checkpoints: last seq → last hash
     */
    public ChainVerifier(Function<String, OptionalLong> seqOfHash, Map<Long, String> checkpoints) {
        this.seqOfHash = seqOfHash;
        this.checkpointHashes.putAll(checkpoints);
    }

    /** Feeds the next entry (in ascending seq order). */
    public void accept(AuditEntry e) {
        count++;
        boolean gap = false;
        if (e.seq() > expected) {
            gap = true;
            add(new ChainProblem(expected, ChainProblem.Kind.DELETED, expected == e.seq() - 1
                    ? "mục " + expected + " bị xóa / entry " + expected + " is missing (deleted)"
                    : "các mục " + expected + "–" + (e.seq() - 1) + " bị xóa / entries " + expected + "–" + (e.seq() - 1)
                      + " are missing (deleted)"));
        } else if (e.seq() < expected) {
            add(new ChainProblem(e.seq(), ChainProblem.Kind.INSERTED, "số thứ tự lặp / duplicate or out-of-order seq"));
        }
        String recomputed = e.computeHash();
        boolean intact = recomputed.equals(e.entryHash());
        boolean linked = previousHash.equals(e.prevHash());
        if (!linked && !gap) {
            OptionalLong follows = e.prevHash() == null || lookups++ > 50 ? OptionalLong.empty() : seqOfHash.apply(e.prevHash());
            if (follows.isPresent() && follows.getAsLong() != e.seq() - 1 && intact) {
                // This entry is where it was written; its predecessor was moved (reported at its own new place).
                if (!reportedMoveNear(e.seq())) {
                    add(new ChainProblem(e.seq(), ChainProblem.Kind.REORDERED, "mục đứng trước mục này đã bị dời đến "
                            + follows.getAsLong() + " / the entry written before this one now sits at seq " + follows.getAsLong()));
                }
            } else if (follows.isPresent() && follows.getAsLong() != e.seq() - 1) {
                long originalSeq = originalSeq(e, follows.getAsLong() + 1);
                boolean movedIntact = originalSeq > 0;
                add(new ChainProblem(e.seq(), ChainProblem.Kind.REORDERED, "sai thứ tự: mục này được ghi sau mục "
                        + follows.getAsLong() + (movedIntact ? " (vốn là mục " + originalSeq + ")" : "")
                        + " / out of order: it was written after the entry now at seq " + follows.getAsLong()
                        + (movedIntact ? " (it was entry " + originalSeq + ")" : "")));
                if (!movedIntact) add(new ChainProblem(e.seq(), ChainProblem.Kind.ALTERED,
                        "nội dung cũng bị sửa / its content was altered too"));
                intact = true; // the move explains the hash mismatch; do not report it twice
            } else if (follows.isEmpty() && intact) {
                add(new ChainProblem(e.seq(), ChainProblem.Kind.CHAIN_BROKEN, "liên kết đứt: prev_hash không khớp mục "
                        + (e.seq() - 1) + " — mục đứng trước đã bị ghi lại hoặc một mục bị chèn / broken link: prev_hash"
                        + " differs from entry " + (e.seq() - 1) + "'s hash — that entry was rewritten, or this one inserted"));
            } else if (follows.isEmpty()) {
                add(new ChainProblem(e.seq(), ChainProblem.Kind.INSERTED, "mục lạ: nội dung và liên kết đều không khớp"
                        + " / foreign entry: neither its content nor its link matches the chain (inserted or replaced)"));
                intact = true;
            }
        }
        if (!intact) {
            add(new ChainProblem(e.seq(), ChainProblem.Kind.ALTERED, "nội dung bị sửa (không khớp mã băm của chính nó)"
                    + " / altered: its content no longer matches its own hash"));
        }
        if (checkpointHashes.containsKey(e.seq())) chainHashAt.put(e.seq(), e.entryHash());
        previousHash = e.entryHash();
        expected = Math.max(expected, e.seq() + 1);
        lastSeq = Math.max(lastSeq, e.seq());
    }

    private boolean reportedMoveNear(long seq) {
        for (int i = problems.size() - 1; i >= 0 && i >= problems.size() - 3; i--) {
            ChainProblem p = problems.get(i);
            if (p.kind() == ChainProblem.Kind.REORDERED && seq - p.seq() <= 2) return true;
        }
        return false;
    }

    /** The seq an entry was written with (its hash matches with it), near where it is now, or 0. */
    private static long originalSeq(AuditEntry e, long hint) {
        List<Long> candidates = new ArrayList<>();
        candidates.add(hint);
        for (long k = 1; k <= 16; k++) { candidates.add(e.seq() - k); candidates.add(e.seq() + k); }
        for (long c : candidates) {
            if (c < 1) continue;
            String h = new AuditEntry(c, e.occurredAt(), e.action(), e.actor(), e.subjectType(), e.subjectId(),
                    e.correlationId(), e.detailsJson(), e.prevHash(), e.entryHash()).computeHash();
            if (h.equals(e.entryHash())) return c;
        }
        return 0;
    }

    /** Compares the end of the chain with the head row and the checkpoints; returns every problem. */
    public List<ChainProblem> finish(long headSeq, String headHash) {
        if (headSeq > lastSeq) {
            add(new ChainProblem(lastSeq + 1, ChainProblem.Kind.DELETED, (headSeq == lastSeq + 1 ? "mục cuối " + headSeq
                    : "các mục cuối " + (lastSeq + 1) + "–" + headSeq) + " bị xóa (đầu chuỗi ghi " + headSeq + ") / "
                    + (headSeq == lastSeq + 1 ? "the last entry " + headSeq + " is" : "the last entries " + (lastSeq + 1) + "–"
                    + headSeq + " are") + " missing (the head says " + headSeq + ")"));
        } else if (headSeq < lastSeq) {
            add(new ChainProblem(headSeq + 1, ChainProblem.Kind.INSERTED, "mục " + (headSeq + 1) + "–" + lastSeq
                    + " nằm ngoài đầu chuỗi (" + headSeq + ") / entries " + (headSeq + 1) + "–" + lastSeq
                    + " lie beyond the head (" + headSeq + "): added outside the appender"));
        } else if (lastSeq > 0 && headHash != null && !headHash.trim().equals(previousHash)) {
            add(new ChainProblem(lastSeq, ChainProblem.Kind.CHAIN_BROKEN, "mã băm đầu chuỗi khác mục " + lastSeq
                    + " / the head's hash differs from entry " + lastSeq + "'s: the end of the chain was rewritten"));
        }
        checkpointHashes.forEach((seq, hash) -> {
            String actual = chainHashAt.get(seq);
            if (seq > lastSeq) {
                add(new ChainProblem(seq, ChainProblem.Kind.DELETED, "điểm kiểm tra đã ký ở mục " + seq
                        + " nhưng chuỗi chỉ đến " + lastSeq + " / a signed checkpoint covers seq " + seq
                        + " but the trail ends at " + lastSeq + ": entries were deleted from the end"));
            } else if (actual == null) {
                add(new ChainProblem(seq, ChainProblem.Kind.DELETED, "mục " + seq + " của điểm kiểm tra đã ký không còn"
                        + " / the entry a signed checkpoint covers (seq " + seq + ") is gone"));
            } else if (!actual.equals(hash)) {
                add(new ChainProblem(seq, ChainProblem.Kind.CHECKPOINT, "chuỗi khác điểm kiểm tra đã ký ở mục " + seq
                        + ": các mục đến " + seq + " đã bị ghi lại / the chain differs from the signed checkpoint at seq "
                        + seq + ": entries up to " + seq + " were rewritten (hashes recomputed)"));
            }
        });
        if (suppressed > 0) {
            problems.add(new ChainProblem(lastSeq, ChainProblem.Kind.CHAIN_BROKEN, "… và " + suppressed
                    + " vấn đề khác / … and " + suppressed + " more problems"));
        }
        return List.copyOf(problems);
    }

    /** Entries seen. */
    public long count() {
        return count;
    }

    /** The highest seq seen. */
    public long lastSeq() {
        return lastSeq;
    }

    private void add(ChainProblem p) {
        if (problems.size() < MAX_REPORTED) problems.add(p); else suppressed++;
    }
}
