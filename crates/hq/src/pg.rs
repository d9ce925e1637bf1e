//! HQ's PostgreSQL storage, for when one machine's SQLite file is not enough: the same tables
//! and the same protocol semantics as [`crate::SqliteHub`], but several workers (one `PgHub`,
//! so one pair of connections, each) serve devices at once.
//!
//! Correctness with several workers rests on two locks, both held until the request commits:
//! - each case a request writes is locked (`pg_advisory_xact_lock` on its id, taken in id order
//!   so two requests cannot deadlock), so two devices writing one case merge one after the
//!   other and neither change nor the case's heads are lost;
//! - feed positions are given at commit time under the one row of `feed`, so they become
//!   visible in the order they were given, and a device's cursor never passes a position that
//!   a slower request has yet to commit.
//!
//! The per-case keys live in a second database (by default `<database>_keys` on the same
//! server), for the reason SQLite keeps them in a second file: it is backed up apart, with a
//! short retention, so that erasing a case's key (and vacuuming its table) makes every copy of
//! the case database, backups included, unreadable for that case. A schema in the same
//! database would travel in every `pg_dump` and base backup of the cases.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::str::FromStr;

use automerge::{Automerge, ChangeHash, ReadDoc};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305};
use postgres::error::SqlState;
use postgres::types::ToSql;
use postgres::{Client, Config, NoTls, Row, Statement};
use waypoint_sync::heads;
use waypoint_sync::hub::{ApplyError, DeviceRecord, HubStorage, Incoming};
use waypoint_sync::wire::{CaseKey, Change, DeviceKey, DocChanges, Head};

use crate::storage::{CODE_VALID_MS, StorageError, code_hash, migrations, open_sealed, seal};

/// Where a PostgreSQL HQ keeps its cases and, apart, its case keys.
#[derive(Debug, Clone)]
pub struct PgAddress {
    /// The case database.
    pub db: Config,
    /// The keys database.
    pub keys: Config,
}

impl PgAddress {
    /// `url` (`postgres://user@host:port/db`) for the cases; `keys_url` for the keys, or by
    /// default the same server's database `<db>_keys`.
    pub fn parse(url: &str, keys_url: Option<&str>) -> Result<Self, StorageError> {
        let db = Config::from_str(url).map_err(|_| StorageError::BadAddress)?;
        let keys = match keys_url {
            Some(k) => Config::from_str(k).map_err(|_| StorageError::BadAddress)?,
            None => {
                let mut keys = db.clone();
                keys.dbname(&format!("{}_keys", db_name(&db)));
                keys
            }
        };
        Ok(Self { db, keys })
    }
}

fn db_name(config: &Config) -> String {
    config.get_dbname().or(config.get_user()).unwrap_or("postgres").to_owned()
}

/// For each case listed by `changed_since`: its heads, and what the device holds of it.
type Prefetched = HashMap<[u8; 16], (Vec<ChangeHash>, Vec<ChangeHash>)>;

/// A parameter of a query.
pub(crate) type Param<'a> = &'a (dyn ToSql + Sync);

/// Which of a hub's two connections.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Conn {
    /// The case database.
    Db,
    /// The keys database.
    Keys,
}

/// One worker's view of a PostgreSQL HQ: a connection to the case database and one to the
/// keys database. Queries need `&mut Client` while the protocol reads through `&self`, hence
/// the cells: a `PgHub` is used by one thread at a time (the server's pool hands it out).
pub struct PgHub {
    address: PgAddress,
    db: RefCell<Client>,
    keys: RefCell<Client>,
    statements: RefCell<HashMap<(Conn, &'static str), Statement>>,
    /// Inside a transaction (both connections).
    in_tx: Cell<bool>,
    /// A statement of the open transaction failed: PostgreSQL has aborted it, so `COMMIT`
    /// would silently roll back, and the request must be answered as failed.
    failed: Cell<bool>,
    /// Cases whose feed position the open transaction moves at commit.
    touched: RefCell<Vec<[u8; 16]>>,
    /// For each case `changed_since` listed: its heads and what the device holds, so that
    /// `changes_for` need not ask again for a case the device already holds.
    prefetched: RefCell<Prefetched>,
    /// Requests seen, to prune old nonces now and then rather than on every request.
    nonces_seen: Cell<u64>,
}

/// Runs blocking PostgreSQL work. The `postgres` client drives its connection on a runtime of
/// its own, which panics when entered from another runtime's async context (a dashboard
/// handler); there the work first leaves the async worker (`block_in_place`). Elsewhere (a
/// `spawn_blocking` thread, as for device requests, or a command) it just runs.
fn off_runtime<T>(work: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(work)
        }
        _ => work(),
    }
}

fn key16(bytes: &[u8]) -> Option<[u8; 16]> {
    <[u8; 16]>::try_from(bytes).ok()
}

/// The advisory lock of a case: its id's first 8 bytes (a shared lock between two cases only
/// makes them wait for each other).
fn lock_key(case: &[u8; 16]) -> i64 {
    let mut first = [0u8; 8];
    first.copy_from_slice(&case[..8]);
    i64::from_le_bytes(first)
}

fn cipher(key: &[u8]) -> Option<XChaCha20Poly1305> {
    XChaCha20Poly1305::new_from_slice(key).ok()
}

/// A case from its sealed changes in stored order (a change that no longer opens or applies
/// is left out, as on SQLite).
fn doc_from<'a>(
    cipher: &XChaCha20Poly1305,
    case: &CaseKey,
    sealed: impl Iterator<Item = &'a [u8]>,
) -> Automerge {
    let changes: Vec<automerge::Change> = sealed
        .filter_map(|s| open_sealed(cipher, case, s))
        .filter_map(|b| automerge::Change::from_bytes(b).ok())
        .collect();
    let mut doc = Automerge::new();
    let _ = doc.apply_changes(changes);
    doc
}

fn connect_creating(config: &Config, admin: &mut Client) -> Result<Client, StorageError> {
    match config.connect(NoTls) {
        Ok(c) => Ok(c),
        Err(e) if e.code() == Some(&SqlState::INVALID_CATALOG_NAME) => {
            // The keys database is made on first use when the account may create databases.
            let name = db_name(config).replace('"', "\"\"");
            admin.batch_execute(&format!("CREATE DATABASE \"{name}\""))?;
            tracing::info!("created the keys database");
            Ok(config.connect(NoTls)?)
        }
        Err(e) => Err(e.into()),
    }
}

impl PgHub {
    /// Connects, creating the keys database if it is missing, and brings both schemas to the
    /// current version.
    pub fn open(address: &PgAddress) -> Result<Self, StorageError> {
        let mut db = address.db.connect(NoTls)?;
        let mut keys = connect_creating(&address.keys, &mut db)?;
        migrations::postgres::migrations::runner().run(&mut db)?;
        migrations::postgres_keys::migrations::runner().run(&mut keys)?;
        Ok(Self::with(address, db, keys))
    }

    /// `workers` hubs on one HQ (the schema brought up to date once, by the first).
    pub fn open_pool(address: &PgAddress, workers: usize) -> Result<Vec<Self>, StorageError> {
        let mut hubs = vec![Self::open(address)?];
        for _ in 1..workers.max(1) {
            let db = address.db.connect(NoTls)?;
            let keys = address.keys.connect(NoTls)?;
            hubs.push(Self::with(address, db, keys));
        }
        Ok(hubs)
    }

    fn with(address: &PgAddress, db: Client, keys: Client) -> Self {
        Self {
            address: address.clone(),
            db: RefCell::new(db),
            keys: RefCell::new(keys),
            statements: RefCell::new(HashMap::new()),
            in_tx: Cell::new(false),
            failed: Cell::new(false),
            touched: RefCell::new(Vec::new()),
            prefetched: RefCell::new(HashMap::new()),
            nonces_seen: Cell::new(0),
        }
    }

    fn client(&self, conn: Conn) -> &RefCell<Client> {
        match conn {
            Conn::Db => &self.db,
            Conn::Keys => &self.keys,
        }
    }

    /// The prepared statement for `sql` (prepared once per connection), reconnecting first
    /// if the connection was lost between transactions.
    fn statement(
        &self,
        conn: Conn,
        client: &mut Client,
        sql: &'static str,
    ) -> Result<Statement, StorageError> {
        if client.is_closed() {
            if self.in_tx.get() {
                return Err(StorageError::ConnectionLost);
            }
            let config = match conn {
                Conn::Db => &self.address.db,
                Conn::Keys => &self.address.keys,
            };
            *client = config.connect(NoTls)?;
            self.statements.borrow_mut().retain(|(c, _), _| *c != conn);
            tracing::warn!("reconnected to postgres");
        }
        if let Some(s) = self.statements.borrow().get(&(conn, sql)) {
            return Ok(s.clone());
        }
        let s = client.prepare(sql)?;
        self.statements.borrow_mut().insert((conn, sql), s.clone());
        Ok(s)
    }

    fn note<T>(&self, result: Result<T, StorageError>) -> Result<T, StorageError> {
        if let Err(e) = &result {
            self.failed.set(true);
            tracing::warn!(error = %e, "postgres statement failed");
        }
        result
    }

    pub(crate) fn query(
        &self,
        conn: Conn,
        sql: &'static str,
        params: &[Param<'_>],
    ) -> Result<Vec<Row>, StorageError> {
        let result = off_runtime(|| {
            let mut client = self.client(conn).borrow_mut();
            self.statement(conn, &mut client, sql)
                .and_then(|s| client.query(&s, params).map_err(StorageError::from))
        });
        self.note(result)
    }

    pub(crate) fn execute(
        &self,
        conn: Conn,
        sql: &'static str,
        params: &[Param<'_>],
    ) -> Result<u64, StorageError> {
        let result = off_runtime(|| {
            let mut client = self.client(conn).borrow_mut();
            self.statement(conn, &mut client, sql)
                .and_then(|s| client.execute(&s, params).map_err(StorageError::from))
        });
        self.note(result)
    }

    /// A statement built at run time (not cached: the migration's, run once).
    pub(crate) fn execute_dynamic(
        &self,
        conn: Conn,
        sql: &str,
        params: &[Param<'_>],
    ) -> Result<u64, StorageError> {
        let result =
            off_runtime(|| self.client(conn).borrow_mut().execute(sql, params).map_err(StorageError::from));
        self.note(result)
    }

    /// A count (`SELECT count(*) …`) built at run time.
    pub(crate) fn count_dynamic(&self, conn: Conn, sql: &str) -> Result<i64, StorageError> {
        let result =
            off_runtime(|| self.client(conn).borrow_mut().query_one(sql, &[]).map_err(StorageError::from));
        Ok(self.note(result)?.try_get(0).unwrap_or(0))
    }

    fn simple(&self, conn: Conn, sql: &str) -> Result<(), StorageError> {
        let result =
            off_runtime(|| self.client(conn).borrow_mut().batch_execute(sql).map_err(StorageError::from));
        self.note(result)
    }

    /// Opens a transaction on both connections.
    fn open_tx(&self) -> Result<(), StorageError> {
        if self.in_tx.get() {
            // A request that never reached its commit (it cannot happen through `handle`).
            let _ = self.rollback();
        }
        self.failed.set(false);
        self.touched.borrow_mut().clear();
        self.prefetched.borrow_mut().clear();
        self.simple(Conn::Keys, "BEGIN")?;
        if let Err(e) = self.simple(Conn::Db, "BEGIN") {
            let _ = self.simple(Conn::Keys, "ROLLBACK");
            return Err(e);
        }
        self.in_tx.set(true);
        Ok(())
    }

    fn rollback(&self) -> Result<(), StorageError> {
        self.in_tx.set(false);
        self.touched.borrow_mut().clear();
        self.prefetched.borrow_mut().clear();
        let keys = self.simple(Conn::Keys, "ROLLBACK");
        let db = self.simple(Conn::Db, "ROLLBACK");
        keys.and(db)
    }

    /// Gives the touched cases their feed positions and commits: keys first (a crash in
    /// between leaves an unused key, never a case without its key).
    fn commit_tx(&self) -> Result<(), StorageError> {
        let result = self.commit_inner();
        if result.is_err() {
            let _ = self.rollback();
        }
        self.in_tx.set(false);
        result
    }

    fn commit_inner(&self) -> Result<(), StorageError> {
        if self.failed.get() {
            return Err(StorageError::Aborted);
        }
        let mut touched = std::mem::take(&mut *self.touched.borrow_mut());
        let mut seen = HashSet::new();
        touched.retain(|c| seen.insert(*c));
        if !touched.is_empty() {
            let n = i64::try_from(touched.len()).unwrap_or(i64::MAX);
            let rows = self.query(
                Conn::Db,
                "UPDATE feed SET position = position + $1 WHERE id = 1 RETURNING position",
                &[&n],
            )?;
            let last: i64 = rows.first().and_then(|r| r.try_get(0).ok()).ok_or(StorageError::Aborted)?;
            let positions: Vec<i64> = (last - n + 1..=last).collect();
            self.execute(
                Conn::Db,
                "UPDATE cases SET position = u.p FROM unnest($1::bytea[], $2::int8[]) AS u(c, p)
                 WHERE cases.case_id = u.c",
                &[&touched, &positions],
            )?;
        }
        self.simple(Conn::Keys, "COMMIT")?;
        self.simple(Conn::Db, "COMMIT")?;
        self.in_tx.set(false);
        self.prefetched.borrow_mut().clear();
        Ok(())
    }

    /// Runs `f` in a transaction of its own (the admin commands).
    pub(crate) fn in_transaction<T>(
        &self,
        f: impl FnOnce(&Self) -> Result<T, StorageError>,
    ) -> Result<T, StorageError> {
        self.open_tx()?;
        match f(self) {
            Ok(v) => {
                self.commit_tx()?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.rollback();
                Err(e)
            }
        }
    }

    /// A one-time enrollment code for a device at `site`, valid for a day.
    pub fn add_device_code(&self, site: &str, now: i64) -> Result<String, StorageError> {
        let code = crate::storage::new_code();
        self.execute(
            Conn::Db,
            "INSERT INTO enrollment_codes (code_hash, site, expires_at) VALUES ($1, $2, $3)",
            &[&code_hash(&code), &site, &(now + CODE_VALID_MS)],
        )?;
        Ok(code)
    }

    /// Redeems `code` for a device with `public_key`: the code is used up.
    pub fn enroll(
        &self,
        code: &str,
        public_key: [u8; 32],
        now: i64,
    ) -> Result<(DeviceKey, String), StorageError> {
        self.in_transaction(|hub| {
            let rows = hub.query(
                Conn::Db,
                "DELETE FROM enrollment_codes WHERE code_hash = $1 AND expires_at > $2 RETURNING site",
                &[&code_hash(code), &now],
            )?;
            let site: String = rows.first().and_then(|r| r.try_get(0).ok()).ok_or(StorageError::BadCode)?;
            let id: [u8; 16] = rand::random();
            hub.execute(
                Conn::Db,
                "INSERT INTO devices (id, public_key, site, enrolled_at) VALUES ($1, $2, $3, $4)",
                &[&id, &public_key, &site, &now],
            )?;
            Ok((DeviceKey(id), site))
        })
    }

    /// Revokes a device: its next request is refused and told to wipe.
    pub fn revoke(&self, device: &DeviceKey) -> Result<(), StorageError> {
        match self.execute(Conn::Db, "UPDATE devices SET revoked = true WHERE id = $1", &[&device.0])? {
            0 => Err(StorageError::UnknownDevice),
            _ => Ok(()),
        }
    }

    /// Gives a case to another site as well.
    pub fn transfer(&self, case: &CaseKey, site: &str) -> Result<(), StorageError> {
        self.in_transaction(|hub| {
            hub.lock_cases(&[case.0])?;
            hub.execute(
                Conn::Db,
                "INSERT INTO transfers (case_id, site) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                &[&case.0, &site],
            )?;
            hub.touched.borrow_mut().push(case.0);
            Ok(())
        })
    }

    /// Erases a case: its key first (from then on no copy of its changes can be read), then
    /// every change of it; a tombstone without personal data stays.
    pub fn erase(&self, case: &CaseKey, now: i64) -> Result<(), StorageError> {
        self.execute(Conn::Keys, "DELETE FROM case_keys WHERE case_id = $1", &[&case.0])?;
        // The deleted row's bytes leave the table's files now, not at the next autovacuum.
        self.simple(Conn::Keys, "VACUUM case_keys")?;
        self.in_transaction(|hub| {
            hub.lock_cases(&[case.0])?;
            let rows = hub.query(Conn::Db, "SELECT site FROM cases WHERE case_id = $1", &[&case.0])?;
            let site: String = rows.first().and_then(|r| r.try_get(0).ok()).unwrap_or_default();
            for sql in [
                "DELETE FROM changes WHERE case_id = $1",
                "DELETE FROM cases WHERE case_id = $1",
                "DELETE FROM case_heads WHERE case_id = $1",
                "DELETE FROM known WHERE case_id = $1",
                "DELETE FROM sent WHERE case_id = $1",
            ] {
                hub.execute(Conn::Db, sql, &[&case.0])?;
            }
            hub.execute(
                Conn::Db,
                "INSERT INTO erased (case_id, site, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                &[&case.0, &site, &now],
            )?;
            Ok(())
        })
    }

    /// The case as HQ holds it, if it does.
    pub fn doc(&self, case: &CaseKey) -> Result<Option<Automerge>, StorageError> {
        let doc = self.load(case)?.0;
        Ok((!doc.get_heads().is_empty()).then_some(doc))
    }

    /// The user recorded for each change of a case.
    pub fn authors(&self, case: &CaseKey) -> Result<Vec<String>, StorageError> {
        let rows = self.query(
            Conn::Db,
            "SELECT user_name FROM changes WHERE case_id = $1 ORDER BY seq",
            &[&case.0],
        )?;
        Ok(rows.iter().filter_map(|r| r.try_get(0).ok()).collect())
    }

    /// Number of changes stored (each once, however often it was sent).
    pub fn change_count(&self) -> Result<u64, StorageError> {
        let rows = self.query(Conn::Db, "SELECT count(*) FROM changes", &[])?;
        Ok(rows.first().and_then(|r| r.try_get::<_, i64>(0).ok()).unwrap_or(0).unsigned_abs())
    }

    /// Whether the keys database still holds a key for the case (erasure removes it).
    pub fn has_key(&self, case: &CaseKey) -> Result<bool, StorageError> {
        Ok(!self.query(Conn::Keys, "SELECT 1 FROM case_keys WHERE case_id = $1", &[&case.0])?.is_empty())
    }

    /// The case and who wrote each of its changes (by change hash).
    fn load(&self, case: &CaseKey) -> Result<(Automerge, HashMap<Vec<u8>, String>), StorageError> {
        let keys = self.query(Conn::Keys, "SELECT key FROM case_keys WHERE case_id = $1", &[&case.0])?;
        let Some(cipher) = keys.first().and_then(|r| r.try_get::<_, &[u8]>(0).ok()).and_then(cipher) else {
            return Ok((Automerge::new(), HashMap::new()));
        };
        let rows = self.query(
            Conn::Db,
            "SELECT hash, user_name, bytes FROM changes WHERE case_id = $1 ORDER BY seq",
            &[&case.0],
        )?;
        let users = rows
            .iter()
            .filter_map(|r| Some((r.try_get::<_, Vec<u8>>(0).ok()?, r.try_get::<_, String>(1).ok()?)))
            .collect();
        let doc = doc_from(&cipher, case, rows.iter().filter_map(|r| r.try_get::<_, &[u8]>(2).ok()));
        Ok((doc, users))
    }

    fn site_of(&self, device: &DeviceKey) -> Result<Option<String>, StorageError> {
        let rows = self.query(Conn::Db, "SELECT site FROM devices WHERE id = $1", &[&device.0])?;
        Ok(rows.first().and_then(|r| r.try_get(0).ok()))
    }

    /// Locks the cases until the transaction ends, in one order for every request.
    fn lock_cases(&self, cases: &[[u8; 16]]) -> Result<(), StorageError> {
        let mut keys: Vec<i64> = cases.iter().map(lock_key).collect();
        keys.sort_unstable();
        keys.dedup();
        self.query(
            Conn::Db,
            "SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT unnest($1::int8[]) AS k ORDER BY k) AS s",
            &[&keys],
        )?;
        Ok(())
    }

    fn ids(rows: &[Row]) -> impl Iterator<Item = [u8; 16]> + '_ {
        rows.iter().filter_map(|r| key16(r.try_get::<_, &[u8]>(0).ok()?))
    }

    /// Every case of a request, with as few round trips as the work allows: what is known
    /// about the cases is read in one query per table, and what changes is written likewise.
    fn apply_batch(
        &self,
        device: &DeviceKey,
        docs: &[DocChanges],
        parsed: Vec<Result<Incoming, ApplyError>>,
    ) -> Result<Vec<Result<Vec<Head>, ApplyError>>, StorageError> {
        let Some(site) = self.site_of(device)? else {
            return Ok(docs.iter().map(|_| Err(ApplyError::NotPermitted)).collect());
        };
        let ids: Vec<[u8; 16]> = docs.iter().map(|d| d.case.0).collect();
        self.lock_cases(&ids)?;
        let erased: HashSet<[u8; 16]> = Self::ids(&self.query(
            Conn::Db,
            "SELECT case_id FROM erased WHERE case_id = ANY($1)",
            &[&ids],
        )?)
        .collect();
        let sites: HashMap<[u8; 16], String> = self
            .query(Conn::Db, "SELECT case_id, site FROM cases WHERE case_id = ANY($1)", &[&ids])?
            .iter()
            .filter_map(|r| Some((key16(r.try_get::<_, &[u8]>(0).ok()?)?, r.try_get(1).ok()?)))
            .collect();
        let transferred: HashSet<[u8; 16]> = Self::ids(&self.query(
            Conn::Db,
            "SELECT case_id FROM transfers WHERE site = $2 AND case_id = ANY($1)",
            &[&ids, &site],
        )?)
        .collect();
        let mut known: HashMap<[u8; 16], Vec<ChangeHash>> = self
            .query(
                Conn::Db,
                "SELECT case_id, heads FROM known WHERE device = $1 AND case_id = ANY($2)",
                &[&device.0, &ids],
            )?
            .iter()
            .filter_map(|r| {
                Some((key16(r.try_get::<_, &[u8]>(0).ok()?)?, heads::from_bytes(r.try_get(1).ok()?)))
            })
            .collect();
        let mut keys: HashMap<[u8; 16], Vec<u8>> = self
            .query(Conn::Keys, "SELECT case_id, key FROM case_keys WHERE case_id = ANY($1)", &[&ids])?
            .iter()
            .filter_map(|r| Some((key16(r.try_get::<_, &[u8]>(0).ok()?)?, r.try_get(1).ok()?)))
            .collect();
        let visible = |id: &[u8; 16]| sites.get(id).is_none_or(|s| *s == site) || transferred.contains(id);
        let to_load: Vec<[u8; 16]> = ids
            .iter()
            .filter(|id| sites.contains_key(*id) && !erased.contains(*id) && visible(id))
            .copied()
            .collect();
        let mut stored: HashMap<[u8; 16], Vec<Vec<u8>>> = HashMap::new();
        if !to_load.is_empty() {
            for r in self.query(
                Conn::Db,
                "SELECT case_id, bytes FROM changes WHERE case_id = ANY($1) ORDER BY seq",
                &[&to_load],
            )? {
                if let (Some(id), Ok(bytes)) =
                    (r.try_get::<_, &[u8]>(0).ok().and_then(key16), r.try_get::<_, Vec<u8>>(1))
                {
                    stored.entry(id).or_default().push(bytes);
                }
            }
        }

        let mut results = Vec::with_capacity(docs.len());
        // What this request writes, gathered for one statement per table.
        let (mut new_keys, mut new_key_bytes) = (Vec::new(), Vec::new());
        let mut new_cases: HashMap<[u8; 16], String> = HashMap::new();
        let (mut c_case, mut c_hash, mut c_user, mut c_bytes) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let mut case_heads: HashMap<[u8; 16], Vec<u8>> = HashMap::new();
        let mut known_rows: HashMap<[u8; 16], Vec<u8>> = HashMap::new();
        // A case sent twice in one request continues from the first.
        let mut done: HashMap<[u8; 16], Automerge> = HashMap::new();
        for (doc, incoming) in docs.iter().zip(parsed) {
            let id = doc.case.0;
            if erased.contains(&id) {
                results.push(Err(ApplyError::Erased));
                continue;
            }
            if !visible(&id) {
                results.push(Err(ApplyError::NotPermitted));
                continue;
            }
            let Incoming { changes, document } = match incoming {
                Ok(i) => i,
                Err(e) => {
                    results.push(Err(e));
                    continue;
                }
            };
            let exists = sites.contains_key(&id) || done.contains_key(&id);
            let key = match keys.get(&id) {
                Some(k) => k.clone(),
                None => {
                    let k: [u8; 32] = rand::random();
                    keys.insert(id, k.to_vec());
                    new_keys.push(id);
                    new_key_bytes.push(k.to_vec());
                    k.to_vec()
                }
            };
            let Some(cipher) = cipher(&key) else {
                results.push(Err(ApplyError::Invalid));
                continue;
            };
            let (now, before) = match document {
                // A case new to HQ, sent whole: that document is HQ's.
                Some(d) if !exists => (d, Vec::new()),
                _ => {
                    let mut d = match done.remove(&id) {
                        Some(d) => d,
                        None => doc_from(
                            &cipher,
                            &doc.case,
                            stored.get(&id).into_iter().flatten().map(Vec::as_slice),
                        ),
                    };
                    let before = d.get_heads();
                    if d.apply_changes(changes.iter().map(|(c, _)| c.clone())).is_err() {
                        results.push(Err(ApplyError::Invalid));
                        continue;
                    }
                    (d, before)
                }
            };
            let mut sealed_all = Vec::with_capacity(changes.len());
            for (change, user) in &changes {
                let Some(sealed) = seal(&cipher, &doc.case, change.raw_bytes()) else { break };
                // The change names its author (its message); the request's field is the fallback.
                let author = change.message().filter(|m| !m.is_empty()).unwrap_or(user.as_str());
                sealed_all.push((change.hash().0.to_vec(), author.to_owned(), sealed));
            }
            if sealed_all.len() != changes.len() {
                results.push(Err(ApplyError::Invalid));
                continue;
            }
            for (hash, author, sealed) in sealed_all {
                c_case.push(id);
                c_hash.push(hash);
                c_user.push(author);
                c_bytes.push(sealed);
            }
            let heads = now.get_heads();
            if heads != before || !exists {
                if !exists {
                    new_cases.insert(id, site.clone());
                }
                self.touched.borrow_mut().push(id);
                case_heads.insert(id, heads::to_bytes(&heads));
            }
            let mut k = known.remove(&id).unwrap_or_default();
            k.extend(changes.iter().map(|(c, _)| c.hash()));
            let k = heads::compact(k, &heads);
            known_rows.insert(id, heads::to_bytes(&k));
            known.insert(id, k);
            results.push(Ok(heads.iter().map(|h| Head(h.0)).collect()));
            done.insert(id, now);
        }

        if !new_keys.is_empty() {
            self.execute(
                Conn::Keys,
                "INSERT INTO case_keys (case_id, key) SELECT * FROM unnest($1::bytea[], $2::bytea[])
                 ON CONFLICT (case_id) DO NOTHING",
                &[&new_keys, &new_key_bytes],
            )?;
        }
        if !new_cases.is_empty() {
            let (ids, sites): (Vec<[u8; 16]>, Vec<String>) = new_cases.into_iter().unzip();
            self.execute(
                Conn::Db,
                "INSERT INTO cases (case_id, site, position) SELECT c, s, 0 FROM unnest($1::bytea[], $2::text[]) AS u(c, s)
                 ON CONFLICT (case_id) DO NOTHING",
                &[&ids, &sites],
            )?;
        }
        if !c_case.is_empty() {
            // A change HQ already holds is left as it is (UNIQUE (case_id, hash)).
            self.execute(
                Conn::Db,
                "INSERT INTO changes (case_id, hash, user_name, device, bytes)
                 SELECT c, h, n, $4::bytea, b FROM unnest($1::bytea[], $2::bytea[], $3::text[], $5::bytea[]) AS u(c, h, n, b)
                 ON CONFLICT (case_id, hash) DO NOTHING",
                &[&c_case, &c_hash, &c_user, &device.0, &c_bytes],
            )?;
        }
        if !case_heads.is_empty() {
            let (ids, heads): (Vec<[u8; 16]>, Vec<Vec<u8>>) = case_heads.into_iter().unzip();
            self.execute(
                Conn::Db,
                "INSERT INTO case_heads (case_id, heads) SELECT * FROM unnest($1::bytea[], $2::bytea[])
                 ON CONFLICT (case_id) DO UPDATE SET heads = excluded.heads",
                &[&ids, &heads],
            )?;
        }
        self.set_known(device, known_rows)?;
        Ok(results)
    }

    fn set_known(&self, device: &DeviceKey, rows: HashMap<[u8; 16], Vec<u8>>) -> Result<(), StorageError> {
        if rows.is_empty() {
            return Ok(());
        }
        let (ids, heads): (Vec<[u8; 16]>, Vec<Vec<u8>>) = rows.into_iter().unzip();
        self.execute(
            Conn::Db,
            "INSERT INTO known (device, case_id, heads) SELECT $1::bytea, c, h FROM unnest($2::bytea[], $3::bytea[]) AS u(c, h)
             ON CONFLICT (device, case_id) DO UPDATE SET heads = excluded.heads",
            &[&device.0, &ids, &heads],
        )?;
        Ok(())
    }

    fn acknowledge_inner(&self, device: &DeviceKey, cursor: i64) -> Result<(), StorageError> {
        let rows = self.query(
            Conn::Db,
            "SELECT s.case_id, s.heads, k.heads FROM sent s
             LEFT JOIN known k ON k.device = s.device AND k.case_id = s.case_id
             WHERE s.device = $1 AND s.position <= $2",
            &[&device.0, &cursor],
        )?;
        if rows.is_empty() {
            return Ok(());
        }
        let mut known = HashMap::new();
        for r in &rows {
            let Some(id) = r.try_get::<_, &[u8]>(0).ok().and_then(key16) else { continue };
            let mut heads =
                r.try_get::<_, Option<&[u8]>>(2).ok().flatten().map(heads::from_bytes).unwrap_or_default();
            heads.extend(r.try_get::<_, &[u8]>(1).map(heads::from_bytes).unwrap_or_default());
            heads.sort_unstable();
            heads.dedup();
            known.insert(id, heads::to_bytes(&heads));
        }
        self.set_known(device, known)?;
        self.execute(
            Conn::Db,
            "DELETE FROM sent WHERE device = $1 AND position <= $2",
            &[&device.0, &cursor],
        )?;
        Ok(())
    }

    fn changed_since_inner(
        &self,
        device: &DeviceKey,
        cursor: i64,
    ) -> Result<Vec<(u64, CaseKey)>, StorageError> {
        let Some(site) = self.site_of(device)? else { return Ok(Vec::new()) };
        let rows = self.query(
            Conn::Db,
            "SELECT c.position, c.case_id, h.heads, k.heads FROM cases c
             LEFT JOIN case_heads h ON h.case_id = c.case_id
             LEFT JOIN known k ON k.device = $3 AND k.case_id = c.case_id
             WHERE c.position > $1
               AND (c.site = $2 OR c.case_id IN (SELECT case_id FROM transfers WHERE site = $2))
             ORDER BY c.position",
            &[&cursor, &site, &device.0],
        )?;
        let mut prefetched = self.prefetched.borrow_mut();
        Ok(rows
            .iter()
            .filter_map(|r| {
                let position: i64 = r.try_get(0).ok()?;
                let id = key16(r.try_get::<_, &[u8]>(1).ok()?)?;
                let current = r.try_get::<_, Option<&[u8]>>(2).ok().flatten().map(heads::from_bytes);
                let held = r.try_get::<_, Option<&[u8]>>(3).ok().flatten().map(heads::from_bytes);
                prefetched.insert(id, (current.unwrap_or_default(), held.unwrap_or_default()));
                Some((position.unsigned_abs(), CaseKey(id)))
            })
            .collect())
    }

    fn changes_for_inner(
        &self,
        device: &DeviceKey,
        case: &CaseKey,
        position: u64,
    ) -> Result<Vec<Change>, StorageError> {
        let prefetched = self.prefetched.borrow_mut().remove(&case.0);
        let (current, held) = match prefetched {
            Some(p) => p,
            None => {
                let current = self
                    .query(Conn::Db, "SELECT heads FROM case_heads WHERE case_id = $1", &[&case.0])?
                    .first()
                    .and_then(|r| r.try_get::<_, &[u8]>(0).ok().map(heads::from_bytes))
                    .unwrap_or_default();
                let held = self
                    .query(
                        Conn::Db,
                        "SELECT heads FROM known WHERE device = $1 AND case_id = $2",
                        &[&device.0, &case.0],
                    )?
                    .first()
                    .and_then(|r| r.try_get::<_, &[u8]>(0).ok().map(heads::from_bytes))
                    .unwrap_or_default();
                (current, held)
            }
        };
        // Most often the device itself made the change that moved the case up the feed.
        if !current.is_empty() && current.iter().all(|h| held.contains(h)) {
            return Ok(Vec::new());
        }
        let (doc, users) = self.load(case)?;
        let have: Vec<ChangeHash> =
            held.into_iter().filter(|h| doc.get_change_by_hash(h).is_some()).collect();
        let changes: Vec<Change> = doc
            .get_changes(&have)
            .into_iter()
            .map(|c| Change {
                user: users.get(c.hash().0.as_slice()).cloned().unwrap_or_default(),
                bytes: c.raw_bytes().to_vec(),
            })
            .collect();
        let position = i64::try_from(position).unwrap_or(i64::MAX);
        self.execute(
            Conn::Db,
            "INSERT INTO sent (device, case_id, position, heads) VALUES ($1, $2, $3, $4)
             ON CONFLICT (device, case_id) DO UPDATE SET position = excluded.position, heads = excluded.heads",
            &[&device.0, &case.0, &position, &heads::to_bytes(&doc.get_heads())],
        )?;
        Ok(changes)
    }

    fn erasures_for_inner(&self, device: &DeviceKey) -> Result<Vec<CaseKey>, StorageError> {
        let Some(site) = self.site_of(device)? else { return Ok(Vec::new()) };
        let rows = self.query(
            Conn::Db,
            "SELECT case_id FROM erased e
             WHERE (e.site = $1 OR e.case_id IN (SELECT case_id FROM transfers WHERE site = $1))
               AND NOT EXISTS (SELECT 1 FROM erasure_confirmations c WHERE c.case_id = e.case_id AND c.device = $2)
             ORDER BY case_id",
            &[&site, &device.0],
        )?;
        Ok(Self::ids(&rows).map(CaseKey).collect())
    }
}

impl HubStorage for PgHub {
    fn device(&self, device: &DeviceKey) -> Option<DeviceRecord> {
        let rows = self
            .query(Conn::Db, "SELECT public_key, site, revoked FROM devices WHERE id = $1", &[&device.0])
            .ok()?;
        let r = rows.first()?;
        Some(DeviceRecord {
            public_key: <[u8; 32]>::try_from(r.try_get::<_, &[u8]>(0).ok()?).ok()?,
            site: r.try_get(1).ok()?,
            revoked: r.try_get(2).ok()?,
        })
    }

    fn remember_nonce(&mut self, device: &DeviceKey, nonce: [u8; 16], at: i64) -> bool {
        // Nonces older than the clock window can go (requests that old are refused anyway);
        // now and then is enough.
        let seen = self.nonces_seen.get();
        self.nonces_seen.set(seen.wrapping_add(1));
        if seen.is_multiple_of(256) {
            let _ = self.execute(
                Conn::Db,
                "DELETE FROM nonces WHERE at < $1",
                &[&(at - 2 * waypoint_sync::hub::CLOCK_WINDOW_MS)],
            );
        }
        self.execute(
            Conn::Db,
            "INSERT INTO nonces (device, nonce, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            &[&device.0, &nonce, &at],
        )
        .is_ok_and(|n| n == 1)
    }

    fn apply(
        &mut self,
        device: &DeviceKey,
        case: &CaseKey,
        changes: &[Change],
    ) -> Result<Vec<Head>, ApplyError> {
        let docs = [DocChanges { case: *case, changes: changes.to_vec() }];
        self.apply_all(device, &docs).pop().unwrap_or(Err(ApplyError::Invalid))
    }

    fn apply_all(&mut self, device: &DeviceKey, docs: &[DocChanges]) -> Vec<Result<Vec<Head>, ApplyError>> {
        // Parsing needs no storage: every core parses, then the cases are stored together.
        let parsed = waypoint_sync::parallel::map(docs.iter().collect(), |d| {
            waypoint_sync::hub::parse_incoming(&d.changes)
        });
        match self.apply_batch(device, docs, parsed) {
            Ok(results) => results,
            // The transaction is marked failed: the request is answered as an internal error.
            Err(_) => docs.iter().map(|_| Err(ApplyError::Invalid)).collect(),
        }
    }

    fn acknowledge(&mut self, device: &DeviceKey, cursor: u64) {
        let Ok(cursor) = i64::try_from(cursor) else { return };
        let _ = self.acknowledge_inner(device, cursor);
    }

    fn changed_since(&self, device: &DeviceKey, cursor: u64) -> Vec<(u64, CaseKey)> {
        self.changed_since_inner(device, i64::try_from(cursor).unwrap_or(i64::MAX)).unwrap_or_default()
    }

    fn changes_for(&mut self, device: &DeviceKey, case: &CaseKey, position: u64) -> Vec<Change> {
        self.changes_for_inner(device, case, position).unwrap_or_default()
    }

    fn erasures_for(&self, device: &DeviceKey) -> Vec<CaseKey> {
        self.erasures_for_inner(device).unwrap_or_default()
    }

    fn confirm_erasure(&mut self, device: &DeviceKey, case: &CaseKey) {
        let _ = self.execute(
            Conn::Db,
            "INSERT INTO erasure_confirmations (case_id, device) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[&case.0, &device.0],
        );
    }

    fn begin(&mut self) -> bool {
        self.open_tx().is_ok()
    }

    fn commit(&mut self) -> bool {
        self.commit_tx().is_ok()
    }
}
