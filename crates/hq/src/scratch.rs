//! A throwaway PostgreSQL for tests and benchmarks: Debian's binaries
//! (`/usr/lib/postgresql/<version>/bin`, or `WAYPOINT_PG_BIN`), a new cluster in a temporary
//! directory, listening on a free loopback port and a socket in that directory, stopped and
//! deleted when dropped. `initdb` refuses to run as root, so as root the cluster belongs to
//! an unprivileged user (`WAYPOINT_PG_USER`, by default `nobody`) through `runuser`.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Why no scratch PostgreSQL could be started.
#[derive(Debug, thiserror::Error)]
pub enum ScratchError {
    /// The server's binaries are not installed.
    #[error("PostgreSQL's binaries were not found (install Debian's `postgresql`, or set WAYPOINT_PG_BIN)")]
    Missing,
    /// A step failed; the text says which, with the end of its output.
    #[error("scratch PostgreSQL: {0}")]
    Setup(String),
    /// A file or process could not be handled.
    #[error("scratch PostgreSQL: {0}")]
    Io(#[from] std::io::Error),
    /// The server answered with an error.
    #[error("scratch PostgreSQL: {0}")]
    Postgres(#[from] postgres::Error),
}

/// A running throwaway cluster (superuser `waypoint`, trusted on loopback only).
pub struct ScratchPostgres {
    dir: tempfile::TempDir,
    bin: PathBuf,
    run_as: Option<String>,
    port: u16,
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

impl ScratchPostgres {
    /// Starts a new cluster. `durable`: with fsync as in production (benchmarks); otherwise
    /// without (tests: faster, and the data is thrown away anyway).
    pub fn start(durable: bool) -> Result<Self, ScratchError> {
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
        let mut scratch = Self { dir, bin, run_as, port: 0 };
        let data = scratch.data();
        scratch.run(
            "initdb",
            &["-D", &data, "-U", "waypoint", "--auth=trust", "--no-sync", "--no-locale", "-E", "UTF8"],
        )?;
        // A free port now may be taken by the time the server binds it: try a few.
        let mut last = None;
        for _ in 0..3 {
            scratch.port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
            let mut options = format!(
                "-p {} -k {} -c listen_addresses=127.0.0.1 -c max_connections=200",
                scratch.port,
                scratch.dir.path().display()
            );
            if !durable {
                options.push_str(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            }
            let log = scratch.dir.path().join("server.log");
            let log = log.to_string_lossy().into_owned();
            match scratch.run("pg_ctl", &["-D", &data, "-l", &log, "-w", "-t", "60", "-o", &options, "start"])
            {
                Ok(()) => return Ok(scratch),
                Err(e) => last = Some(e),
            }
        }
        Err(last.unwrap_or_else(|| ScratchError::Setup("the server did not start".into())))
    }

    fn data(&self) -> String {
        self.dir.path().join("data").to_string_lossy().into_owned()
    }

    fn run(&self, tool: &str, args: &[&str]) -> Result<(), ScratchError> {
        let program = self.bin.join(tool);
        let mut command = match &self.run_as {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(&program);
                c
            }
            None => Command::new(&program),
        };
        let out = command.args(args).current_dir(self.dir.path()).output()?;
        if out.status.success() {
            return Ok(());
        }
        let log = std::fs::read(self.dir.path().join("server.log")).unwrap_or_default();
        Err(ScratchError::Setup(format!(
            "{tool} failed ({}):\n{}\n{}\n{}",
            out.status,
            tail(&out.stdout),
            tail(&out.stderr),
            tail(&log)
        )))
    }

    /// The port it listens on (127.0.0.1).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Where its socket and data are.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The address of database `name`.
    pub fn url(&self, name: &str) -> String {
        format!("postgres://waypoint@127.0.0.1:{}/{name}", self.port)
    }

    /// Creates database `name` and returns its address.
    pub fn create_database(&self, name: &str) -> Result<String, ScratchError> {
        let mut admin = postgres::Client::connect(&self.url("postgres"), postgres::NoTls)?;
        admin.batch_execute(&format!("CREATE DATABASE \"{}\"", name.replace('"', "\"\"")))?;
        Ok(self.url(name))
    }
}

impl Drop for ScratchPostgres {
    fn drop(&mut self) {
        let data = self.data();
        let _ = self.run("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]);
    }
}
