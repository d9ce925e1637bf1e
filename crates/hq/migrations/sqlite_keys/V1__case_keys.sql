-- The per-case keys, in their own file (see storage.rs).
CREATE TABLE IF NOT EXISTS case_keys (
    case_id BLOB PRIMARY KEY,
    key     BLOB NOT NULL
) WITHOUT ROWID;
