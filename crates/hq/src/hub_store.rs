//! The sync protocol's storage ([`HubStorage`]) over HQ's [`Store`], once for SQLite and
//! PostgreSQL: a request's cases are read with one query per table, rebuilt on every core,
//! and written with one statement per table.

use std::collections::{HashMap, HashSet};

use automerge::{Automerge, ChangeHash, ReadDoc};
use waypoint_case::figures::AnonymousRecord;
use waypoint_case::rules::ConsentState;
use waypoint_model::readable;
use waypoint_parallel::Workers;
use waypoint_sync::heads;
use waypoint_sync::hub::{ApplyError, DeviceRecord, HubStorage, Incoming};
use waypoint_sync::wire::{CaseKey, Change, DeviceKey, DocChanges, Figure, Head};

use crate::dashboard::records::{AuditEntry, case_text, hq_device};
use crate::db::{ROWS_PER_INSERT, Value, params, rows_of};
use crate::store::{StorageError, Store, Verified, case_of, cipher, doc_from, seal};

/// The erasure reason of a case whose consent to share with HQ was withdrawn.
pub(crate) const WITHDRAWN: &str = "consent_withdrawn";

/// What `apply_all` writes for a request, gathered for one statement per table.
#[derive(Default)]
struct Writes {
    new_keys: Vec<([u8; 16], Vec<u8>)>,
    /// (case, hash, author, sealed bytes) of each change.
    changes: Vec<Vec<Value>>,
    heads: HashMap<[u8; 16], Vec<u8>>,
    known: HashMap<[u8; 16], Vec<u8>>,
    /// Sites a case was transferred to that may not see it yet.
    grants: Vec<([u8; 16], String)>,
    /// Cases whose consent to share with HQ is no longer in force: erased here, kept by the
    /// device that sent the withdrawal.
    withdrawn: Vec<[u8; 16]>,
    /// Cases erased on a withdrawal that their keeper shares again (consent given anew).
    shared_again: Vec<[u8; 16]>,
}

/// A case of a request, after the work that needs no storage (on every core).
type Prepared = Result<(Incoming, Option<(Automerge, Vec<ChangeHash>)>), ApplyError>;

impl Store {
    /// Inserts `rows` (each `columns` values) with `sql` (`INSERT … VALUES {}` …), as few
    /// statements as the databases' parameter limits allow.
    fn insert_rows(
        &mut self,
        keys_db: bool,
        sql: &str,
        columns: usize,
        rows: Vec<Vec<Value>>,
    ) -> Result<(), StorageError> {
        for chunk in rows.chunks(ROWS_PER_INSERT) {
            let values: Vec<Value> = chunk.iter().flatten().cloned().collect();
            let sql = sql.replace("{}", &rows_of(1, columns, chunk.len()));
            let conn = if keys_db { &mut self.keys } else { &mut self.db };
            conn.execute(&sql, &values)?;
        }
        Ok(())
    }

    fn set_known(
        &mut self,
        device: &DeviceKey,
        rows: HashMap<[u8; 16], Vec<u8>>,
    ) -> Result<(), StorageError> {
        let rows =
            rows.into_iter().map(|(case, heads)| vec![device.0.into(), case.into(), heads.into()]).collect();
        self.insert_rows(
            false,
            "INSERT INTO known (device, case_id, heads) VALUES {} ON CONFLICT (device, case_id) DO UPDATE SET heads = excluded.heads",
            3,
            rows,
        )
    }

    /// The cases of a request: visibility and erasure are checked, each case rebuilt with its
    /// changes applied (on every core), and everything written in one statement per table.
    fn apply_batch(
        &mut self,
        device: &DeviceKey,
        docs: &[DocChanges],
    ) -> Result<Vec<Result<Vec<Head>, ApplyError>>, StorageError> {
        // A device awaiting approval may add cases of its own, never change one HQ holds.
        let Some((site, approved)) = self.device_site(device)? else {
            return Ok(docs.iter().map(|_| Err(ApplyError::NotPermitted)).collect());
        };
        let ids: Vec<[u8; 16]> = docs.iter().map(|d| d.case.0).collect();
        self.db.lock_cases(&ids)?;
        // Erased cases, each with its site and the device that keeps it (one whose consent to
        // share was withdrawn).
        let mut erased: HashMap<[u8; 16], (String, Option<[u8; 16]>)> = HashMap::new();
        for r in self.db.query(
            "SELECT case_id, site, keeper FROM erased WHERE case_id = ANY($1)",
            params![ids.as_slice()],
        )? {
            erased.insert(case_of(&r, 0)?.0, (r.get(1)?, r.get(2)?));
        }
        let mut sites = HashMap::new();
        for r in self
            .db
            .query("SELECT case_id, site FROM cases WHERE case_id = ANY($1)", params![ids.as_slice()])?
        {
            sites.insert(case_of(&r, 0)?.0, r.get::<String>(1)?);
        }
        let transferred: HashSet<[u8; 16]> = self
            .db
            .query(
                "SELECT case_id FROM transfers WHERE site = $2 AND case_id = ANY($1)",
                params![ids.as_slice(), &site],
            )?
            .iter()
            .map(|r| case_of(r, 0).map(|c| c.0))
            .collect::<Result<_, _>>()?;
        let mut known: HashMap<[u8; 16], Vec<ChangeHash>> = HashMap::new();
        for r in self.db.query(
            "SELECT case_id, heads FROM known WHERE device = $1 AND case_id = ANY($2)",
            params![device.0, ids.as_slice()],
        )? {
            known.insert(case_of(&r, 0)?.0, heads::from_bytes(&r.get::<Vec<u8>>(1)?));
        }
        let mut granted: HashSet<([u8; 16], String)> = HashSet::new();
        for r in self
            .db
            .query("SELECT case_id, site FROM transfers WHERE case_id = ANY($1)", params![ids.as_slice()])?
        {
            granted.insert((case_of(&r, 0)?.0, r.get(1)?));
        }
        let mut keys: HashMap<[u8; 16], Vec<u8>> = HashMap::new();
        for r in self
            .keys
            .query("SELECT case_id, key FROM case_keys WHERE case_id = ANY($1)", params![ids.as_slice()])?
        {
            keys.insert(case_of(&r, 0)?.0, r.get(1)?);
        }
        let visible = |id: &[u8; 16]| {
            (sites.get(id).is_none_or(|s| *s == site) || transferred.contains(id))
                && (approved || !sites.contains_key(id))
        };
        let to_load: Vec<[u8; 16]> = ids
            .iter()
            .filter(|id| sites.contains_key(*id) && !erased.contains_key(*id) && visible(id))
            .copied()
            .collect();
        let mut stored: HashMap<[u8; 16], Vec<Vec<u8>>> = HashMap::new();
        if !to_load.is_empty() {
            for r in self.db.query(
                "SELECT case_id, bytes FROM changes WHERE case_id = ANY($1) ORDER BY seq",
                params![to_load.as_slice()],
            )? {
                stored.entry(case_of(&r, 0)?.0).or_default().push(r.get(1)?);
            }
        }
        // A case new to HQ gets a key of its own. A case HQ holds without a key has lost it to an
        // erasure that did not finish: a new key could not open its changes.
        let mut writes = Writes::default();
        for id in &ids {
            if !keys.contains_key(id) && !sites.contains_key(id) && !erased.contains_key(id) && visible(id) {
                let key: [u8; 32] = rand::random();
                keys.insert(*id, key.to_vec());
                writes.new_keys.push((*id, key.to_vec()));
            }
        }

        // The costly part needs no storage: every core parses and rebuilds. A case sent twice
        // in one request is rebuilt in turn below instead.
        let mut times: HashMap<[u8; 16], usize> = HashMap::new();
        for d in docs {
            *times.entry(d.case.0).or_default() += 1;
        }
        let mut work = Vec::with_capacity(docs.len());
        for d in docs {
            let id = d.case.0;
            let held = match (keys.get(&id), stored.remove(&id)) {
                (Some(key), Some(sealed)) if times.get(&id) == Some(&1) => Some((key.clone(), sealed)),
                (_, Some(sealed)) => {
                    stored.insert(id, sealed);
                    None
                }
                _ => None,
            };
            work.push((d, held));
        }
        let verified = &self.verified;
        let prepared: Vec<Result<Prepared, StorageError>> =
            waypoint_parallel::map(Workers::available(), work, |(d, held)| {
                let incoming = match waypoint_sync::hub::parse_incoming(&d.changes) {
                    Ok(i) => i,
                    Err(e) => return Ok(Err(e)),
                };
                let Some((key, sealed)) = held else {
                    // A whole document new to HQ: nothing before it, so it is read whole.
                    if incoming.document.as_ref().is_some_and(|doc| !reads_after(verified, &d.case, doc, &[]))
                    {
                        return Ok(Err(ApplyError::Invalid));
                    }
                    return Ok(Ok((incoming, None)));
                };
                // What HQ stored and cannot read is HQ's damage, never the device's fault.
                let mut doc = doc_from(&cipher(&key)?, &d.case, &sealed)?;
                let before = doc.get_heads();
                if doc.apply_changes(incoming.changes.iter().map(|(c, _)| c.clone())).is_err()
                    || !reads_after(verified, &d.case, &doc, &before)
                {
                    return Ok(Err(ApplyError::Invalid));
                }
                Ok(Ok((incoming, Some((doc, before)))))
            });

        let mut results = Vec::with_capacity(docs.len());
        // A case sent twice in one request continues from the first.
        let mut done: HashMap<[u8; 16], Automerge> = HashMap::new();
        for (doc, prepared) in docs.iter().zip(prepared) {
            let prepared = prepared?;
            let id = doc.case.0;
            // The device that kept a case erased here on a withdrawal is not told to erase it.
            let keeps = erased.get(&id).is_some_and(|(_, keeper)| *keeper == Some(device.0));
            if erased.contains_key(&id) && !keeps {
                results.push(Err(ApplyError::Erased));
                continue;
            }
            if !visible(&id) {
                results.push(Err(ApplyError::NotPermitted));
                continue;
            }
            let (Incoming { changes, document }, rebuilt) = match prepared {
                Ok(p) => p,
                Err(e) => {
                    results.push(Err(e));
                    continue;
                }
            };
            // Consent given anew: the keeper sends the whole case again, and HQ takes it as a new
            // case of the site it had (written only once every check below has passed). Anything
            // else of it stays on the keeper.
            let shared_again = match (keeps, erased.get(&id)) {
                (true, Some((erased_site, _))) => {
                    if consent_to_share(document.as_ref()) != Some(ConsentState::Given)
                        || done.contains_key(&id)
                    {
                        results.push(Err(ApplyError::NotPermitted));
                        continue;
                    }
                    let key: [u8; 32] = rand::random();
                    keys.insert(id, key.to_vec());
                    Some((key.to_vec(), erased_site.clone()))
                }
                _ => None,
            };
            if sites.contains_key(&id) && !keys.contains_key(&id) {
                // Its key is gone (an erasure cut short): nothing can be added to what no one
                // can read again.
                results.push(Err(ApplyError::Erased));
                continue;
            }
            // Only HQ writes as HQ: a device's change that names an HQ author would show as a
            // supervisor's decision.
            if *device != hq_device(&site)
                && changes.iter().any(|(c, user)| waypoint_case::conflicts::is_hq_author(author_of(c, user)))
            {
                results.push(Err(ApplyError::Invalid));
                continue;
            }
            let exists = sites.contains_key(&id) || done.contains_key(&id);
            let key = keys.get(&id).ok_or(StorageError::Corrupt("a case without a key"))?;
            let case_cipher = cipher(key)?;
            let (now, before) = match (document, rebuilt) {
                // A case new to HQ, sent whole: that document is HQ's.
                (Some(d), _) if !exists => (d, Vec::new()),
                (_, Some(rebuilt)) => rebuilt,
                _ => {
                    // A case sent more than once in one request, or new to HQ as changes: the
                    // earlier copy stays as it was if this one is refused.
                    let mut d = match done.get(&id) {
                        Some(d) => d.clone(),
                        None => {
                            doc_from(&case_cipher, &doc.case, stored.get(&id).map_or(&[][..], Vec::as_slice))?
                        }
                    };
                    let before = d.get_heads();
                    if d.apply_changes(changes.iter().map(|(c, _)| c.clone())).is_err()
                        || !reads_after(&self.verified, &doc.case, &d, &before)
                    {
                        results.push(Err(ApplyError::Invalid));
                        continue;
                    }
                    (d, before)
                }
            };
            match consent_to_share(Some(&now)) {
                // Without consent a case never reaches HQ (a device counts it as an anonymous
                // record instead); one that arrives anyway is not taken.
                Some(state) if state != ConsentState::Given && !exists => {
                    results.push(Err(ApplyError::NotPermitted));
                    continue;
                }
                // Withdrawn or refused: HQ's copy is erased, key and history, and every other
                // device's with it. The sender has what it sent acknowledged, and keeps the case.
                // (A case HQ holds from before consent was checked, with none recorded, stays.)
                Some(ConsentState::Withdrawn | ConsentState::Refused) => {
                    writes.withdrawn.push(id);
                    results.push(Ok(now.get_heads().iter().map(|h| Head(h.0)).collect()));
                    continue;
                }
                None => {
                    results.push(Err(ApplyError::Invalid));
                    continue;
                }
                Some(ConsentState::Given | ConsentState::NotRecorded) => {}
            }
            let lifted_site = shared_again.map(|(key, erased_site)| {
                writes.new_keys.push((id, key));
                writes.shared_again.push(id);
                erased_site
            });
            for (change, user) in &changes {
                let author = author_of(change, user);
                let sealed = seal(&case_cipher, &doc.case, change.raw_bytes())?;
                writes.changes.push(vec![
                    id.into(),
                    change.hash().0.into(),
                    author.into(),
                    device.0.into(),
                    sealed.into(),
                ]);
            }
            let heads = now.get_heads();
            if heads != before || !exists {
                let own_site = sites.get(&id).cloned().or(lifted_site).unwrap_or_else(|| site.clone());
                // A transfer recorded in the case, by a device or at HQ, gives the receiving
                // site the case: one rule wherever the transfer was made.
                for to in transferred_to(&now, &doc.case) {
                    if to != own_site && granted.insert((id, to.clone())) {
                        writes.grants.push((id, to));
                    }
                }
                self.touched.push((id, own_site));
                writes.heads.insert(id, heads::to_bytes(&heads));
            }
            let mut k = known.remove(&id).unwrap_or_default();
            k.extend(changes.iter().map(|(c, _)| c.hash()));
            let k = heads::compact(k, &heads);
            writes.known.insert(id, heads::to_bytes(&k));
            known.insert(id, k);
            results.push(Ok(heads.iter().map(|h| Head(h.0)).collect()));
            self.verified.insert(id, heads);
            done.insert(id, now);
        }
        self.write(device, writes)?;
        Ok(results)
    }

    fn write(&mut self, device: &DeviceKey, w: Writes) -> Result<(), StorageError> {
        let rows = w.new_keys.into_iter().map(|(c, k)| vec![c.into(), k.into()]).collect();
        self.insert_rows(
            true,
            "INSERT INTO case_keys (case_id, key) VALUES {} ON CONFLICT (case_id) DO NOTHING",
            2,
            rows,
        )?;
        // A change HQ already holds is left as it is (UNIQUE (case_id, hash)).
        self.insert_rows(
            false,
            "INSERT INTO changes (case_id, hash, user_name, device, bytes) VALUES {} ON CONFLICT (case_id, hash) DO NOTHING",
            5,
            w.changes,
        )?;
        let rows = w.heads.into_iter().map(|(c, h)| vec![c.into(), h.into()]).collect();
        self.insert_rows(
            false,
            "INSERT INTO case_heads (case_id, heads) VALUES {} ON CONFLICT (case_id) DO UPDATE SET heads = excluded.heads",
            2,
            rows,
        )?;
        let rows = w.grants.into_iter().map(|(c, site)| vec![c.into(), site.into()]).collect();
        self.insert_rows(
            false,
            "INSERT INTO transfers (case_id, site) VALUES {} ON CONFLICT DO NOTHING",
            2,
            rows,
        )?;
        if !w.shared_again.is_empty() {
            let ids = w.shared_again.as_slice();
            for table in ["erased", "erasure_confirmations", "dash_erasure_orders"] {
                self.db.execute(&format!("DELETE FROM {table} WHERE case_id = ANY($1)"), params![ids])?;
            }
        }
        self.set_known(device, w.known)?;
        let now = waypoint_model::Timestamp::now().0;
        let by = format!("device:{}", hex::encode(device.0));
        for case in w.withdrawn {
            self.touched.retain(|(c, _)| *c != case);
            self.verified.remove(&case);
            let key = CaseKey(case);
            self.erase_in_tx(&key, now, Some(device))?;
            // Listed with the erasures staff ordered, and in the audit trail: which device
            // carried the withdrawal (ids only).
            let case_id = case_text(&key);
            let entry = AuditEntry {
                user: &by,
                action: "case.erase",
                case: Some(&case_id),
                detail: format!("reason={WITHDRAWN}"),
            };
            self.record_erasure_order(&key, WITHDRAWN, now, &entry)?;
        }
        Ok(())
    }
}

/// Who wrote a change: its message names the author; the request's field is the fallback.
fn author_of<'a>(change: &'a automerge::Change, user: &'a str) -> &'a str {
    change.message().filter(|m| !m.is_empty()).unwrap_or(user)
}

/// Whether a document is the case it was sent as: its `id` is the key it came under. HQ also
/// checks that every version it keeps reads as a case ([`readable`]): it passes a case on to
/// every device of its sites, and a device refuses an answer holding a case it cannot read, so
/// one such case kept here would stop every one of them from syncing and hide the case from the
/// dashboard. A case new to HQ is read whole; a change to a case HQ holds, only where it changed.
fn is_case(doc: &Automerge, case: &CaseKey) -> bool {
    autosurgeon::hydrate_prop::<_, waypoint_model::CaseId, _, _>(doc, automerge::ROOT, "id")
        .is_ok_and(|id| id.uuid_bytes() == Some(case.0))
}

/// Whether `doc` — the case `case` after a device's changes on top of `before` — reads as the
/// case: only where it changed when this process found the case reading at `before`, else
/// whole (a case stored by an older build, or before a build whose `Case` differs, may not
/// read, and a change to one answer must not pass it on).
fn reads_after(verified: &Verified, case: &CaseKey, doc: &Automerge, before: &[ChangeHash]) -> bool {
    is_case(doc, case)
        && if verified.get(&case.0).is_some_and(|heads| heads.as_slice() == before) {
            readable::still_reads_after(doc, before)
        } else {
            readable::reads_as_case(doc)
        }
}

/// The state of the case's consent to share with HQ (its `consents` list only); `None` for no
/// document or a list that does not read.
fn consent_to_share(doc: Option<&Automerge>) -> Option<ConsentState> {
    let consents =
        autosurgeon::hydrate_prop::<_, Vec<waypoint_model::Consent>, _, _>(doc?, automerge::ROOT, "consents")
            .ok()?;
    Some(waypoint_case::rules::state_among(&consents, waypoint_model::ConsentPurpose::SharingWithHq))
}

/// The sites the case's transfers name (its `transfers` list only: cheap to read). A case
/// whose list does not read as transfers gives none, and says so in the log (ids only).
fn transferred_to(doc: &Automerge, case: &CaseKey) -> Vec<String> {
    match autosurgeon::hydrate_prop::<_, Vec<waypoint_model::Transfer>, _, _>(
        doc,
        automerge::ROOT,
        "transfers",
    ) {
        Ok(transfers) => transfers.into_iter().map(|t| t.to_site.to_string()).collect(),
        Err(e) => {
            tracing::warn!(case = %hex::encode(case.0), error = %e, "transfers of a case do not read");
            Vec::new()
        }
    }
}

impl HubStorage for Store {
    type Error = StorageError;

    fn hq_key(&self) -> &waypoint_sync::signing::SigningKey {
        &self.hq_key
    }

    fn device(&mut self, device: &DeviceKey) -> Result<Option<DeviceRecord>, StorageError> {
        // Read inside a request's transaction, the device is held until it ends: a revocation
        // made meanwhile waits, so nothing of a revoked device is applied after it.
        if self.db.in_transaction() {
            self.db.lock_device(&device.0, true)?;
        }
        let sql = "SELECT public_key, site, revoked FROM devices WHERE id = $1";
        let Some(r) = self.db.query_opt(sql, params![device.0])? else {
            return Ok(None);
        };
        Ok(Some(DeviceRecord { public_key: r.get(0)?, site: r.get(1)?, revoked: r.get(2)? }))
    }

    fn remember_nonce(&mut self, device: &DeviceKey, nonce: [u8; 16], at: i64) -> Result<bool, StorageError> {
        // Nonces older than the clock window can go (requests that old are refused anyway);
        // now and then is enough.
        self.requests = self.requests.wrapping_add(1);
        if self.requests % 256 == 1 {
            self.db.execute(
                "DELETE FROM nonces WHERE at < $1",
                params![at - 2 * waypoint_sync::hub::CLOCK_WINDOW_MS],
            )?;
        }
        let n = self.db.execute(
            "INSERT INTO nonces (device, nonce, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            params![device.0, nonce, at],
        )?;
        Ok(n == 1)
    }

    fn apply(
        &mut self,
        device: &DeviceKey,
        case: &CaseKey,
        changes: &[Change],
    ) -> Result<Result<Vec<Head>, ApplyError>, StorageError> {
        let docs = [DocChanges { case: *case, changes: changes.to_vec() }];
        Ok(self.apply_all(device, &docs)?.pop().unwrap_or(Err(ApplyError::Invalid)))
    }

    fn apply_all(
        &mut self,
        device: &DeviceKey,
        docs: &[DocChanges],
    ) -> Result<Vec<Result<Vec<Head>, ApplyError>>, StorageError> {
        self.apply_batch(device, docs)
    }

    fn acknowledge(&mut self, device: &DeviceKey, cursor: u64) -> Result<(), StorageError> {
        let cursor = i64::try_from(cursor).unwrap_or(i64::MAX);
        // Only cases still at the position they were sent at: one that moved up the feed since
        // may have been left out of the replies that took the cursor past its old position
        // (reply budget), and is sent again in full.
        let rows = self.db.query(
            "SELECT s.case_id, s.heads, k.heads FROM sent s
             JOIN cases c ON c.case_id = s.case_id AND c.position = s.position
             LEFT JOIN known k ON k.device = s.device AND k.case_id = s.case_id
             WHERE s.device = $1 AND s.position <= $2",
            params![device.0, cursor],
        )?;
        let mut known = HashMap::new();
        for r in &rows {
            let mut heads = r.get::<Option<Vec<u8>>>(2)?.map(|b| heads::from_bytes(&b)).unwrap_or_default();
            heads.extend(heads::from_bytes(&r.get::<Vec<u8>>(1)?));
            heads.sort_unstable();
            heads.dedup();
            known.insert(case_of(r, 0)?.0, heads::to_bytes(&heads));
        }
        if !known.is_empty() {
            self.set_known(device, known)?;
        }
        self.db
            .execute("DELETE FROM sent WHERE device = $1 AND position <= $2", params![device.0, cursor])?;
        Ok(())
    }

    fn changed_since(
        &mut self,
        device: &DeviceKey,
        cursor: u64,
    ) -> Result<Vec<(u64, CaseKey)>, StorageError> {
        // A device an admin enrolled receives no case until a supervisor of its site approves it.
        let Some((site, true)) = self.device_site(device)? else { return Ok(Vec::new()) };
        let rows = self.db.query(
            "SELECT c.position, c.case_id, h.heads, k.heads FROM cases c
             LEFT JOIN case_heads h ON h.case_id = c.case_id
             LEFT JOIN known k ON k.device = $3 AND k.case_id = c.case_id
             WHERE c.position > $1
               AND (c.site = $2 OR c.case_id IN (SELECT case_id FROM transfers WHERE site = $2))
             ORDER BY c.position",
            params![i64::try_from(cursor).unwrap_or(i64::MAX), &site, device.0],
        )?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let case = case_of(r, 1)?;
            let current = r.get::<Option<Vec<u8>>>(2)?.map(|b| heads::from_bytes(&b)).unwrap_or_default();
            let held = r.get::<Option<Vec<u8>>>(3)?.map(|b| heads::from_bytes(&b)).unwrap_or_default();
            self.prefetched.insert(case.0, (current, held));
            out.push((r.get::<u64>(0)?, case));
        }
        Ok(out)
    }

    fn changes_for(
        &mut self,
        device: &DeviceKey,
        case: &CaseKey,
        position: u64,
    ) -> Result<Vec<Change>, StorageError> {
        let (current, held) = match self.prefetched.remove(&case.0) {
            Some(p) => p,
            None => {
                let heads_of = |r: Option<crate::db::Row>| -> Result<Vec<ChangeHash>, StorageError> {
                    Ok(r.map(|r| r.get::<Vec<u8>>(0))
                        .transpose()?
                        .map(|b| heads::from_bytes(&b))
                        .unwrap_or_default())
                };
                let current = heads_of(
                    self.db.query_opt("SELECT heads FROM case_heads WHERE case_id = $1", params![case.0])?,
                )?;
                let held = heads_of(self.db.query_opt(
                    "SELECT heads FROM known WHERE device = $1 AND case_id = $2",
                    params![device.0, case.0],
                )?)?;
                (current, held)
            }
        };
        // Most often the device itself made the change that moved the case up the feed: it
        // holds every head, and there is nothing to load or send.
        if !current.is_empty() && current.iter().all(|h| held.contains(h)) {
            return Ok(Vec::new());
        }
        let (doc, users) = self.load(case)?;
        if doc.get_heads().is_empty() && !current.is_empty() {
            // HQ holds changes it cannot open (the key went, the rows stayed: an erasure cut
            // short). Passing the case would move the device's cursor past it for good; the
            // request fails until `waypoint-hq case erase` finishes the erasure.
            return Err(StorageError::Corrupt("a case whose key is gone; finish its erasure"));
        }
        let have: Vec<ChangeHash> =
            held.into_iter().filter(|h| doc.get_change_by_hash(h).is_some()).collect();
        let changes = doc
            .get_changes(&have)
            .into_iter()
            .map(|c| {
                let user = users
                    .get(c.hash().0.as_slice())
                    .cloned()
                    .ok_or(StorageError::Corrupt("a change without its author"))?;
                Ok(Change { user, bytes: c.raw_bytes().to_vec() })
            })
            .collect::<Result<Vec<_>, StorageError>>()?;
        self.db.execute(
            "INSERT INTO sent (device, case_id, position, heads) VALUES ($1, $2, $3, $4)
             ON CONFLICT (device, case_id) DO UPDATE SET position = excluded.position, heads = excluded.heads",
            params![device.0, case.0, position, heads::to_bytes(&doc.get_heads())],
        )?;
        Ok(changes)
    }

    fn erasures_for(&mut self, device: &DeviceKey) -> Result<Vec<CaseKey>, StorageError> {
        // A device awaiting approval holds none of its site's cases: it learns none of their ids.
        let Some((site, true)) = self.device_site(device)? else { return Ok(Vec::new()) };
        let rows = self.db.query(
            "SELECT case_id FROM erased e
             WHERE (e.site = $1 OR e.case_id IN (SELECT case_id FROM transfers WHERE site = $1))
               AND (e.keeper IS NULL OR e.keeper <> $2)
               AND NOT EXISTS (SELECT 1 FROM erasure_confirmations c WHERE c.case_id = e.case_id AND c.device = $2)
             ORDER BY case_id",
            params![&site, device.0],
        )?;
        rows.iter().map(|r| case_of(r, 0)).collect()
    }

    fn confirm_erasure(&mut self, device: &DeviceKey, case: &CaseKey) -> Result<(), StorageError> {
        self.db.execute(
            "INSERT INTO erasure_confirmations (case_id, device) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            params![case.0, device.0],
        )?;
        Ok(())
    }

    fn record_figures(&mut self, device: &DeviceKey, figures: &[Figure]) -> Result<(), StorageError> {
        let Some((site, _)) = self.device_site(device)? else { return Ok(()) };
        for f in figures {
            let record =
                f.record.and_then(|r| AnonymousRecord::from_codes(r.month, r.age_band, r.sex, r.risk));
            match record {
                Some(r) => self.db.execute(
                    "INSERT INTO anonymous_cases (figure_id, device, site, month, age_band, sex, risk)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)
                     ON CONFLICT (figure_id) DO UPDATE SET site = excluded.site, month = excluded.month,
                       age_band = excluded.age_band, sex = excluded.sex, risk = excluded.risk",
                    params![
                        f.id,
                        device.0,
                        &site,
                        i64::from(r.month),
                        i64::from(r.age_band),
                        i64::from(r.sex),
                        i64::from(r.risk)
                    ],
                )?,
                // Retracted, or codes this HQ does not know (counted as nothing rather than
                // as a value it cannot name).
                None => self.db.execute("DELETE FROM anonymous_cases WHERE figure_id = $1", params![f.id])?,
            };
        }
        Ok(())
    }

    fn begin(&mut self) -> Result<(), StorageError> {
        Store::begin(self)
    }

    fn commit(&mut self) -> Result<(), StorageError> {
        Store::commit(self)
    }

    fn rollback(&mut self) {
        Store::rollback(self);
    }
}

#[cfg(test)]
mod tests {
    use automerge::transaction::Transactable;
    use automerge::{ActorId, AutoCommit, ROOT};
    use waypoint_model::{Case, CaseDoc, CaseId, ShortCode, SiteId, Timestamp, UserId};

    use super::*;

    /// A case that an older build stored although it does not read (its status is a number),
    /// then a change that only adds a field: read only where it changed, it would pass and be
    /// passed on to every device of the site. Unless this process found the case reading at
    /// those heads, the whole case is read, and the change is refused.
    #[test]
    fn a_case_not_known_to_read_is_read_whole_even_for_a_small_change() {
        let user = UserId::new("officer-amina");
        let now = Timestamp(1_700_000_000_000);
        let id = CaseId::new("0190f5b2-6c1e-7cc0-8000-000000000001");
        let opened =
            Case::open(id.clone(), ShortCode::new("KA7-HDQ"), SiteId::new("border-north"), &user, now);
        let mut doc =
            AutoCommit::load(&CaseDoc::create(&opened, ActorId::random(), &user, now).expect("doc").save())
                .expect("load");
        doc.put(ROOT, "status", 5).expect("put");
        doc.commit();
        let before = doc.get_heads();
        doc.put(ROOT, "something_newer", "a field a later version added").expect("put");
        doc.commit();
        let case = CaseKey(id.uuid_bytes().expect("a uuid"));
        assert!(!reads_after(&Verified::new(), &case, doc.document(), &before), "read whole: refused");
        let mut verified = Verified::new();
        verified.insert(case.0, before.clone());
        assert!(
            reads_after(&verified, &case, doc.document(), &before),
            "read where it changed (only sound on heads found to read)"
        );
    }
}
