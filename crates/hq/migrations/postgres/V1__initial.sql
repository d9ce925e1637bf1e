-- HQ's cases, devices and feed on PostgreSQL: the same tables as on SQLite (migrations/sqlite),
-- plus the feed counter that orders commits from several workers.
CREATE TABLE devices (
    id          bytea PRIMARY KEY,
    public_key  bytea NOT NULL,
    site        text NOT NULL,
    revoked     boolean NOT NULL DEFAULT false,
    enrolled_at bigint NOT NULL
);
-- One-time codes, stored hashed: a copy of the database does not enroll anyone.
CREATE TABLE enrollment_codes (
    code_hash  bytea PRIMARY KEY,
    site       text NOT NULL,
    expires_at bigint NOT NULL
);
CREATE TABLE nonces (
    device bytea NOT NULL,
    nonce  bytea NOT NULL,
    at     bigint NOT NULL,
    PRIMARY KEY (device, nonce)
);
CREATE INDEX nonces_by_time ON nonces (at);
-- position 0: a case whose request has not committed yet (positions are given at commit).
CREATE TABLE cases (
    case_id  bytea PRIMARY KEY,
    site     text NOT NULL,
    position bigint NOT NULL
);
CREATE INDEX cases_by_position ON cases (position);
CREATE TABLE changes (
    seq       bigserial PRIMARY KEY,
    case_id   bytea NOT NULL,
    hash      bytea NOT NULL,
    user_name text NOT NULL,
    device    bytea NOT NULL,
    bytes     bytea NOT NULL,
    UNIQUE (case_id, hash)
);
CREATE TABLE transfers (
    case_id bytea NOT NULL,
    site    text NOT NULL,
    PRIMARY KEY (case_id, site)
);
CREATE INDEX transfers_by_site ON transfers (site);
-- What HQ knows each device holds, and what it sent at which feed position.
CREATE TABLE known (
    device  bytea NOT NULL,
    case_id bytea NOT NULL,
    heads   bytea NOT NULL,
    PRIMARY KEY (device, case_id)
);
CREATE TABLE sent (
    device   bytea NOT NULL,
    case_id  bytea NOT NULL,
    position bigint NOT NULL,
    heads    bytea NOT NULL,
    PRIMARY KEY (device, case_id)
);
CREATE TABLE case_heads (
    case_id bytea PRIMARY KEY,
    heads   bytea NOT NULL
);
-- Erased cases: no personal data, only the id, the site and when.
CREATE TABLE erased (
    case_id bytea PRIMARY KEY,
    site    text NOT NULL,
    at      bigint NOT NULL
);
CREATE TABLE erasure_confirmations (
    case_id bytea NOT NULL,
    device  bytea NOT NULL,
    PRIMARY KEY (case_id, device)
);
-- The last feed position given. Its one row is locked from the moment a request takes
-- positions until it commits, so positions become visible in order and a device's cursor
-- never passes a position that a slower request has yet to commit.
CREATE TABLE feed (
    id       integer PRIMARY KEY CHECK (id = 1),
    position bigint NOT NULL
);
INSERT INTO feed (id, position) VALUES (1, 0);
