//! What the HQ tests share: a real server on a loopback port.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use waypoint_hq::SqliteHub;

/// Starts HQ on a free loopback port with its database at `dir/hq.db`.
pub(crate) fn start_hq(dir: &Path) -> (SocketAddr, Arc<Mutex<SqliteHub>>, PathBuf) {
    let db = dir.join("hq.db");
    let hub = SqliteHub::open(&db).expect("open hq");
    let state = Arc::new(Mutex::new(hub));
    let app = waypoint_hq::server::router(state.clone());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("send addr");
            axum::serve(listener, app).await.expect("serve");
        });
    });
    (rx.recv().expect("address"), state, db)
}
