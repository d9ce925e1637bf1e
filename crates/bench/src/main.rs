//! `waypoint-bench`: performance figures for the targets of DESIGN §7, one per line as
//! `<metric> <value> <unit>`, so that a closing note or CI log can quote them directly.

mod app;
mod family_tracing;
mod hq;
mod offline_reconnect;

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::{Parser, Subcommand};
use rand::{Rng, SeedableRng};
use waypoint_model::{Answer, AnswerState, AnswerValue, CaseId, Recorded, Timestamp, UserId, Via};
use waypoint_store::{KdfParams, Store, StoreConfig};

#[derive(Parser)]
#[command(name = "waypoint-bench", about = "Waypoint benchmarks (one figure a line)")]
struct Cli {
    #[command(subcommand)]
    bench: Bench,
}

#[derive(Subcommand)]
enum Bench {
    /// One answer edit until durable, on a store with many cases, against a bare SQLite upsert.
    Autosave {
        /// Cases in the store.
        #[arg(long, default_value_t = 10_000)]
        cases: usize,
        /// Edits measured.
        #[arg(long, default_value_t = 1_000)]
        edits: usize,
    },
    /// Cross-script name search over many cases.
    Search {
        /// Cases in the store.
        #[arg(long, default_value_t = 100_000)]
        cases: usize,
        /// Queries measured.
        #[arg(long, default_value_t = 500)]
        queries: usize,
    },
    /// Tracing candidates for sought persons against a large population.
    Tracing {
        /// Persons in the population.
        #[arg(long, default_value_t = 1_000_000)]
        persons: usize,
        /// Labelled queries measured.
        #[arg(long, default_value_t = 1_000)]
        queries: usize,
        /// Spellings the population is drawn from: `held-out` (never used to tune the matcher)
        /// or `tuning` (used to study its errors, so optimistic).
        #[arg(long, value_enum, default_value_t = Variants::HeldOut)]
        variants: Variants,
    },
    /// The real app, cold: start to the first interactive screen, unlock to the case list, and
    /// resident memory, over a store of many cases (needs WebKitWebDriver and Xvfb).
    App {
        /// Cases in the store.
        #[arg(long, default_value_t = 10_000)]
        cases: usize,
        /// The app binary (default: `WAYPOINT_APP`, or `waypoint-app` beside this bench).
        #[arg(long)]
        app: Option<std::path::PathBuf>,
    },
    /// Cases edited offline, then one reconnect to headquarters on loopback.
    Sync {
        /// Cases.
        #[arg(long, default_value_t = 1_000)]
        cases: usize,
        /// Answers per case (one change each).
        #[arg(long, default_value_t = 40)]
        answers: usize,
        /// Skip the same run through automerge-repo (`crates/bench/peers/automerge-repo`).
        #[arg(long)]
        no_peer: bool,
    },
    /// HQ ingest: many devices syncing at once through the real server on loopback, on SQLite
    /// and on a throwaway PostgreSQL (Debian's binaries).
    Hq {
        /// `sqlite`, `postgres` or `both`.
        #[arg(long, value_enum, default_value_t = hq::Backends::Both)]
        backend: hq::Backends,
        /// Devices syncing at once (each its own site).
        #[arg(long, default_value_t = 50)]
        devices: usize,
        /// New cases each device sends.
        #[arg(long, default_value_t = 20)]
        cases_per_device: usize,
        /// Answers per case (one change each) before the first sync, and as many after it.
        #[arg(long, default_value_t = 20)]
        answers: usize,
        /// Requests HQ serves at once on PostgreSQL.
        #[arg(long, default_value_t = 4)]
        workers: usize,
    },
    /// Unlocking a store and listing its cases.
    Open {
        /// Cases in the store.
        #[arg(long, default_value_t = 10_000)]
        cases: usize,
    },
}

/// Labelled spelling sets for `waypoint-bench tracing`.
#[derive(Clone, Copy, clap::ValueEnum)]
enum Variants {
    /// Never used to tune the matcher.
    HeldOut,
    /// Used to study the matcher's errors.
    Tuning,
}

const USER: &str = "bench-admin";
const PASS: &str = "benchmark passphrase";

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    println!("cores {} count", std::thread::available_parallelism().map_or(1, |n| n.get()));
    match cli.bench {
        Bench::Autosave { cases, edits } => autosave(cases, edits),
        Bench::Search { cases, queries } => search(cases, queries),
        Bench::Open { cases } => open(cases),
        Bench::App { cases, app } => app::app(cases, app),
        Bench::Sync { cases, answers, no_peer } => offline_reconnect::report(cases, answers, !no_peer),
        Bench::Hq { backend, devices, cases_per_device, answers, workers } => {
            hq::report(backend, devices, cases_per_device, answers, workers)
        }
        Bench::Tracing { persons, queries, variants } => {
            let set = match variants {
                Variants::HeldOut => waypoint_synth::population::VariantSet::HeldOut,
                Variants::Tuning => waypoint_synth::population::VariantSet::Tuning,
            };
            family_tracing::run(persons, queries, set)
        }
    }
}

/// Prints a figure in the agreed format.
fn figure(metric: &str, value: f64, unit: &str) {
    println!("{metric} {value:.3} {unit}");
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)].as_secs_f64() * 1000.0
}

/// A store filled with `cases` synthetic registered cases (and every tenth one full).
fn filled_store(dir: &Path, cases: usize, seed: u64) -> anyhow::Result<(Store, Vec<CaseId>)> {
    let path = dir.join("bench.db");
    let config =
        StoreConfig { site: waypoint_model::SiteId::new("border-north"), kdf: KdfParams::FAST_INSECURE };
    let mut store = Store::create(&path, &UserId::new(USER), PASS, &config)?;
    let mut generator =
        waypoint_synth::Generator::new(rand::rngs::StdRng::seed_from_u64(seed), Timestamp::now());
    let mut ids = Vec::with_capacity(cases);
    let started = Instant::now();
    let mut batch = Vec::with_capacity(1000);
    for i in 0..cases {
        let case = if i % 10 == 0 { generator.full_case() } else { generator.registered_case() };
        ids.push(case.id.clone());
        batch.push(case);
        if batch.len() == 1000 {
            store.insert_cases(&batch, Timestamp::now())?;
            batch.clear();
        }
    }
    store.insert_cases(&batch, Timestamp::now())?;
    figure("setup_cases", cases as f64, "cases");
    figure("setup_time", started.elapsed().as_secs_f64(), "s");
    Ok((store, ids))
}

/// Cases an officer has open at once on a device (interviews in progress, the list around them).
const OPEN_CASES: usize = 16;

fn autosave(cases: usize, edits: usize) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let (mut store, ids) = filled_store(dir.path(), cases, 1)?;
    let mut rng = rand::rngs::StdRng::seed_from_u64(2);
    let user = UserId::new(USER);
    // Answers go to cases that are open on screen; opening them is not part of an autosave.
    let open: Vec<CaseId> = (0..OPEN_CASES).map(|_| ids[rng.gen_range(0..ids.len())].clone()).collect();
    for id in &open {
        store.case(id)?;
    }
    let answer = |store: &mut Store, id: &CaseId, i: usize, rng: &mut rand::rngs::StdRng| {
        let answer = Answer::new(
            waypoint_model::EntryId::generate(),
            AnswerState::Answered,
            Some(AnswerValue::Text(format!("answer number {i} given through the interpreter"))),
            Some("ar".into()),
            Via::Interpreter,
            Recorded::new(&user, Timestamp::now()),
        );
        let question = format!("q.{}", rng.gen_range(0..40));
        let t = Instant::now();
        store.edit_case(id, |c| {
            c.interview.answers.insert(question, answer);
        })?;
        anyhow::Ok(t.elapsed())
    };
    let mut times = Vec::with_capacity(edits);
    let mut change_sizes = Vec::with_capacity(edits);
    for i in 0..edits {
        let id = &open[rng.gen_range(0..open.len())];
        times.push(answer(&mut store, id, i, &mut rng)?);
        change_sizes.push(
            store
                .connection()
                .query_row("SELECT length(bytes) FROM changes ORDER BY seq DESC LIMIT 1", [], |r| {
                    r.get::<_, i64>(0)
                })
                .unwrap_or(0),
        );
    }
    times.sort();
    figure("autosave_p50", percentile(&times, 50.0), "ms");
    figure("autosave_p99", percentile(&times, 99.0), "ms");

    // The first edit of a case that is not in memory also loads it.
    let mut cold = Vec::with_capacity(edits / 5);
    for i in 0..edits / 5 {
        let id = ids[rng.gen_range(0..ids.len())].clone();
        cold.push(answer(&mut store, &id, i, &mut rng)?);
    }
    cold.sort();
    figure("autosave_cold_p50", percentile(&cold, 50.0), "ms");
    figure("autosave_cold_p99", percentile(&cold, 99.0), "ms");

    // The same bytes through a bare upsert on the same connection and settings.
    let conn = store.connection();
    conn.execute_batch("CREATE TABLE IF NOT EXISTS bench_baseline (k TEXT PRIMARY KEY, v BLOB NOT NULL)")?;
    let mut base = Vec::with_capacity(edits);
    for (i, size) in change_sizes.iter().enumerate() {
        let bytes = vec![(i % 251) as u8; usize::try_from(*size).unwrap_or(0)];
        let key = ids[i % ids.len()].as_str();
        let t = Instant::now();
        let tx = conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO bench_baseline (k, v) VALUES (?1, ?2) ON CONFLICT (k) DO UPDATE SET v = excluded.v",
            rusqlite::params![key, bytes],
        )?;
        tx.commit()?;
        base.push(t.elapsed());
    }
    base.sort();
    figure("baseline_p50", percentile(&base, 50.0), "ms");
    figure("baseline_p99", percentile(&base, 99.0), "ms");
    let mean_change = change_sizes.iter().sum::<i64>() as f64 / change_sizes.len().max(1) as f64;
    figure("change_size_mean", mean_change, "bytes");
    Ok(())
}

fn search(cases: usize, queries: usize) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let (store, _) = filled_store(dir.path(), cases, 3)?;
    // Queries typed in another script or spelling than the one stored.
    let mut rng = rand::rngs::StdRng::seed_from_u64(4);
    let mut times = Vec::with_capacity(queries);
    let mut by_kind: [Vec<Duration>; 3] = Default::default();
    let mut found = 0usize;
    for _ in 0..queries {
        let given = waypoint_synth::GIVEN_NAMES[rng.gen_range(0..waypoint_synth::GIVEN_NAMES.len())];
        let family = waypoint_synth::FAMILY_NAMES[rng.gen_range(0..waypoint_synth::FAMILY_NAMES.len())];
        let kind = rng.gen_range(0..3);
        let query = match kind {
            0 => given.latin.to_string(),
            1 => given.native.to_string(),
            _ => format!("{} {}", given.latin, family.latin),
        };
        let t = Instant::now();
        let hits = store.search(&query, 20).context("search")?;
        times.push(t.elapsed());
        by_kind[kind].push(t.elapsed());
        found += usize::from(!hits.is_empty());
    }
    times.sort();
    figure("search_p50", percentile(&times, 50.0), "ms");
    figure("search_p95", percentile(&times, 95.0), "ms");
    for (kind, mut t) in ["latin_given", "native_given", "latin_full"].into_iter().zip(by_kind) {
        t.sort();
        figure(&format!("search_{kind}_p95"), percentile(&t, 95.0), "ms");
    }
    figure("search_queries_with_hits", found as f64 / queries.max(1) as f64, "ratio");
    Ok(())
}

fn open(cases: usize) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let (store, _) = filled_store(dir.path(), cases, 5)?;
    drop(store);
    let path = dir.path().join("bench.db");
    let t = Instant::now();
    let store = Store::open(&path, &UserId::new(USER), PASS)?;
    let list = store.list_cases(cases)?;
    figure("open_and_list", t.elapsed().as_secs_f64() * 1000.0, "ms");
    figure("listed_cases", list.len() as f64, "cases");
    // The passphrase derivation a real device pays on unlock (Argon2id, strong parameters).
    let strong = dir.path().join("strong.db");
    let config = StoreConfig { site: waypoint_model::SiteId::new("s"), kdf: KdfParams::STRONG };
    drop(Store::create(&strong, &UserId::new(USER), PASS, &config)?);
    let t = Instant::now();
    drop(Store::open(&strong, &UserId::new(USER), PASS)?);
    figure("unlock_strong_kdf", t.elapsed().as_secs_f64() * 1000.0, "ms");
    Ok(())
}
