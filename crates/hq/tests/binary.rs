//! The real `waypoint-hq` binary, on SQLite and on a throwaway PostgreSQL: `serve` binds port 0,
//! prints the address it got, serves devices and the dashboard and stops cleanly on Ctrl-C;
//! `audit verify` checks the dashboard's audit trail. (Scenarios with device stores syncing
//! through HQ are in the workspace's `tests/hq`.)

use std::time::Duration;

use waypoint_harness::postgres::ScratchPostgres;
use waypoint_harness::{Signal, get, serve_printing_address};
use waypoint_hq::Database;
use waypoint_hq::accounts::Role;
use waypoint_hq::dashboard::Dashboard;

fn serves_and_stops_cleanly(database: &[String]) {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_waypoint-hq"));
    command.args(["--lang", "en", "serve"]).args(database).args([
        "--listen",
        "127.0.0.1:0",
        "--workers",
        "2",
    ]);
    let (hq, address) = serve_printing_address("waypoint-hq", command, "/health", Duration::from_secs(60))
        .expect("HQ printed its address and is healthy");
    assert_eq!(get(&format!("https://{address}/health")).as_deref(), Ok("ok"));
    assert!(get(&format!("https://{address}/login")).is_ok(), "the dashboard is served");
    // Ctrl-C: a graceful stop, and a clean exit.
    hq.signal(Signal::INT).expect("Ctrl-C");
    assert_eq!(hq.wait_for_exit(Duration::from_secs(30)).expect("HQ stopped"), "exit status 0");
}

#[test]
fn the_binary_serves_devices_and_the_dashboard_then_stops_cleanly_on_sqlite() {
    let dir = tempfile::tempdir().expect("tmp");
    serves_and_stops_cleanly(&["--db".to_owned(), dir.path().join("hq.db").display().to_string()]);
}

/// On PostgreSQL it once panicked at start (a connection made inside the async runtime) and at
/// stop (one dropped there).
#[test]
fn the_binary_serves_devices_and_the_dashboard_then_stops_cleanly_on_postgres() {
    let Some(pg) = ScratchPostgres::for_test() else { return };
    serves_and_stops_cleanly(&["--database".to_owned(), pg.create_database("served").expect("database")]);
}

/// Behind a TLS-terminating proxy (`--public-url https://…`) HQ listens on loopback in plain
/// HTTP, yet its cookies must be Secure and `__Host-` and browsers told to keep to HTTPS; HQ once
/// made cookies Secure only when it listened off loopback, so never behind the proxy.
#[test]
fn behind_an_https_proxy_cookies_are_secure_and_browsers_keep_to_https() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("hq.db").display().to_string();
    let login_page = |public_url: Option<&str>| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_waypoint-hq"));
        command.args(["--lang", "en", "serve", "--db", &db, "--listen", "127.0.0.1:0", "--plain-http"]);
        if let Some(url) = public_url {
            command.args(["--public-url", url]);
        }
        let (hq, address) =
            serve_printing_address("waypoint-hq", command, "/health", Duration::from_secs(60))
                .expect("HQ printed its address and is healthy");
        let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
        let page = agent.get(&format!("http://{address}/login")).call().expect("the sign-in page");
        let header = |name: &str| page.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let seen = (header("set-cookie").unwrap_or_default(), header("strict-transport-security"));
        hq.signal(Signal::INT).expect("Ctrl-C");
        hq.wait_for_exit(Duration::from_secs(30)).expect("HQ stopped");
        seen
    };
    let (cookie, hsts) = login_page(Some("https://hq.example.org"));
    assert!(cookie.starts_with("__Host-wp_login=") && cookie.contains("; Secure"), "{cookie}");
    assert_eq!(hsts.as_deref(), Some("max-age=31536000"));
    let (cookie, hsts) = login_page(None);
    assert!(cookie.starts_with("wp_login=") && !cookie.contains("Secure"), "on loopback alone: {cookie}");
    assert_eq!(hsts, None);
}

/// Every dashboard action is chained into the audit trail, which `waypoint-hq audit verify`
/// checks; an entry altered behind HQ's back breaks it, and the command says where.
fn the_audit_trail_verifies_until_an_entry_is_altered(
    database: &Database,
    target: &[String],
    alter: impl FnOnce(&str),
) {
    let dashboard = Dashboard::new(database.open().expect("store"), false);
    dashboard
        .add_user("super", Role::Supervisor, "a long enough password", &waypoint_hq::accounts::Sites::Every)
        .expect("user");
    dashboard
        .add_user("analyst", Role::Analyst, "another long password", &waypoint_hq::accounts::Sites::None)
        .expect("user");
    let (_, session) = dashboard.login("super", "a long enough password", None).expect("sign in");
    dashboard.conflicts(&session).expect("conflicts");
    let verify = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_waypoint-hq"))
            .args(["--lang", "en", "audit", "verify"])
            .args(target)
            .output()
            .expect("run waypoint-hq")
    };
    let entries = database.open().expect("store").verify_audit().expect("intact");
    assert!(entries >= 4, "user additions, a sign-in and a listing are audited: {entries}");
    let out = verify();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&entries.to_string()));

    // The sign-in's entry, rewritten behind HQ's back.
    alter("UPDATE dash_audit SET detail = 'altered' WHERE action = 'login'");
    let out = verify();
    assert!(!out.status.success(), "an altered trail does not verify");
    assert!(String::from_utf8_lossy(&out.stderr).contains("changed or damaged at entry"));
    assert!(database.open().expect("store").verify_audit().is_err());
}

#[test]
fn the_audit_trail_verifies_until_an_entry_is_altered_on_sqlite() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("hq.db");
    let target = ["--db".to_owned(), db.display().to_string()];
    the_audit_trail_verifies_until_an_entry_is_altered(&Database::Sqlite(db.clone()), &target, |sql| {
        let altered = rusqlite::Connection::open(&db).expect("open").execute(sql, []).expect("alter");
        assert_eq!(altered, 1);
    });
}

#[test]
fn the_audit_trail_verifies_until_an_entry_is_altered_on_postgres() {
    let Some(pg) = ScratchPostgres::for_test() else { return };
    let url = pg.create_database("audited").expect("database");
    let database = Database::parse(&url, None).expect("address");
    the_audit_trail_verifies_until_an_entry_is_altered(
        &database,
        &["--database".to_owned(), url.clone()],
        |sql| {
            postgres::Client::connect(&url, postgres::NoTls)
                .expect("connect")
                .execute(sql, &[])
                .expect("alter");
        },
    );
}

/// HQ serves HTTPS by default, with a certificate it makes on first start and keeps (devices
/// pin it at enrollment, so a restart must present the same one); plain HTTP is only for this
/// machine.
#[test]
fn hq_serves_https_with_a_certificate_it_keeps_and_plain_http_only_on_loopback() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("hq.db").display().to_string();
    let presented = || {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_waypoint-hq"));
        command.args(["--lang", "en", "serve", "--db", &db, "--listen", "127.0.0.1:0"]);
        let (hq, address) =
            serve_printing_address("waypoint-hq", command, "/health", Duration::from_secs(60))
                .expect("HQ printed its address and is healthy");
        let config = ureq::Agent::config_builder().timeout_global(Some(Duration::from_secs(5))).build();
        let (agent, seen) = waypoint_tls::agent(waypoint_tls::Trust::FirstContact, config).expect("client");
        let body = agent
            .get(&format!("https://{address}/health"))
            .call()
            .and_then(|mut r| r.body_mut().read_to_string());
        assert_eq!(body.expect("over HTTPS"), "ok");
        assert!(agent.get(&format!("http://{address}/health")).call().is_err(), "no plain HTTP beside it");
        hq.signal(Signal::INT).expect("Ctrl-C");
        hq.wait_for_exit(Duration::from_secs(30)).expect("HQ stopped");
        seen.last().expect("a certificate").fingerprint
    };
    assert_eq!(presented(), presented(), "the same certificate after a restart");

    let refused = std::process::Command::new(env!("CARGO_BIN_EXE_waypoint-hq"))
        .args(["--lang", "en", "serve", "--db", &db, "--listen", "0.0.0.0:0", "--plain-http"])
        .output()
        .expect("run waypoint-hq");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("Plain HTTP is served only on this machine"));
}

/// How much memory the process `pid` ever held (VmHWM), in MiB.
fn peak_mib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("process status");
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM");
    line.split_whitespace().nth(1).and_then(|kb| kb.parse::<u64>().ok()).expect("kB") / 1024
}

/// Unauthenticated bodies take neither HQ's memory nor its service: while 1,000 bodies of
/// 16 MiB from no enrolled device arrive (24 at a time), a device enrolls and syncs a case,
/// and HQ's memory peak stays within its budget for bodies (96 MiB) and what HQ needs anyway
/// (it refuses an unknown device on a request's first bytes, so in fact it reads almost none).
/// (`WAYPOINT_FLOOD_BODIES` sets another count.)
#[test]
fn a_flood_of_unauthenticated_16_mib_bodies_neither_stops_a_device_nor_grows_hqs_memory() {
    use waypoint_sync::wire::{self, DeviceKey, Message, Signed};
    let bodies: usize =
        std::env::var("WAYPOINT_FLOOD_BODIES").ok().and_then(|n| n.parse().ok()).unwrap_or(1000);
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("hq.db").display().to_string();
    let printed = std::process::Command::new(env!("CARGO_BIN_EXE_waypoint-hq"))
        .args(["--lang", "en", "device", "add", "--db", &db, "--site", "border-north"])
        .output()
        .expect("device add");
    let printed = String::from_utf8_lossy(&printed.stdout).into_owned();
    let code = printed
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|w| w.len() == 14 && w.as_bytes()[4] == b'-' && w.as_bytes()[9] == b'-')
        .expect("a code")
        .to_owned();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_waypoint-hq"));
    command.args(["--lang", "en", "serve", "--db", &db, "--listen", "127.0.0.1:0"]);
    let (hq, address) = serve_printing_address("waypoint-hq", command, "/health", Duration::from_secs(60))
        .expect("HQ printed its address and is healthy");
    let client = |trust| {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(300)))
            .build();
        waypoint_tls::agent(trust, config).expect("client")
    };
    let (first, seen) = client(waypoint_tls::Trust::FirstContact);
    first.get(&format!("https://{address}/health")).call().expect("health");
    let pin = seen.last().expect("a certificate").fingerprint;
    let before = peak_mib(hq.pid());

    // 16 MiB signed by a device HQ never enrolled (just under the largest body HQ takes, so
    // that it must look at it).
    let flood = {
        let payload: Vec<u8> =
            (0..(16u32 << 20) - 4096).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
        let signed = Signed { device: DeviceKey([0xee; 16]), payload, signature: [0; 64] };
        std::sync::Arc::new(wire::encode(&Message::Signed(signed)))
    };
    let sent = std::sync::atomic::AtomicUsize::new(0);
    let refused = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..24 {
            s.spawn(|| {
                let (agent, _) = client(waypoint_tls::Trust::Pinned(pin));
                while sent.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < bodies {
                    let status = agent
                        .post(&format!("https://{address}/v1/sync"))
                        .send(&flood[..])
                        .map(|r| r.status().as_u16())
                        .unwrap_or(0);
                    // 401, or the connection cut while the client still sends: HQ refuses an
                    // unknown device on the request's first bytes and reads no more.
                    if status == 401 || status == 0 {
                        refused.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                }
            });
        }
        // Meanwhile a device enrolls, and sends a case and has it acknowledged.
        let (agent, _) = client(waypoint_tls::Trust::Pinned(pin));
        let key = waypoint_sync::signing::SigningKey::generate();
        let enrolled = waypoint_sync::enrollment::enroll(&code, &key.verifying_key(), pin, |request| {
            agent.post(&format!("https://{address}/v1/enroll")).send(request)?.body_mut().read_to_vec()
        })
        .expect("enrollment's link")
        .expect("enrolled during the flood");
        let mut doc = automerge::AutoCommit::new();
        automerge::transaction::Transactable::put(&mut doc, automerge::ROOT, "id", "a case").expect("put");
        let case = waypoint_sync::wire::CaseKey([1; 16]);
        let change = waypoint_sync::wire::Change { user: "officer".into(), bytes: doc.save() };
        let pending = waypoint_sync::device::Pending { case, changes: vec![change] };
        let round = waypoint_sync::device::Round {
            device: enrolled.device,
            cursor: 0,
            pending: vec![pending],
            erased: Vec::new(),
            figures: Vec::new(),
        };
        let now =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_millis()
                as i64;
        let frame = waypoint_sync::device::request(&key, round, [9; 16], now);
        let answer = agent
            .post(&format!("https://{address}/v1/sync"))
            .send(&frame[..])
            .expect("sync")
            .body_mut()
            .read_to_vec()
            .expect("answer");
        match waypoint_sync::device::authenticated(&enrolled.hq_key, &[9; 16], &enrolled.device, &answer) {
            // (The case is no real case: HQ refuses it as unreadable, and says so to this device.)
            Ok(Message::Reply(reply)) => {
                assert_eq!(reply.acks.len() + reply.rejected.len(), 1, "HQ answered for the case")
            }
            other => panic!("the device's sync during the flood: {other:?}"),
        }
    });
    let peak = peak_mib(hq.pid());
    println!("flood: {bodies} bodies of 16 MiB; HQ peak memory {before} MiB before, {peak} MiB after");
    assert_eq!(
        refused.load(std::sync::atomic::Ordering::SeqCst),
        bodies,
        "every flooding body refused as unauthenticated"
    );
    // Without the budget, 24 bodies at once would take over 1 GiB.
    assert!(peak < before + 96 + 128, "HQ's memory peak {peak} MiB (before {before} MiB)");
    hq.signal(Signal::INT).expect("Ctrl-C");
    hq.wait_for_exit(Duration::from_secs(30)).expect("HQ stopped");
}

/// Behind a proxy on this machine (`--public-url`), every request reaches HQ from loopback:
/// limits per network must count the address the proxy names, or one guesser locks all staff
/// out (and gets every device's enrollment refused). `serve` once left the dashboard counting
/// the proxy's own address.
#[test]
fn behind_a_proxy_one_guessing_network_locks_out_neither_staff_nor_devices_elsewhere() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("hq.db");
    let store = Database::Sqlite(db.clone()).open().expect("store");
    Dashboard::new(store, false)
        .add_user("super", Role::Supervisor, "a long enough password", &waypoint_hq::accounts::Sites::Every)
        .expect("user");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_waypoint-hq"));
    command.args(["--lang", "en", "serve", "--db"]).arg(&db).args([
        "--listen",
        "127.0.0.1:0",
        "--plain-http",
        "--public-url",
        "https://hq.example.org",
    ]);
    let (hq, address) = serve_printing_address("waypoint-hq", command, "/health", Duration::from_secs(60))
        .expect("HQ printed its address and is healthy");
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let sign_in = |from: &str, name: &str, password: &str| {
        agent
            .post(&format!("http://{address}/api/login"))
            .header("x-forwarded-for", from)
            .content_type("application/json")
            .send(serde_json::json!({ "name": name, "password": password }).to_string())
            .expect("sign-in")
            .status()
            .as_u16()
    };
    // Guesses spread over many names (each name has its own, lower limit).
    for i in 0..waypoint_hq::accounts::MAX_FAILURES_PER_ADDRESS {
        assert_eq!(sign_in("192.0.2.7", &format!("guess-{i}"), "not the password at all"), 401);
    }
    assert_eq!(sign_in("192.0.2.7", "super", "a long enough password"), 401, "the guessing network waits");
    assert_eq!(sign_in("198.51.100.4", "super", "a long enough password"), 200, "staff elsewhere sign in");
    hq.signal(Signal::INT).expect("Ctrl-C");
    hq.wait_for_exit(Duration::from_secs(30)).expect("HQ stopped");
}
