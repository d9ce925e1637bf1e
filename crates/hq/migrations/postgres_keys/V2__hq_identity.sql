-- HQ's own secrets, beside the case keys and kept apart from the cases in the same way: the
-- key that signs every answer to devices (devices pin its public half at enrollment), and the
-- TLS certificate HQ made for itself when it was given none.
CREATE TABLE hq_identity (
    id              integer PRIMARY KEY CHECK (id = 1),
    signing_key     bytea NOT NULL,
    tls_certificate bytea,
    tls_key         bytea
);
