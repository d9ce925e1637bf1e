//! `waypoint-hq`: run headquarters (on SQLite or PostgreSQL), enroll and revoke devices, erase
//! cases, add dashboard accounts, verify the audit trail, move an HQ from SQLite to PostgreSQL.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use axum::serve::ListenerExt;
use clap::{Args, Parser, Subcommand};
use waypoint_hq::accounts::Role;
use waypoint_hq::dashboard::records::AuditEntry;
use waypoint_hq::dashboard::{AddUserError, Dashboard};
use waypoint_hq::{Database, HubPool, StorageError};
use waypoint_i18n::{Arg, Localizer};
use waypoint_sync::wire::{CaseKey, DeviceKey};

#[derive(Parser)]
#[command(name = "waypoint-hq", about = "Waypoint headquarters")]
struct Cli {
    /// Language of messages (BCP 47); defaults to $LANG.
    #[arg(long, global = true)]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve devices (health, enrollment, sync).
    Serve {
        #[command(flatten)]
        target: Target,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8750")]
        listen: SocketAddr,
        /// The certificate chain HQ presents (PEM), with `--tls-key`. Without either, HQ makes
        /// a certificate of its own on first start and keeps it (devices pin it at enrollment).
        #[arg(long, requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// The private key of `--tls-cert` (PEM).
        #[arg(long, requires = "tls_cert")]
        tls_key: Option<PathBuf>,
        /// Serve plain HTTP instead of HTTPS: only on a loopback address, for a TLS-terminating
        /// proxy on this machine (see `--public-url`) or a test.
        #[arg(long, conflicts_with_all = ["tls_cert", "tls_key"])]
        plain_http: bool,
        /// With `--plain-http` behind a TLS-terminating proxy: the SHA-256 fingerprint (hex) of
        /// the certificate the proxy presents, so that an enrollment that met another one (a
        /// man in the middle) is refused as when HQ serves TLS itself. Renew it with the
        /// proxy's certificate.
        #[arg(long, requires = "plain_http")]
        proxy_certificate: Option<String>,
        /// Requests served at once on PostgreSQL (SQLite has one writer).
        #[arg(long, default_value_t = 4)]
        workers: usize,
        /// The address staff and devices reach HQ at, when a TLS-terminating proxy stands in
        /// front (`https://hq.example.org`): cookies are then Secure and `__Host-`, and browsers
        /// are told to keep to HTTPS (HSTS), although HQ itself listens on loopback.
        #[arg(long)]
        public_url: Option<String>,
    },
    /// Move an HQ from SQLite to an empty PostgreSQL database, devices and all.
    Migrate {
        /// The HQ to move: `sqlite:PATH` (its keys beside it).
        #[arg(long)]
        from: String,
        /// Where to: `postgres://user@host:port/name`.
        #[arg(long)]
        to: String,
        /// The PostgreSQL database for the case keys (default: `<name>_keys`).
        #[arg(long)]
        to_keys: Option<String>,
    },
    /// Devices.
    Device {
        #[command(subcommand)]
        command: DeviceCommand,
    },
    /// Cases.
    Case {
        #[command(subcommand)]
        command: CaseCommand,
    },
    /// Dashboard accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// The audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check that no entry of the audit trail was removed or altered.
    Verify {
        #[command(flatten)]
        target: Target,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a dashboard user. The password is read from standard input (one line) or asked
    /// for at the terminal; never from the command line, where other users could see it.
    Add {
        #[command(flatten)]
        target: Target,
        /// Sign-in name.
        #[arg(long)]
        name: String,
        /// officer, caseworker, interpreter, supervisor, analyst or admin.
        #[arg(long)]
        role: String,
        /// The sites whose cases the account sees, separated by commas, or * for every site
        /// (none if left out: an admin gives them later).
        #[arg(long, default_value = "")]
        sites: String,
    },
}

/// Which HQ database a command works on.
#[derive(Args)]
struct Target {
    /// The SQLite database file (created if missing).
    #[arg(long, default_value = "hq.db")]
    db: PathBuf,
    /// The database as an address instead: `sqlite:PATH` or `postgres://user@host:port/name`.
    #[arg(long, conflicts_with = "db")]
    database: Option<String>,
    /// The PostgreSQL database of the case keys (default: `<name>_keys` on the same server).
    #[arg(long)]
    keys_database: Option<String>,
}

impl Target {
    fn database(&self) -> Result<Database, Failure> {
        match &self.database {
            Some(address) => Database::parse(address, self.keys_database.as_deref())
                .map_err(|e| database_failure(&e).unwrap_or_else(|| invalid_address(address))),
            None => Ok(Database::Sqlite(self.db.clone())),
        }
    }
}

/// What the admin is told when the database link itself failed (its TLS), if it did.
fn database_failure(e: &StorageError) -> Option<Failure> {
    match e {
        StorageError::PlainToRemote(mode) => {
            Some(("hq-database-in-clear".to_owned(), vec![("mode", Arg::from(*mode))]))
        }
        StorageError::DatabaseCertificate(mode) => {
            Some(("hq-database-certificate".to_owned(), vec![("mode", Arg::from(*mode))]))
        }
        StorageError::DatabaseRoots(_) => Some(("hq-database-roots".to_owned(), Vec::new())),
        _ => None,
    }
}

/// The address is not shown back: it may hold a password.
fn invalid_address(_address: &str) -> Failure {
    ("hq-database-invalid".to_owned(), Vec::new())
}

#[derive(Subcommand)]
enum DeviceCommand {
    /// A one-time code that enrolls a device for a site.
    Add {
        #[command(flatten)]
        target: Target,
        /// The site the device serves.
        #[arg(long)]
        site: String,
    },
    /// Revoke a device: it is refused and told to wipe its data.
    Revoke {
        #[command(flatten)]
        target: Target,
        /// The device id (hex).
        #[arg(long)]
        device: String,
    },
}

#[derive(Subcommand)]
enum CaseCommand {
    /// Erase a case everywhere: its history at HQ, and on every device at its next sync.
    Erase {
        #[command(flatten)]
        target: Target,
        /// The case id (UUID).
        #[arg(long)]
        case: String,
    },
}

/// What the certificate HQ makes for itself names: this machine and the address it listens
/// on. (Devices pin the certificate itself, so an address it does not name still works.)
fn certificate_names(listen: SocketAddr) -> Vec<String> {
    let mut names = vec!["localhost".to_owned(), "127.0.0.1".to_owned()];
    if !listen.ip().is_unspecified() && !listen.ip().is_loopback() {
        names.push(listen.ip().to_string());
    }
    names
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

fn parse_hex<const N: usize>(s: &str) -> Option<[u8; N]> {
    let clean: String = s.chars().filter(char::is_ascii_hexdigit).collect();
    hex::decode(clean).ok()?.try_into().ok()
}

/// A failure, as a message id and its arguments.
type Failure = (String, Vec<(&'static str, Arg)>);

fn run(l10n: &Localizer, command: Command) -> Result<(), Failure> {
    let storage_error = |e: StorageError| {
        // The admin is told to see the log: it must say what failed (no personal data in it).
        tracing::error!(error = %e, "storage");
        database_failure(&e).unwrap_or_else(|| ("hq-storage-failed".to_owned(), Vec::new()))
    };
    match command {
        Command::Serve {
            target,
            listen,
            workers,
            public_url,
            tls_cert,
            tls_key,
            plain_http,
            proxy_certificate,
        } => {
            // Nothing personal leaves this machine in clear text.
            if plain_http && !listen.ip().is_loopback() {
                return Err((
                    "hq-plain-http-refused".to_owned(),
                    vec![("address", Arg::from(listen.to_string()))],
                ));
            }
            let database = target.database()?;
            if let Database::Postgres(address) = &database
                && address.keys_share_the_server()
            {
                println!("{}", l10n.format("hq-keys-beside-cases", &[]));
            }
            // Every database connection is made, and dropped, outside the async runtime: the
            // PostgreSQL client drives its connection on a runtime of its own, which must not
            // be entered from inside another one (it panics).
            let stores = database.open_pool(workers).map_err(storage_error)?;
            tracing::info!(workers = stores.len(), "storage open");
            // The dashboard's own store: it never takes a worker from the devices.
            let mut store = database.open().map_err(storage_error)?;
            let tls_cert_given = tls_cert.is_some();
            let certificate = match (plain_http, tls_cert, tls_key) {
                (true, _, _) => None,
                (false, Some(cert), Some(key)) => {
                    Some(waypoint_tls::HqCertificate::from_pem_files(&cert, &key).map_err(|e| {
                        tracing::error!(error = %e, "the TLS certificate cannot be used");
                        ("hq-tls-unusable".to_owned(), Vec::new())
                    })?)
                }
                _ => Some(store.own_certificate(certificate_names(listen)).map_err(storage_error)?),
            };
            let proxy_certificate = match proxy_certificate.as_deref().map(parse_hex::<32>) {
                Some(None) => return Err(("hq-proxy-certificate-invalid".to_owned(), Vec::new())),
                Some(Some(fingerprint)) => Some(fingerprint),
                None => None,
            };
            if plain_http && public_url.is_some() && proxy_certificate.is_none() {
                tracing::warn!(
                    "behind a proxy without --proxy-certificate, enrollments cannot be checked for a man in the middle"
                );
            }
            // Behind a TLS-terminating proxy on this machine, requests name their sender in
            // `X-Forwarded-For`: limits per network count that address, not the proxy's.
            let behind_proxy = public_url.is_some();
            let pool = HubPool::new(stores).behind_a_proxy(behind_proxy);
            let pool = Arc::new(match certificate.as_ref().map(|c| c.fingerprint()).or(proxy_certificate) {
                Some(fingerprint) => pool.presenting(fingerprint),
                None => pool,
            });
            let made_here = !tls_cert_given;
            let behind_https =
                public_url.is_some_and(|u| u.get(..8).is_some_and(|s| s.eq_ignore_ascii_case("https://")));
            let dashboard = Arc::new(
                Dashboard::new(store, behind_https || certificate.is_some()).behind_a_proxy(behind_proxy),
            );
            let runtime =
                tokio::runtime::Runtime::new().map_err(|_| ("hq-storage-failed".to_owned(), Vec::new()))?;
            let served = runtime.block_on(async {
                let listener = tokio::net::TcpListener::bind(listen).await.map_err(|_| {
                    ("hq-listen-failed".to_owned(), vec![("address", Arg::from(listen.to_string()))])
                })?;
                let address = listener.local_addr().map_or(listen.to_string(), |a| a.to_string());
                let scheme = if certificate.is_some() { "https" } else { "http" };
                println!(
                    "{}",
                    l10n.format("hq-listening", &[("address", Arg::from(format!("{scheme}://{address}")))])
                );
                if let Some(c) = certificate.as_ref().filter(|_| made_here) {
                    let fingerprint = waypoint_tls::spoken(&c.fingerprint());
                    println!("{}", l10n.format("hq-certificate", &[("fingerprint", Arg::from(fingerprint))]));
                }
                let app = waypoint_hq::server::router(pool.clone())
                    .merge(waypoint_hq::dashboard::router(dashboard.clone()))
                    .into_make_service_with_connect_info::<std::net::SocketAddr>();
                let stopped = async {
                    if let Err(e) = tokio::signal::ctrl_c().await {
                        tracing::error!(error = %e, "cannot wait for Ctrl-C; stop HQ with a signal");
                        std::future::pending::<()>().await;
                    }
                };
                let failed = |_| ("hq-storage-failed".to_owned(), Vec::new());
                match &certificate {
                    Some(c) => {
                        let config = c.server_config().map_err(|e| {
                            tracing::error!(error = %e, "the TLS certificate cannot be used");
                            ("hq-tls-unusable".to_owned(), Vec::new())
                        })?;
                        let tls = waypoint_hq::TlsListener::new(listener, config).map_err(|_| {
                            ("hq-listen-failed".to_owned(), vec![("address", Arg::from(listen.to_string()))])
                        })?;
                        axum::serve(tls.tap_io(|_| {}), app)
                            .with_graceful_shutdown(stopped)
                            .await
                            .map_err(failed)
                    }
                    None => axum::serve(listener, app).with_graceful_shutdown(stopped).await.map_err(failed),
                }
            });
            // The runtime's tasks (and their clones of the pool) end first, then the connections.
            drop(runtime);
            drop(dashboard);
            drop(pool);
            served
        }
        Command::Migrate { from, to, to_keys } => {
            let Ok(Database::Sqlite(path)) = Database::parse(&from, None) else {
                return Err(invalid_address(&from));
            };
            let address = match Database::parse(&to, to_keys.as_deref()) {
                Ok(Database::Postgres(address)) => address,
                Err(e) => return Err(database_failure(&e).unwrap_or_else(|| invalid_address(&to))),
                Ok(Database::Sqlite(_)) => return Err(invalid_address(&to)),
            };
            let moved = waypoint_hq::migrate::sqlite_to_postgres(&path, &address).map_err(|e| match e {
                StorageError::TargetNotEmpty => ("hq-migrate-target-not-empty".to_owned(), Vec::new()),
                e => storage_error(e),
            })?;
            let count = |n: u64| Arg::from(i64::try_from(n).unwrap_or(i64::MAX));
            println!(
                "{}",
                l10n.format(
                    "hq-migrated",
                    &[
                        ("devices", count(moved.devices)),
                        ("cases", count(moved.cases)),
                        ("changes", count(moved.changes))
                    ]
                )
            );
            Ok(())
        }
        Command::Device { command: DeviceCommand::Add { target, site } } => {
            let mut store = target.database()?.open().map_err(storage_error)?;
            let code = store.add_device_code(&site, now_ms()).map_err(storage_error)?;
            store
                .audit(now_ms(), "cli", "device.enroll", None, &format!("site={site}"))
                .map_err(storage_error)?;
            println!(
                "{}",
                l10n.format(
                    "hq-device-code",
                    &[("site", Arg::from(site)), ("code", Arg::from(code)), ("hours", Arg::from(24_i64))]
                )
            );
            Ok(())
        }
        Command::Device { command: DeviceCommand::Revoke { target, device } } => {
            let id = parse_hex::<16>(&device).ok_or(("hq-device-id-invalid".to_owned(), Vec::new()))?;
            let mut store = target.database()?.open().map_err(storage_error)?;
            store.revoke(&DeviceKey(id)).map_err(|e| match e {
                StorageError::UnknownDevice => ("hq-device-unknown".to_owned(), Vec::new()),
                e => storage_error(e),
            })?;
            store
                .audit(now_ms(), "cli", "device.revoke", None, &format!("device={}", hex::encode(id)))
                .map_err(storage_error)?;
            println!("{}", l10n.format("hq-device-revoked", &[]));
            Ok(())
        }
        Command::Case { command: CaseCommand::Erase { target, case } } => {
            let id = parse_hex::<16>(&case).ok_or(("hq-case-id-invalid".to_owned(), Vec::new()))?;
            let mut store = target.database()?.open().map_err(storage_error)?;
            let case = waypoint_hq::dashboard::records::case_text(&CaseKey(id));
            let audit =
                AuditEntry { user: "cli", action: "case.erase", case: Some(&case), detail: String::new() };
            store.erase_audited(&CaseKey(id), now_ms(), &audit).map_err(storage_error)?;
            println!("{}", l10n.format("hq-case-erased", &[]));
            Ok(())
        }
        Command::User { command: UserCommand::Add { target, name, role, sites } } => {
            let role = Role::from_code(&role).ok_or(("hq-user-role-invalid".to_owned(), Vec::new()))?;
            let sites = waypoint_hq::accounts::Sites::parse(&sites)
                .map_err(|_| ("hq-error-sites".to_owned(), Vec::new()))?;
            let password = read_password(l10n)?;
            let store = target.database()?.open().map_err(storage_error)?;
            let dashboard = Dashboard::new(store, false);
            match dashboard.add_user(&name, role, &password, &sites) {
                Ok(()) => {
                    println!("{}", l10n.format("hq-user-added", &[("role", Arg::from(role.code()))]));
                    Ok(())
                }
                Err(AddUserError::Password(_)) => Err((
                    "hq-user-password-short".to_owned(),
                    vec![("count", Arg::from(waypoint_hq::accounts::MIN_PASSWORD_CHARS))],
                )),
                Err(AddUserError::Name) => Err(("hq-user-name-invalid".to_owned(), Vec::new())),
                Err(AddUserError::Store(StorageError::UserExists)) => {
                    Err(("hq-user-exists".to_owned(), Vec::new()))
                }
                Err(e) => {
                    tracing::debug!(error = %e, "add user");
                    Err(("hq-storage-failed".to_owned(), Vec::new()))
                }
            }
        }
        Command::Audit { command: AuditCommand::Verify { target } } => {
            let mut store = target.database()?.open().map_err(storage_error)?;
            match store.verify_audit() {
                Ok(entries) => {
                    let entries = Arg::from(i64::try_from(entries).unwrap_or(i64::MAX));
                    println!("{}", l10n.format("cli-audit-verified", &[("entries", entries)]));
                    Ok(())
                }
                Err(StorageError::AuditBroken { seq }) => {
                    Err(("error-audit-broken".to_owned(), vec![("seq", Arg::from(seq))]))
                }
                Err(e) => Err(storage_error(e)),
            }
        }
    }
}

/// The new user's password: one line from standard input when it is not a terminal (scripts,
/// tests), else asked twice at the terminal without echo.
fn read_password(l10n: &Localizer) -> Result<String, Failure> {
    use std::io::{BufRead, IsTerminal};
    let io_failed = |_| ("hq-user-password-unreadable".to_owned(), Vec::new());
    if !std::io::stdin().is_terminal() {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).map_err(io_failed)?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_owned());
    }
    let prompt =
        |id: &str| rpassword::prompt_password(format!("{}: ", l10n.format(id, &[]))).map_err(io_failed);
    let first = prompt("hq-user-password-prompt")?;
    if prompt("hq-user-password-again")? != first {
        return Err(("hq-user-passwords-differ".to_owned(), Vec::new()));
    }
    Ok(first)
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        // Warnings (a man in the middle, a code tried too often) show unless told otherwise.
        .with_env_filter(
            tracing_subscriber::EnvFilter::builder()
                .with_default_directive(tracing::level_filters::LevelFilter::WARN.into())
                .with_env_var("WAYPOINT_LOG")
                .from_env_lossy(),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let l10n = Localizer::for_terminal(cli.lang.as_deref());
    match run(&l10n, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err((id, args)) => {
            eprintln!("{}", l10n.format(&id, &args));
            ExitCode::FAILURE
        }
    }
}
