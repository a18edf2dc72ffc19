-- Signed checkpoints of the audit trail: at intervals the chain's last seq and hash are signed with the
-- organisation's key (detached CMS, CAdES-T) and copied to the object store (audit/checkpoints/{SEQ}.json/.p7s).
CREATE TABLE audit_checkpoint (
    last_seq        BIGINT        NOT NULL PRIMARY KEY,
    last_hash       CHAR(64)      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reason          VARCHAR(64)   NOT NULL,
    payload         TEXT          NOT NULL,
    signature_b64   TEXT          NOT NULL,
    payload_key     VARCHAR(256),
    signature_key   VARCHAR(256),
    retention       VARCHAR(256)
);
