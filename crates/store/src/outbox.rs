//! The outbox: what the device holds that HQ has not acknowledged — the cases with such
//! changes, the heads HQ acknowledged per case, the position in HQ's feed — and erasure on
//! HQ's order.
//!
//! Every local or received change marks its case in `sync_dirty`; a case leaves it when HQ
//! has acknowledged heads that cover everything the device holds. Heads are recorded only when
//! HQ's reply says so, so a lost reply means the changes are sent again (a no-op at HQ).
//!
//! The protocol itself is not here: the store answers two questions in its own words (cases
//! by [`CaseId`], changes as bytes), what to send next ([`Store::hq_snapshot`]) and what one
//! answer from HQ changes ([`Store::apply_from_hq`], one transaction).

use std::collections::HashSet;

use automerge::ChangeHash;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use waypoint_model::{CaseDoc, CaseId, Timestamp};
use waypoint_parallel::Workers;

use crate::audit::{self, AuditAction};
use crate::{Store, StoreError, search};

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

/// How to pack the next batch for HQ. The protocol decides the bounds and how a batch is
/// measured; the store only stops packing once the batch is full.
#[derive(Debug, Clone)]
pub struct PackLimits {
    /// Most cases.
    pub max_cases: usize,
    /// About this many bytes, as `weigh` counts them (at least one case goes, whatever its size).
    pub max_bytes: usize,
    /// Cases to leave out (HQ refused them earlier in this sync).
    pub skip: Vec<CaseId>,
    /// What a case's changes add to a batch.
    pub weigh: fn(&[OutgoingChange]) -> usize,
    /// Threads that may pack documents at once.
    pub workers: Workers,
}

/// What the device holds for HQ when the next request is made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HqSnapshot {
    /// Position in HQ's feed up to which this device holds everything.
    pub cursor: u64,
    /// Cases with changes HQ has not acknowledged, within the [`PackLimits`].
    pub pending: Vec<Unacknowledged>,
    /// Cases erased on HQ's order whose erasure HQ has not yet confirmed receiving.
    pub erasures: Vec<CaseId>,
    /// Anonymous records of cases that may not go to HQ, new or changed since HQ took them.
    pub figures: Vec<crate::OutgoingFigure>,
}

/// What one answer from HQ changes on the device, applied in one transaction in this order:
/// `wipe` (then nothing else), `apply`, `acknowledged`, `confirmed_erasures`, `erase`, `cursor`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FromHq {
    /// Changes from HQ per case (a case new to this device is created), dependencies first.
    pub apply: Vec<(CaseId, Vec<Vec<u8>>)>,
    /// Heads HQ holds per case; those this device holds are recorded, so they are not sent again.
    pub acknowledged: Vec<(CaseId, Vec<[u8; 32]>)>,
    /// Erasures HQ has received the confirmation of.
    pub confirmed_erasures: Vec<CaseId>,
    /// Anonymous records HQ took as sent.
    pub delivered_figures: Vec<crate::OutgoingFigure>,
    /// Cases HQ would not take from this device (another site's, or erased there on their
    /// withdrawal: those are sent no more).
    pub not_taken: Vec<CaseId>,
    /// Cases to delete, every byte, and to confirm to HQ.
    pub erase: Vec<CaseId>,
    /// The feed position the device holds after `apply` (the stored one never goes back).
    pub cursor: Option<u64>,
    /// The device was revoked: delete every case.
    pub wipe: bool,
}

/// What [`Store::apply_from_hq`] did, for the sync's progress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AppliedFromHq {
    /// Changes new to this device (a change received twice counts once).
    pub changes_new: usize,
    /// Cases that changed or arrived.
    pub cases_received: usize,
    /// Cases whose acknowledgement was recorded.
    pub cases_acknowledged: usize,
    /// Cases deleted.
    pub erased: usize,
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

/// Cases packed together (see `Store::pack`).
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
    /// device holds). `packed` says whether the heads packed for HQ may still be the case's
    /// (not when changes were applied to it since).
    fn settle(&mut self, id: &CaseId, heads: &[ChangeHash], packed: bool) -> Result<Settled, StoreError> {
        // The usual answer: HQ holds what was packed, which is still all the device has.
        if packed
            && let Some(sent) = self.sending(id)?
            && !sent.is_empty()
            && sent.iter().all(|h| heads.contains(h))
        {
            return Ok(Settled::Covered(sent));
        }
        let mut acked = self.acked(id)?;
        let doc = self.doc_mut(id)?.automerge();
        // Asked of the change graph: rebuilding each change to ask would cost far more.
        let missing = doc.get_missing_deps(heads);
        for h in heads {
            if !missing.contains(h) && !acked.contains(h) {
                acked.push(*h);
            }
        }
        // Keep the list short: once it covers the document, the document's heads say it all.
        if doc.get_changes(&acked).is_empty() {
            return Ok(Settled::Covered(doc.get_heads()));
        }
        Ok(Settled::Partly(acked))
    }

    /// Up to `max_cases` cases with changes HQ has not acknowledged, with those changes (for
    /// checks and status; a sync asks [`Store::hq_snapshot`]).
    pub fn unacknowledged(&mut self, max_cases: usize) -> Result<Vec<Unacknowledged>, StoreError> {
        self.pack(&PackLimits {
            max_cases,
            max_bytes: usize::MAX,
            skip: Vec::new(),
            weigh: |_| 0,
            workers: Workers::one(),
        })
    }

    /// What the next request to HQ carries: the feed position, the next batch of changes HQ
    /// has not acknowledged (up to `limits.max_cases` cases, leaving out `limits.skip`, as many
    /// as fit `limits.max_bytes`, at least one) and the erasures to confirm. The heads packed
    /// are remembered, so that HQ's acknowledgement settles a case without loading it again.
    pub fn hq_snapshot(&mut self, limits: &PackLimits) -> Result<HqSnapshot, StoreError> {
        let pending = self.pack(limits)?;
        let erasures: Vec<CaseId> = {
            let mut stmt = self.conn.prepare_cached("SELECT case_id FROM sync_erased ORDER BY case_id")?;
            let ids: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
            ids.iter().map(|i| CaseId::parse(i).map_err(|_| StoreError::Corrupt)).collect::<Result<_, _>>()?
        };
        let figures = crate::figures::outgoing(&self.conn)?;
        Ok(HqSnapshot { cursor: self.sync_cursor()?, pending, erasures, figures })
    }

    /// Cases with changes HQ has not acknowledged, packed within `limits`.
    fn pack(&mut self, limits: &PackLimits) -> Result<Vec<Unacknowledged>, StoreError> {
        let PackLimits { max_cases, max_bytes, ref skip, weigh, workers } = *limits;
        let ids: Vec<String> = {
            let limit = max_cases.saturating_add(skip.len());
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT case_id FROM sync_dirty WHERE {} ORDER BY case_id LIMIT ?1",
                crate::figures::SENDABLE
            ))?;
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
            let results = waypoint_parallel::map(workers, stored, |(_, snapshot, changes)| {
                pack_stored(&snapshot, &changes)
            });
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
                size = size.saturating_add(weigh(&changes));
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
            // HQ may hold the case from now on, even if no answer says so: a withdrawal must
            // still reach it (crate::figures).
            tx.prepare_cached(
                "INSERT OR IGNORE INTO sync_peers (case_id, peer, heads) VALUES (?1, ?2, x'')",
            )?
            .execute(params![id.as_str(), crate::figures::HQ_OFFERED])?;
        }
        tx.commit()?;
        Ok(out)
    }

    /// Deletes case `id` and every trace of it on this device, on HQ's order: document,
    /// changes, projections, search and tracing keys, sync state. The audit keeps the case id
    /// and the action only. Returns whether the case was here.
    pub fn erase_case(&mut self, id: &CaseId) -> Result<bool, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let held = erase_rows(&tx, self.user.as_str(), Timestamp::now(), id)?;
        tx.commit()?;
        self.forget(id);
        self.fold_wal()?;
        Ok(held)
    }

    /// Drops a deleted case from memory (the document cache and the tracing index).
    fn forget(&mut self, id: &CaseId) {
        self.docs.remove(id);
        if let Some(index) = self.tracing.as_mut() {
            index.remove(&id.to_string());
        }
    }

    /// Deleted pages are zeroed (secure_delete); the WAL is folded in and truncated so the old
    /// pages do not linger there either.
    fn fold_wal(&self) -> Result<(), StoreError> {
        self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(())
    }

    /// Position in HQ's feed up to which this device holds everything.
    pub fn sync_cursor(&self) -> Result<u64, StoreError> {
        Ok(self.meta("sync_cursor")?.and_then(|v| v.parse().ok()).unwrap_or(0))
    }

    /// Applies one answer from HQ in one transaction (see [`FromHq`] for the order): either all
    /// of it is on disk when this returns, or none of it, and the next sync starts from where
    /// this one was. The documents change in memory only once the transaction has committed.
    pub fn apply_from_hq(&mut self, batch: &FromHq) -> Result<AppliedFromHq, StoreError> {
        let mut touched = Vec::new();
        let result = self.apply_from_hq_in(batch, &mut touched);
        if result.is_err() {
            // Documents that took HQ's changes in memory are read again from disk.
            for id in &touched {
                self.docs.remove(id);
            }
        }
        result
    }

    fn apply_from_hq_in(
        &mut self,
        batch: &FromHq,
        touched: &mut Vec<CaseId>,
    ) -> Result<AppliedFromHq, StoreError> {
        let now = Timestamp::now();
        let mut done = AppliedFromHq::default();
        if batch.wipe {
            let ids: Vec<CaseId> = {
                let mut stmt = self.conn.prepare("SELECT case_id FROM cases")?;
                let ids: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
                ids.iter()
                    .map(|i| CaseId::parse(i).map_err(|_| StoreError::Corrupt))
                    .collect::<Result<_, _>>()?
            };
            let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            for id in &ids {
                erase_rows(&tx, self.user.as_str(), now, id)?;
            }
            // A revoked device sends nothing again: its records go too.
            tx.execute("DELETE FROM hq_figures", [])?;
            tx.commit()?;
            for id in &ids {
                self.forget(id);
            }
            self.fold_wal()?;
            done.erased = ids.len();
            return Ok(done);
        }

        // In memory first: HQ's changes merged into the documents, projections read, what HQ
        // holds worked out. Nothing is written yet.
        let mut received: Vec<Received> = Vec::new();
        let mut acks: Vec<(CaseId, Vec<ChangeHash>)> = Vec::new();
        for (id, chunks) in merged(&batch.apply) {
            if chunks.is_empty() {
                continue;
            }
            let hashes = change_hashes(&chunks);
            let bytes = chunks.concat();
            if self.holds_case(&id)? {
                touched.push(id.clone());
                let doc = self.doc_mut(&id)?;
                let before = doc.heads();
                let missing = doc.automerge().get_missing_deps(&hashes);
                doc.apply(&bytes)?;
                if doc.heads() != before {
                    let conflicts = doc.conflict_count();
                    let projection = waypoint_case::read_case(doc.case_ref()?, now, conflicts);
                    let names_changed = search::names_changed(&self.conn, &projection)?;
                    done.changes_new += hashes.iter().filter(|h| missing.contains(h)).count();
                    done.cases_received += 1;
                    received.push(Received::Changed { id: id.clone(), bytes, projection, names_changed });
                }
                acks.push((id, hashes));
            } else {
                let mut doc = CaseDoc::load(&bytes, self.actor.clone())?;
                let case = doc.case()?;
                if case.id != id {
                    return Err(StoreError::CaseMismatch {
                        expected: id.to_string(),
                        found: case.id.to_string(),
                    });
                }
                let projection = waypoint_case::read_case(&case, now, doc.conflict_count());
                done.changes_new += hashes.len();
                done.cases_received += 1;
                received.push(Received::New { id, snapshot: doc.save(), doc: Box::new(doc), projection });
            }
        }
        for (id, heads) in &batch.acknowledged {
            let heads = heads.iter().map(|h| ChangeHash(*h));
            match acks.iter_mut().find(|(a, _)| a == id) {
                Some((_, hashes)) => hashes.extend(heads),
                None => acks.push((id.clone(), heads.collect())),
            }
        }
        let changed: HashSet<CaseId> = received.iter().map(|r| r.id().clone()).collect();
        let mut settled: Vec<(CaseId, Settled)> = Vec::with_capacity(acks.len());
        for (id, heads) in &acks {
            // A case that left this device since it was sent has nothing to record.
            if self.holds_case(id)? {
                let packed = !changed.contains(id);
                settled.push((id.clone(), self.settle(id, heads, packed)?));
            }
        }
        for r in &mut received {
            // Everything in a case new to this device came from HQ: HQ holds all of it.
            if let Received::New { id, doc, .. } = r {
                settled.push((id.clone(), Settled::Covered(doc.heads())));
            }
        }
        let cursor = match batch.cursor {
            Some(c) => Some(c.max(self.sync_cursor()?)),
            None => None,
        };

        let user = self.user.as_str();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for r in &received {
            match r {
                Received::Changed { id, bytes, projection, names_changed } => {
                    tx.prepare_cached("INSERT INTO changes (case_id, bytes) VALUES (?1, ?2)")?
                        .execute(params![id.as_str(), bytes])?;
                    search::write_projection(&tx, projection, *names_changed)?;
                }
                Received::New { id, snapshot, projection, .. } => {
                    tx.prepare_cached("INSERT INTO cases (case_id, snapshot) VALUES (?1, ?2)")?
                        .execute(params![id.as_str(), snapshot])?;
                    search::write_projection(&tx, projection, true)?;
                }
            }
            mark_dirty(&tx, r.id().as_str())?;
            audit::append(&tx, now.0, user, AuditAction::ChangesReceived, r.id().as_str())?;
        }
        record_settled(&tx, &settled)?;
        crate::figures::delivered(&tx, &batch.delivered_figures)?;
        crate::figures::forget_withdrawn(&tx, settled.iter().map(|(id, _)| id), &batch.not_taken)?;
        for id in &batch.confirmed_erasures {
            tx.prepare_cached("DELETE FROM sync_erased WHERE case_id = ?1")?.execute([id.as_str()])?;
        }
        for id in &batch.erase {
            erase_rows(&tx, user, now, id)?;
            tx.prepare_cached("INSERT OR IGNORE INTO sync_erased (case_id) VALUES (?1)")?
                .execute([id.as_str()])?;
        }
        if let Some(c) = cursor {
            set_meta(&tx, "sync_cursor", &c.to_string())?;
        }
        tx.commit()?;

        done.cases_acknowledged = batch.acknowledged.len();
        done.erased = batch.erase.len();
        for r in received {
            let projection = match r {
                Received::Changed { projection, .. } => projection,
                Received::New { id, doc, projection, .. } => {
                    self.remember(id, *doc);
                    projection
                }
            };
            self.index_for_tracing(&projection);
        }
        for id in &batch.erase {
            self.forget(id);
        }
        if !batch.erase.is_empty() {
            self.fold_wal()?;
        }
        Ok(done)
    }

    fn holds_case(&self, id: &CaseId) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM cases WHERE case_id = ?1")?
            .query_row([id.as_str()], |_| Ok(()))
            .optional()?
            .is_some())
    }
}

/// A case that took changes from HQ, ready to be written.
enum Received {
    /// A case this device held: the changes as they came, and its projection now.
    Changed { id: CaseId, bytes: Vec<u8>, projection: waypoint_case::CaseReading, names_changed: bool },
    /// A case new to this device.
    New { id: CaseId, doc: Box<CaseDoc>, snapshot: Vec<u8>, projection: waypoint_case::CaseReading },
}

impl Received {
    fn id(&self) -> &CaseId {
        match self {
            Self::Changed { id, .. } | Self::New { id, .. } => id,
        }
    }
}

/// The changes of each case once, in the order the cases first appear.
fn merged(apply: &[(CaseId, Vec<Vec<u8>>)]) -> Vec<(CaseId, Vec<Vec<u8>>)> {
    let mut out: Vec<(CaseId, Vec<Vec<u8>>)> = Vec::with_capacity(apply.len());
    for (id, chunks) in apply {
        match out.iter_mut().find(|(o, _)| o == id) {
            Some((_, all)) => all.extend(chunks.iter().cloned()),
            None => out.push((id.clone(), chunks.clone())),
        }
    }
    out
}

/// The hashes of the changes in `chunks`, each a change or a whole document, each hash once. A
/// chunk that is neither is left out here: applying it reports the damage.
fn change_hashes(chunks: &[Vec<u8>]) -> Vec<ChangeHash> {
    let mut out: Vec<ChangeHash> = Vec::new();
    for chunk in chunks {
        match automerge::Change::from_bytes(chunk.clone()) {
            Ok(change) => out.push(change.hash()),
            Err(_) => {
                if let Ok(doc) = automerge::Automerge::load(chunk) {
                    out.extend(doc.get_changes(&[]).iter().map(automerge::Change::hash));
                }
            }
        }
    }
    let mut seen = HashSet::new();
    out.retain(|h| seen.insert(*h));
    out
}

/// Records heads as held by HQ, inside the caller's transaction.
fn record_settled(tx: &Connection, settled: &[(CaseId, Settled)]) -> Result<(), StoreError> {
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
    Ok(())
}

/// Deletes every row of case `id`, inside the caller's transaction, and audits it (the case id
/// and the action only). Whether the case was here.
fn erase_rows(tx: &Connection, user: &str, now: Timestamp, id: &CaseId) -> Result<bool, StoreError> {
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
    crate::figures::retract(tx, id.as_str())?;
    audit::append(tx, now.0, user, AuditAction::CaseErased, id.as_str())?;
    Ok(held)
}

/// Sets a `meta` value, inside the caller's transaction or on its own.
fn set_meta(conn: &Connection, key: &str, value: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
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
    /// HQ's public key, learnt at an authenticated enrollment: every answer must be signed
    /// with it. None for a device enrolled by a build before HQ signed its answers (it must
    /// enroll again).
    pub hq_key: Option<[u8; 32]>,
    /// SHA-256 of the TLS certificate HQ presented at enrollment, when no certificate
    /// authority vouched for it: only that certificate is accepted afterwards.
    pub certificate: Option<[u8; 32]>,
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
        set_meta(&self.conn, key, value)
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
        let optional = |name: &str| -> Result<Option<[u8; 32]>, StoreError> {
            let Some(value) = self.meta(name)? else { return Ok(None) };
            let mut bytes = [0u8; 32];
            hex::decode_to_slice(value, &mut bytes).map_err(|_| StoreError::Corrupt)?;
            Ok(Some(bytes))
        };
        Ok(Some(SyncIdentity {
            device: d,
            key: k,
            hq_url,
            hq_key: optional("sync_hq_key")?,
            certificate: optional("sync_hq_certificate")?,
        }))
    }

    /// Records this device's enrollment at HQ (audited, without the key).
    pub fn set_sync_identity(&mut self, identity: &SyncIdentity) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for (key, value) in [
            ("sync_device", Some(hex::encode(identity.device))),
            ("sync_key", Some(hex::encode(identity.key))),
            ("sync_hq_url", Some(identity.hq_url.clone())),
            ("sync_hq_key", identity.hq_key.map(hex::encode)),
            ("sync_hq_certificate", identity.certificate.map(hex::encode)),
        ] {
            match value {
                Some(value) => tx.execute(
                    "INSERT INTO meta (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, value.as_str()],
                )?,
                None => tx.execute("DELETE FROM meta WHERE key = ?1", [key])?,
            };
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

    /// How many cases hold changes HQ has not acknowledged yet (of those that may go to HQ: a
    /// case without consent to share it stays here and is not waiting).
    pub fn pending_sync_cases(&self) -> Result<u64, StoreError> {
        let n: i64 = self.conn.query_row(
            &format!("SELECT COUNT(*) FROM sync_dirty WHERE {}", crate::figures::SENDABLE),
            [],
            |r| r.get(0),
        )?;
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
