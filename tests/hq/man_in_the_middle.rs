//! What someone on the network between a device and HQ gets, with the app's own sessions and
//! link against HQ served over HTTPS as `waypoint-hq serve` serves it: a recording relay
//! captures a whole sync and finds no name in any script; a man in the middle who presents a
//! certificate of its own can neither enroll a device (HQ finds the certificate the device saw
//! is not its own) nor get one request of an enrolled device (it pinned HQ's certificate); an
//! HQ that did not issue the code cannot enroll the device. (Forged answers — "revoked", erase
//! orders, acknowledgements — are refused by the device's state machine and session whatever
//! carries them: `crates/sync` and `crates/session` test each.)

mod common;

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use waypoint_hq::{Database, HubPool};
use waypoint_model::{NameKind, Timestamp};
use waypoint_session::hq_link::{HttpLink, enroll, sync_now};
use waypoint_session::{CaseEdit, CaseFilter, OfficerSession};
use waypoint_store::KdfParams;

const PASS: &str = "correct horse battery";
/// The person's names, as typed: Latin, Ge'ez and Arabic script.
const NAMES: [(NameKind, &str); 3] =
    [(NameKind::Given, "Hiwet"), (NameKind::Family, "ተስፋይ"), (NameKind::AsWrittenByPerson, "حياة تسفاي")];

fn device(dir: &std::path::Path, user: &str) -> Mutex<OfficerSession> {
    let mut s = OfficerSession::new(dir).expect("session").with_kdf(KdfParams::FAST_INSECURE);
    s.set_up("border-north", user, PASS).expect("set up");
    Mutex::new(s)
}

fn code(pool: &HubPool) -> String {
    pool.with(|hub| hub.add_device_code("border-north", Timestamp::now().0)).expect("a hub").expect("code")
}

fn start_hq(dir: &std::path::Path, name: &str) -> (SocketAddr, Arc<HubPool>, waypoint_tls::Fingerprint) {
    let stores = Database::Sqlite(dir.join(name)).open_pool(1).expect("open hq");
    common::serve_tls(HubPool::new(stores))
}

/// A relay that passes every byte both ways to where `to` says at the time, and keeps a copy:
/// what an observer of the network captures (and, switched, a network that now leads
/// elsewhere).
fn recording_relay(to: Arc<Mutex<SocketAddr>>) -> (SocketAddr, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = listener.local_addr().expect("address");
    let captured = Arc::new(Mutex::new(Vec::new()));
    let keep = captured.clone();
    std::thread::spawn(move || {
        for client in listener.incoming().map_while(Result::ok) {
            let Ok(server) = TcpStream::connect(*to.lock().expect("target")) else { continue };
            let (Ok(client_in), Ok(server_in)) = (client.try_clone(), server.try_clone()) else { continue };
            for (mut from, mut into) in [(client_in, server), (server_in, client)] {
                let keep = keep.clone();
                std::thread::spawn(move || {
                    let mut buffer = [0u8; 16 * 1024];
                    while let Ok(n @ 1..) = from.read(&mut buffer) {
                        keep.lock().expect("capture").extend_from_slice(&buffer[..n]);
                        if into.write_all(&buffer[..n]).is_err() {
                            break;
                        }
                    }
                    // The other way learns the connection ended (its result does not matter).
                    into.shutdown(Shutdown::Write).ok();
                });
            }
        }
    });
    (address, captured)
}

#[derive(Clone)]
struct Middle {
    hq: SocketAddr,
    /// The bodies devices sent it, in clear: what a man in the middle would read.
    read: Arc<Mutex<Vec<Vec<u8>>>>,
}

async fn forward(State(m): State<Middle>, uri: Uri, body: Bytes) -> (StatusCode, Vec<u8>) {
    m.read.lock().expect("read").push(body.to_vec());
    let answer = tokio::task::spawn_blocking(move || {
        let config = ureq::Agent::config_builder().http_status_as_error(false).build();
        let (agent, _) = waypoint_tls::agent(waypoint_tls::Trust::FirstContact, config).ok()?;
        let url = format!("https://{}{}", m.hq, uri.path());
        let mut answer =
            if body.is_empty() { agent.get(&url).call() } else { agent.post(&url).send(&body[..]) }.ok()?;
        Some((answer.status().as_u16(), answer.body_mut().read_to_vec().ok()?))
    })
    .await;
    match answer {
        Ok(Some((status, body))) => (StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY), body),
        _ => (StatusCode::BAD_GATEWAY, Vec::new()),
    }
}

/// A man in the middle: TLS with a certificate of its own, every request read in clear and
/// passed on to HQ.
fn man_in_the_middle(hq: SocketAddr) -> (SocketAddr, Arc<Mutex<Vec<Vec<u8>>>>) {
    let read = Arc::new(Mutex::new(Vec::new()));
    let app = axum::Router::new().fallback(forward).with_state(Middle { hq, read: read.clone() });
    let own = waypoint_tls::HqCertificate::make(vec!["localhost".into()]).expect("certificate");
    (common::serve_tls_app(app, &own), read)
}

fn new_named_case(shared: &Mutex<OfficerSession>) -> String {
    let mut s = shared.lock().expect("lock");
    let id = s.new_case().expect("case").case.id.to_string();
    for (kind, text) in NAMES {
        let edit = CaseEdit::Registration(waypoint_case::edit::RegistrationEdit::SetName {
            kind,
            text: text.into(),
        });
        s.edit_case(&id, &edit).expect("name");
    }
    s.edit_case(&id, &common::consent_to_share(waypoint_model::ConsentDecision::Given)).expect("consent");
    id
}

#[test]
fn a_whole_sync_captured_on_the_network_holds_no_name_in_any_script() {
    let dir = tempfile::tempdir().expect("tmp");
    let (hq, pool, _) = start_hq(dir.path(), "hq.db");
    let (relay, captured) = recording_relay(Arc::new(Mutex::new(hq)));
    let url = format!("https://{relay}");
    let link = HttpLink::default();
    let (a, b) = (device(&dir.path().join("a"), "amina"), device(&dir.path().join("b"), "dawit"));
    enroll(&a, &link, &url, &code(&pool)).expect("a enrolls through the relay");
    enroll(&b, &link, &url, &code(&pool)).expect("b enrolls through the relay");
    new_named_case(&a);
    for device in [&a, &b] {
        let status = sync_now(device, &link).expect("sync");
        assert_eq!((status.error, status.pending_cases), (None, 0));
    }
    assert_eq!(
        b.lock().expect("lock").cases(&CaseFilter::default()).expect("list").len(),
        1,
        "b has the case"
    );

    let captured = captured.lock().expect("capture");
    assert!(captured.len() > 4_000, "the relay saw the sync ({} bytes)", captured.len());
    for (_, name) in NAMES {
        for word in name.split(' ') {
            assert!(
                !captured.windows(word.len()).any(|w| w == word.as_bytes()),
                "{word} crossed the network in clear"
            );
        }
    }
}

#[test]
fn a_man_in_the_middle_can_neither_enroll_a_device_nor_read_its_sync_and_another_hq_cannot_enroll_it() {
    let dir = tempfile::tempdir().expect("tmp");
    let (hq, pool, _) = start_hq(dir.path(), "hq.db");
    let (middle, read) = man_in_the_middle(hq);
    let link = HttpLink::default();
    let a = device(&dir.path().join("a"), "amina");
    let code = code(&pool);

    // Through the man in the middle: HQ sees the device met another certificate and refuses
    // (the code stays: the man in the middle has nothing to guess it from).
    let refused = enroll(&a, &link, &format!("https://{middle}"), &code).expect_err("through the middle");
    assert_eq!(refused.id, "app-sync-certificate");
    assert!(!read.lock().expect("read").is_empty(), "it did see the request");
    assert!(
        !read.lock().expect("read").iter().any(|r| r.windows(code.len()).any(|w| w == code.as_bytes())),
        "the code itself never travels"
    );

    // Another HQ, which did not issue the code, cannot enroll the device either: it answers as
    // for any name it has no code for, and cannot prove the code.
    let (other, _, _) = start_hq(dir.path(), "other.db");
    let refused = enroll(&a, &link, &format!("https://{other}"), &code).expect_err("another HQ");
    assert_eq!(refused.id, "app-sync-impostor");

    // The code enrolls at its own HQ; the device pins HQ's certificate.
    let target = Arc::new(Mutex::new(hq));
    let (address, _) = recording_relay(target.clone());
    enroll(&a, &link, &format!("https://{address}"), &code).expect("enrolled at HQ");
    new_named_case(&a);
    // Later the address leads to the man in the middle: the sync stops before sending a byte
    // of a request, and says why.
    // (A new link: the old one's open connection still leads to HQ.)
    read.lock().expect("read").clear();
    *target.lock().expect("target") = middle;
    let link = HttpLink::default();
    let status = sync_now(&a, &link).expect("sync");
    assert_eq!(status.error.map(|e| e.id).as_deref(), Some("app-sync-certificate"));
    assert_eq!(status.pending_cases, 1, "nothing was sent");
    assert!(read.lock().expect("read").is_empty(), "the man in the middle got no request");
    // Back at HQ, the sync goes on.
    *target.lock().expect("target") = hq;
    let status = sync_now(&a, &HttpLink::default()).expect("sync");
    assert_eq!((status.error, status.pending_cases), (None, 0));
}
