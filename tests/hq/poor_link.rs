//! Sync over a poor link: a fault-injecting TCP proxy on loopback between a device and a real
//! HQ limits bandwidth to 64 kbit/s, delays each exchange by a 600 ms round trip, stalls at
//! random, and cuts the connection 10 times mid-sync. The sync completes, HQ holds every
//! change, and the bytes on the wire stay within 1.2× of an uncut run.

mod common;

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::{Rng, SeedableRng};
use waypoint_model::{Answer, AnswerState, AnswerValue, Recorded, SiteId, Timestamp, UserId, Via};
use waypoint_store::{KdfParams, Store, StoreConfig};
use waypoint_sync::device::Outcome;
use waypoint_sync::signing::SigningKey;

/// 64 kbit/s.
const BYTES_PER_SECOND: f64 = 8_000.0;
/// Half the round trip.
const ONE_WAY: Duration = Duration::from_millis(300);
/// Small batches: a cut loses little of a slow upload.
const BATCH: usize = 2 * 1024;

struct Link {
    bytes: AtomicU64,
    /// Byte counts at which the connection in use is cut, ascending.
    cuts: Mutex<Vec<u64>>,
    cuts_done: AtomicU64,
}

fn pump(from: TcpStream, to: TcpStream, link: Arc<Link>, seed: u64) {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut from = from;
    let mut to_w = to;
    let mut buf = [0u8; 512];
    let mut last = Instant::now() - Duration::from_secs(1);
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        // A new exchange waits for the latency; every chunk for its bandwidth; some stall.
        if last.elapsed() > Duration::from_millis(100) {
            std::thread::sleep(ONE_WAY);
        }
        std::thread::sleep(Duration::from_secs_f64(n as f64 / BYTES_PER_SECOND));
        if rng.gen_bool(0.01) {
            std::thread::sleep(Duration::from_millis(rng.gen_range(100..400)));
        }
        let total = link.bytes.fetch_add(n as u64, Ordering::SeqCst) + n as u64;
        let cut = {
            let mut cuts = link.cuts.lock().expect("lock");
            if cuts.first().is_some_and(|c| total >= *c) {
                cuts.remove(0);
                true
            } else {
                false
            }
        };
        if cut {
            link.cuts_done.fetch_add(1, Ordering::SeqCst);
            let _ = from.shutdown(Shutdown::Both);
            let _ = to_w.shutdown(Shutdown::Both);
            break;
        }
        if to_w.write_all(&buf[..n]).is_err() {
            break;
        }
        last = Instant::now();
    }
    let _ = to_w.shutdown(Shutdown::Write);
}

/// A proxy to `upstream`; returns its address.
fn proxy(upstream: SocketAddr, link: Arc<Link>) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
    let address = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        for (i, client) in listener.incoming().enumerate() {
            let Ok(client) = client else { continue };
            let Ok(server) = TcpStream::connect(upstream) else { continue };
            let (c2, s2) = (client.try_clone().expect("clone"), server.try_clone().expect("clone"));
            let (l1, l2) = (link.clone(), link.clone());
            std::thread::spawn(move || pump(client, server, l1, i as u64 * 2));
            std::thread::spawn(move || pump(s2, c2, l2, i as u64 * 2 + 1));
        }
    });
    address
}

fn post(agent: &ureq::Agent, address: SocketAddr, path: &str, body: &[u8]) -> Result<Vec<u8>, ureq::Error> {
    let mut response = agent.post(&format!("http://{address}{path}")).send(body)?;
    response.body_mut().with_config().limit(64 << 20).read_to_vec()
}

/// Registers `cases` cases of a few answers each and syncs them through a link with `cuts`
/// cuts; returns the bytes that crossed the link, the attempts it took and HQ's change count.
fn run(cuts: usize, cases: usize, seed: u64) -> (u64, usize, u64, u64) {
    let dir = tempfile::tempdir().expect("tmp");
    let (hq, pool, _) = common::start_hq(dir.path());
    let config = StoreConfig { site: SiteId::new("border-north"), kdf: KdfParams::FAST_INSECURE };
    let mut store = Store::create(
        &dir.path().join("device.db"),
        &UserId::new("officer-amina"),
        "device passphrase",
        &config,
    )
    .expect("store");
    for i in 0..cases {
        store
            .create_case(|c| {
                common::shared(c);
                for q in ["journey.route", "wishes.next", "about_you.languages", "family.where_last_seen"] {
                    c.interview.answers.insert(
                        q.into(),
                        Answer::new(
                            waypoint_model::EntryId::generate(),
                            AnswerState::Answered,
                            Some(AnswerValue::Text(format!("answer {i} to {q}"))),
                            Some("ar".into()),
                            Via::Interpreter,
                            Recorded::new(&UserId::new("officer-amina"), Timestamp::now()),
                        ),
                    );
                }
            })
            .expect("case");
    }
    let local_changes: u64 =
        store.unacknowledged(10_000).expect("pending").iter().map(|u| u.changes.len() as u64).sum();
    // Enroll directly (not through the link: only the sync is measured).
    let code =
        pool.with(|h| h.add_device_code("border-north", Timestamp::now().0)).expect("hub").expect("code");
    let key = SigningKey::generate();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into();
    let enrolled = common::enroll_over_http(&code, &key, |r| post(&agent, hq, "/v1/enroll", r));

    // Cut points spread over the expected traffic (about 2× the payload with HTTP overhead).
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let estimate = 600 * cases as u64;
    let mut points: Vec<u64> = (0..cuts).map(|_| rng.gen_range(200..estimate)).collect();
    points.sort_unstable();
    let link =
        Arc::new(Link { bytes: AtomicU64::new(0), cuts: Mutex::new(points), cuts_done: AtomicU64::new(0) });
    let through = proxy(hq, link.clone());

    let mut attempts = 0;
    loop {
        attempts += 1;
        assert!(attempts < 100, "sync never completed");
        let outcome = common::sync_device(
            &mut store,
            &key,
            enrolled.device,
            enrolled.hq_key,
            |limits| limits.max_bytes = BATCH,
            |frame| post(&agent, through, "/v1/sync", frame),
        )
        .expect("the store works whatever the link does");
        if let Outcome::Done { .. } = outcome {
            break;
        }
    }
    let held = pool.with(|h| h.change_count()).expect("hub").expect("count");
    assert_eq!(held, local_changes, "HQ holds every change, once");
    (link.bytes.load(Ordering::SeqCst), attempts, link.cuts_done.load(Ordering::SeqCst), held)
}

#[test]
fn sync_over_a_64_kbit_link_cut_ten_times_completes_within_1_2x_the_bytes() {
    let cases = 160;
    // The two runs are independent and mostly wait on the simulated link: run them side by side.
    let clean = std::thread::spawn(move || run(0, cases, 1));
    let (cut_bytes, attempts, cuts, _) = run(10, cases, 2);
    let (clean_bytes, clean_attempts, _, _) = clean.join().expect("clean run");
    assert_eq!(clean_attempts, 1);
    assert_eq!(cuts, 10, "every cut happened mid-sync");
    assert!(attempts > 1);
    let ratio = cut_bytes as f64 / clean_bytes as f64;
    eprintln!("poor link: uncut {clean_bytes} B, cut ×10 {cut_bytes} B ({ratio:.2}×), {attempts} attempts");
    assert!(ratio <= 1.2, "cut run used {ratio:.2}× the bytes of an uncut run");
}
