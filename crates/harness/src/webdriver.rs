//! WebKitWebDriver, the WebDriver server of WebKitGTK, which drives the app's web view.
//!
//! It is started directly, on port 0, rather than through `tauri-driver`: on Linux
//! `tauri-driver` only renames `tauri:options` to `webkitgtk:browserOptions` and forwards every
//! request, yet it needs its own port and the native driver's picked beforehand, answers before
//! the native driver listens (a session request then fails: the CI failure of 2026-12-07), and
//! when killed leaves the native driver (SIGKILL) or the app (SIGTERM) running. WebKitWebDriver
//! does not print the port it got, so it is read from `/proc` ([`crate::listen`]); port 0 was
//! checked with WebKitWebDriver 2.50 (Debian 12). Linux only, as the app's web view is.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::HarnessError;
use crate::group::ProcessGroup;
use crate::listen::listening_ports;
use crate::ready::{Probe, get, wait_until};

/// Where Debian's `webkit2gtk-driver` puts it (`WEBKIT_WEBDRIVER` points elsewhere).
pub const WEBKIT_WEBDRIVER: &str = "/usr/bin/WebKitWebDriver";

/// The WebKitWebDriver to run: `WEBKIT_WEBDRIVER`, else [`WEBKIT_WEBDRIVER`].
pub fn webkit_webdriver() -> std::path::PathBuf {
    std::env::var_os("WEBKIT_WEBDRIVER").map_or_else(|| WEBKIT_WEBDRIVER.into(), Into::into)
}

/// A running WebKitWebDriver, ready for a session; stopped, with the app and the web
/// processes it started, when dropped.
#[derive(Debug)]
pub struct WebDriverServer {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    group: ProcessGroup,
}

impl WebDriverServer {
    /// Starts the driver with `env` added to its environment (the app it launches inherits it)
    /// and waits until it answers `GET /status` with `ready: true`.
    pub fn start(env: &[(&str, &Path)]) -> Result<Self, HarnessError> {
        let mut command = Command::new(webkit_webdriver());
        command
            .args(["--port=0", "--host=127.0.0.1"])
            // Tauri enables automation in its web view only when this is set (as tauri-driver does).
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .stdout(Stdio::null());
        for (key, value) in env {
            command.env(key, value);
        }
        let group = ProcessGroup::start_logged("WebKitWebDriver", command)?;
        let leader = group.pid();
        let port = wait_until("WebKitWebDriver to listen (port 0)", Duration::from_secs(30), || {
            group.ensure_running()?;
            Ok(match listening_ports(&[leader]).first() {
                Some(port) => Probe::Ready(*port),
                None => Probe::NotYet("no listening socket yet".into()),
            })
        })?;
        let url = format!("http://127.0.0.1:{port}");
        wait_until(
            &format!("WebKitWebDriver to be ready (GET {url}/status)"),
            Duration::from_secs(30),
            || {
                group.ensure_running()?;
                Ok(match get(&format!("{url}/status")) {
                    Ok(body) if body.replace(' ', "").contains("\"ready\":true") => Probe::Ready(()),
                    Ok(body) => Probe::NotYet(body),
                    Err(e) => Probe::NotYet(e),
                })
            },
        )?;
        Ok(Self { url, group })
    }

    /// The driver's process group: the driver, the app it launched, the app's web processes.
    pub fn group(&self) -> &ProcessGroup {
        &self.group
    }

    /// Stops the driver and everything it started.
    pub fn stop(self) -> Result<(), HarnessError> {
        self.group.stop()
    }

    /// Capabilities of a new session that launches `app` (WebKitGTK's own names).
    pub fn capabilities(app: &Path) -> serde_json::Map<String, serde_json::Value> {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "webkitgtk:browserOptions".into(),
            serde_json::json!({ "binary": app, "args": Vec::<String>::new() }),
        );
        caps
    }

    /// The processes of this driver's group whose executable is `app`.
    pub fn app_processes(&self, app: &Path) -> Vec<u32> {
        let want: Option<PathBuf> = std::fs::canonicalize(app).ok();
        self.group
            .members()
            .into_iter()
            .filter(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).ok() == want)
            .collect()
    }
}
