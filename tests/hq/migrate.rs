//! `waypoint-hq migrate`: devices sync with an HQ on SQLite, the HQ moves to PostgreSQL, and
//! the devices sync again with it — they continue where they left off (their cursors and
//! acknowledged heads hold: nothing they hold is sent to them again), every case is the same,
//! erasures and transfers stand, and a request captured before the move is still a replay.

mod common;

use waypoint_scenarios::answer;

use std::sync::Arc;

use common::{Backend, Server};
use waypoint_hq::accounts::Role;
use waypoint_hq::dashboard::Dashboard;
use waypoint_hq::{Database, HubPool};

const PASSWORD: &str = "correct horse battery staple";
use waypoint_model::{CaseId, SiteId, Timestamp, UserId};
use waypoint_store::{KdfParams, Store, StoreConfig};
use waypoint_sync::device::Outcome;
use waypoint_sync::signing::{SigningKey, VerifyingKey};
use waypoint_sync::wire::{self, CaseKey, DeviceKey, Message};

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

fn post(address: std::net::SocketAddr, path: &str, body: &[u8]) -> Result<(u16, Vec<u8>), ureq::Error> {
    let mut response = agent().post(&format!("http://{address}{path}")).send(body)?;
    let status = response.status().as_u16();
    Ok((status, response.body_mut().with_config().limit(64 << 20).read_to_vec()?))
}

struct Device {
    store: Store,
    key: SigningKey,
    id: DeviceKey,
    hq: VerifyingKey,
}

/// What one sync brought: the cases HQ sent (each case once per reply it came in).
#[derive(Debug, Default)]
struct Received {
    docs: usize,
}

impl Device {
    fn enroll(hq: &Server, dir: &std::path::Path, name: &str, user: &str, site: &str) -> Self {
        let code = hq.hub(|h| h.add_device_code(site, Timestamp::now().0)).expect("code");
        let key = SigningKey::generate();
        let enrolled = common::enroll_over_http(&code, &key, |r| {
            post(hq.address, "/v1/enroll", r).map(|(_, body)| body)
        });
        let config = StoreConfig { site: SiteId::new(site), kdf: KdfParams::FAST_INSECURE };
        let store =
            Store::create(&dir.join(format!("{name}.db")), &UserId::new(user), "device passphrase", &config)
                .expect("store");
        Self { store, key, id: enrolled.device, hq: enrolled.hq_key }
    }

    fn sync(&mut self, address: std::net::SocketAddr, last_request: Option<&mut Vec<u8>>) -> Received {
        let mut received = Received::default();
        let mut last = Vec::new();
        let outcome = common::sync_device(
            &mut self.store,
            &self.key,
            self.id,
            self.hq,
            |_| {},
            |frame| {
                last = frame.to_vec();
                let (_, body) = post(address, "/v1/sync", frame)?;
                // Counted from the payload; the device's machine checks HQ's signature.
                if let Ok(Message::Answer(a)) = wire::decode(&body)
                    && let Ok(Message::Reply(r)) = wire::decode(&a.payload)
                {
                    received.docs += r.docs.len();
                }
                Ok::<_, ureq::Error>(body)
            },
        )
        .expect("sync");
        assert!(matches!(outcome, Outcome::Done { .. }), "{outcome:?}");
        if let Some(l) = last_request {
            *l = last;
        }
        received
    }
}

fn edit(d: &mut Device, id: &CaseId, q: &str, by: &str) {
    d.store
        .edit_case(id, |c| {
            c.interview.answers.insert(q.into(), answer(q, "ar", by));
        })
        .expect("edit");
}

fn sorted_heads(doc: &automerge::Automerge) -> Vec<automerge::ChangeHash> {
    let mut heads = doc.get_heads();
    heads.sort();
    heads
}

#[test]
fn an_hq_moved_from_sqlite_to_postgres_serves_its_devices_where_they_left_off() {
    let Some(pg) = waypoint_harness::postgres::ScratchPostgres::for_test() else { return };
    let Some(old) = common::start(Backend::Sqlite, 1) else { return };
    let dir = tempfile::tempdir().expect("tmp");
    let mut a = Device::enroll(&old, dir.path(), "a", "officer-amina", "border-north");
    let mut b = Device::enroll(&old, dir.path(), "b", "caseworker-lea", "border-north");
    let mut c = Device::enroll(&old, dir.path(), "c", "officer-tom", "shelter-south");

    let cases: Vec<CaseId> = (0..4).map(|_| a.store.create_case(common::shared).expect("create")).collect();
    for (i, id) in cases.iter().enumerate() {
        edit(&mut a, id, &format!("q{i}"), "officer-amina");
    }
    let own = b.store.create_case(common::shared).expect("create");
    a.sync(old.address, None);
    b.sync(old.address, None);
    edit(&mut b, &cases[0], "from-b", "caseworker-lea");
    b.sync(old.address, None);
    a.sync(old.address, None);
    // One case erased (ordered in the dashboard), one given to the other site as well.
    old.dashboard
        .add_user("Supervisor-Ana", Role::Supervisor, PASSWORD, &waypoint_hq::accounts::Sites::Every)
        .expect("user");
    let (_, ana) = old.dashboard.login("supervisor-ana", PASSWORD, None).expect("login");
    old.dashboard.erase(&ana, &cases[3].to_string(), "duplicate").expect("erase");
    old.dashboard.transfer(&ana, &cases[2].to_string(), "shelter-south").expect("transfer");
    let audit_before = old.dashboard.audit_trail(&ana).expect("audit").len();
    let mut captured = Vec::new();
    a.sync(old.address, Some(&mut captured));
    b.sync(old.address, None);
    c.sync(old.address, None);
    assert_eq!(a.store.case_count().expect("count"), 4);
    assert_eq!(c.store.case_count().expect("count"), 1, "the transferred case");
    // An edit the device has not sent yet when HQ moves.
    edit(&mut a, &cases[1], "after-the-move", "officer-amina");

    let held: Vec<(CaseId, Vec<automerge::ChangeHash>)> = cases[..3]
        .iter()
        .chain([&own])
        .map(|id| {
            let doc =
                old.hub(|h| h.doc(&CaseKey(id.uuid_bytes().expect("key")))).expect("doc").expect("held");
            (id.clone(), sorted_heads(&doc))
        })
        .collect();
    let changes = old.hub(|h| h.change_count()).expect("count");

    let url = pg.create_database("moved").expect("database");
    let Database::Postgres(address) = Database::parse(&url, None).expect("address") else {
        panic!("postgres")
    };
    let moved = waypoint_hq::migrate::sqlite_to_postgres(&old.db, &address).expect("migrate");
    // Three devices, and HQ's own for the site whose case it transferred.
    assert_eq!((moved.devices, moved.cases, moved.changes), (4, 4, changes));
    assert!(
        matches!(
            waypoint_hq::migrate::sqlite_to_postgres(&old.db, &address),
            Err(waypoint_hq::StorageError::TargetNotEmpty)
        ),
        "a second move into a filled HQ is refused"
    );

    // The dashboard moved too: its accounts (names still match whatever their case), its
    // erasure orders with their reasons, its audit trail.
    let database = Database::Postgres(address);
    let dashboard = Dashboard::new(database.open().expect("store"), false);
    let (_, ana) = dashboard.login("SUPERVISOR-ANA", PASSWORD, None).expect("the account moved");
    let erasures = dashboard.erasures(&ana).expect("erasures");
    assert_eq!(erasures.len(), 1);
    assert_eq!(erasures[0].reason.as_deref(), Some("duplicate"));
    assert_eq!(erasures[0].by.as_deref(), Some("Supervisor-Ana"));
    let audit = dashboard.audit_trail(&ana).expect("audit");
    // Every entry moved (those counted and the viewing that counted them), then the sign-in
    // and the listing of erasures here.
    assert_eq!(audit.len(), audit_before + 3);
    assert!(audit.iter().any(|e| e.action == "case.erase"));

    let pool = Arc::new(HubPool::new(database.open_pool(4).expect("open")));
    let new = common::serve(pool.clone());
    let hub = |work: &mut dyn FnMut(&mut waypoint_hq::Store)| pool.with(|h| work(h)).expect("hub");
    let check = |id: &CaseId, heads: &[automerge::ChangeHash]| {
        let mut doc = None;
        hub(&mut |h| doc = h.doc(&CaseKey(id.uuid_bytes().expect("key"))).expect("doc"));
        assert_eq!(sorted_heads(&doc.expect("held")), heads, "the same case after the move");
    };
    for (id, heads) in &held {
        check(id, heads);
    }
    // A request captured before the move is still a replay.
    let (status, _) = post(new, "/v1/sync", &captured).expect("post");
    assert_eq!(status, 409);

    // The devices go on: nothing they hold comes back; the new edit goes up and across.
    assert_eq!(b.sync(new, None).docs, 0, "b holds everything");
    assert_eq!(c.sync(new, None).docs, 0, "c holds everything");
    assert_eq!(a.sync(new, None).docs, 0, "a's own edit is not sent back");
    assert!(a.store.unacknowledged(100).expect("pending").is_empty());
    assert_eq!(b.sync(new, None).docs, 1, "b receives a's edit, and only that case");
    let at_b = automerge::Automerge::load(&b.store.case_bytes(&cases[1]).expect("bytes")).expect("load");
    let mut doc = None;
    hub(&mut |h| doc = h.doc(&CaseKey(cases[1].uuid_bytes().expect("key"))).expect("doc"));
    assert_eq!(sorted_heads(&at_b), sorted_heads(&doc.expect("held")));
    // The erased case stays erased: a late edit of it is refused.
    let mut erased = None;
    hub(&mut |h| erased = Some(h.doc(&CaseKey(cases[3].uuid_bytes().expect("key"))).expect("doc").is_none()));
    assert_eq!(erased, Some(true));
    // New work after the move.
    let fresh = c.store.create_case(common::shared).expect("create");
    c.sync(new, None);
    let mut count = 0;
    hub(&mut |h| count = h.change_count().expect("count"));
    assert!(count > changes);
    assert!(c.store.case(&fresh).is_ok());
}
