//! Devices and HQ in one process, stepped deterministically: offline edits merge, a link cut
//! at any point changes nothing but the time it takes, revoked devices wipe, erasure reaches
//! every replica, and a late edit never resurrects an erased case.

use std::collections::HashMap;

use automerge::transaction::Transactable;
use automerge::{AutoCommit, ChangeHash, ROOT, ReadDoc};
use proptest::prelude::*;
use rand::{Rng, SeedableRng};
use waypoint_sync::device::{self, BATCH_BYTES, Effect, Pending, Round};
use waypoint_sync::hub::{self, DeviceRecord, HubStorage};
use waypoint_sync::memory::MemoryHub;
use waypoint_sync::signing::SigningKey;
use waypoint_sync::wire::{self, CaseKey, Change, DeviceKey, DocRejection, RefusalCode};

const NOW: i64 = 1_800_000_000_000;

struct Device {
    id: DeviceKey,
    key: SigningKey,
    user: String,
    docs: HashMap<CaseKey, AutoCommit>,
    acked: HashMap<CaseKey, Vec<ChangeHash>>,
    cursor: u64,
    erased: Vec<CaseKey>,
    /// Erasures confirmed in the request in flight; dropped when HQ's reply arrives.
    confirming: Vec<CaseKey>,
    wiped: bool,
    rejected: Vec<(CaseKey, DocRejection)>,
    nonce: u64,
}

impl Device {
    fn new(hub: &mut MemoryHub, n: u8, site: &str) -> Self {
        let key = SigningKey::generate();
        let id = DeviceKey([n; 16]);
        hub.enroll(id, DeviceRecord { public_key: key.verifying_key().0, site: site.into(), revoked: false });
        Self {
            id,
            key,
            user: format!("officer-{n}"),
            docs: HashMap::new(),
            acked: HashMap::new(),
            cursor: 0,
            erased: Vec::new(),
            confirming: Vec::new(),
            wiped: false,
            rejected: Vec::new(),
            nonce: u64::from(n) << 32,
        }
    }

    fn edit(&mut self, case: CaseKey, key: &str, value: &str) {
        let doc = self.docs.entry(case).or_insert_with(|| {
            // Every replica starts a case from the same first change, as a real case does.
            let mut d = AutoCommit::new().with_actor(automerge::ActorId::from([case.0[0]; 16].to_vec()));
            d.put(ROOT, "case", "opened").expect("put");
            d
        });
        let actor = automerge::ActorId::from(self.id.0.to_vec());
        doc.set_actor(actor);
        doc.put(ROOT, key, value).expect("put");
        doc.commit();
    }

    fn pending(&mut self) -> Vec<Pending> {
        let mut out = Vec::new();
        let mut cases: Vec<CaseKey> = self.docs.keys().copied().collect();
        cases.sort();
        for case in cases {
            let have = self.acked.get(&case).cloned().unwrap_or_default();
            let doc = self.docs.get_mut(&case).expect("doc");
            let changes: Vec<Change> = doc
                .get_changes(&have)
                .into_iter()
                .map(|c| Change { user: self.user.clone(), bytes: c.raw_bytes().to_vec() })
                .collect();
            if !changes.is_empty() {
                out.push(Pending { case, changes });
            }
        }
        out
    }

    /// The request of the next round (one bounded batch).
    fn request(&mut self) -> Vec<u8> {
        let mut pending = self.pending();
        pending.truncate(device::fitting(&pending, BATCH_BYTES));
        self.nonce += 1;
        let mut nonce = [0u8; 16];
        nonce[..8].copy_from_slice(&self.nonce.to_le_bytes());
        self.confirming = self.erased.clone();
        let round = Round { device: self.id, cursor: self.cursor, pending, erased: self.erased.clone() };
        device::request(&self.key, round, nonce, NOW)
    }

    fn receive(&mut self, answer: &[u8]) -> bool {
        let mut again = false;
        for effect in device::on_answer(answer).expect("answer readable") {
            match effect {
                Effect::Apply(doc) => {
                    let local = self.docs.entry(doc.case).or_default();
                    for c in doc.changes {
                        local.load_incremental(&c.bytes).expect("apply");
                    }
                }
                Effect::Acknowledged(heads) => {
                    if let Some(doc) = self.docs.get_mut(&heads.case) {
                        let held: Vec<ChangeHash> = heads
                            .heads
                            .iter()
                            .map(|h| ChangeHash(h.0))
                            .filter(|h| doc.get_change_by_hash(h).is_some())
                            .collect();
                        self.acked.insert(heads.case, held);
                    }
                }
                Effect::Rejected(r) => {
                    self.rejected.push((r.case, r.reason));
                    if r.reason == DocRejection::Erased {
                        self.docs.remove(&r.case);
                        self.erased.push(r.case);
                    }
                }
                Effect::Erase(case) => {
                    self.docs.remove(&case);
                    self.acked.remove(&case);
                    if !self.erased.contains(&case) && !self.confirming.contains(&case) {
                        self.erased.push(case);
                    }
                }
                Effect::Cursor(c) => {
                    // A reply: HQ has the confirmations this request carried.
                    self.cursor = c;
                    let confirmed = std::mem::take(&mut self.confirming);
                    self.erased.retain(|e| !confirmed.contains(e));
                }
                Effect::Again => again = true,
                Effect::Wipe => {
                    self.docs.clear();
                    self.wiped = true;
                }
                Effect::Refused(code) => panic!("refused: {code:?}"),
            }
        }
        again
    }

    /// Rounds until HQ has nothing more and the device nothing to send.
    fn sync(&mut self, hub: &mut MemoryHub) {
        for _ in 0..50 {
            let request = self.request();
            let answer = wire::encode(&hub::handle(hub, &request, NOW).message);
            let again = self.receive(&answer);
            if !again && self.pending().is_empty() && self.erased.is_empty() {
                return;
            }
        }
        panic!("sync did not settle");
    }

    fn value(&mut self, case: &CaseKey, key: &str) -> Option<String> {
        let doc = self.docs.get_mut(case)?;
        doc.get(ROOT, key).ok().flatten().map(|(v, _)| v.to_string())
    }
}

fn heads_of(doc: &mut AutoCommit) -> Vec<ChangeHash> {
    let mut h = doc.get_heads();
    h.sort();
    h
}

const CASE: CaseKey = CaseKey([1; 16]);

#[test]
fn offline_edits_on_two_devices_merge_and_keep_both_values_of_a_conflict() {
    let mut hub = MemoryHub::new();
    let mut a = Device::new(&mut hub, 1, "border-north");
    let mut b = Device::new(&mut hub, 2, "border-north");
    a.edit(CASE, "q.name", "Amina");
    a.sync(&mut hub);
    b.sync(&mut hub);
    assert_eq!(b.value(&CASE, "q.name").as_deref(), Some("\"Amina\""));
    // Offline on both: different questions, and one question both answer differently.
    a.edit(CASE, "q.journey", "by sea");
    b.edit(CASE, "q.languages", "ar, ti");
    a.edit(CASE, "q.age", "15");
    b.edit(CASE, "q.age", "16");
    a.sync(&mut hub);
    b.sync(&mut hub);
    a.sync(&mut hub);
    let hq = hub.doc(&CASE).expect("at HQ");
    for d in [&mut a, &mut b] {
        let doc = d.docs.get_mut(&CASE).expect("doc");
        let mut hq_heads = hq.get_heads();
        hq_heads.sort();
        assert_eq!(heads_of(doc), hq_heads, "one merged case everywhere");
        assert_eq!(d.value(&CASE, "q.journey").as_deref(), Some("\"by sea\""));
        assert_eq!(d.value(&CASE, "q.languages").as_deref(), Some("\"ar, ti\""));
        let doc = d.docs.get_mut(&CASE).expect("doc");
        let both = doc.get_all(ROOT, "q.age").expect("values");
        assert_eq!(both.len(), 2, "the conflict keeps both answers");
    }
    // HQ knows who wrote each change.
    let doc = hub.doc(&CASE).expect("doc");
    let authors: Vec<&str> =
        doc.get_changes(&[]).iter().filter_map(|c| hub.author(&CASE, &c.hash())).collect();
    assert!(authors.contains(&"officer-1") && authors.contains(&"officer-2"), "{authors:?}");
}

#[test]
fn a_link_cut_at_random_points_converges_and_applies_nothing_twice() {
    for seed in 0..100u64 {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut hub = MemoryHub::new();
        let mut devices = [Device::new(&mut hub, 1, "s"), Device::new(&mut hub, 2, "s")];
        let mut total = 0;
        for (n, d) in devices.iter_mut().enumerate() {
            for i in 0..20 {
                let case = CaseKey([u8::try_from(i % 5).unwrap_or(0) + 10; 16]);
                d.edit(case, &format!("q{n}-{i}"), "answer");
                total += 1;
            }
        }
        // Lossy rounds: the request or the answer is lost at random.
        for _ in 0..40 {
            for d in devices.iter_mut() {
                let request = d.request();
                if rng.gen_bool(0.3) {
                    continue; // lost on the way to HQ
                }
                let answer = wire::encode(&hub::handle(&mut hub, &request, NOW).message);
                if rng.gen_bool(0.3) {
                    continue; // lost on the way back
                }
                d.receive(&answer);
            }
        }
        for d in devices.iter_mut() {
            d.sync(&mut hub);
        }
        devices[0].sync(&mut hub);
        // 5 first changes (one per case, shared) + every edit, each applied once at HQ.
        assert_eq!(hub.applied, 5 + total, "seed {seed}");
        for i in 0..5u8 {
            let case = CaseKey([i + 10; 16]);
            let mut hq = hub.doc(&case).expect("case at HQ").get_heads();
            hq.sort();
            for d in devices.iter_mut() {
                assert_eq!(heads_of(d.docs.get_mut(&case).expect("doc")), hq, "seed {seed}");
            }
        }
    }
}

#[test]
fn a_replayed_request_is_refused_and_changes_nothing() {
    let mut hub = MemoryHub::new();
    let mut a = Device::new(&mut hub, 1, "s");
    a.edit(CASE, "q", "v");
    let request = a.request();
    assert!(hub::handle(&mut hub, &request, NOW).refusal().is_none());
    let applied = hub.applied;
    assert_eq!(hub::handle(&mut hub, &request, NOW).refusal(), Some(RefusalCode::Replayed));
    assert_eq!(hub.applied, applied);
    // An old request (captured, sent an hour later) is refused on its time.
    a.edit(CASE, "q2", "v");
    let request = a.request();
    assert_eq!(hub::handle(&mut hub, &request, NOW + 3_600_000).refusal(), Some(RefusalCode::Clock));
}

#[test]
fn a_request_signed_by_another_key_is_refused() {
    let mut hub = MemoryHub::new();
    let mut a = Device::new(&mut hub, 1, "s");
    a.key = SigningKey::generate();
    a.edit(CASE, "q", "v");
    let request = a.request();
    assert_eq!(hub::handle(&mut hub, &request, NOW).refusal(), Some(RefusalCode::BadSignature));
    assert!(hub.doc(&CASE).is_none());
}

#[test]
fn malformed_truncated_and_oversized_requests_are_refused_and_hq_keeps_serving() {
    let mut hub = MemoryHub::new();
    let mut a = Device::new(&mut hub, 1, "s");
    a.edit(CASE, "q", "v");
    let request = a.request();
    for bad in [&b"nonsense"[..], &request[..request.len() / 2], &[]] {
        let answer = hub::handle(&mut hub, bad, NOW);
        assert_eq!(answer.refusal(), Some(RefusalCode::Malformed), "{bad:?}");
    }
    let mut huge = request.clone();
    huge.truncate(5);
    huge.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0x7f]);
    assert_eq!(hub::handle(&mut hub, &huge, NOW).refusal(), Some(RefusalCode::TooLarge));
    assert!(hub.doc(&CASE).is_none(), "nothing stored");
    a.sync(&mut hub);
    assert!(hub.doc(&CASE).is_some(), "and the next good request is served");
}

#[test]
fn a_revoked_device_is_refused_and_told_to_wipe() {
    let mut hub = MemoryHub::new();
    let mut a = Device::new(&mut hub, 1, "s");
    a.edit(CASE, "q", "v");
    a.sync(&mut hub);
    hub.revoke(&a.id);
    a.edit(CASE, "q", "w");
    let request = a.request();
    let answer = wire::encode(&hub::handle(&mut hub, &request, NOW).message);
    a.receive(&answer);
    assert!(a.wiped && a.docs.is_empty());
}

#[test]
fn erasure_reaches_every_replica_and_a_late_edit_does_not_resurrect_the_case() {
    let mut hub = MemoryHub::new();
    let mut a = Device::new(&mut hub, 1, "s");
    let mut b = Device::new(&mut hub, 2, "s");
    let mut other_site = Device::new(&mut hub, 3, "elsewhere");
    a.edit(CASE, "q", "v");
    a.sync(&mut hub);
    b.sync(&mut hub);
    other_site.sync(&mut hub);
    assert!(other_site.docs.is_empty(), "another site's device never receives the case");
    // b edits offline; meanwhile a supervisor orders the case erased.
    b.edit(CASE, "late", "edit");
    hub.erase(CASE);
    a.sync(&mut hub);
    assert!(a.docs.is_empty());
    b.sync(&mut hub);
    assert!(b.docs.is_empty(), "the late edit is refused and the case deleted");
    assert!(b.rejected.contains(&(CASE, DocRejection::Erased)) || b.erased.is_empty());
    assert!(hub.doc(&CASE).is_none(), "not resurrected");
    let left =
        |hub: &mut MemoryHub, d: &DeviceKey| hub.erasures_for(d).map(|e| e.len()).unwrap_or(usize::MAX);
    assert!(left(&mut hub, &a.id) == 0 && left(&mut hub, &b.id) == 0, "both confirmed");
}

#[test]
fn a_transferred_case_reaches_the_new_site() {
    let mut hub = MemoryHub::new();
    let mut a = Device::new(&mut hub, 1, "border-north");
    let mut shelter = Device::new(&mut hub, 2, "shelter-central");
    a.edit(CASE, "q", "v");
    a.sync(&mut hub);
    shelter.sync(&mut hub);
    assert!(shelter.docs.is_empty());
    hub.transfer(CASE, "shelter-central");
    shelter.sync(&mut hub);
    assert_eq!(shelter.value(&CASE, "q").as_deref(), Some("\"v\""));
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
        let mut devices = [Device::new(&mut hub, 1, "s"), Device::new(&mut hub, 2, "s"), Device::new(&mut hub, 3, "s")];
        let mut answered: Vec<(CaseKey, String)> = Vec::new();
        for (who, case, question, sync) in steps {
            let case = CaseKey([case + 20; 16]);
            let key = format!("q{question}");
            devices[who].edit(case, &key, &format!("from {who}"));
            answered.push((case, key));
            if sync {
                devices[who].sync(&mut hub);
            }
        }
        for d in devices.iter_mut() { d.sync(&mut hub); }
        for d in devices.iter_mut() { d.sync(&mut hub); }
        for (case, key) in &answered {
            let mut hq = hub.doc(case).expect("at HQ").get_heads();
            hq.sort();
            for d in devices.iter_mut() {
                prop_assert_eq!(heads_of(d.docs.get_mut(case).expect("doc")), hq.clone());
                prop_assert!(d.value(case, key).is_some(), "answer {} lost", key);
            }
        }
    }
}
