//! The dashboard over HTTP on loopback: roles are enforced by the server (an analyst calling a
//! personal-data endpoint directly gets 403, an officer cannot order an erasure), every
//! state-changing request needs the session's CSRF token, resolving a conflict writes an HQ
//! change that a device receives at its next sync, and only admins manage accounts. Each test
//! runs on SQLite and on a throwaway PostgreSQL.

#[macro_use]
mod common;

use std::sync::Arc;

use common::{Backend, Server};
use waypoint_hq::HubPool;
use waypoint_hq::accounts::Role;
use waypoint_model::{AnswerValue, CaseId, NameKind, PersonName, Recorded, SiteId, Timestamp, UserId};
use waypoint_scenarios::answer;
use waypoint_store::{KdfParams, Store, StoreConfig};
use waypoint_sync::signing::{SigningKey, VerifyingKey};
use waypoint_sync::wire::{CaseKey, DeviceKey};

const PASSWORD: &str = "correct horse battery staple";

struct Device {
    store: Store,
    key: SigningKey,
    id: DeviceKey,
    hq: VerifyingKey,
}

impl Device {
    fn new(hub: &Arc<HubPool>, dir: &std::path::Path, name: &str, user: &str) -> Self {
        let code =
            hub.with(|h| h.add_device_code("border-north", Timestamp::now().0)).expect("hub").expect("code");
        Self::with_code(hub, dir, name, user, &code)
    }

    /// A border-north device enrolled with `code`.
    fn with_code(hub: &Arc<HubPool>, dir: &std::path::Path, name: &str, user: &str, code: &str) -> Self {
        let key = SigningKey::generate();
        let enrolled = common::enroll_in_process_with(hub, code, &key);
        let config = StoreConfig { site: SiteId::new("border-north"), kdf: KdfParams::FAST_INSECURE };
        let store =
            Store::create(&dir.join(format!("{name}.db")), &UserId::new(user), "device passphrase", &config)
                .expect("store");
        Self { store, key, id: enrolled.device, hq: enrolled.hq_key }
    }

    fn sync(&mut self, hub: &Arc<HubPool>) {
        let outcome = common::sync_device(
            &mut self.store,
            &self.key,
            self.id,
            self.hq,
            |_| {},
            |frame| {
                let answer = hub
                    .with(|h| waypoint_sync::hub::handle(h, frame, Timestamp::now().0).frame)
                    .expect("a hub");
                Ok::<_, std::convert::Infallible>(answer)
            },
        )
        .expect("sync");
        assert!(matches!(outcome, waypoint_sync::device::Outcome::Done { .. }), "{outcome:?}");
    }
}

fn person_name(text: &str, by: &UserId) -> PersonName {
    PersonName::new(
        waypoint_model::EntryId::generate(),
        text,
        "Latn",
        NameKind::AsWrittenByPerson,
        Recorded::new(by, Timestamp::now()),
    )
}

struct Hq {
    server: Server,
    case: CaseId,
    a: DeviceKey,
    b: Device,
}

/// HQ with one case that two devices answered differently (a conflict), and users of each
/// role; `None` where PostgreSQL is missing and not required.
fn start(backend: Backend) -> Option<Hq> {
    start_as(backend, "caseworker-lea")
}

/// As [`start`], with device b's user named `b_user` (the name its changes claim).
fn start_as(backend: Backend, b_user: &str) -> Option<Hq> {
    let server = common::start(backend, 2)?;
    let hub = server.pool.clone();
    let dir = server.dir.path();
    let mut a = Device::new(&hub, dir, "a", "officer-amina");
    let mut b = Device::new(&hub, dir, "b", b_user);
    let by = UserId::new("officer-amina");
    let case = a
        .store
        .create_case(|c| {
            common::shared(c);
            c.registration.names.push(person_name("Zainab Haddad", &by));
        })
        .expect("case");
    a.sync(&hub);
    b.sync(&hub);
    a.store
        .edit_case(&case, |c| {
            c.interview
                .answers
                .insert("family.where_last_seen".into(), answer("Kassala", "ar", "officer-amina"));
        })
        .expect("a");
    b.store
        .edit_case(&case, |c| {
            c.interview.answers.insert("family.where_last_seen".into(), answer("Khartoum", "ar", b_user));
        })
        .expect("b");
    a.sync(&hub);
    b.sync(&hub);
    for (name, role) in [
        ("super", Role::Supervisor),
        ("officer", Role::Officer),
        ("caseworker", Role::Caseworker),
        ("analyst", Role::Analyst),
        ("admin", Role::Admin),
        ("interpreter", Role::Interpreter),
    ] {
        let sites = waypoint_hq::accounts::Sites::parse("border-north").expect("sites");
        server.dashboard.add_user(name, role, PASSWORD, &sites).expect("user");
    }
    Some(Hq { server, case, a: a.id, b })
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
    let base = format!("http://{}", hq.server.address);
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

on_both!(staff_see_only_the_cases_of_their_sites_and_those_transferred_to_them);
/// Need-to-know: an account sees the cases of its sites and those transferred to one of them;
/// without sites it sees none; a change of sites applies at the next request.
fn staff_see_only_the_cases_of_their_sites_and_those_transferred_to_them(backend: Backend) {
    let Some(hq) = start(backend) else { return };
    let sites = |s: &str| waypoint_hq::accounts::Sites::parse(s).expect("sites");
    let d = &hq.server.dashboard;
    d.add_user("officer-south", Role::Officer, PASSWORD, &sites("shelter-south")).expect("user");
    d.add_user("super-nowhere", Role::Supervisor, PASSWORD, &sites("")).expect("user");
    d.add_user("super-hq", Role::Supervisor, PASSWORD, &sites("*")).expect("user");
    let id = hq.case.to_string();
    let sees = |c: &Client| {
        let (list, body) = c.get("/api/cases?q=Zainab");
        let (one, _) = c.get(&format!("/api/cases/{id}"));
        assert_eq!(list, 200);
        (body.contains("Zainab"), one)
    };
    let north = login(&hq, "officer");
    assert_eq!(sees(&north), (true, 200), "a case of the officer's own site");
    let south = login(&hq, "officer-south");
    assert_eq!(sees(&south), (false, 404), "another site's case is not found");
    let (status, body) = south.get(&format!("/cases/{id}"));
    assert_eq!((status, body.contains("Zainab")), (404, false));
    let (_, conflicts) = south.get("/api/conflicts");
    assert!(!conflicts.contains(&id), "nor its conflicts");
    let (_, transfers) = login(&hq, "super-nowhere").get("/api/transfers");
    assert_eq!(transfers.trim(), "[]", "nor the transfers of cases it may not see");
    assert_eq!(sees(&login(&hq, "super-nowhere")), (false, 404), "no site, no case");
    // Transferred to shelter-south: now its officer sees it.
    let hq_super = login(&hq, "super-hq");
    assert_eq!(sees(&hq_super), (true, 200));
    let body = serde_json::json!({ "case_id": id, "site": "shelter-south" });
    assert_eq!(hq_super.post("/api/transfers", body, Some(&hq_super.csrf)), 200);
    assert_eq!(sees(&south), (true, 200), "transferred to the officer's site");
    // An admin narrows the border-north officer to another site: at once, no more.
    let admin = login(&hq, "admin");
    let change = serde_json::json!({ "name": "officer", "sites": "border-south" });
    assert_eq!(admin.post("/api/accounts/sites", change, Some(&admin.csrf)), 200);
    assert_eq!(sees(&north), (false, 404), "applies at the next request");
    let bad = serde_json::json!({ "name": "officer", "sites": "border south" });
    assert_eq!(admin.post("/api/accounts/sites", bad, Some(&admin.csrf)), 400);
    // The audit trail a supervisor reads names only the cases of their sites.
    let (_, all) = hq_super.get("/api/audit");
    assert!(all.contains(&id), "a supervisor of every site reads the case's entries");
    d.add_user("super-east", Role::Supervisor, PASSWORD, &sites("border-east")).expect("user");
    let (status, east) = login(&hq, "super-east").get("/api/audit");
    assert_eq!(status, 200);
    assert!(!east.contains(&id), "another site's case is not named in the trail");
}

on_both!(a_device_an_admin_enrolls_receives_no_case_until_a_supervisor_of_its_site_approves_it);
/// An admin sees no case data, and cannot get it through a device either: the device an admin
/// enrolls receives nothing until a supervisor of its site approves it.
fn a_device_an_admin_enrolls_receives_no_case_until_a_supervisor_of_its_site_approves_it(backend: Backend) {
    let Some(hq) = start(backend) else { return };
    let d = &hq.server.dashboard;
    let (_, admin) = d.login("admin", PASSWORD, None).expect("admin");
    let code = d.enroll(&admin, "border-north").expect("a code");
    let hub = hq.server.pool.clone();
    let mut device = Device::with_code(&hub, hq.server.dir.path(), "admins", "officer-tom", &code);
    device.sync(&hub);
    assert_eq!(device.store.case_count().expect("count"), 0, "nothing before approval");
    let id = hex::encode(device.id.0);
    let (_, listed) = login(&hq, "super").get("/api/devices");
    assert!(listed.contains(&id) && listed.contains("\"approved\":false"), "{listed}");
    let sites = waypoint_hq::accounts::Sites::parse("shelter-south").expect("sites");
    d.add_user("super-south", Role::Supervisor, PASSWORD, &sites).expect("user");
    let body = serde_json::json!({ "device": id });
    for who in ["admin", "officer", "super-south"] {
        let c = login(&hq, who);
        assert_eq!(c.post("/api/devices/approve", body.clone(), Some(&c.csrf)), 403, "{who} may not approve");
    }
    // Nor may it change a case HQ holds (a change with no history, on a case id it learnt).
    let doc = hq.server.hub(|h| h.doc(&waypoint_sync::wire::CaseKey(hq.case.uuid_bytes().expect("key"))));
    let before = doc.expect("doc").expect("held").get_heads();
    let mut fake = waypoint_model::CaseDoc::create(
        &waypoint_model::Case::open(
            hq.case.clone(),
            waypoint_model::ShortCode::new("AAA-AAA"),
            waypoint_model::SiteId::new("border-north"),
            &UserId::new("officer-tom"),
            Timestamp::now(),
        ),
        automerge::ActorId::random(),
        &UserId::new("officer-tom"),
        Timestamp::now(),
    )
    .expect("doc");
    let pending = waypoint_sync::device::Pending {
        case: waypoint_sync::wire::CaseKey(hq.case.uuid_bytes().expect("key")),
        changes: vec![waypoint_sync::wire::Change { user: "officer-tom".into(), bytes: fake.save() }],
    };
    let round = waypoint_sync::device::Round {
        device: device.id,
        cursor: 0,
        pending: vec![pending],
        erased: Vec::new(),
        figures: Vec::new(),
    };
    let frame = waypoint_sync::device::request(&device.key, round, rand::random(), Timestamp::now().0);
    let answer =
        hub.with(|h| waypoint_sync::hub::handle(h, &frame, Timestamp::now().0).message).expect("hub");
    let waypoint_sync::wire::Message::Reply(reply) = answer else { panic!("{answer:?}") };
    assert_eq!(reply.rejected.len(), 1, "refused");
    assert!(reply.erase.is_empty(), "and told no erasure of its site");
    let after = hq.server.hub(|h| h.doc(&waypoint_sync::wire::CaseKey(hq.case.uuid_bytes().expect("key"))));
    assert_eq!(after.expect("doc").expect("held").get_heads(), before, "HQ's case unchanged");
    device.sync(&hub);
    assert_eq!(device.store.case_count().expect("count"), 0);
    let sup = login(&hq, "super");
    assert_eq!(sup.post("/api/devices/approve", body, Some(&sup.csrf)), 200, "a supervisor of border-north");
    device.sync(&hub);
    assert_eq!(device.store.case_count().expect("count"), 1, "its site's case, once approved");
    let (_, trail) = login(&hq, "admin").get("/api/audit");
    assert!(trail.contains("device.approve"), "audited");
}

on_both!(an_interpreter_sees_no_case_at_hq);
/// An interpreter works on a device beside an officer: at HQ no case, no figure, a page that
/// says so.
fn an_interpreter_sees_no_case_at_hq(backend: Backend) {
    let Some(hq) = start(backend) else { return };
    let interpreter = login(&hq, "interpreter");
    let id = hq.case.to_string();
    for path in ["/api/cases", &format!("/api/cases/{id}"), "/api/conflicts", "/api/matches", "/api/figures"]
    {
        let (status, body) = interpreter.get(path);
        assert_eq!(status, 403, "{path}");
        assert!(!body.contains("Zainab"), "{path}");
    }
    let (status, body) = interpreter.get(&format!("/cases/{id}"));
    assert_eq!((status, body.contains("Zainab")), (403, false));
    let (status, body) = interpreter.get("/welcome");
    assert_eq!(status, 200);
    assert!(body.contains("interpreters work on the devices"), "{body}");
}

on_both!(analyst_gets_figures_but_403_on_every_personal_data_endpoint);
fn analyst_gets_figures_but_403_on_every_personal_data_endpoint(backend: Backend) {
    let Some(hq) = start(backend) else { return };
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
    assert!(!body.contains("Zainab") && body.contains("\"x\"") && !body.contains("<5"), "{body}");
    let (status, csv) = analyst.get("/api/figures.csv");
    assert_eq!(status, 200);
    assert!(csv.starts_with("\u{feff}dimension,value,month,count") && !csv.contains("Zainab"));
}

on_both!(guessing_from_one_address_is_refused_across_names);
/// Guessing spread over many names from one address is refused like guessing one name: past
/// the address's limit even the right password is refused from there, while the same account
/// still signs in from elsewhere. (The throttle once counted per name only.)
fn guessing_from_one_address_is_refused_across_names(backend: Backend) {
    let Some(hq) = start(backend) else { return };
    let dashboard = &hq.server.dashboard;
    let (guesser, office): (std::net::IpAddr, std::net::IpAddr) =
        ("192.0.2.7".parse().expect("address"), "198.51.100.3".parse().expect("address"));
    for i in 0..waypoint_hq::accounts::MAX_FAILURES_PER_ADDRESS {
        assert!(dashboard.login(&format!("guess-{i}"), "not the password at all", Some(guesser)).is_err());
    }
    assert!(dashboard.login("super", PASSWORD, Some(guesser)).is_err(), "refused from the guessing address");
    assert!(dashboard.login("super", PASSWORD, Some(office)).is_ok(), "the account is not locked elsewhere");
    // Retries go on being refused, and the trail records the first refusal only: an attacker
    // cannot fill it with one row per request.
    for i in 0..50 {
        assert!(dashboard.login(&format!("retry-{i}"), "not the password at all", Some(guesser)).is_err());
    }
    let sup = login(&hq, "super");
    let (_, trail) = sup.get("/api/audit");
    assert_eq!(trail.matches("login.throttled").count(), 1, "{trail}");
}

on_both!(unauthenticated_requests_get_401_and_pages_send_to_sign_in);
fn unauthenticated_requests_get_401_and_pages_send_to_sign_in(backend: Backend) {
    let Some(hq) = start(backend) else { return };
    let r = agent().get(&format!("http://{}/api/cases", hq.server.address)).call().expect("get");
    assert_eq!(r.status(), 401);
    let r = agent()
        .post(&format!("http://{}/api/login", hq.server.address))
        .content_type("application/json")
        .send(serde_json::json!({ "name": "super", "password": "wrong password!" }).to_string())
        .expect("login");
    assert_eq!(r.status(), 401);
    // What was typed into the name is never written down: it may be a person's name or a
    // password in the wrong field. (The trail once recorded it as typed.)
    for typed in ["Zainab Haddad", &"x".repeat(100_000)] {
        let r = agent()
            .post(&format!("http://{}/api/login", hq.server.address))
            .content_type("application/json")
            .send(serde_json::json!({ "name": typed, "password": "wrong password!" }).to_string())
            .expect("login");
        assert_eq!(r.status(), 401);
    }
    let (_, audit) = login(&hq, "admin").get("/api/audit");
    assert!(audit.contains("login.failed") && audit.contains("\"super\""), "{audit}");
    assert!(!audit.contains("Zainab") && !audit.contains("xxxx"), "{audit}");
}

on_both!(officer_cannot_order_erasure_but_supervisor_can);
fn officer_cannot_order_erasure_but_supervisor_can(backend: Backend) {
    let Some(hq) = start(backend) else { return };
    let id = hq.case.to_string();
    let officer = login(&hq, "officer");
    let body = serde_json::json!({ "case_id": id, "reason": "duplicate" });
    assert_eq!(officer.post("/api/erasures", body.clone(), Some(&officer.csrf)), 403);
    assert!(
        hq.server
            .pool
            .with(|h| h.doc(&CaseKey(hq.case.uuid_bytes().expect("key"))))
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
        hq.server
            .pool
            .with(|h| h.doc(&CaseKey(hq.case.uuid_bytes().expect("key"))))
            .expect("a hub")
            .expect("doc")
            .is_none()
    );
    let (_, audit) = sup.get("/api/audit");
    assert!(audit.contains("case.erase") && audit.contains("reason=duplicate") && !audit.contains("Zainab"));
}

on_both!(state_changes_without_the_csrf_token_are_403);
fn state_changes_without_the_csrf_token_are_403(backend: Backend) {
    let Some(hq) = start(backend) else { return };
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
    let hub = hq.server.pool.clone();
    hq.b.sync(&hub);
    let transfers = hq.b.store.case(&hq.case).expect("case").transfers;
    assert_eq!(transfers.len(), 1);
    assert_eq!(transfers[0].recorded.by.as_str(), "hq:super");
}

on_both!(each_value_shows_the_device_that_sent_it_beside_the_author_it_claims);
fn each_value_shows_the_device_that_sent_it_beside_the_author_it_claims(backend: Backend) {
    // Device b claims to be officer-amina, who works on device a.
    let Some(hq) = start_as(backend, "officer-amina") else { return };
    let sup = login(&hq, "super");
    let (_, body) = sup.get("/api/conflicts");
    let list: serde_json::Value = serde_json::from_str(&body).expect("json");
    let values = list[0]["values"].as_array().expect("values");
    let sent_from = |text: &str| {
        let v = values.iter().find(|v| v["value"]["value"]["Text"] == text).expect("value");
        assert_eq!(v["written_by"], "officer-amina", "the name the change claims");
        v["sent_by"]["device"].as_str().unwrap_or_else(|| panic!("a device: {v}")).to_owned()
    };
    assert_eq!(sent_from("Kassala"), hex::encode(hq.a.0));
    assert_eq!(sent_from("Khartoum"), hex::encode(hq.b.id.0), "b's change shows b, whatever name it gives");
    assert_eq!(values[0]["sent_by"]["site"], "border-north");
    // The page says it too, beside the claimed author.
    let (status, page) = sup.get("/conflicts");
    assert_eq!(status, 200);
    for device in [hex::encode(hq.a.0), hex::encode(hq.b.id.0)] {
        assert!(page.contains(&device[..8]), "{device} on the page");
    }
}

on_both!(resolving_a_conflict_writes_an_hq_change_that_devices_receive);
fn resolving_a_conflict_writes_an_hq_change_that_devices_receive(backend: Backend) {
    let Some(mut hq) = start(backend) else { return };
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
    let key = CaseKey(hq.case.uuid_bytes().expect("key"));
    let authors = hq.server.pool.with(|h| h.authors(&key)).expect("a hub").expect("authors");
    assert!(authors.iter().any(|a| a == "hq:super"));

    let hub = hq.server.pool.clone();
    hq.b.sync(&hub);
    assert!(hq.b.store.conflicts(&hq.case).expect("conflicts").is_empty());
    let value =
        hq.b.store.case(&hq.case).expect("case").interview.answers["family.where_last_seen"].value.clone();
    assert_eq!(value, Some(AnswerValue::Text("Khartoum".into())));
}

on_both!(admins_manage_accounts_and_a_change_applies_at_the_next_request);
fn admins_manage_accounts_and_a_change_applies_at_the_next_request(backend: Backend) {
    let Some(hq) = start(backend) else { return };
    let sup = login(&hq, "super");
    assert_eq!(sup.get("/api/accounts").0, 403, "only admins manage accounts");
    let new = serde_json::json!({ "name": "Farah", "role": "caseworker", "password": PASSWORD });
    assert_eq!(sup.post("/api/accounts", new.clone(), Some(&sup.csrf)), 403);

    let admin = login(&hq, "admin");
    let short = serde_json::json!({ "name": "Farah", "role": "caseworker", "password": "short" });
    assert_eq!(admin.post("/api/accounts", short, Some(&admin.csrf)), 400);
    let bad_role = serde_json::json!({ "name": "Farah", "role": "captain", "password": PASSWORD });
    assert_eq!(admin.post("/api/accounts", bad_role, Some(&admin.csrf)), 400);
    assert_eq!(admin.post("/api/accounts", new.clone(), None), 403, "CSRF token required");
    assert_eq!(admin.post("/api/accounts", new, Some(&admin.csrf)), 200);
    let again = serde_json::json!({ "name": "FARAH", "role": "officer", "password": PASSWORD });
    assert_eq!(
        admin.post("/api/accounts", again, Some(&admin.csrf)),
        409,
        "names are unique whatever their case"
    );
    let (status, list) = admin.get("/api/accounts");
    assert_eq!(status, 200);
    assert!(list.contains("\"Farah\"") && list.contains("caseworker") && !list.contains("argon2"), "{list}");

    // The new account reads cases; made an analyst, the same session no longer can.
    let farah = login(&hq, "farah");
    assert_eq!(farah.get("/api/cases").0, 200);
    let to_analyst = serde_json::json!({ "name": "farah", "role": "analyst" });
    assert_eq!(admin.post("/api/accounts/role", to_analyst, Some(&admin.csrf)), 200);
    assert_eq!(farah.get("/api/cases").0, 403);
    assert_eq!(farah.get("/api/figures").0, 200);

    // No spelling of one's own name gets past the check (PostgreSQL's lower() folds the Greek
    // final sigma; SQLite does not fold Greek at all, so there the name is not found).
    hq.server
        .dashboard
        .add_user("ΟΔΥΣ", Role::Admin, PASSWORD, &waypoint_hq::accounts::Sites::None)
        .expect("greek admin");
    let greek = login(&hq, "ΟΔΥΣ");
    let own_other_spelling = serde_json::json!({ "name": "οδυσ", "role": "officer" });
    let status = greek.post("/api/accounts/role", own_other_spelling, Some(&greek.csrf));
    assert!(status == 400 || status == 404, "{status}");
    assert_eq!(greek.get("/api/accounts").0, 200, "still an admin");
    // An admin cannot lock themselves out; removing an account ends its sessions.
    let own = serde_json::json!({ "name": "Admin", "role": "officer" });
    assert_eq!(admin.post("/api/accounts/role", own.clone(), Some(&admin.csrf)), 400);
    assert_eq!(admin.post("/api/accounts/remove", own, Some(&admin.csrf)), 400);
    let gone = serde_json::json!({ "name": "nobody-here" });
    assert_eq!(admin.post("/api/accounts/remove", gone, Some(&admin.csrf)), 404);
    let farah_out = serde_json::json!({ "name": "Farah" });
    assert_eq!(admin.post("/api/accounts/remove", farah_out, Some(&admin.csrf)), 200);
    assert_eq!(farah.get("/api/figures").0, 401);
    let (_, audit) = admin.get("/api/audit");
    for action in ["user.add", "user.role", "user.remove"] {
        assert!(audit.contains(action), "{action}");
    }
    // The page lists the accounts, with no actions on the admin's own row.
    let (status, page) = admin.get("/accounts");
    assert_eq!(status, 200);
    assert!(page.contains(r#"data-account="super""#) && !page.contains("Farah"), "{page}");
}

on_both!(a_possible_duplicate_is_decided_and_two_people_are_not_proposed_again);
fn a_possible_duplicate_is_decided_and_two_people_are_not_proposed_again(backend: Backend) {
    let Some(mut hq) = start(backend) else { return };
    // The same name registered twice more at the site: three possible pairs.
    let by = UserId::new("caseworker-lea");
    let twin =
        hq.b.store
            .create_case(|c| {
                common::shared(c);
                c.registration.names.push(person_name("Zainab Haddad", &by));
            })
            .expect("twin");
    let third =
        hq.b.store
            .create_case(|c| {
                common::shared(c);
                c.registration.names.push(person_name("Zainab Haddad", &by));
            })
            .expect("third");
    let hub = hq.server.pool.clone();
    hq.b.sync(&hub);
    let sup = login(&hq, "super");
    let pairs = |c: &Client| -> Vec<serde_json::Value> {
        let (status, body) = c.get("/api/duplicates");
        assert_eq!(status, 200);
        serde_json::from_str(&body).expect("json")
    };
    assert_eq!(pairs(&sup).len(), 3);
    let pair_of = |a: &CaseId, b: &CaseId, same: bool| serde_json::json!({ "a": a.to_string(), "b": b.to_string(), "same_person": same });

    // Only a supervisor decides: a caseworker, who may decide tracing matches, may not.
    // (The API once checked the matches permission; only the page hid the buttons.)
    for role in ["officer", "caseworker"] {
        let c = login(&hq, role);
        assert_eq!(
            c.post("/api/duplicates/decide", pair_of(&hq.case, &twin, false), Some(&c.csrf)),
            403,
            "{role}"
        );
    }
    assert_eq!(sup.post("/api/duplicates/decide", pair_of(&hq.case, &hq.case, true), Some(&sup.csrf)), 400);
    let unknown = CaseId::generate();
    assert_eq!(sup.post("/api/duplicates/decide", pair_of(&hq.case, &unknown, true), Some(&sup.csrf)), 404);

    // Two people: the pair is not proposed again, in either order.
    assert_eq!(sup.post("/api/duplicates/decide", pair_of(&twin, &hq.case, false), Some(&sup.csrf)), 200);
    // One person: the pair stays listed, marked with who confirmed it.
    assert_eq!(sup.post("/api/duplicates/decide", pair_of(&hq.case, &third, true), Some(&sup.csrf)), 200);
    let left = pairs(&sup);
    assert_eq!(left.len(), 2, "{left:?}");
    let ids = |p: &serde_json::Value| {
        let mut v = [
            p["a"]["case_id"].as_str().unwrap_or("").to_owned(),
            p["b"]["case_id"].as_str().unwrap_or("").to_owned(),
        ];
        v.sort();
        v
    };
    let mut decided = [hq.case.to_string(), twin.to_string()];
    decided.sort();
    assert!(left.iter().all(|p| ids(p) != decided), "a pair of two people came back");
    let confirmed: Vec<_> = left.iter().filter(|p| p["confirmed_by"] == "super").collect();
    assert_eq!(confirmed.len(), 1);
    let mut same = [hq.case.to_string(), third.to_string()];
    same.sort();
    assert_eq!(ids(confirmed[0]), same);
    let (_, audit) = sup.get("/api/audit");
    assert!(
        audit.contains("duplicate.different")
            && audit.contains("duplicate.same")
            && !audit.contains("Zainab")
    );

    // Erasing a case takes its decisions with it: none may link its id to a living case.
    let decisions = || {
        let mut store = hq.server.database.open().expect("store");
        store.duplicate_decisions().expect("decisions")
    };
    assert!(decisions().iter().any(|d| d.pair.involves(&third)));
    let erase = serde_json::json!({ "case_id": third.to_string(), "reason": "duplicate" });
    assert_eq!(sup.post("/api/erasures", erase, Some(&sup.csrf)), 200);
    assert!(decisions().iter().all(|d| !d.pair.involves(&third)));
    assert_eq!(decisions().len(), 1, "the other pair's decision stays");
    // The same through the `case erase` command's path (it once left decisions behind).
    let key = CaseKey(hq.case.uuid_bytes().expect("key"));
    hq.server.database.open().expect("store").erase(&key, 1).expect("erase");
    assert!(decisions().is_empty());
}

/// A device of `site`, enrolled at HQ.
fn device_at(hq: &Hq, name: &str, user: &str, site: &str) -> Device {
    let key = SigningKey::generate();
    let enrolled = common::enroll_in_process(&hq.server.pool, site, &key);
    let config = StoreConfig { site: SiteId::new(site), kdf: KdfParams::FAST_INSECURE };
    let path = hq.server.dir.path().join(format!("{name}.db"));
    let store = Store::create(&path, &UserId::new(user), "device passphrase", &config).expect("store");
    Device { store, key, id: enrolled.device, hq: enrolled.hq_key }
}

/// The case with what differs by who made an edit and when (entry ids, recorded by/at) set
/// aside, so that two edits made by different people can be compared.
fn as_edited(mut case: waypoint_model::Case) -> waypoint_model::Case {
    let anyone = Recorded::new(&UserId::new("anyone"), Timestamp(0));
    for t in &mut case.transfers {
        t.id = waypoint_model::EntryId::new("transfer");
        t.recorded = anyone.clone();
    }
    case.status.recorded = anyone;
    case
}

on_both!(an_hq_transfer_leaves_the_case_exactly_as_a_device_transfer_does);
/// HQ's transfer is the device's edit, through the same engine: the case records it and becomes
/// transferred, the same site is refused, and the receiving site's devices get the case —
/// also when the transfer was made on a device. (HQ's transfer once neither set the status nor
/// refused the case's own site, and a device's transfer never reached the receiving site.)
fn an_hq_transfer_leaves_the_case_exactly_as_a_device_transfer_does(backend: Backend) {
    use waypoint_case::edit::TransferEdit;
    let Some(mut hq) = start(backend) else { return };
    let hub = hq.server.pool.clone();
    let sup = login(&hq, "super");
    let before = hq.b.store.case(&hq.case).expect("case");
    let to = |site: &str| {
        waypoint_case::CaseEdit::from(TransferEdit::TransferCase { to_site: site.into(), reason: None })
    };
    let user = UserId::new("caseworker-lea");
    let mut ids = waypoint_model::IdMaker::new(rand::rngs::OsRng);
    let template = waypoint_model::template::intake_v1();
    let mut ctx = waypoint_case::EditContext { user: &user, now: Timestamp::now(), template, ids: &mut ids };
    let on_device =
        waypoint_case::apply(&before, &to("shelter-central"), &mut ctx).expect("applies on a device");
    assert_eq!(on_device.status.status, waypoint_model::CaseStatus::Transferred);

    let body = |site: &str| serde_json::json!({ "case_id": hq.case.to_string(), "site": site });
    assert_eq!(sup.post("/api/transfers", body("border-north"), Some(&sup.csrf)), 400, "its own site");
    assert_eq!(sup.post("/api/transfers", body("shelter-central"), Some(&sup.csrf)), 200);
    hq.b.sync(&hub);
    let at_hq = hq.b.store.case(&hq.case).expect("case");
    assert_eq!(as_edited(at_hq), as_edited(on_device), "the same case, whoever transferred it");
    let mut central = device_at(&hq, "central", "officer-tom", "shelter-central");
    central.sync(&hub);
    assert!(central.store.case(&hq.case).is_ok(), "the receiving site has the case");

    // A transfer made on a device reaches the receiving site too.
    let edit = to("shelter-south");
    hq.b.store
        .edit_case(&hq.case, |case| match waypoint_case::apply(case, &edit, &mut ctx) {
            Ok(edited) => *case = edited,
            Err(e) => panic!("refused: {}", e.id),
        })
        .expect("transfer on the device");
    hq.b.sync(&hub);
    let mut south = device_at(&hq, "south", "officer-sam", "shelter-south");
    south.sync(&hub);
    assert!(south.store.case(&hq.case).is_ok(), "the site a device transferred to has the case");
}

on_both!(one_query_ranks_the_same_at_hq_and_on_a_device);
/// A name typed at HQ finds the same cases, in the same order, as on the device that holds
/// them, whatever the script; a code finds its case. (HQ once ranked with its own threshold, a
/// bonus for names containing the query, and codes by prefix.)
fn one_query_ranks_the_same_at_hq_and_on_a_device(backend: Backend) {
    use rand::SeedableRng;
    let Some(mut hq) = start(backend) else { return };
    let hub = hq.server.pool.clone();
    let mut generator =
        waypoint_synth::Generator::new(rand::rngs::StdRng::seed_from_u64(15), Timestamp::now());
    let cases: Vec<waypoint_model::Case> = (0..60).map(|_| generator.registered_case()).collect();
    hq.b.store.insert_cases(&cases, Timestamp::now()).expect("insert");
    hq.b.sync(&hub);
    let sup = login(&hq, "super");
    let mut queries: Vec<String> = cases
        .iter()
        .take(12)
        .filter_map(|c| c.registration.names.iter().find(|n| n.kind == waypoint_model::NameKind::Given))
        .map(|n| n.text.clone())
        .collect();
    queries
        .extend(["Muhammad", "محمد", "Мухаммад", "Yonas Tesfay", "Hassan Ali", "Zainab"].map(String::from));
    queries.push(cases[3].code.to_string());
    for query in &queries {
        let on_device: Vec<String> =
            hq.b.store.search(query, 200).expect("search").into_iter().map(|h| h.case.case_id).collect();
        let (status, body) = sup.get(&format!("/api/cases?q={}", urlencode(query)));
        assert_eq!(status, 200);
        let at_hq: Vec<String> = serde_json::from_str::<Vec<serde_json::Value>>(&body)
            .expect("json")
            .iter()
            .filter_map(|h| h["case_id"].as_str().map(String::from))
            .collect();
        assert_eq!(at_hq, on_device, "query {query:?}");
    }
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

on_both!(the_audit_trail_can_be_narrowed_by_account_action_and_case);
/// The audit page shows the latest 500 entries: narrowed by account, action (its first part
/// finds every kind) and case, older entries of interest are found again.
fn the_audit_trail_can_be_narrowed_by_account_action_and_case(backend: Backend) {
    use waypoint_hq::dashboard::records::AuditFilter;
    let Some(hq) = start(backend) else { return };
    let dashboard = &hq.server.dashboard;
    let (_, sup) = dashboard.login("super", PASSWORD, None).expect("super");
    let (_, officer) = dashboard.login("officer", PASSWORD, None).expect("officer");
    dashboard.case(&officer, &hq.case.to_string()).expect("a case read");
    let filter = |user: &str, action: &str, case: &str| AuditFilter {
        user: user.into(),
        action: action.into(),
        case: case.into(),
    };
    let all = dashboard.audit_trail_matching(&sup, &filter("", "", "")).expect("all");
    let logins = dashboard.audit_trail_matching(&sup, &filter("", "login", "")).expect("logins");
    assert!(
        !logins.is_empty() && logins.iter().all(|r| r.action == "login" || r.action.starts_with("login."))
    );
    assert!(logins.len() < all.len());
    let by_officer = dashboard.audit_trail_matching(&sup, &filter("officer", "", "")).expect("officer");
    assert!(!by_officer.is_empty() && by_officer.iter().all(|r| r.user == "officer"));
    let case = hq.case.to_string();
    let of_case = dashboard.audit_trail_matching(&sup, &filter("", "", &case)).expect("case");
    assert!(!of_case.is_empty() && of_case.iter().all(|r| r.case_id.as_deref() == Some(case.as_str())));
    // As staff type them: an account in other letter case, a case id pasted in capitals; and
    // a wildcard is a character like any other.
    let typed = dashboard.audit_trail_matching(&sup, &filter("OFFICER", "", "")).expect("officer");
    assert_eq!(typed.len(), by_officer.len());
    let pasted = dashboard.audit_trail_matching(&sup, &filter("", "", &case.to_uppercase())).expect("case");
    assert_eq!(pasted.len(), of_case.len());
    assert!(dashboard.audit_trail_matching(&sup, &filter("", "log%", "")).expect("none").is_empty());
    assert!(
        dashboard.audit_trail_matching(&officer, &filter("", "", "")).is_err(),
        "officers do not read it"
    );
}
