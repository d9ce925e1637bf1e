//! The app's own sessions (what the screens call) against a real `waypoint-hq` on loopback:
//! two devices enroll with one-time codes, edit one case offline, see the conflict with both
//! values, who wrote each and when, and a resolution on one device reaches the other.

mod common;

use std::sync::Mutex;

use waypoint_model::Timestamp;
use waypoint_session::hq_link::{HttpLink, enroll, sync_now};
use waypoint_session::{CaseEdit, CaseFilter, OfficerSession};
use waypoint_store::KdfParams;

const PASS: &str = "correct horse battery";

fn device(dir: &std::path::Path, user: &str) -> Mutex<OfficerSession> {
    let mut s = OfficerSession::new(dir).expect("session").with_kdf(KdfParams::FAST_INSECURE);
    s.set_up("border-north", user, PASS).expect("set up");
    Mutex::new(s)
}

fn synced(shared: &Mutex<OfficerSession>, link: &HttpLink) {
    let status = sync_now(shared, link).expect("sync");
    assert_eq!(status.error, None, "sync finished");
    assert_eq!(status.pending_cases, 0, "HQ holds everything");
}

fn edit(shared: &Mutex<OfficerSession>, id: &str, edit: CaseEdit) {
    shared.lock().expect("lock").edit_case(id, &edit).expect("edit");
}

#[test]
fn two_app_devices_resolve_a_conflict_through_hq() {
    let dir = tempfile::tempdir().expect("tmp");
    let (address, state, _db) = common::start_hq(dir.path());
    let url = format!("http://{address}");
    let code = || {
        state
            .with(|hub| hub.add_device_code("border-north", Timestamp::now().0))
            .expect("a hub")
            .expect("code")
    };
    let link = HttpLink::default();
    let (a_dir, b_dir) = (dir.path().join("a"), dir.path().join("b"));
    let (a, b) = (device(&a_dir, "amina"), device(&b_dir, "dawit"));
    enroll(&a, &link, &url, &code()).expect("enroll a");
    enroll(&b, &link, &url, &code()).expect("enroll b");

    let id = a.lock().expect("lock").new_case().expect("case").case.id.to_string();
    edit(&a, &id, common::consent_to_share(waypoint_model::ConsentDecision::Given));
    synced(&a, &link);
    synced(&b, &link);
    assert_eq!(b.lock().expect("lock").cases(&CaseFilter::default()).expect("list").len(), 1);

    // Offline on both: the same field, two different values.
    edit(
        &a,
        &id,
        CaseEdit::Registration(waypoint_case::edit::RegistrationEdit::SetSex {
            sex: Some(waypoint_model::Sex::Female),
        }),
    );
    edit(
        &b,
        &id,
        CaseEdit::Registration(waypoint_case::edit::RegistrationEdit::SetSex {
            sex: Some(waypoint_model::Sex::NotStated),
        }),
    );
    synced(&a, &link);
    synced(&b, &link);
    synced(&a, &link);

    for device in [&a, &b] {
        let view = device.lock().expect("lock").open_case(&id).expect("open");
        assert_eq!(view.conflicts.len(), 1, "the conflict is listed on both devices");
        let conflict = &view.conflicts[0];
        assert_eq!(conflict.path_string(), "registration/sex");
        let mut writers: Vec<&str> =
            conflict.values.iter().filter_map(|v| v.written_by.as_ref().map(|u| u.as_str())).collect();
        writers.sort_unstable();
        assert_eq!(writers, ["amina", "dawit"]);
        assert!(conflict.values.iter().all(|v| v.written_at.is_some()));
    }

    // Resolved on B, choosing A's value: an edit that syncs like any other.
    let view = b.lock().expect("lock").open_case(&id).expect("open");
    let chosen = view.conflicts[0]
        .values
        .iter()
        .find(|v| v.written_by.as_ref().map(|u| u.as_str()) == Some("amina"))
        .map(|v| v.value.clone())
        .expect("amina's value");
    let path = view.conflicts[0].path.clone();
    b.lock().expect("lock").resolve_conflict(&id, &path, &chosen).expect("resolve");
    synced(&b, &link);
    synced(&a, &link);
    for device in [&a, &b] {
        let view = device.lock().expect("lock").open_case(&id).expect("open");
        assert!(view.conflicts.is_empty(), "resolved everywhere");
        assert_eq!(view.case.registration.sex, Some(waypoint_model::Sex::Female));
    }
}
