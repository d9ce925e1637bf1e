//! `waypoint-bench sync`: cases edited offline on a device, then one reconnect to a real
//! `waypoint-hq` on loopback (an offline day caught up): wall time, bytes each way, round trips.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use anyhow::Context;
use waypoint_model::{Answer, AnswerState, AnswerValue, Recorded, SiteId, Timestamp, UserId, Via};
use waypoint_store::{KdfParams, Store, StoreConfig, Workers};
use waypoint_sync::device::{DeviceSync, Limits, Outcome};
use waypoint_sync::signing::SigningKey;

use crate::figure;

/// The figures of one sync.
pub(crate) struct Figures {
    pub(crate) seconds: f64,
    pub(crate) bytes_up: u64,
    pub(crate) bytes_down: u64,
    pub(crate) round_trips: u64,
}

fn answer(i: usize, q: usize) -> Answer {
    Answer::new(
        waypoint_model::EntryId::generate(),
        AnswerState::Answered,
        Some(AnswerValue::Text(format!(
            "answer {q} of case {i}: a sentence as an interpreter would type it"
        ))),
        Some("ar".into()),
        Via::Interpreter,
        Recorded::new(&UserId::new("officer-amina"), Timestamp::now()),
    )
}

pub(crate) fn run(cases: usize, answers: usize) -> anyhow::Result<Figures> {
    let dir = tempfile::tempdir()?;
    let stores = waypoint_hq::Database::Sqlite(dir.path().join("hq.db")).open_pool(1).context("open hq")?;
    let (hq, state) = crate::hq::serve(waypoint_hq::HubPool::new(stores))?;
    let address = hq.address;

    // Offline: every case registered, then answered one question at a time (one change each,
    // as the app autosaves).
    let config = StoreConfig { site: SiteId::new("border-north"), kdf: KdfParams::FAST_INSECURE };
    let mut store = Store::create(
        &dir.path().join("device.db"),
        &UserId::new("officer-amina"),
        "bench passphrase",
        &config,
    )?;
    for i in 0..cases {
        // Shared with HQ by the person's consent: without it a case never leaves the device.
        let id = store.create_case(|c| {
            c.consent_given(
                waypoint_model::EntryId::generate(),
                waypoint_model::ConsentPurpose::SharingWithHq,
            )
        })?;
        for q in 0..answers {
            store.edit_case(&id, |c| {
                c.interview.answers.insert(format!("q{q:02}"), answer(i, q));
            })?;
        }
    }

    let agent = crate::hq::agent(&hq)?;
    let code = state
        .with(|h| h.add_device_code("border-north", Timestamp::now().0))
        .ok_or_else(|| anyhow::anyhow!("hub"))??;
    let key = SigningKey::generate();
    let enrolled =
        waypoint_sync::enrollment::enroll(&code, &key.verifying_key(), hq.fingerprint, |request| {
            agent.post(&format!("https://{address}/v1/enroll")).send(request)?.body_mut().read_to_vec()
        })??;

    let up = AtomicU64::new(0);
    let down = AtomicU64::new(0);
    let trips = AtomicU64::new(0);
    let waiting = AtomicU64::new(0);
    let start = Instant::now();
    let outcome = waypoint_session::hq_link::sync_store(
        &mut store,
        DeviceSync::new(enrolled.device, key, enrolled.hq_key, Limits::default()),
        Workers::available(),
        |frame| -> Result<Vec<u8>, ureq::Error> {
            up.fetch_add(frame.len() as u64, Ordering::Relaxed);
            trips.fetch_add(1, Ordering::Relaxed);
            let sent = Instant::now();
            let body = agent
                .post(&format!("https://{address}/v1/sync"))
                .send(frame)?
                .body_mut()
                .with_config()
                .limit(64 << 20)
                .read_to_vec()?;
            down.fetch_add(body.len() as u64, Ordering::Relaxed);
            waiting.fetch_add(sent.elapsed().as_micros() as u64, Ordering::Relaxed);
            Ok(body)
        },
        || Timestamp::now().0,
        &mut rand::rngs::OsRng,
    )
    .map_err(|e| anyhow::anyhow!("sync failed: {e}"))?;
    let seconds = start.elapsed().as_secs_f64();
    if std::env::var_os("WAYPOINT_BENCH_SPANS").is_some() {
        let hq = waiting.load(Ordering::Relaxed) as f64 / 1e6;
        eprintln!("span hq_and_link {hq:.3} s, device {:.3} s", seconds - hq);
    }
    anyhow::ensure!(matches!(outcome, Outcome::Done { .. }), "sync did not finish: {outcome:?}");
    let held = state.with(|h| h.change_count()).ok_or_else(|| anyhow::anyhow!("hub"))??;
    anyhow::ensure!(held == (cases * (answers + 1)) as u64, "HQ holds {held} changes");
    Ok(Figures {
        seconds,
        bytes_up: up.load(Ordering::Relaxed),
        bytes_down: down.load(Ordering::Relaxed),
        round_trips: trips.load(Ordering::Relaxed),
    })
}

pub(crate) fn report(cases: usize, answers: usize, peer: bool) -> anyhow::Result<()> {
    let ours = run(cases, answers)?;
    figure("sync_cases", cases as f64, "count");
    figure("sync_changes", (cases * (answers + 1)) as f64, "count");
    figure("sync_seconds", ours.seconds, "s");
    figure("sync_bytes_up", ours.bytes_up as f64, "bytes");
    figure("sync_bytes_down", ours.bytes_down as f64, "bytes");
    figure("sync_round_trips", ours.round_trips as f64, "count");
    if !peer {
        println!("automerge-repo comparison skipped: --no-peer");
        return Ok(());
    }
    let theirs = match automerge_repo(cases, answers)? {
        Peer::Ran(figures) => figures,
        Peer::Unavailable(why) => {
            println!("automerge-repo comparison skipped: {why}");
            return Ok(());
        }
    };
    figure("automerge_repo_sync_time", theirs.seconds, "s");
    figure("automerge_repo_bytes_up", theirs.bytes_up as f64, "bytes");
    figure("automerge_repo_bytes_down", theirs.bytes_down as f64, "bytes");
    let ratio = |ours: f64, theirs: f64| if theirs > 0.0 { ours / theirs } else { f64::NAN };
    println!("time_ratio_vs_automerge_repo {:.3}", ratio(ours.seconds, theirs.seconds));
    println!(
        "bytes_ratio_vs_automerge_repo {:.3}",
        ratio((ours.bytes_up + ours.bytes_down) as f64, (theirs.bytes_up + theirs.bytes_down) as f64)
    );
    Ok(())
}

/// The comparison peer's figures (`automerge_repo_*` lines), or why it could not run.
enum Peer {
    Ran(Figures),
    Unavailable(String),
}

/// Runs the same edits and reconnect through automerge-repo (`peers/automerge-repo/sync.mjs`,
/// with Node). Missing Node or packages is not an error: the comparison is skipped, saying why.
fn automerge_repo(cases: usize, answers: usize) -> anyhow::Result<Peer> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("peers/automerge-repo");
    let node = std::env::var_os("NODE").unwrap_or_else(|| "node".into());
    match std::process::Command::new(&node).arg("--version").output() {
        Ok(out) if out.status.success() => {}
        _ => return Ok(Peer::Unavailable("node is not installed (Node 20 or later is needed)".into())),
    }
    if !dir.join("node_modules/@automerge/automerge-repo").is_dir() {
        return Ok(Peer::Unavailable(format!(
            "its packages are not installed (run `npm ci` in {})",
            dir.display()
        )));
    }
    let out = std::process::Command::new(&node)
        .current_dir(&dir)
        .args(["sync.mjs", "--cases", &cases.to_string(), "--answers", &answers.to_string()])
        .stderr(std::process::Stdio::inherit())
        .output()
        .context("run node")?;
    anyhow::ensure!(out.status.success(), "the automerge-repo peer failed ({})", out.status);
    let text = String::from_utf8_lossy(&out.stdout);
    let value = |metric: &str| -> anyhow::Result<f64> {
        text.lines()
            .filter_map(|l| l.strip_prefix(metric)?.split_whitespace().next()?.parse::<f64>().ok())
            .next()
            .with_context(|| format!("the automerge-repo peer printed no {metric}"))
    };
    Ok(Peer::Ran(Figures {
        seconds: value("automerge_repo_sync_time ")?,
        bytes_up: value("automerge_repo_bytes_up ")? as u64,
        bytes_down: value("automerge_repo_bytes_down ")? as u64,
        round_trips: 0,
    }))
}
