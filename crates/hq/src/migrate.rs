//! `waypoint-hq migrate`: moves an HQ from its SQLite file to PostgreSQL without loss —
//! devices, enrollment codes, nonces, cases with their sealed changes and keys, the feed,
//! what each device holds and was sent, transfers, tombstones and confirmations, and the
//! dashboard's accounts, audit trail, erasure orders and duplicate decisions — so that devices continue where they
//! left off: their cursors and acknowledged heads stay valid, and nothing they hold is sent to
//! them again. Dashboard sessions are not moved: staff sign in again.
//!
//! Sealed changes move as they are (each case keeps its key, which moves to the keys
//! database), feed positions and change order are kept, and the counts of every table are
//! compared before anything commits.

use std::path::Path;

use postgres::types::ToSql;
use rusqlite::types::ValueRef;

use crate::pg::{Conn, Param, PgAddress, PgHub};
use crate::storage::{SqliteHub, StorageError};

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

/// The type of a column, as SQLite stores it and PostgreSQL wants it.
#[derive(Clone, Copy)]
enum Kind {
    Bytes,
    Text,
    /// Text that may be missing (NULL).
    OptText,
    Int,
    Bool,
}

/// A table's rows, column by column (PostgreSQL takes them as arrays through `unnest`).
enum Column {
    Bytes(Vec<Vec<u8>>),
    Text(Vec<String>),
    OptText(Vec<Option<String>>),
    Int(Vec<i64>),
    Bool(Vec<bool>),
}

impl Column {
    fn new(kind: Kind) -> Self {
        match kind {
            Kind::Bytes => Self::Bytes(Vec::new()),
            Kind::Text => Self::Text(Vec::new()),
            Kind::OptText => Self::OptText(Vec::new()),
            Kind::Int => Self::Int(Vec::new()),
            Kind::Bool => Self::Bool(Vec::new()),
        }
    }

    fn push(&mut self, value: ValueRef<'_>) -> Result<(), StorageError> {
        let bad =
            || StorageError::Sqlite(rusqlite::Error::InvalidColumnType(0, String::new(), value.data_type()));
        match (self, value) {
            (Self::Bytes(v), ValueRef::Blob(b)) => v.push(b.to_vec()),
            (Self::Text(v), ValueRef::Text(t)) => v.push(String::from_utf8_lossy(t).into_owned()),
            (Self::OptText(v), ValueRef::Text(t)) => v.push(Some(String::from_utf8_lossy(t).into_owned())),
            (Self::OptText(v), ValueRef::Null) => v.push(None),
            (Self::Int(v), ValueRef::Integer(i)) => v.push(i),
            (Self::Bool(v), ValueRef::Integer(i)) => v.push(i != 0),
            _ => return Err(bad()),
        }
        Ok(())
    }

    fn param(&self) -> Param<'_> {
        match self {
            Self::Bytes(v) => v as &(dyn ToSql + Sync),
            Self::Text(v) => v,
            Self::OptText(v) => v,
            Self::Int(v) => v,
            Self::Bool(v) => v,
        }
    }

    fn array_type(kind: Kind) -> &'static str {
        match kind {
            Kind::Bytes => "bytea[]",
            Kind::Text | Kind::OptText => "text[]",
            Kind::Int => "int8[]",
            Kind::Bool => "boolean[]",
        }
    }
}

/// A table to move: its name, and its columns as named on SQLite and on PostgreSQL.
struct Table {
    name: &'static str,
    columns: &'static [(&'static str, &'static str, Kind)],
    /// The order rows are read in (and so inserted in).
    order: &'static str,
}

const TABLES: &[Table] = &[
    Table {
        name: "devices",
        columns: &[
            ("id", "id", Kind::Bytes),
            ("public_key", "public_key", Kind::Bytes),
            ("site", "site", Kind::Text),
            ("revoked", "revoked", Kind::Bool),
            ("enrolled_at", "enrolled_at", Kind::Int),
        ],
        order: "id",
    },
    Table {
        name: "enrollment_codes",
        columns: &[
            ("code_hash", "code_hash", Kind::Bytes),
            ("site", "site", Kind::Text),
            ("expires_at", "expires_at", Kind::Int),
        ],
        order: "code_hash",
    },
    Table {
        name: "nonces",
        columns: &[
            ("device", "device", Kind::Bytes),
            ("nonce", "nonce", Kind::Bytes),
            ("at", "at", Kind::Int),
        ],
        order: "device, nonce",
    },
    Table {
        name: "cases",
        columns: &[
            ("case_id", "case_id", Kind::Bytes),
            ("site", "site", Kind::Text),
            ("position", "position", Kind::Int),
        ],
        order: "position",
    },
    Table {
        name: "changes",
        columns: &[
            ("seq", "seq", Kind::Int),
            ("case_id", "case_id", Kind::Bytes),
            ("hash", "hash", Kind::Bytes),
            ("user", "user_name", Kind::Text),
            ("device", "device", Kind::Bytes),
            ("bytes", "bytes", Kind::Bytes),
        ],
        order: "seq",
    },
    Table {
        name: "transfers",
        columns: &[("case_id", "case_id", Kind::Bytes), ("site", "site", Kind::Text)],
        order: "case_id, site",
    },
    Table {
        name: "known",
        columns: &[
            ("device", "device", Kind::Bytes),
            ("case_id", "case_id", Kind::Bytes),
            ("heads", "heads", Kind::Bytes),
        ],
        order: "device, case_id",
    },
    Table {
        name: "sent",
        columns: &[
            ("device", "device", Kind::Bytes),
            ("case_id", "case_id", Kind::Bytes),
            ("position", "position", Kind::Int),
            ("heads", "heads", Kind::Bytes),
        ],
        order: "device, case_id",
    },
    Table {
        name: "case_heads",
        columns: &[("case_id", "case_id", Kind::Bytes), ("heads", "heads", Kind::Bytes)],
        order: "case_id",
    },
    Table {
        name: "erased",
        columns: &[
            ("case_id", "case_id", Kind::Bytes),
            ("site", "site", Kind::Text),
            ("at", "at", Kind::Int),
        ],
        order: "case_id",
    },
    Table {
        name: "erasure_confirmations",
        columns: &[("case_id", "case_id", Kind::Bytes), ("device", "device", Kind::Bytes)],
        order: "case_id, device",
    },
    Table {
        name: "dash_users",
        columns: &[
            ("name", "name", Kind::Text),
            ("role", "role", Kind::Text),
            ("password", "password", Kind::Text),
            ("created_at", "created_at", Kind::Int),
        ],
        order: "name",
    },
    Table {
        name: "dash_audit",
        columns: &[
            ("seq", "seq", Kind::Int),
            ("at", "at", Kind::Int),
            ("user", "user_name", Kind::Text),
            ("action", "action", Kind::Text),
            ("case_id", "case_id", Kind::OptText),
            ("detail", "detail", Kind::Text),
            ("hash", "hash", Kind::Bytes),
        ],
        order: "seq",
    },
    Table {
        name: "dash_erasure_orders",
        columns: &[
            ("case_id", "case_id", Kind::Bytes),
            ("reason", "reason", Kind::Text),
            ("by_user", "by_user", Kind::Text),
            ("at", "at", Kind::Int),
        ],
        order: "case_id",
    },
    Table {
        name: "dash_duplicate_decisions",
        columns: &[
            ("case_a", "case_a", Kind::Bytes),
            ("case_b", "case_b", Kind::Bytes),
            ("same_person", "same_person", Kind::Bool),
            ("by_user", "by_user", Kind::Text),
            ("at", "at", Kind::Int),
        ],
        order: "case_a, case_b",
    },
];

const KEYS: Table = Table {
    name: "case_keys",
    columns: &[("case_id", "case_id", Kind::Bytes), ("key", "key", Kind::Bytes)],
    order: "case_id",
};

/// Rows per statement: a chunk of changes stays a few megabytes.
const CHUNK: usize = 2_000;

/// Moves the HQ in the SQLite file `from` (its keys beside it) into the empty PostgreSQL HQ
/// at `to`. One transaction on each side: a failure leaves the target as empty as it was.
pub fn sqlite_to_postgres(from: &Path, to: &PgAddress) -> Result<Moved, StorageError> {
    let source = SqliteHub::open(from)?;
    let target = PgHub::open(to)?;
    let total =
        |t: &PgHub, conn, table: &str| t.count_dynamic(conn, &format!("SELECT count(*) FROM {table}"));
    let mut occupied = total(&target, Conn::Keys, "case_keys")?;
    for table in TABLES {
        occupied += total(&target, Conn::Db, table.name)?;
    }
    if occupied > 0 {
        return Err(StorageError::TargetNotEmpty);
    }
    target.in_transaction(|t| {
        for table in TABLES {
            copy(&source.conn, t, Conn::Db, table)?;
        }
        copy(&source.keys, t, Conn::Keys, &KEYS)?;
        // The sequences go on after what was moved.
        for table in ["changes", "dash_audit"] {
            t.execute_dynamic(
                Conn::Db,
                &format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'seq'), \
                     GREATEST((SELECT max(seq) FROM {table}), 1))"
                ),
                &[],
            )?;
        }
        t.execute_dynamic(
            Conn::Db,
            "UPDATE feed SET position = (SELECT COALESCE(max(position), 0) FROM cases) WHERE id = 1",
            &[],
        )?;
        // Nothing lost: every table holds as many rows as it did.
        for (table, conn, sqlite) in
            TABLES.iter().map(|t| (t, Conn::Db, &source.conn)).chain([(&KEYS, Conn::Keys, &source.keys)])
        {
            let count = format!("SELECT count(*) FROM {}", table.name);
            let before: i64 = sqlite.query_row(&count, [], |r| r.get(0))?;
            if t.count_dynamic(conn, &count)? != before {
                tracing::error!(table = table.name, "row counts differ after the move");
                return Err(StorageError::Aborted);
            }
        }
        let count = |table: &str| -> Result<u64, StorageError> {
            Ok(t.count_dynamic(Conn::Db, &format!("SELECT count(*) FROM {table}"))?.unsigned_abs())
        };
        Ok(Moved { devices: count("devices")?, cases: count("cases")?, changes: count("changes")? })
    })
}

/// Copies one table, `CHUNK` rows at a time.
fn copy(from: &rusqlite::Connection, to: &PgHub, conn: Conn, table: &Table) -> Result<(), StorageError> {
    let names: Vec<&str> = table.columns.iter().map(|(s, _, _)| *s).collect();
    let select = format!(
        "SELECT {} FROM {} ORDER BY {} LIMIT ?1 OFFSET ?2",
        names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", "),
        table.name,
        table.order
    );
    let insert = format!(
        "INSERT INTO {} ({}) SELECT * FROM unnest({})",
        table.name,
        table.columns.iter().map(|(_, p, _)| *p).collect::<Vec<_>>().join(", "),
        table
            .columns
            .iter()
            .enumerate()
            .map(|(i, (_, _, k))| format!("${}::{}", i + 1, Column::array_type(*k)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut offset = 0usize;
    loop {
        let mut columns: Vec<Column> = table.columns.iter().map(|(_, _, k)| Column::new(*k)).collect();
        let mut stmt = from.prepare(&select)?;
        let mut rows = stmt.query(rusqlite::params![CHUNK as i64, offset as i64])?;
        let mut n = 0usize;
        while let Some(row) = rows.next()? {
            for (i, column) in columns.iter_mut().enumerate() {
                column.push(row.get_ref(i)?)?;
            }
            n += 1;
        }
        if n == 0 {
            return Ok(());
        }
        let params: Vec<Param<'_>> = columns.iter().map(Column::param).collect();
        to.execute_dynamic(conn, &insert, &params)?;
        offset += n;
        if n < CHUNK {
            return Ok(());
        }
    }
}
