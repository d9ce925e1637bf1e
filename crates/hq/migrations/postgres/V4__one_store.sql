-- One store for SQLite and PostgreSQL (src/store.rs): account names matched by one fold
-- (name_key, filled at open; lower() followed the database's locale), the audit chain's link.
DROP INDEX dash_users_by_lower_name;
ALTER TABLE dash_users ADD COLUMN name_key text;
CREATE UNIQUE INDEX dash_users_by_key ON dash_users (name_key);
ALTER TABLE dash_audit ADD COLUMN prev bytea;
