//! A child process in a process group of its own, stopped with every process it started.
//!
//! Why a group: a driver starts a browser, a browser starts web processes, `runuser` starts
//! PostgreSQL; killing only the child we spawned left the rest running (three WebKitWebDriver
//! processes outlived one CI run). Signalling the group reaches every process that stayed in
//! it. Some leave it on purpose — PostgreSQL makes each backend the leader of a session of its
//! own, Chromium's crash handler double-forks away — so a stop also follows the tree: every
//! descendant of the group's processes (by parent id, with its start time so that a reused
//! process id is never signalled) is signalled and waited for too.
//!
//! Why a signal handler: a group of its own no longer receives the terminal's Ctrl-C, so the
//! first group this process starts installs a handler for SIGINT, SIGTERM and SIGHUP that
//! kills every group still registered, with its descendants, then exits with 130.
//!
//! The leader is not reaped until the group is stopped: while it is a zombie its process id —
//! the group's id — cannot be given to another process, so a late signal to the group never
//! reaches a stranger.

use std::collections::BTreeSet;
use std::os::unix::process::CommandExt;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

use rustix::process::{Pid, Signal, WaitId, WaitIdOptions, kill_process, kill_process_group, waitid};

use crate::HarnessError;

/// How long a group has to leave after its first signal before it gets SIGKILL.
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
            // The lock is held until the process exits: no group can start in between.
            let live = live();
            for pgid in live.iter() {
                kill_tree(&tree_of(*pgid), *pgid);
            }
            std::process::exit(130);
        });
        if let Err(e) = installed {
            // Another handler (the program's own) decides what Ctrl-C does; it should call
            // `stop_all_groups`, or the groups outlive a Ctrl-C (Drop covers normal and
            // panicking exits only).
            eprintln!(
                "waypoint-harness: another Ctrl-C handler is installed ({e}); it must call stop_all_groups"
            );
        }
    });
}

/// Kills every group this process started and has not stopped, with their descendants: for a
/// program with a Ctrl-C handler of its own.
pub fn stop_all_groups() {
    let live = live();
    for pgid in live.iter() {
        kill_tree(&tree_of(*pgid), *pgid);
    }
}

/// SIGKILL to group `pgid` and to every process of `tree` still the one that was seen.
fn kill_tree(tree: &[ProcessInfo], pgid: i32) {
    if let Some(pid) = Pid::from_raw(pgid) {
        // A group with no process left cannot be signalled: nothing to do then.
        let _ = kill_process_group(pid, Signal::KILL);
    }
    for p in tree {
        signal_if_same(p, Signal::KILL);
    }
}

/// Sends `signal` to `p` if the process with its id is still the one that was seen (same start
/// time): a process id given to another process meanwhile is left alone.
fn signal_if_same(p: &ProcessInfo, signal: Signal) {
    let same = read_stat(p.pid).is_some_and(|now| now.start == p.start && now.state != 'Z');
    if let (true, Some(pid)) = (same, Pid::from_raw(i32::try_from(p.pid).unwrap_or(0))) {
        // It may exit between the check and the signal: then there is nothing to do.
        let _ = kill_process(pid, signal);
    }
}

/// A running process group: its leader is the child this process spawned.
#[derive(Debug)]
pub struct ProcessGroup {
    name: String,
    child: Child,
    pgid: i32,
    stopped: bool,
    /// Where its standard error goes, when kept (for the message if it fails to start).
    log: Option<tempfile::NamedTempFile>,
}

impl ProcessGroup {
    /// Spawns `command` as the leader of a new process group, with no standard input (a
    /// background group that reads the terminal would be stopped by SIGTTIN). `name` says what
    /// it is in error messages ("WebKitWebDriver", "PostgreSQL").
    pub fn start(name: &str, command: Command) -> Result<Self, HarnessError> {
        Self::spawn(name, command, None)
    }

    /// As [`ProcessGroup::start`], with standard error kept in a file whose end is added to
    /// the message when the process ends before it is ready.
    pub fn start_logged(name: &str, mut command: Command) -> Result<Self, HarnessError> {
        let log = tempfile::NamedTempFile::new()
            .map_err(|source| HarnessError::Spawn { what: name.to_owned(), source })?;
        let file = log.reopen().map_err(|source| HarnessError::Spawn { what: name.to_owned(), source })?;
        command.stderr(file);
        Self::spawn(name, command, Some(log))
    }

    fn spawn(
        name: &str,
        mut command: Command,
        log: Option<tempfile::NamedTempFile>,
    ) -> Result<Self, HarnessError> {
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
        Ok(Self { name: name.to_owned(), child, pgid, stopped: false, log })
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

    /// How the leader ended, if it has (it stays a zombie until the group is stopped).
    pub fn exited(&self) -> Result<Option<String>, HarnessError> {
        let pid =
            Pid::from_raw(self.pgid).ok_or_else(|| self.io(std::io::Error::other("no such process")))?;
        let status =
            waitid(WaitId::Pid(pid), WaitIdOptions::EXITED | WaitIdOptions::NOWAIT | WaitIdOptions::NOHANG)
                .map_err(|e| self.io(e.into()))?;
        Ok(status.map(|s| match (s.exit_status(), s.terminating_signal()) {
            (Some(code), _) => format!("exit status {code}"),
            (None, Some(signal)) => format!("killed by signal {signal}"),
            (None, None) => "ended".to_owned(),
        }))
    }

    /// The last lines it wrote to standard error, when they are kept.
    pub fn log_tail(&self) -> String {
        let Some(log) = &self.log else { return String::new() };
        let text = std::fs::read(log.path()).unwrap_or_default();
        let text = String::from_utf8_lossy(&text);
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(8)..].join("\n")
    }

    fn io(&self, source: std::io::Error) -> HarnessError {
        HarnessError::Io { what: self.name.clone(), source }
    }

    /// Fails with how the leader ended if it has: for readiness probes, so that a server that
    /// died is reported as such instead of waited for until a deadline.
    pub fn ensure_running(&self) -> Result<(), HarnessError> {
        match self.exited()? {
            Some(status) => {
                let tail = self.log_tail();
                let status = if tail.is_empty() { status } else { format!("{status}; it wrote:\n{tail}") };
                Err(HarnessError::Exited { what: self.name.clone(), status })
            }
            None => Ok(()),
        }
    }

    /// Every live process of this group (zombies are not alive: they hold nothing but a slot).
    pub fn members(&self) -> Vec<u32> {
        members_of(self.pgid)
    }

    /// Every live process of this group and every live descendant of them, wherever they are.
    pub fn tree(&self) -> Vec<ProcessInfo> {
        tree_of(self.pgid)
    }

    /// Sends `signal` to every process of the group.
    pub fn signal(&self, signal: Signal) -> Result<(), HarnessError> {
        let pid = Pid::from_raw(self.pgid).ok_or_else(|| self.io(std::io::Error::other("no such group")))?;
        kill_process_group(pid, signal).map_err(|e| self.io(e.into()))
    }

    /// Waits until the leader exits, at most `limit`; how it ended.
    pub fn wait_for_exit(&self, limit: Duration) -> Result<String, HarnessError> {
        crate::wait_until(&format!("{} to exit", self.name), limit, || {
            Ok(match self.exited()? {
                Some(status) => crate::Probe::Ready(status),
                None => crate::Probe::NotYet("still running".into()),
            })
        })
    }

    /// Whether the leader exited with status 0.
    pub fn succeeded(&self) -> Result<bool, HarnessError> {
        Ok(self.exited()?.as_deref() == Some("exit status 0"))
    }

    /// Stops the whole group and what it started: SIGTERM, then SIGKILL to whatever is left after
    /// a grace period, and returns once none of them is alive. Fails, naming them, if some are.
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
        // Seen before any signal, while the tree is whole: afterwards orphans have new parents.
        let tree = self.tree();
        // A group whose every process has already exited cannot be signalled: that is success.
        let _ = self.signal(first);
        for p in &tree {
            signal_if_same(p, first);
        }
        let mut gone = wait_gone(self.pgid, &tree, GRACE);
        if !gone {
            kill_tree(
                &tree_of(self.pgid).into_iter().chain(tree.iter().cloned()).collect::<Vec<_>>(),
                self.pgid,
            );
            gone = wait_gone(self.pgid, &tree, KILLED);
        }
        // Reaped only now: until here the leader's id could not be reused.
        let reaped = self.child.wait();
        live().remove(&self.pgid);
        reaped.map_err(|e| self.io(e))?;
        if gone {
            Ok(())
        } else {
            let left: Vec<ProcessInfo> = still_alive(&tree).into_iter().chain(tree_of(self.pgid)).collect();
            Err(HarnessError::Survived { what: self.name.clone(), processes: describe(&left) })
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

/// Waits until no member of `pgid` and no process of `tree` is alive.
fn wait_gone(pgid: i32, tree: &[ProcessInfo], limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        if members_of(pgid).is_empty() && still_alive(tree).is_empty() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The processes of `seen` that are still the same live processes.
fn still_alive(seen: &[ProcessInfo]) -> Vec<ProcessInfo> {
    seen.iter()
        .filter(|p| read_stat(p.pid).is_some_and(|now| now.start == p.start && now.state != 'Z'))
        .cloned()
        .collect()
}

/// `pid command line` of each process, for an error message.
fn describe(processes: &[ProcessInfo]) -> Vec<String> {
    processes
        .iter()
        .map(|p| {
            let cmdline = std::fs::read(format!("/proc/{}/cmdline", p.pid)).unwrap_or_default();
            let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            format!("{} {}", p.pid, cmdline.trim())
        })
        .collect()
}

/// Live processes whose process group is `pgid`, from `/proc`.
pub fn members_of(pgid: i32) -> Vec<u32> {
    processes().into_iter().filter(|p| p.pgid == pgid && p.state != 'Z').map(|p| p.pid).collect()
}

/// The live members of group `pgid` and all their live descendants (by parent id).
pub fn tree_of(pgid: i32) -> Vec<ProcessInfo> {
    let all = processes();
    let mut tree: Vec<ProcessInfo> = all.iter().filter(|p| p.pgid == pgid).cloned().collect();
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i].pid;
        let children: Vec<ProcessInfo> = all
            .iter()
            .filter(|p| p.ppid == parent && !tree.iter().any(|t| t.pid == p.pid))
            .cloned()
            .collect();
        tree.extend(children);
        i += 1;
    }
    tree.retain(|p| p.state != 'Z');
    tree
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
    /// When it started (clock ticks after boot): with the id, tells one process from a later
    /// one that was given the same id.
    pub start: u64,
}

/// Every process the system shows in `/proc` (those that exit while being read are skipped).
pub fn processes() -> Vec<ProcessInfo> {
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries.flatten().filter_map(|e| read_stat(e.file_name().to_str()?.parse().ok()?)).collect()
}

fn read_stat(pid: u32) -> Option<ProcessInfo> {
    parse_stat(pid, &std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?)
}

/// Reads state, parent, group and start time from a `stat` line; the command name may hold
/// spaces and parentheses, so fields are counted from the last `)`.
fn parse_stat(pid: u32, stat: &str) -> Option<ProcessInfo> {
    let (_, rest) = stat.rsplit_once(')')?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let state = fields.first()?.chars().next()?;
    let ppid = fields.get(1)?.parse().ok()?;
    let pgid = fields.get(2)?.parse().ok()?;
    // Field 22 of the line; the 20th after the command name.
    let start = fields.get(19)?.parse().ok()?;
    Some(ProcessInfo { pid, ppid, pgid, state, start })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stat_line_with_spaces_and_parentheses_in_the_name_is_read_from_the_last_parenthesis() {
        let line = "42 (Web (Content) x) S 7 42 42 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 9876 0 0";
        let info = parse_stat(42, line).expect("parsed");
        assert_eq!(info, ProcessInfo { pid: 42, ppid: 7, pgid: 42, state: 'S', start: 9876 });
        assert_eq!(parse_stat(1, "garbage"), None);
    }

    #[test]
    fn stopping_a_group_stops_what_its_leader_started_even_what_left_the_group() {
        // The leader starts a grandchild that ignores SIGTERM (only SIGKILL after the grace
        // period stops it) and one in a session of its own, outside the group, as PostgreSQL's
        // backends are.
        let mut command = Command::new("sh");
        command.args([
            "-c",
            "sh -c 'trap \"\" TERM; while :; do sleep 1; done' & echo $!; setsid sleep 600 & echo $!; wait",
        ]);
        command.stdout(Stdio::piped());
        let mut group = ProcessGroup::start("a shell and its children", command).expect("start");
        let mut out = std::io::BufReader::new(group.take_stdout().expect("stdout"));
        let mut read = || {
            let mut line = String::new();
            std::io::BufRead::read_line(&mut out, &mut line).expect("read");
            line.trim().parse::<u32>().expect("pid")
        };
        let (stubborn, escaped) = (read(), read());
        let pgid = i32::try_from(group.pid()).expect("pid");
        assert!(group.members().contains(&stubborn), "the grandchild is in the group");
        crate::wait_until("setsid to leave the group", Duration::from_secs(10), || {
            let outside = read_stat(escaped).is_some_and(|p| p.pgid != pgid);
            Ok(if outside { crate::Probe::Ready(()) } else { crate::Probe::NotYet("not yet".into()) })
        })
        .expect("left");
        assert!(group.tree().iter().any(|p| p.pid == escaped), "but it is a descendant");
        group.stop().expect("stopped");
        assert!(members_of(pgid).is_empty(), "nothing of the group is left");
        for pid in [stubborn, escaped] {
            assert!(read_stat(pid).is_none_or(|p| p.state == 'Z'), "process {pid} is gone");
        }
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

    #[test]
    fn a_leader_that_exited_is_reported_and_keeps_its_id_until_stopped() {
        let mut command = Command::new("sh");
        command.args(["-c", "exit 3"]);
        let group = ProcessGroup::start("sh", command).expect("start");
        let status = group.wait_for_exit(Duration::from_secs(10)).expect("exits");
        assert_eq!(status, "exit status 3");
        assert!(matches!(group.ensure_running(), Err(HarnessError::Exited { .. })));
        let pid = group.pid();
        assert_eq!(
            read_stat(pid).map(|p| p.state),
            Some('Z'),
            "a zombie until stopped: its id is not reused"
        );
        group.stop().expect("stopped");
        assert!(read_stat(pid).is_none(), "reaped");
    }
}
