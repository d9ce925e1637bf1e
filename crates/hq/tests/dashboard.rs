//! The dashboard over HTTP on loopback: roles are enforced by the server (an analyst calling a
//! personal-data endpoint directly gets 403, an officer cannot order an erasure), every
//! state-changing request needs the session's CSRF token, and resolving a conflict writes an
//! HQ change that a device receives at its next sync.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;

use common::answer;
use waypoint_hq::accounts::Role;
use waypoint_hq::dashboard::{Dashboard, SqliteDashboard};
use waypoint_hq::{Hub, HubPool, SqliteHub};
use waypoint_model::{AnswerValue, CaseId, NameKind, PersonName, Recorded, SiteId, Timestamp, UserId};
use waypoint_store::{KdfParams, Store, StoreConfig};
use waypoint_sync::signing::SigningKey;
use waypoint_sync::wire::{self, DeviceKey};

const PASSWORD: &str = "correct horse battery staple";

struct Device {
    store: Store,
    key: SigningKey,
    id: DeviceKey,
}

impl Device {
    fn new(hub: &Arc<HubPool>, dir: &std::path::Path, name: &str, user: &str) -> Self {
        let key = SigningKey::generate();
        let (id, _) = hub
            .with(|h| {
                let code = h.add_device_code("border-north", Timestamp::now().0).expect("code");
                h.enroll(&code, key.verifying_key().0, Timestamp::now().0).expect("enroll")
            })
            .expect("a hub");
        let config = StoreConfig { site: SiteId::new("border-north"), kdf: KdfParams::FAST_INSECURE };
        let store =
            Store::create(&dir.join(format!("{name}.db")), &UserId::new(user), "device passphrase", &config)
                .expect("store");
        Self { store, key, id }
    }

    fn sync(&mut self, hub: &Arc<HubPool>) {
        waypoint_sync::device::sync(
            &mut self.store,
            &self.key,
            self.id,
            |frame| {
                let answer = hub
                    .with(|h| waypoint_sync::hub::handle(h, &frame, Timestamp::now().0).message)
                    .expect("a hub");
                Ok::<_, std::convert::Infallible>(wire::encode(&answer))
            },
            || Timestamp::now().0,
            rand::random,
        )
        .expect("sync");
    }
}

struct Hq {
    address: SocketAddr,
    hub: Arc<HubPool>,
    case: CaseId,
    b: Device,
    _dir: tempfile::TempDir,
}

/// HQ with one case that two devices answered differently (a conflict), and users of each role.
fn start() -> Hq {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("hq.db");
    let hub = Arc::new(HubPool::new(vec![Hub::Sqlite(SqliteHub::open(&db).expect("hub"))]));
    let mut a = Device::new(&hub, dir.path(), "a", "officer-amina");
    let mut b = Device::new(&hub, dir.path(), "b", "caseworker-lea");
    let by = UserId::new("officer-amina");
    let case = a
        .store
        .create_case(|c| {
            c.registration.names.push(PersonName {
                id: waypoint_model::EntryId::generate(),
                text: "Zainab Haddad".into(),
                script: "Latn".into(),
                language: None,
                kind: NameKind::AsWrittenByPerson,
                recorded: Recorded::new(&by, Timestamp::now()),
            });
        })
        .expect("case");
    a.sync(&hub);
    b.sync(&hub);
    a.store
        .edit_case(&case, |c| {
            c.interview.answers.insert("family.where_last_seen".into(), answer("Kassala", "officer-amina"));
        })
        .expect("a");
    b.store
        .edit_case(&case, |c| {
            c.interview.answers.insert("family.where_last_seen".into(), answer("Khartoum", "caseworker-lea"));
        })
        .expect("b");
    a.sync(&hub);
    b.sync(&hub);

    let dashboard = Dashboard::new(Box::new(SqliteDashboard::open(&db).expect("dashboard")), false);
    for (name, role) in [("super", Role::Supervisor), ("officer", Role::Officer), ("analyst", Role::Analyst)]
    {
        dashboard.add_user(name, role, PASSWORD).expect("user");
    }
    let app =
        waypoint_hq::server::router(hub.clone()).merge(waypoint_hq::dashboard::router(Arc::new(dashboard)));
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("send");
            axum::serve(listener, app).await.expect("serve");
        });
    });
    Hq { address: rx.recv().expect("address"), hub, case, b, _dir: dir }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).build().into()
}

/// A signed-in client: its cookie and CSRF token.
struct Client {
    base: String,
    cookie: String,
    csrf: String,
}

fn login(hq: &Hq, name: &str) -> Client {
    let base = format!("http://{}", hq.address);
    let mut r = agent()
        .post(&format!("{base}/api/login"))
        .content_type("application/json")
        .send(serde_json::json!({ "name": name, "password": PASSWORD }).to_string())
        .expect("login");
    assert_eq!(r.status(), 200, "login {name}");
    let set = r.headers().get("set-cookie").and_then(|v| v.to_str().ok()).expect("cookie").to_owned();
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Strict"), "{set}");
    let cookie = set.split(';').next().expect("pair").to_owned();
    let body: serde_json::Value =
        serde_json::from_str(&r.body_mut().read_to_string().expect("body")).expect("json");
    let csrf = body["csrf"].as_str().expect("csrf").to_owned();
    Client { base, cookie, csrf }
}

impl Client {
    fn get(&self, path: &str) -> (u16, String) {
        let mut r =
            agent().get(&format!("{}{path}", self.base)).header("cookie", &self.cookie).call().expect("get");
        (r.status().as_u16(), r.body_mut().read_to_string().unwrap_or_default())
    }

    fn post(&self, path: &str, body: serde_json::Value, csrf: Option<&str>) -> u16 {
        let mut req = agent()
            .post(&format!("{}{path}", self.base))
            .header("cookie", &self.cookie)
            .content_type("application/json");
        if let Some(token) = csrf {
            req = req.header("x-csrf-token", token);
        }
        req.send(body.to_string()).expect("post").status().as_u16()
    }
}

#[test]
fn analyst_gets_figures_but_403_on_every_personal_data_endpoint() {
    let hq = start();
    let analyst = login(&hq, "analyst");
    let id = hq.case.to_string();
    for path in [
        "/api/cases",
        &format!("/api/cases/{id}"),
        "/api/conflicts",
        "/api/matches",
        "/api/duplicates",
        "/api/transfers",
        "/api/erasures",
    ] {
        let (status, body) = analyst.get(path);
        assert_eq!(status, 403, "{path}");
        assert!(!body.contains("Zainab"), "{path}");
    }
    // The pages refuse too.
    let (status, body) = analyst.get(&format!("/cases/{id}"));
    assert_eq!(status, 403);
    assert!(!body.contains("Zainab"));
    let (status, body) = analyst.get("/api/figures");
    assert_eq!(status, 200);
    assert!(!body.contains("Zainab") && body.contains("\"<5\""), "{body}");
    let (status, csv) = analyst.get("/api/figures.csv");
    assert_eq!(status, 200);
    assert!(csv.starts_with("dimension,value,month,count") && !csv.contains("Zainab"));
}

#[test]
fn unauthenticated_requests_get_401_and_pages_send_to_sign_in() {
    let hq = start();
    let r = agent().get(&format!("http://{}/api/cases", hq.address)).call().expect("get");
    assert_eq!(r.status(), 401);
    let r = agent()
        .post(&format!("http://{}/api/login", hq.address))
        .content_type("application/json")
        .send(serde_json::json!({ "name": "super", "password": "wrong password!" }).to_string())
        .expect("login");
    assert_eq!(r.status(), 401);
}

#[test]
fn officer_cannot_order_erasure_but_supervisor_can() {
    let hq = start();
    let id = hq.case.to_string();
    let officer = login(&hq, "officer");
    let body = serde_json::json!({ "case_id": id, "reason": "duplicate" });
    assert_eq!(officer.post("/api/erasures", body.clone(), Some(&officer.csrf)), 403);
    assert!(
        hq.hub
            .with(|h| h.doc(&waypoint_store::case_key(&hq.case).expect("key")))
            .expect("a hub")
            .expect("doc")
            .is_some()
    );
    let (status, _) = officer.get(&format!("/api/cases/{id}"));
    assert_eq!(status, 200, "officers read cases");

    let sup = login(&hq, "super");
    assert_eq!(
        sup.post(
            "/api/erasures",
            serde_json::json!({ "case_id": id, "reason": "free text" }),
            Some(&sup.csrf)
        ),
        400
    );
    assert_eq!(sup.post("/api/erasures", body, Some(&sup.csrf)), 200);
    assert!(
        hq.hub
            .with(|h| h.doc(&waypoint_store::case_key(&hq.case).expect("key")))
            .expect("a hub")
            .expect("doc")
            .is_none()
    );
    let (_, audit) = sup.get("/api/audit");
    assert!(audit.contains("case.erase") && audit.contains("reason=duplicate") && !audit.contains("Zainab"));
}

#[test]
fn state_changes_without_the_csrf_token_are_403() {
    let hq = start();
    let sup = login(&hq, "super");
    let body = serde_json::json!({ "case_id": hq.case.to_string(), "site": "shelter-central" });
    assert_eq!(sup.post("/api/transfers", body.clone(), None), 403);
    assert_eq!(sup.post("/api/transfers", body.clone(), Some("0000")), 403);
    // A form without its hidden field is refused the same way.
    let r = agent()
        .post(&format!("{}/transfers", sup.base))
        .header("cookie", &sup.cookie)
        .content_type("application/x-www-form-urlencoded")
        .send(format!("case_id={}&site=shelter-central", hq.case))
        .expect("form");
    assert_eq!(r.status(), 403);
    assert_eq!(sup.post("/api/transfers", body, Some(&sup.csrf)), 200);
    let (_, list) = sup.get("/api/transfers");
    assert!(list.contains("shelter-central"));
    // The case records the transfer as an HQ change, which a device receives.
    let (_, case) = sup.get(&format!("/api/cases/{}", hq.case));
    assert!(case.contains("\"to_site\":\"shelter-central\""), "{case}");
    let mut hq = hq;
    let hub = hq.hub.clone();
    hq.b.sync(&hub);
    let transfers = hq.b.store.case(&hq.case).expect("case").transfers;
    assert_eq!(transfers.len(), 1);
    assert_eq!(transfers[0].recorded.by.as_str(), "hq:super");
}

#[test]
fn resolving_a_conflict_writes_an_hq_change_that_devices_receive() {
    let mut hq = start();
    let sup = login(&hq, "super");
    let (status, body) = sup.get("/api/conflicts");
    assert_eq!(status, 200);
    let list: serde_json::Value = serde_json::from_str(&body).expect("json");
    let conflict = &list[0];
    assert_eq!(conflict["path"], "interview/answers/family.where_last_seen");
    let values = conflict["values"].as_array().expect("values");
    assert_eq!(values.len(), 2);
    let authors: Vec<&str> = values.iter().filter_map(|v| v["written_by"].as_str()).collect();
    assert!(authors.contains(&"officer-amina") && authors.contains(&"caseworker-lea"), "{authors:?}");
    let choice = values.iter().position(|v| v["value"]["value"]["Text"] == "Khartoum").expect("Khartoum");

    let officer = login(&hq, "officer");
    let resolve =
        serde_json::json!({ "case_id": hq.case.to_string(), "path": conflict["path"], "choice": choice });
    assert_eq!(officer.post("/api/conflicts/resolve", resolve.clone(), Some(&officer.csrf)), 403);
    assert_eq!(sup.post("/api/conflicts/resolve", resolve, Some(&sup.csrf)), 200);
    let (_, after) = sup.get("/api/conflicts");
    assert_eq!(after, "[]");
    let key = waypoint_store::case_key(&hq.case).expect("key");
    let authors = hq.hub.with(|h| h.authors(&key)).expect("a hub").expect("authors");
    assert!(authors.iter().any(|a| a == "hq:super"));

    let hub = hq.hub.clone();
    hq.b.sync(&hub);
    assert!(hq.b.store.conflicts(&hq.case).expect("conflicts").is_empty());
    let value =
        hq.b.store.case(&hq.case).expect("case").interview.answers["family.where_last_seen"].value.clone();
    assert_eq!(value, Some(AnswerValue::Text("Khartoum".into())));
}
