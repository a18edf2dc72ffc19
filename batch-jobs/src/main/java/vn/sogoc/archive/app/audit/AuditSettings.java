package vn.sogoc.archive.app.audit;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail ({@code archive.audit.*}): when a signed checkpoint is made, how long the
 * object store must keep it (S3 object lock where the server supports it), and which certificates
 * {@code audit verify} trusts for checkpoint signatures (default: the demo root, or the root of the
 * configured signing key's chain).
 *
 * @param checkpointEvery  a checkpoint after every this many entries (0: never by count)
 * @param checkpointOn     actions after which a checkpoint is made (e.g. the end of each job)
 * @param retentionDays    S3 object-lock retention (COMPLIANCE mode) asked for checkpoint objects
 * @param trustAnchors     PEM/DER certificates trusted for checkpoint signatures; empty: see above
 */
@ConfigurationProperties("archive.audit")
public record AuditSettings(@DefaultValue("1000") int checkpointEvery,
                            @DefaultValue({"JOB_FINISHED", "REGISTER_IMPORTED"}) List<String> checkpointOn,
                            @DefaultValue("3650") int retentionDays,
                            List<Path> trustAnchors) {

    public AuditSettings {
        checkpointOn = checkpointOn == null ? List.of() : List.copyOf(checkpointOn);
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
    }

    /** Whether appending entry {@code seq} with {@code action} calls for a checkpoint. */
    public boolean checkpointDue(long seq, String action) {
        if (AuditActions.CHECKPOINT.equals(action)) return false;
        return checkpointOn.contains(action) || (checkpointEvery > 0 && seq % checkpointEvery == 0);
    }
}
