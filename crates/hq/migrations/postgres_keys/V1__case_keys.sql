-- The per-case keys, in a database of their own (see pg.rs): erasing a case deletes its key
-- here, so that no copy of the case database, backups included, can be read for it again.
CREATE TABLE case_keys (
    case_id bytea PRIMARY KEY,
    key     bytea NOT NULL
);
