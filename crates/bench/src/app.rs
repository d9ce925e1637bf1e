//! `waypoint-bench app`: the real app binary, started cold over a store of N cases and driven
//! through WebDriver (WebKitWebDriver) as the end-to-end tests drive it.
//!
//! Figures: process start to the first interactive screen (the unlock form), unlock to the case
//! list on screen, and resident memory of the app with the web view processes it starts (WebKit
//! renders in separate processes, which count: they are the app's memory too). The start time
//! includes WebKitWebDriver launching the app, so it is an upper bound of what a person sees.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use fantoccini::{ClientBuilder, Locator};
use waypoint_harness::display::VirtualDisplay;
use waypoint_harness::webdriver::WebDriverServer;

use crate::{PASS, USER, figure, filled_store};

/// Where the app binary is: `--app`, `WAYPOINT_APP`, or beside this bench (same profile).
fn app_binary(given: Option<PathBuf>) -> Option<PathBuf> {
    given
        .or_else(|| std::env::var_os("WAYPOINT_APP").map(PathBuf::from))
        .or_else(|| std::env::current_exe().ok()?.parent().map(|d| d.join("waypoint-app")))
        .filter(|p| p.exists())
}

/// Resident memory (KiB) of `root`, and of `root` with all its descendants, from `/proc`.
fn tree_rss_kib(root: u32) -> (u64, u64) {
    let parents: Vec<(u32, u32)> = waypoint_harness::processes().iter().map(|p| (p.pid, p.ppid)).collect();
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let p = tree[i];
        tree.extend(parents.iter().filter(|(_, pp)| *pp == p).map(|(c, _)| *c));
        i += 1;
    }
    let rss = |pid: u32| -> u64 {
        let mut s = String::new();
        // A process that exited meanwhile holds no memory: 0 is its true figure.
        let _ = std::fs::File::open(format!("/proc/{pid}/status")).and_then(|mut f| f.read_to_string(&mut s));
        s.lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    };
    (rss(root), tree.iter().map(|p| rss(*p)).sum())
}

/// Runs the bench; prints a `skipped` line instead when the app or WebKitWebDriver is missing.
pub(crate) fn app(cases: usize, given: Option<PathBuf>) -> anyhow::Result<()> {
    let Some(bin) = app_binary(given) else {
        println!("app_bench_skipped 1 (no app binary: cargo build -p waypoint-app, or pass --app)");
        return Ok(());
    };
    if !waypoint_harness::webdriver::webkit_webdriver().exists() {
        println!(
            "app_bench_skipped 1 (no WebKitWebDriver: apt install webkit2gtk-driver, or set WEBKIT_WEBDRIVER)"
        );
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let (store, _) = filled_store(dir.path(), cases, 11)?;
    drop(store);
    // The app opens `cases.db` in its data directory.
    for suffix in ["", ".keys", "-wal", "-shm"] {
        let from = dir.path().join(format!("bench.db{suffix}"));
        if from.exists() {
            std::fs::rename(&from, dir.path().join(format!("cases.db{suffix}")))?;
        }
    }

    // A display of its own unless one is given; the driver, the app it launches and their
    // web processes in one process group, stopped together however the bench ends.
    let _xvfb;
    let display = match std::env::var("DISPLAY") {
        Ok(d) if !d.is_empty() => d,
        _ => {
            let xvfb = VirtualDisplay::start(1280, 800)?;
            let name = xvfb.name.clone();
            _xvfb = xvfb;
            name
        }
    };
    let driver = WebDriverServer::start(&[
        ("DISPLAY", Path::new(&display)),
        ("WAYPOINT_DATA_DIR", dir.path()),
        ("RUST_LOG", Path::new("warn")),
    ])?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let started = Instant::now();
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(WebDriverServer::capabilities(&bin))
            .connect(&driver.url)
            .await
            .with_context(|| format!("a WebDriver session at {} launching {}", driver.url, bin.display()))?;
        let css = |s: &'static str| Locator::Css(s);
        client
            .wait()
            .at_most(Duration::from_secs(60))
            .for_element(css("[data-testid=\"unlock-form\"]"))
            .await?;
        figure("app_start_to_unlock_screen", started.elapsed().as_secs_f64() * 1000.0, "ms");

        client.find(css("[data-testid=\"unlock-user\"]")).await?.send_keys(USER).await?;
        client.find(css("[data-testid=\"unlock-passphrase\"]")).await?.send_keys(PASS).await?;
        let unlocking = Instant::now();
        client.find(css("[data-testid=\"unlock-submit\"]")).await?.click().await?;
        client.wait().at_most(Duration::from_secs(60)).for_element(css("[data-testid=\"case-row\"]")).await?;
        figure("app_unlock_to_case_list", unlocking.elapsed().as_secs_f64() * 1000.0, "ms");
        figure("app_start_to_case_list", started.elapsed().as_secs_f64() * 1000.0, "ms");
        figure("app_store_cases", cases as f64, "cases");

        let pid = *driver.app_processes(&bin).first().context("app process not found")?;
        let (own, total) = tree_rss_kib(pid);
        figure("app_rss_app_process", own as f64 / 1024.0, "MB");
        figure("app_rss_with_web_view", total as f64 / 1024.0, "MB");

        client.find(css("[data-testid=\"case-row\"]")).await?.click().await?;
        client
            .wait()
            .at_most(Duration::from_secs(60))
            .for_element(css("[data-testid=\"registration\"]"))
            .await?;
        let (_, total) = tree_rss_kib(pid);
        figure("app_rss_with_a_case_open", total as f64 / 1024.0, "MB");
        client.close().await?;
        anyhow::Ok(())
    })?;
    driver.stop()?;
    Ok(())
}
