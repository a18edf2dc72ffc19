-- The one-stop counter (issue 7): certified e-copies from paper originals, dossiers received with their
-- components (scanned or reused from the holder's warehouse), and the numbers of born-digital results.

-- Certification register (sổ chứng thực bản sao điện tử từ bản chính): one book per calendar year,
-- numbers from 1 with no gap. The number comes from copy_counter (V4), the counter shared with the copy
-- register, under the book key 'CT:' || book, locked by the transaction that inserts the line.
-- Kept permanently: lines are never deleted; a correction is a new line.
CREATE TABLE certification_register (
    certification_id  VARCHAR(32)   NOT NULL PRIMARY KEY,    -- CT-{year}-{book}-{seq:06}
    book              VARCHAR(32)   NOT NULL,                -- quyển số
    cert_year         INTEGER       NOT NULL,
    seq               INTEGER       NOT NULL,
    certification_no  VARCHAR(96)   NOT NULL,                -- as printed on the copy
    certified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    requester         VARCHAR(512)  NOT NULL,
    holder_id         VARCHAR(32)   NOT NULL,
    document_title    VARCHAR(1000) NOT NULL,
    pages             INTEGER       NOT NULL,                -- pages of the copy (pages of the original that carry information)
    original_pages    INTEGER       NOT NULL,                -- pages scanned
    clerk             VARCHAR(256)  NOT NULL,
    certifier_name    VARCHAR(256)  NOT NULL,
    certifier_title   VARCHAR(256),
    original_sha256   CHAR(64)      NOT NULL,                -- of the scan (first file when several)
    object_key        VARCHAR(1024) NOT NULL,
    sha256            CHAR(64)      NOT NULL,                -- of the signed copy
    size_bytes        BIGINT        NOT NULL,
    signature_level   VARCHAR(8)    NOT NULL,
    CONSTRAINT certification_register_number UNIQUE (book, cert_year, seq)
);
CREATE INDEX certification_register_holder ON certification_register (holder_id);
CREATE INDEX certification_register_sha256 ON certification_register (sha256);
CREATE INDEX certification_register_time ON certification_register (certified_at);

-- Dossiers received at the counter (hồ sơ TTHC). Reuse and digitization rates are computed from
-- dossier_component: a dossier reuses when >= 1 component has source = 'REUSED'; it is digitized when
-- every component is (digitized = TRUE).
CREATE TABLE dossier (
    dossier_code    VARCHAR(64)  NOT NULL PRIMARY KEY,
    procedure_code  VARCHAR(64)  NOT NULL,
    holder_id       VARCHAR(32)  NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by     VARCHAR(256) NOT NULL
);
CREATE INDEX dossier_holder ON dossier (holder_id);
CREATE INDEX dossier_received_at ON dossier (received_at);

CREATE TABLE dossier_component (
    component_id        VARCHAR(80)   NOT NULL PRIMARY KEY,  -- {dossier_code}-{seq:02}
    dossier_code        VARCHAR(64)   NOT NULL REFERENCES dossier (dossier_code),
    seq                 INTEGER       NOT NULL,
    source              VARCHAR(16)   NOT NULL,              -- SCANNED (paper, digitized at the counter) or REUSED (from the warehouse)
    holder_id           VARCHAR(32)   NOT NULL,
    title               VARCHAR(1000) NOT NULL,
    digitized           BOOLEAN       NOT NULL,
    note                VARCHAR(2000),                       -- why a scanned component could not be digitized
    file_name           VARCHAR(1024),
    original_sha256     CHAR(64),
    original_key        VARCHAR(1024),
    pages               INTEGER,
    object_key          VARCHAR(1024),
    sha256              CHAR(64),
    signed_at           TIMESTAMP WITH TIME ZONE,
    reused_document_id  VARCHAR(96),                         -- the warehouse document standing in for paper
    reused_kind         VARCHAR(32),                         -- RESULT, COPY, CERTIFIED_COPY, DOSSIER_DOCUMENT
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT dossier_component_seq UNIQUE (dossier_code, seq)
);
CREATE INDEX dossier_component_holder ON dossier_component (holder_id);
CREATE INDEX dossier_component_reused ON dossier_component (reused_document_id);

-- Numbers of born-digital results: unique per type and year (a duplicate insert is refused).
CREATE TABLE result_number (
    type_code    VARCHAR(32)  NOT NULL,
    number_year  INTEGER      NOT NULL,
    number_key   VARCHAR(128) NOT NULL,
    register_no  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (type_code, number_year, number_key)
);
