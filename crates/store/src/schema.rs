//! The database layout and its migrations, keyed by SQLite's `user_version`.

use rusqlite::Connection;

use crate::StoreError;

/// Layout version this build writes.
pub const SCHEMA_VERSION: i64 = 5;

const V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per case: the last compacted Automerge snapshot.
CREATE TABLE cases (
    case_id  TEXT PRIMARY KEY,
    snapshot BLOB NOT NULL
) WITHOUT ROWID;

-- Automerge changes made or received since the snapshot, in arrival order.
CREATE TABLE changes (
    seq     INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL,
    bytes   BLOB NOT NULL
);
CREATE INDEX changes_by_case ON changes(case_id, seq);

-- Projection for lists and filters; rebuilt from the document on every edit.
CREATE TABLE case_index (
    case_id      TEXT PRIMARY KEY,
    -- Not unique: devices offline mint codes independently, and sync brings them together.
    code         TEXT NOT NULL,
    site         TEXT NOT NULL,
    status       TEXT NOT NULL,
    age_band     TEXT NOT NULL,
    child        INTEGER NOT NULL,
    sex          TEXT,
    risk         TEXT NOT NULL,
    flags        TEXT NOT NULL,
    display_name TEXT NOT NULL,
    conflicts    INTEGER NOT NULL DEFAULT 0,
    opened       INTEGER NOT NULL,
    updated      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX case_index_updated ON case_index(updated DESC);
CREATE INDEX case_index_code ON case_index(code);

-- Names of each case with their search keys: scored after candidate lookup.
CREATE TABLE case_names (
    id      INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL,
    text    TEXT NOT NULL,
    latin   TEXT NOT NULL
);
CREATE INDEX case_names_by_case ON case_names(case_id);

-- Trigram index over the normalised and Latin keys of every name; its rowid is case_names.id,
-- so that re-indexing a case deletes by rowid instead of scanning the index.
CREATE VIRTUAL TABLE name_trigrams USING fts5(normalised, latin, tokenize = 'trigram');

-- Phonetic keys, one per name token.
CREATE TABLE name_phonetic (
    key     TEXT NOT NULL,
    case_id TEXT NOT NULL,
    PRIMARY KEY (key, case_id)
) WITHOUT ROWID;
CREATE INDEX name_phonetic_by_case ON name_phonetic(case_id);

-- Per case and peer, the heads that peer acknowledged (sync bookkeeping).
CREATE TABLE sync_peers (
    case_id TEXT NOT NULL,
    peer    TEXT NOT NULL,
    heads   BLOB NOT NULL,
    PRIMARY KEY (case_id, peer)
) WITHOUT ROWID;

-- Append-only, hash-chained audit log. No personal data: ids and action names only.
CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    user    TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    prev    BLOB NOT NULL,
    hash    BLOB NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
"#;

/// Version 2: tracing profiles of the persons who consented to be found by family tracing.
/// Existing cases get theirs when the store is next opened (`reproject` in meta); a new store
/// has none, and must not pay for reprojecting what it is about to write (it did: the first
/// unlock of a freshly filled 10k-case store took 23 s).
const V2: &str = r#"
CREATE TABLE tracing_profiles (
    case_id TEXT PRIMARY KEY,
    profile TEXT NOT NULL
) WITHOUT ROWID;
INSERT OR REPLACE INTO meta (key, value) SELECT 'reproject', '1' WHERE EXISTS (SELECT 1 FROM cases);
"#;

/// Version 3: cases holding changes headquarters has not acknowledged (all, at first).
const V3: &str = r#"
CREATE TABLE sync_dirty (
    case_id TEXT PRIMARY KEY
) WITHOUT ROWID;
-- Cases erased on headquarters' order whose erasure HQ has not yet been told of.
CREATE TABLE sync_erased (
    case_id TEXT PRIMARY KEY
) WITHOUT ROWID;
INSERT INTO sync_dirty (case_id) SELECT case_id FROM cases;
"#;

/// Version 4: a name removed from the search index (an erasure, a corrected name) leaves the
/// index's pages at once. FTS5 otherwise only marks it deleted and keeps the old entry in its
/// segments until they happen to merge, so an erased person's name stayed readable in the file.
/// Existing indexes are merged once, which drops what earlier deletions left behind.
const V4: &str = r#"
INSERT INTO name_trigrams (name_trigrams, rank) VALUES ('secure-delete', 1);
INSERT INTO name_trigrams (name_trigrams) VALUES ('optimize');
"#;

/// Version 5: a case goes to HQ only with consent to share it; without, HQ counts its anonymous
/// record (`figures.rs`). Every case is projected again, which fills the table.
const V5: &str = r#"
CREATE TABLE hq_figures (
    case_id   TEXT PRIMARY KEY,
    figure_id BLOB NOT NULL UNIQUE,
    record    BLOB,
    sent      BLOB
) WITHOUT ROWID;
INSERT OR REPLACE INTO meta (key, value) SELECT 'reproject', '1' WHERE EXISTS (SELECT 1 FROM cases);
"#;

/// Brings the database to [`SCHEMA_VERSION`], or refuses a database written by a newer build.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::TooNew { found: version, supported: SCHEMA_VERSION });
    }
    if version < 1 {
        let tx = conn.transaction()?;
        tx.execute_batch(V1)?;
        tx.pragma_update(None, "user_version", 1)?;
        tx.commit()?;
    }
    if version < 2 {
        let tx = conn.transaction()?;
        tx.execute_batch(V2)?;
        tx.pragma_update(None, "user_version", 2)?;
        tx.commit()?;
    }
    if version < 3 {
        let tx = conn.transaction()?;
        tx.execute_batch(V3)?;
        tx.pragma_update(None, "user_version", 3)?;
        tx.commit()?;
    }
    if version < 4 {
        let tx = conn.transaction()?;
        tx.execute_batch(V4)?;
        tx.pragma_update(None, "user_version", 4)?;
        tx.commit()?;
        // The merged index's old pages leave the write-ahead log now, not at some later
        // checkpoint.
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    }
    if version < 5 {
        let tx = conn.transaction()?;
        tx.execute_batch(V5)?;
        tx.pragma_update(None, "user_version", 5)?;
        tx.commit()?;
    }
    Ok(())
}
