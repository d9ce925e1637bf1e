//! What the dashboard reads and writes in HQ's [`Store`]: accounts, staff sessions, the audit
//! trail, listings, and HQ's own changes to cases.
//!
//! The dashboard has a store of its own (its own connections), so it never takes a worker
//! from the devices. A case edit made at HQ goes through [`HubStorage::apply_all`], the path a
//! device's change takes, as an HQ pseudo-device of the case's site: the change is sealed
//! under the case's key, moves the case up the feed, and syncs to devices like any edit.

use sha2::{Digest, Sha256};
use waypoint_case::duplicates::DuplicatePair;
use waypoint_case::figures::AnonymousRecord;
use waypoint_model::{CaseId, Timestamp, UserId};
use waypoint_sync::hub::HubStorage;
use waypoint_sync::wire::{CaseKey, Change, DeviceKey, DocChanges};

use crate::db::params;
use crate::store::{StorageError, Store, case_of};

/// A dashboard user as stored.
#[derive(Debug, Clone)]
pub struct UserRecord {
    /// Sign-in name, as written when the account was made.
    pub name: String,
    /// Role code.
    pub role: String,
    /// Argon2id PHC string.
    pub password: String,
    /// The sites whose cases it sees, as [`crate::accounts::Sites::stored`] writes them.
    pub sites: String,
}

/// A dashboard account as the accounts page lists it (no password hash).
#[derive(Debug, Clone, serde::Serialize)]
pub struct UserRow {
    /// Sign-in name.
    pub name: String,
    /// Role code.
    pub role: String,
    /// The sites whose cases it sees (`*`: every site; empty: none).
    pub sites: String,
    /// Created (ms).
    pub created_at: i64,
}

pub use waypoint_case::duplicates::DuplicateDecision;

/// What the audit trail records of one action: who, what, which case, and codes or counts —
/// never a person's name or answer.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    /// The staff account (or `cli`).
    pub user: &'a str,
    /// The action's code (`case.transfer`).
    pub action: &'a str,
    /// The case's id, if one.
    pub case: Option<&'a str>,
    /// Codes and counts (`to=shelter-central`).
    pub detail: String,
}

/// A staff member's live sign-in, as stored (under the hash of its token).
#[derive(Debug, Clone)]
pub struct StaffSessionRecord {
    /// User name.
    pub user: String,
    /// The per-session CSRF token.
    pub csrf: String,
    /// Created (ms).
    pub created_at: i64,
    /// Last request (ms).
    pub last_seen: i64,
}

/// Which audit entries to show: by account (any letter case), by action (`device` also finds
/// `device.revoke`; no wildcards), by case id; an empty field does not filter.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct AuditFilter {
    /// The staff account (as written in the trail).
    #[serde(default)]
    pub user: String,
    /// The action, or its first part.
    #[serde(default)]
    pub action: String,
    /// The case id.
    #[serde(default)]
    pub case: String,
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
    /// Receives cases (a device an admin enrolled waits for a supervisor of its site).
    pub approved: bool,
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
    /// Its heads as stored (opaque; empty if none are recorded).
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

/// The devices a dashboard lists: the enrolled ones, not HQ's own pseudo-devices (which have
/// no public key, all zeroes).
const NO_PUBLIC_KEY: [u8; 32] = [0; 32];

/// The pseudo-device HQ's own changes to a case of `site` are applied as: revoked and with no
/// key, so it can never sign a request; only the dashboard writes through it.
pub(crate) fn hq_device(site: &str) -> DeviceKey {
    let digest = Sha256::digest(format!("waypoint-hq-dashboard:{site}").as_bytes());
    let mut id = [0u8; 16];
    id.copy_from_slice(&digest[..16]);
    DeviceKey(id)
}

/// The UUID text of a case key.
pub fn case_text(key: &CaseKey) -> String {
    waypoint_model::CaseId::from_uuid_bytes(key.0).to_string()
}

/// The one way account names are matched (sign-in, the throttle, uniqueness): Unicode
/// lower case (a final sigma as any sigma), so `Amina`, `AMINA` and `amina` are one account
/// on every backend.
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase().replace('ς', "σ")
}

/// The audit entries written before the chain had its present encoding (no `prev` stored):
/// each hash covers the previous hash and the fields, NUL-terminated. Checked, never written.
fn legacy_link(prev: &[u8], at: i64, fields: &[&str]) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(prev);
    for part in std::iter::once(at.to_string().as_str()).chain(fields.iter().copied()) {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.finalize().to_vec()
}

impl Store {
    /// Fills the name key of accounts made before names had one (at open).
    pub(crate) fn key_account_names(&mut self) -> Result<(), StorageError> {
        for r in self.db.query("SELECT name FROM dash_users WHERE name_key IS NULL", &[])? {
            let name: String = r.get(0)?;
            self.db.execute(
                "UPDATE dash_users SET name_key = $2 WHERE name = $1",
                params![&name, name_key(&name)],
            )?;
        }
        Ok(())
    }

    /// Adds a user; [`StorageError::UserExists`] if the name (in any case) is taken.
    pub fn add_user(&mut self, user: &UserRecord, now: i64) -> Result<(), StorageError> {
        let n = self.db.execute(
            "INSERT INTO dash_users (name, name_key, role, password, sites, created_at) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT DO NOTHING",
            params![&user.name, name_key(&user.name), &user.role, &user.password, &user.sites, now],
        )?;
        if n == 0 { Err(StorageError::UserExists) } else { Ok(()) }
    }

    /// A user by name, in any case.
    pub fn user(&mut self, name: &str) -> Result<Option<UserRecord>, StorageError> {
        let row = self.db.query_opt(
            "SELECT name, role, password, sites FROM dash_users WHERE name_key = $1",
            params![name_key(name)],
        )?;
        row.map(|r| {
            Ok(UserRecord { name: r.get(0)?, role: r.get(1)?, password: r.get(2)?, sites: r.get(3)? })
        })
        .transpose()
    }

    /// Every user, by name.
    pub fn users(&mut self) -> Result<Vec<UserRow>, StorageError> {
        let rows =
            self.db.query("SELECT name, role, sites, created_at FROM dash_users ORDER BY name_key", &[])?;
        rows.iter()
            .map(|r| {
                Ok(UserRow { name: r.get(0)?, role: r.get(1)?, sites: r.get(2)?, created_at: r.get(3)? })
            })
            .collect()
    }

    /// Gives a user another role; false if there is no such user.
    pub fn set_role(&mut self, name: &str, role: &str) -> Result<bool, StorageError> {
        Ok(self
            .db
            .execute("UPDATE dash_users SET role = $2 WHERE name_key = $1", params![name_key(name), role])?
            > 0)
    }

    /// Gives a user other sites (as stored); false if there is no such user.
    pub fn set_sites(&mut self, name: &str, sites: &str) -> Result<bool, StorageError> {
        Ok(self.db.execute(
            "UPDATE dash_users SET sites = $2 WHERE name_key = $1",
            params![name_key(name), sites],
        )? > 0)
    }

    /// Removes a user and their sessions; false if there is no such user.
    pub fn remove_user(&mut self, name: &str) -> Result<bool, StorageError> {
        self.in_tx(|s| {
            let Some(user) = s.user(name)? else { return Ok(false) };
            s.db.execute("DELETE FROM dash_users WHERE name_key = $1", params![name_key(name)])?;
            // Sessions name their user as stored.
            s.db.execute("DELETE FROM dash_sessions WHERE user_name = $1", params![&user.name])?;
            Ok(true)
        })
    }

    /// Stores a session under the hash of its token.
    pub fn create_session(&mut self, token_hash: &[u8], s: &StaffSessionRecord) -> Result<(), StorageError> {
        self.db.execute(
            "INSERT INTO dash_sessions (token_hash, user_name, csrf, created_at, last_seen) VALUES ($1, $2, $3, $4, $5)",
            params![token_hash, &s.user, &s.csrf, s.created_at, s.last_seen],
        )?;
        Ok(())
    }

    /// A session by token hash, as it was before this request; marks it seen at `now`.
    pub fn staff_session(
        &mut self,
        token_hash: &[u8],
        now: i64,
    ) -> Result<Option<StaffSessionRecord>, StorageError> {
        let Some(r) = self.db.query_opt(
            "SELECT user_name, csrf, created_at, last_seen FROM dash_sessions WHERE token_hash = $1",
            params![token_hash],
        )?
        else {
            return Ok(None);
        };
        self.db.execute(
            "UPDATE dash_sessions SET last_seen = $2 WHERE token_hash = $1",
            params![token_hash, now],
        )?;
        Ok(Some(StaffSessionRecord {
            user: r.get(0)?,
            csrf: r.get(1)?,
            created_at: r.get(2)?,
            last_seen: r.get(3)?,
        }))
    }

    /// Ends a session (and every expired one).
    pub fn delete_session(&mut self, token_hash: &[u8], expired_before: i64) -> Result<(), StorageError> {
        self.db.execute(
            "DELETE FROM dash_sessions WHERE token_hash = $1 OR last_seen < $2",
            params![token_hash, expired_before],
        )?;
        Ok(())
    }

    /// Appends to the audit trail, linked into its hash chain ([`waypoint_audit`]), in a
    /// transaction of its own: for what changes nothing but the trail (a listing, a sign-in).
    pub fn audit(
        &mut self,
        at: i64,
        user: &str,
        action: &str,
        case: Option<&str>,
        detail: &str,
    ) -> Result<(), StorageError> {
        let entry = AuditEntry { user, action, case, detail: detail.to_owned() };
        self.in_tx(|s| s.append_audit(at, &entry))
    }

    /// Appends `entry` inside the caller's transaction, so that an action and its entry commit
    /// together or not at all: an action without its entry, or a retried action with two.
    pub(crate) fn append_audit(&mut self, at: i64, entry: &AuditEntry<'_>) -> Result<(), StorageError> {
        self.db.lock_table("dash_audit")?;
        let last = self
            .db
            .query_opt("SELECT seq, hash FROM dash_audit ORDER BY seq DESC LIMIT 1", &[])?
            .map(|r| Ok::<_, StorageError>((r.get::<i64>(0)?, r.get::<Vec<u8>>(1)?)))
            .transpose()?;
        let AuditEntry { user, action, case, detail } = entry;
        let next = waypoint_audit::next(last, at, &[user, action, case.unwrap_or(""), detail]);
        self.db.execute(
            "INSERT INTO dash_audit (seq, at, user_name, action, case_id, detail, prev, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            params![next.seq, at, *user, *action, *case, detail.as_str(), next.prev, next.hash],
        )?;
        Ok(())
    }

    /// The latest audit entries that match `filter`, newest first.
    pub fn audit_entries(
        &mut self,
        limit: usize,
        filter: &AuditFilter,
    ) -> Result<Vec<AuditRow>, StorageError> {
        let rows = self.db.query(
            "SELECT seq, at, user_name, action, case_id, detail FROM dash_audit
             WHERE ($2 = '' OR lower(user_name) = lower($2))
               AND ($3 = '' OR action = $3 OR substr(action, 1, length($3) + 1) = $3 || '.')
               AND ($4 = '' OR case_id = $4)
             ORDER BY seq DESC LIMIT $1",
            params![
                i64::try_from(limit).unwrap_or(i64::MAX),
                filter.user.trim(),
                filter.action.trim(),
                // A case id as the trail writes it (lowercase, with dashes), however pasted.
                waypoint_model::CaseId::parse(filter.case.trim())
                    .map_or_else(|_| filter.case.trim().to_owned(), |c| c.to_string())
            ],
        )?;
        rows.iter()
            .map(|r| {
                Ok(AuditRow {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    user: r.get(2)?,
                    action: r.get(3)?,
                    case_id: r.get(4)?,
                    detail: r.get(5)?,
                })
            })
            .collect()
    }

    /// Walks the whole audit trail: the number of entries, or the first broken link.
    pub fn verify_audit(&mut self) -> Result<u64, StorageError> {
        let rows = self.db.query(
            "SELECT seq, at, user_name, action, case_id, detail, prev, hash FROM dash_audit ORDER BY seq",
            &[],
        )?;
        let mut legacy: Option<(i64, Vec<u8>)> = None;
        let mut chain: Option<waypoint_audit::Verifier> = None;
        let mut count = 0;
        for r in &rows {
            let (seq, at, user, action, detail): (i64, i64, String, String, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(5)?);
            let case = r.get::<Option<String>>(4)?.unwrap_or_default();
            let fields = [user.as_str(), action.as_str(), case.as_str(), detail.as_str()];
            let hash: Vec<u8> = r.get(7)?;
            match (r.get::<Option<Vec<u8>>>(6)?, &mut chain) {
                // An entry of the older encoding, before any of the present one.
                (None, None) => {
                    let prev = legacy.as_ref().map_or(&[][..], |(_, h)| h.as_slice());
                    if legacy_link(prev, at, &fields) != hash {
                        return Err(StorageError::AuditBroken { seq });
                    }
                    legacy = Some((seq, hash));
                    count += 1;
                }
                (None, Some(_)) => return Err(StorageError::AuditBroken { seq }),
                (Some(prev), chain) => {
                    let v = chain.get_or_insert_with(|| match legacy.take() {
                        Some((seq, hash)) => waypoint_audit::Verifier::after(seq, hash),
                        None => waypoint_audit::Verifier::new(),
                    });
                    v.check(seq, at, &fields, &prev, &hash)
                        .map_err(|b| StorageError::AuditBroken { seq: b.seq })?;
                }
            }
        }
        Ok(count + chain.map_or(0, |c| c.count()))
    }

    /// Every case held, newest feed position first.
    pub fn cases(&mut self) -> Result<Vec<CaseRow>, StorageError> {
        let rows = self.db.query(
            "SELECT c.case_id, c.site, h.heads FROM cases c LEFT JOIN case_heads h ON h.case_id = c.case_id ORDER BY c.position DESC",
            &[],
        )?;
        rows.iter()
            .map(|r| {
                Ok(CaseRow {
                    key: case_of(r, 0)?,
                    site: r.get(1)?,
                    heads: r.get::<Option<Vec<u8>>>(2)?.unwrap_or_default(),
                })
            })
            .collect()
    }

    /// Stores one change to a case, made at HQ by `user`, the way a device's change is stored
    /// (as HQ's pseudo-device of the case's site), with its audit entry in one transaction.
    pub fn write_change(
        &mut self,
        key: &CaseKey,
        user: &str,
        bytes: Vec<u8>,
        now: i64,
        audit: &AuditEntry<'_>,
    ) -> Result<(), StorageError> {
        let refused = |reason| StorageError::Refused { case: hex::encode(key.0), reason };
        self.in_tx(|s| {
            s.append_audit(now, audit)?;
            let site: String = s.db.query_opt("SELECT site FROM cases WHERE case_id = $1", params![key.0])?.ok_or(refused("not held"))?.get(0)?;
            s.db.execute(
                "INSERT INTO devices (id, public_key, site, revoked, enrolled_at) VALUES ($1, $2, $3, TRUE, $4) ON CONFLICT DO NOTHING",
                params![hq_device(&site).0, NO_PUBLIC_KEY, &site, now],
            )?;
            let docs = [DocChanges { case: *key, changes: vec![Change { user: user.to_owned(), bytes }] }];
            match s.apply_all(&hq_device(&site), &docs)?.pop() {
                Some(Ok(_)) => Ok(()),
                Some(Err(e)) => Err(refused(match e {
                    waypoint_sync::hub::ApplyError::Erased => "erased",
                    waypoint_sync::hub::ApplyError::NotPermitted => "not permitted",
                    waypoint_sync::hub::ApplyError::Invalid => "invalid",
                })),
                None => Err(refused("nothing applied")),
            }
        })
    }

    /// Enrolled devices.
    pub fn devices(&mut self) -> Result<Vec<DeviceRow>, StorageError> {
        let rows = self.db.query(
            "SELECT id, site, revoked, enrolled_at, approved FROM devices WHERE public_key <> $1 ORDER BY enrolled_at DESC",
            params![NO_PUBLIC_KEY],
        )?;
        rows.iter()
            .map(|r| {
                Ok(DeviceRow {
                    id: hex::encode(r.get::<Vec<u8>>(0)?),
                    site: r.get(1)?,
                    revoked: r.get(2)?,
                    approved: r.get(4)?,
                    enrolled_at: r.get(3)?,
                })
            })
            .collect()
    }

    /// Lets a device receive its site's cases; false if there is no such device.
    pub fn approve_device(&mut self, device: &DeviceKey) -> Result<bool, StorageError> {
        Ok(self.db.execute("UPDATE devices SET approved = TRUE WHERE id = $1", params![device.0])? > 0)
    }

    /// The anonymous records of cases HQ may not hold, with the site each counts for. A row
    /// whose codes this version does not know is left out.
    pub fn anonymous_records(&mut self) -> Result<Vec<(String, AnonymousRecord)>, StorageError> {
        let rows = self.db.query("SELECT site, month, age_band, sex, risk FROM anonymous_cases", &[])?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let code = |i: usize| -> Result<u8, StorageError> {
                u8::try_from(r.get::<i64>(i)?).map_err(|_| StorageError::Corrupt("an anonymous record"))
            };
            let month =
                u32::try_from(r.get::<i64>(1)?).map_err(|_| StorageError::Corrupt("an anonymous record"))?;
            if let Some(record) = AnonymousRecord::from_codes(month, code(2)?, code(3)?, code(4)?) {
                out.push((r.get(0)?, record));
            }
        }
        Ok(out)
    }

    /// Every transfer (case, receiving site).
    pub fn transfers(&mut self) -> Result<Vec<(CaseKey, String)>, StorageError> {
        let rows = self.db.query("SELECT case_id, site FROM transfers ORDER BY case_id, site", &[])?;
        rows.iter().map(|r| Ok((case_of(r, 0)?, r.get(1)?))).collect()
    }

    /// Erases a case everywhere, recording the order's reason code.
    pub fn order_erasure(
        &mut self,
        key: &CaseKey,
        reason: &str,
        now: i64,
        audit: &AuditEntry<'_>,
    ) -> Result<(), StorageError> {
        self.erase_with(key, now, |s| s.record_erasure_order(key, reason, now, audit))
    }

    /// Lists an erasure with its reason and who ordered it (a staff account, or the device that
    /// carried a withdrawal of consent), and writes `audit`, inside the caller's transaction.
    pub(crate) fn record_erasure_order(
        &mut self,
        key: &CaseKey,
        reason: &str,
        now: i64,
        audit: &AuditEntry<'_>,
    ) -> Result<(), StorageError> {
        self.db.execute(
            "INSERT INTO dash_erasure_orders (case_id, reason, by_user, at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (case_id) DO UPDATE SET reason = excluded.reason, by_user = excluded.by_user, at = excluded.at",
            params![key.0, reason, audit.user, now],
        )?;
        self.append_audit(now, audit)
    }

    /// Erases a case (the `case erase` command), with its audit entry in the same transaction.
    pub fn erase_audited(
        &mut self,
        case: &CaseKey,
        now: i64,
        audit: &AuditEntry<'_>,
    ) -> Result<(), StorageError> {
        self.erase_with(case, now, |s| s.append_audit(now, audit))
    }

    /// Erased cases.
    pub fn erasures(&mut self) -> Result<Vec<ErasureRow>, StorageError> {
        let rows = self.db.query(
            "SELECT e.case_id, e.site, e.at, o.reason, o.by_user,
                    (SELECT count(*) FROM erasure_confirmations c WHERE c.case_id = e.case_id)
             FROM erased e LEFT JOIN dash_erasure_orders o ON o.case_id = e.case_id ORDER BY e.at DESC",
            &[],
        )?;
        rows.iter()
            .map(|r| {
                Ok(ErasureRow {
                    case_id: case_text(&case_of(r, 0)?),
                    site: r.get(1)?,
                    at: r.get(2)?,
                    reason: r.get(3)?,
                    by: r.get(4)?,
                    confirmations: r.get(5)?,
                })
            })
            .collect()
    }

    /// Every decision on a possible duplicate.
    pub fn duplicate_decisions(&mut self) -> Result<Vec<DuplicateDecision>, StorageError> {
        let rows = self
            .db
            .query("SELECT case_a, case_b, same_person, by_user, at FROM dash_duplicate_decisions", &[])?;
        rows.iter()
            .map(|r| {
                let (a, b) = (case_of(r, 0)?, case_of(r, 1)?);
                let pair = DuplicatePair::new(&CaseId::from_uuid_bytes(a.0), &CaseId::from_uuid_bytes(b.0))
                    .map_err(|_| StorageError::Corrupt("a duplicate decision names one case twice"))?;
                let by: String = r.get(3)?;
                Ok(DuplicateDecision::new(pair, r.get(2)?, &UserId::new(by), Timestamp(r.get(4)?)))
            })
            .collect()
    }

    /// Records (or replaces) a decision on a possible duplicate, with its audit entry.
    pub fn decide_duplicate(
        &mut self,
        d: &DuplicateDecision,
        audit: &AuditEntry<'_>,
    ) -> Result<(), StorageError> {
        let key = |id: &CaseId| id.uuid_bytes().ok_or(StorageError::Corrupt("a case id is not a UUID"));
        let (first, second) = (key(d.pair.first())?, key(d.pair.second())?);
        self.in_tx(|s| {
            s.append_audit(d.decided.at.0, audit)?;
            s.db.execute(
            "INSERT INTO dash_duplicate_decisions (case_a, case_b, same_person, by_user, at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (case_a, case_b) DO UPDATE SET same_person = excluded.same_person, by_user = excluded.by_user, at = excluded.at",
            params![first, second, d.same_person, d.decided.by.as_str(), d.decided.at.0],
            )?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trail_begun_in_the_older_encoding_verifies_across_the_change_and_breaks_when_altered() {
        let dir = tempfile::tempdir().expect("tmp");
        let mut store = crate::Database::Sqlite(dir.path().join("hq.db")).open().expect("open");
        // Two entries as HQ wrote them before the chain stored its links.
        let mut prev = Vec::new();
        for (seq, action) in [(1i64, "login"), (2, "case.view")] {
            let hash = legacy_link(&prev, 1000 + seq, &["amina", action, "", ""]);
            store
                .db
                .execute(
                    "INSERT INTO dash_audit (seq, at, user_name, action, case_id, detail, hash) VALUES ($1, $2, 'amina', $3, NULL, '', $4)",
                    params![seq, 1000 + seq, action, hash.clone()],
                )
                .expect("legacy row");
            prev = hash;
        }
        store.audit(2000, "amina", "logout", None, "").expect("audit");
        store.audit(2001, "lea", "case.view", Some("c"), "").expect("audit");
        assert_eq!(store.verify_audit().expect("intact"), 4);
        store.db.execute("UPDATE dash_audit SET user_name = 'mallory' WHERE seq = 1", &[]).expect("alter");
        assert!(matches!(store.verify_audit(), Err(StorageError::AuditBroken { seq: 1 })));
    }

    #[test]
    fn account_names_match_in_any_case_and_script() {
        assert_eq!(name_key(" Amina "), name_key("AMINA"));
        assert_eq!(name_key("ΟΔΥΣ"), name_key("οδυσ"));
        assert_ne!(name_key("amina"), name_key("amine"));
    }
}
