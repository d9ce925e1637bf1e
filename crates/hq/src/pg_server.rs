//! A PostgreSQL database's address with how HQ speaks TLS to its server, in libpq's words
//! (`sslmode`, `sslrootcert`), so that an admin's usual address works as it does for `psql`.
//!
//! The case keys travel on this link: to a server on another machine HQ speaks only TLS
//! (`prefer`, `allow` and `disable` are refused there, and with no `sslmode` HQ asks for
//! `verify-full` against the bundled public authorities). On this machine (a Unix socket,
//! `localhost`, a loopback address) libpq's default, `prefer`, holds. Unlike libpq,
//! `verify-ca` without `sslrootcert` also checks the name (see [`PgServer::parse`]).

use std::path::PathBuf;
use std::str::FromStr;

use postgres::config::{Host, SslMode};
use waypoint_tls::DatabaseCheck;

use crate::store::StorageError;

/// How the server's certificate is checked (libpq's `sslmode`, beyond what the `postgres`
/// crate parses itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ssl {
    /// `disable`: no TLS.
    Disable,
    /// `allow` / `prefer`: TLS if the server offers it, whatever its certificate.
    Prefer,
    /// `require`: TLS, whatever the certificate (with `sslrootcert`, as `verify-ca`).
    Require,
    /// `verify-ca`: TLS, and an authority vouches for the certificate.
    VerifyCa,
    /// `verify-full`: as `verify-ca`, and the certificate names the host.
    VerifyFull,
}

impl Ssl {
    fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "disable" => Self::Disable,
            "allow" | "prefer" => Self::Prefer,
            "require" => Self::Require,
            "verify-ca" => Self::VerifyCa,
            "verify-full" => Self::VerifyFull,
            _ => return None,
        })
    }

    /// The word libpq uses for it.
    pub fn word(self) -> &'static str {
        match self {
            Self::Disable => "disable",
            Self::Prefer => "prefer",
            Self::Require => "require",
            Self::VerifyCa => "verify-ca",
            Self::VerifyFull => "verify-full",
        }
    }
}

/// A PostgreSQL database HQ connects to.
#[derive(Debug, Clone)]
pub struct PgServer {
    /// The address, without the TLS options (which are here beside it).
    pub config: postgres::Config,
    /// How the server's certificate is checked.
    pub ssl: Ssl,
    /// The authorities' certificates (`sslrootcert`), when not the bundled ones.
    pub root: Option<PathBuf>,
}

impl PgServer {
    /// Parses a `postgres://…` URL or a `key=value` address. Refuses (`PlainToRemote`) an
    /// address that would send the link in clear text to another machine.
    pub fn parse(address: &str) -> Result<Self, StorageError> {
        let (rest, ssl, root) = take_tls_options(address)?;
        let mut config = postgres::Config::from_str(&rest).map_err(|_| StorageError::BadAddress)?;
        let remote = config.get_hosts().iter().any(|h| match h {
            Host::Tcp(name) => !on_this_machine(name),
            Host::Unix(_) => false,
        }) || config.get_hostaddrs().iter().any(|ip| !ip.is_loopback());
        let ssl = match (ssl, &root) {
            (Some(Ssl::Require), Some(_)) => Ssl::VerifyCa,
            // verify-ca against the bundled public authorities would take any public
            // certificate for any name: without a root file of its own, the name is checked.
            (Some(Ssl::VerifyCa), None) => Ssl::VerifyFull,
            (Some(ssl), _) => ssl,
            (None, Some(_)) => Ssl::VerifyCa,
            // Another machine: its certificate must be from a public authority and name it
            // (`require` alone would let someone on the path read the password and the keys).
            (None, None) if remote => Ssl::VerifyFull,
            (None, None) => Ssl::Prefer,
        };
        if remote && matches!(ssl, Ssl::Disable | Ssl::Prefer) {
            return Err(StorageError::PlainToRemote(ssl.word()));
        }
        config.ssl_mode(match ssl {
            Ssl::Disable => SslMode::Disable,
            Ssl::Prefer => SslMode::Prefer,
            Ssl::Require | Ssl::VerifyCa | Ssl::VerifyFull => SslMode::Require,
        });
        Ok(Self { config, ssl, root })
    }

    /// Another database on the same server, with the same TLS.
    pub fn with_database(&self, name: &str) -> Self {
        let mut other = self.clone();
        other.config.dbname(name);
        other
    }

    /// Connects (outside any async runtime: see `db::off_runtime`).
    pub(crate) fn connect(&self) -> Result<postgres::Client, StorageError> {
        let check = match self.ssl {
            Ssl::Disable | Ssl::Prefer | Ssl::Require => DatabaseCheck::Encrypted,
            Ssl::VerifyCa => DatabaseCheck::Authorities { roots: self.root.as_deref(), name: false },
            Ssl::VerifyFull => DatabaseCheck::Authorities { roots: self.root.as_deref(), name: true },
        };
        let tls = waypoint_tls::database_client(check).map_err(StorageError::DatabaseRoots)?;
        self.config.connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls)).map_err(|e| {
            if certificate_refused(&e) {
                // The admin needs the reason (unknown authority, another name, expired).
                tracing::error!(error = %e, sslmode = self.ssl.word(), "the database server's certificate was refused");
                StorageError::DatabaseCertificate(self.ssl.word())
            } else {
                StorageError::Postgres(e)
            }
        })
    }
}

/// Whether `host` is this machine.
fn on_this_machine(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host.trim_matches(['[', ']']).parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Whether the connection failed because the server's certificate was not accepted.
fn certificate_refused(error: &postgres::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(error);
    while let Some(e) = source {
        let rustls_error = e.downcast_ref::<rustls::Error>().or_else(|| {
            e.downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        });
        if matches!(rustls_error, Some(rustls::Error::InvalidCertificate(_))) {
            return true;
        }
        source = e.source();
    }
    false
}

/// Takes `sslmode` and `sslrootcert` out of an address (the `postgres` crate knows neither
/// `verify-ca`/`verify-full` nor `sslrootcert`), in either of its two forms.
fn take_tls_options(address: &str) -> Result<(String, Option<Ssl>, Option<PathBuf>), StorageError> {
    let (mut ssl, mut root) = (None, None);
    let mut take = |key: &str, value: &str| -> Result<bool, StorageError> {
        match key {
            "sslmode" => ssl = Some(Ssl::parse(value).ok_or(StorageError::BadAddress)?),
            "sslrootcert" => root = Some(PathBuf::from(value)),
            _ => return Ok(false),
        }
        Ok(true)
    };
    if address.starts_with("postgres://") || address.starts_with("postgresql://") {
        let Some((base, query)) = address.split_once('?') else {
            return Ok((address.to_owned(), None, None));
        };
        let mut kept = Vec::new();
        for pair in query.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value).ok_or(StorageError::BadAddress)?;
            if !take(key, &value)? {
                kept.push(pair);
            }
        }
        let rest = if kept.is_empty() { base.to_owned() } else { format!("{base}?{}", kept.join("&")) };
        return Ok((rest, ssl, root));
    }
    // `key=value key=value` (values with spaces, quoted, are left to the `postgres` crate).
    let mut kept = Vec::new();
    for word in address.split_whitespace() {
        let (key, value) = word.split_once('=').unwrap_or((word, ""));
        if !take(key.trim(), value.trim_matches('\''))? {
            kept.push(word);
        }
    }
    Ok((kept.join(" "), ssl, root))
}

/// `%XX` escapes decoded (a path in a URL).
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_follows_libpq_and_never_leaves_the_machine_in_clear() {
        let parsed = |a: &str| PgServer::parse(a).map(|s| (s.ssl, s.root, s.config.get_ssl_mode()));
        // On this machine libpq's default holds; elsewhere TLS with a certificate that names it.
        assert!(matches!(parsed("postgres://hq@127.0.0.1/cases"), Ok((Ssl::Prefer, None, SslMode::Prefer))));
        assert!(matches!(parsed("postgres://hq@localhost/cases?host=/run/pg"), Ok((Ssl::Prefer, ..))));
        assert!(matches!(
            parsed("postgres://hq@db.example/cases"),
            Ok((Ssl::VerifyFull, None, SslMode::Require))
        ));
        assert!(matches!(parsed("postgres://hq@[::1]/cases?sslmode=disable"), Ok((Ssl::Disable, ..))));
        // In clear text to another machine: refused, whatever the spelling.
        for clear in [
            "postgres://hq@db.example/cases?sslmode=disable",
            "postgres://hq@db.example/cases?sslmode=prefer",
            "postgresql://hq@10.0.0.5:5433/cases?sslmode=allow",
            "host=db.example user=hq dbname=cases sslmode=disable",
            "postgres://hq@127.0.0.1/cases?hostaddr=10.0.0.5&sslmode=disable",
        ] {
            assert!(matches!(PgServer::parse(clear), Err(StorageError::PlainToRemote(_))), "{clear}");
        }
        // The modes the `postgres` crate cannot parse, and the root file (percent-decoded).
        let full = parsed(
            "postgres://hq@db.example/cases?sslmode=verify-full&sslrootcert=%2Fetc%2Fca%20x.pem&application_name=hq",
        );
        assert!(
            matches!(&full, Ok((Ssl::VerifyFull, Some(p), SslMode::Require)) if p == &PathBuf::from("/etc/ca x.pem")),
            "{full:?}"
        );
        // verify-ca without a root file of its own would take any public certificate.
        assert!(matches!(
            parsed("host=db.example sslmode=verify-ca user=hq"),
            Ok((Ssl::VerifyFull, None, _))
        ));
        assert!(matches!(
            parsed("host=db.example sslmode=verify-ca sslrootcert=/ca.pem"),
            Ok((Ssl::VerifyCa, Some(_), _))
        ));
        // libpq: `require` with a root certificate checks it as `verify-ca`.
        assert!(matches!(
            parsed("postgres://hq@db.example/c?sslmode=require&sslrootcert=/ca.pem"),
            Ok((Ssl::VerifyCa, ..))
        ));
        for bad in
            ["postgres://hq@db.example/c?sslmode=sometimes", "postgres://hq@db.example/c?sslrootcert=%zz"]
        {
            assert!(matches!(PgServer::parse(bad), Err(StorageError::BadAddress)), "{bad}");
        }
        // Other options stay.
        let kept =
            PgServer::parse("postgres://hq@db.example/c?sslmode=require&application_name=hq").expect("kept");
        assert_eq!(kept.config.get_application_name(), Some("hq"));
    }
}
