//! The device's local store: an encrypted SQLite database (SQLCipher) holding one Automerge
//! document per case, projections for lists and search, sync bookkeeping and the audit log.
//!
//! This is the only crate that opens the database file. Every edit is one Automerge change,
//! appended together with its projection update and audit entry in one transaction: when
//! [`Store::edit_case`] returns, the edit is durable (autosave), and a crash at any point
//! loses nothing that was acknowledged.

mod audit;
mod figures;
mod keyring;
mod outbox;
mod schema;
mod search;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use automerge::ActorId;
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};
use waypoint_case::rules::{Action, ConsentRefusal, permits};
use waypoint_case::{CaseSummary, TracingCandidate, UserError};
use waypoint_matching::TracingIndex;
use waypoint_matching::family_match::Profile;
use waypoint_model::{Case, CaseDoc, CaseId, Conflict, EntryId, ShortCode, SiteId, Timestamp, UserId};

pub use audit::{AuditAction, AuditEntry};
pub use figures::OutgoingFigure;
pub use keyring::{KdfParams, MIN_PASSPHRASE_CHARS, check_passphrase};
pub use outbox::{
    AppliedFromHq, FromHq, HqSnapshot, OutgoingChange, PackLimits, SyncIdentity, Unacknowledged,
};
pub use schema::SCHEMA_VERSION;
pub use search::{CaseListFilter, SearchHit};
pub use waypoint_model::doc::PathSeg;
pub use waypoint_parallel::Workers;

use keyring::{DatabaseKey, Keyring, keyring_path};

/// Everything that can go wrong in the store, each with a message id for a translated message.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The passphrase does not open this user's key.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// No such user on this device.
    #[error("unknown user {user}")]
    UnknownUser {
        /// The user id given.
        user: String,
    },
    /// The user already exists.
    #[error("user {user} already exists")]
    UserExists {
        /// The user id given.
        user: String,
    },
    /// There is no store at this path.
    #[error("no store at {path}")]
    StoreMissing {
        /// Where it was looked for.
        path: PathBuf,
    },
    /// A store already exists at this path.
    #[error("a store already exists at {path}")]
    StoreExists {
        /// The path.
        path: PathBuf,
    },
    /// The database file is damaged or not a Waypoint store.
    #[error("the database is damaged or not a Waypoint store")]
    Corrupt,
    /// The database file is shorter than it should be.
    #[error("the database file is truncated")]
    Truncated,
    /// The keyring file is damaged.
    #[error("the keyring is damaged")]
    KeyringCorrupt,
    /// Written by a newer version of Waypoint.
    #[error("written by a newer version (layout {found}, this build reads up to {supported})")]
    TooNew {
        /// Version found.
        found: i64,
        /// Highest version this build reads.
        supported: i64,
    },
    /// No case with this id.
    #[error("case {case} not found")]
    CaseNotFound {
        /// The id.
        case: String,
    },
    /// The case has no sought person with this id.
    #[error("sought person {entry} not found in the case")]
    SoughtPersonNotFound {
        /// The entry id given.
        entry: String,
    },
    /// The person's consent does not cover this action.
    #[error("{0}")]
    Consent(ConsentRefusal),
    /// The passphrase is too short.
    #[error("passphrase shorter than {min} characters")]
    PassphraseTooShort {
        /// Minimum length.
        min: usize,
    },
    /// The audit chain is broken at this entry.
    #[error("audit chain broken at entry {seq}")]
    AuditBroken {
        /// First entry that does not verify.
        seq: i64,
    },
    /// A stored case document cannot be read.
    #[error("case document invalid: {0}")]
    Document(Box<waypoint_model::DocError>),
    /// The disk said no.
    #[error("disk error: {detail}")]
    Io {
        /// What the OS said (no paths with personal data: kind only).
        detail: String,
    },
    /// HQ sent a case under another case's id (damaged in transit or at HQ); nothing of the
    /// answer was kept.
    #[error("headquarters sent case {found} as case {expected}")]
    CaseMismatch {
        /// The case id HQ named.
        expected: String,
        /// The case id inside the document.
        found: String,
    },
    /// Something that should not happen; details are in the debug log.
    #[error("internal error")]
    Internal,
    /// SQLite error not covered above.
    #[error("database error: {0}")]
    Sqlite(Box<rusqlite::Error>),
}

impl From<waypoint_model::DocError> for StoreError {
    fn from(e: waypoint_model::DocError) -> Self {
        StoreError::Document(Box::new(e))
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::Corrupt,
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt,
            Some(ErrorCode::CannotOpen) => StoreError::Io { detail: "cannot open database file".into() },
            Some(ErrorCode::DiskFull) => StoreError::Io { detail: "disk full".into() },
            Some(ErrorCode::SystemIoFailure) => StoreError::Io { detail: "I/O failure".into() },
            _ => StoreError::Sqlite(Box::new(e)),
        }
    }
}

impl StoreError {
    /// Fluent message id (in `locales/*/errors.ftl`) of the translated message.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::WrongPassphrase => "error-wrong-passphrase",
            Self::UnknownUser { .. } => "error-unknown-user",
            Self::UserExists { .. } => "error-user-exists",
            Self::StoreMissing { .. } => "error-store-missing",
            Self::StoreExists { .. } => "error-store-exists",
            Self::Corrupt | Self::KeyringCorrupt => "error-store-corrupt",
            Self::Truncated => "error-store-truncated",
            Self::TooNew { .. } => "error-store-too-new",
            Self::CaseNotFound { .. } => "error-case-not-found",
            Self::SoughtPersonNotFound { .. } => "error-sought-person-not-found",
            Self::Consent(refusal) => refusal.message_id(),
            Self::PassphraseTooShort { .. } => "error-passphrase-too-short",
            Self::AuditBroken { .. } => "error-audit-broken",
            Self::Document(_) | Self::CaseMismatch { .. } => "error-case-invalid",
            Self::Io { .. } => "error-io",
            Self::Internal | Self::Sqlite(_) => "error-internal",
        }
    }

    /// Arguments of the translated message (never personal data).
    pub fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            Self::UnknownUser { user } | Self::UserExists { user } => vec![("user", user.clone())],
            Self::StoreMissing { path } | Self::StoreExists { path } => {
                vec![("path", path.display().to_string())]
            }
            Self::TooNew { found, supported } => {
                vec![("found", found.to_string()), ("supported", supported.to_string())]
            }
            Self::CaseNotFound { case } => vec![("case", case.clone())],
            Self::SoughtPersonNotFound { entry } => vec![("entry", entry.clone())],
            Self::Consent(refusal) => vec![("purpose", refusal.purpose.code().to_owned())],
            Self::PassphraseTooShort { min } => vec![("min", min.to_string())],
            Self::AuditBroken { seq } => vec![("seq", seq.to_string())],
            Self::Io { detail } => vec![("detail", detail.clone())],
            _ => Vec::new(),
        }
    }
}

/// Roles of users on a device and at HQ.
pub const ROLES: &[&str] = &["officer", "caseworker", "interpreter", "supervisor", "analyst", "admin"];

/// How to create a new device store.
#[derive(Debug, Clone)]
pub struct StoreConfig {
    /// The site this device serves.
    pub site: SiteId,
    /// Argon2id cost for passphrases.
    pub kdf: KdfParams,
}

/// What [`Store::edit_case`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// The edit is on disk.
    Saved,
    /// The edit changed nothing; nothing was written.
    Unchanged,
}

/// Number of case documents kept in memory: enough for a few open cases and the list around
/// them, without holding a whole 10k-case store.
const DOC_CACHE: usize = 64;

/// Changes a case may accumulate before compaction folds them into its snapshot.
pub const COMPACT_AFTER_CHANGES: i64 = 64;

/// An unlocked device store, used by one user.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    user: UserId,
    actor: ActorId,
    site: SiteId,
    docs: HashMap<CaseId, CaseDoc>,
    /// Blocking index of the persons who may be found by tracing; built on first use.
    tracing: Option<TracingIndex<String>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).field("user", &self.user).finish_non_exhaustive()
    }
}

/// Waits until SQLCipher has finished starting in this process.
///
/// SQLite marks itself started before it runs SQLCipher's start-up, outside its lock; a
/// connection keyed by another thread in that window is refused ("error with PRAGMA key"), so a
/// store opened at the same moment as another one could fail to open (seen about once in five
/// hundred test processes). So before the first store of the process is keyed, one thread asks
/// SQLCipher, by keying a throw-away in-memory database, until it answers; the others wait for
/// it. Only the answer "started" is remembered: after a timeout the next store asks again.
fn sqlcipher_started() -> Result<(), StoreError> {
    static STARTED: std::sync::Mutex<bool> = std::sync::Mutex::new(false);
    let mut started = STARTED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !*started {
        let keyed = Connection::open_in_memory()
            // A raw key: a passphrase would cost a full key derivation (PBKDF2) on every try.
            .and_then(|probe| {
                probe.execute_batch(&format!(
                    "PRAGMA key = \"x'{}'\"; CREATE TABLE probe (x);",
                    "00".repeat(32)
                ))
            });
        match keyed {
            Ok(()) => *started = true,
            Err(e) if std::time::Instant::now() >= deadline => {
                tracing::error!(error = %e, "SQLCipher did not start within 5 s");
                return Err(StoreError::Internal);
            }
            Err(_) => std::thread::sleep(std::time::Duration::from_millis(1)),
        }
    }
    Ok(())
}

/// Opens the SQLCipher connection with `key` and checks that the key really opens it.
fn open_connection(path: &Path, key: &DatabaseKey, create: bool) -> Result<Connection, StoreError> {
    sqlcipher_started()?;
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    // SQLCipher logs decryption failures to stderr itself; the caller gets a clear error instead.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    conn.execute_batch(&format!("PRAGMA key = {};", key.pragma_literal().as_str()))?;
    // The first read fails with NotADatabase if the key is wrong or the file is damaged.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA busy_timeout = 5000;
         -- Every page read from disk is decrypted and its HMAC checked: keep the indexes that
         -- search and lists walk in memory (32 MiB, well inside the app's memory budget).
         PRAGMA cache_size = -32768;",
    )?;
    Ok(conn)
}

/// A file shorter than its header says is truncated; anything else unreadable is corrupt.
fn classify_open_error(path: &Path, err: StoreError) -> StoreError {
    if !matches!(err, StoreError::Corrupt) {
        return err;
    }
    match std::fs::metadata(path) {
        Ok(m) if m.len() == 0 || m.len() % 1024 != 0 => StoreError::Truncated,
        _ => err,
    }
}

impl Store {
    /// Creates a new store at `path` with its first user (an admin).
    pub fn create(
        path: &Path,
        user: &UserId,
        passphrase: &str,
        config: &StoreConfig,
    ) -> Result<Store, StoreError> {
        check_passphrase(passphrase)?;
        let ring_path = keyring_path(path);
        if path.exists() || ring_path.exists() {
            return Err(StoreError::StoreExists { path: path.to_path_buf() });
        }
        let key = DatabaseKey::generate();
        let mut ring = Keyring::new();
        ring.wrap(user.as_str(), "admin", passphrase, &key, config.kdf)?;
        let mut conn = open_connection(path, &key, true)?;
        schema::migrate(&mut conn)?;
        let actor = ActorId::random();
        let now = Timestamp::now().0;
        {
            let tx = conn.transaction()?;
            tx.execute("INSERT INTO meta (key, value) VALUES ('actor', ?1)", [actor.to_hex_string()])?;
            tx.execute("INSERT INTO meta (key, value) VALUES ('site', ?1)", [config.site.as_str()])?;
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('kdf', ?1)",
                [serde_json::to_string(&config.kdf).map_err(|_| StoreError::Internal)?],
            )?;
            audit::append(&tx, now, user.as_str(), AuditAction::StoreCreated, "")?;
            audit::append(&tx, now, user.as_str(), AuditAction::UserAdded, user.as_str())?;
            tx.commit()?;
        }
        ring.save(&ring_path)?;
        tracing::info!(site = config.site.as_str(), "store created");
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            user: user.clone(),
            actor,
            site: config.site.clone(),
            docs: HashMap::new(),
            tracing: None,
        })
    }

    /// Unlocks the store at `path` as `user`.
    pub fn open(path: &Path, user: &UserId, passphrase: &str) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::StoreMissing { path: path.to_path_buf() });
        }
        let ring = Keyring::load(&keyring_path(path))?;
        let key = ring.unwrap_key(user.as_str(), passphrase)?;
        let mut conn = open_connection(path, &key, false).map_err(|e| classify_open_error(path, e))?;
        schema::migrate(&mut conn).map_err(|e| classify_open_error(path, e))?;
        let meta = |k: &str| -> Result<String, StoreError> {
            conn.query_row("SELECT value FROM meta WHERE key = ?1", [k], |r| r.get(0))
                .optional()?
                .ok_or(StoreError::Corrupt)
        };
        let actor_hex = meta("actor")?;
        let actor = ActorId::from(hex::decode(actor_hex).map_err(|_| StoreError::Corrupt)?);
        let site = SiteId::new(meta("site")?);
        // Touch the projection so a file damaged past its header is reported now, not later.
        conn.query_row("SELECT count(*) FROM case_index", [], |r| r.get::<_, i64>(0))
            .map_err(|e| classify_open_error(path, e.into()))?;
        audit::append(&conn, Timestamp::now().0, user.as_str(), AuditAction::Unlocked, "")?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            user: user.clone(),
            actor,
            site,
            docs: HashMap::new(),
            tracing: None,
        };
        store.reproject_if_needed()?;
        Ok(store)
    }

    /// The user working with the store.
    pub fn user(&self) -> &UserId {
        &self.user
    }

    /// The site this device serves.
    pub fn site(&self) -> &SiteId {
        &self.site
    }

    /// Users on this device with their roles.
    pub fn users(&self) -> Result<Vec<(String, String)>, StoreError> {
        let ring = Keyring::load(&keyring_path(&self.path))?;
        Ok(ring.users().map(|(u, r)| (u.to_owned(), r.to_owned())).collect())
    }

    /// The role of the current user.
    pub fn role(&self) -> Result<String, StoreError> {
        let ring = Keyring::load(&keyring_path(&self.path))?;
        Ok(ring.role_of(self.user.as_str()).unwrap_or("officer").to_owned())
    }

    /// Adds a user who can unlock this store with their own passphrase. The current user must
    /// have unlocked it (their passphrase opens the key that is sealed again for the new user).
    pub fn add_user(
        &mut self,
        user: &UserId,
        role: &str,
        passphrase: &str,
        current_passphrase: &str,
    ) -> Result<(), StoreError> {
        check_passphrase(passphrase)?;
        let ring_path = keyring_path(&self.path);
        let mut ring = Keyring::load(&ring_path)?;
        if ring.has_user(user.as_str()) {
            return Err(StoreError::UserExists { user: user.to_string() });
        }
        let key = ring.unwrap_key(self.user.as_str(), current_passphrase)?;
        ring.wrap(user.as_str(), role, passphrase, &key, self.kdf()?)?;
        ring.save(&ring_path)?;
        self.audit_now(AuditAction::UserAdded, user.as_str())?;
        Ok(())
    }

    /// Changes the current user's passphrase: the database key is sealed again, the data is
    /// not touched.
    pub fn change_passphrase(&mut self, old: &str, new: &str) -> Result<(), StoreError> {
        check_passphrase(new)?;
        let ring_path = keyring_path(&self.path);
        let mut ring = Keyring::load(&ring_path)?;
        let key = ring.unwrap_key(self.user.as_str(), old)?;
        let role = ring.role_of(self.user.as_str()).unwrap_or("officer").to_owned();
        ring.wrap(self.user.as_str(), &role, new, &key, self.kdf()?)?;
        ring.save(&ring_path)?;
        self.audit_now(AuditAction::PassphraseChanged, self.user.as_str())?;
        Ok(())
    }

    fn kdf(&self) -> Result<KdfParams, StoreError> {
        let json: String =
            self.conn.query_row("SELECT value FROM meta WHERE key = 'kdf'", [], |r| r.get(0))?;
        serde_json::from_str(&json).map_err(|_| StoreError::Corrupt)
    }

    /// Opens a new case at this device's site; `fill` sets what is known already.
    pub fn create_case(&mut self, fill: impl FnOnce(&mut Case)) -> Result<CaseId, StoreError> {
        let now = Timestamp::now();
        let mut case =
            Case::open(CaseId::generate(), self.unused_code()?, self.site.clone(), &self.user, now);
        fill(&mut case);
        self.insert_case(&case, now)
    }

    /// Stores a case built elsewhere (demo data, import), as its first change.
    pub fn insert_case(&mut self, case: &Case, now: Timestamp) -> Result<CaseId, StoreError> {
        self.insert_cases(std::slice::from_ref(case), now)?;
        Ok(case.id.clone())
    }

    /// Stores many cases in one transaction (imports, demo data): all or none.
    pub fn insert_cases(&mut self, cases: &[Case], now: Timestamp) -> Result<(), StoreError> {
        let mut projections = Vec::with_capacity(cases.len());
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for case in cases {
            let mut doc = CaseDoc::create(case, self.actor.clone(), &self.user, now)?;
            let projection = waypoint_case::read_case(case, now, 0);
            tx.prepare_cached("INSERT INTO cases (case_id, snapshot) VALUES (?1, ?2)")?
                .execute(params![case.id.as_str(), doc.save()])?;
            search::write_projection(&tx, &projection, true)?;
            outbox::mark_dirty(&tx, case.id.as_str())?;
            audit::append(&tx, now.0, self.user.as_str(), AuditAction::CaseCreated, case.id.as_str())?;
            projections.push(projection);
        }
        tx.commit()?;
        for projection in &projections {
            self.index_for_tracing(projection);
        }
        Ok(())
    }

    fn remember(&mut self, id: CaseId, doc: CaseDoc) {
        if self.docs.len() >= DOC_CACHE && !self.docs.contains_key(&id) {
            // Evict an arbitrary entry: reloading one case is cheap.
            if let Some(k) = self.docs.keys().next().cloned() {
                self.docs.remove(&k);
            }
        }
        self.docs.insert(id, doc);
    }

    /// Loads a case document from its snapshot and the changes since.
    fn load_doc(&self, id: &CaseId) -> Result<CaseDoc, StoreError> {
        let snapshot: Vec<u8> = self
            .conn
            .query_row("SELECT snapshot FROM cases WHERE case_id = ?1", [id.as_str()], |r| r.get(0))
            .optional()?
            .ok_or_else(|| StoreError::CaseNotFound { case: id.to_string() })?;
        let mut doc = CaseDoc::load(&snapshot, self.actor.clone())?;
        let mut stmt =
            self.conn.prepare_cached("SELECT bytes FROM changes WHERE case_id = ?1 ORDER BY seq")?;
        let mut rows = stmt.query([id.as_str()])?;
        while let Some(row) = rows.next()? {
            let bytes: Vec<u8> = row.get(0)?;
            doc.apply(&bytes)?;
        }
        Ok(doc)
    }

    fn doc_mut(&mut self, id: &CaseId) -> Result<&mut CaseDoc, StoreError> {
        if !self.docs.contains_key(id) {
            let doc = self.load_doc(id)?;
            self.remember(id.clone(), doc);
        }
        self.docs.get_mut(id).ok_or(StoreError::Internal)
    }

    /// The case, as the current user views it (audited as a view).
    pub fn view_case(&mut self, id: &CaseId) -> Result<Case, StoreError> {
        let case = self.doc_mut(id)?.case()?;
        self.audit_now(AuditAction::CaseViewed, id.as_str())?;
        Ok(case)
    }

    /// Records `action` on `subject` by the current user, now, outside any transaction.
    fn audit_now(&self, action: AuditAction, subject: &str) -> Result<(), StoreError> {
        audit::append(&self.conn, Timestamp::now().0, self.user.as_str(), action, subject)
    }

    /// The case without an audit entry (for internal checks and tests).
    pub fn case(&mut self, id: &CaseId) -> Result<Case, StoreError> {
        Ok(self.doc_mut(id)?.case()?)
    }

    /// Applies an edit to a case and makes it durable: one Automerge change, the projection and
    /// an audit entry, in one transaction. If anything fails, nothing is written and the case
    /// in memory is reloaded from disk, so no half-applied edit survives.
    pub fn edit_case(&mut self, id: &CaseId, edit: impl FnOnce(&mut Case)) -> Result<Saved, StoreError> {
        let now = Timestamp::now();
        let user = self.user.clone();
        let doc = self.doc_mut(id)?;
        let Some(change) = doc.edit(&user, now, edit)? else {
            return Ok(Saved::Unchanged);
        };
        let result = self.persist_change(id, &change, now, AuditAction::CaseEdited);
        if result.is_err() {
            self.docs.remove(id);
        }
        result.map(|()| Saved::Saved)
    }

    fn persist_change(
        &mut self,
        id: &CaseId,
        change: &[u8],
        now: Timestamp,
        action: AuditAction,
    ) -> Result<(), StoreError> {
        let doc = self.docs.get_mut(id).ok_or(StoreError::Internal)?;
        let conflicts = doc.conflict_count();
        let projection = waypoint_case::read_case(doc.case_ref()?, now, conflicts);
        let names_changed = search::names_changed(&self.conn, &projection)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.prepare_cached("INSERT INTO changes (case_id, bytes) VALUES (?1, ?2)")?
            .execute(params![id.as_str(), change])?;
        search::write_projection(&tx, &projection, names_changed)?;
        outbox::mark_dirty(&tx, id.as_str())?;
        audit::append(&tx, now.0, self.user.as_str(), action, id.as_str())?;
        tx.commit()?;
        self.index_for_tracing(&projection);
        Ok(())
    }

    /// Applies changes received from another replica (sync, import). Idempotent.
    pub fn apply_changes(&mut self, id: &CaseId, bytes: &[u8]) -> Result<(), StoreError> {
        let now = Timestamp::now();
        let doc = self.doc_mut(id)?;
        let before = doc.heads();
        doc.apply(bytes)?;
        if doc.heads() == before {
            return Ok(());
        }
        let result = self.persist_change(id, bytes, now, AuditAction::ChangesReceived);
        if result.is_err() {
            self.docs.remove(id);
        }
        result
    }

    /// The whole case document as bytes (a compact snapshot with its full history), as another
    /// replica needs it to start from.
    pub fn case_bytes(&mut self, id: &CaseId) -> Result<Vec<u8>, StoreError> {
        Ok(self.doc_mut(id)?.save())
    }

    /// Receives a case document (or changes to one) from another replica: a case this store
    /// does not hold yet is added; one it holds gets the changes merged in. Idempotent.
    pub fn receive_case(&mut self, bytes: &[u8]) -> Result<CaseId, StoreError> {
        let mut doc = CaseDoc::load(bytes, self.actor.clone())?;
        let case = doc.case()?;
        let exists: bool = self
            .conn
            .query_row("SELECT 1 FROM cases WHERE case_id = ?1", [case.id.as_str()], |_| Ok(true))
            .optional()?
            .unwrap_or(false);
        if exists {
            self.apply_changes(&case.id, bytes)?;
            return Ok(case.id);
        }
        let now = Timestamp::now();
        let conflicts = doc.conflict_count();
        let projection = waypoint_case::read_case(&case, now, conflicts);
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO cases (case_id, snapshot) VALUES (?1, ?2)",
            params![case.id.as_str(), doc.save()],
        )?;
        search::write_projection(&tx, &projection, true)?;
        outbox::mark_dirty(&tx, case.id.as_str())?;
        audit::append(&tx, now.0, self.user.as_str(), AuditAction::ChangesReceived, case.id.as_str())?;
        tx.commit()?;
        self.index_for_tracing(&projection);
        self.remember(case.id.clone(), doc);
        Ok(case.id)
    }

    /// Keeps the tracing index (if built) in step with a projection just committed.
    fn index_for_tracing(&mut self, projection: &waypoint_case::CaseReading) {
        let Some(index) = self.tracing.as_mut() else { return };
        let id = projection.summary.case_id.clone();
        match &projection.tracing_profile {
            Some(profile) => index.upsert(id, profile.clone()),
            None => {
                index.remove(&id);
            }
        }
    }

    /// Builds the tracing index from the stored profiles.
    fn tracing_index(&mut self) -> Result<&TracingIndex<String>, StoreError> {
        if self.tracing.is_none() {
            let mut index = TracingIndex::new();
            let mut stmt = self.conn.prepare_cached("SELECT case_id, profile FROM tracing_profiles")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (id, profile) = row?;
                // A profile this build cannot read is re-derived at the case's next edit.
                if let Ok(profile) = serde_json::from_str::<Profile>(&profile) {
                    index.upsert(id, profile);
                }
            }
            self.tracing = Some(index);
        }
        self.tracing.as_ref().ok_or(StoreError::Internal)
    }

    /// Re-derives every projection when a migration asked for it (a new projection column or
    /// table), in one transaction.
    fn reproject_if_needed(&mut self) -> Result<(), StoreError> {
        let needed: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'reproject'", [], |r| r.get(0))
            .optional()?;
        if needed.is_none() {
            return Ok(());
        }
        let ids: Vec<String> = {
            let mut stmt = self.conn.prepare("SELECT case_id FROM cases")?;
            stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?
        };
        let now = Timestamp::now();
        let mut projections = Vec::with_capacity(ids.len());
        for id in ids {
            let id = CaseId::parse(&id).map_err(|_| StoreError::Corrupt)?;
            let mut doc = self.load_doc(&id)?;
            let conflicts = doc.conflict_count();
            projections.push(waypoint_case::read_case(doc.case_ref()?, now, conflicts));
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for p in &projections {
            search::write_projection(&tx, p, true)?;
        }
        tx.execute("DELETE FROM meta WHERE key = 'reproject'", [])?;
        tx.commit()?;
        Ok(())
    }

    /// Registered persons who may be `sought_person` of case `id`, best first, with reasons.
    ///
    /// Needs the case's consent to tracing; only persons whose own tracing consent is in force
    /// are candidates, and the case itself never is. Audited.
    pub fn tracing_candidates(
        &mut self,
        id: &CaseId,
        sought_person: &EntryId,
        limit: usize,
    ) -> Result<Vec<TracingCandidate>, StoreError> {
        let now = Timestamp::now();
        let case = self.doc_mut(id)?.case()?;
        permits(&case, Action::Trace).map_err(StoreError::Consent)?;
        let person = case
            .tracing
            .sought_persons
            .iter()
            .find(|p| &p.id == sought_person)
            .ok_or_else(|| StoreError::SoughtPersonNotFound { entry: sought_person.to_string() })?;
        let sought = waypoint_case::family_tracing::sought(&case, person, now);
        let found = self.tracing_index()?.candidates(&sought, limit.saturating_add(1));
        let mut out = Vec::with_capacity(found.candidates.len());
        for c in found.candidates.into_iter().filter(|c| c.id != id.as_str()).take(limit) {
            let Some(summary) = search::summary(&self.conn, &c.id)? else { continue };
            out.push(TracingCandidate {
                case_id: c.id,
                code: summary.code,
                display_name: summary.display_name,
                score: c.assessment.score,
                reasons: c.assessment.reasons.iter().map(|r| r.message_id()).collect(),
            });
        }
        self.audit_now(AuditAction::TracingSearched, id.as_str())?;
        Ok(out)
    }

    /// Fields of the case that replicas wrote concurrently, for a person to resolve.
    pub fn conflicts(&mut self, id: &CaseId) -> Result<Vec<Conflict>, StoreError> {
        Ok(self.doc_mut(id)?.conflicts())
    }

    /// Resolves a conflict by writing the chosen value as a new change.
    pub fn resolve_conflict(
        &mut self,
        id: &CaseId,
        path: &[PathSeg],
        chosen: &serde_json::Value,
    ) -> Result<Saved, StoreError> {
        let now = Timestamp::now();
        let user = self.user.clone();
        let Some(change) = self.doc_mut(id)?.resolve(path, chosen, &user, now)? else {
            return Ok(Saved::Unchanged);
        };
        let result = self.persist_change(id, &change, now, AuditAction::ConflictResolved);
        if result.is_err() {
            self.docs.remove(id);
        }
        result.map(|()| Saved::Saved)
    }

    /// The whole case as JSON, for the person's own access request (audited as an export).
    pub fn export_case(&mut self, id: &CaseId) -> Result<serde_json::Value, StoreError> {
        let case = self.doc_mut(id)?.case()?;
        let json = serde_json::to_value(&case).map_err(|_| StoreError::Internal)?;
        self.audit_now(AuditAction::CaseExported, id.as_str())?;
        Ok(json)
    }

    /// The cases with a short code, as typed by a person (usually one; see [`Store::unused_code`]).
    pub fn find_by_code(&self, code: &str) -> Result<Vec<CaseId>, StoreError> {
        let Some(code) = waypoint_case::search::as_code(code) else { return Ok(Vec::new()) };
        let mut stmt =
            self.conn.prepare_cached("SELECT case_id FROM case_index WHERE code = ?1 ORDER BY case_id")?;
        let ids = stmt.query_map([code.as_str()], |r| r.get::<_, String>(0))?;
        Ok(ids.map(|id| id.map(CaseId::new)).collect::<Result<_, _>>()?)
    }

    /// A short code no case on this device has yet. Codes made offline on other devices may
    /// still coincide; [`Store::find_by_code`] then lists every case with it.
    fn unused_code(&self) -> Result<ShortCode, StoreError> {
        let mut rng = rand::thread_rng();
        loop {
            let code = ShortCode::generate(&mut rng);
            let taken: bool = self.conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM case_index WHERE code = ?1)",
                [code.as_str()],
                |r| r.get(0),
            )?;
            if !taken {
                return Ok(code);
            }
        }
    }

    /// The case list, most recently changed first.
    pub fn list_cases(&self, limit: usize) -> Result<Vec<CaseSummary>, StoreError> {
        search::list(&self.conn, &CaseListFilter::default(), limit)
    }

    /// The most recently changed cases that pass `filter`.
    pub fn list_cases_where(
        &self,
        filter: &CaseListFilter,
        limit: usize,
    ) -> Result<Vec<CaseSummary>, StoreError> {
        search::list(&self.conn, filter, limit)
    }

    /// Number of cases in the store.
    pub fn case_count(&self) -> Result<u64, StoreError> {
        let n: i64 = self.conn.query_row("SELECT count(*) FROM case_index", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Searches names across scripts (and short codes): best matches first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let by_code = self.find_by_code(query)?;
        if !by_code.is_empty() {
            let mut hits = Vec::with_capacity(by_code.len());
            for id in by_code {
                if let Some(case) = search::summary(&self.conn, id.as_str())? {
                    hits.push(SearchHit { score: 1.0, case });
                }
            }
            return Ok(hits);
        }
        search::names(&self.conn, query, limit)
    }

    /// Folds accumulated changes of up to `max_cases` cases into their snapshots; returns how
    /// many cases were compacted. Safe to run at any time: each case is compacted in its own
    /// short transaction.
    pub fn compact(&mut self, max_cases: usize) -> Result<usize, StoreError> {
        compact(&mut self.conn, &self.actor, max_cases)
    }

    /// Verifies the audit chain; returns the number of entries.
    pub fn verify_audit(&self) -> Result<u64, StoreError> {
        audit::verify(&self.conn)
    }

    /// The latest audit entries, newest first.
    pub fn audit_entries(&self, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        audit::recent(&self.conn, limit)
    }

    /// Starts compaction on a background thread with its own connection; it stops when the
    /// returned handle is dropped. Editing is never blocked for more than one case's fold.
    pub fn spawn_compactor(
        &self,
        passphrase: &str,
        every: std::time::Duration,
    ) -> Result<Compactor, StoreError> {
        let ring = Keyring::load(&keyring_path(&self.path))?;
        let key = ring.unwrap_key(self.user.as_str(), passphrase)?;
        let mut conn = open_connection(&self.path, &key, false)?;
        let actor = self.actor.clone();
        let (stop, stopped) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("waypoint-compactor".into())
            .spawn(move || {
                while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(every) {
                    if let Err(e) = compact(&mut conn, &actor, 32) {
                        tracing::warn!(error = %e, "background compaction failed");
                    }
                }
            })
            .map_err(|_| StoreError::Internal)?;
        Ok(Compactor { stop: Some(stop), thread: Some(thread) })
    }

    /// Raw access for benchmarks that compare with a bare SQLite write on the same file.
    #[doc(hidden)]
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// A running background compactor; dropping it stops the thread.
#[derive(Debug)]
pub struct Compactor {
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Compactor {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn compact(conn: &mut Connection, actor: &ActorId, max_cases: usize) -> Result<usize, StoreError> {
    let candidates: Vec<String> = {
        let mut stmt =
            conn.prepare("SELECT case_id FROM changes GROUP BY case_id HAVING count(*) >= ?1 LIMIT ?2")?;
        let rows = stmt
            .query_map(params![COMPACT_AFTER_CHANGES, i64::try_from(max_cases).unwrap_or(i64::MAX)], |r| {
                r.get(0)
            })?;
        rows.collect::<Result<_, _>>()?
    };
    let mut done = 0;
    for case_id in candidates {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let snapshot: Vec<u8> =
            tx.query_row("SELECT snapshot FROM cases WHERE case_id = ?1", [&case_id], |r| r.get(0))?;
        let mut doc = CaseDoc::load(&snapshot, actor.clone())?;
        let mut last_seq = 0i64;
        {
            let mut stmt = tx.prepare("SELECT seq, bytes FROM changes WHERE case_id = ?1 ORDER BY seq")?;
            let mut rows = stmt.query([&case_id])?;
            while let Some(row) = rows.next()? {
                last_seq = row.get(0)?;
                let bytes: Vec<u8> = row.get(1)?;
                doc.apply(&bytes)?;
            }
        }
        tx.execute("UPDATE cases SET snapshot = ?2 WHERE case_id = ?1", params![case_id, doc.save()])?;
        tx.execute("DELETE FROM changes WHERE case_id = ?1 AND seq <= ?2", params![case_id, last_seq])?;
        tx.commit()?;
        done += 1;
    }
    Ok(done)
}

/// What a screen shows for a store error: the store names its message; a wrong passphrase and an
/// unknown user read alike, so the screen does not reveal which user names exist.
impl From<StoreError> for UserError {
    fn from(e: StoreError) -> Self {
        // Store errors already name their message; their arguments are ids, paths and numbers.
        let mut out = UserError::new(e.message_id());
        for (k, v) in e.message_args() {
            out.args.insert(k.to_owned(), v);
        }
        if matches!(e, StoreError::WrongPassphrase | StoreError::UnknownUser { .. }) {
            // One message for both, so the screen does not reveal which user names exist.
            out = UserError::new("app-error-unlock-failed").at("passphrase");
        }
        if matches!(e, StoreError::PassphraseTooShort { .. }) {
            out.field = Some("passphrase".into());
        }
        if let StoreError::Internal | StoreError::Sqlite(_) | StoreError::Io { .. } = &e {
            tracing::error!(error = %e, "store error");
        }
        out
    }
}

#[cfg(test)]
mod user_error_tests {
    use super::*;

    #[test]
    fn unlock_failures_do_not_reveal_which_users_exist() {
        let wrong = UserError::from(StoreError::WrongPassphrase);
        let unknown = UserError::from(StoreError::UnknownUser { user: "someone".into() });
        assert_eq!(wrong, unknown);
        assert_eq!(wrong.id, "app-error-unlock-failed");
        assert!(!unknown.args.values().any(|v| v.contains("someone")));
    }

    #[test]
    fn store_errors_keep_their_message_and_arguments() {
        let e = UserError::from(StoreError::PassphraseTooShort { min: 12 });
        assert_eq!(e.id, "error-passphrase-too-short");
        assert_eq!(e.args.get("min").map(String::as_str), Some("12"));
        assert_eq!(e.field.as_deref(), Some("passphrase"));
    }
}
