//! Devices and HQ in one process, driving the production state machine (`DeviceSync`) against
//! the reference hub (`MemoryHub`) deterministically.
//!
//! The main test runs 1,000 seeds (`SIM_SEEDS=n` for another count, `SIM_SEED=n` to replay one)
//! of three devices at two sites over a network that loses, duplicates, delays and reorders
//! messages, while officers edit, HQ erases and transfers cases, a case is handed over outside
//! sync, a scan too big for one reply makes HQ's replies stop at their budget, and a device may
//! be revoked. Seeds run on up to four threads; each is the same wherever it runs. Safety holds after every tick; at the end every replica
//! holds what HQ holds, and every change was applied exactly once at HQ and on each device.
//! The other tests are single paths through the same machine.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use automerge::transaction::Transactable;
use automerge::{ActorId, Automerge, ChangeHash, ROOT, ReadDoc};
use proptest::prelude::*;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use waypoint_sync::device::{
    AnswerError, Answered, DeviceSync, Effects, Limits, Outcome, Pending, Request, RequestId, Snapshot, Step,
    Want,
};
use waypoint_sync::hub::{self, DeviceRecord, HubStorage};
use waypoint_sync::memory::MemoryHub;
use waypoint_sync::signing::SigningKey;
use waypoint_sync::wire::{CaseKey, Change, DeviceKey, DocRejection, RefusalCode};

/// The simulated clock's start (ms) and one tick: far inside HQ's clock window, so a `Clock`
/// refusal is a bug.
const START_MS: i64 = 1_800_000_000_000;
const TICK_MS: i64 = 100;

/// Fails the check with a message unless `cond` holds.
macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

/// One device's store, as far as sync sees it: the documents, what HQ acknowledged, the feed
/// cursor and the erasures to confirm. It answers the machine's `Want` with a `Snapshot` and
/// applies `Effects` in the order the device store does; every decision is the machine's.
struct SimReplica {
    actor: ActorId,
    user: String,
    docs: BTreeMap<CaseKey, Automerge>,
    acked: BTreeMap<CaseKey, Vec<ChangeHash>>,
    cursor: u64,
    unconfirmed: BTreeSet<CaseKey>,
    wiped: bool,
    /// Cases HQ did not take and this replica kept.
    rejected: Vec<(CaseKey, DocRejection)>,
    /// Changes made here.
    made: BTreeSet<(CaseKey, ChangeHash)>,
    /// How often each change from HQ was new here.
    received: BTreeMap<(CaseKey, ChangeHash), u32>,
    /// Changes that arrived outside sync (a case handed over on a memory stick).
    handed: BTreeSet<(CaseKey, ChangeHash)>,
    /// Changes from HQ this replica already held.
    duplicates: u64,
}

impl SimReplica {
    fn new(id: DeviceKey, user: &str) -> Self {
        Self {
            actor: ActorId::from(id.0.to_vec()),
            user: user.to_owned(),
            docs: BTreeMap::new(),
            acked: BTreeMap::new(),
            cursor: 0,
            unconfirmed: BTreeSet::new(),
            wiped: false,
            rejected: Vec::new(),
            made: BTreeSet::new(),
            received: BTreeMap::new(),
            handed: BTreeSet::new(),
            duplicates: 0,
        }
    }

    /// An officer answers `key` in `case` (opening the case if this replica has none): the
    /// change made, if the answer is new.
    fn edit(&mut self, case: CaseKey, key: &str, value: &str) -> Option<(CaseKey, ChangeHash)> {
        let doc = self.docs.entry(case).or_insert_with(|| Automerge::new().with_actor(self.actor.clone()));
        doc.set_actor(self.actor.clone());
        let mut tx = doc.transaction();
        if tx.get(ROOT, "case").ok().flatten().is_none() {
            tx.put(ROOT, "case", "opened").expect("put");
        }
        tx.put(ROOT, key, value).expect("put");
        let (hash, _) = tx.commit();
        let made = (case, hash?);
        self.made.insert(made);
        Some(made)
    }

    /// An officer opens a case with a scanned document attached.
    fn attach(&mut self, case: CaseKey, scan: Vec<u8>) {
        let doc = self.docs.entry(case).or_insert_with(|| Automerge::new().with_actor(self.actor.clone()));
        let mut tx = doc.transaction();
        tx.put(ROOT, "case", "opened").expect("put");
        tx.put(ROOT, "scan", automerge::ScalarValue::Bytes(scan)).expect("put");
        let (hash, _) = tx.commit();
        self.made.extend(hash.map(|h| (case, h)));
    }

    /// What the store would pack for `want`: a case HQ has acknowledged nothing of goes as
    /// one whole document, as the device store sends it.
    fn snapshot(&self, want: &Want<'_>) -> Snapshot {
        let mut pending = Vec::new();
        for (case, doc) in &self.docs {
            if pending.len() >= want.max_cases {
                break;
            }
            if want.skip.contains(case) {
                continue;
            }
            let acked = self.acked.get(case).map_or(&[][..], Vec::as_slice);
            let changes: Vec<Change> = if acked.is_empty() {
                // Uncompressed: compressing a scan on every request would be most of the
                // simulation's time, and HQ reads either form.
                vec![Change { user: self.user.clone(), bytes: doc.save_nocompress() }]
            } else {
                doc.get_changes(acked)
                    .into_iter()
                    .map(|c| Change { user: self.user.clone(), bytes: c.raw_bytes().to_vec() })
                    .collect()
            };
            if !changes.is_empty() {
                pending.push(Pending { case: *case, changes });
            }
        }
        Snapshot {
            cursor: self.cursor,
            pending,
            erasures: self.unconfirmed.iter().copied().collect(),
            figures: Vec::new(),
        }
    }

    /// Records that HQ holds `heads` of `case`, keeping those held here; once they cover the
    /// document, its heads (as the store's `settle`).
    fn settle(&mut self, case: CaseKey, heads: impl IntoIterator<Item = ChangeHash>) {
        let Some(doc) = self.docs.get(&case) else { return };
        let acked = self.acked.entry(case).or_default();
        for h in heads {
            if holds(doc, &[h]) && !acked.contains(&h) {
                acked.push(h);
            }
        }
        if doc.get_changes(acked).is_empty() {
            *acked = doc.get_heads();
        }
    }

    /// One answer's effects, in the store's order.
    fn apply(&mut self, effects: &Effects) {
        if effects.wipe {
            self.docs.clear();
            self.acked.clear();
            self.wiped = true;
            return;
        }
        for d in &effects.apply {
            let actor = self.actor.clone();
            let doc = self.docs.entry(d.case).or_insert_with(|| Automerge::new().with_actor(actor));
            let before = doc.get_heads();
            let changes: Vec<automerge::Change> = d
                .changes
                .iter()
                .map(|c| automerge::Change::from_bytes(c.bytes.clone()).expect("HQ sends changes"))
                .collect();
            let hashes: Vec<ChangeHash> = changes.iter().map(automerge::Change::hash).collect();
            self.duplicates += hashes.iter().filter(|h| holds(doc, &[**h])).count() as u64;
            doc.apply_changes(changes).expect("HQ's changes apply");
            for c in doc.get_changes(&before) {
                *self.received.entry((d.case, c.hash())).or_default() += 1;
            }
            self.settle(d.case, hashes);
        }
        for a in &effects.acknowledged {
            self.settle(a.case, a.heads.iter().map(|h| ChangeHash(h.0)));
        }
        self.rejected.extend(effects.rejected.iter().map(|r| (r.case, r.reason)));
        for case in &effects.confirmed_erasures {
            self.unconfirmed.remove(case);
        }
        for case in &effects.erase {
            self.docs.remove(case);
            self.acked.remove(case);
            self.unconfirmed.insert(*case);
        }
        if let Some(c) = effects.cursor {
            self.cursor = self.cursor.max(c);
        }
    }

    /// A case handed over outside sync.
    fn receive_outside_sync(&mut self, case: CaseKey, bytes: &[u8]) {
        let doc = Automerge::load(bytes).expect("a saved case").with_actor(self.actor.clone());
        for c in doc.get_changes(&[]) {
            self.handed.insert((case, c.hash()));
        }
        self.docs.insert(case, doc);
    }

    fn heads(&self, case: &CaseKey) -> Option<Vec<ChangeHash>> {
        self.docs.get(case).map(sorted_heads)
    }

    fn value(&self, case: &CaseKey, key: &str) -> Option<String> {
        self.docs.get(case)?.get(ROOT, key).ok().flatten().map(|(v, _)| v.to_string())
    }
}

/// Whether `doc` holds every change in `hashes` (a lookup in its change graph; rebuilding each
/// change to ask would dominate the simulation's time).
fn holds(doc: &Automerge, hashes: &[ChangeHash]) -> bool {
    let missing = doc.get_missing_deps(hashes);
    hashes.iter().all(|h| !missing.contains(h))
}

fn sorted_heads(doc: &Automerge) -> Vec<ChangeHash> {
    let mut h = doc.get_heads();
    h.sort();
    h
}

/// A device: its key, its replica, and the sync run it is in (if any).
struct Device {
    id: DeviceKey,
    key: SigningKey,
    site: &'static str,
    replica: SimReplica,
    limits: Limits,
    rng: StdRng,
    machine: Option<DeviceSync>,
    /// When the request in flight was sent (tick).
    sent_at: u64,
    next_run: u64,
    /// The current run sent or received something.
    busy: bool,
    revoked: bool,
}

impl Device {
    fn new(hub: &mut MemoryHub, n: u8, site: &'static str, seed: u64, limits: Limits) -> Self {
        let mut rng = StdRng::seed_from_u64(seed ^ (u64::from(n) << 56));
        let key = SigningKey::generate_with(&mut rng);
        let id = DeviceKey([n; 16]);
        hub.enroll(id, DeviceRecord { public_key: key.verifying_key().0, site: site.into(), revoked: false });
        Self {
            id,
            key,
            site,
            replica: SimReplica::new(id, &format!("officer-{n}")),
            limits,
            rng,
            machine: None,
            sent_at: 0,
            next_run: 0,
            busy: false,
            revoked: false,
        }
    }

    fn start(&mut self) {
        self.machine =
            Some(DeviceSync::new(self.id, self.key.clone(), MemoryHub::new().verifying_key(), self.limits));
        self.busy = false;
    }

    /// The machine's next step over the replica as it is now.
    fn step(&mut self, now_ms: i64) -> Option<Step> {
        let machine = self.machine.as_mut()?;
        let snapshot = self.replica.snapshot(&machine.want());
        Some(machine.next_request(snapshot, now_ms, &mut self.rng))
    }

    /// HQ's answer `frame` to request `id`: whether it was applied.
    fn answer(&mut self, id: RequestId, frame: &[u8]) -> bool {
        let Some(machine) = self.machine.as_mut() else { return false };
        match machine.on_answer(id, frame) {
            Answered::Apply(effects) => {
                self.busy |= !(effects.apply.is_empty()
                    && effects.acknowledged.is_empty()
                    && effects.erase.is_empty()
                    && effects.rejected.is_empty()
                    && !effects.wipe);
                self.replica.apply(&effects);
                true
            }
            Answered::Ignored => false,
        }
    }

    /// The run ended with `outcome`: a run that is done left nothing to send and no erasure
    /// to confirm (but the cases HQ refused in it).
    fn ended(&mut self, i: usize, outcome: &Outcome) -> Result<(), String> {
        let Some(machine) = self.machine.take() else { return Ok(()) };
        if matches!(outcome, Outcome::Done { .. }) {
            let left = self.replica.snapshot(&machine.want());
            ensure!(left.pending.is_empty(), "device {i}: done with changes left to send");
            ensure!(left.erasures.is_empty(), "device {i}: done with erasures left to confirm");
        }
        Ok(())
    }

    /// A whole run over a perfect link, HQ answering at once.
    fn sync(&mut self, hub: &mut MemoryHub) -> Outcome {
        self.start();
        loop {
            match self.step(START_MS).expect("a run") {
                Step::Finished(outcome) => {
                    self.machine = None;
                    return outcome;
                }
                Step::Send(r) => {
                    let answer = hub::handle(hub, &r.frame, START_MS).frame;
                    self.answer(r.id, &answer);
                }
            }
        }
    }

    /// The frame of a first request, without running the machine any further.
    fn request(&mut self) -> Vec<u8> {
        self.start();
        match self.step(START_MS) {
            Some(Step::Send(r)) => r.frame,
            other => panic!("no request: {other:?}"),
        }
    }
}

// ---- the seeded simulation ----

/// Where a packet goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum To {
    Hq,
    Device,
}

struct Packet {
    due: u64,
    to: To,
    device: usize,
    id: RequestId,
    bytes: Vec<u8>,
}

/// The network: each message may be lost or duplicated, and each copy is delayed by its own
/// number of ticks; messages due on the same tick arrive in a shuffled order.
struct Net {
    rng: StdRng,
    packets: Vec<Packet>,
    drop: f64,
    duplicate: f64,
    max_delay: u64,
    dropped: u64,
    duplicated: u64,
}

impl Net {
    fn send(&mut self, tick: u64, to: To, device: usize, id: RequestId, bytes: Vec<u8>) {
        if self.rng.gen_bool(self.drop) {
            self.dropped += 1;
            return;
        }
        let copies = if self.rng.gen_bool(self.duplicate) { 2 } else { 1 };
        self.duplicated += copies - 1;
        for _ in 0..copies {
            let due = tick + self.rng.gen_range(1..=self.max_delay);
            self.packets.push(Packet { due, to, device, id, bytes: bytes.clone() });
        }
    }

    fn due(&mut self, tick: u64) -> Vec<Packet> {
        let (mut due, later): (Vec<Packet>, Vec<Packet>) =
            std::mem::take(&mut self.packets).into_iter().partition(|p| p.due <= tick);
        self.packets = later;
        due.shuffle(&mut self.rng);
        due
    }
}

/// A seed's conditions, drawn from the seed.
#[derive(Debug, Clone)]
struct Conditions {
    drop: f64,
    duplicate: f64,
    max_delay: u64,
    /// Ticks after which a device gives a request up (sometimes shorter than the longest
    /// delay: then late answers and late requests both happen).
    timeout: u64,
    /// Ticks between the end of a run and the next.
    interval: u64,
    /// Chance that a device's officer edits in a tick.
    edit: f64,
    erasures: u32,
    transfers: u32,
    hand_over: bool,
    revoke_at: Option<u64>,
    /// When a case with a scan too big for one reply is opened (HQ's replies then stop at their
    /// budget and say there is more).
    scan_at: Option<u64>,
    limits: Limits,
}

impl Conditions {
    fn draw(rng: &mut StdRng) -> Self {
        let max_delay = rng.gen_range(1..=40);
        Self {
            drop: rng.gen_range(0.0..0.3),
            duplicate: rng.gen_range(0.0..0.2),
            max_delay,
            timeout: rng.gen_range(3..=2 * max_delay + 3),
            interval: rng.gen_range(1..=30),
            edit: rng.gen_range(0.02..0.12),
            erasures: rng.gen_range(0..=2),
            transfers: rng.gen_range(0..=2),
            hand_over: rng.gen_bool(0.3),
            revoke_at: rng.gen_bool(0.2).then(|| rng.gen_range(20..LOSSY_TICKS)),
            scan_at: rng.gen_bool(0.05).then(|| rng.gen_range(0..LOSSY_TICKS)),
            limits: Limits {
                max_cases: *[1, 3, 500].choose(rng).unwrap_or(&500),
                max_bytes: *[600, 4 * 1024, 256 * 1024].choose(rng).unwrap_or(&(256 * 1024)),
                retries: rng.gen_range(0..=3),
                ..Limits::default()
            },
        }
    }
}

/// Ticks of loss, edits and HQ's orders.
const LOSSY_TICKS: u64 = 300;
/// Most calm passes (every device syncing in turn over a perfect link) before a seed is
/// declared not to converge.
const CALM_PASSES: usize = 12;
/// Most ticks one calm run may take.
const CALM_RUN_TICKS: u64 = 2_000;
/// Size of a scanned document: more than one reply carries.
const SCAN_BYTES: usize = 540 * 1024;
/// Most cases opened in one seed.
const MAX_CASES: u32 = 12;

/// What a seed did, summed over all seeds for the report.
#[derive(Debug, Default)]
struct Tally {
    requests: u64,
    dropped: u64,
    duplicated: u64,
    ignored: u64,
    done: u64,
    unreachable: u64,
    wiped: u64,
    edits: u64,
    received: u64,
    duplicates_at_devices: u64,
    applied_at_hq: u64,
    passes: u64,
    erasures: u64,
    transfers: u64,
    hand_overs: u64,
    kept_rejected: u64,
    replayed: u64,
    scans: u64,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.requests += o.requests;
        self.dropped += o.dropped;
        self.duplicated += o.duplicated;
        self.ignored += o.ignored;
        self.done += o.done;
        self.unreachable += o.unreachable;
        self.wiped += o.wiped;
        self.edits += o.edits;
        self.received += o.received;
        self.duplicates_at_devices += o.duplicates_at_devices;
        self.applied_at_hq += o.applied_at_hq;
        self.passes += o.passes;
        self.erasures += o.erasures;
        self.transfers += o.transfers;
        self.hand_overs += o.hand_overs;
        self.kept_rejected += o.kept_rejected;
        self.replayed += o.replayed;
        self.scans += o.scans;
    }
}

struct World {
    tick: u64,
    hub: MemoryHub,
    net: Net,
    devices: Vec<Device>,
    events: StdRng,
    conditions: Conditions,
    erased: BTreeSet<CaseKey>,
    transferred: BTreeSet<CaseKey>,
    handed_over: BTreeSet<CaseKey>,
    /// Changes the revoked device made after HQ revoked it: none may ever reach HQ.
    after_revocation: BTreeSet<(CaseKey, ChangeHash)>,
    next_case: u32,
    erasures_done: u32,
    transfers_done: u32,
    /// Every frame sent, hashed in order: the same seed must give the same fingerprint.
    fingerprint: u64,
    tally: Tally,
}

/// A failed check, with what failed (the seed is added by the caller).
type Checked = Result<(), String>;

const SITES: [&str; 2] = ["border-north", "shelter-south"];

impl World {
    fn new(seed: u64) -> Self {
        let mut events = StdRng::seed_from_u64(seed);
        let conditions = Conditions::draw(&mut events);
        let mut hub = MemoryHub::new();
        let devices = vec![
            Device::new(&mut hub, 1, SITES[0], seed, conditions.limits),
            Device::new(&mut hub, 2, SITES[0], seed, conditions.limits),
            Device::new(&mut hub, 3, SITES[1], seed, conditions.limits),
        ];
        let net = Net {
            rng: StdRng::seed_from_u64(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)),
            packets: Vec::new(),
            drop: conditions.drop,
            duplicate: conditions.duplicate,
            max_delay: conditions.max_delay,
            dropped: 0,
            duplicated: 0,
        };
        Self {
            tick: 0,
            hub,
            net,
            devices,
            events,
            conditions,
            erased: BTreeSet::new(),
            transferred: BTreeSet::new(),
            handed_over: BTreeSet::new(),
            after_revocation: BTreeSet::new(),
            next_case: 0,
            erasures_done: 0,
            transfers_done: 0,
            fingerprint: 0xcbf2_9ce4_8422_2325,
            tally: Tally::default(),
        }
    }

    fn now_ms(&self) -> i64 {
        START_MS + TICK_MS * i64::try_from(self.tick).unwrap_or(i64::MAX)
    }

    fn remember(&mut self, bytes: &[u8]) {
        use std::hash::Hasher;
        // SipHash with fixed keys: the same bytes give the same fingerprint in every run.
        let mut h = std::hash::DefaultHasher::new();
        h.write_u64(self.fingerprint);
        h.write(bytes);
        self.fingerprint = h.finish();
    }

    /// Officers' edits and HQ's orders for this tick.
    fn events(&mut self) {
        for i in 0..self.devices.len() {
            if self.devices[i].replica.wiped || !self.events.gen_bool(self.conditions.edit) {
                continue;
            }
            let held: Vec<CaseKey> = self.devices[i].replica.docs.keys().copied().collect();
            let case = if held.is_empty() || (self.next_case < MAX_CASES && self.events.gen_bool(0.25)) {
                self.next_case += 1;
                let mut key = [0u8; 16];
                key[0] = 0xca;
                key[1] = u8::try_from(i).unwrap_or(0);
                key[12..].copy_from_slice(&self.next_case.to_be_bytes());
                CaseKey(key)
            } else {
                held[self.events.gen_range(0..held.len())]
            };
            let question = format!("q{}", self.events.gen_range(0..6));
            let answer = format!("{} at {}", self.devices[i].replica.user, self.tick);
            let made = self.devices[i].replica.edit(case, &question, &answer);
            self.tally.edits += 1;
            if self.devices[i].revoked {
                self.after_revocation.extend(made);
            }
        }
        let cases = self.hub.cases();
        if !cases.is_empty() && self.erasures_done < self.conditions.erasures && self.events.gen_bool(0.01) {
            let case = cases[self.events.gen_range(0..cases.len())];
            self.hub.erase(case);
            self.erased.insert(case);
            self.erasures_done += 1;
        }
        let cases = self.hub.cases();
        if !cases.is_empty() && self.transfers_done < self.conditions.transfers && self.events.gen_bool(0.01)
        {
            let case = cases[self.events.gen_range(0..cases.len())];
            // To the site that cannot see it yet.
            let to = if self.hub.may_see(&self.devices[0].id, &case) { SITES[1] } else { SITES[0] };
            self.hub.transfer(case, to);
            self.transferred.insert(case);
            self.transfers_done += 1;
        }
        if self.conditions.hand_over && self.handed_over.is_empty() && self.events.gen_bool(0.02) {
            self.hand_over();
        }
        if self.conditions.scan_at == Some(self.tick) && self.next_case < MAX_CASES {
            self.next_case += 1;
            let mut key = [0u8; 16];
            key[0] = 0x5c;
            key[12..].copy_from_slice(&self.next_case.to_be_bytes());
            let scan: Vec<u8> = (0..SCAN_BYTES).map(|_| self.events.r#gen()).collect();
            self.devices[0].replica.attach(CaseKey(key), scan);
            self.tally.scans += 1;
        }
        if self.conditions.revoke_at == Some(self.tick) {
            let last = self.devices.len() - 1;
            self.hub.revoke(&self.devices[last].id);
            self.devices[last].revoked = true;
        }
    }

    /// A case of the first site, held by its first device, reaches the other site's device on
    /// a memory stick: that device edits it, and HQ refuses its changes until the case is
    /// transferred there.
    fn hand_over(&mut self) {
        let last = self.devices.len() - 1;
        let candidates: Vec<CaseKey> = self.devices[0]
            .replica
            .docs
            .keys()
            .copied()
            .filter(|c| self.hub.doc(c).is_some() && !self.hub.may_see(&self.devices[last].id, c))
            .filter(|c| !self.devices[last].replica.docs.contains_key(c))
            .collect();
        if candidates.is_empty() || self.devices[last].replica.wiped || self.devices[last].revoked {
            return;
        }
        let case = candidates[self.events.gen_range(0..candidates.len())];
        let bytes = self.devices[0].replica.docs[&case].save_nocompress();
        self.devices[last].replica.receive_outside_sync(case, &bytes);
        self.handed_over.insert(case);
    }

    /// Devices start runs and send their next requests.
    fn send(&mut self) -> Checked {
        let now = self.now_ms();
        for i in 0..self.devices.len() {
            let d = &mut self.devices[i];
            if d.replica.wiped {
                continue;
            }
            if d.machine.is_none() && self.tick >= d.next_run {
                d.start();
            }
            if d.machine.as_ref().is_none_or(|m| m.in_flight().is_some()) {
                continue;
            }
            match d.step(now) {
                None => {}
                Some(Step::Send(r)) => self.sent(i, r),
                Some(Step::Finished(outcome)) => {
                    d.ended(i, &outcome)?;
                    d.next_run = self.tick + self.conditions.interval;
                    match outcome {
                        Outcome::Done { .. } => self.tally.done += 1,
                        Outcome::Unreachable { .. } => self.tally.unreachable += 1,
                        Outcome::Wiped => self.tally.wiped += 1,
                        other => return Err(format!("device {i} ended a run with {other:?}")),
                    }
                }
            }
        }
        Ok(())
    }

    /// Device `i` sent request `r`.
    fn sent(&mut self, i: usize, r: Request) {
        let d = &mut self.devices[i];
        d.sent_at = self.tick;
        d.busy |= r.cases > 0 || r.erasures > 0;
        self.tally.requests += 1;
        self.remember(&r.frame);
        self.net.send(self.tick, To::Hq, i, r.id, r.frame);
    }

    /// Delivers what is due: HQ answers requests (through the network), devices apply answers.
    fn deliver(&mut self) -> Checked {
        let now = self.now_ms();
        for p in self.net.due(self.tick) {
            match p.to {
                To::Hq => {
                    let answer = hub::handle(&mut self.hub, &p.bytes, now);
                    ensure!(answer.failure.is_none(), "HQ failed: {:?}", answer.failure);
                    if let Some(code) = answer.refusal() {
                        self.tally.replayed += u64::from(code == RefusalCode::Replayed);
                        ensure!(
                            matches!(code, RefusalCode::Replayed | RefusalCode::Revoked),
                            "HQ refused a request with {code:?}"
                        );
                    }
                    let bytes = answer.frame;
                    self.remember(&bytes);
                    self.net.send(self.tick, To::Device, p.device, p.id, bytes);
                }
                To::Device => {
                    if !self.devices[p.device].answer(p.id, &p.bytes) {
                        self.tally.ignored += 1;
                    }
                }
            }
        }
        Ok(())
    }

    /// Devices give up requests that took too long.
    fn time_out(&mut self) {
        for d in &mut self.devices {
            let Some(machine) = d.machine.as_mut() else { continue };
            if let Some(id) = machine.in_flight()
                && self.tick >= d.sent_at + self.conditions.timeout
            {
                machine.on_lost(id);
            }
        }
    }

    fn tick(&mut self) -> Checked {
        self.events();
        self.send()?;
        self.deliver()?;
        self.time_out();
        self.check_safety()?;
        self.tick += 1;
        Ok(())
    }

    /// What must hold after every tick.
    fn check_safety(&mut self) -> Checked {
        for (i, d) in self.devices.iter().enumerate() {
            let r = &d.replica;
            // S3: a device's cursor is never past HQ's feed.
            ensure!(r.cursor <= self.hub.next_position(), "device {i}: cursor {} past the feed", r.cursor);
            if r.wiped {
                // S5: a wiped device holds nothing.
                ensure!(r.docs.is_empty(), "device {i} wiped but holds cases");
                continue;
            }
            // S1: the device never believes HQ holds what it lacks (it would stop sending).
            for (case, acked) in &r.acked {
                if self.erased.contains(case) {
                    continue;
                }
                let held = self.hub.doc(case).is_some_and(|doc| holds(doc, acked));
                ensure!(held, "device {i}: acknowledged heads of {case:?} HQ does not hold");
            }
            // S2: HQ never believes the device holds what it lacks (it would stop sending).
            for case in self.hub.cases() {
                let known = self.hub.known(&d.id, &case);
                if known.is_empty() {
                    continue;
                }
                let held = r.docs.get(&case).is_some_and(|doc| holds(doc, known));
                ensure!(held, "device {i}: HQ believes it holds changes of {case:?} it lacks");
            }
            // S4: an erasure the device confirmed is for good.
            for case in &self.erased {
                if self.hub.confirmed(case, &d.id) {
                    ensure!(
                        !r.docs.contains_key(case),
                        "device {i} holds {case:?} after confirming its erasure"
                    );
                }
            }
        }
        // S4: HQ never holds an erased case again.
        for case in &self.erased {
            ensure!(self.hub.doc(case).is_none(), "HQ holds erased case {case:?} again");
        }
        // S5: nothing a revoked device made after its revocation reaches HQ.
        for key in &self.after_revocation {
            ensure!(!self.hub.applied_log().contains_key(key), "a revoked device's change reached HQ");
        }
        Ok(())
    }

    /// After the lossy ticks: a perfect link, no edits and no orders, every device syncing in
    /// turn until a whole pass moves nothing.
    fn calm(&mut self) -> Checked {
        self.net.drop = 0.0;
        self.net.duplicate = 0.0;
        self.net.max_delay = 1;
        // Runs in progress are abandoned (the app closed); what is on the wire still arrives.
        for d in &mut self.devices {
            d.machine = None;
        }
        while !self.net.packets.is_empty() {
            self.deliver()?;
            self.check_safety()?;
            self.tick += 1;
        }
        // The cases handed over outside sync are transferred to the site that holds them.
        let last = self.devices.len() - 1;
        for case in self.handed_over.clone() {
            if !self.erased.contains(&case) {
                self.hub.transfer(case, self.devices[last].site);
                self.transferred.insert(case);
            }
        }
        for pass in 1..=CALM_PASSES {
            let mut quiet = true;
            for i in 0..self.devices.len() {
                if self.devices[i].replica.wiped {
                    continue;
                }
                let outcome = self.run_alone(i)?;
                let d = &self.devices[i];
                match outcome {
                    Outcome::Done { rounds } => quiet &= rounds == 1 && !d.busy,
                    Outcome::Wiped if d.revoked => {}
                    other => return Err(format!("calm pass {pass}: device {i} ended with {other:?}")),
                }
            }
            if quiet {
                self.tally.passes += pass as u64;
                return Ok(());
            }
        }
        Err(format!("no convergence after {CALM_PASSES} calm passes"))
    }

    /// One whole run of device `i` while the others wait.
    fn run_alone(&mut self, i: usize) -> Result<Outcome, String> {
        self.devices[i].start();
        let end = self.tick + CALM_RUN_TICKS;
        while self.tick < end {
            let now = self.now_ms();
            let d = &mut self.devices[i];
            if d.machine.as_ref().is_some_and(|m| m.in_flight().is_none()) {
                match d.step(now) {
                    Some(Step::Send(r)) => self.sent(i, r),
                    Some(Step::Finished(outcome)) => {
                        d.ended(i, &outcome)?;
                        return Ok(outcome);
                    }
                    None => {}
                }
            }
            self.deliver()?;
            self.time_out();
            self.check_safety()?;
            self.tick += 1;
        }
        Err(format!("device {i}: a calm run did not end in {CALM_RUN_TICKS} ticks"))
    }

    /// Every replica holds what HQ holds, and every change was applied exactly once.
    fn check_converged(&mut self) -> Checked {
        for ((case, _), n) in self.hub.applied_log() {
            ensure!(*n == 1, "HQ applied a change of {case:?} {n} times");
        }
        let log_total: u32 = self.hub.applied_log().values().sum();
        ensure!(self.hub.applied as u64 == u64::from(log_total), "HQ's two counts disagree");
        for i in 0..self.devices.len() {
            let d = &self.devices[i];
            let r = &d.replica;
            if d.revoked {
                ensure!(r.wiped && r.docs.is_empty(), "revoked device {i} was not wiped");
                continue;
            }
            ensure!(r.unconfirmed.is_empty(), "device {i}: erasures left to confirm");
            ensure!(
                self.hub.erasures_for(&d.id).is_ok_and(|e| e.is_empty()),
                "device {i}: HQ waits for erasures"
            );
            let unbounded = Want { max_cases: usize::MAX, max_bytes: usize::MAX, skip: &[] };
            ensure!(r.snapshot(&unbounded).pending.is_empty(), "device {i}: changes left to send");
            for (case, doc) in &r.docs {
                ensure!(!self.erased.contains(case), "device {i} holds erased case {case:?}");
                let hq = self.hub.doc(case);
                ensure!(hq.is_some(), "device {i} holds {case:?}, HQ does not");
                ensure!(self.hub.may_see(&d.id, case), "device {i} holds {case:?} it may not see");
                let hq_heads = hq.map(sorted_heads);
                ensure!(hq_heads == Some(sorted_heads(doc)), "device {i}: {case:?} differs from HQ's");
                // Applied once here: what came from HQ, what was made here and what was handed
                // over are HQ's changes, each counted once.
                let from_hq = r.received.keys().filter(|(c, _)| c == case).count();
                let made = r.made.iter().filter(|(c, _)| c == case).count();
                let handed = r.handed.iter().filter(|(c, _)| c == case).count();
                let total = hq.map_or(0, |doc| doc.get_changes(&[]).len());
                ensure!(
                    from_hq + made + handed == total,
                    "device {i}: {case:?}: {from_hq} from HQ + {made} made + {handed} handed over != {total}"
                );
            }
            for case in self.hub.cases() {
                if self.hub.may_see(&d.id, &case) {
                    ensure!(r.docs.contains_key(&case), "device {i} lacks {case:?}");
                }
            }
            for ((case, _), n) in &r.received {
                ensure!(*n == 1, "device {i} applied a change of {case:?} {n} times");
            }
            // None lost: every change a surviving device made to a case still held is at HQ.
            for (case, hash) in &r.made {
                if !self.erased.contains(case) {
                    ensure!(
                        self.hub.applied_log().contains_key(&(*case, *hash)),
                        "device {i}: a change to {case:?} lost"
                    );
                }
            }
        }
        Ok(())
    }

    fn finish_tally(&mut self) {
        self.tally.dropped = self.net.dropped;
        self.tally.duplicated = self.net.duplicated;
        self.tally.applied_at_hq = self.hub.applied as u64;
        self.tally.erasures = self.erased.len() as u64;
        self.tally.transfers = self.transferred.len() as u64;
        self.tally.hand_overs = self.handed_over.len() as u64;
        for d in &self.devices {
            self.tally.wiped += u64::from(d.replica.wiped);
            self.tally.kept_rejected += d.replica.rejected.len() as u64;
            self.tally.received += d.replica.received.len() as u64;
            self.tally.duplicates_at_devices += d.replica.duplicates;
        }
    }
}

/// One seed, start to end: its tally and fingerprint, or what failed and at which tick.
fn run_seed(seed: u64) -> Result<(Tally, u64), String> {
    let mut world = World::new(seed);
    let at = |w: &World, e: String| format!("tick {}: {e} ({:?})", w.tick, w.conditions);
    for _ in 0..LOSSY_TICKS {
        world.tick().map_err(|e| at(&world, e))?;
    }
    world.calm().map_err(|e| at(&world, e))?;
    world.check_converged().map_err(|e| at(&world, e))?;
    world.finish_tally();
    Ok((world.tally, world.fingerprint))
}

fn seeds() -> Vec<u64> {
    let number = |name: &str| std::env::var(name).ok().map(|v| v.parse::<u64>().expect("a number"));
    match (number("SIM_SEED"), number("SIM_SEEDS")) {
        (Some(seed), _) => vec![seed],
        (None, Some(n)) => (0..n).collect(),
        (None, None) => (0..1000).collect(),
    }
}

#[test]
fn every_replica_converges_and_every_change_is_applied_once_over_a_lossy_reordering_network() {
    let started = Instant::now();
    let seeds = seeds();
    // Seeds are independent: they run on the machine's cores, each the same wherever it runs.
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get).min(4);
    let results: Vec<(u64, Result<Tally, String>)> = std::thread::scope(|scope| {
        let shards: Vec<_> = (0..threads)
            .map(|t| {
                let mine: Vec<u64> = seeds.iter().copied().skip(t).step_by(threads).collect();
                scope.spawn(move || {
                    mine.into_iter()
                        .map(|seed| {
                            let result = match std::panic::catch_unwind(|| run_seed(seed)) {
                                Ok(r) => r.map(|(tally, _)| tally),
                                Err(_) => Err("panicked (see above)".to_owned()),
                            };
                            (seed, result)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        shards.into_iter().flat_map(|s| s.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    });
    let mut total = Tally::default();
    let mut failed: Vec<(u64, String)> = Vec::new();
    for (seed, result) in results {
        match result {
            Ok(tally) => total.add(&tally),
            Err(e) => failed.push((seed, e)),
        }
    }
    failed.sort();
    if let Some((seed, e)) = failed.first() {
        panic!(
            "{} of {} seeds failed; the first, seed {seed}: {e}\nreplay: SIM_SEED={seed} cargo test -p waypoint-sync --test simulation",
            failed.len(),
            seeds.len()
        );
    }
    eprintln!(
        "{} seeds in {:.1} s on {threads} threads: {total:?}",
        seeds.len(),
        started.elapsed().as_secs_f64()
    );
    // Over many seeds, every path was taken.
    if seeds.len() >= 100 {
        let t = &total;
        let taken = [
            ("lost", t.dropped),
            ("duplicated", t.duplicated),
            ("ignored answers", t.ignored),
            ("replayed requests", t.replayed),
            ("unreachable runs", t.unreachable),
            ("wiped devices", t.wiped),
            ("erasures", t.erasures),
            ("transfers", t.transfers),
            ("hand-overs", t.hand_overs),
            ("kept rejections", t.kept_rejected),
            ("duplicates at devices", t.duplicates_at_devices),
            ("scans", t.scans),
        ];
        for (what, n) in taken {
            assert!(n > 0, "no {what} in {} seeds: {t:?}", seeds.len());
        }
    }
}

#[test]
fn a_seed_replays_byte_for_byte() {
    for seed in [3, 17] {
        let (_, first) = run_seed(seed).expect("converges");
        let (_, again) = run_seed(seed).expect("converges");
        assert_eq!(first, again, "seed {seed}");
    }
    let (_, other) = run_seed(4).expect("converges");
    assert_ne!(other, run_seed(3).expect("converges").1);
}

// ---- single paths ----

const CASE: CaseKey = CaseKey([1; 16]);

fn device(hub: &mut MemoryHub, n: u8, site: &'static str) -> Device {
    Device::new(hub, n, site, 42, Limits::default())
}

#[test]
fn offline_edits_on_two_devices_merge_and_keep_both_values_of_a_conflict() {
    let mut hub = MemoryHub::new();
    let mut a = device(&mut hub, 1, "border-north");
    let mut b = device(&mut hub, 2, "border-north");
    a.replica.edit(CASE, "q.name", "Amina");
    assert_eq!(a.sync(&mut hub), Outcome::Done { rounds: 1 }, "sent, acknowledged, nothing more");
    assert_eq!(b.sync(&mut hub), Outcome::Done { rounds: 1 });
    assert_eq!(b.replica.value(&CASE, "q.name").as_deref(), Some("\"Amina\""));
    // Offline on both: different questions, and one question both answer differently.
    a.replica.edit(CASE, "q.journey", "by sea");
    b.replica.edit(CASE, "q.languages", "ar, ti");
    a.replica.edit(CASE, "q.age", "15");
    b.replica.edit(CASE, "q.age", "16");
    a.sync(&mut hub);
    b.sync(&mut hub);
    a.sync(&mut hub);
    let hq_heads = sorted_heads(hub.doc(&CASE).expect("at HQ"));
    for d in [&a, &b] {
        assert_eq!(d.replica.heads(&CASE), Some(hq_heads.clone()), "one merged case everywhere");
        assert_eq!(d.replica.value(&CASE, "q.journey").as_deref(), Some("\"by sea\""));
        assert_eq!(d.replica.value(&CASE, "q.languages").as_deref(), Some("\"ar, ti\""));
        let both = d.replica.docs[&CASE].get_all(ROOT, "q.age").expect("values");
        assert_eq!(both.len(), 2, "the conflict keeps both answers");
    }
    // HQ knows who wrote each change.
    let doc = hub.doc(&CASE).expect("doc");
    let authors: Vec<&str> =
        doc.get_changes(&[]).iter().filter_map(|c| hub.author(&CASE, &c.hash())).collect();
    assert!(authors.contains(&"officer-1") && authors.contains(&"officer-2"), "{authors:?}");
}

#[test]
fn a_replayed_request_is_refused_and_changes_nothing() {
    let mut hub = MemoryHub::new();
    let mut a = device(&mut hub, 1, "s");
    a.replica.edit(CASE, "q", "v");
    let request = a.request();
    assert!(hub::handle(&mut hub, &request, START_MS).refusal().is_none());
    let applied = hub.applied;
    assert_eq!(hub::handle(&mut hub, &request, START_MS).refusal(), Some(RefusalCode::Replayed));
    assert_eq!(hub.applied, applied);
    // An old request (captured, sent an hour later) is refused on its time.
    a.replica.edit(CASE, "q2", "v");
    let request = a.request();
    assert_eq!(hub::handle(&mut hub, &request, START_MS + 3_600_000).refusal(), Some(RefusalCode::Clock));
}

#[test]
fn a_request_signed_by_another_key_is_refused() {
    let mut hub = MemoryHub::new();
    let mut a = device(&mut hub, 1, "s");
    a.key = SigningKey::generate();
    a.replica.edit(CASE, "q", "v");
    // HQ signs no answer for a request whose signature fails (no one can have HQ sign a
    // refusal for a nonce of their choosing), so the device acts on nothing.
    assert_eq!(a.sync(&mut hub), Outcome::Unreadable(AnswerError::Unauthenticated));
    assert!(hub.doc(&CASE).is_none());
}

#[test]
fn malformed_truncated_and_oversized_requests_are_refused_and_hq_keeps_serving() {
    let mut hub = MemoryHub::new();
    let mut a = device(&mut hub, 1, "s");
    a.replica.edit(CASE, "q", "v");
    let request = a.request();
    for bad in [&b"nonsense"[..], &request[..request.len() / 2], &[]] {
        let answer = hub::handle(&mut hub, bad, START_MS);
        assert_eq!(answer.refusal(), Some(RefusalCode::Malformed), "{bad:?}");
    }
    let mut huge = request.clone();
    huge.truncate(5);
    huge.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0x7f]);
    assert_eq!(hub::handle(&mut hub, &huge, START_MS).refusal(), Some(RefusalCode::TooLarge));
    assert!(hub.doc(&CASE).is_none(), "nothing stored");
    assert!(matches!(a.sync(&mut hub), Outcome::Done { .. }));
    assert!(hub.doc(&CASE).is_some(), "and the next good request is served");
}

#[test]
fn a_revoked_device_is_refused_and_told_to_wipe() {
    let mut hub = MemoryHub::new();
    let mut a = device(&mut hub, 1, "s");
    a.replica.edit(CASE, "q", "v");
    a.sync(&mut hub);
    let applied = hub.applied;
    hub.revoke(&a.id);
    a.replica.edit(CASE, "q", "w");
    assert_eq!(a.sync(&mut hub), Outcome::Wiped);
    assert!(a.replica.wiped && a.replica.docs.is_empty());
    assert_eq!(hub.applied, applied, "the edit after revocation never reached HQ");
}

#[test]
fn erasure_reaches_every_replica_and_a_late_edit_does_not_resurrect_the_case() {
    let mut hub = MemoryHub::new();
    let mut a = device(&mut hub, 1, "s");
    let mut b = device(&mut hub, 2, "s");
    let mut other_site = device(&mut hub, 3, "elsewhere");
    a.replica.edit(CASE, "q", "v");
    a.sync(&mut hub);
    b.sync(&mut hub);
    other_site.sync(&mut hub);
    assert!(other_site.replica.docs.is_empty(), "another site's device never receives the case");
    // b edits offline; meanwhile a supervisor orders the case erased.
    b.replica.edit(CASE, "late", "edit");
    hub.erase(CASE);
    assert_eq!(a.sync(&mut hub), Outcome::Done { rounds: 2 }, "erased, then confirmed");
    assert!(a.replica.docs.is_empty());
    assert_eq!(b.sync(&mut hub), Outcome::Done { rounds: 2 });
    assert!(b.replica.docs.is_empty(), "the late edit is refused and the case deleted");
    assert!(hub.doc(&CASE).is_none(), "not resurrected");
    for d in [&a, &b] {
        assert!(d.replica.unconfirmed.is_empty());
        assert!(hub.confirmed(&CASE, &d.id), "confirmed");
        assert_eq!(hub.erasures_for(&d.id).map(|e| e.len()), Ok(0));
    }
}

#[test]
fn a_case_of_another_site_is_kept_and_the_sync_still_finishes_until_it_is_transferred() {
    let mut hub = MemoryHub::new();
    let mut a = device(&mut hub, 1, "border-north");
    let mut shelter = device(&mut hub, 2, "shelter-central");
    a.replica.edit(CASE, "q", "v");
    a.sync(&mut hub);
    // Handed over outside sync, and edited at the shelter.
    shelter.replica.receive_outside_sync(CASE, &a.replica.docs[&CASE].save());
    shelter.replica.edit(CASE, "shelter", "arrived");
    assert_eq!(shelter.sync(&mut hub), Outcome::Done { rounds: 1 }, "refused, not retried in this run");
    assert_eq!(shelter.replica.rejected, vec![(CASE, DocRejection::NotPermitted)]);
    assert!(shelter.replica.docs.contains_key(&CASE), "nothing lost on the device");
    hub.transfer(CASE, "shelter-central");
    assert!(matches!(shelter.sync(&mut hub), Outcome::Done { .. }));
    a.sync(&mut hub);
    assert_eq!(a.replica.value(&CASE, "shelter").as_deref(), Some("\"arrived\""));
}

#[test]
fn a_transferred_case_reaches_the_new_site() {
    let mut hub = MemoryHub::new();
    let mut a = device(&mut hub, 1, "border-north");
    let mut shelter = device(&mut hub, 2, "shelter-central");
    a.replica.edit(CASE, "q", "v");
    a.sync(&mut hub);
    shelter.sync(&mut hub);
    assert!(shelter.replica.docs.is_empty());
    hub.transfer(CASE, "shelter-central");
    shelter.sync(&mut hub);
    assert_eq!(shelter.replica.value(&CASE, "q").as_deref(), Some("\"v\""));
}

/// Regression: a reply lost with a case in it, the case edited again (up the feed, past
/// cases too big for one reply), and the next reply cut at its budget before it. The cursor
/// then passed the case's old position without carrying it, and HQ took the lost reply's
/// heads as held: it sent the device only the case's last change, which it could not apply,
/// and the device never got the case.
#[test]
fn a_case_that_moved_up_the_feed_after_a_lost_reply_still_reaches_the_device() {
    let mut hub = MemoryHub::new();
    let mut a = device(&mut hub, 1, "s");
    let mut b = device(&mut hub, 2, "s");
    a.replica.edit(CASE, "q", "v");
    a.sync(&mut hub);
    // Two cases of 300 KB each: together more than one reply carries.
    let mut rng = StdRng::seed_from_u64(1);
    for n in 0..2u8 {
        let blob: Vec<u8> = (0..300_000).map(|_| rng.r#gen()).collect();
        let doc = a
            .replica
            .docs
            .entry(CaseKey([20 + n; 16]))
            .or_insert_with(|| Automerge::new().with_actor(a.replica.actor.clone()));
        let mut tx = doc.transaction();
        tx.put(ROOT, "scan", automerge::ScalarValue::Bytes(blob)).expect("put");
        tx.commit();
    }
    a.sync(&mut hub);
    // b's request is served, its reply (with the case) lost.
    let lost = b.request();
    assert!(hub::handle(&mut hub, &lost, START_MS).refusal().is_none());
    // The case is edited again: it moves up the feed, past the big cases.
    a.replica.edit(CASE, "q", "w");
    a.sync(&mut hub);
    assert_eq!(b.sync(&mut hub), Outcome::Done { rounds: 2 }, "cut at the budget, then the rest");
    let hq = sorted_heads(hub.doc(&CASE).expect("at HQ"));
    assert_eq!(b.replica.heads(&CASE), Some(hq));
    assert_eq!(b.replica.value(&CASE, "q").as_deref(), Some("\"w\""));
}

#[test]
fn small_batches_take_more_rounds_and_lose_nothing() {
    let mut hub = MemoryHub::new();
    let mut a = Device::new(&mut hub, 1, "s", 7, Limits { max_cases: 2, ..Limits::default() });
    for i in 0..5u8 {
        a.replica.edit(CaseKey([i + 10; 16]), "q", "v");
    }
    assert_eq!(a.sync(&mut hub), Outcome::Done { rounds: 3 });
    assert_eq!(hub.cases().len(), 5);
    assert_eq!(hub.applied, 5);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Random edits on three devices with random sync points: all replicas converge and no
    /// answered question is lost.
    #[test]
    fn random_concurrent_edits_converge_without_losing_an_answer(
        steps in proptest::collection::vec((0usize..3, 0u8..3, 0u8..8, any::<bool>()), 1..60)
    ) {
        let mut hub = MemoryHub::new();
        let mut devices = [device(&mut hub, 1, "s"), device(&mut hub, 2, "s"), device(&mut hub, 3, "s")];
        let mut answered: Vec<(CaseKey, String)> = Vec::new();
        for (who, case, question, sync) in steps {
            let case = CaseKey([case + 20; 16]);
            let key = format!("q{question}");
            devices[who].replica.edit(case, &key, &format!("from {who}"));
            answered.push((case, key));
            if sync {
                let outcome = devices[who].sync(&mut hub);
                prop_assert!(matches!(outcome, Outcome::Done { .. }), "{:?}", outcome);
            }
        }
        for d in devices.iter_mut() { d.sync(&mut hub); }
        for d in devices.iter_mut() { d.sync(&mut hub); }
        for (case, key) in &answered {
            let hq = sorted_heads(hub.doc(case).expect("at HQ"));
            for d in devices.iter() {
                prop_assert_eq!(d.replica.heads(case), Some(hq.clone()));
                prop_assert!(d.replica.value(case, key).is_some(), "answer {} lost", key);
            }
        }
    }
}

#[test]
fn hq_signs_an_answer_for_a_request_only_once_the_devices_signature_holds() {
    use waypoint_sync::device::{Round, authenticated, request};
    let mut hub = MemoryHub::new();
    let (key, device) = (SigningKey::generate(), DeviceKey([5; 16]));
    hub.enroll(device, DeviceRecord { public_key: key.verifying_key().0, site: "s".into(), revoked: false });
    let round = || Round { device, cursor: 0, pending: Vec::new(), erased: Vec::new(), figures: Vec::new() };
    // Someone without the device's key: refused, and HQ's refusal is signed for no request.
    let forged = request(&SigningKey::generate(), round(), [7; 16], START_MS);
    let answer = hub::handle(&mut hub, &forged, START_MS);
    assert_eq!(answer.refusal(), Some(RefusalCode::BadSignature));
    assert_eq!(
        authenticated(&hub.verifying_key(), &[7; 16], &device, &answer.frame),
        Err(AnswerError::Unauthenticated)
    );
    let real = request(&key, round(), [8; 16], START_MS);
    let answer = hub::handle(&mut hub, &real, START_MS);
    assert!(authenticated(&hub.verifying_key(), &[8; 16], &device, &answer.frame).is_ok());
}
