-- Tamper-evident audit trail: every entry carries the SHA-256 of the previous one.
CREATE TABLE audit_entry (
    seq             BIGINT        NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    action          VARCHAR(64)   NOT NULL,
    actor           VARCHAR(256)  NOT NULL,
    subject_type    VARCHAR(64),
    subject_id      VARCHAR(256),
    correlation_id  VARCHAR(128),
    details         TEXT,
    prev_hash       CHAR(64)      NOT NULL,
    entry_hash      CHAR(64)      NOT NULL
);
CREATE INDEX audit_entry_action ON audit_entry (action);
CREATE INDEX audit_entry_subject ON audit_entry (subject_type, subject_id);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);

-- The head of the chain, one row, locked by each append so that appends from several processes
-- (the web server and a command line job) are serialised.
CREATE TABLE audit_head (
    id         INTEGER  NOT NULL PRIMARY KEY,
    last_seq   BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
