//! One way to talk to HQ's database, whichever it is: embedded SQLite (one file, one writer)
//! or PostgreSQL (several workers). Every query of HQ is written once, in PostgreSQL's
//! spelling (`$1` placeholders, `= ANY($n)` over a list of ids, `ON CONFLICT`), and run on
//! either; what differs is said here and only here:
//!
//! - SQLite reads `$1` as a *named* parameter numbered by first appearance, so `$2 … $1` would
//!   bind swapped: placeholders become `?n`, and `= ANY($n)` becomes `IN rarray(?n)` (SQLite's
//!   table-valued list);
//! - PostgreSQL's `boolean` columns take and give integers here (0 or 1), as SQLite's do;
//! - transactions: SQLite takes the write lock at `BEGIN IMMEDIATE`; PostgreSQL's cases are
//!   locked one by one ([`Conn::lock_cases`]);
//! - what is left of a deleted row on disk ([`Conn::scrub`]).
//!
//! Why not a crate: sqlx is async and brings its own SQLite (a second `libsqlite3-sys`, which
//! cannot link beside the device's SQLCipher); diesel would need libpq and its query DSL
//! everywhere. The drivers stay rusqlite and postgres; this is the thin layer between.

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

use postgres::types::{FromSql, IsNull, ToSql, Type, to_sql_checked};
use postgres::{Client, Statement};

use crate::store::StorageError;

/// A parameter or a column value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    /// SQL NULL.
    Null,
    /// An integer (also a boolean: 0 or 1).
    Int(i64),
    /// Text.
    Text(String),
    /// Bytes.
    Bytes(Vec<u8>),
    /// A list of byte strings, for `= ANY($n)`.
    List(Vec<Vec<u8>>),
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Self::Int(v)
    }
}
impl From<u64> for Value {
    fn from(v: u64) -> Self {
        Self::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Self::Int(i64::from(v))
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Self::Text(v.to_owned())
    }
}
impl From<String> for Value {
    fn from(v: String) -> Self {
        Self::Text(v)
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Self {
        Self::Text(v.clone())
    }
}
impl From<Option<Vec<u8>>> for Value {
    fn from(v: Option<Vec<u8>>) -> Self {
        v.map_or(Self::Null, Self::Bytes)
    }
}
impl From<Option<&str>> for Value {
    fn from(v: Option<&str>) -> Self {
        v.map_or(Self::Null, Self::from)
    }
}
impl From<&[u8]> for Value {
    fn from(v: &[u8]) -> Self {
        Self::Bytes(v.to_vec())
    }
}
impl From<Vec<u8>> for Value {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl<const N: usize> From<[u8; N]> for Value {
    fn from(v: [u8; N]) -> Self {
        Self::Bytes(v.to_vec())
    }
}
impl<const N: usize> From<&[u8; N]> for Value {
    fn from(v: &[u8; N]) -> Self {
        Self::Bytes(v.to_vec())
    }
}
impl<const N: usize> From<&[[u8; N]]> for Value {
    fn from(v: &[[u8; N]]) -> Self {
        Self::List(v.iter().map(|b| b.to_vec()).collect())
    }
}

/// Builds a parameter list: `params![a, b, c]`.
macro_rules! params {
    ($($v:expr),* $(,)?) => { &[$($crate::db::Value::from($v)),*] };
}
pub(crate) use params;

/// One row of a result.
#[derive(Debug)]
pub(crate) struct Row(Vec<Value>);

/// A column value as a Rust type; a value of another type is an error, never skipped.
pub(crate) trait FromValue: Sized {
    /// Converts, or says why not.
    fn from_value(v: &Value) -> Option<Self>;
}
impl FromValue for i64 {
    fn from_value(v: &Value) -> Option<Self> {
        if let Value::Int(i) = v { Some(*i) } else { None }
    }
}
impl FromValue for u64 {
    fn from_value(v: &Value) -> Option<Self> {
        i64::from_value(v).map(i64::unsigned_abs)
    }
}
impl FromValue for bool {
    fn from_value(v: &Value) -> Option<Self> {
        i64::from_value(v).map(|i| i != 0)
    }
}
impl FromValue for String {
    fn from_value(v: &Value) -> Option<Self> {
        if let Value::Text(s) = v { Some(s.clone()) } else { None }
    }
}
impl FromValue for Vec<u8> {
    fn from_value(v: &Value) -> Option<Self> {
        if let Value::Bytes(b) = v { Some(b.clone()) } else { None }
    }
}
impl<const N: usize> FromValue for [u8; N] {
    fn from_value(v: &Value) -> Option<Self> {
        if let Value::Bytes(b) = v { b.as_slice().try_into().ok() } else { None }
    }
}
impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: &Value) -> Option<Self> {
        match v {
            Value::Null => Some(None),
            v => T::from_value(v).map(Some),
        }
    }
}

impl Row {
    /// Column `i` as it is (NULL past the last).
    pub(crate) fn value(&self, i: usize) -> Value {
        self.0.get(i).cloned().unwrap_or(Value::Null)
    }

    /// Column `i` as `T`.
    pub(crate) fn get<T: FromValue>(&self, i: usize) -> Result<T, StorageError> {
        self.0.get(i).and_then(T::from_value).ok_or(StorageError::Corrupt("a column of an unexpected type"))
    }
}

/// Which database a connection speaks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Backend {
    /// Embedded SQLite.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

/// A PostgreSQL connection with its prepared statements.
pub(crate) struct Pg {
    client: Client,
    server: crate::pg_server::PgServer,
    statements: HashMap<String, Statement>,
}

/// A connection to one of HQ's two databases (the cases, or the case keys).
pub(crate) struct Conn {
    link: Link,
    /// Inside a transaction.
    in_tx: bool,
    /// A statement of the open transaction failed: it must not commit (PostgreSQL has
    /// aborted it already; SQLite would commit the rest).
    failed: bool,
}

enum Link {
    Sqlite(rusqlite::Connection),
    Postgres(Box<Pg>),
}

/// Runs blocking database work. Inside a multi-threaded tokio runtime (a dashboard handler)
/// the work first leaves the async worker, so that other requests go on meanwhile, and the
/// `postgres` client (which drives its connection on a runtime of its own) does not panic.
fn off_runtime<T>(work: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(work)
        }
        _ => work(),
    }
}

/// A query in SQLite's spelling: `= ANY($n)` → `IN rarray(?n)`, `$n` → `?n`, and no
/// ` FOR UPDATE` (SQLite's transactions hold the write lock from their start: rows read in
/// one are already the writer's alone).
fn for_sqlite(sql: &str) -> Cow<'_, str> {
    if !sql.contains('$') {
        return Cow::Borrowed(sql);
    }
    Cow::Owned(sql.replace(" FOR UPDATE", "").replace("= ANY($", "IN rarray($").replace('$', "?"))
}

impl Conn {
    /// Opens (or creates) an SQLite file: WAL, a full sync at every commit, deleted rows
    /// overwritten, a wait of up to 10 s for another writer.
    pub(crate) fn open_sqlite(path: &std::path::Path) -> Result<Self, StorageError> {
        let conn = rusqlite::Connection::open(path)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;",
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.set_prepared_statement_cache_capacity(128);
        rusqlite::vtab::array::load_module(&conn)?;
        Ok(Self { link: Link::Sqlite(conn), in_tx: false, failed: false })
    }

    /// Connects to PostgreSQL.
    pub(crate) fn connect_postgres(server: &crate::pg_server::PgServer) -> Result<Self, StorageError> {
        let client = off_runtime(|| server.connect())?;
        let pg = Pg { client, server: server.clone(), statements: HashMap::new() };
        Ok(Self { link: Link::Postgres(Box::new(pg)), in_tx: false, failed: false })
    }

    /// Which database this is.
    pub(crate) fn backend(&self) -> Backend {
        match self.link {
            Link::Sqlite(_) => Backend::Sqlite,
            Link::Postgres(_) => Backend::Postgres,
        }
    }

    /// Brings the schema to the current version (refinery: `migrations/<backend>[_keys]`).
    pub(crate) fn migrate(&mut self, keys: bool) -> Result<(), StorageError> {
        use crate::store::migrations;
        off_runtime(|| {
            match (&mut self.link, keys) {
                (Link::Sqlite(c), false) => migrations::sqlite::migrations::runner().run(c).map(drop),
                (Link::Sqlite(c), true) => migrations::sqlite_keys::migrations::runner().run(c).map(drop),
                (Link::Postgres(p), false) => {
                    migrations::postgres::migrations::runner().run(&mut p.client).map(drop)
                }
                (Link::Postgres(p), true) => {
                    migrations::postgres_keys::migrations::runner().run(&mut p.client).map(drop)
                }
            }
            .map_err(StorageError::from)
        })
    }

    fn note<T>(&mut self, result: Result<T, StorageError>) -> Result<T, StorageError> {
        if result.is_err() && self.in_tx {
            self.failed = true;
        }
        result
    }

    /// Runs `sql` with `params`; every row.
    pub(crate) fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StorageError> {
        let result = off_runtime(|| match &mut self.link {
            Link::Sqlite(c) => sqlite_query(c, &for_sqlite(sql), params),
            Link::Postgres(p) => {
                let statement = p.prepare(sql, self.in_tx)?;
                let rows = p.client.query(&statement, &pg_params(params))?;
                rows.iter()
                    .map(|r| {
                        let values = (0..r.len()).map(|i| r.try_get::<_, Value>(i)).collect::<Result<_, _>>();
                        Ok(Row(values?))
                    })
                    .collect()
            }
        });
        self.note(result)
    }

    /// The first row of `sql`, if any.
    pub(crate) fn query_opt(&mut self, sql: &str, params: &[Value]) -> Result<Option<Row>, StorageError> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    /// Runs `sql`; the number of rows it changed.
    pub(crate) fn execute(&mut self, sql: &str, params: &[Value]) -> Result<u64, StorageError> {
        let result = off_runtime(|| match &mut self.link {
            Link::Sqlite(c) => {
                let mut statement = c.prepare_cached(&for_sqlite(sql))?;
                let n = statement.execute(rusqlite::params_from_iter(params.iter()))?;
                Ok(u64::try_from(n).unwrap_or(u64::MAX))
            }
            Link::Postgres(p) => {
                let statement = p.prepare(sql, self.in_tx)?;
                Ok(p.client.execute(&statement, &pg_params(params))?)
            }
        });
        self.note(result)
    }

    /// Runs statements without parameters (transaction control, maintenance).
    fn batch(&mut self, sql: &str) -> Result<(), StorageError> {
        let result = off_runtime(|| match &mut self.link {
            Link::Sqlite(c) => c.execute_batch(sql).map_err(StorageError::from),
            Link::Postgres(p) => p.client.batch_execute(sql).map_err(StorageError::from),
        });
        self.note(result)
    }

    /// Opens a transaction; a transaction left open (a request that panicked) is rolled back
    /// first, so that one failure never keeps the database from serving the next request.
    /// Inside a transaction (see [`Conn::begin`]).
    pub(crate) fn in_transaction(&self) -> bool {
        self.in_tx
    }

    pub(crate) fn begin(&mut self) -> Result<(), StorageError> {
        let open = match &self.link {
            Link::Sqlite(c) => !c.is_autocommit(),
            Link::Postgres(_) => self.in_tx,
        };
        if open {
            self.rollback();
        }
        self.failed = false;
        // SQLite: the write lock now, so that two writers never both read then fail to write.
        self.batch(match self.backend() {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN",
        })?;
        self.in_tx = true;
        Ok(())
    }

    /// Commits; refused, and rolled back, when a statement of the transaction failed.
    pub(crate) fn commit(&mut self) -> Result<(), StorageError> {
        if self.failed {
            self.rollback();
            return Err(StorageError::Aborted);
        }
        let result = self.batch("COMMIT");
        self.in_tx = false;
        if result.is_err() {
            self.rollback();
        }
        result
    }

    /// Rolls back whatever is open; there is nothing to report if nothing was.
    pub(crate) fn rollback(&mut self) {
        self.in_tx = false;
        self.failed = false;
        // "No transaction is active" is the only way this fails, and then nothing is open.
        let _ = off_runtime(|| match &mut self.link {
            Link::Sqlite(c) => c.execute_batch("ROLLBACK").map_err(StorageError::from),
            Link::Postgres(p) => p.client.batch_execute("ROLLBACK").map_err(StorageError::from),
        });
    }

    /// Locks `cases` until the transaction ends, always in one order so that two requests
    /// cannot deadlock. PostgreSQL only: there several workers write at once; SQLite's one
    /// writer already holds the database's write lock.
    pub(crate) fn lock_cases(&mut self, cases: &[[u8; 16]]) -> Result<(), StorageError> {
        if self.backend() == Backend::Sqlite || cases.is_empty() {
            return Ok(());
        }
        // The last 8 bytes of a UUIDv7 are random; its first are a timestamp.
        let mut keys: Vec<i64> = cases
            .iter()
            .map(|c| i64::from_le_bytes([c[8], c[9], c[10], c[11], c[12], c[13], c[14], c[15]]))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let keys = keys.iter().map(|k| k.to_string()).collect::<Vec<_>>().join(",");
        // Integers only: nothing here comes from a request as text.
        self.batch(&format!(
            "SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT unnest(ARRAY[{keys}]::int8[]) AS k ORDER BY k) AS s"
        ))
    }

    /// Holds `device` until the transaction ends, `shared` by its requests or alone by its
    /// revocation (which waits at most 10 s, then fails and can be retried): a revocation never
    /// lands in the middle of a request. An advisory lock, whose queue is fair, so a revocation
    /// waiting for one request is not overtaken by the device's next ones. PostgreSQL only:
    /// SQLite's one writer already holds the database's write lock.
    pub(crate) fn lock_device(&mut self, device: &[u8; 16], shared: bool) -> Result<(), StorageError> {
        if self.backend() == Backend::Sqlite {
            return Ok(());
        }
        // The device id's first 8 bytes (random), XORed with a constant so that a device's
        // key is not the key of a case with the same bytes (`lock_cases`).
        let mut first = [0u8; 8];
        first.copy_from_slice(&device[..8]);
        let key = i64::from_be_bytes(first) ^ 0x5761_7970_6f69_6e74;
        // Integers only: nothing here comes from a request as text.
        self.batch(&if shared {
            format!("SELECT pg_advisory_xact_lock_shared({key})")
        } else {
            format!("SET LOCAL lock_timeout = '10s'; SELECT pg_advisory_xact_lock({key})")
        })
    }

    /// Makes `table` the only writer until the transaction ends (PostgreSQL: two HQ
    /// processes on one database must not both chain an audit entry onto the same one).
    pub(crate) fn lock_table(&mut self, table: &str) -> Result<(), StorageError> {
        match self.backend() {
            Backend::Sqlite => Ok(()),
            Backend::Postgres => self.batch(&format!("LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")),
        }
    }

    /// Removes what is left of deleted rows of `table` from the database's files now, not at
    /// some later maintenance (an erased case's key must be gone from disk). Outside a
    /// transaction.
    pub(crate) fn scrub(&mut self, table: &str) -> Result<(), StorageError> {
        match self.backend() {
            // With secure_delete on, freed pages are zeroed; the checkpoint empties the WAL.
            Backend::Sqlite => self.batch("PRAGMA wal_checkpoint(TRUNCATE)"),
            Backend::Postgres => self.batch(&format!("VACUUM {table}")),
        }
    }

    /// Makes the log drop what deleted rows left in it (SQLite's WAL); PostgreSQL's deleted
    /// case rows are sealed under a key already gone, so nothing is needed there.
    pub(crate) fn checkpoint(&mut self) -> Result<(), StorageError> {
        match self.backend() {
            Backend::Sqlite => self.batch("PRAGMA wal_checkpoint(TRUNCATE)"),
            Backend::Postgres => Ok(()),
        }
    }

    /// The SQLite connection, for what only SQLite has (a backup with `VACUUM INTO`).
    pub(crate) fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match &self.link {
            Link::Sqlite(c) => Some(c),
            Link::Postgres(_) => None,
        }
    }

    /// Creates the PostgreSQL database `config` names when it does not exist yet (the keys
    /// database is made on first use when the account may create databases).
    pub(crate) fn connect_creating(
        &mut self,
        server: &crate::pg_server::PgServer,
    ) -> Result<Conn, StorageError> {
        match Conn::connect_postgres(server) {
            Err(StorageError::Postgres(e))
                if e.code() == Some(&postgres::error::SqlState::INVALID_CATALOG_NAME) =>
            {
                let name = server.config.get_dbname().unwrap_or("postgres").replace('"', "\"\"");
                self.batch(&format!("CREATE DATABASE \"{name}\""))?;
                tracing::info!("created the keys database");
                Conn::connect_postgres(server)
            }
            other => other,
        }
    }
}

impl Pg {
    /// The prepared statement for `sql` (prepared once per connection), reconnecting first if
    /// the connection was lost between transactions.
    fn prepare(&mut self, sql: &str, in_tx: bool) -> Result<Statement, StorageError> {
        if self.client.is_closed() {
            if in_tx {
                return Err(StorageError::ConnectionLost);
            }
            self.client = self.server.connect()?;
            self.statements.clear();
            tracing::warn!("reconnected to postgres");
        }
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        // Statements built at run time (lists of rows) vary: keep the cache bounded.
        if self.statements.len() >= 256 {
            self.statements.clear();
        }
        let s = self.client.prepare(sql)?;
        self.statements.insert(sql.to_owned(), s.clone());
        Ok(s)
    }
}

fn pg_params(params: &[Value]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|p| p as &(dyn ToSql + Sync)).collect()
}

fn sqlite_query(c: &rusqlite::Connection, sql: &str, params: &[Value]) -> Result<Vec<Row>, StorageError> {
    let mut statement = c.prepare_cached(sql)?;
    let columns = statement.column_count();
    let mut rows = statement.query(rusqlite::params_from_iter(params.iter()))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut values = Vec::with_capacity(columns);
        for i in 0..columns {
            values.push(match r.get_ref(i)? {
                rusqlite::types::ValueRef::Null => Value::Null,
                rusqlite::types::ValueRef::Integer(v) => Value::Int(v),
                rusqlite::types::ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                rusqlite::types::ValueRef::Blob(b) => Value::Bytes(b.to_vec()),
                rusqlite::types::ValueRef::Real(_) => return Err(StorageError::Corrupt("a real number")),
            });
        }
        out.push(Row(values));
    }
    Ok(out)
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, Value as V, ValueRef};
        Ok(match self {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Int(i) => ToSqlOutput::Borrowed(ValueRef::Integer(*i)),
            Value::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Value::Bytes(b) => ToSqlOutput::Borrowed(ValueRef::Blob(b)),
            // What `rarray(?n)` reads (rusqlite's `Array`, passed by pointer).
            Value::List(l) => ToSqlOutput::from_rc(
                Rc::new(l.iter().map(|b| V::Blob(b.clone())).collect::<Vec<V>>()),
                c"rarray",
            ),
        })
    }
}

type BoxError = Box<dyn std::error::Error + Sync + Send>;

impl ToSql for Value {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, BoxError> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) => match *ty {
                Type::BOOL => (*i != 0).to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                _ => i.to_sql(ty, out),
            },
            Value::Text(s) => s.to_sql(ty, out),
            Value::Bytes(b) => b.to_sql(ty, out),
            Value::List(l) => l.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

impl<'a> FromSql<'a> for Value {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Self, BoxError> {
        Ok(match *ty {
            Type::BOOL => Value::Int(i64::from(bool::from_sql(ty, raw)?)),
            Type::INT2 => Value::Int(i64::from(i16::from_sql(ty, raw)?)),
            Type::INT4 => Value::Int(i64::from(i32::from_sql(ty, raw)?)),
            Type::INT8 => Value::Int(i64::from_sql(ty, raw)?),
            Type::BYTEA => Value::Bytes(Vec::<u8>::from_sql(ty, raw)?),
            _ => Value::Text(String::from_sql(ty, raw)?),
        })
    }

    fn from_sql_null(_: &Type) -> Result<Self, BoxError> {
        Ok(Value::Null)
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// `($1, $2, $3), ($4, $5, $6), …`: `rows` rows of `columns` placeholders from `$first`, for
/// one INSERT of many rows.
pub(crate) fn rows_of(first: usize, columns: usize, rows: usize) -> String {
    (0..rows)
        .map(|r| {
            let row: Vec<String> = (0..columns).map(|c| format!("${}", first + r * columns + c)).collect();
            format!("({})", row.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Rows per statement when inserting many: SQLite takes at most 32,766 parameters.
pub(crate) const ROWS_PER_INSERT: usize = 2_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_written_once_and_spelled_for_sqlite() {
        assert_eq!(for_sqlite("SELECT 1"), "SELECT 1");
        assert_eq!(
            for_sqlite("UPDATE t SET a = $2 WHERE id = $1 AND c = ANY($3)"),
            "UPDATE t SET a = ?2 WHERE id = ?1 AND c IN rarray(?3)"
        );
        // SQLite's transaction already holds the write lock: no row lock to ask for.
        assert_eq!(for_sqlite("SELECT d FROM t WHERE k = $1 FOR UPDATE"), "SELECT d FROM t WHERE k = ?1");
        assert_eq!(rows_of(2, 2, 2), "($2, $3), ($4, $5)");
    }

    #[test]
    fn sqlite_binds_numbered_parameters_in_their_order_and_lists() {
        let dir = tempfile::tempdir().expect("tmp");
        let mut conn = Conn::open_sqlite(&dir.path().join("t.db")).expect("open");
        conn.execute("CREATE TABLE t (id BLOB PRIMARY KEY, n INTEGER, s TEXT)", &[]).expect("create");
        conn.execute("INSERT INTO t (s, n, id) VALUES ($3, $2, $1)", params![[1u8; 16], 7i64, "x"])
            .expect("insert");
        conn.execute("INSERT INTO t (id, n, s) VALUES ($1, $2, $3)", params![[2u8; 16], true, None::<&str>])
            .expect("insert");
        let ids: &[[u8; 16]] = &[[1u8; 16], [9u8; 16]];
        let rows = conn.query("SELECT n, s FROM t WHERE id = ANY($1)", params![ids]).expect("query");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].get::<i64>(0).expect("n"), 7);
        assert_eq!(rows[0].get::<String>(1).expect("s"), "x");
        let row =
            conn.query_opt("SELECT n, s FROM t WHERE id = $1", params![[2u8; 16]]).expect("q").expect("row");
        assert!(row.get::<bool>(0).expect("bool"));
        assert_eq!(row.get::<Option<String>>(1).expect("null"), None);
        assert!(row.get::<String>(1).is_err(), "a NULL is not text");
    }

    #[test]
    fn a_failed_statement_keeps_the_transaction_from_committing() {
        let dir = tempfile::tempdir().expect("tmp");
        let mut conn = Conn::open_sqlite(&dir.path().join("t.db")).expect("open");
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)", &[]).expect("create");
        conn.begin().expect("begin");
        conn.execute("INSERT INTO t (id) VALUES (1)", &[]).expect("insert");
        assert!(conn.execute("INSERT INTO nowhere (id) VALUES (1)", &[]).is_err());
        assert!(matches!(conn.commit(), Err(StorageError::Aborted)));
        assert!(conn.query("SELECT id FROM t", &[]).expect("q").is_empty(), "nothing was kept");
        // A transaction left open is rolled back by the next begin.
        conn.begin().expect("begin");
        conn.execute("INSERT INTO t (id) VALUES (2)", &[]).expect("insert");
        conn.begin().expect("begin again");
        conn.commit().expect("commit");
        assert!(conn.query("SELECT id FROM t", &[]).expect("q").is_empty());
    }
}
