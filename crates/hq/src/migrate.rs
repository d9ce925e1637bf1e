//! `waypoint-hq migrate`: moves an HQ from its SQLite file to PostgreSQL without loss —
//! devices, enrollment codes, nonces, cases with their sealed changes and keys, the feed,
//! what each device holds and was sent, transfers, tombstones and confirmations, and the
//! dashboard's accounts, audit trail, erasure orders and duplicate decisions — so that devices
//! continue where they left off: their cursors and acknowledged heads stay valid, and nothing
//! they hold is sent to them again. Dashboard sessions are not moved: staff sign in again.
//!
//! Both ends are HQ's one [`Store`], at the same schema version, so every table has the same
//! columns on both; sealed changes move as they are (each case keeps its key, which moves to
//! the keys database), feed positions and change order are kept, and the counts of every table
//! are compared before anything commits.

use std::path::Path;

use crate::db::{Conn, ROWS_PER_INSERT, rows_of};
use crate::store::{Database, PgAddress, StorageError};

/// What was moved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Moved {
    /// Enrolled devices.
    pub devices: u64,
    /// Cases (erased ones not counted).
    pub cases: u64,
    /// Changes of those cases.
    pub changes: u64,
}

/// A table to move: its name, its columns, and the order rows are read (and inserted) in.
struct Table(&'static str, &'static str, &'static str);

/// Every table of the case database, in an order that keeps the moved rows' order.
const TABLES: &[Table] = &[
    Table("devices", "id, public_key, site, revoked, enrolled_at, approved", "id"),
    Table(
        "enrollment_codes",
        "code_hash, site, expires_at, code_id, attempts, device, needs_approval",
        "code_hash",
    ),
    Table("enrollment_exchanges", "code_hash, attempt, agreed", "code_hash, attempt"),
    Table("nonces", "device, nonce, at", "device, nonce"),
    Table("cases", "case_id, site, position", "position"),
    Table("changes", "seq, case_id, hash, user_name, device, bytes", "seq"),
    Table("transfers", "case_id, site", "case_id, site"),
    Table("known", "device, case_id, heads", "device, case_id"),
    Table("sent", "device, case_id, position, heads", "device, case_id"),
    Table("case_heads", "case_id, heads", "case_id"),
    Table("erased", "case_id, site, at, keeper", "case_id"),
    Table("anonymous_cases", "figure_id, device, site, month, age_band, sex, risk", "figure_id"),
    Table("erasure_confirmations", "case_id, device", "case_id, device"),
    Table("dash_users", "name, name_key, role, password, sites, created_at", "name_key"),
    Table("dash_audit", "seq, at, user_name, action, case_id, detail, prev, hash", "seq"),
    Table("dash_erasure_orders", "case_id, reason, by_user, at", "case_id"),
    Table("dash_duplicate_decisions", "case_a, case_b, same_person, by_user, at", "case_a, case_b"),
];

const KEYS: Table = Table("case_keys", "case_id, key", "case_id");
/// HQ's signing key and certificate: devices pinned them, so they move with the cases.
const IDENTITY: Table = Table("hq_identity", "id, signing_key, tls_certificate, tls_key", "id");

fn count(conn: &mut Conn, table: &str) -> Result<u64, StorageError> {
    conn.query_opt(&format!("SELECT count(*) FROM {table}"), &[])?.map_or(Ok(0), |r| r.get(0))
}

/// Moves the HQ in the SQLite file `from` (its keys beside it) into the empty PostgreSQL HQ
/// at `to`. One transaction on each side: a failure leaves the target as empty as it was.
pub fn sqlite_to_postgres(from: &Path, to: &PgAddress) -> Result<Moved, StorageError> {
    let mut source = Database::Sqlite(from.to_path_buf()).open()?;
    let mut target = Database::Postgres(Box::new(to.clone())).open()?;
    let mut occupied = count(&mut target.keys, KEYS.0)?;
    for table in TABLES {
        occupied += count(&mut target.db, table.0)?;
    }
    if occupied > 0 {
        return Err(StorageError::TargetNotEmpty);
    }
    target.in_tx(|t| {
        for table in TABLES {
            copy(&mut source.db, &mut t.db, table)?;
        }
        copy(&mut source.keys, &mut t.keys, &KEYS)?;
        // The target made an identity of its own when it was opened; the source's replaces it.
        t.keys.execute("DELETE FROM hq_identity", &[])?;
        copy(&mut source.keys, &mut t.keys, &IDENTITY)?;
        // The sequences and the feed go on after what was moved.
        for table in ["changes", "dash_audit"] {
            t.db.execute(
                &format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'seq'), GREATEST((SELECT max(seq) FROM {table}), 1))"
                ),
                &[],
            )?;
        }
        let feed = source.db.query_opt("SELECT position FROM feed WHERE id = 1", &[])?.map_or(Ok(0), |r| r.get::<i64>(0))?;
        t.db.execute("UPDATE feed SET position = $1 WHERE id = 1", crate::db::params![feed])?;
        // Nothing lost: every table holds as many rows as it did.
        for table in TABLES {
            if count(&mut t.db, table.0)? != count(&mut source.db, table.0)? {
                tracing::error!(table = table.0, "row counts differ after the move");
                return Err(StorageError::Aborted);
            }
        }
        if count(&mut t.keys, KEYS.0)? != count(&mut source.keys, KEYS.0)? {
            return Err(StorageError::Aborted);
        }
        Ok(Moved { devices: count(&mut t.db, "devices")?, cases: count(&mut t.db, "cases")?, changes: count(&mut t.db, "changes")? })
    })
}

/// Copies one table, [`ROWS_PER_INSERT`] rows at a time.
fn copy(from: &mut Conn, to: &mut Conn, table: &Table) -> Result<(), StorageError> {
    let Table(name, columns, order) = table;
    let width = columns.split(',').count();
    let select = format!("SELECT {columns} FROM {name} ORDER BY {order} LIMIT $1 OFFSET $2");
    let mut offset = 0usize;
    loop {
        let rows = from.query(&select, crate::db::params![ROWS_PER_INSERT as i64, offset as i64])?;
        if rows.is_empty() {
            return Ok(());
        }
        let values: Vec<_> = rows.iter().flat_map(|r| (0..width).map(|i| r.value(i))).collect();
        to.execute(
            &format!("INSERT INTO {name} ({columns}) VALUES {}", rows_of(1, width, rows.len())),
            &values,
        )?;
        offset += rows.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A regression: the consent work added columns and a table that the move to PostgreSQL
    /// left behind without a word. Every table of the case database, and every column, moves.
    #[test]
    fn every_table_and_column_of_the_schema_is_moved() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = crate::Database::Sqlite(dir.path().join("hq.db")).open().expect("a new HQ");
        let conn = store.db.sqlite().expect("SQLite");
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'refinery%' AND name NOT LIKE 'sqlite%'")
            .expect("tables");
        let tables: Vec<String> =
            stmt.query_map([], |r| r.get(0)).expect("tables").collect::<Result<_, _>>().expect("names");
        let moved = |name: &str| TABLES.iter().find(|t| t.0 == name);
        for table in &tables {
            // Sign-ins end with the move (staff sign in again); the feed counter is set anew.
            if table == "dash_sessions" || table == "feed" {
                continue;
            }
            let Some(Table(_, columns, _)) = moved(table) else { panic!("table {table} is not moved") };
            let listed: Vec<&str> = columns.split(',').map(str::trim).collect();
            let mut stmt =
                conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}')")).expect("columns");
            let all: Vec<String> =
                stmt.query_map([], |r| r.get(0)).expect("columns").collect::<Result<_, _>>().expect("names");
            for column in all {
                assert!(listed.contains(&column.as_str()), "column {table}.{column} is not moved");
            }
        }
    }
}
