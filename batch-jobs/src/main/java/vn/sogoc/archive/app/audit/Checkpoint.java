package vn.sogoc.archive.app.audit;

import java.time.Instant;

/**
 * A signed checkpoint of the audit chain (điểm kiểm tra): the last seq and hash at a moment, as a small
 * canonical JSON signed with the organisation's key (detached CMS, timestamped).
 *
 * @param lastSeq      the last entry covered
 * @param lastHash     that entry's hash
 * @param createdAt    when it was made
 * @param reason       what triggered it (an action, a count, or a command)
 * @param payload      the signed JSON (UTF-8)
 * @param signature    the detached CMS signature over the payload ({@code .p7s})
 * @param payloadKey   the object store key of the JSON copy, null until published
 * @param signatureKey the object store key of the signature, null until published
 * @param retention    object-lock retention applied, or why none could be
 */
public record Checkpoint(long lastSeq, String lastHash, Instant createdAt, String reason, String payload,
                         byte[] signature, String payloadKey, String signatureKey, String retention) {

    /** Object key of a checkpoint's JSON: {@code audit/checkpoints/{SEQ}.json}. */
    public static String payloadKey(long seq) {
        return "audit/checkpoints/" + seq + ".json";
    }

    /** Object key of a checkpoint's signature: {@code audit/checkpoints/{SEQ}.p7s}. */
    public static String signatureKey(long seq) {
        return "audit/checkpoints/" + seq + ".p7s";
    }
}
