//! An in-memory HQ storage over Automerge documents: the reference for the protocol's
//! behaviour, used by tests that run devices and HQ in one process.

use std::collections::{HashMap, HashSet};

use automerge::{Automerge, ChangeHash, ReadDoc};

use crate::hub::{ApplyError, DeviceRecord, HubStorage};
use crate::signing::{SigningKey, VerifyingKey};
use crate::wire::{CaseKey, Change, DeviceKey, Figure, FigureRecord, Head};

struct Doc {
    doc: Automerge,
    site: String,
    position: u64,
    users: HashMap<ChangeHash, String>,
}

/// HQ's state in memory.
pub struct MemoryHub {
    /// HQ's signing key (from a fixed seed: a simulation replays byte for byte).
    key: SigningKey,
    devices: HashMap<DeviceKey, DeviceRecord>,
    nonces: HashSet<(DeviceKey, [u8; 16])>,
    docs: HashMap<CaseKey, Doc>,
    /// Tombstones: the erased case's site (no personal data) and the devices that confirmed.
    erased: HashMap<CaseKey, (String, HashSet<DeviceKey>)>,
    transfers: HashMap<CaseKey, HashSet<String>>,
    next_position: u64,
    known: HashMap<(DeviceKey, CaseKey), Vec<ChangeHash>>,
    sent: HashMap<(DeviceKey, CaseKey), (u64, Vec<ChangeHash>)>,
    /// Anonymous records by id, with the site they count for.
    pub figures: HashMap<[u8; 16], (String, FigureRecord)>,
    /// Every change applied, for tests that check nothing is applied twice.
    pub applied: usize,
    /// How often each change of each case was applied (new to HQ's document): a simulation
    /// checks that every change is applied exactly once, erasures included.
    applied_log: HashMap<(CaseKey, ChangeHash), u32>,
}

impl Default for MemoryHub {
    fn default() -> Self {
        Self {
            key: SigningKey::from_bytes(&[42; 32]),
            devices: HashMap::new(),
            nonces: HashSet::new(),
            docs: HashMap::new(),
            erased: HashMap::new(),
            transfers: HashMap::new(),
            next_position: 0,
            known: HashMap::new(),
            sent: HashMap::new(),
            figures: HashMap::new(),
            applied: 0,
            applied_log: HashMap::new(),
        }
    }
}

impl MemoryHub {
    /// An empty HQ.
    pub fn new() -> Self {
        Self::default()
    }

    /// The key devices check this HQ's answers with.
    pub fn verifying_key(&self) -> VerifyingKey {
        self.key.verifying_key()
    }

    /// Enrolls a device.
    pub fn enroll(&mut self, device: DeviceKey, record: DeviceRecord) {
        self.devices.insert(device, record);
    }

    /// Revokes a device.
    pub fn revoke(&mut self, device: &DeviceKey) {
        if let Some(r) = self.devices.get_mut(device) {
            r.revoked = true;
        }
    }

    /// Gives `case` to `site` as well (a transfer).
    pub fn transfer(&mut self, case: CaseKey, site: &str) {
        self.transfers.entry(case).or_default().insert(site.to_owned());
        self.next_position += 1;
        if let Some(doc) = self.docs.get_mut(&case) {
            doc.position = self.next_position;
        }
    }

    /// Erases a case: its history goes, a tombstone stays.
    pub fn erase(&mut self, case: CaseKey) {
        let site = self.docs.remove(&case).map(|d| d.site).unwrap_or_default();
        self.known.retain(|(_, c), _| *c != case);
        self.sent.retain(|(_, c), _| *c != case);
        self.erased.insert(case, (site, HashSet::new()));
    }

    /// The document of a case, if HQ holds it.
    pub fn doc(&self, case: &CaseKey) -> Option<&Automerge> {
        self.docs.get(case).map(|d| &d.doc)
    }

    /// The user who made the change with this hash.
    pub fn author(&self, case: &CaseKey, hash: &ChangeHash) -> Option<&str> {
        self.docs.get(case).and_then(|d| d.users.get(hash)).map(String::as_str)
    }

    /// The cases HQ holds, in order.
    pub fn cases(&self) -> Vec<CaseKey> {
        let mut cases: Vec<CaseKey> = self.docs.keys().copied().collect();
        cases.sort_unstable();
        cases
    }

    /// What HQ knows `device` to hold of `case`: it never sends those changes to it again.
    pub fn known(&self, device: &DeviceKey, case: &CaseKey) -> &[ChangeHash] {
        self.known.get(&(*device, *case)).map_or(&[], Vec::as_slice)
    }

    /// The feed position the next change will get: no device's cursor may be past it.
    pub fn next_position(&self) -> u64 {
        self.next_position
    }

    /// Whether `case` was erased (HQ keeps a tombstone, never the case).
    pub fn is_erased(&self, case: &CaseKey) -> bool {
        self.erased.contains_key(case)
    }

    /// Whether `device` confirmed deleting the erased `case`.
    pub fn confirmed(&self, case: &CaseKey, device: &DeviceKey) -> bool {
        self.erased.get(case).is_some_and(|(_, confirmed)| confirmed.contains(device))
    }

    /// Whether `device` may see `case` (its site's, or transferred to its site).
    pub fn may_see(&self, device: &DeviceKey, case: &CaseKey) -> bool {
        self.visible(device, case)
    }

    /// How often each change of each case was new to HQ when applied.
    pub fn applied_log(&self) -> &HashMap<(CaseKey, ChangeHash), u32> {
        &self.applied_log
    }

    fn visible(&self, device: &DeviceKey, case: &CaseKey) -> bool {
        let Some(record) = self.devices.get(device) else { return false };
        let own = self.docs.get(case).is_some_and(|d| d.site == record.site);
        own || self.transfers.get(case).is_some_and(|s| s.contains(&record.site))
    }
}

impl MemoryHub {
    fn apply_one(
        &mut self,
        device: &DeviceKey,
        case: &CaseKey,
        changes: &[Change],
    ) -> Result<Vec<Head>, ApplyError> {
        if self.erased.contains_key(case) {
            return Err(ApplyError::Erased);
        }
        let site = self.devices.get(device).map(|r| r.site.clone()).ok_or(ApplyError::NotPermitted)?;
        if self.docs.contains_key(case) && !self.visible(device, case) {
            return Err(ApplyError::NotPermitted);
        }
        let parsed = crate::hub::incoming_changes(changes)?;
        let doc = self.docs.entry(*case).or_insert_with(|| Doc {
            doc: Automerge::new(),
            site,
            position: 0,
            users: HashMap::new(),
        });
        let before = doc.doc.get_heads();
        let hashes: Vec<ChangeHash> = parsed.iter().map(|(c, _)| c.hash()).collect();
        for (change, user) in &parsed {
            doc.users.entry(change.hash()).or_insert_with(|| user.clone());
        }
        doc.doc.apply_changes(parsed.into_iter().map(|(c, _)| c)).map_err(|_| ApplyError::Invalid)?;
        // What is new to the document now (a change that waited for a dependency counts when
        // it is applied, not when it arrives).
        for change in doc.doc.get_changes(&before) {
            self.applied += 1;
            *self.applied_log.entry((*case, change.hash())).or_default() += 1;
        }
        if doc.doc.get_heads() != before {
            self.next_position += 1;
            doc.position = self.next_position;
        }
        let heads = doc.doc.get_heads();
        let known = self.known.entry((*device, *case)).or_default();
        known.extend(hashes);
        *known = crate::heads::compact(std::mem::take(known), &heads);
        Ok(heads.into_iter().map(|h| Head(h.0)).collect())
    }
}

/// The reference storage cannot fail.
impl HubStorage for MemoryHub {
    type Error = std::convert::Infallible;

    fn hq_key(&self) -> &SigningKey {
        &self.key
    }

    fn device(&mut self, device: &DeviceKey) -> Result<Option<DeviceRecord>, Self::Error> {
        Ok(self.devices.get(device).cloned())
    }

    fn remember_nonce(&mut self, device: &DeviceKey, nonce: [u8; 16], _at: i64) -> Result<bool, Self::Error> {
        Ok(self.nonces.insert((*device, nonce)))
    }

    fn apply(
        &mut self,
        device: &DeviceKey,
        case: &CaseKey,
        changes: &[Change],
    ) -> Result<Result<Vec<Head>, ApplyError>, Self::Error> {
        Ok(self.apply_one(device, case, changes))
    }

    fn acknowledge(&mut self, device: &DeviceKey, cursor: u64) -> Result<(), Self::Error> {
        let done: Vec<(DeviceKey, CaseKey)> = self
            .sent
            .iter()
            .filter(|((d, _), (pos, _))| d == device && *pos <= cursor)
            .map(|(k, _)| *k)
            .collect();
        for key in done {
            let Some((position, heads)) = self.sent.remove(&key) else { continue };
            // Only a case still where it was sent: the reply that took the device's cursor past
            // that position carried it. A case that moved up the feed since may have been cut
            // from those replies (reply budget) and is sent again in full.
            if self.docs.get(&key.1).is_some_and(|d| d.position == position) {
                self.known.entry(key).or_default().extend(heads);
            }
        }
        Ok(())
    }

    fn changed_since(&mut self, device: &DeviceKey, cursor: u64) -> Result<Vec<(u64, CaseKey)>, Self::Error> {
        let mut out: Vec<(u64, CaseKey)> = self
            .docs
            .iter()
            .filter(|(case, d)| d.position > cursor && self.visible(device, case))
            .map(|(case, d)| (d.position, *case))
            .collect();
        out.sort();
        Ok(out)
    }

    fn changes_for(
        &mut self,
        device: &DeviceKey,
        case: &CaseKey,
        position: u64,
    ) -> Result<Vec<Change>, Self::Error> {
        let Some(doc) = self.docs.get(case) else { return Ok(Vec::new()) };
        // What HQ knows the device to hold, of what HQ holds (a lookup in the change graph, not
        // a rebuilt change).
        let known = self.known.get(&(*device, *case)).map_or(&[][..], Vec::as_slice);
        let missing = doc.doc.get_missing_deps(known);
        let have: Vec<ChangeHash> = known.iter().copied().filter(|h| !missing.contains(h)).collect();
        let changes: Vec<Change> = doc
            .doc
            .get_changes(&have)
            .into_iter()
            .map(|c| Change {
                user: doc.users.get(&c.hash()).cloned().unwrap_or_default(),
                bytes: c.raw_bytes().to_vec(),
            })
            .collect();
        self.sent.insert((*device, *case), (position, doc.doc.get_heads()));
        Ok(changes)
    }

    fn erasures_for(&mut self, device: &DeviceKey) -> Result<Vec<CaseKey>, Self::Error> {
        let Some(record) = self.devices.get(device) else { return Ok(Vec::new()) };
        let mut out: Vec<CaseKey> = self
            .erased
            .iter()
            .filter(|(case, (site, confirmed))| {
                let held = *site == record.site
                    || self.transfers.get(case).is_some_and(|s| s.contains(&record.site));
                held && !confirmed.contains(device)
            })
            .map(|(c, _)| *c)
            .collect();
        out.sort();
        Ok(out)
    }

    fn confirm_erasure(&mut self, device: &DeviceKey, case: &CaseKey) -> Result<(), Self::Error> {
        if let Some((_, confirmed)) = self.erased.get_mut(case) {
            confirmed.insert(*device);
        }
        Ok(())
    }

    fn record_figures(&mut self, device: &DeviceKey, figures: &[Figure]) -> Result<(), Self::Error> {
        let Some(site) = self.devices.get(device).map(|d| d.site.clone()) else { return Ok(()) };
        for f in figures {
            match f.record {
                Some(r) => self.figures.insert(f.id, (site.clone(), r)),
                None => self.figures.remove(&f.id),
            };
        }
        Ok(())
    }
}
