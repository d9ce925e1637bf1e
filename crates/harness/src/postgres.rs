//! A throwaway PostgreSQL for tests and benchmarks: Debian's binaries
//! (`/usr/lib/postgresql/<version>/bin`, or `WAYPOINT_PG_BIN`), a new cluster in a temporary
//! directory, stopped (with every backend it started: they leave its process group, each in a
//! session of its own, and are found as its descendants) and deleted when dropped.
//!
//! The server listens only on a Unix socket inside that directory: no TCP port is picked
//! beforehand, so none can be taken in between, and nothing else on the machine can reach it.
//! It runs in the foreground in a process group of this process's (not daemonised by
//! `pg_ctl`, which would put it out of reach of Ctrl-C), and is ready when a connection
//! succeeds. `initdb` refuses to run as root, so as root the cluster belongs to an
//! unprivileged user (`WAYPOINT_PG_USER`, by default `nobody`) through `runuser`.

use std::fs::File;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use rustix::process::Signal;

use crate::HarnessError;
use crate::group::ProcessGroup;
use crate::ready::{Probe, wait_until};

/// The port number in the socket's name (`.s.PGSQL.5432`); no TCP port is opened.
const SOCKET_PORT: u16 = 5432;

/// Why no scratch PostgreSQL could be started.
#[derive(Debug, thiserror::Error)]
pub enum ScratchError {
    /// The server's binaries are not installed.
    #[error("PostgreSQL's binaries were not found (install Debian's `postgresql`, or set WAYPOINT_PG_BIN)")]
    Missing,
    /// A step failed; the text says which, with the end of its output.
    #[error("scratch PostgreSQL: {0}")]
    Setup(String),
    /// The server did not start or stop as it should.
    #[error("scratch PostgreSQL: {0}")]
    Process(#[from] HarnessError),
    /// A file could not be handled.
    #[error("scratch PostgreSQL: {0}")]
    Io(#[from] std::io::Error),
    /// The server answered with an error.
    #[error("scratch PostgreSQL: {0}")]
    Postgres(#[from] postgres::Error),
}

/// A running throwaway cluster (superuser `waypoint`, trusted on its socket only).
#[derive(Debug)]
pub struct ScratchPostgres {
    // First: the server stops before its directory is deleted.
    server: Option<ProcessGroup>,
    dir: tempfile::TempDir,
    port: u16,
}

/// The certificate and key (PEM) a cluster presents on TCP (see [`ScratchPostgres::start_tls`]).
#[derive(Debug, Clone)]
pub struct ServerTls {
    /// The certificate chain.
    pub certificate: String,
    /// Its private key.
    pub key: String,
}

/// The directory of PostgreSQL's server binaries, if installed.
pub fn binaries() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("WAYPOINT_PG_BIN") {
        return Some(PathBuf::from(dir)).filter(|d| d.join("initdb").is_file());
    }
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, bin)| bin)
}

fn running_as_root() -> bool {
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

fn tail(text: &[u8]) -> String {
    let text = String::from_utf8_lossy(text);
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(8)..].join("\n")
}

/// `program` as `user` (through `runuser`) or as this process's user.
fn command_as(user: Option<&str>, program: &Path) -> Command {
    match user {
        Some(user) => {
            let mut c = Command::new("runuser");
            c.args(["-u", user, "--"]).arg(program);
            c
        }
        None => Command::new(program),
    }
}

/// Whether PostgreSQL must be there: CI sets `WAYPOINT_REQUIRE_POSTGRES=1`, and a missing
/// PostgreSQL then fails the run instead of being skipped.
pub fn required() -> bool {
    std::env::var_os("WAYPOINT_REQUIRE_POSTGRES").is_some_and(|v| v == "1")
}

impl ScratchPostgres {
    /// A cluster as [`ScratchPostgres::start`], or `None` where PostgreSQL is not installed and
    /// not [`required`] (a developer's machine: the caller says it skipped).
    pub fn start_unless_missing(durable: bool) -> Result<Option<Self>, ScratchError> {
        match Self::start(durable) {
            Ok(pg) => Ok(Some(pg)),
            Err(ScratchError::Missing) if !required() => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// A cluster for a test (without fsync), or `None` after saying that the test skipped
    /// PostgreSQL, where it is not installed and not [`required`]. Any other failure fails the
    /// test.
    pub fn for_test() -> Option<Self> {
        let pg = Self::start_unless_missing(false).unwrap_or_else(|e| {
            panic!("scratch PostgreSQL (WAYPOINT_REQUIRE_POSTGRES=1 makes it required): {e}")
        });
        if pg.is_none() {
            println!("skipped on PostgreSQL: {}", ScratchError::Missing);
        }
        pg
    }

    /// Starts a new cluster. `durable`: with fsync as in production (benchmarks); otherwise
    /// without (tests: faster, and the data is thrown away anyway).
    pub fn start(durable: bool) -> Result<Self, ScratchError> {
        Self::start_with(durable, None)
    }

    /// A cluster for a test of TLS: it also listens on TCP at 127.0.0.1 ([`ScratchPostgres::port`])
    /// with `tls` (trust there too: the test is about the link, not passwords). The port is
    /// picked by binding to port 0 and letting go: another process could take it in between,
    /// which then fails the start, plainly.
    pub fn start_tls(tls: &ServerTls) -> Result<Self, ScratchError> {
        Self::start_with(false, Some(tls))
    }

    /// The TCP port of a cluster started with [`ScratchPostgres::start_tls`] (the socket's
    /// number otherwise).
    pub fn port(&self) -> u16 {
        self.port
    }

    fn start_with(durable: bool, tls: Option<&ServerTls>) -> Result<Self, ScratchError> {
        let bin = binaries().ok_or(ScratchError::Missing)?;
        let run_as =
            running_as_root().then(|| std::env::var("WAYPOINT_PG_USER").unwrap_or_else(|_| "nobody".into()));
        let dir = tempfile::Builder::new().prefix("waypoint-pg-").tempdir()?;
        if let Some(user) = &run_as {
            let id = |flag: &str| -> Result<u32, ScratchError> {
                let out = Command::new("id").args([flag, user]).output()?;
                String::from_utf8_lossy(&out.stdout)
                    .trim()
                    .parse()
                    .map_err(|_| ScratchError::Setup(format!("no user {user} to run PostgreSQL as")))
            };
            std::os::unix::fs::chown(dir.path(), Some(id("-u")?), Some(id("-g")?))?;
        }
        let data = dir.path().join("data");
        let log_path = dir.path().join("server.log");
        let out = command_as(run_as.as_deref(), &bin.join("initdb"))
            .arg("-D")
            .arg(&data)
            .args(["-U", "waypoint", "--auth=trust", "--no-sync", "--no-locale", "-E", "UTF8"])
            .current_dir(dir.path())
            .output()?;
        if !out.status.success() {
            return Err(ScratchError::Setup(format!(
                "initdb failed ({}):\n{}\n{}",
                out.status,
                tail(&out.stdout),
                tail(&out.stderr)
            )));
        }
        let log = File::create(&log_path)?;
        let mut server = command_as(run_as.as_deref(), &bin.join("postgres"));
        let port = match tls {
            Some(_) => std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port(),
            None => SOCKET_PORT,
        };
        server.arg("-D").arg(&data).arg("-k").arg(dir.path()).args(["-p", &port.to_string()]);
        match tls {
            Some(tls) => {
                // The key must belong to the server's user and be readable by it alone.
                let (certificate, key) = (dir.path().join("server.crt"), dir.path().join("server.key"));
                std::fs::write(&certificate, &tls.certificate)?;
                std::fs::write(&key, &tls.key)?;
                std::fs::set_permissions(&key, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
                let owner = std::fs::metadata(dir.path())?;
                for file in [&certificate, &key] {
                    std::os::unix::fs::chown(file, Some(owner.uid()), Some(owner.gid()))?;
                }
                server.args(["-c", "listen_addresses=127.0.0.1", "-c", "ssl=on"]);
                server.arg("-c").arg(format!("ssl_cert_file={}", certificate.display()));
                server.arg("-c").arg(format!("ssl_key_file={}", key.display()));
            }
            None => {
                server.args(["-c", "listen_addresses="]);
            }
        }
        server
            .args(["-c", "max_connections=200"])
            .current_dir(dir.path())
            .stdout(log.try_clone()?)
            .stderr(log);
        if !durable {
            server.args(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }
        let group = ProcessGroup::start("PostgreSQL", server)?;
        let mut scratch = Self { server: None, dir, port };
        let url = scratch.url("postgres");
        let ready = wait_until(
            &format!("PostgreSQL to accept a connection on {}", scratch.dir.path().display()),
            Duration::from_secs(60),
            || {
                group.ensure_running()?;
                Ok(match postgres::Client::connect(&url, postgres::NoTls) {
                    Ok(_) => Probe::Ready(()),
                    Err(e) => Probe::NotYet(e.to_string()),
                })
            },
        );
        scratch.server = Some(group);
        match ready {
            Ok(()) => Ok(scratch),
            Err(e) => {
                let log = std::fs::read(&log_path).unwrap_or_default();
                Err(ScratchError::Setup(format!("{e}; its log ends:\n{}", tail(&log))))
            }
        }
    }

    /// Where its socket and data are.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The address of database `name` (through the socket in [`ScratchPostgres::dir`]).
    pub fn url(&self, name: &str) -> String {
        format!("postgresql://waypoint@localhost:{}/{name}?host={}", self.port, self.dir.path().display())
    }

    /// The address of database `name` over TCP on 127.0.0.1, by the name `localhost` (a
    /// cluster from [`ScratchPostgres::start_tls`]); `options` are added to the URL's query.
    pub fn tcp_url(&self, name: &str, options: &str) -> String {
        format!("postgresql://waypoint@localhost:{}/{name}?{options}", self.port)
    }

    /// Creates database `name` and returns its address.
    pub fn create_database(&self, name: &str) -> Result<String, ScratchError> {
        let mut admin = postgres::Client::connect(&self.url("postgres"), postgres::NoTls)?;
        admin.batch_execute(&format!("CREATE DATABASE \"{}\"", name.replace('"', "\"\"")))?;
        Ok(self.url(name))
    }

    /// Stops the server and every backend it started: an immediate shutdown (SIGQUIT), since
    /// the data is thrown away; SIGKILL to whatever is left after a grace period.
    pub fn stop(mut self) -> Result<(), ScratchError> {
        self.stop_server()
    }

    fn stop_server(&mut self) -> Result<(), ScratchError> {
        match self.server.take() {
            Some(mut server) => Ok(server.stop_with(Signal::QUIT)?),
            None => Ok(()),
        }
    }
}

impl Drop for ScratchPostgres {
    fn drop(&mut self) {
        if let Err(e) = self.stop_server() {
            eprintln!("{e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scratch_cluster_answers_on_its_socket_and_leaves_nothing_running() {
        let Some(pg) = ScratchPostgres::for_test() else {
            return;
        };
        let url = pg.create_database("probe").expect("database");
        let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
        let one: i32 = client.query_one("SELECT 1", &[]).expect("query").get(0);
        assert_eq!(one, 1);
        let pgid = i32::try_from(pg.server.as_ref().expect("server").pid()).expect("pid");
        // PostgreSQL puts each backend in a session of its own: they are found as descendants.
        let tree = crate::group::tree_of(pgid);
        assert!(tree.len() > 2, "the postmaster and its backends: {tree:?}");
        let dir = pg.dir().to_path_buf();
        // A client still connected does not hold the stop up (an immediate shutdown).
        pg.stop().expect("stopped");
        assert!(crate::group::members_of(pgid).is_empty());
        let alive: Vec<u32> = crate::processes()
            .into_iter()
            .filter(|p| p.state != 'Z' && tree.iter().any(|t| t.pid == p.pid && t.start == p.start))
            .map(|p| p.pid)
            .collect();
        assert!(alive.is_empty(), "no backend is left: {alive:?}");
        assert!(!dir.exists(), "the cluster's files are deleted");
        drop(client);
    }
}
