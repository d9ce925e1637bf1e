//! `waypoint-bench app`: the real app binary, started cold over a store of N cases and driven
//! through WebDriver (tauri-driver + WebKitWebDriver) as the end-to-end tests drive it.
//!
//! Figures: process start to the first interactive screen (the unlock form), unlock to the case
//! list on screen, and resident memory of the app with the web view processes it starts (WebKit
//! renders in separate processes, which count: they are the app's memory too). The start time
//! includes WebKitWebDriver launching the app, so it is an upper bound of what a person sees.

use std::io::Read;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context;
use fantoccini::{ClientBuilder, Locator};

use crate::{PASS, USER, figure, filled_store};

/// Where the app binary is: `--app`, `WAYPOINT_APP`, or beside this bench (same profile).
fn app_binary(given: Option<PathBuf>) -> Option<PathBuf> {
    given
        .or_else(|| std::env::var_os("WAYPOINT_APP").map(PathBuf::from))
        .or_else(|| std::env::current_exe().ok()?.parent().map(|d| d.join("waypoint-app")))
        .filter(|p| p.exists())
}

/// Kills a child process when dropped, so a failed run leaves nothing behind.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn wait_for_port(port: u16) -> anyhow::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    anyhow::bail!("tauri-driver did not listen on port {port}")
}

/// A virtual display when there is none (CI); the app needs one to start at all.
fn display() -> anyhow::Result<(String, Option<Guard>)> {
    if let Ok(d) = std::env::var("DISPLAY")
        && !d.is_empty()
    {
        return Ok((d, None));
    }
    // A display nobody holds (no lock file), and waiting until its socket exists: on a loaded
    // machine a fixed pause was too short and the app failed to open GTK (seen in CI).
    let number = (90..300)
        .find(|n| !Path::new(&format!("/tmp/.X{n}-lock")).exists())
        .context("no free X display number")?;
    let name = format!(":{number}");
    let xvfb = Command::new("Xvfb")
        .args([name.as_str(), "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("starting Xvfb (apt install xvfb)")?;
    let xvfb = Guard(xvfb);
    let socket = PathBuf::from(format!("/tmp/.X11-unix/X{number}"));
    let ready = (0..200).any(|_| {
        std::thread::sleep(Duration::from_millis(50));
        socket.exists()
    });
    anyhow::ensure!(ready, "Xvfb did not start on {name}");
    Ok((name, Some(xvfb)))
}

/// Resident memory (KiB) of `root` and all its descendants, from `/proc`.
fn tree_rss_kib(root: u32) -> (u64, u64) {
    let mut parents = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for e in entries.flatten() {
            let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else { continue };
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
            // The command name may hold spaces: the parent id is the second field after ')'.
            let ppid: Option<u32> =
                stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse().ok());
            if let Some(ppid) = ppid {
                parents.push((pid, ppid));
            }
        }
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let p = tree[i];
        tree.extend(parents.iter().filter(|(_, pp)| *pp == p).map(|(c, _)| *c));
        i += 1;
    }
    let rss = |pid: u32| -> u64 {
        let mut s = String::new();
        let _ = std::fs::File::open(format!("/proc/{pid}/status")).and_then(|mut f| f.read_to_string(&mut s));
        s.lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    };
    (rss(root), tree.iter().map(|p| rss(*p)).sum())
}

/// The app's process id, found by its executable.
fn app_pid(bin: &Path) -> Option<u32> {
    let want = std::fs::canonicalize(bin).ok()?;
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let pid: u32 = e.file_name().to_string_lossy().parse().ok()?;
        (std::fs::read_link(format!("/proc/{pid}/exe")).ok()? == want).then_some(pid)
    })
}

/// Runs the bench; prints a `skipped` line instead when the app or tauri-driver is missing.
pub(crate) fn app(cases: usize, given: Option<PathBuf>) -> anyhow::Result<()> {
    let Some(bin) = app_binary(given) else {
        println!("app_bench_skipped 1 (no app binary: cargo build -p waypoint-app, or pass --app)");
        return Ok(());
    };
    let driver_bin =
        std::env::var_os("TAURI_DRIVER").map_or_else(|| PathBuf::from("tauri-driver"), PathBuf::from);

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

    let (display, _xvfb) = display()?;
    let port = free_port()?;
    // Its own port for WebKitWebDriver too: the default (4445) may be taken by another run.
    let native_port = free_port()?;
    let driver = Command::new(&driver_bin)
        .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
        .args(["--native-driver", "/usr/bin/WebKitWebDriver"])
        .env("DISPLAY", &display)
        .env("WAYPOINT_DATA_DIR", dir.path())
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("starting {} (cargo install tauri-driver)", driver_bin.display()))?;
    let _driver = Guard(driver);
    wait_for_port(port)?;

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let mut caps = serde_json::Map::new();
        caps.insert("tauri:options".into(), serde_json::json!({ "application": bin }));
        let started = Instant::now();
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .context("WebDriver session")?;
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

        let pid = app_pid(&bin).context("app process not found")?;
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
    })
}
