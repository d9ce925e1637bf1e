//! A virtual X display (Xvfb) for the app under test, on a display number Xvfb chose itself.
//!
//! `-displayfd` makes Xvfb pick a free display and write its number once it accepts
//! connections: no number picked beforehand that another X server can take, and no pause.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::HarnessError;
use crate::group::ProcessGroup;
use crate::ready::{Probe, wait_until};

/// A running Xvfb; stopped when dropped.
#[derive(Debug)]
pub struct VirtualDisplay {
    /// `:N`, for `DISPLAY`.
    pub name: String,
    _xvfb: ProcessGroup,
}

impl VirtualDisplay {
    /// Starts Xvfb with one screen of `width`×`height` (24-bit) and waits until it answers.
    pub fn start(width: u32, height: u32) -> Result<Self, HarnessError> {
        let mut command = Command::new("Xvfb");
        command
            .args(["-displayfd", "1", "-nolisten", "tcp", "-screen", "0"])
            .arg(format!("{width}x{height}x24"))
            .stdout(Stdio::piped());
        let mut xvfb = ProcessGroup::start_logged("Xvfb", command).map_err(|e| match e {
            HarnessError::Spawn { source, .. } => {
                HarnessError::Spawn { what: "Xvfb (apt install xvfb)".into(), source }
            }
            e => e,
        })?;
        let stdout = xvfb.take_stdout().ok_or_else(|| HarnessError::Io {
            what: "Xvfb".into(),
            source: std::io::Error::other("no standard output"),
        })?;
        // Xvfb writes the number when it is ready; a read that ends first means it stopped.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let read = BufReader::new(stdout).read_line(&mut line);
            // The receiver may have given up at its deadline; then nobody needs the number.
            let _ = tx.send(read.map(|_| line));
        });
        let number = wait_until("Xvfb to report its display number", Duration::from_secs(30), || {
            match rx.try_recv() {
                Ok(Ok(line)) if !line.trim().is_empty() => Ok(Probe::Ready(line.trim().to_owned())),
                Ok(_) => {
                    xvfb.ensure_running()?;
                    Ok(Probe::NotYet("Xvfb closed its output without a display number".into()))
                }
                Err(_) => {
                    xvfb.ensure_running()?;
                    Ok(Probe::NotYet("no display number yet".into()))
                }
            }
        })?;
        let name = format!(":{number}");
        // Asked, not assumed: a client connection to the display's socket succeeds.
        let socket = format!("/tmp/.X11-unix/X{number}");
        wait_until(&format!("Xvfb to accept connections on {socket}"), Duration::from_secs(30), || {
            match std::os::unix::net::UnixStream::connect(&socket) {
                Ok(_) => Ok(Probe::Ready(())),
                Err(e) => {
                    xvfb.ensure_running()?;
                    Ok(Probe::NotYet(e.to_string()))
                }
            }
        })?;
        Ok(Self { name, _xvfb: xvfb })
    }
}
