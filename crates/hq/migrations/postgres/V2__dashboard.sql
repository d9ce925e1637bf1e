-- The dashboard's accounts, sessions, audit trail and erasure orders (as on SQLite).
-- Sign-in names are unique whatever their case, as SQLite's COLLATE NOCASE makes them there.
CREATE TABLE dash_users (
    name       text PRIMARY KEY,
    role       text NOT NULL,
    password   text NOT NULL,
    created_at bigint NOT NULL
);
CREATE UNIQUE INDEX dash_users_by_lower_name ON dash_users (lower(name));
-- Sessions by the SHA-256 of their token: a copy of the database signs nobody in.
CREATE TABLE dash_sessions (
    token_hash bytea PRIMARY KEY,
    user_name  text NOT NULL,
    csrf       text NOT NULL,
    created_at bigint NOT NULL,
    last_seen  bigint NOT NULL
);
-- Who did what at HQ; codes and ids only. Each row's hash covers the previous one.
CREATE TABLE dash_audit (
    seq       bigserial PRIMARY KEY,
    at        bigint NOT NULL,
    user_name text NOT NULL,
    action    text NOT NULL,
    case_id   text,
    detail    text NOT NULL,
    hash      bytea NOT NULL
);
CREATE TABLE dash_erasure_orders (
    case_id bytea PRIMARY KEY,
    reason  text NOT NULL,
    by_user text NOT NULL,
    at      bigint NOT NULL
);
