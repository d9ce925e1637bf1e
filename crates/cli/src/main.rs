//! `waypoint`: the admin and QA command. Creates and unlocks device stores, adds users, makes
//! demo data, exports a case for the person's own access request and verifies the audit chain.
//!
//! Everything it says comes from `locales/*/cli.ftl` and `errors.ftl`; passphrases come from a
//! prompt (no echo) or, for scripts, from `WAYPOINT_PASSPHRASE` / `WAYPOINT_NEW_PASSPHRASE`.

use std::path::PathBuf;
use std::process::ExitCode;

mod locales;
mod names;

use clap::{Parser, Subcommand};
use rand::SeedableRng;
use waypoint_i18n::{Arg, Localizer};
use waypoint_model::{SiteId, Timestamp, UserId};
use waypoint_store::{KdfParams, Store, StoreConfig, StoreError};

#[derive(Parser)]
#[command(name = "waypoint", version, about = "Waypoint admin and QA tool")]
struct Cli {
    /// Interface language (BCP 47); defaults to the system's.
    #[arg(long, global = true)]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct Login {
    /// The store's database file.
    #[arg(long)]
    db: PathBuf,
    /// Who is working (user id).
    #[arg(long)]
    user: String,
}

#[derive(Subcommand)]
enum Command {
    /// Creates a new encrypted store for a device, with its first (admin) user.
    Init {
        #[command(flatten)]
        login: Login,
        /// The site this device serves.
        #[arg(long)]
        site: String,
        /// Use fast, insecure key derivation (tests and demos only).
        #[arg(long, hide = true)]
        insecure_fast_kdf: bool,
    },
    /// Manages the users of a store.
    Users {
        #[command(subcommand)]
        command: UsersCommand,
    },
    /// Adds realistic synthetic cases in several scripts (never real people).
    DemoData {
        #[command(flatten)]
        login: Login,
        /// How many cases.
        #[arg(long, default_value_t = 100)]
        cases: usize,
        /// Seed, so the same demo can be made again.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Writes one case as JSON, for the person's own access request.
    Export {
        #[command(flatten)]
        login: Login,
        /// Case id or short code.
        #[arg(long)]
        case: String,
        /// Output file (standard output if absent).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Lists and searches cases.
    Cases {
        #[command(subcommand)]
        command: CasesCommand,
    },
    /// The audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Translation coverage of the shipped locales.
    I18n {
        #[command(subcommand)]
        command: I18nCommand,
    },
    /// Name matching, for tracing officers checking how spellings compare.
    Names {
        #[command(subcommand)]
        command: NamesCommand,
    },
}

#[derive(Subcommand)]
enum I18nCommand {
    /// Checks every locale against English: missing, extra and malformed messages, changed
    /// placeables, coverage. Fails unless every locale is complete.
    Check {
        /// A `locales/` folder to check instead of the strings built into this binary.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// A table of locales: code, own name, coverage, review status of each file.
    Status {
        /// A `locales/` folder to read instead of the strings built into this binary.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum NamesCommand {
    /// Reads `name_a<TAB>name_b` lines on standard input and prints `score<TAB>verdict` for
    /// each, in order (verdict `match` or `no-match` at the default threshold).
    Compare,
}

#[derive(Subcommand)]
enum UsersCommand {
    /// Adds a user who unlocks the store with their own passphrase.
    Add {
        #[command(flatten)]
        login: Login,
        /// The new user's id.
        #[arg(long)]
        new_user: String,
        /// Their role.
        #[arg(long, default_value = "officer", value_parser = clap::builder::PossibleValuesParser::new(waypoint_store::ROLES))]
        role: String,
    },
    /// Lists users and roles.
    List {
        #[command(flatten)]
        login: Login,
    },
}

#[derive(Subcommand)]
enum CasesCommand {
    /// The most recently changed cases.
    List {
        #[command(flatten)]
        login: Login,
        /// How many.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Finds cases by name in any script, or by short code.
    Search {
        #[command(flatten)]
        login: Login,
        /// Name or code.
        query: String,
        /// How many results at most.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Verifies the hash chain of the audit log.
    Verify {
        #[command(flatten)]
        login: Login,
    },
}

/// A failure with a translated message.
enum Failure {
    Store(StoreError),
    Message(&'static str, Vec<(&'static str, Arg)>),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Failure::Store(e)
    }
}

impl Failure {
    /// A terminal or pipe error, by kind only.
    fn io(e: std::io::Error) -> Self {
        Failure::Store(StoreError::Io { detail: e.kind().to_string() })
    }
}

fn passphrase(l10n: &Localizer, env: &str, prompt_id: &str, confirm: bool) -> Result<String, Failure> {
    if let Ok(p) = std::env::var(env) {
        return Ok(p);
    }
    let read =
        |id: &str| rpassword::prompt_password(format!("{}: ", l10n.format(id, &[]))).map_err(Failure::io);
    let first = read(prompt_id)?;
    if confirm && read("cli-passphrase-confirm")? != first {
        return Err(Failure::Message("cli-passphrases-differ", Vec::new()));
    }
    Ok(first)
}

fn unlock(l10n: &Localizer, login: &Login) -> Result<Store, Failure> {
    let pass = passphrase(l10n, "WAYPOINT_PASSPHRASE", "cli-passphrase-prompt", false)?;
    Ok(Store::open(&login.db, &UserId::new(&login.user), &pass)?)
}

fn run(l10n: &Localizer, command: Command) -> Result<(), Failure> {
    match command {
        Command::Init { login, site, insecure_fast_kdf } => {
            let pass = passphrase(l10n, "WAYPOINT_PASSPHRASE", "cli-passphrase-prompt", true)?;
            let kdf = if insecure_fast_kdf { KdfParams::FAST_INSECURE } else { KdfParams::STRONG };
            Store::create(
                &login.db,
                &UserId::new(&login.user),
                &pass,
                &StoreConfig { site: SiteId::new(site), kdf },
            )?;
            println!(
                "{}",
                l10n.format("cli-store-initialised", &[("path", login.db.display().to_string().into())])
            );
        }
        Command::Users { command: UsersCommand::Add { login, new_user, role } } => {
            let current = passphrase(l10n, "WAYPOINT_PASSPHRASE", "cli-passphrase-prompt", false)?;
            let mut store = Store::open(&login.db, &UserId::new(&login.user), &current)?;
            let new_pass =
                passphrase(l10n, "WAYPOINT_NEW_PASSPHRASE", "cli-new-user-passphrase-prompt", true)?;
            store.add_user(&UserId::new(&new_user), &role, &new_pass, &current)?;
            println!("{}", l10n.format("cli-user-added", &[("user", new_user.into())]));
        }
        Command::Users { command: UsersCommand::List { login } } => {
            let store = unlock(l10n, &login)?;
            for (user, role) in store.users()? {
                println!("{user}\t{role}");
            }
        }
        Command::DemoData { login, cases, seed } => {
            let mut store = unlock(l10n, &login)?;
            let mut generator =
                waypoint_synth::Generator::new(rand::rngs::StdRng::seed_from_u64(seed), Timestamp::now());
            let batch: Vec<_> = (0..cases)
                .map(|i| if i % 5 == 0 { generator.full_case() } else { generator.registered_case() })
                .collect();
            store.insert_cases(&batch, Timestamp::now())?;
            println!("{}", l10n.format("cli-demo-data-created", &[("count", Arg::from(cases as i64))]));
        }
        Command::Export { login, case, out } => {
            let mut store = unlock(l10n, &login)?;
            let id = match store.find_by_code(&case)?.as_slice() {
                [id] => id.clone(),
                [] => waypoint_model::CaseId::parse(&case)
                    .map_err(|_| Failure::Store(StoreError::CaseNotFound { case: case.clone() }))?,
                _ => {
                    return Err(Failure::Message(
                        "cli-code-ambiguous",
                        vec![("code", Arg::from(case.as_str()))],
                    ));
                }
            };
            let json = store.export_case(&id)?;
            let text =
                serde_json::to_string_pretty(&json).map_err(|_| Failure::Store(StoreError::Internal))?;
            match out {
                Some(path) => {
                    std::fs::write(&path, text).map_err(Failure::io)?;
                    println!(
                        "{}",
                        l10n.format("cli-case-exported", &[("path", path.display().to_string().into())])
                    );
                }
                None => println!("{text}"),
            }
        }
        Command::Cases { command: CasesCommand::List { login, limit } } => {
            let store = unlock(l10n, &login)?;
            for c in store.list_cases(limit)? {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    c.code, c.display_name, c.age_band, c.risk, c.status, c.flags
                );
            }
        }
        Command::Cases { command: CasesCommand::Search { login, query, limit } } => {
            let store = unlock(l10n, &login)?;
            for hit in store.search(&query, limit)? {
                println!(
                    "{:.2}\t{}\t{}\t{}",
                    hit.score, hit.case.code, hit.case.case_id, hit.case.display_name
                );
            }
        }
        Command::Names { command: NamesCommand::Compare } => names::compare(l10n)?,
        Command::I18n { command } => {
            let (dir, check) = match command {
                I18nCommand::Check { dir } => (dir, true),
                I18nCommand::Status { dir } => (dir, false),
            };
            let owned = match dir {
                Some(dir) => locales::read_dir(&dir).map_err(Failure::io)?,
                None => Vec::new(),
            };
            let on_disk: Vec<waypoint_i18n::Source<'_>> = owned
                .iter()
                .map(|(locale, file, text)| waypoint_i18n::Source { locale, file, text })
                .collect();
            let files = if on_disk.is_empty() { waypoint_i18n::sources() } else { &on_disk[..] };
            if check {
                if !locales::print_check(l10n, files) {
                    return Err(Failure::Message("cli-i18n-check-failed", Vec::new()));
                }
            } else {
                locales::print_coverage(l10n, &waypoint_i18n::check::check(files));
            }
        }
        Command::Audit { command: AuditCommand::Verify { login } } => {
            let store = unlock(l10n, &login)?;
            let n = store.verify_audit()?;
            println!("{}", l10n.format("cli-audit-verified", &[("entries", Arg::from(n as i64))]));
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("WAYPOINT_LOG"))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let l10n = Localizer::for_terminal(cli.lang.as_deref());
    match run(&l10n, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let message = match failure {
                Failure::Store(e) => {
                    tracing::debug!(error = ?e, "command failed");
                    let args: Vec<(&str, Arg)> =
                        e.message_args().into_iter().map(|(k, v)| (k, Arg::from(v))).collect();
                    l10n.format(e.message_id(), &args)
                }
                Failure::Message(id, args) => l10n.format(id, &args),
            };
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
