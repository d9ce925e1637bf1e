-- HQ's own secrets, beside the case keys and kept apart from the cases in the same way: the
-- key that signs every answer to devices (devices pin its public half at enrollment), and the
-- TLS certificate HQ made for itself when it was given none.
CREATE TABLE IF NOT EXISTS hq_identity (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    signing_key     BLOB NOT NULL,
    tls_certificate BLOB,
    tls_key         BLOB
);
