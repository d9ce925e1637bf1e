//! What tests and benchmarks start — HQ, PostgreSQL, a virtual display, the WebDriver server
//! and the app it launches — so that a run never fails by chance and leaves nothing running:
//!
//! - every process is the leader of a process group of its own ([`ProcessGroup`]) and is
//!   stopped with everything it started — its group, and every descendant that left the group
//!   (PostgreSQL's backends do) — on success, on failure (`Drop`) and on Ctrl-C (a handler kills
//!   every group still running);
//! - readiness is asked for ([`wait_until`]: a status request or a connection, retried until a
//!   deadline that names what it waited for), never assumed after a pause;
//! - servers bind port 0 (or a socket in a private directory) and the port they got is read
//!   back ([`listening_ports`]), never picked beforehand.
//!
//! The end-to-end and dashboard suites (Node) do the same with `tests/support/processes.mjs`.

pub mod display;
mod group;
mod listen;
pub mod postgres;
mod ready;
mod served;
pub mod webdriver;

pub use group::{ProcessGroup, ProcessInfo, members_of, processes, stop_all_groups, tree_of};
pub use listen::listening_ports;
pub use ready::{Probe, get, wait_until};
pub use rustix::process::Signal;
pub use served::{printed_address, serve_printing_address};

use std::time::Duration;

/// Why a process could not be started, was not ready, or did not stop.
#[derive(Debug, thiserror::Error)]
pub enum HarnessError {
    /// The program could not be started at all (not installed, not executable).
    #[error("could not start {what}: {source}")]
    Spawn {
        /// What was started.
        what: String,
        /// Why not.
        source: std::io::Error,
    },
    /// The process could not be asked about or signalled.
    #[error("{what}: {source}")]
    Io {
        /// Which process.
        what: String,
        /// The system's error.
        source: std::io::Error,
    },
    /// It exited while it was being waited for.
    #[error("{what} ended ({status}) before it was ready")]
    Exited {
        /// Which process.
        what: String,
        /// How it ended, and the end of what it wrote when that was kept.
        status: String,
    },
    /// The deadline passed.
    #[error("waited {waited:?} for {what}; last seen: {last}")]
    NotReady {
        /// What was waited for.
        what: String,
        /// How long.
        waited: Duration,
        /// What the last probe saw.
        last: String,
    },
    /// Processes of the group, or started by it, were still alive after SIGKILL.
    #[error("{what}: these processes survived SIGKILL: {processes:?}")]
    Survived {
        /// Which group.
        what: String,
        /// What is left: process id and command line.
        processes: Vec<String>,
    },
}
