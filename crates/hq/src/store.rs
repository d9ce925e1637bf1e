//! HQ's one store, on SQLite or PostgreSQL alike: devices and enrollment codes, each case as
//! its sealed Automerge changes, the feed of changed cases, what each device holds, erasure
//! tombstones, and (in `dashboard::records`) the dashboard's accounts, sessions and audit.
//!
//! Every behaviour is written once; [`crate::db`] says how the two databases differ.
//!
//! - **Two databases.** The cases, and apart the per-case keys (SQLite: `hq.keys.db` beside
//!   `hq.db`; PostgreSQL: `<database>_keys`), so that they are backed up apart: erasing a
//!   case's key makes every copy of the case database, backups included, unreadable for it.
//! - **Transactions.** A request or a command is one transaction on both databases
//!   ([`Store::begin`], [`Store::commit`], [`Store::rollback`]); the keys commit first (a
//!   crash in between leaves an unused key, never a case without its key). Any error rolls
//!   all of it back.
//! - **The feed.** A case that changes gets the next feed position at commit, under the one
//!   row of `feed`: positions become visible in the order they were given, so a device's
//!   cursor never passes a position that a slower request has yet to commit, and a position
//!   is never given twice (not even after the case that had it is erased).
//! - **Several workers** (PostgreSQL): each case a request writes is locked until it commits,
//!   so two devices writing one case merge one after the other.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use automerge::{Automerge, ChangeHash};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use waypoint_sync::enrollment;
use waypoint_sync::wire::{CaseKey, DeviceKey, Enroll, EnrollFinish, Message};

use crate::db::{Backend, Conn, ROWS_PER_INSERT, Row, Value, params, rows_of};
use crate::pg_server::PgServer;

/// Errors of HQ's storage.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// SQLite failed.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL failed.
    #[error("postgres: {0}")]
    Postgres(#[from] postgres::Error),
    /// A schema migration failed.
    #[error("schema migration: {0}")]
    Migration(#[from] refinery::Error),
    /// The database address is neither `sqlite:PATH` nor `postgres://…`.
    #[error("not a database address (sqlite:PATH or postgres://…)")]
    BadAddress,
    /// The address would send the link to another machine in clear text (its `sslmode`).
    #[error("sslmode={0} to a database on another machine: the case keys would travel in clear text")]
    PlainToRemote(&'static str),
    /// The database server's certificate was not accepted (its `sslmode`).
    #[error("the database server's certificate was not accepted (sslmode={0})")]
    DatabaseCertificate(&'static str),
    /// The authorities' certificates (`sslrootcert`) cannot be used.
    #[error("sslrootcert: {0}")]
    DatabaseRoots(waypoint_tls::TlsError),
    /// The connection to PostgreSQL was lost inside a transaction: nothing of it was kept.
    #[error("the connection to the database was lost")]
    ConnectionLost,
    /// A statement of the transaction failed, so none of it was kept.
    #[error("the transaction was aborted")]
    Aborted,
    /// What is stored is not what HQ wrote (the text says what; no personal data).
    #[error("stored data is damaged: {0}")]
    Corrupt(&'static str),
    /// The enrollment code is wrong, used or expired.
    #[error("the enrollment code is not valid")]
    BadCode,
    /// A good code, but the device met another TLS certificate than HQ's own.
    #[error("the enrolling device met another certificate than HQ's")]
    ForeignCertificate,
    /// No such device.
    #[error("no such device")]
    UnknownDevice,
    /// A user with this name exists.
    #[error("a user with this name exists")]
    UserExists,
    /// The change HQ made to a case was refused (erased case, damaged bytes).
    #[error("the change to case {case} was refused: {reason}")]
    Refused {
        /// Case id (hex), no personal data.
        case: String,
        /// Why.
        reason: &'static str,
    },
    /// `migrate` only fills an empty HQ: it never merges two.
    #[error("the target already holds devices or cases")]
    TargetNotEmpty,
    /// The audit trail was altered: the first entry whose link does not hold.
    #[error("the audit trail is broken at entry {seq}")]
    AuditBroken {
        /// Its sequence number.
        seq: i64,
    },
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

/// Where a PostgreSQL HQ keeps its cases and, apart, its case keys.
#[derive(Debug, Clone)]
pub struct PgAddress {
    /// The case database.
    pub db: PgServer,
    /// The keys database.
    pub keys: PgServer,
}

impl PgAddress {
    /// Whether the keys database is on the same server as the cases (same hosts and ports):
    /// then one backup of that server holds every case with its key, and erasing a case no
    /// longer makes the backups of it unreadable. `serve` warns.
    pub fn keys_share_the_server(&self) -> bool {
        let (db, keys) = (&self.db.config, &self.keys.config);
        db.get_hosts() == keys.get_hosts() && db.get_ports() == keys.get_ports()
    }
}

/// Where HQ keeps its data, as given on the command line.
#[derive(Debug, Clone)]
pub enum Database {
    /// `sqlite:PATH` (or `--db PATH`): one file, its keys in `PATH` with `.keys.db`.
    Sqlite(PathBuf),
    /// `postgres://…`: the cases there, the keys in a database of their own.
    Postgres(Box<PgAddress>),
}

/// Where the keys of the SQLite database at `path` are kept (`hq.db` → `hq.keys.db`).
pub fn keys_path(path: &Path) -> PathBuf {
    path.with_extension("keys.db")
}

impl Database {
    /// Parses `sqlite:PATH` or `postgres://…` (`postgresql://…`); `keys` names the keys
    /// database of a PostgreSQL HQ when it is not `<database>_keys` on the same server.
    pub fn parse(address: &str, keys: Option<&str>) -> Result<Self, StorageError> {
        if let Some(path) = address.strip_prefix("sqlite:") {
            if path.is_empty() {
                return Err(StorageError::BadAddress);
            }
            return Ok(Self::Sqlite(PathBuf::from(path)));
        }
        if !(address.starts_with("postgres://") || address.starts_with("postgresql://")) {
            return Err(StorageError::BadAddress);
        }
        let db = PgServer::parse(address)?;
        let keys = match keys {
            Some(k) => PgServer::parse(k)?,
            None => {
                let name = db.config.get_dbname().or(db.config.get_user()).unwrap_or("postgres");
                db.with_database(&format!("{name}_keys"))
            }
        };
        Ok(Self::Postgres(Box::new(PgAddress { db, keys })))
    }

    /// `workers` stores over this database (always one for SQLite, a single writer); the
    /// first brings both schemas to the current version.
    pub fn open_pool(&self, workers: usize) -> Result<Vec<Store>, StorageError> {
        let workers = match self {
            Self::Sqlite(_) => 1,
            Self::Postgres(_) => workers.max(1),
        };
        (0..workers).map(|i| self.connect(i == 0)).collect()
    }

    /// One store, for a command or the dashboard.
    pub fn open(&self) -> Result<Store, StorageError> {
        self.connect(true)
    }

    fn connect(&self, migrate: bool) -> Result<Store, StorageError> {
        let (mut db, mut keys) = match self {
            Self::Sqlite(path) => (Conn::open_sqlite(path)?, Conn::open_sqlite(&keys_path(path))?),
            Self::Postgres(address) => {
                let mut db = Conn::connect_postgres(&address.db)?;
                let keys = db.connect_creating(&address.keys)?;
                (db, keys)
            }
        };
        if migrate {
            db.migrate(false)?;
            keys.migrate(true)?;
        }
        let hq_key = hq_key(&mut keys)?;
        let mut store = Store {
            hq_key,
            db,
            keys,
            touched: Vec::new(),
            prefetched: HashMap::new(),
            requests: 0,
            verified: HashMap::new(),
            scrub_after_commit: false,
        };
        if migrate {
            store.key_account_names()?;
        }
        Ok(store)
    }
}

/// HQ's signing key, made on first start and kept in the keys database (every worker and
/// every HQ process over the same database signs with the same key, which devices pinned).
fn hq_key(keys: &mut Conn) -> Result<waypoint_sync::signing::SigningKey, StorageError> {
    let made: [u8; 32] = rand::random();
    keys.execute(
        "INSERT INTO hq_identity (id, signing_key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING",
        params![made],
    )?;
    let row = keys
        .query_opt("SELECT signing_key FROM hq_identity WHERE id = 1", &[])?
        .ok_or(StorageError::Corrupt("HQ's signing key is missing"))?;
    let bytes: [u8; 32] = row
        .get::<Vec<u8>>(0)?
        .try_into()
        .map_err(|_| StorageError::Corrupt("HQ's signing key is damaged"))?;
    Ok(waypoint_sync::signing::SigningKey::from_bytes(&bytes))
}

impl Store {
    /// The certificate HQ made for itself: made on first need (naming `names`) and kept in
    /// the keys database, so that devices which pinned it keep reaching HQ after a restart.
    pub fn own_certificate(
        &mut self,
        names: Vec<String>,
    ) -> Result<waypoint_tls::HqCertificate, StorageError> {
        let made = waypoint_tls::HqCertificate::make(names).map_err(|e| {
            tracing::error!(error = %e, "cannot make a TLS certificate");
            StorageError::Corrupt("a TLS certificate could not be made")
        })?;
        let (certificate, key) = made.to_der();
        // Another process may have made one first: the first one kept is everyone's.
        self.keys.execute(
            "UPDATE hq_identity SET tls_certificate = $1, tls_key = $2 WHERE id = 1 AND tls_certificate IS NULL",
            params![certificate, key],
        )?;
        let row = self
            .keys
            .query_opt("SELECT tls_certificate, tls_key FROM hq_identity WHERE id = 1", &[])?
            .ok_or(StorageError::Corrupt("HQ's identity is missing"))?;
        Ok(waypoint_tls::HqCertificate::from_der(row.get(0)?, row.get(1)?))
    }
}

/// A case's heads and what a device holds of it, read ahead by `changed_since`.
pub(crate) type Prefetched = HashMap<[u8; 16], (Vec<ChangeHash>, Vec<ChangeHash>)>;

/// HQ's storage: one worker's connections to the case database and the keys database.
pub struct Store {
    /// HQ's signing key: every answer to a device is signed with it.
    pub(crate) hq_key: waypoint_sync::signing::SigningKey,
    pub(crate) db: Conn,
    pub(crate) keys: Conn,
    /// Cases whose feed position the open transaction moves at commit, with their site.
    pub(crate) touched: Vec<([u8; 16], String)>,
    /// What `changed_since` read about each case it listed.
    pub(crate) prefetched: Prefetched,
    /// Requests served, to prune old nonces now and then rather than on every request.
    pub(crate) requests: u64,
    /// The heads at which this process found each case reading as a case (whole, or where it
    /// changed since such heads): a change on top of them is read only where it changed.
    pub(crate) verified: Verified,
    /// The open transaction erased a case: its deleted rows are scrubbed after the commit.
    pub(crate) scrub_after_commit: bool,
}

/// Cases by id, with the heads at which they were found to read.
pub(crate) type Verified = HashMap<[u8; 16], Vec<automerge::ChangeHash>>;

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
/// Enrollment exchanges tried with one code before it is used up: each is one guess at it.
pub const CODE_ATTEMPTS: i64 = 5;

/// Seals a change under its case's key: a random nonce, then the ciphertext, bound to the case.
pub(crate) fn seal(
    cipher: &XChaCha20Poly1305,
    case: &CaseKey,
    plain: &[u8],
) -> Result<Vec<u8>, StorageError> {
    let nonce: [u8; 24] = rand::random();
    let sealed = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad: &case.0 })
        .map_err(|_| StorageError::Corrupt("a change could not be sealed"))?;
    Ok([nonce.as_slice(), &sealed].concat())
}

fn open_sealed(cipher: &XChaCha20Poly1305, case: &CaseKey, sealed: &[u8]) -> Result<Vec<u8>, StorageError> {
    let broken = StorageError::Corrupt("a sealed change does not open under its case's key");
    let (nonce, body) =
        (sealed.get(..24).ok_or(StorageError::Corrupt("a sealed change is too short"))?, &sealed[24..]);
    cipher.decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad: &case.0 }).map_err(|_| broken)
}

pub(crate) fn cipher(key: &[u8]) -> Result<XChaCha20Poly1305, StorageError> {
    XChaCha20Poly1305::new_from_slice(key)
        .map_err(|_| StorageError::Corrupt("a case key of the wrong length"))
}

/// A case from its sealed changes in stored order. A change that does not open or parse is
/// damage, reported, never skipped: a case missing a change must not be sent as whole.
pub(crate) fn doc_from(
    cipher: &XChaCha20Poly1305,
    case: &CaseKey,
    sealed: &[Vec<u8>],
) -> Result<Automerge, StorageError> {
    let changes = sealed
        .iter()
        .map(|s| {
            automerge::Change::from_bytes(open_sealed(cipher, case, s)?)
                .map_err(|_| StorageError::Corrupt("a stored change does not parse"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut doc = Automerge::new();
    doc.apply_changes(changes).map_err(|_| StorageError::Corrupt("stored changes do not apply"))?;
    Ok(doc)
}

/// The 16 bytes of a case id column.
pub(crate) fn case_of(row: &Row, i: usize) -> Result<CaseKey, StorageError> {
    row.get::<[u8; 16]>(i).map(CaseKey)
}

impl Store {
    /// Opens a transaction on both databases.
    pub fn begin(&mut self) -> Result<(), StorageError> {
        self.touched.clear();
        self.prefetched.clear();
        self.keys.begin()?;
        if let Err(e) = self.db.begin() {
            self.keys.rollback();
            return Err(e);
        }
        Ok(())
    }

    /// Gives the touched cases their feed positions and commits, the keys first; then, when
    /// the transaction erased a case, scrubs what its deleted rows left in the files.
    pub fn commit(&mut self) -> Result<(), StorageError> {
        let result = self.give_positions().and_then(|()| self.keys.commit()).and_then(|()| self.db.commit());
        if result.is_err() {
            self.rollback();
        }
        self.prefetched.clear();
        result?;
        if std::mem::take(&mut self.scrub_after_commit) {
            self.keys.scrub("case_keys")?;
            self.db.checkpoint()?;
        }
        Ok(())
    }

    /// Undoes the open transaction on both databases.
    pub fn rollback(&mut self) {
        self.touched.clear();
        self.scrub_after_commit = false;
        self.prefetched.clear();
        self.keys.rollback();
        self.db.rollback();
    }

    /// Runs `work` in a transaction of its own: all of it is kept, or none.
    pub fn in_tx<T>(
        &mut self,
        work: impl FnOnce(&mut Self) -> Result<T, StorageError>,
    ) -> Result<T, StorageError> {
        self.begin()?;
        match work(self) {
            Ok(v) => self.commit().map(|()| v),
            Err(e) => {
                self.rollback();
                Err(e)
            }
        }
    }

    fn give_positions(&mut self) -> Result<(), StorageError> {
        let mut touched = std::mem::take(&mut self.touched);
        let mut seen = std::collections::HashSet::new();
        touched.retain(|(c, _)| seen.insert(*c));
        if touched.is_empty() {
            return Ok(());
        }
        let n = i64::try_from(touched.len()).unwrap_or(i64::MAX);
        let last: i64 = self
            .db
            .query_opt(
                "UPDATE feed SET position = position + $1 WHERE id = 1 RETURNING position",
                params![n],
            )?
            .ok_or(StorageError::Corrupt("the feed has no row"))?
            .get(0)?;
        for (chunk_start, chunk) in
            touched.chunks(ROWS_PER_INSERT).enumerate().map(|(i, c)| (i * ROWS_PER_INSERT, c))
        {
            let mut values = Vec::with_capacity(chunk.len() * 3);
            for (i, (case, site)) in chunk.iter().enumerate() {
                let position = last - n + 1 + i64::try_from(chunk_start + i).unwrap_or(0);
                values.extend([Value::from(case), Value::from(site), Value::from(position)]);
            }
            self.db.execute(
                &format!(
                    "INSERT INTO cases (case_id, site, position) VALUES {} ON CONFLICT (case_id) DO UPDATE SET position = excluded.position",
                    rows_of(1, 3, chunk.len())
                ),
                &values,
            )?;
        }
        Ok(())
    }

    /// Which database this store is on.
    pub fn is_postgres(&self) -> bool {
        self.db.backend() == Backend::Postgres
    }

    /// A new one-time enrollment code for a device of `site`, valid [`CODE_VALID_MS`]. Its
    /// first group names it among the unexpired codes (expired ones are removed now).
    pub fn add_device_code(&mut self, site: &str, now: i64) -> Result<String, StorageError> {
        self.new_device_code(site, now, false)
    }

    /// As [`Store::add_device_code`], for a device that receives no case until a supervisor of
    /// its site approves it (a code an admin makes on the dashboard).
    pub fn add_device_code_for_approval(&mut self, site: &str, now: i64) -> Result<String, StorageError> {
        self.new_device_code(site, now, true)
    }

    fn new_device_code(
        &mut self,
        site: &str,
        now: i64,
        needs_approval: bool,
    ) -> Result<String, StorageError> {
        self.db.execute("DELETE FROM enrollment_codes WHERE expires_at <= $1", params![now])?;
        self.db.execute(
            "DELETE FROM enrollment_exchanges WHERE code_hash NOT IN (SELECT code_hash FROM enrollment_codes)",
            &[],
        )?;
        for _ in 0..20 {
            let code = new_code();
            let id = enrollment::code_id(&code).ok_or(StorageError::Corrupt("a new code"))?;
            let added = self.db.execute(
                &format!(
                    "INSERT INTO enrollment_codes (code_hash, site, expires_at, code_id, needs_approval) VALUES ($1, $2, $3, $4, {}) ON CONFLICT DO NOTHING",
                    if needs_approval { "TRUE" } else { "FALSE" }
                ),
                params![enrollment::code_key(&code), site, now + CODE_VALID_MS, id],
            )?;
            if added == 1 {
                return Ok(code);
            }
        }
        Err(StorageError::Corrupt("no free enrollment code name"))
    }

    /// Enrollment, either request (`Enroll`, then `EnrollFinish`): HQ's answer, and for the
    /// second, the device enrolled and its site. `certificate` is the SHA-256 of the TLS
    /// certificate HQ presents itself (none when a proxy or plain loopback HTTP stands between,
    /// unless the proxy's was given).
    pub fn enroll(
        &mut self,
        request: &Message,
        certificate: Option<[u8; 32]>,
        now: i64,
    ) -> Result<(Message, Option<(DeviceKey, String)>), StorageError> {
        match request {
            Message::Enroll(start) => self.enroll_start(start, certificate, now).map(|m| (m, None)),
            Message::EnrollFinish(finish) => {
                self.enroll_finish(finish, now).map(|(m, device, site)| (m, Some((device, site))))
            }
            _ => Err(StorageError::BadCode),
        }
    }

    /// The first request: HQ's SPAKE2 message and proof, what was agreed kept with the code
    /// (one row per exchange). A device that met another certificate than HQ's talked through
    /// a man in the middle: it is refused and told why (the code stays: under the PAKE the man
    /// in the middle has nothing to guess from, and the claim is unproven, so burning the code
    /// would only let anyone destroy codes). Each exchange is one guess at the code, so a code
    /// is used up after [`CODE_ATTEMPTS`] — counted before any work, in one statement.
    ///
    /// A name that is no usable code (unknown, expired, used up, or used) gets a decoy: an
    /// answer made with a random code ([`enrollment::decoy`]). Only the holder of a code can
    /// tell a real answer from it, so code names cannot be found by asking, nor can a code be
    /// found to burn.
    fn enroll_start(
        &mut self,
        start: &Enroll,
        certificate: Option<[u8; 32]>,
        now: i64,
    ) -> Result<Message, StorageError> {
        if certificate.is_some_and(|own| own != start.certificate) {
            tracing::warn!(
                code = start.code_id.as_str(),
                "an enrollment met another TLS certificate than HQ's: someone may be in between"
            );
            return Err(StorageError::ForeignCertificate);
        }
        let Some(row) = self.db.query_opt(
            "UPDATE enrollment_codes SET attempts = attempts + 1
             WHERE code_id = $1 AND expires_at > $2 AND attempts < $3 AND device IS NULL
             RETURNING code_hash, site, attempts",
            params![start.code_id.as_str(), now, CODE_ATTEMPTS],
        )?
        else {
            return self.decoy(start);
        };
        let code: [u8; 32] =
            row.get::<Vec<u8>>(0)?.try_into().map_err(|_| StorageError::Corrupt("an enrollment code"))?;
        let site: String = row.get(1)?;
        let attempt: i64 = row.get(2)?;
        if attempt >= CODE_ATTEMPTS {
            tracing::warn!(
                code = start.code_id.as_str(),
                site = site.as_str(),
                "an enrollment code was tried for the last time"
            );
        }
        let (answer, agreed) =
            enrollment::challenge(&code, start, &self.hq_key, &site).ok_or(StorageError::BadCode)?;
        self.db.execute(
            "INSERT INTO enrollment_exchanges (code_hash, attempt, agreed) VALUES ($1, $2, $3)",
            params![code, attempt, agreed.to_bytes()],
        )?;
        Ok(answer)
    }

    /// An answer to a first request for a name that is no usable code (see
    /// [`enrollment::decoy`]); logged, so that an admin can tell an officer why a code failed.
    fn decoy(&mut self, start: &Enroll) -> Result<Message, StorageError> {
        tracing::info!(
            code = start.code_id.as_str(),
            "no usable enrollment code by this name (unknown, expired or used)"
        );
        enrollment::decoy(start, &self.hq_key, rand::random()).ok_or(StorageError::BadCode)
    }

    /// The second request: the device's proof checked against what one of the code's
    /// exchanges agreed; the code is marked used by the new device. The same device asking
    /// again (its answer was lost) gets the same answer, and nothing is enrolled twice.
    fn enroll_finish(
        &mut self,
        finish: &EnrollFinish,
        now: i64,
    ) -> Result<(Message, DeviceKey, String), StorageError> {
        let Some(row) = self.db.query_opt(
            "SELECT code_hash, site, needs_approval FROM enrollment_codes WHERE code_id = $1 AND expires_at > $2",
            params![finish.code_id.as_str(), now],
        )?
        else {
            return Err(StorageError::BadCode);
        };
        let code: Vec<u8> = row.get(0)?;
        let site: String = row.get(1)?;
        let needs_approval: bool = row.get(2)?;
        let exchanges = self
            .db
            .query("SELECT agreed FROM enrollment_exchanges WHERE code_hash = $1", params![code.clone()])?;
        let mut proven = None;
        for r in &exchanges {
            let agreed = enrollment::Agreed::from_bytes(&r.get::<Vec<u8>>(0)?)
                .ok_or(StorageError::Corrupt("an enrollment exchange"))?;
            if enrollment::proves(&agreed, finish) {
                proven = Some(agreed);
                break;
            }
        }
        let Some(agreed) = proven else { return Err(StorageError::BadCode) };
        // Decided under the code's row lock, so that a repeated request that overlaps the first
        // finds the device the first one enrolled.
        self.in_tx(|s| {
            let used_by =
                s.db.query_opt(
                    "SELECT device FROM enrollment_codes WHERE code_hash = $1 FOR UPDATE",
                    params![code.clone()],
                )?
                .map(|r| r.get::<Option<[u8; 16]>>(0))
                .transpose()?
                .flatten();
            if let Some(id) = used_by {
                // Enrolled before: only the very device that did, asking again (its answer was
                // lost), gets its answer again; not once it is revoked.
                let row =
                    s.db.query_opt("SELECT public_key, revoked FROM devices WHERE id = $1", params![id])?;
                let same = match &row {
                    Some(r) => r.get::<Vec<u8>>(0)? == finish.public_key && !r.get::<bool>(1)?,
                    None => false,
                };
                if !same {
                    return Err(StorageError::BadCode);
                }
                tracing::info!(site = site.as_str(), "an enrolled device asked again for its enrollment");
                return Ok((
                    enrollment::enrolled(&agreed, DeviceKey(id), site.clone()),
                    DeviceKey(id),
                    site.clone(),
                ));
            }
            let id: [u8; 16] = rand::random();
            s.db.execute(
                "UPDATE enrollment_codes SET device = $1 WHERE code_hash = $2",
                params![id, code.clone()],
            )?;
            s.db.execute(
                &format!(
                    "INSERT INTO devices (id, public_key, site, enrolled_at, approved) VALUES ($1, $2, $3, $4, {})",
                    if needs_approval { "FALSE" } else { "TRUE" }
                ),
                params![id, finish.public_key, &site, now],
            )?;
            tracing::info!(site = site.as_str(), "device enrolled");
            Ok((enrollment::enrolled(&agreed, DeviceKey(id), site.clone()), DeviceKey(id), site.clone()))
        })
    }

    /// Revokes a device: its next request is refused and told to wipe.
    /// On PostgreSQL it waits (at most 10 s, then fails and can be retried) for the device's
    /// requests in progress to end, and none begins meanwhile.
    pub fn revoke(&mut self, device: &DeviceKey) -> Result<(), StorageError> {
        self.in_tx(|s| {
            s.db.lock_device(&device.0, false)?;
            match s.db.execute("UPDATE devices SET revoked = TRUE WHERE id = $1", params![device.0])? {
                0 => Err(StorageError::UnknownDevice),
                _ => Ok(()),
            }
        })
    }

    /// Erases a case: its key first (from then on no copy of its changes, backups included,
    /// can be read), then every change of it (not a CRDT deletion, whose history would keep
    /// the data); a tombstone without personal data stays, so devices delete their copies and
    /// late edits are refused.
    pub fn erase(&mut self, case: &CaseKey, now: i64) -> Result<(), StorageError> {
        self.erase_with(case, now, |_| Ok(()))
    }

    /// [`Store::erase`], with `also` (the order, its audit entry) in the same transaction.
    pub(crate) fn erase_with(
        &mut self,
        case: &CaseKey,
        now: i64,
        also: impl FnOnce(&mut Self) -> Result<(), StorageError>,
    ) -> Result<(), StorageError> {
        // The key goes first and on its own: whatever fails after, no copy can be read again.
        // Until the rest commits, HQ refuses the case's changes and fails a device's request
        // that would pass it (hub_store), so a retried erasure finishes it.
        self.keys.execute("DELETE FROM case_keys WHERE case_id = $1", params![case.0])?;
        self.keys.scrub("case_keys")?;
        self.in_tx(|s| {
            s.erase_in_tx(case, now, None)?;
            also(s)
        })?;
        self.db.checkpoint()
    }

    /// Erases a case inside the open transaction, its key included; `keeper` is the device
    /// that keeps its copy (the one that withdrew the consent to share it) and is not told to
    /// erase it. Scrubbing what the deleted rows left happens after the commit.
    pub(crate) fn erase_in_tx(
        &mut self,
        case: &CaseKey,
        now: i64,
        keeper: Option<&DeviceKey>,
    ) -> Result<(), StorageError> {
        self.keys.execute("DELETE FROM case_keys WHERE case_id = $1", params![case.0])?;
        self.db.lock_cases(&[case.0])?;
        let site: String =
            match self.db.query_opt("SELECT site FROM cases WHERE case_id = $1", params![case.0])? {
                Some(row) => row.get(0)?,
                None => String::new(),
            };
        for table in ["changes", "cases", "case_heads", "known", "sent"] {
            self.db.execute(&format!("DELETE FROM {table} WHERE case_id = $1"), params![case.0])?;
        }
        // A decision would link the erased case's id to a living case. (Transfers stay: they
        // tell the sites that received the case to erase it too.)
        self.db.execute(
            "DELETE FROM dash_duplicate_decisions WHERE case_a = $1 OR case_b = $1",
            params![case.0],
        )?;
        self.db.execute(
            // An erasure staff order after a withdrawal reaches the keeper too.
            "INSERT INTO erased (case_id, site, at, keeper) VALUES ($1, $2, $3, $4)
             ON CONFLICT (case_id) DO UPDATE SET keeper = excluded.keeper",
            params![case.0, site, now, keeper.map(|d| d.0.to_vec())],
        )?;
        self.scrub_after_commit = true;
        Ok(())
    }

    /// The case as HQ holds it, if it does.
    pub fn doc(&mut self, case: &CaseKey) -> Result<Option<Automerge>, StorageError> {
        let doc = self.load(case)?.0;
        Ok((!doc.get_heads().is_empty()).then_some(doc))
    }

    /// The user recorded for each change of a case.
    pub fn authors(&mut self, case: &CaseKey) -> Result<Vec<String>, StorageError> {
        let rows = self
            .db
            .query("SELECT user_name FROM changes WHERE case_id = $1 ORDER BY seq", params![case.0])?;
        rows.iter().map(|r| r.get(0)).collect()
    }

    /// The device that sent each change of a case, with its site when HQ knows the device (HQ's
    /// own dashboard device included). The author a change names is only what its device
    /// claimed: this is who sent it.
    pub fn senders(
        &mut self,
        case: &CaseKey,
    ) -> Result<HashMap<ChangeHash, (DeviceKey, Option<String>)>, StorageError> {
        let rows = self.db.query(
            "SELECT c.hash, c.device, d.site FROM changes c LEFT JOIN devices d ON d.id = c.device WHERE c.case_id = $1",
            params![case.0],
        )?;
        let mut out = HashMap::with_capacity(rows.len());
        for r in &rows {
            let hash = ChangeHash::try_from(r.get::<Vec<u8>>(0)?.as_slice())
                .map_err(|_| StorageError::Corrupt("a change hash"))?;
            out.insert(hash, (DeviceKey(r.get::<[u8; 16]>(1)?), r.get::<Option<String>>(2)?));
        }
        Ok(out)
    }

    /// Number of changes stored (each once, however often it was sent).
    pub fn change_count(&mut self) -> Result<u64, StorageError> {
        self.db.query_opt("SELECT count(*) FROM changes", &[])?.map_or(Ok(0), |r| r.get(0))
    }

    /// Whether the keys database still holds a key for the case (erasure removes it).
    pub fn has_key(&mut self, case: &CaseKey) -> Result<bool, StorageError> {
        Ok(self.keys.query_opt("SELECT 1 FROM case_keys WHERE case_id = $1", params![case.0])?.is_some())
    }

    /// Writes a consistent copy of an SQLite case database to `to` (not the keys: those are
    /// backed up apart, so that erasing a key also reaches this copy).
    pub fn backup(&mut self, to: &Path) -> Result<(), StorageError> {
        let conn = self.db.sqlite().ok_or(StorageError::BadAddress)?;
        conn.execute("VACUUM INTO ?1", [to.to_string_lossy()])?;
        Ok(())
    }

    /// The key of a case, if HQ holds one.
    pub(crate) fn case_key(&mut self, case: &CaseKey) -> Result<Option<Vec<u8>>, StorageError> {
        self.keys
            .query_opt("SELECT key FROM case_keys WHERE case_id = $1", params![case.0])?
            .map(|r| r.get(0))
            .transpose()
    }

    /// The case and who wrote each of its changes (by change hash). A case without a key is
    /// empty: erased, or a backup restored beside the current keys.
    pub(crate) fn load(
        &mut self,
        case: &CaseKey,
    ) -> Result<(Automerge, HashMap<Vec<u8>, String>), StorageError> {
        let Some(key) = self.case_key(case)? else { return Ok((Automerge::new(), HashMap::new())) };
        let rows = self.db.query(
            "SELECT hash, user_name, bytes FROM changes WHERE case_id = $1 ORDER BY seq",
            params![case.0],
        )?;
        let mut users = HashMap::with_capacity(rows.len());
        let mut sealed = Vec::with_capacity(rows.len());
        for r in &rows {
            users.insert(r.get::<Vec<u8>>(0)?, r.get::<String>(1)?);
            sealed.push(r.get::<Vec<u8>>(2)?);
        }
        Ok((doc_from(&cipher(&key)?, case, &sealed)?, users))
    }

    /// The site of an enrolled device, and whether HQ sends it its site's cases (a device an
    /// admin enrolled waits for a supervisor of its site).
    pub fn device_site(&mut self, device: &DeviceKey) -> Result<Option<(String, bool)>, StorageError> {
        self.db
            .query_opt("SELECT site, approved FROM devices WHERE id = $1", params![device.0])?
            .map(|r| Ok((r.get(0)?, r.get(1)?)))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_name_their_backend_and_the_keys_database_defaults_beside_the_cases() {
        assert!(
            matches!(Database::parse("sqlite:/var/hq.db", None), Ok(Database::Sqlite(p)) if p == Path::new("/var/hq.db"))
        );
        let Ok(Database::Postgres(pg)) = Database::parse("postgres://hq@127.0.0.1:5432/cases", None) else {
            panic!("postgres")
        };
        assert_eq!(pg.db.config.get_dbname(), Some("cases"));
        assert_eq!(pg.keys.config.get_dbname(), Some("cases_keys"));
        assert_eq!(pg.keys.config.get_ports(), pg.db.config.get_ports());
        let Ok(Database::Postgres(pg)) =
            Database::parse("postgresql://hq@127.0.0.1/cases", Some("postgres://keys@127.0.0.1:5433/vault"))
        else {
            panic!("postgres")
        };
        assert_eq!(pg.keys.config.get_dbname(), Some("vault"));
        assert!(!pg.keys_share_the_server(), "another port: another server");
        let Ok(Database::Postgres(beside)) = Database::parse("postgres://hq@127.0.0.1:5432/cases", None)
        else {
            panic!("postgres")
        };
        assert!(beside.keys_share_the_server(), "by default the keys are beside the cases");
        for bad in ["hq.db", "sqlite:", "mysql://x/y", ""] {
            assert!(matches!(Database::parse(bad, None), Err(StorageError::BadAddress)), "{bad}");
        }
    }
}
