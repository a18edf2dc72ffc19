package vn.sogoc.archive.app.audit;

/**
 * One thing wrong with the audit trail, found by {@code audit verify}.
 *
 * @param seq     the entry (or checkpoint) concerned
 * @param kind    what is wrong
 * @param message Vietnamese, then English
 */
public record ChainProblem(long seq, Kind kind, String message) {

    /** The kinds of tampering (and damage) the verification tells apart. */
    public enum Kind {
        /** An entry's content no longer matches its own hash. */
        ALTERED,
        /** Entries are missing (a gap in seq, or fewer entries than the head or a checkpoint says). */
        DELETED,
        /** An entry sits at another place than where it was written. */
        REORDERED,
        /** An entry was slipped in: a seq beyond the head, or a link that leads nowhere. */
        INSERTED,
        /** The chain's links (prev_hash) do not join up: entries rewritten with recomputed hashes. */
        CHAIN_BROKEN,
        /** A signed checkpoint disagrees with the chain, is unsigned, forged, or missing from a store. */
        CHECKPOINT
    }

    @Override
    public String toString() {
        return "seq " + seq + " [" + kind + "] " + message;
    }
}
