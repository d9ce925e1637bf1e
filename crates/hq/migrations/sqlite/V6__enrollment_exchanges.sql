-- Each first request for a code keeps what it agreed, one row per exchange: a second first
-- request (another device, or someone who knows the code's public name) no longer overwrites
-- the first's, whose device can still finish. A finished code stays until it expires, naming
-- its device, so that a device whose answer was lost can finish again and get the same id.
CREATE TABLE enrollment_exchanges (
    code_hash BLOB NOT NULL,
    attempt   INTEGER NOT NULL,
    agreed    BLOB NOT NULL,
    PRIMARY KEY (code_hash, attempt)
) WITHOUT ROWID;
ALTER TABLE enrollment_codes ADD COLUMN device BLOB;
ALTER TABLE enrollment_codes DROP COLUMN agreed;
