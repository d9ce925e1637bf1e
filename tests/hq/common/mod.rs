//! What the HQ tests share: a real server on a loopback port, on SQLite or on a throwaway
//! PostgreSQL.

#![allow(dead_code, unused_macros)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use waypoint_harness::postgres::ScratchPostgres;
use waypoint_hq::dashboard::Dashboard;
use waypoint_hq::{Database, HubPool, Store};
use waypoint_model::Timestamp;
use waypoint_sync::device::{DeviceSync, Limits, Outcome};
use waypoint_sync::enrollment::{self, Accepted};
use waypoint_sync::signing::{SigningKey, VerifyingKey};
use waypoint_sync::wire::{self, DeviceKey};

/// Enrolls `key` for `site` at the HQ of `pool` without HTTP: the same requests and checked
/// answers as over the network.
pub(crate) fn enroll_in_process(pool: &HubPool, site: &str, key: &SigningKey) -> Accepted {
    let code = pool.with(|h| h.add_device_code(site, Timestamp::now().0)).expect("a hub").expect("code");
    enroll_in_process_with(pool, &code, key)
}

/// As [`enroll_in_process`], with a code made beforehand (by an admin on the dashboard, say).
pub(crate) fn enroll_in_process_with(pool: &HubPool, code: &str, key: &SigningKey) -> Accepted {
    let now = Timestamp::now().0;
    let answer = enrollment::enroll(code, &key.verifying_key(), [0; 32], |request| {
        let request = wire::decode(request).map_err(|_| "not a request")?;
        let (answer, _) =
            pool.with(|h| h.enroll(&request, None, now)).expect("a hub").map_err(|_| "refused")?;
        Ok::<_, &str>(wire::encode(&answer))
    });
    answer.expect("enrolled").expect("authenticated")
}

/// Enrolls `key` with `code` over HTTP (`post` sends a request body to HQ's enrollment
/// endpoint and returns the answer's body).
pub(crate) fn enroll_over_http<E: std::fmt::Debug>(
    code: &str,
    key: &SigningKey,
    post: impl FnMut(&[u8]) -> Result<Vec<u8>, E>,
) -> Accepted {
    enrollment::enroll(code, &key.verifying_key(), [0; 32], post).expect("the link").expect("enrolled")
}

/// Starts HQ on a free loopback port with its database at `dir/hq.db`.
pub(crate) fn start_hq(dir: &Path) -> (SocketAddr, Arc<HubPool>, PathBuf) {
    let db = dir.join("hq.db");
    let stores = Database::Sqlite(db.clone()).open_pool(1).expect("open hq");
    let pool = Arc::new(HubPool::new(stores));
    (serve(pool.clone()), pool, db)
}

/// Serves `pool` (devices only) on a free loopback port, in a thread of its own.
pub(crate) fn serve(pool: Arc<HubPool>) -> SocketAddr {
    serve_app(waypoint_hq::server::router(pool))
}

/// Serves `app` on a free loopback port, in a thread of its own.
pub(crate) fn serve_app(app: axum::Router) -> SocketAddr {
    on_loopback(|listener| async move {
        let app = app.into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(listener, app).await.expect("serve");
    })
}

/// Runs `serve` over a listener on a free loopback port, in a thread and runtime of its own.
fn on_loopback<F, Served>(serve: F) -> SocketAddr
where
    F: FnOnce(tokio::net::TcpListener) -> Served + Send + 'static,
    Served: std::future::Future<Output = ()>,
{
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("send addr");
            serve(listener).await;
        });
    });
    rx.recv().expect("address")
}

/// Serves `pool` (devices only) over HTTPS with a certificate made for the test, as
/// `waypoint-hq serve` does, on a free loopback port: its address, the pool as served, and the
/// certificate's fingerprint.
pub(crate) fn serve_tls(pool: HubPool) -> (SocketAddr, Arc<HubPool>, waypoint_tls::Fingerprint) {
    let certificate = waypoint_tls::HqCertificate::make(vec!["localhost".into()]).expect("certificate");
    let fingerprint = certificate.fingerprint();
    let pool = Arc::new(pool.presenting(fingerprint));
    let address = serve_tls_app(waypoint_hq::server::router(pool.clone()), &certificate);
    (address, pool, fingerprint)
}

/// Serves `app` over HTTPS with `certificate` on a free loopback port, in a thread of its own.
pub(crate) fn serve_tls_app(app: axum::Router, certificate: &waypoint_tls::HqCertificate) -> SocketAddr {
    let config = certificate.server_config().expect("TLS config");
    on_loopback(|listener| async move {
        let listener = waypoint_hq::TlsListener::new(listener, config).expect("TLS listener");
        axum::serve(listener, app).await.expect("serve");
    })
}

/// One sync run of a device's store through `send` (a request frame to HQ's answer frame): the
/// app's own driver and state machine, with the app's limits, `limits` changed by `adjust`.
pub(crate) fn sync_device<E: std::fmt::Display>(
    store: &mut waypoint_store::Store,
    key: &SigningKey,
    device: DeviceKey,
    hq: VerifyingKey,
    adjust: impl FnOnce(&mut Limits),
    send: impl FnMut(&[u8]) -> Result<Vec<u8>, E>,
) -> Result<Outcome, waypoint_store::StoreError> {
    let mut limits = Limits::default();
    adjust(&mut limits);
    waypoint_session::hq_link::sync_store(
        store,
        DeviceSync::new(device, key.clone(), hq, limits),
        waypoint_store::Workers::one(),
        send,
        || Timestamp::now().0,
        &mut rand::thread_rng(),
    )
}

/// The storage a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Backend {
    Sqlite,
    Postgres,
}

/// Runs a test (a function taking a [`Backend`]) on both backends, as `<test>::sqlite` and
/// `<test>::postgres`.
macro_rules! on_both {
    ($name:ident) => {
        mod $name {
            #[test]
            fn sqlite() {
                super::$name(super::common::Backend::Sqlite);
            }
            #[test]
            fn postgres() {
                super::$name(super::common::Backend::Postgres);
            }
        }
    };
}

/// An HQ being served, on either backend, devices and dashboard as `waypoint-hq serve` does.
pub(crate) struct Server {
    pub(crate) address: SocketAddr,
    pub(crate) pool: Arc<HubPool>,
    /// The dashboard being served (to add its users).
    pub(crate) dashboard: Arc<Dashboard>,
    pub(crate) database: Database,
    /// The SQLite file (SQLite only).
    pub(crate) db: PathBuf,
    /// The PostgreSQL address of the cases (PostgreSQL only).
    pub(crate) url: Option<String>,
    pub(crate) dir: tempfile::TempDir,
    // Last: the server stops after the pool's connections are done with.
    pub(crate) pg: Option<ScratchPostgres>,
}

impl Server {
    /// Runs `work` with one of HQ's hubs.
    pub(crate) fn hub<R>(&self, work: impl FnOnce(&mut Store) -> R) -> R {
        self.pool.with(work).expect("hub")
    }
}

/// Starts HQ on `backend` (`workers` hubs on PostgreSQL); `None` if PostgreSQL is missing
/// and not required.
pub(crate) fn start(backend: Backend, workers: usize) -> Option<Server> {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("hq.db");
    let (database, pg, url) = match backend {
        Backend::Sqlite => (Database::Sqlite(db.clone()), None, None),
        Backend::Postgres => {
            let pg = ScratchPostgres::for_test()?;
            let url = pg.create_database("hq").expect("create database");
            (Database::parse(&url, None).expect("address"), Some(pg), Some(url))
        }
    };
    let pool = Arc::new(HubPool::new(database.open_pool(workers).expect("open hq")));
    let store = database.open().expect("dashboard storage");
    let dashboard = Arc::new(Dashboard::new(store, false));
    let app =
        waypoint_hq::server::router(pool.clone()).merge(waypoint_hq::dashboard::router(dashboard.clone()));
    let address = serve_app(app);
    Some(Server { address, pool, dashboard, database, db, url, dir, pg })
}

/// Fills a new case with the person's consent to share it with HQ: without it the case never
/// reaches HQ (only its anonymous record does).
pub(crate) fn shared(case: &mut waypoint_model::Case) {
    case.consent_given(waypoint_model::EntryId::generate(), waypoint_model::ConsentPurpose::SharingWithHq);
}

/// The person's decision on sharing a case with HQ, as the consent screen records it.
pub(crate) fn consent_to_share(decision: waypoint_model::ConsentDecision) -> waypoint_case::CaseEdit {
    waypoint_case::CaseEdit::Consent(waypoint_case::edit::ConsentEdit::RecordConsent {
        purpose: waypoint_model::ConsentPurpose::SharingWithHq,
        decision,
        given_by: waypoint_model::ConsentGiver::Person,
        language: Some("ti".into()),
        interpreter: None,
    })
}
