//! A child process in a process group of its own, stopped with every process it started.
//!
//! Why a group: a driver starts a browser, a browser starts web processes, `runuser` starts
//! PostgreSQL; killing only the child we spawned left the rest running (three WebKitWebDriver
//! processes outlived one CI run). Every process a group's leader starts stays in its group
//! unless it makes a new one, so signalling the group reaches all of them.
//!
//! Why a signal handler: a group of its own no longer receives the terminal's Ctrl-C, so the
//! first group this process starts installs a handler for SIGINT, SIGTERM and SIGHUP that
//! kills every group still registered, then exits with 130 — as Ctrl-C would have.

use std::collections::BTreeSet;
use std::os::unix::process::CommandExt;
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

use rustix::process::{Pid, Signal, kill_process_group};

use crate::HarnessError;

/// How long a group has to leave after SIGTERM before it gets SIGKILL.
const GRACE: Duration = Duration::from_secs(5);
/// How long every process of a group has to be gone after SIGKILL.
const KILLED: Duration = Duration::from_secs(10);

/// The groups this process started and has not stopped yet.
static LIVE: Mutex<BTreeSet<i32>> = Mutex::new(BTreeSet::new());
static HANDLER: Once = Once::new();

fn live() -> std::sync::MutexGuard<'static, BTreeSet<i32>> {
    // A poisoned set is still the right set: a panic elsewhere does not change which groups live.
    LIVE.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn install_handler() {
    HANDLER.call_once(|| {
        let installed = ctrlc::set_handler(|| {
            for pgid in live().iter() {
                if let Some(pid) = Pid::from_raw(*pgid) {
                    // Nothing more can be done for a group that cannot be signalled.
                    let _ = kill_process_group(pid, Signal::KILL);
                }
            }
            std::process::exit(130);
        });
        if let Err(e) = installed {
            // Another handler (the program's own) is in place: it decides what Ctrl-C does,
            // and `Drop` still stops the groups on every normal or panicking exit.
            eprintln!("waypoint-harness: no Ctrl-C handler of its own ({e})");
        }
    });
}

/// A running process group: its leader is the child this process spawned.
#[derive(Debug)]
pub struct ProcessGroup {
    name: String,
    child: Child,
    pgid: i32,
    stopped: bool,
}

impl ProcessGroup {
    /// Spawns `command` as the leader of a new process group, with no standard input (a
    /// background group that reads the terminal would be stopped by SIGTTIN). `name` says what
    /// it is in error messages ("WebKitWebDriver", "PostgreSQL").
    pub fn start(name: &str, mut command: Command) -> Result<Self, HarnessError> {
        install_handler();
        command.process_group(0).stdin(Stdio::null());
        let mut registry = live();
        let child =
            command.spawn().map_err(|source| HarnessError::Spawn { what: name.to_owned(), source })?;
        let pgid = i32::try_from(child.id()).map_err(|_| HarnessError::Spawn {
            what: name.to_owned(),
            source: std::io::Error::other("process id out of range"),
        })?;
        registry.insert(pgid);
        Ok(Self { name: name.to_owned(), child, pgid, stopped: false })
    }

    /// What this group is, as given to [`ProcessGroup::start`].
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The leader's process id, which is also the group's id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The leader's standard output, if it was piped and not taken yet.
    pub fn take_stdout(&mut self) -> Option<ChildStdout> {
        self.child.stdout.take()
    }

    /// The leader's exit status if it has exited.
    pub fn exited(&mut self) -> Result<Option<ExitStatus>, HarnessError> {
        self.child.try_wait().map_err(|source| HarnessError::Io { what: self.name.clone(), source })
    }

    /// Fails with what the leader's exit status was if it has exited: for readiness probes,
    /// so that a server that died is reported as such instead of waited for until a deadline.
    pub fn ensure_running(&mut self) -> Result<(), HarnessError> {
        match self.exited()? {
            Some(status) => Err(HarnessError::Exited { what: self.name.clone(), status }),
            None => Ok(()),
        }
    }

    /// Every live process of this group (zombies are not alive: they hold nothing but a slot).
    pub fn members(&self) -> Vec<u32> {
        members_of(self.pgid)
    }

    /// Sends `signal` to every process of the group.
    pub fn signal(&self, signal: Signal) -> Result<(), HarnessError> {
        let pid = Pid::from_raw(self.pgid).ok_or_else(|| HarnessError::Io {
            what: self.name.clone(),
            source: std::io::Error::other("no such group"),
        })?;
        kill_process_group(pid, signal)
            .map_err(|e| HarnessError::Io { what: self.name.clone(), source: e.into() })
    }

    /// Waits until the leader exits, at most `limit`.
    pub fn wait_for_exit(&mut self, limit: Duration) -> Result<ExitStatus, HarnessError> {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.exited()? {
                return Ok(status);
            }
            if Instant::now() >= deadline {
                return Err(HarnessError::NotReady {
                    what: format!("{} to exit", self.name),
                    waited: limit,
                    last: "still running".into(),
                });
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Stops the whole group: SIGTERM, then SIGKILL to whatever is left after a grace period,
    /// and returns once no process of the group is alive. Fails, naming them, if some are.
    pub fn stop(mut self) -> Result<(), HarnessError> {
        self.stop_with(Signal::TERM)
    }

    /// As [`ProcessGroup::stop`], with `first` instead of SIGTERM (PostgreSQL: SIGQUIT is its
    /// immediate shutdown, where SIGTERM waits for every client to disconnect).
    pub fn stop_with(&mut self, first: Signal) -> Result<(), HarnessError> {
        if self.stopped {
            return Ok(());
        }
        self.stopped = true;
        // A group whose every process has already exited cannot be signalled: that is success.
        let _ = self.signal(first);
        let gone = wait_gone(self.pgid, &mut self.child, GRACE);
        if !gone {
            let _ = self.signal(Signal::KILL);
        }
        let gone = gone || wait_gone(self.pgid, &mut self.child, KILLED);
        live().remove(&self.pgid);
        if gone {
            Ok(())
        } else {
            Err(HarnessError::Survived { what: self.name.clone(), pids: members_of(self.pgid) })
        }
    }
}

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        if let Err(e) = self.stop_with(Signal::TERM) {
            eprintln!("waypoint-harness: {e}");
        }
    }
}

/// Waits until the leader is reaped and no member of `pgid` is alive.
fn wait_gone(pgid: i32, leader: &mut Child, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        // Reaping the leader (our child) keeps it from lingering as a zombie of ours.
        let reaped = matches!(leader.try_wait(), Ok(Some(_)));
        if reaped && members_of(pgid).is_empty() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Live processes whose process group is `pgid`, from `/proc`.
pub fn members_of(pgid: i32) -> Vec<u32> {
    processes().into_iter().filter(|p| p.pgid == pgid && p.state != 'Z').map(|p| p.pid).collect()
}

/// One line of `/proc/<pid>/stat`, the fields this crate needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessInfo {
    /// Its id.
    pub pid: u32,
    /// Its parent's id.
    pub ppid: u32,
    /// Its process group.
    pub pgid: i32,
    /// `R`, `S`, `Z` (a zombie: exited, not yet reaped) …
    pub state: char,
}

/// Every process the system shows in `/proc` (those that exit while being read are skipped).
pub fn processes() -> Vec<ProcessInfo> {
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries
        .flatten()
        .filter_map(|e| {
            let pid: u32 = e.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(e.path().join("stat")).ok()?;
            parse_stat(pid, &stat)
        })
        .collect()
}

/// Reads state, parent and group from a `stat` line; the command name may hold spaces and
/// parentheses, so fields are counted from the last `)`.
fn parse_stat(pid: u32, stat: &str) -> Option<ProcessInfo> {
    let (_, rest) = stat.rsplit_once(')')?;
    let mut fields = rest.split_whitespace();
    let state = fields.next()?.chars().next()?;
    let ppid = fields.next()?.parse().ok()?;
    let pgid = fields.next()?.parse().ok()?;
    Some(ProcessInfo { pid, ppid, pgid, state })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stat_line_with_spaces_and_parentheses_in_the_name_is_read_from_the_last_parenthesis() {
        let info = parse_stat(42, "42 (Web (Content) x) S 7 42 42 0 -1").expect("parsed");
        assert_eq!(info, ProcessInfo { pid: 42, ppid: 7, pgid: 42, state: 'S' });
        assert_eq!(parse_stat(1, "garbage"), None);
    }

    #[test]
    fn stopping_a_group_stops_what_its_leader_started() {
        // The leader starts a grandchild that ignores SIGTERM and outlives it: only the group
        // reaches it, and only SIGKILL after the grace period stops it.
        let mut command = Command::new("sh");
        command.args(["-c", "sh -c 'trap \"\" TERM; while :; do sleep 1; done' & echo $!; wait"]);
        command.stdout(Stdio::piped());
        let mut group = ProcessGroup::start("a shell and its child", command).expect("start");
        let mut line = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(group.take_stdout().expect("stdout")),
            &mut line,
        )
        .expect("read");
        let grandchild: u32 = line.trim().parse().expect("pid");
        assert!(group.members().contains(&grandchild), "the grandchild is in the group");
        let pgid = i32::try_from(group.pid()).expect("pid");
        group.stop().expect("stopped");
        assert!(members_of(pgid).is_empty(), "nothing of the group is left");
        assert!(!processes().iter().any(|p| p.pid == grandchild && p.state != 'Z'));
    }

    #[test]
    fn dropping_a_group_stops_it() {
        let mut command = Command::new("sleep");
        command.arg("600");
        let group = ProcessGroup::start("sleep", command).expect("start");
        let pgid = i32::try_from(group.pid()).expect("pid");
        assert_eq!(members_of(pgid).len(), 1);
        drop(group);
        assert!(members_of(pgid).is_empty());
        assert!(!live().contains(&pgid), "a stopped group is no longer registered");
    }
}
