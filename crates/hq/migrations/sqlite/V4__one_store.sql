-- One store for SQLite and PostgreSQL (src/store.rs): the same column names, the feed counter,
-- account names matched by one fold (name_key, filled at open), the audit chain's link.
ALTER TABLE changes RENAME COLUMN user TO user_name;
ALTER TABLE dash_sessions RENAME COLUMN user TO user_name;
ALTER TABLE dash_audit RENAME COLUMN user TO user_name;
ALTER TABLE dash_audit ADD COLUMN prev BLOB;
ALTER TABLE dash_users ADD COLUMN name_key TEXT;
CREATE UNIQUE INDEX dash_users_by_key ON dash_users (name_key);
CREATE INDEX nonces_by_time ON nonces (at);
CREATE INDEX transfers_by_site ON transfers (site);
-- Positions were the highest held + 1, so erasing the case at the top of the feed gave its
-- position out again, past a device whose cursor was already there. From now on they come
-- from this counter; every case moves above any position given before, so each is offered
-- once more (a device that holds it is sent nothing).
CREATE TABLE feed (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    position INTEGER NOT NULL
);
UPDATE cases SET position = position + 1000000000;
INSERT INTO feed (id, position) VALUES (1, (SELECT COALESCE(MAX(position), 1000000000) FROM cases));
