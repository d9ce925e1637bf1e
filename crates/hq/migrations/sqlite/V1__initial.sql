-- HQ's cases, devices and feed on SQLite (the schema before versioned migrations: IF NOT
-- EXISTS, so that a database made then is adopted as version 1).
CREATE TABLE IF NOT EXISTS devices (
    id          BLOB PRIMARY KEY,
    public_key  BLOB NOT NULL,
    site        TEXT NOT NULL,
    revoked     INTEGER NOT NULL DEFAULT 0,
    enrolled_at INTEGER NOT NULL
) WITHOUT ROWID;
-- One-time codes, stored hashed: a copy of the database does not enroll anyone.
CREATE TABLE IF NOT EXISTS enrollment_codes (
    code_hash  BLOB PRIMARY KEY,
    site       TEXT NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS nonces (
    device BLOB NOT NULL,
    nonce  BLOB NOT NULL,
    at     INTEGER NOT NULL,
    PRIMARY KEY (device, nonce)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cases (
    case_id  BLOB PRIMARY KEY,
    site     TEXT NOT NULL,
    position INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS cases_by_position ON cases(position);
CREATE TABLE IF NOT EXISTS changes (
    seq     INTEGER PRIMARY KEY,
    case_id BLOB NOT NULL,
    hash    BLOB NOT NULL,
    user    TEXT NOT NULL,
    device  BLOB NOT NULL,
    bytes   BLOB NOT NULL,
    UNIQUE (case_id, hash)
);
CREATE TABLE IF NOT EXISTS transfers (
    case_id BLOB NOT NULL,
    site    TEXT NOT NULL,
    PRIMARY KEY (case_id, site)
) WITHOUT ROWID;
-- What HQ knows each device holds, and what it sent at which feed position.
CREATE TABLE IF NOT EXISTS known (
    device  BLOB NOT NULL,
    case_id BLOB NOT NULL,
    heads   BLOB NOT NULL,
    PRIMARY KEY (device, case_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sent (
    device   BLOB NOT NULL,
    case_id  BLOB NOT NULL,
    position INTEGER NOT NULL,
    heads    BLOB NOT NULL,
    PRIMARY KEY (device, case_id)
) WITHOUT ROWID;
-- Each case's heads after its last change, so that HQ can tell a device holds a case
-- without loading it (a missing row only means "load it and see").
CREATE TABLE IF NOT EXISTS case_heads (
    case_id BLOB PRIMARY KEY,
    heads   BLOB NOT NULL
) WITHOUT ROWID;
-- Erased cases: no personal data, only the id, the site and when.
CREATE TABLE IF NOT EXISTS erased (
    case_id BLOB PRIMARY KEY,
    site    TEXT NOT NULL,
    at      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS erasure_confirmations (
    case_id BLOB NOT NULL,
    device  BLOB NOT NULL,
    PRIMARY KEY (case_id, device)
) WITHOUT ROWID;
