//! Sync bookkeeping on the device: which cases hold changes HQ has not acknowledged, the heads
//! HQ acknowledged per case, the position in HQ's feed, and erasure on HQ's order.
//!
//! Every local or received change marks its case in `sync_dirty`; a case leaves it when HQ
//! has acknowledged heads that cover everything the device holds. Heads are recorded only when
//! HQ's reply says so, so a lost reply means the changes are sent again (a no-op at HQ).

use automerge::ChangeHash;
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use waypoint_model::{CaseId, Timestamp};

use waypoint_sync::device::{Pending, Replica};
use waypoint_sync::wire::{CaseKey, Change, DocChanges, DocHeads, DocRejection, Rejected};

use crate::audit::{self, AuditAction};
use crate::{Store, StoreError};

/// The sync peer name of headquarters in `sync_peers`.
const HQ: &str = "hq";

/// One change to send, with the user who made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingChange {
    /// User id (the change's own message, written when it was made).
    pub user: String,
    /// The Automerge change.
    pub bytes: Vec<u8>,
}

/// The changes of one case that HQ has not acknowledged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unacknowledged {
    /// The case.
    pub case_id: CaseId,
    /// Its changes after the heads HQ acknowledged, dependencies first.
    pub changes: Vec<OutgoingChange>,
}

/// Marks `case_id` as holding changes HQ may lack (inside the caller's transaction).
pub(crate) fn mark_dirty(conn: &rusqlite::Connection, case_id: &str) -> Result<(), StoreError> {
    conn.prepare_cached("INSERT OR IGNORE INTO sync_dirty (case_id) VALUES (?1)")?.execute([case_id])?;
    Ok(())
}

impl Store {
    fn acked(&self, id: &CaseId) -> Result<Vec<ChangeHash>, StoreError> {
        let blob: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT heads FROM sync_peers WHERE case_id = ?1 AND peer = ?2")?
            .query_row(params![id.as_str(), HQ], |r| r.get(0))
            .optional()?;
        Ok(blob.map(|b| waypoint_sync::heads::from_bytes(&b)).unwrap_or_default())
    }

    /// Records `heads` as held by HQ (keeping those this device holds), and takes the case off
    /// the list to send when HQ holds everything.
    fn record_acked(&mut self, id: &CaseId, heads: &[ChangeHash]) -> Result<(), StoreError> {
        let mut acked = self.acked(id)?;
        let doc = self.doc_mut(id)?.automerge();
        for h in heads {
            if doc.get_change_by_hash(h).is_some() && !acked.contains(h) {
                acked.push(*h);
            }
        }
        // Keep the list short: once it covers the document, the document's heads say it all.
        let covered = doc.get_changes(&acked).is_empty();
        if covered {
            acked = doc.get_heads();
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.prepare_cached(
            "INSERT INTO sync_peers (case_id, peer, heads) VALUES (?1, ?2, ?3)
             ON CONFLICT (case_id, peer) DO UPDATE SET heads = excluded.heads",
        )?
        .execute(params![id.as_str(), HQ, waypoint_sync::heads::to_bytes(&acked)])?;
        if covered {
            tx.prepare_cached("DELETE FROM sync_dirty WHERE case_id = ?1")?.execute([id.as_str()])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Up to `max_cases` cases with changes HQ has not acknowledged, with those changes.
    pub fn unacknowledged(&mut self, max_cases: usize) -> Result<Vec<Unacknowledged>, StoreError> {
        let ids: Vec<String> = {
            let mut stmt =
                self.conn.prepare_cached("SELECT case_id FROM sync_dirty ORDER BY case_id LIMIT ?1")?;
            let rows = stmt.query_map([i64::try_from(max_cases).unwrap_or(i64::MAX)], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let id = CaseId::parse(&id).map_err(|_| StoreError::Corrupt)?;
            let acked = self.acked(&id)?;
            let doc = self.doc_mut(&id)?.automerge();
            if acked.is_empty() {
                // HQ has nothing of this case: the whole document, compacted, is a fraction of
                // its changes one by one.
                let whole = OutgoingChange { user: String::new(), bytes: doc.save() };
                out.push(Unacknowledged { case_id: id, changes: vec![whole] });
                continue;
            }
            let changes: Vec<OutgoingChange> = doc
                .get_changes(&acked)
                .into_iter()
                .map(|c| OutgoingChange {
                    user: c.message().unwrap_or_default().to_owned(),
                    bytes: c.raw_bytes().to_vec(),
                })
                .collect();
            if changes.is_empty() {
                self.conn
                    .prepare_cached("DELETE FROM sync_dirty WHERE case_id = ?1")?
                    .execute([id.as_str()])?;
                continue;
            }
            out.push(Unacknowledged { case_id: id, changes });
        }
        Ok(out)
    }

    /// HQ holds `heads` of case `id` (from its reply).
    pub fn acknowledge(&mut self, id: &CaseId, heads: &[[u8; 32]]) -> Result<(), StoreError> {
        let heads: Vec<ChangeHash> = heads.iter().map(|h| ChangeHash(*h)).collect();
        self.record_acked(id, &heads)
    }

    /// Applies changes HQ sent for case `id` (a case new to this device is created), and
    /// records them as held by HQ, so they are not sent back.
    pub fn apply_from_hq(&mut self, id: &CaseId, changes: &[Vec<u8>]) -> Result<(), StoreError> {
        if changes.is_empty() {
            return Ok(());
        }
        let bytes: Vec<u8> = changes.concat();
        let exists = self
            .conn
            .prepare_cached("SELECT 1 FROM cases WHERE case_id = ?1")?
            .query_row([id.as_str()], |_| Ok(()))
            .optional()?
            .is_some();
        if exists {
            self.apply_changes(id, &bytes)?;
        } else {
            let received = self.receive_case(&bytes)?;
            if &received != id {
                return Err(StoreError::Internal);
            }
        }
        let hashes: Vec<ChangeHash> = changes
            .iter()
            .filter_map(|c| automerge::Change::from_bytes(c.clone()).ok())
            .map(|c| c.hash())
            .collect();
        self.record_acked(id, &hashes)
    }

    /// Deletes case `id` and every trace of it on this device, on HQ's order: document,
    /// changes, projections, search and tracing keys, sync state. The audit keeps the case id
    /// and the action only. Returns whether the case was here.
    pub fn erase_case(&mut self, id: &CaseId) -> Result<bool, StoreError> {
        self.docs.remove(id);
        if let Some(index) = self.tracing.as_mut() {
            index.remove(&id.to_string());
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let held = tx.execute("DELETE FROM cases WHERE case_id = ?1", [id.as_str()])? > 0;
        tx.execute(
            "DELETE FROM name_trigrams WHERE rowid IN (SELECT id FROM case_names WHERE case_id = ?1)",
            [id.as_str()],
        )?;
        for table in [
            "changes",
            "case_index",
            "case_names",
            "name_phonetic",
            "tracing_profiles",
            "sync_peers",
            "sync_dirty",
        ] {
            tx.execute(&format!("DELETE FROM {table} WHERE case_id = ?1"), [id.as_str()])?;
        }
        audit::append(&tx, Timestamp::now().0, self.user.as_str(), AuditAction::CaseErased, id.as_str())?;
        tx.commit()?;
        // Deleted pages are zeroed (secure_delete); the WAL is folded in and truncated so the
        // old pages do not linger there either.
        self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(held)
    }

    /// Position in HQ's feed up to which this device holds everything.
    pub fn sync_cursor(&self) -> Result<u64, StoreError> {
        let v: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'sync_cursor'", [], |r| r.get(0))
            .optional()?;
        Ok(v.and_then(|v| v.parse().ok()).unwrap_or(0))
    }

    /// Records the feed position (after the changes it covers are applied).
    pub fn set_sync_cursor(&mut self, cursor: u64) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('sync_cursor', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [cursor.to_string()],
        )?;
        Ok(())
    }
}

/// The 16 bytes of a case id (a UUID), as the wire carries it.
pub fn case_key(id: &CaseId) -> Option<CaseKey> {
    uuid::Uuid::parse_str(id.as_str()).ok().map(|u| CaseKey(*u.as_bytes()))
}

/// The case id of a wire case key.
pub fn case_id(key: &CaseKey) -> Option<CaseId> {
    CaseId::parse(&uuid::Uuid::from_bytes(key.0).to_string()).ok()
}

impl Store {
    /// Erases a case on HQ's order and remembers to confirm it.
    fn erase_ordered(&mut self, key: &CaseKey) -> Result<(), StoreError> {
        let id = case_id(key).ok_or(StoreError::Corrupt)?;
        self.erase_case(&id)?;
        self.conn.execute("INSERT OR IGNORE INTO sync_erased (case_id) VALUES (?1)", [id.as_str()])?;
        Ok(())
    }
}

impl Replica for Store {
    type Error = StoreError;

    fn unacknowledged(&mut self, max_cases: usize) -> Result<Vec<Pending>, StoreError> {
        let mut out = Vec::new();
        for u in Store::unacknowledged(self, max_cases)? {
            let Some(case) = case_key(&u.case_id) else { continue };
            let changes = u.changes.into_iter().map(|c| Change { user: c.user, bytes: c.bytes }).collect();
            out.push(Pending { case, changes });
        }
        Ok(out)
    }

    fn acknowledge(&mut self, heads: &DocHeads) -> Result<(), StoreError> {
        let Some(id) = case_id(&heads.case) else { return Ok(()) };
        let hashes: Vec<[u8; 32]> = heads.heads.iter().map(|h| h.0).collect();
        Store::acknowledge(self, &id, &hashes)
    }

    fn apply(&mut self, doc: &DocChanges) -> Result<(), StoreError> {
        let id = case_id(&doc.case).ok_or(StoreError::Corrupt)?;
        let changes: Vec<Vec<u8>> = doc.changes.iter().map(|c| c.bytes.clone()).collect();
        self.apply_from_hq(&id, &changes)
    }

    fn erase(&mut self, case: &CaseKey) -> Result<(), StoreError> {
        self.erase_ordered(case)
    }

    fn rejected(&mut self, rejected: &Rejected) -> Result<(), StoreError> {
        match rejected.reason {
            // HQ erased the case while this device was offline: its late edits go with it.
            DocRejection::Erased => self.erase_ordered(&rejected.case),
            // Kept on the device (nothing is lost); the sync status shows it.
            DocRejection::NotPermitted | DocRejection::Invalid => {
                tracing::warn!(reason = ?rejected.reason, "headquarters did not take a case's changes");
                Ok(())
            }
        }
    }

    fn cursor(&self) -> Result<u64, StoreError> {
        self.sync_cursor()
    }

    fn set_cursor(&mut self, cursor: u64) -> Result<(), StoreError> {
        self.set_sync_cursor(cursor)
    }

    fn unconfirmed_erasures(&self) -> Result<Vec<CaseKey>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT case_id FROM sync_erased ORDER BY case_id")?;
        let ids: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        Ok(ids.iter().filter_map(|i| CaseId::parse(i).ok()).filter_map(|i| case_key(&i)).collect())
    }

    fn erasures_confirmed(&mut self, cases: &[CaseKey]) -> Result<(), StoreError> {
        for key in cases {
            if let Some(id) = case_id(key) {
                self.conn.execute("DELETE FROM sync_erased WHERE case_id = ?1", [id.as_str()])?;
            }
        }
        Ok(())
    }

    fn wipe(&mut self) -> Result<(), StoreError> {
        let ids: Vec<String> = {
            let mut stmt = self.conn.prepare("SELECT case_id FROM cases")?;
            stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?
        };
        for id in ids {
            if let Ok(id) = CaseId::parse(&id) {
                self.erase_case(&id)?;
            }
        }
        Ok(())
    }
}
