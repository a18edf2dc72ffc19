-- Copy register (sổ cấp bản sao): one line per electronic copy issued from the master register.
-- Numbers run per book and calendar year, from 1, with no gap: copy_counter holds the last number of
-- each (book, year) and is locked (SELECT ... FOR UPDATE) by the transaction that inserts the line.
CREATE TABLE copy_counter (
    book       VARCHAR(32) NOT NULL,
    copy_year  INTEGER     NOT NULL,
    last_seq   INTEGER     NOT NULL,
    PRIMARY KEY (book, copy_year)
);

CREATE TABLE copy_register (
    copy_id           VARCHAR(32)   NOT NULL PRIMARY KEY,  -- also the short verification code
    book              VARCHAR(32)   NOT NULL,
    copy_year         INTEGER       NOT NULL,
    seq               INTEGER       NOT NULL,
    copy_number       VARCHAR(96)   NOT NULL,              -- as printed on the copy
    register_no       VARCHAR(64)   NOT NULL,
    copy_kind         VARCHAR(16)   NOT NULL,              -- IMAGE: reproduces the archived original's image
    requester         VARCHAR(512)  NOT NULL,
    purpose           VARCHAR(1000) NOT NULL,
    clerk             VARCHAR(256)  NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    source_object_key VARCHAR(1024) NOT NULL,
    source_sha256     CHAR(64)      NOT NULL,
    object_key        VARCHAR(1024) NOT NULL,
    sha256            CHAR(64)      NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    pages             INTEGER       NOT NULL,
    signature_level   VARCHAR(8)    NOT NULL,
    status            VARCHAR(16)   NOT NULL,              -- VALID or REVOKED
    revoked_at        TIMESTAMP WITH TIME ZONE,
    revoked_by        VARCHAR(256),
    revoke_reason     VARCHAR(1000),
    CONSTRAINT copy_register_number UNIQUE (book, copy_year, seq)
);
CREATE INDEX copy_register_sha256 ON copy_register (sha256);
CREATE INDEX copy_register_issued_at ON copy_register (issued_at);
CREATE INDEX copy_register_register_no ON copy_register (register_no);
