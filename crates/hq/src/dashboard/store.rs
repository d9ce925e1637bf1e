//! What the dashboard reads and writes, behind [`DashboardStore`], and its SQLite
//! implementation on the same files as the sync hub.
//!
//! The dashboard opens its own connections (WAL; rusqlite waits up to 5 s on a busy file), so
//! it never holds the sync handler's lock. Case edits go through [`HubStorage::apply`], the
//! path a device's change takes, as an HQ pseudo-device of the case's site: the change is
//! sealed under the case's key, moves the case up the feed, and syncs to devices like any edit.

use std::path::Path;

use automerge::Automerge;
use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};
use waypoint_sync::hub::HubStorage;
use waypoint_sync::wire::{CaseKey, Change, DeviceKey};

use crate::storage::{SqliteHub, StorageError};

/// Failures of the dashboard's storage.
#[derive(Debug, thiserror::Error)]
pub enum DashStoreError {
    /// SQLite failed.
    #[error("dashboard database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The hub's storage failed.
    #[error("hub storage: {0}")]
    Hub(#[from] StorageError),
    /// The hub refused a change (erased case, bad bytes).
    #[error("the change to case {case} was refused: {reason}")]
    Refused {
        /// Case id (hex), no personal data.
        case: String,
        /// Why.
        reason: String,
    },
    /// A user with this name exists.
    #[error("a user with this name exists")]
    UserExists,
    /// The hub's transaction could not start or commit.
    #[error("the hub's transaction failed")]
    Transaction,
}

/// A dashboard user as stored.
#[derive(Debug, Clone)]
pub struct UserRecord {
    /// Sign-in name.
    pub name: String,
    /// Role code.
    pub role: String,
    /// Argon2id PHC string.
    pub password: String,
}

/// A dashboard account as the accounts page lists it (no password hash).
#[derive(Debug, Clone, serde::Serialize)]
pub struct UserRow {
    /// Sign-in name.
    pub name: String,
    /// Role code.
    pub role: String,
    /// Created (ms).
    pub created_at: i64,
}

/// HQ's decision on a possible duplicate: whether two cases (`a` < `b`) are one person.
#[derive(Debug, Clone)]
pub struct DuplicateDecision {
    /// The case with the lower id.
    pub a: CaseKey,
    /// The other.
    pub b: CaseKey,
    /// The same person (else two people).
    pub same_person: bool,
    /// Who decided.
    pub by: String,
    /// When (ms).
    pub at: i64,
}

/// A live server-side session.
#[derive(Debug, Clone)]
pub struct SessionRecord {
    /// User name.
    pub user: String,
    /// The per-session CSRF token.
    pub csrf: String,
    /// Created (ms).
    pub created_at: i64,
    /// Last request (ms).
    pub last_seen: i64,
}

/// One audit entry: who did what, when, on which case. Never personal data in `detail`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AuditRow {
    /// Sequence number.
    pub seq: i64,
    /// When (ms).
    pub at: i64,
    /// HQ user name.
    pub user: String,
    /// Action code (`case.view`, `conflict.resolve`, …).
    pub action: String,
    /// Case id, if any.
    pub case_id: Option<String>,
    /// Codes only: a field path, a site, a device id, a reason code.
    pub detail: String,
}

/// A device as the devices page lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeviceRow {
    /// Device id (hex).
    pub id: String,
    /// Its site.
    pub site: String,
    /// Revoked.
    pub revoked: bool,
    /// Enrolled (ms).
    pub enrolled_at: i64,
}

/// A case HQ holds: its key, site and heads (to tell whether a cached reading is current).
#[derive(Debug, Clone)]
pub struct CaseRow {
    /// The case.
    pub key: CaseKey,
    /// Its site at HQ.
    pub site: String,
    /// Its heads as stored (opaque).
    pub heads: Vec<u8>,
}

/// An erased case, with the order's reason code when the dashboard gave it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ErasureRow {
    /// Case id (UUID).
    pub case_id: String,
    /// Its site.
    pub site: String,
    /// When (ms).
    pub at: i64,
    /// Reason code, if ordered from the dashboard.
    pub reason: Option<String>,
    /// Who ordered it, if ordered from the dashboard.
    pub by: Option<String>,
    /// Devices that confirmed deleting their copy.
    pub confirmations: i64,
}

/// Everything the dashboard needs from storage: SQLite implements it here, PostgreSQL in
/// [`super::pg_store`].
pub trait DashboardStore: Send {
    /// Adds a user.
    fn add_user(&mut self, user: &UserRecord, now: i64) -> Result<(), DashStoreError>;
    /// A user by name.
    fn user(&self, name: &str) -> Result<Option<UserRecord>, DashStoreError>;
    /// Every user, by name.
    fn users(&self) -> Result<Vec<UserRow>, DashStoreError>;
    /// Gives a user another role; false if there is no such user.
    fn set_role(&mut self, name: &str, role: &str) -> Result<bool, DashStoreError>;
    /// Removes a user and their sessions; false if there is no such user.
    fn remove_user(&mut self, name: &str) -> Result<bool, DashStoreError>;
    /// Stores a session under the hash of its token.
    fn create_session(&mut self, token_hash: &[u8], s: &SessionRecord) -> Result<(), DashStoreError>;
    /// A session by token hash; marks it seen at `now`.
    fn session(&mut self, token_hash: &[u8], now: i64) -> Result<Option<SessionRecord>, DashStoreError>;
    /// Ends a session (and every expired one).
    fn delete_session(&mut self, token_hash: &[u8], expired_before: i64) -> Result<(), DashStoreError>;
    /// Appends to the audit trail (hash-chained).
    fn audit(
        &mut self,
        at: i64,
        user: &str,
        action: &str,
        case: Option<&str>,
        detail: &str,
    ) -> Result<(), DashStoreError>;
    /// The latest audit entries, newest first.
    fn audit_entries(&self, limit: usize) -> Result<Vec<AuditRow>, DashStoreError>;
    /// Every case held, newest feed position first.
    fn cases(&self) -> Result<Vec<CaseRow>, DashStoreError>;
    /// A case's document.
    fn doc(&self, key: &CaseKey) -> Result<Option<Automerge>, DashStoreError>;
    /// Stores one change to a case, made at HQ by `user`, the way a device's change is stored.
    fn write_change(
        &mut self,
        key: &CaseKey,
        user: &str,
        bytes: Vec<u8>,
        now: i64,
    ) -> Result<(), DashStoreError>;
    /// Enrolled devices.
    fn devices(&self) -> Result<Vec<DeviceRow>, DashStoreError>;
    /// A one-time enrollment code for `site`.
    fn enrollment_code(&mut self, site: &str, now: i64) -> Result<String, DashStoreError>;
    /// Revokes a device.
    fn revoke(&mut self, device: &DeviceKey) -> Result<(), DashStoreError>;
    /// Every transfer (case, receiving site).
    fn transfers(&self) -> Result<Vec<(CaseKey, String)>, DashStoreError>;
    /// Gives a case to another site as well.
    fn transfer(&mut self, key: &CaseKey, site: &str) -> Result<(), DashStoreError>;
    /// Erases a case everywhere, recording the order's reason code.
    fn erase(&mut self, key: &CaseKey, reason: &str, by: &str, now: i64) -> Result<(), DashStoreError>;
    /// Erased cases.
    fn erasures(&self) -> Result<Vec<ErasureRow>, DashStoreError>;
    /// Every decision on a possible duplicate.
    fn duplicate_decisions(&self) -> Result<Vec<DuplicateDecision>, DashStoreError>;
    /// Records (or replaces) a decision on a possible duplicate.
    fn decide_duplicate(&mut self, d: &DuplicateDecision) -> Result<(), DashStoreError>;
}

/// The dashboard's SQLite storage: its own hub handle (for case documents and writes) and
/// its own connection (users, sessions, audit, listings).
pub struct SqliteDashboard {
    hub: SqliteHub,
    conn: Connection,
}

/// The pseudo-device HQ's own changes to a case of `site` are applied as: revoked and with no
/// key, so it can never sign a request; only the dashboard writes through it.
pub(super) fn hq_device(site: &str) -> DeviceKey {
    let digest = Sha256::digest(format!("waypoint-hq-dashboard:{site}").as_bytes());
    let mut id = [0u8; 16];
    id.copy_from_slice(&digest[..16]);
    DeviceKey(id)
}

pub(super) fn key16(blob: &[u8]) -> Option<CaseKey> {
    <[u8; 16]>::try_from(blob).ok().map(CaseKey)
}

/// Why HQ's change to a case was refused (the case id in hex: no personal data).
pub(super) fn refused(key: &CaseKey, reason: &str) -> DashStoreError {
    DashStoreError::Refused { case: hex::encode(key.0), reason: reason.into() }
}

/// Stores one change HQ made to a case, in a transaction of its own, through the path a
/// device's change takes, as HQ's pseudo-device of the case's `site` (which must exist).
pub(super) fn apply_as_hq(
    hub: &mut impl HubStorage,
    key: &CaseKey,
    site: &str,
    user: &str,
    bytes: Vec<u8>,
) -> Result<(), DashStoreError> {
    if !hub.begin() {
        return Err(DashStoreError::Transaction);
    }
    let applied = hub.apply(&hq_device(site), key, &[Change { user: user.to_owned(), bytes }]);
    if !hub.commit() {
        return Err(DashStoreError::Transaction);
    }
    applied.map(drop).map_err(|e| refused(key, &format!("{e:?}")))
}

/// An audit entry's link in the chain: the previous entry's hash and this entry's fields, so
/// that an entry removed or changed breaks every link after it.
pub(super) fn audit_hash(
    prev: &[u8],
    at: i64,
    user: &str,
    action: &str,
    case: Option<&str>,
    detail: &str,
) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(prev);
    for part in [at.to_string().as_str(), user, action, case.unwrap_or(""), detail] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.finalize().to_vec()
}

/// The devices a dashboard lists: the enrolled ones, not HQ's own pseudo-devices (which have
/// no public key, all zeroes).
pub(super) const NO_PUBLIC_KEY: [u8; 32] = [0; 32];

/// The UUID text of a case key.
pub fn case_text(key: &CaseKey) -> String {
    waypoint_store::case_id(key).map_or_else(|| hex::encode(key.0), |id| id.to_string())
}

impl SqliteDashboard {
    /// Opens the dashboard's tables in the hub's database at `path` (keys beside it).
    pub fn open(path: &Path) -> Result<Self, DashStoreError> {
        let hub = SqliteHub::open(path)?;
        let conn = Connection::open(path)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        Ok(Self { hub, conn })
    }
}

impl DashboardStore for SqliteDashboard {
    fn add_user(&mut self, user: &UserRecord, now: i64) -> Result<(), DashStoreError> {
        let n = self.conn.execute(
            "INSERT OR IGNORE INTO dash_users (name, role, password, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![user.name, user.role, user.password, now],
        )?;
        if n == 0 {
            return Err(DashStoreError::UserExists);
        }
        Ok(())
    }

    fn user(&self, name: &str) -> Result<Option<UserRecord>, DashStoreError> {
        Ok(self
            .conn
            .query_row("SELECT name, role, password FROM dash_users WHERE name = ?1", [name], |r| {
                Ok(UserRecord { name: r.get(0)?, role: r.get(1)?, password: r.get(2)? })
            })
            .optional()?)
    }

    fn users(&self) -> Result<Vec<UserRow>, DashStoreError> {
        let mut stmt = self.conn.prepare("SELECT name, role, created_at FROM dash_users ORDER BY name")?;
        let rows =
            stmt.query_map([], |r| Ok(UserRow { name: r.get(0)?, role: r.get(1)?, created_at: r.get(2)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn set_role(&mut self, name: &str, role: &str) -> Result<bool, DashStoreError> {
        Ok(self.conn.execute("UPDATE dash_users SET role = ?2 WHERE name = ?1", params![name, role])? > 0)
    }

    fn remove_user(&mut self, name: &str) -> Result<bool, DashStoreError> {
        let tx = self.conn.transaction()?;
        let removed = tx.execute("DELETE FROM dash_users WHERE name = ?1", [name])? > 0;
        // Sessions name their user as signed in with; the name matches whatever its case.
        tx.execute("DELETE FROM dash_sessions WHERE user = ?1 COLLATE NOCASE", [name])?;
        tx.commit()?;
        Ok(removed)
    }

    fn create_session(&mut self, token_hash: &[u8], s: &SessionRecord) -> Result<(), DashStoreError> {
        self.conn.execute(
            "INSERT INTO dash_sessions (token_hash, user, csrf, created_at, last_seen) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![token_hash, s.user, s.csrf, s.created_at, s.last_seen],
        )?;
        Ok(())
    }

    fn session(&mut self, token_hash: &[u8], now: i64) -> Result<Option<SessionRecord>, DashStoreError> {
        let found = self
            .conn
            .query_row(
                "SELECT user, csrf, created_at, last_seen FROM dash_sessions WHERE token_hash = ?1",
                [token_hash],
                |r| {
                    Ok(SessionRecord {
                        user: r.get(0)?,
                        csrf: r.get(1)?,
                        created_at: r.get(2)?,
                        last_seen: r.get(3)?,
                    })
                },
            )
            .optional()?;
        if found.is_some() {
            self.conn.execute(
                "UPDATE dash_sessions SET last_seen = ?2 WHERE token_hash = ?1",
                params![token_hash, now],
            )?;
        }
        Ok(found)
    }

    fn delete_session(&mut self, token_hash: &[u8], expired_before: i64) -> Result<(), DashStoreError> {
        self.conn.execute(
            "DELETE FROM dash_sessions WHERE token_hash = ?1 OR last_seen < ?2",
            params![token_hash, expired_before],
        )?;
        Ok(())
    }

    fn audit(
        &mut self,
        at: i64,
        user: &str,
        action: &str,
        case: Option<&str>,
        detail: &str,
    ) -> Result<(), DashStoreError> {
        let tx = self.conn.transaction()?;
        let prev: Vec<u8> = tx
            .query_row("SELECT hash FROM dash_audit ORDER BY seq DESC LIMIT 1", [], |r| r.get(0))
            .optional()?
            .unwrap_or_default();
        tx.execute(
            "INSERT INTO dash_audit (at, user, action, case_id, detail, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![at, user, action, case, detail, audit_hash(&prev, at, user, action, case, detail)],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn audit_entries(&self, limit: usize) -> Result<Vec<AuditRow>, DashStoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT seq, at, user, action, case_id, detail FROM dash_audit ORDER BY seq DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
            Ok(AuditRow {
                seq: r.get(0)?,
                at: r.get(1)?,
                user: r.get(2)?,
                action: r.get(3)?,
                case_id: r.get(4)?,
                detail: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn cases(&self) -> Result<Vec<CaseRow>, DashStoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT c.case_id, c.site, COALESCE(h.heads, x'') FROM cases c
             LEFT JOIN case_heads h ON h.case_id = c.case_id ORDER BY c.position DESC",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get(1)?, r.get(2)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (key, site, heads) = row?;
            if let Some(key) = key16(&key) {
                out.push(CaseRow { key, site, heads });
            }
        }
        Ok(out)
    }

    fn doc(&self, key: &CaseKey) -> Result<Option<Automerge>, DashStoreError> {
        Ok(self.hub.doc(key)?)
    }

    fn write_change(
        &mut self,
        key: &CaseKey,
        user: &str,
        bytes: Vec<u8>,
        now: i64,
    ) -> Result<(), DashStoreError> {
        let site: Option<String> = self
            .conn
            .query_row("SELECT site FROM cases WHERE case_id = ?1", [key.0.to_vec()], |r| r.get(0))
            .optional()?;
        let Some(site) = site else { return Err(refused(key, "not held")) };
        self.conn.execute(
            "INSERT OR IGNORE INTO devices (id, public_key, site, revoked, enrolled_at)
             VALUES (?1, ?2, ?3, 1, ?4)",
            params![hq_device(&site).0.to_vec(), NO_PUBLIC_KEY.to_vec(), site, now],
        )?;
        apply_as_hq(&mut self.hub, key, &site, user, bytes)
    }

    fn devices(&self) -> Result<Vec<DeviceRow>, DashStoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, site, revoked, enrolled_at FROM devices
             WHERE public_key != ?1 ORDER BY enrolled_at DESC",
        )?;
        let rows = stmt.query_map([NO_PUBLIC_KEY.to_vec()], |r| {
            Ok(DeviceRow {
                id: hex::encode(r.get::<_, Vec<u8>>(0)?),
                site: r.get(1)?,
                revoked: r.get(2)?,
                enrolled_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn enrollment_code(&mut self, site: &str, now: i64) -> Result<String, DashStoreError> {
        Ok(self.hub.add_device_code(site, now)?)
    }

    fn revoke(&mut self, device: &DeviceKey) -> Result<(), DashStoreError> {
        Ok(self.hub.revoke(device)?)
    }

    fn transfers(&self) -> Result<Vec<(CaseKey, String)>, DashStoreError> {
        let mut stmt = self.conn.prepare("SELECT case_id, site FROM transfers ORDER BY case_id, site")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (key, site) = row?;
            if let Some(key) = key16(&key) {
                out.push((key, site));
            }
        }
        Ok(out)
    }

    fn transfer(&mut self, key: &CaseKey, site: &str) -> Result<(), DashStoreError> {
        Ok(self.hub.transfer(key, site)?)
    }

    fn erase(&mut self, key: &CaseKey, reason: &str, by: &str, now: i64) -> Result<(), DashStoreError> {
        self.hub.erase(key, now)?;
        self.conn.execute(
            "INSERT OR REPLACE INTO dash_erasure_orders (case_id, reason, by_user, at) VALUES (?1, ?2, ?3, ?4)",
            params![key.0.to_vec(), reason, by, now],
        )?;
        // A decision would link the erased case's id to a living case: it goes too.
        self.conn.execute(
            "DELETE FROM dash_duplicate_decisions WHERE case_a = ?1 OR case_b = ?1",
            [key.0.to_vec()],
        )?;
        Ok(())
    }

    fn erasures(&self) -> Result<Vec<ErasureRow>, DashStoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT e.case_id, e.site, e.at, o.reason, o.by_user,
                    (SELECT count(*) FROM erasure_confirmations c WHERE c.case_id = e.case_id)
             FROM erased e LEFT JOIN dash_erasure_orders o ON o.case_id = e.case_id ORDER BY e.at DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            let key: Vec<u8> = r.get(0)?;
            Ok(ErasureRow {
                case_id: key16(&key).map_or_else(|| hex::encode(&key), |k| case_text(&k)),
                site: r.get(1)?,
                at: r.get(2)?,
                reason: r.get(3)?,
                by: r.get(4)?,
                confirmations: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn duplicate_decisions(&self) -> Result<Vec<DuplicateDecision>, DashStoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT case_a, case_b, same_person, by_user, at FROM dash_duplicate_decisions")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (a, b, same_person, by, at) = row?;
            if let (Some(a), Some(b)) = (key16(&a), key16(&b)) {
                out.push(DuplicateDecision { a, b, same_person, by, at });
            }
        }
        Ok(out)
    }

    fn decide_duplicate(&mut self, d: &DuplicateDecision) -> Result<(), DashStoreError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO dash_duplicate_decisions (case_a, case_b, same_person, by_user, at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![d.a.0.to_vec(), d.b.0.to_vec(), d.same_person, d.by, d.at],
        )?;
        Ok(())
    }
}
