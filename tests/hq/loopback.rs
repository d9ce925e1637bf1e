//! A real `waypoint-hq` server on loopback and real device stores syncing with it over HTTP:
//! enrollment, offline edits merged, erasure, revocation, and hostile requests refused with a
//! 4xx and a clear message while the server keeps serving. Each test runs on SQLite and on a
//! throwaway PostgreSQL (`<test>::sqlite`, `<test>::postgres`).

#[macro_use]
mod common;

use waypoint_scenarios::{answer, answer_text};

use common::{Backend, Server};
use waypoint_model::{CaseId, SiteId, Timestamp, UserId};
use waypoint_store::{KdfParams, Store, StoreConfig};
use waypoint_sync::device::Outcome;
use waypoint_sync::enrollment;
use waypoint_sync::signing::{SigningKey, VerifyingKey};
use waypoint_sync::wire::{self, CaseKey, DeviceKey, Message, RefusalCode};

type Hq = Server;

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
    hq: VerifyingKey,
}

impl Device {
    fn enroll(hq: &Hq, dir: &std::path::Path, name: &str, user: &str, site: &str) -> Self {
        let code = hq.hub(|h| h.add_device_code(site, Timestamp::now().0)).expect("code");
        let key = SigningKey::generate();
        let mut request = Vec::new();
        let enrolled = common::enroll_over_http(&code, &key, |r| {
            request = r.to_vec();
            let (status, answer) = post(hq, "/v1/enroll", r)?;
            assert_eq!(status, 200);
            Ok::<_, ureq::Error>(answer)
        });
        assert_eq!(enrolled.site, site);
        // The last request again (its answer lost): the same enrollment, nothing new.
        let (status, again) = post(hq, "/v1/enroll", &request).expect("again");
        assert_eq!(status, 200);
        assert!(
            matches!(wire::decode(&again), Ok(Message::Enrolled(e)) if e.device == enrolled.device),
            "the same device id"
        );
        let config = StoreConfig { site: SiteId::new(site), kdf: KdfParams::FAST_INSECURE };
        let store =
            Store::create(&dir.join(format!("{name}.db")), &UserId::new(user), "device passphrase", &config)
                .expect("store");
        Self { store, key, id: enrolled.device, hq: enrolled.hq_key }
    }

    fn sync(&mut self, hq: &Hq) -> Outcome {
        common::sync_device(
            &mut self.store,
            &self.key,
            self.id,
            self.hq,
            |_| {},
            |frame| post(hq, "/v1/sync", frame).map(|(_, body)| body),
        )
        .expect("sync")
    }
}

on_both!(health_answers);
fn health_answers(backend: Backend) {
    let Some(hq) = common::start(backend, 4) else { return };
    let body = agent()
        .get(&format!("http://{}/health", hq.address))
        .call()
        .expect("get")
        .body_mut()
        .read_to_string();
    assert_eq!(body.expect("body"), "ok");
}

on_both!(two_devices_sync_through_hq_on_loopback);
fn two_devices_sync_through_hq_on_loopback(backend: Backend) {
    let Some(hq) = common::start(backend, 4) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&hq, dir.path(), "a", "officer-amina", "border-north");
    let mut b = Device::enroll(&hq, dir.path(), "b", "caseworker-lea", "border-north");
    let mut elsewhere = Device::enroll(&hq, dir.path(), "c", "officer-tom", "shelter-south");

    let id = a.store.create_case(common::shared).expect("create");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    b.sync(&hq);
    elsewhere.sync(&hq);
    assert!(b.store.case(&id).is_ok(), "same site: received");
    assert_eq!(elsewhere.store.case_count().expect("count"), 0, "other site: never received");

    a.store
        .edit_case(&id, |c| {
            c.interview.answers.insert("journey.route".into(), answer("via Kassala", "ar", "officer-amina"));
            c.interview
                .answers
                .insert("family.where_last_seen".into(), answer("Kassala", "ar", "officer-amina"));
        })
        .expect("edit a");
    b.store
        .edit_case(&id, |c| {
            c.interview.answers.insert("wishes.next".into(), answer("school", "ar", "caseworker-lea"));
            c.interview
                .answers
                .insert("family.where_last_seen".into(), answer("Khartoum", "ar", "caseworker-lea"));
        })
        .expect("edit b");
    a.sync(&hq);
    b.sync(&hq);
    a.sync(&hq);
    for d in [&mut a, &mut b] {
        assert_eq!(answer_text(&mut d.store, &id, "journey.route").as_deref(), Some("via Kassala"));
        assert_eq!(answer_text(&mut d.store, &id, "wishes.next").as_deref(), Some("school"));
        assert!(!d.store.conflicts(&id).expect("conflicts").is_empty(), "both answers kept, conflict listed");
    }
    let key = CaseKey(id.uuid_bytes().expect("key"));
    let authors = hq.hub(|h| h.authors(&key)).expect("authors");
    assert!(authors.iter().any(|u| u == "officer-amina") && authors.iter().any(|u| u == "caseworker-lea"));
    let at_hq = hq.hub(|h| h.doc(&key)).expect("doc").expect("held");
    let mut hq_heads = at_hq.get_heads();
    hq_heads.sort();
    for d in [&mut a, &mut b] {
        let doc = automerge::Automerge::load(&d.store.case_bytes(&id).expect("bytes")).expect("load");
        let mut heads = doc.get_heads();
        heads.sort();
        assert_eq!(heads, hq_heads);
    }
}

on_both!(erasure_and_revocation_over_http);
fn erasure_and_revocation_over_http(backend: Backend) {
    let Some(hq) = common::start(backend, 4) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&hq, dir.path(), "a", "officer-amina", "border-north");
    let mut b = Device::enroll(&hq, dir.path(), "b", "caseworker-lea", "border-north");
    let id = a.store.create_case(common::shared).expect("create");
    a.sync(&hq);
    b.sync(&hq);
    a.store
        .edit_case(&id, |c| {
            c.interview
                .answers
                .insert("wishes.next".into(), answer("PLAINTEXT-ZEBRA-42", "ar", "officer-amina"));
        })
        .expect("edit");
    a.sync(&hq);
    b.store
        .edit_case(&id, |c| {
            c.interview.answers.insert("wishes.next".into(), answer("school", "ar", "caseworker-lea"));
        })
        .expect("late edit");
    let key = CaseKey(id.uuid_bytes().expect("key"));
    match backend {
        Backend::Sqlite => {
            // A backup taken before the erasure: it holds the case, sealed under the case's key.
            let backup = hq.db.with_file_name("backup.db");
            hq.hub(|h| h.backup(&backup)).expect("backup");
            let raw = std::fs::read(&backup).expect("read backup");
            assert!(!raw.windows(18).any(|w| w == b"PLAINTEXT-ZEBRA-42"), "no plaintext answer at HQ");
            // The backup restored beside HQ's keys as they are now.
            let restore = |hq: &Hq| {
                let keys = waypoint_hq::keys_path(&backup);
                let _ = std::fs::remove_file(&keys);
                let live = rusqlite::Connection::open(waypoint_hq::keys_path(&hq.db)).expect("keys");
                live.execute("VACUUM INTO ?1", [keys.to_string_lossy()]).expect("copy the keys");
                waypoint_hq::Database::Sqlite(backup.clone()).open().expect("open backup")
            };
            assert!(restore(&hq).doc(&key).expect("doc").is_some(), "readable before erasure");
            hq.hub(|h| h.erase(&key, Timestamp::now().0)).expect("erase");
            let gone = restore(&hq).doc(&key).expect("doc").is_none();
            assert!(gone, "the backup is unreadable once the key is gone");
        }
        Backend::Postgres => {
            let pg = hq.pg.as_ref().expect("postgres");
            assert!(!files_contain(pg, b"PLAINTEXT-ZEBRA-42"), "no plaintext answer in PostgreSQL's files");
            let has_key = |hq: &Hq| hq.hub(|h| h.has_key(&key)).expect("key");
            assert!(has_key(&hq), "the case has its key before erasure");
            hq.hub(|h| h.erase(&key, Timestamp::now().0)).expect("erase");
            assert!(!has_key(&hq), "the key is gone: no copy of the case's changes can be read");
        }
    }
    a.sync(&hq);
    b.sync(&hq);
    assert_eq!(a.store.case_count().expect("count"), 0);
    assert_eq!(b.store.case_count().expect("count"), 0, "late edit refused, case deleted");
    assert!(hq.hub(|h| h.doc(&key)).expect("doc").is_none());

    let other = a.store.create_case(common::shared).expect("create");
    a.sync(&hq);
    hq.hub(|h| h.revoke(&a.id)).expect("revoke");
    assert_eq!(a.sync(&hq), Outcome::Wiped);
    assert!(a.store.case(&other).is_err());
}

on_both!(hostile_requests_get_4xx_and_change_nothing);
fn hostile_requests_get_4xx_and_change_nothing(backend: Backend) {
    let Some(hq) = common::start(backend, 4) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&hq, dir.path(), "a", "officer-amina", "border-north");
    a.store.create_case(common::shared).expect("create");
    let changes_before = hq.hub(|h| h.change_count()).expect("count");

    let refused = |status: u16, body: &[u8]| -> RefusalCode {
        assert!((400..500).contains(&status), "status {status}");
        // Signed for the request it answers (the device checks that; here the payload is read).
        let Ok(Message::Answer(answer)) = wire::decode(body) else { panic!("not an answer") };
        match wire::decode(&answer.payload) {
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
                case: CaseKey(u.case_id.uuid_bytes().expect("key")),
                changes: u
                    .changes
                    .into_iter()
                    .map(|c| wire::Change { user: c.user, bytes: c.bytes })
                    .collect(),
            })
            .collect(),
        erased: Vec::new(),
        figures: Vec::new(),
    };
    let request = waypoint_sync::device::request(&a.key, round, rand::random(), Timestamp::now().0);
    let (status, body) = post(&hq, "/v1/sync", &request[..request.len() - 7]).expect("post");
    assert_eq!(refused(status, &body), RefusalCode::Malformed);
    // Oversized: refused on its stated length before it is read (HQ may answer 413 and close
    // the connection while the client is still sending).
    let huge = vec![0u8; wire::MAX_BODY + 128 * 1024];
    if let Ok((status, _)) = post(&hq, "/v1/sync", &huge) {
        assert_eq!(status, 413);
    }
    // Replayed: the first is served, the copy refused.
    let (status, _) = post(&hq, "/v1/sync", &request).expect("post");
    assert_eq!(status, 200);
    let after_first = hq.hub(|h| h.change_count()).expect("count");
    let (status, body) = post(&hq, "/v1/sync", &request).expect("post");
    assert_eq!(refused(status, &body), RefusalCode::Replayed);
    assert_eq!(hq.hub(|h| h.change_count()).expect("count"), after_first);
    assert!(after_first > changes_before);
    // And the server keeps serving.
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
}

/// Whether any file of the cluster holds `needle`, after a checkpoint has written every page.
fn files_contain(pg: &waypoint_harness::postgres::ScratchPostgres, needle: &[u8]) -> bool {
    let mut client = postgres::Client::connect(&pg.url("postgres"), postgres::NoTls).expect("connect");
    client.batch_execute("CHECKPOINT").expect("checkpoint");
    let mut dirs = vec![pg.dir().to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if std::fs::read(&path).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle)) {
                return true;
            }
        }
    }
    false
}

on_both!(two_devices_writing_one_case_at_once_lose_nothing);
/// Two devices edit one case and sync at the same moment, again and again, with four HQ
/// workers: every answer of both reaches HQ and the other device (per-case locking).
fn two_devices_writing_one_case_at_once_lose_nothing(backend: Backend) {
    let Some(hq) = common::start(backend, 4) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&hq, dir.path(), "a", "officer-amina", "border-north");
    let mut b = Device::enroll(&hq, dir.path(), "b", "caseworker-lea", "border-north");
    let id = a.store.create_case(common::shared).expect("create");
    a.sync(&hq);
    b.sync(&hq);
    const ROUNDS: usize = 8;
    std::thread::scope(|s| {
        for (d, who) in [(&mut a, "officer-amina"), (&mut b, "caseworker-lea")] {
            let (hq, id) = (&hq, &id);
            s.spawn(move || {
                for r in 0..ROUNDS {
                    d.store
                        .edit_case(id, |c| {
                            c.interview
                                .answers
                                .insert(format!("{who}.{r}"), answer(&format!("{who} {r}"), "ar", who));
                        })
                        .expect("edit");
                    d.sync(hq);
                }
            });
        }
    });
    a.sync(&hq);
    b.sync(&hq);
    a.sync(&hq);
    let key = CaseKey(id.uuid_bytes().expect("key"));
    let at_hq = hq.hub(|h| h.doc(&key)).expect("doc").expect("held");
    let mut hq_heads = at_hq.get_heads();
    hq_heads.sort();
    for d in [&mut a, &mut b] {
        for who in ["officer-amina", "caseworker-lea"] {
            for r in 0..ROUNDS {
                let q = format!("{who}.{r}");
                assert_eq!(answer_text(&mut d.store, &id, &q), Some(format!("{who} {r}")), "{q} everywhere");
            }
        }
        let doc = automerge::Automerge::load(&d.store.case_bytes(&id).expect("bytes")).expect("load");
        let mut heads = doc.get_heads();
        heads.sort();
        assert_eq!(heads, hq_heads, "the same case at HQ and on the device");
        assert!(d.store.unacknowledged(100).expect("pending").is_empty(), "nothing left to send");
    }
}

/// The sealed bytes of each stored change of `case`, by sequence number, read or written
/// behind HQ's back (to damage a case as a failing disk would, and to mend it).
fn stored_changes(hq: &Hq, case: &CaseKey) -> Vec<(i64, Vec<u8>)> {
    match &hq.url {
        None => {
            let conn = rusqlite::Connection::open(&hq.db).expect("open");
            let mut stmt = conn
                .prepare("SELECT seq, bytes FROM changes WHERE case_id = ?1 ORDER BY seq")
                .expect("prepare");
            let rows = stmt.query_map([case.0.to_vec()], |r| Ok((r.get(0)?, r.get(1)?))).expect("query");
            rows.collect::<Result<_, _>>().expect("rows")
        }
        Some(url) => {
            let mut client = postgres::Client::connect(url, postgres::NoTls).expect("connect");
            let rows = client
                .query("SELECT seq, bytes FROM changes WHERE case_id = $1 ORDER BY seq", &[&case.0.to_vec()]);
            rows.expect("query").iter().map(|r| (r.get(0), r.get(1))).collect()
        }
    }
}

fn set_change_bytes(hq: &Hq, changes: &[(i64, Vec<u8>)]) {
    match &hq.url {
        None => {
            let conn = rusqlite::Connection::open(&hq.db).expect("open");
            for (seq, bytes) in changes {
                conn.execute("UPDATE changes SET bytes = ?2 WHERE seq = ?1", rusqlite::params![seq, bytes])
                    .expect("update");
            }
        }
        Some(url) => {
            let mut client = postgres::Client::connect(url, postgres::NoTls).expect("connect");
            for (seq, bytes) in changes {
                client
                    .execute("UPDATE changes SET bytes = $2 WHERE seq = $1", &[seq, bytes])
                    .expect("update");
            }
        }
    }
}

on_both!(a_case_hq_cannot_read_is_never_skipped_past);
/// A stored change HQ can no longer open fails the request instead of being left out: the
/// device is told to try again, its cursor stays where it was, and once the damage is mended
/// the case arrives whole. (On SQLite a failed read once answered "nothing to send", and the
/// device's cursor moved past the case for good.)
fn a_case_hq_cannot_read_is_never_skipped_past(backend: Backend) {
    let Some(hq) = common::start(backend, 2) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&hq, dir.path(), "a", "officer-amina", "border-north");
    let mut b = Device::enroll(&hq, dir.path(), "b", "caseworker-lea", "border-north");
    let id = a.store.create_case(common::shared).expect("create");
    a.store
        .edit_case(&id, |c| {
            c.interview
                .answers
                .insert("journey.route".into(), answer("via the coast", "ar", "officer-amina"));
        })
        .expect("edit");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    let before = b.store.sync_cursor().expect("cursor");

    let key = CaseKey(id.uuid_bytes().expect("key"));
    let intact = stored_changes(&hq, &key);
    assert!(!intact.is_empty());
    let damaged: Vec<(i64, Vec<u8>)> = intact.iter().map(|(seq, b)| (*seq, vec![0u8; b.len()])).collect();
    set_change_bytes(&hq, &damaged);
    assert_eq!(b.sync(&hq), Outcome::Refused(RefusalCode::Internal), "told to try again");
    assert_eq!(b.store.sync_cursor().expect("cursor"), before, "the cursor did not move past the case");
    assert!(b.store.case(&id).is_err(), "nothing of the case arrived");

    set_change_bytes(&hq, &intact);
    assert!(matches!(b.sync(&hq), Outcome::Done { .. }));
    assert_eq!(answer_text(&mut b.store, &id, "journey.route").as_deref(), Some("via the coast"));
}

on_both!(a_feed_position_is_never_given_twice);
/// Erasing the case at the top of the feed does not give its position out again: a device
/// whose cursor is already there still receives the next case. (On SQLite positions were the
/// highest held + 1, so the next case got the erased one's and that device never saw it.)
fn a_feed_position_is_never_given_twice(backend: Backend) {
    let Some(hq) = common::start(backend, 2) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&hq, dir.path(), "a", "officer-amina", "border-north");
    let mut b = Device::enroll(&hq, dir.path(), "b", "caseworker-lea", "border-north");
    let first = a.store.create_case(common::shared).expect("create");
    let top = a.store.create_case(common::shared).expect("create");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    assert!(matches!(b.sync(&hq), Outcome::Done { .. }));
    assert_eq!(b.store.case_count().expect("count"), 2);
    hq.hub(|h| h.erase(&CaseKey(top.uuid_bytes().expect("key")), Timestamp::now().0)).expect("erase");
    assert!(matches!(b.sync(&hq), Outcome::Done { .. }), "b deletes its copy");

    let next = a.store.create_case(common::shared).expect("create");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    assert!(matches!(b.sync(&hq), Outcome::Done { .. }));
    assert!(b.store.case(&next).is_ok(), "the case after the erased one reaches b");
    assert!(b.store.case(&first).is_ok() && b.store.case(&top).is_err());
}

on_both!(a_case_that_moved_up_the_feed_after_a_lost_reply_still_reaches_the_device);
/// Regression: a reply with a case in it is lost; the case is edited again, which moves it up
/// the feed past cases too big for one reply, so the next reply stops at its budget before it.
/// HQ took the lost reply's heads as held once the device's cursor passed the case's old
/// position, sent only the case's last change, and the device could not take the case: every
/// later sync of that device failed.
fn a_case_that_moved_up_the_feed_after_a_lost_reply_still_reaches_the_device(backend: Backend) {
    use rand::{Rng, SeedableRng};
    let Some(hq) = common::start(backend, 2) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&hq, dir.path(), "a", "officer-amina", "border-north");
    let mut b = Device::enroll(&hq, dir.path(), "b", "caseworker-lea", "border-north");
    let id = a.store.create_case(common::shared).expect("create");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    // Two cases with long notes: together more than one reply carries.
    let mut rng = rand::rngs::StdRng::seed_from_u64(1);
    for _ in 0..2 {
        let notes: String =
            (0..700_000).map(|_| char::from(b"0123456789abcdef"[rng.gen_range(0..16)])).collect();
        a.store
            .create_case(|c| {
                common::shared(c);
                c.interview.answers.insert("notes".into(), answer(&notes, "ar", "officer-amina"));
            })
            .expect("create");
    }
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    // b's request is served, and its reply lost on the way.
    let mut first = true;
    let outcome = common::sync_device(
        &mut b.store,
        &b.key,
        b.id,
        b.hq,
        |_| {},
        |frame| {
            let (_, body) = post(&hq, "/v1/sync", frame).map_err(|e| e.to_string())?;
            if std::mem::take(&mut first) {
                return Err("connection reset".to_owned());
            }
            Ok(body)
        },
    )
    .expect("sync");
    assert!(matches!(outcome, Outcome::Unreachable { .. }), "{outcome:?}");
    a.store
        .edit_case(&id, |c| {
            c.interview.answers.insert("journey.route".into(), answer("via Kassala", "ar", "officer-amina"));
        })
        .expect("edit");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    let outcome = b.sync(&hq);
    assert!(
        matches!(outcome, Outcome::Done { rounds: 2.. }),
        "cut at the budget, then the rest: {outcome:?}"
    );
    assert_eq!(answer_text(&mut b.store, &id, "journey.route").as_deref(), Some("via Kassala"));
    let key = CaseKey(id.uuid_bytes().expect("key"));
    let mut hq_heads = hq.hub(|h| h.doc(&key)).expect("doc").expect("held").get_heads();
    hq_heads.sort();
    let mut heads =
        automerge::Automerge::load(&b.store.case_bytes(&id).expect("bytes")).expect("load").get_heads();
    heads.sort();
    assert_eq!(heads, hq_heads);
    assert_eq!(b.store.case_count().expect("count"), 3);
}

/// Sends `pending` from `device` as one signed request, the way a compromised device could.
fn push_forged(hq: &Hq, device: &Device, pending: Vec<waypoint_sync::device::Pending>) {
    let round = waypoint_sync::device::Round {
        device: device.id,
        cursor: 0,
        pending,
        erased: Vec::new(),
        figures: Vec::new(),
    };
    let request = waypoint_sync::device::request(&device.key, round, rand::random(), Timestamp::now().0);
    let (status, _) = post(hq, "/v1/sync", &request).expect("post");
    assert_eq!(status, 200, "refusals are per case; the request itself is answered");
}

fn forged(case: CaseKey, user: &str, bytes: Vec<u8>) -> waypoint_sync::device::Pending {
    waypoint_sync::device::Pending { case, changes: vec![wire::Change { user: user.to_owned(), bytes }] }
}

on_both!(a_case_no_device_could_read_is_refused_and_the_site_keeps_syncing);
/// HQ passes a case on to every device of its sites, and a device refuses an answer that holds
/// a case it cannot read: one such case would stop the whole site's sync. So HQ refuses, case
/// by case, a document that is not a case, a case sent under another case's key, and a
/// device's change that claims an HQ author (it would show as a supervisor's decision), and a
/// change that would make a case unreadable (a later check, before passing the case on, would
/// have hidden the case from the site and the dashboard for good). The site's other devices keep
/// syncing. (HQ once stored and passed on whatever Automerge document came.)
fn a_case_no_device_could_read_is_refused_and_the_site_keeps_syncing(backend: Backend) {
    use automerge::transaction::Transactable;
    let Some(hq) = common::start(backend, 2) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&hq, dir.path(), "a", "officer-amina", "border-north");
    let mut b = Device::enroll(&hq, dir.path(), "b", "caseworker-lea", "border-north");
    let real = a.store.create_case(common::shared).expect("create");
    let broken = a.store.create_case(common::shared).expect("create");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    let broken_key = CaseKey(broken.uuid_bytes().expect("key"));
    let mut unreadable =
        automerge::AutoCommit::load(&hq.hub(|h| h.doc(&broken_key)).expect("doc").expect("held").save())
            .expect("load");
    unreadable.put(automerge::ROOT, "status", 5).expect("put");
    unreadable.commit_with(
        automerge::transaction::CommitOptions::default().with_message("officer-amina".to_owned()),
    );
    let unreadable_change = unreadable.get_last_local_change().expect("a change").raw_bytes().to_vec();
    let real_key = CaseKey(real.uuid_bytes().expect("key"));
    let whole = hq.hub(|h| h.doc(&real_key)).expect("doc").expect("held");

    let mut junk = automerge::AutoCommit::new();
    junk.put(automerge::ROOT, "registration", 5).expect("put");
    let not_a_case = CaseKey(CaseId::generate().uuid_bytes().expect("key"));
    let elsewhere = CaseKey(CaseId::generate().uuid_bytes().expect("key"));
    let mut doc =
        waypoint_model::CaseDoc::from_automerge(automerge::AutoCommit::load(&whole.save()).expect("load"));
    let claimed = doc
        .edit(&UserId::new("hq:supervisor"), Timestamp::now(), |c| {
            c.interview.answers.insert("journey.route".into(), answer("by sea", "ar", "hq:supervisor"));
        })
        .expect("edit")
        .expect("a change");
    push_forged(
        &hq,
        &a,
        vec![
            forged(not_a_case, "officer-amina", junk.save()),
            forged(elsewhere, "officer-amina", whole.save()),
            forged(real_key, "officer-amina", claimed),
            forged(broken_key, "officer-amina", unreadable_change.clone()),
        ],
    );

    assert!(hq.hub(|h| h.doc(&not_a_case)).expect("read").is_none(), "not a case: refused");
    assert!(hq.hub(|h| h.doc(&elsewhere)).expect("read").is_none(), "another case's document: refused");
    let authors = hq.hub(|h| h.authors(&real_key)).expect("authors");
    assert!(!authors.iter().any(|a| a.starts_with("hq:")), "{authors:?}");
    assert!(matches!(b.sync(&hq), Outcome::Done { .. }), "the site keeps syncing");
    assert!(b.store.case(&real).is_ok());
    // The change that would have made a case unreadable was refused; HQ keeps the case as it
    // read before, and passes that on.
    let held = hq.hub(|h| h.doc(&broken_key)).expect("doc").expect("held");
    let unreadable_hash = automerge::Change::from_bytes(unreadable_change).expect("change").hash();
    assert!(
        !held.get_heads().contains(&unreadable_hash)
            && held.get_changes(&[]).iter().all(|c| c.hash() != unreadable_hash),
        "the unreadable change was refused"
    );
    assert!(autosurgeon::hydrate::<_, waypoint_model::Case>(&held).is_ok());
    assert!(b.store.case(&broken).is_ok(), "the case, as it read before, reached the site");
    assert_eq!(b.store.case_count().expect("count"), 2);
    assert_eq!(answer_text(&mut b.store, &real, "journey.route"), None);
}

/// Deletes a case's key behind HQ's back: an erasure cut short after its first step.
fn delete_key(hq: &Hq, case: &CaseKey) {
    match &hq.pg {
        None => {
            let conn = rusqlite::Connection::open(hq.db.with_extension("keys.db")).expect("open keys");
            let n =
                conn.execute("DELETE FROM case_keys WHERE case_id = ?1", [case.0.to_vec()]).expect("delete");
            assert_eq!(n, 1);
        }
        Some(pg) => {
            let mut client = postgres::Client::connect(&pg.url("hq_keys"), postgres::NoTls).expect("connect");
            let n = client
                .execute("DELETE FROM case_keys WHERE case_id = $1", &[&case.0.to_vec()])
                .expect("delete");
            assert_eq!(n, 1);
        }
    }
}

on_both!(an_erasure_cut_short_is_never_skipped_past_and_a_retry_finishes_it);
/// An erasure deletes the case's key first, so that whatever fails after, nothing of the case
/// can be read again. If it stops there, a device's change to the case is refused as erased
/// (HQ once gave the case a new key, could not open its old changes with it, and failed every
/// request of that device), a device that lacks the case is told to try again rather than
/// having its cursor moved past it, and running the erasure again finishes it.
fn an_erasure_cut_short_is_never_skipped_past_and_a_retry_finishes_it(backend: Backend) {
    let Some(hq) = common::start(backend, 2) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&hq, dir.path(), "a", "officer-amina", "border-north");
    let mut b = Device::enroll(&hq, dir.path(), "b", "caseworker-lea", "border-north");
    let id = a.store.create_case(common::shared).expect("create");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    let key = CaseKey(id.uuid_bytes().expect("key"));
    delete_key(&hq, &key);

    a.store
        .edit_case(&id, |c| {
            c.interview
                .answers
                .insert("journey.route".into(), answer("via the coast", "ar", "officer-amina"));
        })
        .expect("edit");
    let changes_before = hq.hub(|h| h.change_count()).expect("count");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }), "a's other work goes on");
    assert_eq!(
        hq.hub(|h| h.change_count()).expect("count"),
        changes_before,
        "nothing stored under a new key"
    );

    let before = b.store.sync_cursor().expect("cursor");
    assert_eq!(b.sync(&hq), Outcome::Refused(RefusalCode::Internal), "told to try again");
    assert_eq!(b.store.sync_cursor().expect("cursor"), before, "the cursor did not move past the case");

    hq.hub(|h| h.erase(&key, Timestamp::now().0)).expect("erase again");
    assert!(matches!(b.sync(&hq), Outcome::Done { .. }));
    assert!(b.store.case(&id).is_err());
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    assert!(a.store.case(&id).is_err(), "a deletes its copy on HQ's order");
}

on_both!(a_weak_device_key_is_not_enrolled_and_the_code_stays_usable);
/// A small-order key (all zeros, the identity) has signatures that verify for many messages,
/// so it would identify no device: enrollment refuses it before the code is used up.
fn a_weak_device_key_is_not_enrolled_and_the_code_stays_usable(backend: Backend) {
    let Some(hq) = common::start(backend, 2) else { return };
    let code = hq.hub(|h| h.add_device_code("border-north", Timestamp::now().0)).expect("code");
    let mut identity = [0u8; 32];
    identity[0] = 1;
    for weak in [[0u8; 32], identity] {
        // Both requests prove the code, for a key that identifies no one.
        let mut statuses = Vec::new();
        let refused = enrollment::enroll(&code, &VerifyingKey(weak), [0; 32], |r| {
            post(&hq, "/v1/enroll", r).map(|(status, body)| {
                statuses.push(status);
                body
            })
        });
        assert_eq!(refused.expect("link"), Err(enrollment::EnrollError::Refused(RefusalCode::Malformed)));
        assert_eq!(statuses, [200, 400]);
    }
    let key = SigningKey::generate();
    common::enroll_over_http(&code, &key, |r| post(&hq, "/v1/enroll", r).map(|(_, body)| body));
}

on_both!(an_enrollment_that_saw_another_certificate_is_refused_and_hq_keeps_one_key);
/// A device that saw another TLS certificate than HQ's own talked to a man in the middle: HQ
/// refuses it (the code stays usable: an unproven claim must not let anyone destroy codes). A
/// code is used up after 5 exchanges. HQ's signing key is made once and kept: every store over
/// the database signs with the key devices pinned.
fn an_enrollment_that_saw_another_certificate_is_refused_and_hq_keeps_one_key(backend: Backend) {
    use waypoint_sync::hub::HubStorage;
    let Some(hq) = common::start(backend, 2) else { return };
    let now = Timestamp::now().0;
    let key = SigningKey::generate().verifying_key();
    // HQ presents the certificate [9; 32]; the device saw `seen`.
    let enroll = |code: &str, seen: [u8; 32]| {
        enrollment::enroll(code, &key, seen, |r| {
            let request = wire::decode(r).map_err(|_| "not a request")?;
            let answer = match hq.hub(|h| h.enroll(&request, Some([9; 32]), now)) {
                Ok((answer, _)) => answer,
                Err(waypoint_hq::StorageError::ForeignCertificate) => {
                    Message::Refusal(wire::Refusal { code: RefusalCode::Certificate, detail: String::new() })
                }
                Err(_) => Message::Refusal(wire::Refusal {
                    code: RefusalCode::EnrollmentCode,
                    detail: String::new(),
                }),
            };
            Ok::<_, &str>(wire::encode(&answer))
        })
        .expect("link")
    };
    let code = hq.hub(|h| h.add_device_code("border-north", now)).expect("code");
    assert_eq!(enroll(&code, [1; 32]), Err(enrollment::EnrollError::Refused(RefusalCode::Certificate)));
    let accepted = enroll(&code, [9; 32]).expect("the code still enrolls");
    // Five exchanges with a wrong code (one guess each) use a code up.
    let code = hq.hub(|h| h.add_device_code("border-north", now)).expect("code");
    let mistyped = format!("{}ZZZZZZZZ", &code[..5]);
    for _ in 0..5 {
        assert_eq!(enroll(&mistyped, [9; 32]), Err(enrollment::EnrollError::Unauthenticated));
    }
    // Used up by five guesses: HQ answers as for any name that is no code (a decoy), which
    // the device cannot verify.
    assert_eq!(
        enroll(&code, [9; 32]),
        Err(enrollment::EnrollError::Unauthenticated),
        "used up by five guesses"
    );
    assert_eq!(accepted.hq_key, hq.hub(|h| h.hq_key().verifying_key()));
    let reopened = hq.database.open().expect("store");
    assert_eq!(reopened.hq_key().verifying_key(), accepted.hq_key, "the same key after a restart");
}

on_both!(code_names_cannot_be_found_by_asking_and_an_enrollment_survives_a_rival_and_a_lost_answer);
/// A name that is no code gets an answer like a real one (a decoy: same name, same site), so
/// asking finds no code to burn; a second first request for a code (someone who read its
/// name) does not spoil the first device's exchange; and a device whose last answer was lost
/// asks again and is enrolled once, with one id.
fn code_names_cannot_be_found_by_asking_and_an_enrollment_survives_a_rival_and_a_lost_answer(
    backend: Backend,
) {
    let Some(hq) = common::start(backend, 2) else { return };
    let now = Timestamp::now().0;
    let ask = |request: &Message| match hq.hub(|h| h.enroll(request, None, now)) {
        Ok((answer, _)) => answer,
        Err(_) => {
            Message::Refusal(wire::Refusal { code: RefusalCode::EnrollmentCode, detail: String::new() })
        }
    };
    let first_request = |code: &str| {
        let mut request = None;
        let _ = enrollment::enroll(code, &SigningKey::generate().verifying_key(), [0; 32], |r| {
            request = Some(wire::decode(r).map_err(drop)?);
            Err::<Vec<u8>, ()>(())
        });
        request.expect("a first request")
    };
    let code = hq.hub(|h| h.add_device_code("border-north", now)).expect("code");
    let other = hq.hub(|h| h.add_device_code("shelter-east", now)).expect("code");
    // An unknown name: a challenge, not a refusal, shaped as a real one; the site it carries
    // is sealed for the holder of the code, so neither answer names a site to anyone else.
    let shape = |answer: Message| match answer {
        Message::EnrollChallenge(c) => (c.spake.len(), c.sealed_site.len()),
        other => panic!("a challenge, not {other:?}"),
    };
    let unknown = if code.starts_with("ZZZZ") { "YYYY-ABCD-EFGH" } else { "ZZZZ-ABCD-EFGH" };
    let real = shape(ask(&first_request(&other)));
    assert_eq!(shape(ask(&first_request(unknown))), real, "a decoy looks like a real answer");
    for answer in [ask(&first_request(unknown)), ask(&first_request(&other))] {
        let bytes = wire::encode(&answer);
        assert!(!bytes.windows(b"shelter-east".len()).any(|w| w == b"shelter-east"), "no site in clear");
        assert!(!bytes.windows(b"border-north".len()).any(|w| w == b"border-north"), "no site in clear");
    }

    // A rival first request between the device's two, then the device's finish is lost once.
    let key = SigningKey::generate();
    let mut finishes = 0;
    let accepted = enrollment::enroll(&code, &key.verifying_key(), [0; 32], |r| {
        let request = wire::decode(r).map_err(|_| "not a request")?;
        if let Message::EnrollFinish(_) = request {
            finishes += 1;
            if finishes == 1 {
                let rival = format!("{}WRONGCOD", &code[..5]);
                assert!(matches!(ask(&first_request(&rival)), Message::EnrollChallenge(_)));
                let answer = ask(&request);
                assert!(matches!(answer, Message::Enrolled(_)), "HQ enrolled it: {answer:?}");
                return Err("the answer was lost on the way");
            }
        }
        Ok(wire::encode(&ask(&request)))
    })
    .expect("link")
    .expect("enrolled after asking again");
    assert_eq!(finishes, 2);
    let devices = hq.hub(|h| h.devices()).expect("devices");
    let ours: Vec<_> = devices.iter().filter(|d| d.id == hex::encode(accepted.device.0)).collect();
    assert_eq!((devices.len(), ours.len()), (1, 1), "enrolled once: {devices:?}");
    // The code is used: another device with it gets nothing.
    let again = enrollment::enroll(&code, &SigningKey::generate().verifying_key(), [0; 32], |r| {
        Ok::<_, ()>(wire::encode(&ask(&wire::decode(r).map_err(drop)?)))
    });
    assert_eq!(again, Ok(Err(enrollment::EnrollError::Unauthenticated)));
}

#[test]
/// First enrollment requests are limited per network (behind a proxy on this machine, the
/// network the proxy names): past the limit a network is refused for a while, another is not.
fn first_enrollment_requests_are_limited_per_network() {
    let dir = tempfile::tempdir().expect("dir");
    let stores = waypoint_hq::Database::Sqlite(dir.path().join("hq.db")).open_pool(1).expect("open hq");
    let pool = std::sync::Arc::new(waypoint_hq::HubPool::new(stores).behind_a_proxy(true));
    let address = common::serve(pool.clone());
    let now = Timestamp::now().0;
    let code = pool.with(|h| h.add_device_code("border-north", now)).expect("a hub").expect("code");
    let from = |network: &'static str| {
        move |r: &[u8]| -> Result<Vec<u8>, ureq::Error> {
            let mut response = agent()
                .post(&format!("http://{address}/v1/enroll"))
                .header("x-forwarded-for", network)
                .send(r)?;
            response.body_mut().read_to_vec()
        }
    };
    // Guesses at names that are no code (guesses at the code itself would use it up).
    let guess = if code.starts_with("ZZZZ") { "YYYY-ABCD-EFGH" } else { "ZZZZ-ABCD-EFGH" };
    let key = SigningKey::generate().verifying_key();
    for _ in 0..waypoint_hq::pool::ENROLL_REQUESTS {
        let answer = enrollment::enroll(guess, &key, [0; 32], from("192.0.2.7")).expect("link");
        assert_eq!(answer, Err(enrollment::EnrollError::Unauthenticated), "a guess, answered");
    }
    let refused = enrollment::enroll(&code, &key, [0; 32], from("192.0.2.7")).expect("link");
    assert_eq!(
        refused,
        Err(enrollment::EnrollError::Refused(RefusalCode::TooManyEnrollments)),
        "this network waits"
    );
    let accepted = enrollment::enroll(&code, &key, [0; 32], from("198.51.100.4")).expect("link");
    assert!(accepted.is_ok(), "another network enrolls: {accepted:?}");
}

on_both!(a_revocation_waits_for_a_request_that_has_read_the_device);
/// A request reads its device inside its transaction; a revocation made meanwhile waits until
/// the request ends, so nothing of a revoked device is applied after its revocation. (The
/// device was read again only before the transaction: on PostgreSQL a revocation could land
/// between that read and the changes.)
fn a_revocation_waits_for_a_request_that_has_read_the_device(backend: Backend) {
    use waypoint_sync::hub::HubStorage;
    let Some(hq) = common::start(backend, 1) else { return };
    let key = SigningKey::generate();
    let device = common::enroll_in_process(&hq.pool, "border-north", &key).device;
    let mut request = hq.database.open().expect("store");
    request.begin().expect("begin");
    let record = request.device(&device).expect("read").expect("enrolled");
    assert!(!record.revoked);
    let database = hq.database.clone();
    let (revoked, done) = std::sync::mpsc::channel();
    let revoker = std::thread::spawn(move || {
        database.open().expect("store").revoke(&device).expect("revoke");
        revoked.send(()).expect("send");
    });
    assert!(done.recv_timeout(std::time::Duration::from_millis(500)).is_err(), "the revocation waits");
    request.commit().expect("commit");
    done.recv_timeout(std::time::Duration::from_secs(10)).expect("then it is made");
    revoker.join().expect("revoker");
    assert!(request.device(&device).expect("read").expect("enrolled").revoked);
}

/// Two devices of border-north, enrolled at `hq`.
fn border_north_pair(hq: &Hq, dir: &std::path::Path) -> (Device, Device) {
    (
        Device::enroll(hq, dir, "a", "officer-amina", "border-north"),
        Device::enroll(hq, dir, "b", "caseworker-lea", "border-north"),
    )
}

/// Whether any of HQ's files (both databases, their logs) holds `needle`.
fn hq_files_contain(hq: &Hq, needle: &[u8]) -> bool {
    match &hq.pg {
        Some(pg) => files_contain(pg, needle),
        None => std::fs::read_dir(hq.dir.path()).expect("read dir").flatten().any(|entry| {
            std::fs::read(entry.path()).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle))
        }),
    }
}

on_both!(a_case_without_consent_to_share_never_reaches_hq_only_its_anonymous_record);
/// The person did not agree to share their case with HQ: it stays on the device, and HQ counts
/// it from an anonymous record; nothing of the case — name, id — is in HQ's files.
fn a_case_without_consent_to_share_never_reaches_hq_only_its_anonymous_record(backend: Backend) {
    let Some(hq) = common::start(backend, 4) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let (mut a, mut b) = border_north_pair(&hq, dir.path());
    let id = a
        .store
        .create_case(|c| {
            c.registration.names.push(person_name("HIWET-ZEBRA-TESFAY"));
            c.registration.sex = Some(waypoint_model::Sex::Female);
            c.consent_given(
                waypoint_model::EntryId::generate(),
                waypoint_model::ConsentPurpose::Registration,
            );
        })
        .expect("create");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    b.sync(&hq);
    let key = CaseKey(id.uuid_bytes().expect("key"));
    assert!(hq.hub(|h| h.doc(&key)).expect("doc").is_none(), "HQ does not hold the case");
    assert!(!hq.hub(|h| h.has_key(&key)).expect("key"));
    assert_eq!(hq.hub(|h| h.change_count()).expect("count"), 0);
    assert_eq!(b.store.case_count().expect("count"), 0, "nor does another device of the site");
    let counted = hq.hub(|h| h.anonymous_records()).expect("records");
    assert_eq!(counted.len(), 1, "HQ counts it");
    assert_eq!((counted[0].0.as_str(), counted[0].1.sex_label()), ("border-north", "female"));
    for needle in [&b"HIWET-ZEBRA-TESFAY"[..], &key.0[..], id.as_str().as_bytes()] {
        assert!(!hq_files_contain(&hq, needle), "no name and no id of the case in HQ's files");
    }
    // Once the person agrees, the case goes, and its anonymous record is taken back.
    a.store.edit_case(&id, |c| push_consent(c, waypoint_model::ConsentDecision::Given)).expect("consent");
    a.sync(&hq);
    b.sync(&hq);
    assert!(hq.hub(|h| h.doc(&key)).expect("doc").is_some());
    assert!(b.store.case(&id).is_ok());
    assert!(hq.hub(|h| h.anonymous_records()).expect("records").is_empty(), "counted once: as the case");
}

on_both!(a_withdrawal_after_sync_erases_the_case_at_hq_and_on_the_other_device);
/// The person withdraws consent to share after the case reached HQ: HQ erases its copy (key and
/// history) and the other device of the site its own; the device that recorded the withdrawal
/// keeps the case, sends nothing of it again, and HQ counts it anonymously.
fn a_withdrawal_after_sync_erases_the_case_at_hq_and_on_the_other_device(backend: Backend) {
    let Some(hq) = common::start(backend, 4) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let (mut a, mut b) = border_north_pair(&hq, dir.path());
    let id = a
        .store
        .create_case(|c| {
            common::shared(c);
            c.registration.names.push(person_name("SELAM-ZEBRA-HAILE"));
        })
        .expect("create");
    a.sync(&hq);
    b.sync(&hq);
    let key = CaseKey(id.uuid_bytes().expect("key"));
    assert!(b.store.case(&id).is_ok() && hq.hub(|h| h.has_key(&key)).expect("key"));

    a.store
        .edit_case(&id, |c| push_consent(c, waypoint_model::ConsentDecision::Withdrawn))
        .expect("withdraw");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    assert!(hq.hub(|h| h.doc(&key)).expect("doc").is_none(), "erased at HQ");
    assert!(!hq.hub(|h| h.has_key(&key)).expect("key"), "its key is gone: no backup can be read");
    b.sync(&hq);
    assert_eq!(b.store.case_count().expect("count"), 0, "erased on the other device");
    assert!(a.store.case(&id).is_ok(), "the device that recorded the withdrawal keeps the case");
    assert_eq!(hq.hub(|h| h.anonymous_records()).expect("records").len(), 1, "and HQ counts it");
    // Listed with the erasures, saying why and which device carried the withdrawal.
    let erasures = hq.hub(|h| h.erasures()).expect("erasures");
    assert_eq!(erasures.len(), 1);
    assert_eq!(erasures[0].reason.as_deref(), Some("consent_withdrawn"));
    assert_eq!(erasures[0].by.as_deref(), Some(format!("device:{}", hex::encode(a.id.0)).as_str()));

    // Later work on the case stays on the device.
    a.store.edit_case(&id, |c| c.registration.names.push(person_name("Selam"))).expect("edit");
    let changes = hq.hub(|h| h.change_count()).expect("count");
    assert!(matches!(a.sync(&hq), Outcome::Done { .. }));
    assert_eq!(hq.hub(|h| h.change_count()).expect("count"), changes);
    assert_eq!(a.store.pending_sync_cases().expect("pending"), 0);
    if backend == Backend::Sqlite {
        assert!(!hq_files_contain(&hq, b"SELAM-ZEBRA-HAILE"), "nothing of the name left at HQ");
    }

    // Consent given again: the case goes to HQ again, whole, and the site's devices receive it.
    a.store.edit_case(&id, |c| push_consent(c, waypoint_model::ConsentDecision::Given)).expect("consent");
    a.sync(&hq);
    b.sync(&hq);
    assert!(hq.hub(|h| h.doc(&key)).expect("doc").is_some());
    assert!(b.store.case(&id).is_ok(), "shared again");
    assert!(hq.hub(|h| h.anonymous_records()).expect("records").is_empty());
    assert!(hq.hub(|h| h.erasures()).expect("erasures").is_empty(), "no longer listed as erased");
}

on_both!(an_erasure_ordered_after_a_withdrawal_reaches_the_device_that_kept_the_case);
/// A regression: an erasure staff order for a case already erased on its withdrawal left the
/// keeper as it was, so the device that kept the case was never told to erase it.
fn an_erasure_ordered_after_a_withdrawal_reaches_the_device_that_kept_the_case(backend: Backend) {
    let Some(hq) = common::start(backend, 4) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let (mut a, _) = border_north_pair(&hq, dir.path());
    let id = a.store.create_case(common::shared).expect("create");
    a.sync(&hq);
    a.store
        .edit_case(&id, |c| push_consent(c, waypoint_model::ConsentDecision::Withdrawn))
        .expect("withdraw");
    a.sync(&hq);
    assert!(a.store.case(&id).is_ok(), "kept");
    let key = CaseKey(id.uuid_bytes().expect("key"));
    hq.hub(|h| h.erase(&key, Timestamp::now().0)).expect("erase");
    a.sync(&hq);
    assert_eq!(a.store.case_count().expect("count"), 0, "the order reaches the keeper");
}

/// A name as the person gave it.
fn person_name(text: &str) -> waypoint_model::PersonName {
    waypoint_model::PersonName::new(
        waypoint_model::EntryId::generate(),
        text,
        "Latn",
        waypoint_model::NameKind::Given,
        waypoint_model::Recorded::new(&UserId::new("officer-amina"), Timestamp::now()),
    )
}

/// A decision on sharing with HQ, later than every decision before it.
fn push_consent(c: &mut waypoint_model::Case, decision: waypoint_model::ConsentDecision) {
    c.consent_decided(
        waypoint_model::EntryId::generate(),
        waypoint_model::ConsentPurpose::SharingWithHq,
        decision,
    );
}

on_both!(a_case_hq_once_edited_cannot_be_shared_again_and_stays_erased_everywhere);
/// A regression: a re-share refused for its HQ-authored changes had already deleted the
/// tombstone and kept a new key, so devices not yet synced were no longer told to erase.
fn a_case_hq_once_edited_cannot_be_shared_again_and_stays_erased_everywhere(backend: Backend) {
    let Some(hq) = common::start(backend, 4) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let (mut a, mut b) = border_north_pair(&hq, dir.path());
    let id = a.store.create_case(common::shared).expect("create");
    a.sync(&hq);
    b.sync(&hq);
    // A supervisor transfers the case at HQ: an HQ-authored change, which both devices receive.
    let password = "supervisor passphrase";
    hq.dashboard
        .add_user(
            "super",
            waypoint_hq::accounts::Role::Supervisor,
            password,
            &waypoint_hq::accounts::Sites::Every,
        )
        .expect("user");
    let (_, session) = hq.dashboard.login("super", password, None).expect("login");
    hq.dashboard.transfer(&session, id.as_str(), "shelter-south").expect("transfer");
    a.sync(&hq);
    a.store
        .edit_case(&id, |c| push_consent(c, waypoint_model::ConsentDecision::Withdrawn))
        .expect("withdraw");
    a.sync(&hq);
    // Consent again: the whole case, with HQ's change in it, is not taken back (a device may
    // not send changes in HQ's name) — and the case stays erased: b is still told to erase it.
    a.store.edit_case(&id, |c| push_consent(c, waypoint_model::ConsentDecision::Given)).expect("consent");
    a.sync(&hq);
    let key = CaseKey(id.uuid_bytes().expect("key"));
    assert!(!hq.hub(|h| h.has_key(&key)).expect("key"), "no key kept for a refused re-share");
    assert_eq!(hq.hub(|h| h.erasures()).expect("erasures").len(), 1);
    b.sync(&hq);
    assert_eq!(b.store.case_count().expect("count"), 0);
}
