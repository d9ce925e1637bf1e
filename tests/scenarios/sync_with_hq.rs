//! Real device stores syncing through the protocol with HQ's reference storage, in one
//! process: offline edits merge at HQ and on both devices with the conflict listed, erasure
//! reaches the stores, and a revoked device wipes itself.

use std::convert::Infallible;

use waypoint_model::{Answer, AnswerState, AnswerValue, CaseId, Recorded, SiteId, Timestamp, UserId, Via};
use waypoint_store::{KdfParams, Store, StoreConfig};
use waypoint_sync::device::{Outcome, sync};
use waypoint_sync::hub::{DeviceRecord, handle};
use waypoint_sync::memory::MemoryHub;
use waypoint_sync::signing::SigningKey;
use waypoint_sync::wire::{CaseKey, DeviceKey, encode};

struct Device {
    store: Store,
    key: SigningKey,
    id: DeviceKey,
    nonce: u64,
}

impl Device {
    fn new(dir: &std::path::Path, n: u8, user: &str, hub: &mut MemoryHub) -> Self {
        Self::at_site(dir, n, user, "border-north", hub)
    }

    fn at_site(dir: &std::path::Path, n: u8, user: &str, site: &str, hub: &mut MemoryHub) -> Self {
        let config = StoreConfig { site: SiteId::new(site), kdf: KdfParams::FAST_INSECURE };
        let store = Store::create(
            &dir.join(format!("device-{n}.db")),
            &UserId::new(user),
            "device passphrase",
            &config,
        )
        .expect("create store");
        let key = SigningKey::generate();
        let id = DeviceKey([n; 16]);
        hub.enroll(
            id,
            DeviceRecord { public_key: key.verifying_key().0, site: "border-north".into(), revoked: false },
        );
        Self { store, key, id, nonce: u64::from(n) << 40 }
    }

    fn sync(&mut self, hub: &mut MemoryHub) -> Outcome {
        let now = Timestamp::now().0;
        let mut counter = self.nonce;
        let outcome = sync(
            &mut self.store,
            &self.key,
            self.id,
            |frame| Ok::<_, Infallible>(encode(&handle(hub, &frame, now).message)),
            || now,
            || {
                counter += 1;
                let mut n = [0u8; 16];
                n[..8].copy_from_slice(&counter.to_le_bytes());
                n
            },
        )
        .expect("sync");
        self.nonce = counter;
        outcome
    }
}

fn answer(text: &str, by: &str) -> Answer {
    Answer::new(
        waypoint_model::EntryId::generate(),
        AnswerState::Answered,
        Some(AnswerValue::Text(text.into())),
        Some("ti".into()),
        Via::Interpreter,
        Recorded::new(&UserId::new(by), Timestamp::now()),
    )
}

fn answer_text(store: &mut Store, id: &CaseId, question: &str) -> Option<String> {
    match store.case(id).ok()?.interview.answers.get(question)?.value.clone()? {
        AnswerValue::Text(t) => Some(t),
        _ => None,
    }
}

#[test]
fn offline_edits_on_two_devices_become_one_case_at_hq_and_on_both() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut hub = MemoryHub::new();
    let mut a = Device::new(dir.path(), 1, "officer-amina", &mut hub);
    let mut b = Device::new(dir.path(), 2, "caseworker-lea", &mut hub);

    let id = a.store.create_case(|_| {}).expect("create");
    assert!(matches!(a.sync(&mut hub), Outcome::Done { .. }));
    assert!(matches!(b.sync(&mut hub), Outcome::Done { .. }));
    assert!(b.store.case(&id).is_ok(), "the case reached the second device through HQ");

    a.store
        .edit_case(&id, |c| {
            c.interview.answers.insert("journey.route".into(), answer("via Kassala", "officer-amina"));
            c.interview.answers.insert("family.where_last_seen".into(), answer("Kassala", "officer-amina"));
        })
        .expect("edit a");
    b.store
        .edit_case(&id, |c| {
            c.interview.answers.insert("wishes.next".into(), answer("school", "caseworker-lea"));
            c.interview.answers.insert("family.where_last_seen".into(), answer("Khartoum", "caseworker-lea"));
        })
        .expect("edit b");
    a.sync(&mut hub);
    b.sync(&mut hub);
    a.sync(&mut hub);

    let key = CaseKey(id.uuid_bytes().expect("key"));
    let mut hq_heads = hub.doc(&key).expect("at HQ").get_heads();
    hq_heads.sort();
    for d in [&mut a, &mut b] {
        assert_eq!(answer_text(&mut d.store, &id, "journey.route").as_deref(), Some("via Kassala"));
        assert_eq!(answer_text(&mut d.store, &id, "wishes.next").as_deref(), Some("school"));
        let conflicts = d.store.conflicts(&id).expect("conflicts");
        assert!(!conflicts.is_empty(), "the two answers to one question are both kept and listed");
        let bytes = d.store.case_bytes(&id).expect("bytes");
        let doc = automerge::Automerge::load(&bytes).expect("load");
        let mut heads = doc.get_heads();
        heads.sort();
        assert_eq!(heads, hq_heads, "the same case everywhere");
    }
    // Nothing left to send once HQ acknowledged it all.
    assert!(a.store.unacknowledged(100).expect("pending").is_empty());
    assert!(b.store.unacknowledged(100).expect("pending").is_empty());
}

#[test]
fn erasure_reaches_the_stores_and_a_late_edit_does_not_bring_the_case_back() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut hub = MemoryHub::new();
    let mut a = Device::new(dir.path(), 1, "officer-amina", &mut hub);
    let mut b = Device::new(dir.path(), 2, "caseworker-lea", &mut hub);
    let id = a.store.create_case(|_| {}).expect("create");
    a.sync(&mut hub);
    b.sync(&mut hub);
    b.store
        .edit_case(&id, |c| {
            c.interview.answers.insert("wishes.next".into(), answer("school", "caseworker-lea"));
        })
        .expect("late edit");
    hub.erase(CaseKey(id.uuid_bytes().expect("key")));
    a.sync(&mut hub);
    b.sync(&mut hub);
    for d in [&mut a, &mut b] {
        assert_eq!(d.store.case_count().expect("count"), 0);
        assert!(d.store.case(&id).is_err());
        let actions: Vec<String> =
            d.store.audit_entries(100).expect("audit").into_iter().map(|e| e.action).collect();
        assert!(actions.iter().any(|x| x == "case.erased"), "{actions:?}");
    }
    assert!(hub.doc(&CaseKey(id.uuid_bytes().expect("key"))).is_none(), "not resurrected at HQ");
}

#[test]
fn a_revoked_device_wipes_its_cases() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut hub = MemoryHub::new();
    let mut a = Device::new(dir.path(), 1, "officer-amina", &mut hub);
    a.store.create_case(|_| {}).expect("create");
    a.sync(&mut hub);
    hub.revoke(&a.id);
    assert_eq!(a.sync(&mut hub), Outcome::Wiped);
    assert_eq!(a.store.case_count().expect("count"), 0);
}

/// Regression: a case HQ refuses was sent again round after round until the sync gave up;
/// now it is kept on the device and the sync finishes.
#[test]
fn a_refused_case_stays_on_the_device_and_the_sync_still_finishes() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut hub = MemoryHub::new();
    let mut a = Device::new(dir.path(), 1, "officer-amina", &mut hub);
    let mut other = Device::at_site(dir.path(), 2, "officer-tom", "shelter-south", &mut hub);
    let id = a.store.create_case(|_| {}).expect("create");
    a.sync(&mut hub);
    // The case reaches another site's device outside sync (a file handed over), and is edited.
    let bytes = a.store.case_bytes(&id).expect("bytes");
    other.store.receive_case(&bytes).expect("receive");
    other
        .store
        .edit_case(&id, |c| {
            c.interview.answers.insert("wishes.next".into(), answer("school", "officer-tom"));
        })
        .expect("edit");
    assert!(matches!(other.sync(&mut hub), Outcome::Done { .. }), "refused, not retried forever");
    assert!(other.store.case(&id).is_ok(), "nothing lost on the device");
}
