package vn.sogoc.archive.app.audit;

import java.time.Instant;
import java.util.List;

/**
 * The verdict of {@code audit verify}.
 *
 * @param entries            entries walked
 * @param headSeq            the last seq the head row records
 * @param checkpoints        signed checkpoints checked (database and object store)
 * @param lastCheckpointSeq  the newest valid checkpoint's seq, 0 when none
 * @param lastCheckpointTime its timestamp (RFC 3161) or creation time, null when none
 * @param problems           tampering or damage found; empty means intact
 * @param warnings           things worth knowing that are not tampering (e.g. no object lock)
 */
public record AuditVerification(long entries, long headSeq, int checkpoints, long lastCheckpointSeq,
                                Instant lastCheckpointTime, List<ChainProblem> problems, List<String> warnings) {

    public AuditVerification {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
