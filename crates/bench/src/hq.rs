//! `waypoint-bench hq`: HQ ingest (DESIGN §7: ≥ 10k changes/s on SQLite, the same or better
//! on PostgreSQL with 4 workers). Many devices, each a thread with its own site and HTTP
//! connection, sync at once through the real server on loopback. Their requests are built
//! as a device builds them — new cases as one compacted document, later edits change by
//! change, cut into batches of `BATCH_BYTES`, signed, each request's cursor from the
//! previous reply — but from Automerge documents made beforehand, so that the time measured
//! is HQ's and the link's, not the device stores'.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use automerge::ActorId;
use waypoint_harness::postgres::{ScratchError, ScratchPostgres};
use waypoint_hq::{Database, HubPool};
use waypoint_model::{
    Answer, AnswerState, AnswerValue, Case, CaseDoc, CaseId, EntryId, Recorded, ShortCode, SiteId, Timestamp,
    UserId, Via,
};
use waypoint_sync::device::{BATCH_BYTES, Pending, Round, authenticated, fitting, request};
use waypoint_sync::signing::{SigningKey, VerifyingKey};
use waypoint_sync::wire::{CaseKey, Change, DeviceKey, Message};

use crate::figure;

/// Which backends to measure.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Backends {
    Sqlite,
    Postgres,
    Both,
}

/// One simulated device: its key, and what it sends in each phase.
struct Device {
    key: SigningKey,
    id: DeviceKey,
    /// HQ's key, learnt at enrollment: the device checks every answer with it.
    hq: VerifyingKey,
    /// New cases, each as one whole document (as a device sends a case HQ never acknowledged).
    first: Vec<Pending>,
    /// Later edits of the same cases, change by change.
    second: Vec<Pending>,
}

/// What one device saw.
#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    errors: u64,
}

fn text(device: usize, case: usize, q: usize) -> String {
    format!("answer {q} of case {case} on device {device}: a sentence as an interpreter would type it")
}

/// A case as a device makes it — a real case document under `id`, registered and then given
/// `answers` answers (one change each) — then `answers` more edits: (the document as first
/// sent, the later changes). HQ refuses what does not read as a case under its own id.
fn case(
    id: &CaseId,
    site: &SiteId,
    device: usize,
    case: usize,
    answers: usize,
    user: &UserId,
) -> anyhow::Result<(Vec<u8>, Vec<Vec<u8>>)> {
    let mut rng = rand::thread_rng();
    let now = Timestamp::now();
    let mut opened = Case::open(id.clone(), ShortCode::generate(&mut rng), site.clone(), user, now);
    // Shared with HQ by the person's consent: HQ takes no case without it.
    opened.consent_given(EntryId::generate(), waypoint_model::ConsentPurpose::SharingWithHq);
    let mut doc = CaseDoc::create(&opened, ActorId::random(), user, now)?;
    let answer = |text: String| {
        Answer::new(
            EntryId::generate(),
            AnswerState::Answered,
            Some(AnswerValue::Text(text)),
            Some("ar".into()),
            Via::Interpreter,
            Recorded::new(user, now),
        )
    };
    for q in 0..answers {
        doc.edit(user, now, |c| {
            c.interview.answers.insert(format!("q{q:02}"), answer(text(device, case, q)));
        })?;
    }
    let first = doc.save();
    let heads = doc.heads();
    for q in 0..answers {
        doc.edit(user, now, |c| {
            c.interview
                .answers
                .insert(format!("q{q:02}"), answer(format!("{} (revised)", text(device, case, q))));
        })?;
    }
    let later = doc.automerge().get_changes(&heads).into_iter().map(|c| c.raw_bytes().to_vec()).collect();
    Ok((first, later))
}

/// A device's HTTPS client, trusting only HQ's certificate (as after enrollment).
pub(crate) fn agent(hq: &Hq) -> anyhow::Result<ureq::Agent> {
    let config = ureq::Agent::config_builder().http_status_as_error(false).build();
    Ok(waypoint_tls::agent(waypoint_tls::Trust::Pinned(hq.fingerprint), config)?.0)
}

/// HQ served over HTTPS on loopback: its address and its certificate's fingerprint.
pub(crate) struct Hq {
    pub(crate) address: SocketAddr,
    pub(crate) fingerprint: waypoint_tls::Fingerprint,
}

/// Serves `pool` over HTTPS (a certificate made for the run) on a free loopback port, in a
/// thread of its own, as `waypoint-hq serve` does.
pub(crate) fn serve(pool: HubPool) -> anyhow::Result<(Hq, Arc<HubPool>)> {
    let certificate = waypoint_tls::HqCertificate::make(vec!["localhost".into()])?;
    let fingerprint = certificate.fingerprint();
    let config = certificate.server_config()?;
    let pool = Arc::new(pool.presenting(fingerprint));
    let app = waypoint_hq::server::router(pool.clone());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || -> anyhow::Result<()> {
        let runtime = tokio::runtime::Runtime::new()?;
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
            tx.send(listener.local_addr()?)?;
            let listener = waypoint_hq::TlsListener::new(listener, config)?;
            axum::serve(listener, app).await?;
            anyhow::Ok(())
        })
    });
    Ok((Hq { address: rx.recv()?, fingerprint }, pool))
}

/// Sends the device's two phases, batch by batch; returns the latency of each request.
fn run_device(hq: &Hq, device: Device) -> Tally {
    let address = hq.address;
    let mut tally = Tally::default();
    // A client of its own, as each device has (its own TLS connection).
    let Ok(agent) = agent(hq) else {
        tally.errors += 1;
        return tally;
    };
    let mut cursor = 0u64;
    for phase in [device.first, device.second] {
        let mut rest = phase.as_slice();
        while !rest.is_empty() {
            let n = fitting(rest, BATCH_BYTES);
            let round = Round {
                device: device.id,
                cursor,
                pending: rest[..n].to_vec(),
                erased: Vec::new(),
                figures: Vec::new(),
            };
            rest = &rest[n..];
            let nonce: [u8; 16] = rand::random();
            let frame = request(&device.key, round, nonce, waypoint_model::Timestamp::now().0);
            let sent = Instant::now();
            let answer =
                agent.post(&format!("https://{address}/v1/sync")).send(&frame[..]).and_then(|mut r| {
                    Ok((r.status().as_u16(), r.body_mut().with_config().limit(64 << 20).read_to_vec()?))
                });
            tally.latencies.push(sent.elapsed());
            match answer {
                Ok((200, body)) => match authenticated(&device.hq, &nonce, &device.id, &body) {
                    Ok(Message::Reply(reply)) if reply.rejected.is_empty() && reply.acks.len() == n => {
                        cursor = reply.cursor;
                    }
                    _ => tally.errors += 1,
                },
                _ => tally.errors += 1,
            }
        }
    }
    tally
}

/// The figures of one backend.
struct Figures {
    changes_per_s: f64,
    p99_ms: f64,
    errors: u64,
}

fn measure(
    database: &Database,
    workers: usize,
    devices: usize,
    cases_per_device: usize,
    answers: usize,
) -> anyhow::Result<Figures> {
    let (hq, pool) = serve(HubPool::new(database.open_pool(workers).context("open hq")?))?;
    let agent = agent(&hq)?;
    let address = hq.address;
    let mut simulated = Vec::with_capacity(devices);
    for d in 0..devices {
        let site = format!("site-{d:03}");
        let user = format!("officer-{d:03}");
        let code = pool.with(|h| h.add_device_code(&site, Timestamp::now().0)).context("hub")??;
        let key = SigningKey::generate();
        let enrolled =
            waypoint_sync::enrollment::enroll(&code, &key.verifying_key(), hq.fingerprint, |request| {
                agent.post(&format!("https://{address}/v1/enroll")).send(request)?.body_mut().read_to_vec()
            })??;
        let (mut first, mut second) = (Vec::new(), Vec::new());
        for c in 0..cases_per_device {
            let id = CaseId::generate();
            let case_id = CaseKey(id.uuid_bytes().context("a generated id is a UUID")?);
            let (whole, later) = case(&id, &SiteId::new(&site), d, c, answers, &UserId::new(&user))?;
            first.push(Pending { case: case_id, changes: vec![Change { user: user.clone(), bytes: whole }] });
            second.push(Pending {
                case: case_id,
                changes: later.into_iter().map(|bytes| Change { user: user.clone(), bytes }).collect(),
            });
        }
        simulated.push(Device { key, id: enrolled.device, hq: enrolled.hq_key, first, second });
    }
    let expected = (devices * cases_per_device * (2 * answers + 1)) as u64;
    let start = Instant::now();
    let tallies: Vec<Tally> = std::thread::scope(|s| {
        let running: Vec<_> =
            simulated.into_iter().map(|device| s.spawn(|| run_device(&hq, device))).collect();
        running.into_iter().map(|h| h.join().unwrap_or_default()).collect()
    });
    let seconds = start.elapsed().as_secs_f64();
    let mut latencies: Vec<Duration> = tallies.iter().flat_map(|t| t.latencies.iter().copied()).collect();
    latencies.sort();
    let mut errors: u64 = tallies.iter().map(|t| t.errors).sum();
    let held = pool.with(|h| h.change_count()).context("hub")??;
    if held != expected {
        eprintln!("HQ holds {held} changes, {expected} expected");
        errors += 1;
    }
    Ok(Figures {
        changes_per_s: expected as f64 / seconds,
        p99_ms: crate::percentile(&latencies, 99.0),
        errors,
    })
}

pub(crate) fn report(
    backends: Backends,
    devices: usize,
    cases_per_device: usize,
    answers: usize,
    workers: usize,
) -> anyhow::Result<()> {
    figure("hq_devices", devices as f64, "count");
    figure("hq_changes", (devices * cases_per_device * (2 * answers + 1)) as f64, "count");
    let run = |name: &str, database: &Database, workers: usize| -> anyhow::Result<()> {
        let f = measure(database, workers, devices, cases_per_device, answers)?;
        figure(&format!("hq_{name}_workers"), workers as f64, "count");
        figure(&format!("hq_{name}_changes_per_s"), f.changes_per_s, "changes/s");
        figure(&format!("hq_{name}_p99_sync_ms"), f.p99_ms, "ms");
        figure(&format!("hq_{name}_errors"), f.errors as f64, "count");
        Ok(())
    };
    if backends != Backends::Postgres {
        let dir = tempfile::tempdir()?;
        run("sqlite", &Database::Sqlite(dir.path().join("hq.db")), 1)?;
    }
    if backends != Backends::Sqlite {
        // Durable like production (fsync on), as SQLite is (synchronous = FULL).
        match ScratchPostgres::start_unless_missing(true)? {
            Some(pg) => {
                let url = pg.create_database("hq")?;
                run("postgres", &Database::parse(&url, None)?, workers)?;
            }
            None => println!("hq postgres skipped: {}", ScratchError::Missing),
        }
    }
    Ok(())
}
