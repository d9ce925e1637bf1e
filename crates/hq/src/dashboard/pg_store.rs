//! The dashboard's storage on a PostgreSQL HQ: the same reads and writes as
//! [`super::SqliteDashboard`], through a worker of its own ([`PgHub`]: one connection to the
//! case database, one to the keys database), so the dashboard never takes a worker from the
//! devices' pool. Case edits go through [`HubStorage::apply`] as HQ's pseudo-device of the
//! case's site, exactly as on SQLite: under the case's lock, sealed, given a feed position.

use automerge::Automerge;
use waypoint_sync::wire::{CaseKey, DeviceKey};

use super::store::{
    AuditRow, CaseRow, DashStoreError, DashboardStore, DeviceRow, DuplicateDecision, ErasureRow,
    NO_PUBLIC_KEY, SessionRecord, UserRecord, UserRow, apply_as_hq, audit_hash, case_text, hq_device, key16,
    refused,
};
use crate::pg::{Conn, PgAddress, PgHub};
use crate::storage::StorageError;

/// The dashboard's PostgreSQL storage.
pub struct PgDashboard {
    hub: PgHub,
}

impl PgDashboard {
    /// Connects to the HQ at `address` (bringing its schema up to date, as the server does).
    pub fn open(address: &PgAddress) -> Result<Self, DashStoreError> {
        Ok(Self { hub: PgHub::open(address)? })
    }
}

fn get<'a, T: postgres::types::FromSql<'a>>(row: &'a postgres::Row, i: usize) -> Result<T, DashStoreError> {
    row.try_get(i).map_err(|e| DashStoreError::Hub(StorageError::Postgres(e)))
}

impl DashboardStore for PgDashboard {
    fn add_user(&mut self, user: &UserRecord, now: i64) -> Result<(), DashStoreError> {
        let n = self.hub.execute(
            Conn::Db,
            "INSERT INTO dash_users (name, role, password, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING",
            &[&user.name, &user.role, &user.password, &now],
        )?;
        if n == 0 {
            return Err(DashStoreError::UserExists);
        }
        Ok(())
    }

    fn user(&self, name: &str) -> Result<Option<UserRecord>, DashStoreError> {
        let rows = self.hub.query(
            Conn::Db,
            "SELECT name, role, password FROM dash_users WHERE lower(name) = lower($1)",
            &[&name],
        )?;
        rows.first()
            .map(|r| Ok(UserRecord { name: get(r, 0)?, role: get(r, 1)?, password: get(r, 2)? }))
            .transpose()
    }

    fn users(&self) -> Result<Vec<UserRow>, DashStoreError> {
        let rows =
            self.hub.query(Conn::Db, "SELECT name, role, created_at FROM dash_users ORDER BY name", &[])?;
        rows.iter()
            .map(|r| Ok(UserRow { name: get(r, 0)?, role: get(r, 1)?, created_at: get(r, 2)? }))
            .collect()
    }

    fn set_role(&mut self, name: &str, role: &str) -> Result<bool, DashStoreError> {
        let n = self.hub.execute(
            Conn::Db,
            "UPDATE dash_users SET role = $2 WHERE lower(name) = lower($1)",
            &[&name, &role],
        )?;
        Ok(n > 0)
    }

    fn remove_user(&mut self, name: &str) -> Result<bool, DashStoreError> {
        Ok(self.hub.in_transaction(|hub| {
            let n =
                hub.execute(Conn::Db, "DELETE FROM dash_users WHERE lower(name) = lower($1)", &[&name])?;
            hub.execute(Conn::Db, "DELETE FROM dash_sessions WHERE lower(user_name) = lower($1)", &[&name])?;
            Ok(n > 0)
        })?)
    }

    fn create_session(&mut self, token_hash: &[u8], s: &SessionRecord) -> Result<(), DashStoreError> {
        self.hub.execute(
            Conn::Db,
            "INSERT INTO dash_sessions (token_hash, user_name, csrf, created_at, last_seen)
             VALUES ($1, $2, $3, $4, $5)",
            &[&token_hash, &s.user, &s.csrf, &s.created_at, &s.last_seen],
        )?;
        Ok(())
    }

    fn session(&mut self, token_hash: &[u8], now: i64) -> Result<Option<SessionRecord>, DashStoreError> {
        // One statement marks the session seen and returns it as it was.
        let rows = self.hub.query(
            Conn::Db,
            "UPDATE dash_sessions s SET last_seen = $2 FROM dash_sessions old
             WHERE s.token_hash = $1 AND old.token_hash = s.token_hash
             RETURNING s.user_name, s.csrf, s.created_at, old.last_seen",
            &[&token_hash, &now],
        )?;
        rows.first()
            .map(|r| {
                Ok(SessionRecord {
                    user: get(r, 0)?,
                    csrf: get(r, 1)?,
                    created_at: get(r, 2)?,
                    last_seen: get(r, 3)?,
                })
            })
            .transpose()
    }

    fn delete_session(&mut self, token_hash: &[u8], expired_before: i64) -> Result<(), DashStoreError> {
        self.hub.execute(
            Conn::Db,
            "DELETE FROM dash_sessions WHERE token_hash = $1 OR last_seen < $2",
            &[&token_hash, &expired_before],
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
        Ok(self.hub.in_transaction(|hub| {
            // Two HQ processes on one database must not both chain onto the same entry.
            hub.execute(Conn::Db, "LOCK TABLE dash_audit IN SHARE ROW EXCLUSIVE MODE", &[])?;
            let rows = hub.query(Conn::Db, "SELECT hash FROM dash_audit ORDER BY seq DESC LIMIT 1", &[])?;
            let prev: Vec<u8> = rows.first().and_then(|r| r.try_get(0).ok()).unwrap_or_default();
            let hash = audit_hash(&prev, at, user, action, case, detail);
            hub.execute(
                Conn::Db,
                "INSERT INTO dash_audit (at, user_name, action, case_id, detail, hash)
                 VALUES ($1, $2, $3, $4, $5, $6)",
                &[&at, &user, &action, &case, &detail, &hash],
            )?;
            Ok(())
        })?)
    }

    fn audit_entries(&self, limit: usize) -> Result<Vec<AuditRow>, DashStoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = self.hub.query(
            Conn::Db,
            "SELECT seq, at, user_name, action, case_id, detail FROM dash_audit ORDER BY seq DESC LIMIT $1",
            &[&limit],
        )?;
        rows.iter()
            .map(|r| {
                Ok(AuditRow {
                    seq: get(r, 0)?,
                    at: get(r, 1)?,
                    user: get(r, 2)?,
                    action: get(r, 3)?,
                    case_id: get(r, 4)?,
                    detail: get(r, 5)?,
                })
            })
            .collect()
    }

    fn cases(&self) -> Result<Vec<CaseRow>, DashStoreError> {
        let rows = self.hub.query(
            Conn::Db,
            "SELECT c.case_id, c.site, COALESCE(h.heads, ''::bytea) FROM cases c
             LEFT JOIN case_heads h ON h.case_id = c.case_id ORDER BY c.position DESC",
            &[],
        )?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            if let Some(key) = key16(get(r, 0)?) {
                out.push(CaseRow { key, site: get(r, 1)?, heads: get(r, 2)? });
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
        let rows = self.hub.query(Conn::Db, "SELECT site FROM cases WHERE case_id = $1", &[&key.0])?;
        let Some(site) = rows.first().map(|r| get::<String>(r, 0)).transpose()? else {
            return Err(refused(key, "not held"));
        };
        self.hub.execute(
            Conn::Db,
            "INSERT INTO devices (id, public_key, site, revoked, enrolled_at) VALUES ($1, $2, $3, true, $4)
             ON CONFLICT DO NOTHING",
            &[&hq_device(&site).0, &NO_PUBLIC_KEY, &site, &now],
        )?;
        apply_as_hq(&mut self.hub, key, &site, user, bytes)
    }

    fn devices(&self) -> Result<Vec<DeviceRow>, DashStoreError> {
        let rows = self.hub.query(
            Conn::Db,
            "SELECT id, site, revoked, enrolled_at FROM devices WHERE public_key <> $1
             ORDER BY enrolled_at DESC",
            &[&NO_PUBLIC_KEY],
        )?;
        rows.iter()
            .map(|r| {
                Ok(DeviceRow {
                    id: hex::encode(get::<Vec<u8>>(r, 0)?),
                    site: get(r, 1)?,
                    revoked: get(r, 2)?,
                    enrolled_at: get(r, 3)?,
                })
            })
            .collect()
    }

    fn enrollment_code(&mut self, site: &str, now: i64) -> Result<String, DashStoreError> {
        Ok(self.hub.add_device_code(site, now)?)
    }

    fn revoke(&mut self, device: &DeviceKey) -> Result<(), DashStoreError> {
        Ok(self.hub.revoke(device)?)
    }

    fn transfers(&self) -> Result<Vec<(CaseKey, String)>, DashStoreError> {
        let rows =
            self.hub.query(Conn::Db, "SELECT case_id, site FROM transfers ORDER BY case_id, site", &[])?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            if let Some(key) = key16(get(r, 0)?) {
                out.push((key, get(r, 1)?));
            }
        }
        Ok(out)
    }

    fn transfer(&mut self, key: &CaseKey, site: &str) -> Result<(), DashStoreError> {
        Ok(self.hub.transfer(key, site)?)
    }

    fn erase(&mut self, key: &CaseKey, reason: &str, by: &str, now: i64) -> Result<(), DashStoreError> {
        self.hub.erase(key, now)?;
        self.hub.execute(
            Conn::Db,
            "INSERT INTO dash_erasure_orders (case_id, reason, by_user, at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (case_id) DO UPDATE SET reason = $2, by_user = $3, at = $4",
            &[&key.0, &reason, &by, &now],
        )?;
        // A decision would link the erased case's id to a living case: it goes too.
        self.hub.execute(
            Conn::Db,
            "DELETE FROM dash_duplicate_decisions WHERE case_a = $1 OR case_b = $1",
            &[&key.0],
        )?;
        Ok(())
    }

    fn erasures(&self) -> Result<Vec<ErasureRow>, DashStoreError> {
        let rows = self.hub.query(
            Conn::Db,
            "SELECT e.case_id, e.site, e.at, o.reason, o.by_user,
                    (SELECT count(*) FROM erasure_confirmations c WHERE c.case_id = e.case_id)
             FROM erased e LEFT JOIN dash_erasure_orders o ON o.case_id = e.case_id ORDER BY e.at DESC",
            &[],
        )?;
        rows.iter()
            .map(|r| {
                let key: Vec<u8> = get(r, 0)?;
                Ok(ErasureRow {
                    case_id: key16(&key).map_or_else(|| hex::encode(&key), |k| case_text(&k)),
                    site: get(r, 1)?,
                    at: get(r, 2)?,
                    reason: get(r, 3)?,
                    by: get(r, 4)?,
                    confirmations: get(r, 5)?,
                })
            })
            .collect()
    }

    fn duplicate_decisions(&self) -> Result<Vec<DuplicateDecision>, DashStoreError> {
        let rows = self.hub.query(
            Conn::Db,
            "SELECT case_a, case_b, same_person, by_user, at FROM dash_duplicate_decisions",
            &[],
        )?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            if let (Some(a), Some(b)) = (key16(get(r, 0)?), key16(get(r, 1)?)) {
                out.push(DuplicateDecision { a, b, same_person: get(r, 2)?, by: get(r, 3)?, at: get(r, 4)? });
            }
        }
        Ok(out)
    }

    fn decide_duplicate(&mut self, d: &DuplicateDecision) -> Result<(), DashStoreError> {
        self.hub.execute(
            Conn::Db,
            "INSERT INTO dash_duplicate_decisions (case_a, case_b, same_person, by_user, at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (case_a, case_b) DO UPDATE SET same_person = $3, by_user = $4, at = $5",
            &[&d.a.0, &d.b.0, &d.same_person, &d.by, &d.at],
        )?;
        Ok(())
    }
}
