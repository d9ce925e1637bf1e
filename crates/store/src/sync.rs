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
/// The `sync_peers` row holding a case's heads as they were when its changes were last packed
/// for HQ. Any change to the case deletes it (`mark_dirty`), so while it exists it is the
/// document's current heads, and HQ acknowledging them settles the case without loading it.
const HQ_SENDING: &str = "hq:sending";

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
    conn.prepare_cached("DELETE FROM sync_peers WHERE case_id = ?1 AND peer = ?2")?
        .execute(params![case_id, HQ_SENDING])?;
    Ok(())
}

/// Size a case's changes add to a request (as `waypoint_sync::device::fitting` counts it).
fn weight(changes: &[OutgoingChange]) -> usize {
    17 + changes.iter().map(|c| c.bytes.len() + c.user.len() + 8).sum::<usize>()
}

/// A case's heads as `sync_peers` keeps them: the 32-byte change hashes one after another.
/// (The device's own format at rest; HQ happens to store its heads the same way.)
fn heads_to_bytes(heads: &[ChangeHash]) -> Vec<u8> {
    heads.iter().flat_map(|h| h.0).collect()
}

/// The heads in a `sync_peers` row; a trailing partial hash (a damaged row) is ignored.
fn heads_from_bytes(bytes: &[u8]) -> Vec<ChangeHash> {
    bytes.chunks_exact(32).filter_map(|c| <[u8; 32]>::try_from(c).ok()).map(ChangeHash).collect()
}

/// Cases packed together (see `Store::next_to_send`).
const PACK_CHUNK: usize = 32;

/// A case HQ has never seen, on its way to being packed.
enum Whole {
    /// Packed already (from memory): the document's bytes and heads.
    Packed(Vec<u8>, Vec<ChangeHash>),
    /// As stored: the snapshot and the changes since, each row one or more change chunks.
    Stored {
        /// The snapshot.
        snapshot: Vec<u8>,
        /// The rows of `changes`, oldest first.
        changes: Vec<Vec<u8>>,
    },
}

/// A stored case as one compacted document, and its heads. The changes are applied in one
/// batch, several times faster than one `load_incremental` each.
fn pack_stored(snapshot: &[u8], rows: &[Vec<u8>]) -> Result<(Vec<u8>, Vec<ChangeHash>), StoreError> {
    let mut doc = automerge::Automerge::load(snapshot).map_err(|_| StoreError::Corrupt)?;
    let mut changes = Vec::with_capacity(rows.len());
    for row in rows {
        match automerge::Change::from_bytes(row.clone()) {
            Ok(change) => changes.push(change),
            // A row holding several changes (as received from HQ in one piece).
            Err(_) => {
                let part = automerge::Automerge::load(row).map_err(|_| StoreError::Corrupt)?;
                changes.extend(part.get_changes(&[]));
            }
        }
    }
    doc.apply_changes(changes).map_err(|_| StoreError::Corrupt)?;
    Ok((doc.save(), doc.get_heads()))
}

/// What to record when HQ acknowledges heads of a case.
enum Settled {
    /// HQ holds everything: record these heads and take the case off the list to send.
    Covered(Vec<ChangeHash>),
    /// HQ holds part: record these heads, keep sending the rest.
    Partly(Vec<ChangeHash>),
}

impl Store {
    fn acked(&self, id: &CaseId) -> Result<Vec<ChangeHash>, StoreError> {
        let blob: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT heads FROM sync_peers WHERE case_id = ?1 AND peer = ?2")?
            .query_row(params![id.as_str(), HQ], |r| r.get(0))
            .optional()?;
        Ok(blob.map(|b| heads_from_bytes(&b)).unwrap_or_default())
    }

    /// What packing a case HQ has never seen needs: from memory if the case is open there
    /// (then already packed), else its stored snapshot and changes, packed by [`pack_stored`]
    /// (which runs on any thread). Stored cases are not loaded into the cache: packing a
    /// thousand cases must not evict the cases a person has open.
    fn whole_case(&mut self, id: &CaseId) -> Result<Whole, StoreError> {
        if let Some(doc) = self.docs.get_mut(id) {
            let doc = doc.automerge();
            return Ok(Whole::Packed(doc.save(), doc.get_heads()));
        }
        let snapshot: Vec<u8> = self
            .conn
            .prepare_cached("SELECT snapshot FROM cases WHERE case_id = ?1")?
            .query_row([id.as_str()], |r| r.get(0))
            .optional()?
            .ok_or_else(|| StoreError::CaseNotFound { case: id.to_string() })?;
        let changes: Vec<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT bytes FROM changes WHERE case_id = ?1 ORDER BY seq")?
            .query_map([id.as_str()], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(Whole::Stored { snapshot, changes })
    }

    /// The heads packed for HQ while the case has not changed since, if any.
    fn sending(&self, id: &CaseId) -> Result<Option<Vec<ChangeHash>>, StoreError> {
        let blob: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT heads FROM sync_peers WHERE case_id = ?1 AND peer = ?2")?
            .query_row(params![id.as_str(), HQ_SENDING], |r| r.get(0))
            .optional()?;
        Ok(blob.map(|b| heads_from_bytes(&b)))
    }

    /// What HQ holding `heads` of case `id` means for the device (keeping only heads this
    /// device holds).
    fn settle(&mut self, id: &CaseId, heads: &[ChangeHash]) -> Result<Settled, StoreError> {
        // The usual answer: HQ holds what was packed, which is still all the device has.
        if let Some(sent) = self.sending(id)?
            && !sent.is_empty()
            && sent.iter().all(|h| heads.contains(h))
        {
            return Ok(Settled::Covered(sent));
        }
        let mut acked = self.acked(id)?;
        let doc = self.doc_mut(id)?.automerge();
        for h in heads {
            if doc.get_change_by_hash(h).is_some() && !acked.contains(h) {
                acked.push(*h);
            }
        }
        // Keep the list short: once it covers the document, the document's heads say it all.
        if doc.get_changes(&acked).is_empty() {
            return Ok(Settled::Covered(doc.get_heads()));
        }
        Ok(Settled::Partly(acked))
    }

    /// Records heads as held by HQ for many cases, in one transaction.
    fn record_settled(&mut self, settled: &[(CaseId, Settled)]) -> Result<(), StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (id, s) in settled {
            let (heads, covered) = match s {
                Settled::Covered(h) => (h, true),
                Settled::Partly(h) => (h, false),
            };
            tx.prepare_cached(
                "INSERT INTO sync_peers (case_id, peer, heads) VALUES (?1, ?2, ?3)
                 ON CONFLICT (case_id, peer) DO UPDATE SET heads = excluded.heads",
            )?
            .execute(params![id.as_str(), HQ, heads_to_bytes(heads)])?;
            if covered {
                tx.prepare_cached("DELETE FROM sync_dirty WHERE case_id = ?1")?.execute([id.as_str()])?;
                tx.prepare_cached("DELETE FROM sync_peers WHERE case_id = ?1 AND peer = ?2")?
                    .execute(params![id.as_str(), HQ_SENDING])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Records `heads` as held by HQ (keeping those this device holds), and takes the case off
    /// the list to send when HQ holds everything.
    fn record_acked(&mut self, id: &CaseId, heads: &[ChangeHash]) -> Result<(), StoreError> {
        let settled = self.settle(id, heads)?;
        self.record_settled(&[(id.clone(), settled)])
    }

    /// HQ holds these heads of these cases (one reply): recorded in one transaction.
    pub fn acknowledge_many(&mut self, acks: &[(CaseId, Vec<[u8; 32]>)]) -> Result<(), StoreError> {
        let mut settled = Vec::with_capacity(acks.len());
        for (id, heads) in acks {
            let heads: Vec<ChangeHash> = heads.iter().map(|h| ChangeHash(*h)).collect();
            settled.push((id.clone(), self.settle(id, &heads)?));
        }
        self.record_settled(&settled)
    }

    /// Up to `max_cases` cases with changes HQ has not acknowledged, with those changes.
    pub fn unacknowledged(&mut self, max_cases: usize) -> Result<Vec<Unacknowledged>, StoreError> {
        self.next_to_send(max_cases, usize::MAX, &[])
    }

    /// The next batch for HQ: up to `max_cases` cases with changes HQ has not acknowledged,
    /// leaving out `skip`, as many as fit `max_bytes` (at least one). The heads packed are
    /// remembered, so that HQ's acknowledgement settles a case without loading it again.
    pub fn next_to_send(
        &mut self,
        max_cases: usize,
        max_bytes: usize,
        skip: &[CaseId],
    ) -> Result<Vec<Unacknowledged>, StoreError> {
        let ids: Vec<String> = {
            let limit = max_cases.saturating_add(skip.len());
            let mut stmt =
                self.conn.prepare_cached("SELECT case_id FROM sync_dirty ORDER BY case_id LIMIT ?1")?;
            let rows = stmt.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        let ids: Vec<CaseId> = ids
            .iter()
            .map(|i| CaseId::parse(i).map_err(|_| StoreError::Corrupt))
            .filter(|i| i.as_ref().map_or(true, |i| !skip.contains(i)))
            .collect::<Result<_, _>>()?;
        let mut out = Vec::with_capacity(ids.len().min(max_cases));
        let mut packed: Vec<(CaseId, Vec<ChangeHash>)> = Vec::new();
        let mut settled: Vec<CaseId> = Vec::new();
        let mut size = 0usize;
        // A few cases at a time: what needs the store is read in order, the documents are
        // packed on every core, and at most one chunk is packed beyond what the batch takes.
        'chunks: for chunk in ids.chunks(PACK_CHUNK) {
            let mut ready: Vec<(CaseId, Vec<OutgoingChange>, Vec<ChangeHash>)> = Vec::new();
            let mut stored: Vec<(usize, Vec<u8>, Vec<Vec<u8>>)> = Vec::new();
            for id in chunk {
                let acked = self.acked(id)?;
                if acked.is_empty() {
                    // HQ has nothing of this case: the whole document, compacted, is a
                    // fraction of its changes one by one.
                    match self.whole_case(id)? {
                        Whole::Packed(bytes, heads) => ready.push((
                            id.clone(),
                            vec![OutgoingChange { user: String::new(), bytes }],
                            heads,
                        )),
                        Whole::Stored { snapshot, changes } => {
                            stored.push((ready.len(), snapshot, changes));
                            ready.push((id.clone(), Vec::new(), Vec::new()));
                        }
                    }
                    continue;
                }
                let doc = self.doc_mut(id)?.automerge();
                let changes: Vec<OutgoingChange> = doc
                    .get_changes(&acked)
                    .into_iter()
                    .map(|c| OutgoingChange {
                        user: c.message().unwrap_or_default().to_owned(),
                        bytes: c.raw_bytes().to_vec(),
                    })
                    .collect();
                ready.push((id.clone(), changes, doc.get_heads()));
            }
            let slots: Vec<usize> = stored.iter().map(|(slot, _, _)| *slot).collect();
            let results = waypoint_parallel::map(
                waypoint_parallel::Workers::available(),
                stored,
                |(_, snapshot, changes)| pack_stored(&snapshot, &changes),
            );
            for (slot, result) in slots.into_iter().zip(results) {
                let (bytes, heads) = result?;
                if let Some(entry) = ready.get_mut(slot) {
                    entry.1 = vec![OutgoingChange { user: String::new(), bytes }];
                    entry.2 = heads;
                }
            }
            for (id, changes, heads) in ready {
                if out.len() >= max_cases {
                    break 'chunks;
                }
                if changes.is_empty() {
                    settled.push(id);
                    continue;
                }
                size = size.saturating_add(weight(&changes));
                if size > max_bytes && !out.is_empty() {
                    break 'chunks;
                }
                packed.push((id.clone(), heads));
                out.push(Unacknowledged { case_id: id, changes });
            }
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for id in &settled {
            tx.prepare_cached("DELETE FROM sync_dirty WHERE case_id = ?1")?.execute([id.as_str()])?;
        }
        for (id, heads) in &packed {
            tx.prepare_cached(
                "INSERT INTO sync_peers (case_id, peer, heads) VALUES (?1, ?2, ?3)
                 ON CONFLICT (case_id, peer) DO UPDATE SET heads = excluded.heads",
            )?
            .execute(params![id.as_str(), HQ_SENDING, heads_to_bytes(heads)])?;
        }
        tx.commit()?;
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
        Ok(self.meta("sync_cursor")?.and_then(|v| v.parse().ok()).unwrap_or(0))
    }

    /// Records the feed position (after the changes it covers are applied).
    pub fn set_sync_cursor(&mut self, cursor: u64) -> Result<(), StoreError> {
        self.set_meta("sync_cursor", &cursor.to_string())
    }
}

/// How headquarters knows this device: its id, the key that signs its requests, and HQ's
/// address. Kept inside the encrypted store, because whoever holds the key can sync as the
/// device.
#[derive(Clone, PartialEq, Eq)]
pub struct SyncIdentity {
    /// The device id HQ assigned at enrollment.
    pub device: [u8; 16],
    /// The device's Ed25519 secret key.
    pub key: [u8; 32],
    /// HQ's address when the device enrolled.
    pub hq_url: String,
}

impl std::fmt::Debug for SyncIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncIdentity").field("device", &hex::encode(self.device)).finish_non_exhaustive()
    }
}

impl Store {
    fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    fn set_meta(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    /// This device's identity at HQ, once enrolled.
    pub fn sync_identity(&self) -> Result<Option<SyncIdentity>, StoreError> {
        let (Some(device), Some(key), Some(hq_url)) =
            (self.meta("sync_device")?, self.meta("sync_key")?, self.meta("sync_hq_url")?)
        else {
            return Ok(None);
        };
        let mut d = [0u8; 16];
        let mut k = [0u8; 32];
        hex::decode_to_slice(device, &mut d).map_err(|_| StoreError::Corrupt)?;
        hex::decode_to_slice(key, &mut k).map_err(|_| StoreError::Corrupt)?;
        Ok(Some(SyncIdentity { device: d, key: k, hq_url }))
    }

    /// Records this device's enrollment at HQ (audited, without the key).
    pub fn set_sync_identity(&mut self, identity: &SyncIdentity) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for (key, value) in [
            ("sync_device", hex::encode(identity.device)),
            ("sync_key", hex::encode(identity.key)),
            ("sync_hq_url", identity.hq_url.clone()),
        ] {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value.as_str()],
            )?;
        }
        audit::append(
            &tx,
            Timestamp::now().0,
            self.user.as_str(),
            AuditAction::DeviceEnrolled,
            &hex::encode(identity.device),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// How many cases hold changes HQ has not acknowledged yet.
    pub fn pending_sync_cases(&self) -> Result<u64, StoreError> {
        let n: i64 = self.conn.query_row("SELECT COUNT(*) FROM sync_dirty", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// When a sync last completed (ms since epoch).
    pub fn last_sync(&self) -> Result<Option<Timestamp>, StoreError> {
        Ok(self.meta("last_sync")?.and_then(|v| v.parse().ok()).map(Timestamp))
    }

    /// Records that a sync completed at `at`.
    pub fn set_last_sync(&mut self, at: Timestamp) -> Result<(), StoreError> {
        self.set_meta("last_sync", &at.0.to_string())
    }
}

/// The 16 bytes of a case id (a UUID), as the wire carries it.
fn case_key(id: &CaseId) -> Option<CaseKey> {
    id.uuid_bytes().map(CaseKey)
}

/// The case id of a wire case key.
fn case_id(key: &CaseKey) -> CaseId {
    CaseId::from_uuid_bytes(key.0)
}

impl Store {
    /// Erases a case on HQ's order and remembers to confirm it.
    fn erase_ordered(&mut self, key: &CaseKey) -> Result<(), StoreError> {
        let id = case_id(key);
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

    fn next_batch(
        &mut self,
        max_cases: usize,
        max_bytes: usize,
        skip: &[CaseKey],
    ) -> Result<Vec<Pending>, StoreError> {
        let skip: Vec<CaseId> = skip.iter().map(case_id).collect();
        let mut out = Vec::new();
        for u in self.next_to_send(max_cases, max_bytes, &skip)? {
            let Some(case) = case_key(&u.case_id) else { continue };
            let changes = u.changes.into_iter().map(|c| Change { user: c.user, bytes: c.bytes }).collect();
            out.push(Pending { case, changes });
        }
        Ok(out)
    }

    fn acknowledge(&mut self, heads: &DocHeads) -> Result<(), StoreError> {
        self.acknowledge_all(std::slice::from_ref(heads))
    }

    fn acknowledge_all(&mut self, heads: &[DocHeads]) -> Result<(), StoreError> {
        let acks: Vec<(CaseId, Vec<[u8; 32]>)> =
            heads.iter().map(|d| (case_id(&d.case), d.heads.iter().map(|h| h.0).collect())).collect();
        self.acknowledge_many(&acks)
    }

    fn apply(&mut self, doc: &DocChanges) -> Result<(), StoreError> {
        let id = case_id(&doc.case);
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
            self.conn.execute("DELETE FROM sync_erased WHERE case_id = ?1", [case_id(key).as_str()])?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_heads_round_trip_and_a_partial_hash_is_ignored() {
        let heads = vec![ChangeHash([1; 32]), ChangeHash([2; 32])];
        let mut bytes = heads_to_bytes(&heads);
        assert_eq!(bytes.len(), 64);
        assert_eq!(heads_from_bytes(&bytes), heads);
        bytes.push(7);
        assert_eq!(heads_from_bytes(&bytes), heads);
        assert!(heads_from_bytes(&[]).is_empty());
    }
}
