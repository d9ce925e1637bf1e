-- The dashboard's accounts, sessions, audit trail and erasure orders. IF NOT EXISTS: before
-- this migration the dashboard made these tables itself, so older files already hold them.
CREATE TABLE IF NOT EXISTS dash_users (
    name       TEXT PRIMARY KEY COLLATE NOCASE,
    role       TEXT NOT NULL,
    password   TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
-- Sessions by the SHA-256 of their token: a copy of the database signs nobody in.
CREATE TABLE IF NOT EXISTS dash_sessions (
    token_hash BLOB PRIMARY KEY,
    user       TEXT NOT NULL,
    csrf       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL
) WITHOUT ROWID;
-- Who did what at HQ; codes and ids only. Each row's hash covers the previous one.
CREATE TABLE IF NOT EXISTS dash_audit (
    seq     INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    user    TEXT NOT NULL,
    action  TEXT NOT NULL,
    case_id TEXT,
    detail  TEXT NOT NULL,
    hash    BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS dash_erasure_orders (
    case_id BLOB PRIMARY KEY,
    reason  TEXT NOT NULL,
    by_user TEXT NOT NULL,
    at      INTEGER NOT NULL
) WITHOUT ROWID;
