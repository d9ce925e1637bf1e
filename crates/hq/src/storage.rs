//! HQ's embedded SQLite storage: devices, enrollment codes, each case as its Automerge
//! changes, the feed of changed cases, what each device holds, and erasure tombstones.

use std::path::{Path, PathBuf};

use automerge::{Automerge, ChangeHash, ReadDoc};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};
use waypoint_sync::heads;
use waypoint_sync::hub::{ApplyError, DeviceRecord, HubStorage, Incoming};
use waypoint_sync::wire::{CaseKey, Change, DeviceKey, DocChanges, Head};

/// Errors of HQ's storage.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// SQLite failed.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The enrollment code is wrong, used or expired.
    #[error("the enrollment code is not valid")]
    BadCode,
    /// No such device.
    #[error("no such device")]
    UnknownDevice,
    /// PostgreSQL failed.
    #[error("postgres: {0}")]
    Postgres(#[from] postgres::Error),
    /// A schema migration failed.
    #[error("schema migration: {0}")]
    Migration(#[from] refinery::Error),
    /// The database address is neither `sqlite:PATH` nor `postgres://…`.
    #[error("not a database address (sqlite:PATH or postgres://…)")]
    BadAddress,
    /// The connection to PostgreSQL was lost inside a transaction: nothing of it was kept.
    #[error("the connection to the database was lost")]
    ConnectionLost,
    /// A statement of the transaction failed, so PostgreSQL aborted all of it.
    #[error("the transaction was aborted")]
    Aborted,
    /// `migrate` only fills an empty HQ: it never merges two.
    #[error("the target already holds devices or cases")]
    TargetNotEmpty,
}

/// The versioned schema of each backend (`migrations/<backend>/V<n>__<name>.sql`), applied in
/// order by refinery and recorded in `refinery_schema_history`.
pub(crate) mod migrations {
    /// The case database on SQLite.
    pub(crate) mod sqlite {
        refinery::embed_migrations!("migrations/sqlite");
    }
    /// The keys file on SQLite.
    pub(crate) mod sqlite_keys {
        refinery::embed_migrations!("migrations/sqlite_keys");
    }
    /// The case database on PostgreSQL.
    pub(crate) mod postgres {
        refinery::embed_migrations!("migrations/postgres");
    }
    /// The keys database on PostgreSQL.
    pub(crate) mod postgres_keys {
        refinery::embed_migrations!("migrations/postgres_keys");
    }
}

pub(crate) fn code_hash(code: &str) -> Vec<u8> {
    let normal: String =
        code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    Sha256::digest(normal.as_bytes()).to_vec()
}

/// A new one-time enrollment code: no ambiguous letters, grouped for reading aloud over a phone.
pub(crate) fn new_code() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ACDEFGHJKLMNPQRTUVWXY34679";
    let mut rng = rand::thread_rng();
    let raw: String = (0..12).map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())])).collect();
    format!("{}-{}-{}", &raw[..4], &raw[4..8], &raw[8..])
}

/// How long an enrollment code is valid (ms).
pub const CODE_VALID_MS: i64 = 24 * 3600 * 1000;

/// HQ's storage: cases and devices in one SQLite file, the per-case keys in another.
pub struct SqliteHub {
    pub(crate) conn: Connection,
    pub(crate) keys: Connection,
}

/// Where the keys of the database at `path` are kept (`hq.db` → `hq.keys.db`).
pub fn keys_path(path: &Path) -> PathBuf {
    path.with_extension("keys.db")
}

impl SqliteHub {
    /// Opens (or creates) the database at `path`, with its keys beside it.
    pub fn open(path: &Path) -> Result<Self, StorageError> {
        Self::open_with_keys(path, &keys_path(path))
    }

    /// Opens (or creates) the database at `path` with the keys at `keys` (a restored backup is
    /// opened with the current keys: erased cases stay unreadable).
    pub fn open_with_keys(path: &Path, keys: &Path) -> Result<Self, StorageError> {
        let pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;";
        let mut conn = Connection::open(path)?;
        conn.execute_batch(pragmas)?;
        migrations::sqlite::migrations::runner().run(&mut conn)?;
        let mut keys = Connection::open(keys)?;
        keys.execute_batch(pragmas)?;
        migrations::sqlite_keys::migrations::runner().run(&mut keys)?;
        Ok(Self { conn, keys })
    }

    /// Writes a consistent copy of the case database to `to` (not the keys: those are backed
    /// up apart, so that erasing a key also reaches this copy).
    pub fn backup(&self, to: &Path) -> Result<(), StorageError> {
        self.conn.execute("VACUUM INTO ?1", [to.to_string_lossy()])?;
        Ok(())
    }

    /// A one-time enrollment code for a device at `site`, valid for a day.
    pub fn add_device_code(&mut self, site: &str, now: i64) -> Result<String, StorageError> {
        let code = new_code();
        self.conn.execute(
            "INSERT INTO enrollment_codes (code_hash, site, expires_at) VALUES (?1, ?2, ?3)",
            params![code_hash(&code), site, now + CODE_VALID_MS],
        )?;
        Ok(code)
    }

    /// Redeems `code` for a device with `public_key`: the code is used up.
    pub fn enroll(
        &mut self,
        code: &str,
        public_key: [u8; 32],
        now: i64,
    ) -> Result<(DeviceKey, String), StorageError> {
        let tx = self.conn.transaction()?;
        let site: Option<String> = tx
            .query_row(
                "DELETE FROM enrollment_codes WHERE code_hash = ?1 AND expires_at > ?2 RETURNING site",
                params![code_hash(code), now],
                |r| r.get(0),
            )
            .optional()?;
        let Some(site) = site else { return Err(StorageError::BadCode) };
        let id: [u8; 16] = rand::random();
        tx.execute(
            "INSERT INTO devices (id, public_key, site, enrolled_at) VALUES (?1, ?2, ?3, ?4)",
            params![id.to_vec(), public_key.to_vec(), site, now],
        )?;
        tx.commit()?;
        Ok((DeviceKey(id), site))
    }

    /// Revokes a device: its next request is refused and told to wipe.
    pub fn revoke(&mut self, device: &DeviceKey) -> Result<(), StorageError> {
        match self.conn.execute("UPDATE devices SET revoked = 1 WHERE id = ?1", [device.0.to_vec()])? {
            0 => Err(StorageError::UnknownDevice),
            _ => Ok(()),
        }
    }

    /// Gives a case to another site as well.
    pub fn transfer(&mut self, case: &CaseKey, site: &str) -> Result<(), StorageError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT OR IGNORE INTO transfers (case_id, site) VALUES (?1, ?2)",
            params![case.0.to_vec(), site],
        )?;
        let next = next_position(&tx)?;
        tx.execute("UPDATE cases SET position = ?2 WHERE case_id = ?1", params![case.0.to_vec(), next])?;
        tx.commit()?;
        Ok(())
    }

    /// Erases a case: every change of it is deleted (not a CRDT deletion, whose history would
    /// keep the data); a tombstone with no personal data stays so devices delete their copies
    /// and late edits are refused.
    pub fn erase(&mut self, case: &CaseKey, now: i64) -> Result<(), StorageError> {
        // The key first: from then on no copy of the case's changes, backups included, can
        // be read.
        self.keys.execute("DELETE FROM case_keys WHERE case_id = ?1", [case.0.to_vec()])?;
        self.keys.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        let tx = self.conn.transaction()?;
        let key = case.0.to_vec();
        let site: String = tx
            .query_row("SELECT site FROM cases WHERE case_id = ?1", [&key], |r| r.get(0))
            .optional()?
            .unwrap_or_default();
        for table in ["changes", "cases", "case_heads", "known", "sent"] {
            tx.execute(&format!("DELETE FROM {table} WHERE case_id = ?1"), [&key])?;
        }
        tx.execute(
            "INSERT OR IGNORE INTO erased (case_id, site, at) VALUES (?1, ?2, ?3)",
            params![key, site, now],
        )?;
        tx.commit()?;
        self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(())
    }

    /// The case as HQ holds it, if it does.
    pub fn doc(&self, case: &CaseKey) -> Result<Option<Automerge>, StorageError> {
        let doc = load(&self.conn, &self.keys, case)?;
        Ok((!doc.get_heads().is_empty()).then_some(doc))
    }

    /// The user recorded for each change of a case.
    pub fn authors(&self, case: &CaseKey) -> Result<Vec<String>, StorageError> {
        let mut stmt = self.conn.prepare("SELECT user FROM changes WHERE case_id = ?1 ORDER BY seq")?;
        let rows = stmt.query_map([case.0.to_vec()], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Number of changes stored (each once, however often it was sent).
    pub fn change_count(&self) -> Result<u64, StorageError> {
        Ok(self.conn.query_row("SELECT count(*) FROM changes", [], |r| r.get::<_, i64>(0))?.unsigned_abs())
    }

    /// The key and sealed changes of a case HQ holds (`None` for a case it does not).
    fn sealed_changes(&self, case: &CaseKey) -> Option<(XChaCha20Poly1305, Vec<Vec<u8>>)> {
        let cipher = case_cipher(&self.keys, case, false).ok()??;
        let mut stmt =
            self.conn.prepare_cached("SELECT bytes FROM changes WHERE case_id = ?1 ORDER BY seq").ok()?;
        let sealed: Vec<Vec<u8>> =
            stmt.query_map([case.0.to_vec()], |r| r.get(0)).ok()?.collect::<rusqlite::Result<_>>().ok()?;
        (!sealed.is_empty()).then_some((cipher, sealed))
    }

    fn site_of(&self, device: &DeviceKey) -> Option<String> {
        self.conn
            .query_row("SELECT site FROM devices WHERE id = ?1", [device.0.to_vec()], |r| r.get(0))
            .optional()
            .ok()
            .flatten()
    }

    fn visible(&self, site: &str, case: &CaseKey) -> rusqlite::Result<bool> {
        self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM cases WHERE case_id = ?1 AND site = ?2)
                 OR EXISTS (SELECT 1 FROM transfers WHERE case_id = ?1 AND site = ?2)",
            params![case.0.to_vec(), site],
            |r| r.get(0),
        )
    }

    fn apply_inner(
        &mut self,
        device: &DeviceKey,
        case: &CaseKey,
        incoming: Result<Incoming, ApplyError>,
        rebuilt: Option<Rebuilt>,
    ) -> Result<Vec<Head>, ApplyError> {
        let sql = |_: rusqlite::Error| ApplyError::Invalid;
        let key = case.0.to_vec();
        let erased: bool = self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM erased WHERE case_id = ?1)", [&key], |r| r.get(0))
            .map_err(sql)?;
        if erased {
            return Err(ApplyError::Erased);
        }
        let site = self.site_of(device).ok_or(ApplyError::NotPermitted)?;
        let exists: bool = self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM cases WHERE case_id = ?1)", [&key], |r| r.get(0))
            .map_err(sql)?;
        if exists && !self.visible(&site, case).map_err(sql)? {
            return Err(ApplyError::NotPermitted);
        }
        let Incoming { changes: parsed, document } = incoming?;
        let cipher = case_cipher(&self.keys, case, true).map_err(sql)?.ok_or(ApplyError::Invalid)?;
        let (doc, before) = match document {
            // A case new to HQ, sent whole: that document is HQ's.
            Some(doc) if !exists => (doc, Vec::new()),
            _ => match rebuilt {
                Some(rebuilt) => rebuilt?,
                None => {
                    let mut doc = load(&self.conn, &self.keys, case).map_err(|_| ApplyError::Invalid)?;
                    let before = doc.get_heads();
                    doc.apply_changes(parsed.iter().map(|(c, _)| c.clone()))
                        .map_err(|_| ApplyError::Invalid)?;
                    (doc, before)
                }
            },
        };
        let tx = self.conn.savepoint().map_err(sql)?;
        {
            // A change HQ already holds is left as it is (UNIQUE (case_id, hash)).
            let mut insert = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO changes (case_id, hash, user, device, bytes)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(sql)?;
            for (change, user) in &parsed {
                let sealed = seal(&cipher, case, change.raw_bytes()).ok_or(ApplyError::Invalid)?;
                // The change names its author (its message); the request's field is the fallback.
                let author = change.message().filter(|m| !m.is_empty()).unwrap_or(user.as_str());
                insert
                    .execute(params![key, change.hash().0.to_vec(), author, device.0.to_vec(), sealed])
                    .map_err(sql)?;
            }
        }
        let heads = doc.get_heads();
        if heads != before || !exists {
            let next = next_position(&tx).map_err(sql)?;
            tx.prepare_cached(
                "INSERT INTO cases (case_id, site, position) VALUES (?1, ?2, ?3)
                 ON CONFLICT (case_id) DO UPDATE SET position = excluded.position",
            )
            .and_then(|mut s| s.execute(params![key, site, next]))
            .map_err(sql)?;
            tx.prepare_cached(
                "INSERT INTO case_heads (case_id, heads) VALUES (?1, ?2)
                 ON CONFLICT (case_id) DO UPDATE SET heads = excluded.heads",
            )
            .and_then(|mut s| s.execute(params![key, heads::to_bytes(&heads)]))
            .map_err(sql)?;
        }
        let mut known = known_heads(&tx, device, case).map_err(sql)?;
        known.extend(parsed.iter().map(|(c, _)| c.hash()));
        set_known(&tx, device, case, &heads::compact(known, &heads)).map_err(sql)?;
        tx.commit().map_err(sql)?;
        Ok(heads.into_iter().map(|h| Head(h.0)).collect())
    }
}

/// A case's heads as last recorded, if they were.
fn case_heads(conn: &Connection, case: &CaseKey) -> rusqlite::Result<Option<Vec<ChangeHash>>> {
    let blob: Option<Vec<u8>> = conn
        .prepare_cached("SELECT heads FROM case_heads WHERE case_id = ?1")?
        .query_row([case.0.to_vec()], |r| r.get(0))
        .optional()?;
    Ok(blob.map(|b| heads::from_bytes(&b)))
}

fn next_position(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT COALESCE(MAX(position), 0) + 1 FROM cases", [], |r| r.get(0))
}

/// The cipher of a case's key; with `create`, a new random key is made for a new case.
fn case_cipher(
    keys: &Connection,
    case: &CaseKey,
    create: bool,
) -> rusqlite::Result<Option<XChaCha20Poly1305>> {
    let key: Option<Vec<u8>> = keys
        .prepare_cached("SELECT key FROM case_keys WHERE case_id = ?1")?
        .query_row([case.0.to_vec()], |r| r.get(0))
        .optional()?;
    let key = match key {
        Some(k) => k,
        None if create => {
            let k: [u8; 32] = rand::random();
            keys.execute(
                "INSERT INTO case_keys (case_id, key) VALUES (?1, ?2)",
                params![case.0.to_vec(), k.to_vec()],
            )?;
            k.to_vec()
        }
        None => return Ok(None),
    };
    Ok(XChaCha20Poly1305::new_from_slice(&key).ok())
}

/// Seals a change under its case's key: a random nonce, then the ciphertext, bound to the case.
pub(crate) fn seal(cipher: &XChaCha20Poly1305, case: &CaseKey, plain: &[u8]) -> Option<Vec<u8>> {
    let nonce: [u8; 24] = rand::random();
    let sealed = cipher.encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad: &case.0 }).ok()?;
    Some([nonce.as_slice(), &sealed].concat())
}

pub(crate) fn open_sealed(cipher: &XChaCha20Poly1305, case: &CaseKey, sealed: &[u8]) -> Option<Vec<u8>> {
    let (nonce, body) = (sealed.get(..24)?, sealed.get(24..)?);
    cipher.decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad: &case.0 }).ok()
}

/// A case HQ holds, rebuilt from its stored changes with a request's changes applied: the
/// document, and its heads before them.
type Rebuilt = Result<(Automerge, Vec<ChangeHash>), ApplyError>;

/// Pure computation over a case's sealed changes (as [`load`] does, then the incoming ones), so
/// that the cases of a request are rebuilt on every core.
fn rebuild(cipher: &XChaCha20Poly1305, case: &CaseKey, sealed: &[Vec<u8>], incoming: &Incoming) -> Rebuilt {
    let changes: Vec<automerge::Change> = sealed
        .iter()
        .filter_map(|s| open_sealed(cipher, case, s))
        .filter_map(|b| automerge::Change::from_bytes(b).ok())
        .collect();
    let mut doc = Automerge::new();
    // Stored changes were accepted once; one that no longer applies is left out, not fatal.
    let _ = doc.apply_changes(changes);
    let before = doc.get_heads();
    doc.apply_changes(incoming.changes.iter().map(|(c, _)| c.clone())).map_err(|_| ApplyError::Invalid)?;
    Ok((doc, before))
}

fn load(conn: &Connection, keys: &Connection, case: &CaseKey) -> Result<Automerge, StorageError> {
    let Some(cipher) = case_cipher(keys, case, false)? else { return Ok(Automerge::new()) };
    let mut stmt = conn.prepare_cached("SELECT bytes FROM changes WHERE case_id = ?1 ORDER BY seq")?;
    let rows = stmt.query_map([case.0.to_vec()], |r| r.get::<_, Vec<u8>>(0))?;
    let mut changes = Vec::new();
    for sealed in rows {
        let Some(bytes) = open_sealed(&cipher, case, &sealed?) else { continue };
        if let Ok(change) = automerge::Change::from_bytes(bytes) {
            changes.push(change);
        }
    }
    let mut doc = Automerge::new();
    // Stored changes were accepted once; one that no longer applies is left out, not fatal.
    let _ = doc.apply_changes(changes);
    Ok(doc)
}

fn known_heads(conn: &Connection, device: &DeviceKey, case: &CaseKey) -> rusqlite::Result<Vec<ChangeHash>> {
    let blob: Option<Vec<u8>> = conn
        .prepare_cached("SELECT heads FROM known WHERE device = ?1 AND case_id = ?2")?
        .query_row(params![device.0.to_vec(), case.0.to_vec()], |r| r.get(0))
        .optional()?;
    Ok(blob.map(|b| heads::from_bytes(&b)).unwrap_or_default())
}

fn set_known(
    conn: &Connection,
    device: &DeviceKey,
    case: &CaseKey,
    heads: &[ChangeHash],
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO known (device, case_id, heads) VALUES (?1, ?2, ?3)
         ON CONFLICT (device, case_id) DO UPDATE SET heads = excluded.heads",
    )?
    .execute(params![device.0.to_vec(), case.0.to_vec(), heads::to_bytes(heads)])?;
    Ok(())
}

impl HubStorage for SqliteHub {
    fn device(&self, device: &DeviceKey) -> Option<DeviceRecord> {
        self.conn
            .query_row(
                "SELECT public_key, site, revoked FROM devices WHERE id = ?1",
                [device.0.to_vec()],
                |r| {
                    let key: Vec<u8> = r.get(0)?;
                    Ok((key, r.get::<_, String>(1)?, r.get::<_, bool>(2)?))
                },
            )
            .optional()
            .ok()
            .flatten()
            .and_then(|(key, site, revoked)| {
                Some(DeviceRecord { public_key: <[u8; 32]>::try_from(key.as_slice()).ok()?, site, revoked })
            })
    }

    fn remember_nonce(&mut self, device: &DeviceKey, nonce: [u8; 16], at: i64) -> bool {
        // Nonces older than the clock window can go: requests that old are refused anyway.
        let _ = self
            .conn
            .execute("DELETE FROM nonces WHERE at < ?1", [at - 2 * waypoint_sync::hub::CLOCK_WINDOW_MS]);
        self.conn
            .execute(
                "INSERT OR IGNORE INTO nonces (device, nonce, at) VALUES (?1, ?2, ?3)",
                params![device.0.to_vec(), nonce.to_vec(), at],
            )
            .is_ok_and(|n| n == 1)
    }

    fn apply(
        &mut self,
        device: &DeviceKey,
        case: &CaseKey,
        changes: &[Change],
    ) -> Result<Vec<Head>, ApplyError> {
        self.apply_inner(device, case, waypoint_sync::hub::parse_incoming(changes), None)
    }

    fn apply_all(&mut self, device: &DeviceKey, docs: &[DocChanges]) -> Vec<Result<Vec<Head>, ApplyError>> {
        // What needs the database is read first; then every core parses the request's cases
        // and rebuilds those HQ holds with their changes applied (the costly part); then each
        // case is stored in turn. A case sent twice in one request is rebuilt in turn instead.
        let mut times: std::collections::HashMap<[u8; 16], usize> = std::collections::HashMap::new();
        for d in docs {
            *times.entry(d.case.0).or_default() += 1;
        }
        let work: Vec<_> = docs
            .iter()
            .map(|d| (d, (times.get(&d.case.0) == Some(&1)).then(|| self.sealed_changes(&d.case)).flatten()))
            .collect();
        let prepared = waypoint_sync::parallel::map(work, |(d, stored)| {
            let incoming = waypoint_sync::hub::parse_incoming(&d.changes);
            let rebuilt = match (&incoming, &stored) {
                (Ok(i), Some((cipher, sealed))) => Some(rebuild(cipher, &d.case, sealed, i)),
                _ => None,
            };
            (incoming, rebuilt)
        });
        docs.iter()
            .zip(prepared)
            .map(|(d, (incoming, rebuilt))| self.apply_inner(device, &d.case, incoming, rebuilt))
            .collect()
    }

    fn acknowledge(&mut self, device: &DeviceKey, cursor: u64) {
        let Ok(cursor) = i64::try_from(cursor) else { return };
        let Ok(tx) = self.conn.savepoint() else { return };
        let done: Vec<(Vec<u8>, Vec<u8>)> = {
            let Ok(mut stmt) =
                tx.prepare("SELECT case_id, heads FROM sent WHERE device = ?1 AND position <= ?2")
            else {
                return;
            };
            let rows = stmt.query_map(params![device.0.to_vec(), cursor], |r| Ok((r.get(0)?, r.get(1)?)));
            rows.map(|rows| rows.filter_map(Result::ok).collect()).unwrap_or_default()
        };
        for (case, heads) in done {
            let Ok(case) = <[u8; 16]>::try_from(case.as_slice()) else { continue };
            let case = CaseKey(case);
            let mut known = known_heads(&tx, device, &case).unwrap_or_default();
            known.extend(heads::from_bytes(&heads));
            let _ = set_known(&tx, device, &case, &known);
            let _ = tx.execute(
                "DELETE FROM sent WHERE device = ?1 AND case_id = ?2",
                params![device.0.to_vec(), case.0.to_vec()],
            );
        }
        let _ = tx.commit();
    }

    fn changed_since(&self, device: &DeviceKey, cursor: u64) -> Vec<(u64, CaseKey)> {
        let Some(site) = self.site_of(device) else { return Vec::new() };
        let cursor = i64::try_from(cursor).unwrap_or(i64::MAX);
        let Ok(mut stmt) = self.conn.prepare(
            "SELECT position, case_id FROM cases
             WHERE position > ?1 AND (site = ?2 OR case_id IN (SELECT case_id FROM transfers WHERE site = ?2))
             ORDER BY position",
        ) else {
            return Vec::new();
        };
        let rows =
            stmt.query_map(params![cursor, site], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)));
        rows.map(|rows| {
            rows.filter_map(Result::ok)
                .filter_map(|(p, c)| {
                    Some((p.unsigned_abs(), CaseKey(<[u8; 16]>::try_from(c.as_slice()).ok()?)))
                })
                .collect()
        })
        .unwrap_or_default()
    }

    fn changes_for(&mut self, device: &DeviceKey, case: &CaseKey, position: u64) -> Vec<Change> {
        // Most often the device itself made the change that moved the case up the feed: it
        // holds every head, and there is nothing to load or send.
        if let Ok(Some(current)) = case_heads(&self.conn, case)
            && !current.is_empty()
        {
            let known = known_heads(&self.conn, device, case).unwrap_or_default();
            if current.iter().all(|h| known.contains(h)) {
                return Vec::new();
            }
        }
        let Ok(doc) = load(&self.conn, &self.keys, case) else { return Vec::new() };
        let have: Vec<ChangeHash> = known_heads(&self.conn, device, case)
            .unwrap_or_default()
            .into_iter()
            .filter(|h| doc.get_change_by_hash(h).is_some())
            .collect();
        let users: std::collections::HashMap<Vec<u8>, String> = self
            .conn
            .prepare("SELECT hash, user FROM changes WHERE case_id = ?1")
            .and_then(|mut s| {
                s.query_map([case.0.to_vec()], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()
            })
            .unwrap_or_default();
        let changes: Vec<Change> = doc
            .get_changes(&have)
            .into_iter()
            .map(|c| Change {
                user: users.get(c.hash().0.as_slice()).cloned().unwrap_or_default(),
                bytes: c.raw_bytes().to_vec(),
            })
            .collect();
        let _ = self.conn.execute(
            "INSERT INTO sent (device, case_id, position, heads) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (device, case_id) DO UPDATE SET position = excluded.position, heads = excluded.heads",
            params![device.0.to_vec(), case.0.to_vec(), i64::try_from(position).unwrap_or(i64::MAX), heads::to_bytes(&doc.get_heads())],
        );
        changes
    }

    fn erasures_for(&self, device: &DeviceKey) -> Vec<CaseKey> {
        let Some(site) = self.site_of(device) else { return Vec::new() };
        let Ok(mut stmt) = self.conn.prepare(
            "SELECT case_id FROM erased e
             WHERE (e.site = ?1 OR e.case_id IN (SELECT case_id FROM transfers WHERE site = ?1))
               AND NOT EXISTS (SELECT 1 FROM erasure_confirmations c WHERE c.case_id = e.case_id AND c.device = ?2)
             ORDER BY case_id",
        ) else {
            return Vec::new();
        };
        let rows = stmt.query_map(params![site, device.0.to_vec()], |r| r.get::<_, Vec<u8>>(0));
        rows.map(|rows| {
            rows.filter_map(Result::ok)
                .filter_map(|c| Some(CaseKey(<[u8; 16]>::try_from(c.as_slice()).ok()?)))
                .collect()
        })
        .unwrap_or_default()
    }

    fn begin(&mut self) -> bool {
        // Keys and cases each in one transaction: one write to disk each per request.
        if self.keys.execute_batch("BEGIN IMMEDIATE").is_err() {
            return false;
        }
        if self.conn.execute_batch("BEGIN IMMEDIATE").is_err() {
            let _ = self.keys.execute_batch("ROLLBACK");
            return false;
        }
        true
    }

    fn commit(&mut self) -> bool {
        // Keys first: a crash in between leaves an unused key, never a case without its key.
        if self.keys.execute_batch("COMMIT").is_err() {
            let _ = self.keys.execute_batch("ROLLBACK");
            let _ = self.conn.execute_batch("ROLLBACK");
            return false;
        }
        if self.conn.execute_batch("COMMIT").is_err() {
            let _ = self.conn.execute_batch("ROLLBACK");
            return false;
        }
        true
    }

    fn confirm_erasure(&mut self, device: &DeviceKey, case: &CaseKey) {
        let _ = self.conn.execute(
            "INSERT OR IGNORE INTO erasure_confirmations (case_id, device) VALUES (?1, ?2)",
            params![case.0.to_vec(), device.0.to_vec()],
        );
    }
}
