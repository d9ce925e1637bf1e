//! The real `waypoint-hq serve` binary, on SQLite and on a throwaway PostgreSQL: it binds port
//! 0, prints the address it got, serves devices and the dashboard, and stops cleanly on Ctrl-C.
//! (Scenarios with device stores syncing through HQ are in the workspace's `tests/hq`.)

use std::time::Duration;

use waypoint_harness::postgres::ScratchPostgres;
use waypoint_harness::{Signal, get, serve_printing_address};

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
    assert_eq!(get(&format!("http://{address}/health")).as_deref(), Ok("ok"));
    assert!(get(&format!("http://{address}/login")).is_ok(), "the dashboard is served");
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
    let Some(pg) = ScratchPostgres::start_unless_missing(false).expect("scratch PostgreSQL") else {
        println!("skipped: PostgreSQL is not installed");
        return;
    };
    serves_and_stops_cleanly(&["--database".to_owned(), pg.create_database("served").expect("database")]);
}
