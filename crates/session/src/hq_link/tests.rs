use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU32, Ordering};
use std::sync::mpsc;

use waypoint_model::{ConsentDecision, NameKind};
use waypoint_store::KdfParams;
use waypoint_sync::hub::{self, DeviceRecord, HubStorage};
use waypoint_sync::memory::MemoryHub;
use waypoint_sync::wire::{Message, Refusal};

use super::*;
use crate::{CaseEdit, CaseFilter, Settings};

const PASS: &str = "correct horse battery";
const HQ: &str = "https://hq.test";

/// HQ in memory behind the link: enrollment by one-time code, and the real sync handler.
#[derive(Default)]
struct TestHq {
    hub: Mutex<MemoryHub>,
    /// Unused codes by their name: the code and its site.
    codes: Mutex<HashMap<String, (String, String)>>,
    /// What the first enrollment request agreed, by the code's name.
    agreed: Mutex<HashMap<String, enrollment::Agreed>>,
    next_device: AtomicU8,
    down: AtomicBool,
    /// Answers to lose on the way back after HQ has served their requests.
    lose_answers: AtomicU32,
    /// Answer sync requests with a page that is not a frame (a captive portal).
    portal: AtomicBool,
    /// The fingerprint of the certificate HQ presents (no authority vouches for it).
    presents: Mutex<[u8; 32]>,
    /// Someone on the path answers in HQ's stead, without HQ's key or the code: every
    /// enrollment accepted and every sync answered "revoked".
    impostor: AtomicBool,
    /// When set, each sync request first reports on the first channel and waits on the second.
    gate: Mutex<Option<(mpsc::Sender<()>, mpsc::Receiver<()>)>>,
}

impl TestHq {
    fn code_for(&self, site: &str) -> String {
        let mut codes = self.codes.lock().expect("test lock");
        let code = format!("C{:03}-FGHJ-KLMN", codes.len());
        let id = enrollment::code_id(&code).expect("a code");
        codes.insert(id, (code.clone(), site.to_owned()));
        code
    }
}

fn refusal(code: RefusalCode) -> Vec<u8> {
    wire::encode(&Message::Refusal(Refusal { code, detail: String::new() }))
}

impl Link for TestHq {
    fn certificate(&self, _url: &str) -> Result<Option<Presented>, LinkError> {
        let fingerprint = *self.presents.lock().expect("test lock");
        Ok(Some(Presented { fingerprint, vouched: false, accepted: true }))
    }

    fn post(&self, url: &str, trust: Trust, body: &[u8]) -> Result<Vec<u8>, LinkError> {
        if self.down.load(Ordering::SeqCst) {
            return Err(LinkError::Unreachable("connection refused".into()));
        }
        let presents = *self.presents.lock().expect("test lock");
        if trust != Trust::Pinned(presents) {
            return Err(LinkError::Certificate);
        }
        let impostor = SigningKey::from_bytes(&[66; 32]);
        if self.impostor.load(Ordering::SeqCst) {
            let answer = match wire::decode(body) {
                // It answers with a guess at the code: its proof cannot hold.
                Ok(Message::Enroll(e)) => {
                    let guess = enrollment::code_key("C000-AAAA-AAAA");
                    enrollment::challenge(&guess, &e, &impostor, "border-north")
                        .map(|(m, _)| m)
                        .expect("a challenge")
                }
                _ => Message::Refusal(Refusal { code: RefusalCode::Revoked, detail: String::new() }),
            };
            let Ok(Message::Signed(signed)) = wire::decode(body) else { return Ok(wire::encode(&answer)) };
            let Ok(Message::Push(push)) = wire::decode(&signed.payload) else {
                return Ok(wire::encode(&answer));
            };
            return Ok(waypoint_sync::signing::signed_answer(&impostor, &push.nonce, &push.device, &answer));
        }
        if url.ends_with("/v1/enroll") {
            let answer = match wire::decode(body) {
                Ok(Message::Enroll(e)) => {
                    let codes = self.codes.lock().expect("test lock");
                    let Some((code, site)) = codes.get(&e.code_id) else {
                        return Ok(refusal(RefusalCode::EnrollmentCode));
                    };
                    let hub = self.hub.lock().expect("test lock");
                    let Some((answer, agreed)) =
                        enrollment::challenge(&enrollment::code_key(code), &e, hub.hq_key(), site)
                    else {
                        return Ok(refusal(RefusalCode::Malformed));
                    };
                    self.agreed.lock().expect("test lock").insert(e.code_id, agreed);
                    answer
                }
                Ok(Message::EnrollFinish(f)) => {
                    let agreed = self.agreed.lock().expect("test lock").remove(&f.code_id);
                    let Some(agreed) = agreed.filter(|a| enrollment::proves(a, &f)) else {
                        return Ok(refusal(RefusalCode::EnrollmentCode));
                    };
                    let Some((_, site)) = self.codes.lock().expect("test lock").remove(&f.code_id) else {
                        return Ok(refusal(RefusalCode::EnrollmentCode));
                    };
                    let device = DeviceKey([self.next_device.fetch_add(1, Ordering::SeqCst); 16]);
                    let record =
                        DeviceRecord { public_key: f.public_key, site: site.clone(), revoked: false };
                    self.hub.lock().expect("test lock").enroll(device, record);
                    enrollment::enrolled(&agreed, device, site)
                }
                _ => return Ok(refusal(RefusalCode::Malformed)),
            };
            return Ok(wire::encode(&answer));
        }
        if let Some((reached, go_on)) = &*self.gate.lock().expect("test lock") {
            reached.send(()).map_err(|_| LinkError::Unreachable("gate".into()))?;
            go_on.recv().map_err(|_| LinkError::Unreachable("gate".into()))?;
        }
        if self.portal.load(Ordering::SeqCst) {
            return Ok(b"<html>Log in to the hotel network</html>".to_vec());
        }
        let mut hub = self.hub.lock().expect("test lock");
        let answer = hub::handle(&mut *hub, body, Timestamp::now().0).frame;
        if self.lose_answers.load(Ordering::SeqCst) > 0 {
            self.lose_answers.fetch_sub(1, Ordering::SeqCst);
            return Err(LinkError::Unreachable("connection reset".into()));
        }
        Ok(answer)
    }
}

fn device(dir: &Path, site: &str) -> Mutex<OfficerSession> {
    let mut s = OfficerSession::new(dir).expect("test step").with_kdf(KdfParams::FAST_INSECURE);
    s.set_up(site, "amina", PASS).expect("test step");
    Mutex::new(s)
}

/// A device at border-north, enrolled at `hq`.
fn enrolled_device(hq: &TestHq, dir: &Path) -> Mutex<OfficerSession> {
    let a = device(dir, "border-north");
    enroll(&a, hq, HQ, &hq.code_for("border-north")).expect("test step");
    a
}

fn new_named_case(shared: &Mutex<OfficerSession>, name: &str) -> String {
    let mut s = lock(shared);
    let id = s.new_case().expect("test step").case.id.to_string();
    s.edit_case(
        &id,
        &CaseEdit::Registration(waypoint_case::edit::RegistrationEdit::SetName {
            kind: NameKind::Given,
            text: name.into(),
        }),
    )
    .expect("test step");
    share_with_hq(&mut s, &id, ConsentDecision::Given);
    id
}

/// The person's decision on sharing the case with HQ, recorded as the consent screen does.
fn share_with_hq(s: &mut OfficerSession, id: &str, decision: ConsentDecision) {
    s.edit_case(
        id,
        &CaseEdit::Consent(waypoint_case::edit::ConsentEdit::RecordConsent {
            purpose: waypoint_model::ConsentPurpose::SharingWithHq,
            decision,
            given_by: waypoint_model::ConsentGiver::Person,
            language: Some("ti".into()),
            interpreter: None,
        }),
    )
    .expect("test step");
}

#[test]
fn an_enrolled_device_sends_its_cases_and_another_device_of_the_site_receives_them() {
    let hq = TestHq::default();
    let (a_dir, b_dir) = (tempfile::tempdir().expect("test step"), tempfile::tempdir().expect("test step"));
    let (a, b) = (device(a_dir.path(), "border-north"), device(b_dir.path(), "border-north"));

    assert_eq!(sync_now(&a, &hq).expect_err("not enrolled").id, "app-sync-not-enrolled");
    let status = enroll(&a, &hq, HQ, &hq.code_for("border-north")).expect("test step");
    assert!(status.enrolled);
    assert_eq!(status.last_success, None);
    enroll(&b, &hq, HQ, &hq.code_for("border-north")).expect("test step");

    let id = new_named_case(&a, "Hiwet");
    assert_eq!(lock(&a).sync_status().expect("test step").pending_cases, 1);
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!(status.error, None);
    assert_eq!(status.pending_cases, 0, "HQ acknowledged the case");
    assert_eq!(status.progress.sent_cases, 1);
    assert!(status.last_success.is_some());
    assert!(!status.running);

    let status = sync_now(&b, &hq).expect("test step");
    assert_eq!(status.progress.received_cases, 1);
    let found =
        lock(&b).cases(&CaseFilter { query: "Hiwet".into(), ..CaseFilter::default() }).expect("test step");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].case_id, id);
}

#[test]
fn enrollment_refusals_are_explained_and_enroll_nothing() {
    let hq = TestHq::default();
    let dir = tempfile::tempdir().expect("test step");
    let a = device(dir.path(), "border-north");
    let wrong = enroll(&a, &hq, HQ, "not-a-code").expect_err("refused");
    assert_eq!((wrong.id.as_str(), wrong.field.as_deref()), ("app-sync-enrollment-code", Some("code")));
    assert_eq!(enroll(&a, &hq, "ftp://hq", "x").expect_err("refused").id, "app-error-hq-url");
    assert_eq!(enroll(&a, &hq, HQ, "  ").expect_err("refused").id, "app-sync-code-missing");
    // The right name, a mistyped rest: the exchange proves nothing, and says so.
    let code = hq.code_for("border-north");
    let typo = enroll(&a, &hq, HQ, &code.replace("KLMN", "KLMP")).expect_err("refused");
    assert_eq!(typo.id, "app-sync-impostor");
    let east = hq.code_for("shelter-east");
    let other_site = enroll(&a, &hq, HQ, &east).expect_err("refused");
    assert_eq!(other_site.id, "app-sync-site-mismatch");
    assert_eq!(other_site.args.get("hq").map(String::as_str), Some("shelter-east"));
    let east_id = enrollment::code_id(&east).expect("a code");
    assert!(
        hq.codes.lock().expect("test lock").contains_key(&east_id),
        "stopped before the code was used up"
    );
    hq.down.store(true, Ordering::SeqCst);
    assert_eq!(enroll(&a, &hq, HQ, "ACDE-FGHJ-KLMN").expect_err("refused").id, "app-sync-unreachable");
    assert!(!lock(&a).sync_status().expect("test step").enrolled);

    hq.down.store(false, Ordering::SeqCst);
    enroll(&a, &hq, HQ, &hq.code_for("border-north")).expect("test step");
    let again = enroll(&a, &hq, HQ, &hq.code_for("border-north")).expect_err("refused");
    assert_eq!(again.id, "app-sync-already-enrolled");
}

#[test]
fn an_unreachable_hq_keeps_everything_and_backs_off() {
    let (hq, dir) = (TestHq::default(), tempfile::tempdir().expect("test step"));
    let a = enrolled_device(&hq, dir.path());
    new_named_case(&a, "Hiwet");
    hq.down.store(true, Ordering::SeqCst);
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!(status.error.map(|e| e.id).as_deref(), Some("app-sync-unreachable"));
    assert_eq!(status.pending_cases, 1, "still waiting to be sent");
    assert!(status.last_attempt.is_some() && status.last_success.is_none());
    sync_now(&a, &hq).expect("test step");
    assert_eq!(lock(&a).sync_failures(), 2);

    hq.down.store(false, Ordering::SeqCst);
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!((status.error, status.pending_cases), (None, 0));
    assert_eq!(lock(&a).sync_failures(), 0);
}

#[test]
fn waits_grow_after_failures_up_to_a_bound() {
    assert_eq!(next_wait(0), SYNC_INTERVAL);
    assert_eq!(next_wait(1), Duration::from_secs(15));
    assert_eq!(next_wait(2), Duration::from_secs(30));
    assert!(next_wait(3) > next_wait(2));
    assert_eq!(next_wait(40), MAX_BACKOFF);
}

#[test]
fn editing_goes_on_while_a_request_is_on_the_link() {
    let (hq, dir) = (TestHq::default(), tempfile::tempdir().expect("test step"));
    let a = enrolled_device(&hq, dir.path());
    let id = new_named_case(&a, "Hiwet");
    let (reached_tx, reached) = mpsc::channel();
    let (go_on, go_on_rx) = mpsc::channel();
    *hq.gate.lock().expect("test lock") = Some((reached_tx, go_on_rx));
    std::thread::scope(|scope| {
        let syncing = scope.spawn(|| sync_now(&a, &hq));
        reached.recv().expect("the sync reached the link");
        {
            // The session is free while the request is out: an edit goes through at once.
            let mut s = a.try_lock().expect("the sync does not hold the session on the link");
            assert!(s.sync_status().expect("test step").running);
            s.edit_case(
                &id,
                &CaseEdit::Registration(waypoint_case::edit::RegistrationEdit::SetName {
                    kind: NameKind::Family,
                    text: "Tesfay".into(),
                }),
            )
            .expect("test step");
        }
        // Let every remaining round through.
        for _ in 0..8 {
            let _ = go_on.send(());
        }
        *hq.gate.lock().expect("test lock") = None;
        syncing.join().expect("sync thread").expect("test step");
    });
    // The edit made during the sync is sent by the next one.
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!(status.pending_cases, 0);
    assert_eq!(status.error, None);
}

#[test]
fn a_revoked_device_is_wiped_and_says_why() {
    let (hq, dir) = (TestHq::default(), tempfile::tempdir().expect("test step"));
    let a = enrolled_device(&hq, dir.path());
    new_named_case(&a, "Hiwet");
    sync_now(&a, &hq).expect("test step");
    hq.hub.lock().expect("test lock").revoke(&DeviceKey([0; 16]));
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!(status.error.map(|e| e.id).as_deref(), Some("app-sync-revoked"));
    assert!(lock(&a).cases(&CaseFilter::default()).expect("test step").is_empty());
}

#[test]
fn a_locked_session_does_not_sync() {
    let (hq, dir) = (TestHq::default(), tempfile::tempdir().expect("test step"));
    let a = enrolled_device(&hq, dir.path());
    lock(&a).lock();
    assert_eq!(sync_now(&a, &hq).expect_err("refused").id, "app-error-locked");
    assert!(!background_step(&a, &hq), "nothing tried while locked");
}

#[test]
fn the_background_step_enrolls_with_the_installers_code_once_then_syncs() {
    let hq = TestHq::default();
    let dir = tempfile::tempdir().expect("test step");
    let a = device(dir.path(), "border-north");
    let code = hq.code_for("border-north");
    let settings = Settings { hq_url: Some(HQ.into()), enrollment_code: Some(code), ..Settings::default() };
    lock(&a).update_settings(settings).expect("test step");
    new_named_case(&a, "Hiwet");
    assert!(background_step(&a, &hq));
    let mut s = lock(&a);
    let status = s.sync_status().expect("test step");
    assert!(status.enrolled);
    assert_eq!((status.pending_cases, status.error), (0, None));
    assert_eq!(s.state().settings.enrollment_code, None, "a used code is forgotten");
    let saved = Settings::load(&dir.path().join(crate::SETTINGS_FILE));
    assert_eq!(saved.enrollment_code, None);
}

#[test]
fn a_lost_answer_changes_nothing_here_and_the_next_sync_finishes_without_applying_twice() {
    let (hq, dir) = (TestHq::default(), tempfile::tempdir().expect("test step"));
    let a = enrolled_device(&hq, dir.path());
    new_named_case(&a, "Hiwet");
    hq.lose_answers.store(1, Ordering::SeqCst);
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!(status.error.map(|e| e.id).as_deref(), Some("app-sync-unreachable"));
    assert_eq!(status.pending_cases, 1, "HQ's acknowledgement never arrived: still to send");
    let applied = hq.hub.lock().expect("test lock").applied;
    assert!(applied > 0, "HQ served the request");
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!((status.error, status.pending_cases), (None, 0));
    assert_eq!(hq.hub.lock().expect("test lock").applied, applied, "sent again, applied once");
}

#[test]
fn an_unreadable_answer_is_reported_and_nothing_of_it_is_applied() {
    let (hq, dir) = (TestHq::default(), tempfile::tempdir().expect("test step"));
    let a = enrolled_device(&hq, dir.path());
    new_named_case(&a, "Hiwet");
    hq.portal.store(true, Ordering::SeqCst);
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!(status.error.map(|e| e.id).as_deref(), Some("app-sync-failed"));
    assert_eq!((status.pending_cases, status.last_success), (1, None));
    hq.portal.store(false, Ordering::SeqCst);
    assert_eq!(sync_now(&a, &hq).expect("test step").error, None);
}

#[test]
fn an_impostor_on_the_path_can_neither_enroll_the_device_nor_make_it_wipe() {
    let (hq, dir) = (TestHq::default(), tempfile::tempdir().expect("test step"));
    let a = device(dir.path(), "border-north");
    let code = hq.code_for("border-north");
    hq.impostor.store(true, Ordering::SeqCst);
    let refused = enroll(&a, &hq, HQ, &code).expect_err("an impostor's enrollment");
    assert_eq!(refused.id, "app-sync-impostor");
    assert!(!lock(&a).sync_status().expect("test step").enrolled, "nothing registered");

    hq.impostor.store(false, Ordering::SeqCst);
    enroll(&a, &hq, HQ, &code).expect("the real HQ, with the same code");
    let id = new_named_case(&a, "Hiwet");
    hq.impostor.store(true, Ordering::SeqCst);
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!(status.error.map(|e| e.id).as_deref(), Some("app-sync-unauthenticated"));
    assert!(status.enrolled, "the forged revocation did not wipe the device");
    assert_eq!(status.pending_cases, 1);
    assert!(lock(&a).open_case(&id).is_ok(), "the case is still there");
    hq.impostor.store(false, Ordering::SeqCst);
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!((status.error, status.pending_cases), (None, 0));
}

#[test]
fn plain_http_goes_only_to_this_machine_and_only_the_certificate_pinned_at_enrollment_is_trusted() {
    let (hq, dir) = (TestHq::default(), tempfile::tempdir().expect("test step"));
    let a = device(dir.path(), "border-north");
    for insecure in ["http://10.0.0.5:8750", "http://hq.example.org", "http://127.0.0.1@evil.example"] {
        let refused = enroll(&a, &hq, insecure, &hq.code_for("border-north")).expect_err(insecure);
        assert_eq!(
            (refused.id.as_str(), refused.field.as_deref()),
            ("app-sync-insecure-url", Some("hq_url"))
        );
    }
    *hq.presents.lock().expect("test lock") = [1; 32];
    enroll(&a, &hq, HQ, &hq.code_for("border-north")).expect("enrolled over HTTPS");
    let pinned = lock(&a).unlocked_store().expect("test step").sync_identity().expect("test step");
    assert_eq!(pinned.and_then(|i| i.certificate), Some([1; 32]));
    new_named_case(&a, "Hiwet");

    // Someone presents another certificate: nothing is sent, and the status says why.
    *hq.presents.lock().expect("test lock") = [2; 32];
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!(status.error.map(|e| e.id).as_deref(), Some("app-sync-certificate"));
    assert_eq!(status.pending_cases, 1);
    *hq.presents.lock().expect("test lock") = [1; 32];
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!((status.error, status.pending_cases), (None, 0));
}

#[test]
fn a_device_enrolled_before_hq_signed_its_answers_is_asked_to_enroll_again() {
    let (hq, dir) = (TestHq::default(), tempfile::tempdir().expect("test step"));
    let a = enrolled_device(&hq, dir.path());
    {
        let mut s = lock(&a);
        let store = s.unlocked_store().expect("test step");
        let old =
            SyncIdentity { hq_key: None, ..store.sync_identity().expect("test step").expect("enrolled") };
        store.set_sync_identity(&old).expect("test step");
    }
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!(status.error.map(|e| e.id).as_deref(), Some("app-sync-reenroll"));
    assert!(!status.enrolled, "the screen offers the enrollment form again");
    // A new code left in the settings: the background step enrolls with it, then syncs.
    {
        let mut s = lock(&a);
        let settings = Settings {
            hq_url: Some(HQ.into()),
            enrollment_code: Some(hq.code_for("border-north")),
            ..s.settings.clone()
        };
        s.update_settings(settings).expect("test step");
    }
    assert!(background_step(&a, &hq));
    let status = lock(&a).sync_status().expect("test step");
    assert!(status.enrolled);
    assert_eq!(status.error, None);
}

#[test]
fn a_session_that_locks_while_a_request_is_out_ends_the_run_and_the_next_one_resumes() {
    let (hq, dir) = (TestHq::default(), tempfile::tempdir().expect("test step"));
    let a = enrolled_device(&hq, dir.path());
    new_named_case(&a, "Hiwet");
    let (reached_tx, reached) = mpsc::channel();
    let (go_on, go_on_rx) = mpsc::channel();
    *hq.gate.lock().expect("test lock") = Some((reached_tx, go_on_rx));
    std::thread::scope(|scope| {
        let syncing = scope.spawn(|| sync_now(&a, &hq));
        reached.recv().expect("the sync reached the link");
        lock(&a).lock();
        go_on.send(()).expect("go on");
        let ended = syncing.join().expect("sync thread").expect_err("locked");
        assert_eq!(ended.id, "app-error-locked");
    });
    *hq.gate.lock().expect("test lock") = None;
    lock(&a).unlock("amina", PASS).expect("test step");
    let status = lock(&a).sync_status().expect("test step");
    assert!(!status.running);
    assert_eq!(status.pending_cases, 1, "the answer found the store locked and was not applied");
    let status = sync_now(&a, &hq).expect("test step");
    assert_eq!((status.error, status.pending_cases), (None, 0));
}
