//! The audit log: who viewed, changed, exported or synced what, and when, as a hash chain.
//!
//! Each entry's hash covers the previous entry's hash, so removing or altering an entry breaks
//! every later link; triggers also refuse UPDATE and DELETE. Entries hold ids and action names
//! only — never a name, an answer or any other personal data.

use rusqlite::{Connection, OptionalExtension, params};

use crate::StoreError;

/// What happened. The names are stable: they are part of the hashed record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    /// The store was created.
    StoreCreated,
    /// A user unlocked the store.
    Unlocked,
    /// A user was added.
    UserAdded,
    /// A passphrase was changed.
    PassphraseChanged,
    /// A case was opened.
    CaseCreated,
    /// A case was changed.
    CaseEdited,
    /// A case was viewed in full.
    CaseViewed,
    /// A case was exported (e.g. for the person's own access request).
    CaseExported,
    /// A conflict was resolved.
    ConflictResolved,
    /// Changes from another replica were applied.
    ChangesReceived,
    /// Tracing candidates were searched for a sought person of a case.
    TracingSearched,
    /// A case was erased on headquarters' order.
    CaseErased,
    /// The device enrolled at headquarters.
    DeviceEnrolled,
}

impl AuditAction {
    /// Stable name stored in the log.
    pub fn name(self) -> &'static str {
        match self {
            Self::StoreCreated => "store.created",
            Self::Unlocked => "store.unlocked",
            Self::UserAdded => "user.added",
            Self::PassphraseChanged => "user.passphrase_changed",
            Self::CaseCreated => "case.created",
            Self::CaseEdited => "case.edited",
            Self::CaseViewed => "case.viewed",
            Self::CaseExported => "case.exported",
            Self::ConflictResolved => "case.conflict_resolved",
            Self::ChangesReceived => "case.changes_received",
            Self::TracingSearched => "case.tracing_searched",
            Self::CaseErased => "case.erased",
            Self::DeviceEnrolled => "device.enrolled",
        }
    }
}

/// One audit entry as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// Position in the chain, from 1.
    pub seq: i64,
    /// When (ms since epoch).
    pub at: i64,
    /// Who (user id).
    pub user: String,
    /// What (action name).
    pub action: String,
    /// On what (a case id, a user id, or empty).
    pub subject: String,
}

/// Appends an entry (inside the caller's transaction, so it commits with the change it records).
pub(crate) fn append(
    conn: &Connection,
    at: i64,
    user: &str,
    action: AuditAction,
    subject: &str,
) -> Result<(), StoreError> {
    let last: Option<(i64, Vec<u8>)> = conn
        .query_row("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let next = waypoint_audit::next(last, at, &[user, action.name(), subject]);
    conn.execute(
        "INSERT INTO audit (seq, at, user, action, subject, prev, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![next.seq, at, user, action.name(), subject, next.prev, next.hash.to_vec()],
    )?;
    Ok(())
}

/// Walks the whole chain; returns the number of entries, or the first broken link.
pub(crate) fn verify(conn: &Connection) -> Result<u64, StoreError> {
    let mut stmt =
        conn.prepare("SELECT seq, at, user, action, subject, prev, hash FROM audit ORDER BY seq")?;
    let mut rows = stmt.query([])?;
    let mut chain = waypoint_audit::Verifier::new();
    while let Some(row) = rows.next()? {
        let (user, action, subject): (String, String, String) = (row.get(2)?, row.get(3)?, row.get(4)?);
        chain
            .check(
                row.get(0)?,
                row.get(1)?,
                &[&user, &action, &subject],
                &row.get::<_, Vec<u8>>(5)?,
                &row.get::<_, Vec<u8>>(6)?,
            )
            .map_err(|b| StoreError::AuditBroken { seq: b.seq })?;
    }
    Ok(chain.count())
}

/// The last `limit` entries, newest first.
pub(crate) fn recent(conn: &Connection, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
    let mut stmt =
        conn.prepare("SELECT seq, at, user, action, subject FROM audit ORDER BY seq DESC LIMIT ?1")?;
    let rows = stmt.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
        Ok(AuditEntry {
            seq: r.get(0)?,
            at: r.get(1)?,
            user: r.get(2)?,
            action: r.get(3)?,
            subject: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
