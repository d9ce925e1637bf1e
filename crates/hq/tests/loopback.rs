//! A real `waypoint-hq` server on loopback and real device stores syncing with it over HTTP:
//! enrollment, offline edits merged, erasure, revocation, and hostile requests refused with a
//! 4xx and a clear message while the server keeps serving.

mod common;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use waypoint_hq::SqliteHub;
use waypoint_model::{Answer, AnswerState, AnswerValue, CaseId, Recorded, SiteId, Timestamp, UserId, Via};
use waypoint_store::{KdfParams, Store, StoreConfig, case_key};
use waypoint_sync::device::{Outcome, sync};
use waypoint_sync::signing::SigningKey;
use waypoint_sync::wire::{self, DeviceKey, Enroll, Message, RefusalCode};

struct Hq {
    address: SocketAddr,
    state: Arc<Mutex<SqliteHub>>,
    db: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

fn start_hq() -> Hq {
    let dir = tempfile::tempdir().expect("tmp");
    let (address, state, db) = common::start_hq(dir.path());
    Hq { address, state, db, _dir: dir }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

/// Posts `body` and returns the status and the answer's bytes.
fn post(hq: &Hq, path: &str, body: &[u8]) -> Result<(u16, Vec<u8>), ureq::Error> {
    let mut response = agent().post(&format!("http://{}{path}", hq.address)).send(body)?;
    let status = response.status().as_u16();
    let bytes = response.body_mut().with_config().limit(64 << 20).read_to_vec()?;
    Ok((status, bytes))
}

struct Device {
    store: Store,
    key: SigningKey,
    id: DeviceKey,
}

impl Device {
    fn enroll(hq: &Hq, dir: &std::path::Path, name: &str, user: &str, site: &str) -> Self {
        let code = hq.state.lock().expect("lock").add_device_code(site, Timestamp::now().0).expect("code");
        let key = SigningKey::generate();
        let request =
            wire::encode(&Message::Enroll(Enroll { code: code.clone(), public_key: key.verifying_key().0 }));
        let (status, answer) = post(hq, "/v1/enroll", &request).expect("enroll");
        assert_eq!(status, 200);
        let Ok(Message::Enrolled(enrolled)) = wire::decode(&answer) else { panic!("not enrolled") };
        assert_eq!(enrolled.site, site);
        // The code is used up.
        let (status, _) = post(hq, "/v1/enroll", &request).expect("again");
        assert_eq!(status, 403);
        let config = StoreConfig { site: SiteId::new(site), kdf: KdfParams::FAST_INSECURE };
        let store =
            Store::create(&dir.join(format!("{name}.db")), &UserId::new(user), "device passphrase", &config)
                .expect("store");
        Self { store, key, id: enrolled.device }
    }

    fn sync(&mut self, hq: &Hq) -> Outcome {
        sync(
            &mut self.store,
            &self.key,
            self.id,
            |frame| post(hq, "/v1/sync", &frame).map(|(_, body)| body),
            || Timestamp::now().0,
            rand::random,
        )
        .expect("sync")
    }
}

fn answer(text: &str, by: &str) -> Answer {
    Answer::new(
        AnswerState::Answered,
        Some(AnswerValue::Text(text.into())),
        Some("ar".into()),
        Via::Interpreter,
        Recorded::new(&UserId::new(by), Timestamp::now()),
    )
}

fn text(store: &mut Store, id: &CaseId, q: &str) -> Option<String> {
    match store.case(id).ok()?.interview.answers.get(q)?.value.clone()? {
        AnswerValue::Text(t) => Some(t),
        _ => None,
    }
}

#[test]
fn health_answers() {
    let hq = start_hq();
    let body = agent()
        .get(&format!("http://{}/health", hq.address))
        .call()
        .expect("get")
        .body_mut()
        .read_to_string();
    assert_eq!(body.expect("body"), "ok");
}

#[test]
fn two_devices_sync_through_hq_on_loopback() {
    let hq = start_hq();
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&hq, dir.path(), "a", "officer-amina", "border-north");
    let mut b = Device::enroll(&hq, dir.path(), "b", "caseworker-lea", "border-north");
    let mut elsewhere = Device::enroll(&hq, dir.path(), "c", "officer-tom", "shelter-south");

    let id = a.store.create_case(|_| {}).expect("create");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    b.sync(&hq);
    elsewhere.sync(&hq);
    assert!(b.store.case(&id).is_ok(), "same site: received");
    assert_eq!(elsewhere.store.case_count().expect("count"), 0, "other site: never received");

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
    a.sync(&hq);
    b.sync(&hq);
    a.sync(&hq);
    for d in [&mut a, &mut b] {
        assert_eq!(text(&mut d.store, &id, "journey.route").as_deref(), Some("via Kassala"));
        assert_eq!(text(&mut d.store, &id, "wishes.next").as_deref(), Some("school"));
        assert!(!d.store.conflicts(&id).expect("conflicts").is_empty(), "both answers kept, conflict listed");
    }
    let key = case_key(&id).expect("key");
    let hub = hq.state.lock().expect("lock");
    let authors = hub.authors(&key).expect("authors");
    assert!(authors.iter().any(|u| u == "officer-amina") && authors.iter().any(|u| u == "caseworker-lea"));
    let at_hq = hub.doc(&key).expect("doc").expect("held");
    let mut hq_heads = at_hq.get_heads();
    hq_heads.sort();
    drop(hub);
    for d in [&mut a, &mut b] {
        let doc = automerge::Automerge::load(&d.store.case_bytes(&id).expect("bytes")).expect("load");
        let mut heads = doc.get_heads();
        heads.sort();
        assert_eq!(heads, hq_heads);
    }
}

#[test]
fn erasure_and_revocation_over_http() {
    let hq = start_hq();
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&hq, dir.path(), "a", "officer-amina", "border-north");
    let mut b = Device::enroll(&hq, dir.path(), "b", "caseworker-lea", "border-north");
    let id = a.store.create_case(|_| {}).expect("create");
    a.sync(&hq);
    b.sync(&hq);
    a.store
        .edit_case(&id, |c| {
            c.interview.answers.insert("wishes.next".into(), answer("PLAINTEXT-ZEBRA-42", "officer-amina"));
        })
        .expect("edit");
    a.sync(&hq);
    b.store
        .edit_case(&id, |c| {
            c.interview.answers.insert("wishes.next".into(), answer("school", "caseworker-lea"));
        })
        .expect("late edit");
    // A backup taken before the erasure: it holds the case, sealed under the case's key.
    let backup = hq.db.with_file_name("backup.db");
    hq.state.lock().expect("lock").backup(&backup).expect("backup");
    let raw = std::fs::read(&backup).expect("read backup");
    assert!(!raw.windows(18).any(|w| w == b"PLAINTEXT-ZEBRA-42"), "no plaintext answer at HQ");
    let keys = waypoint_hq::storage::keys_path(&hq.db);
    let restored = SqliteHub::open_with_keys(&backup, &keys).expect("open backup");
    assert!(restored.doc(&case_key(&id).expect("key")).expect("doc").is_some(), "readable before erasure");
    drop(restored);
    hq.state.lock().expect("lock").erase(&case_key(&id).expect("key"), Timestamp::now().0).expect("erase");
    let restored = SqliteHub::open_with_keys(&backup, &keys).expect("open backup");
    let gone = restored.doc(&case_key(&id).expect("key")).expect("doc").is_none();
    assert!(gone, "the backup is unreadable once the key is gone");
    drop(restored);
    a.sync(&hq);
    b.sync(&hq);
    assert_eq!(a.store.case_count().expect("count"), 0);
    assert_eq!(b.store.case_count().expect("count"), 0, "late edit refused, case deleted");
    assert!(hq.state.lock().expect("lock").doc(&case_key(&id).expect("key")).expect("doc").is_none());

    let other = a.store.create_case(|_| {}).expect("create");
    a.sync(&hq);
    hq.state.lock().expect("lock").revoke(&a.id).expect("revoke");
    assert_eq!(a.sync(&hq), Outcome::Wiped);
    assert!(a.store.case(&other).is_err());
}

#[test]
fn hostile_requests_get_4xx_and_change_nothing() {
    let hq = start_hq();
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&hq, dir.path(), "a", "officer-amina", "border-north");
    a.store.create_case(|_| {}).expect("create");
    let changes_before = hq.state.lock().expect("lock").change_count().expect("count");

    let refused = |status: u16, body: &[u8]| -> RefusalCode {
        assert!((400..500).contains(&status), "status {status}");
        match wire::decode(body) {
            Ok(Message::Refusal(r)) => {
                assert!(!r.detail.is_empty(), "a clear message");
                r.code
            }
            other => panic!("not a refusal: {other:?}"),
        }
    };
    // Malformed and truncated.
    let (status, body) = post(&hq, "/v1/sync", b"not a frame").expect("post");
    assert_eq!(refused(status, &body), RefusalCode::Malformed);
    // A real signed request, truncated.
    let pending = a.store.unacknowledged(10).expect("pending");
    let round = waypoint_sync::device::Round {
        device: a.id,
        cursor: 0,
        pending: pending
            .into_iter()
            .map(|u| waypoint_sync::device::Pending {
                case: case_key(&u.case_id).expect("key"),
                changes: u
                    .changes
                    .into_iter()
                    .map(|c| wire::Change { user: c.user, bytes: c.bytes })
                    .collect(),
            })
            .collect(),
        erased: Vec::new(),
    };
    let request = waypoint_sync::device::request(&a.key, round, rand::random(), Timestamp::now().0);
    let (status, body) = post(&hq, "/v1/sync", &request[..request.len() - 7]).expect("post");
    assert_eq!(refused(status, &body), RefusalCode::Malformed);
    // Oversized: refused by the body limit before it is read.
    let huge = vec![0u8; wire::MAX_BODY + 128 * 1024];
    let (status, _) = post(&hq, "/v1/sync", &huge).expect("post");
    assert_eq!(status, 413);
    // Replayed: the first is served, the copy refused.
    let (status, _) = post(&hq, "/v1/sync", &request).expect("post");
    assert_eq!(status, 200);
    let after_first = hq.state.lock().expect("lock").change_count().expect("count");
    let (status, body) = post(&hq, "/v1/sync", &request).expect("post");
    assert_eq!(refused(status, &body), RefusalCode::Replayed);
    assert_eq!(hq.state.lock().expect("lock").change_count().expect("count"), after_first);
    assert!(after_first > changes_before);
    // And the server keeps serving.
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
}
