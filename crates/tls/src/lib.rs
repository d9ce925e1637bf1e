//! TLS between devices and HQ, with rustls (and its `ring` provider, so nothing needs a
//! system TLS library).
//!
//! HQ presents a certificate: one an admin gave it (from a certificate authority, or the
//! organisation's own), or one it made for itself on first start and keeps. A device trusts
//! HQ one of two ways: the certificate authorities bundled with the app (for an HQ with a
//! public name), or, for an HQ that made its own certificate, the exact certificate it saw
//! when it enrolled — whose fingerprint the enrollment proved came from the HQ that issued the
//! code (see `waypoint_sync::enrollment`). Names and dates do not matter for a pinned
//! certificate, as with SSH host keys: an HQ at a shelter is often reached by an address its
//! certificate cannot name.
//!
//! Plain `http://` is for this machine only ([`plain_allowed`]): nothing personal leaves it in
//! clear text.

mod certificate;
mod client;
mod database;

pub use certificate::{Fingerprint, HqCertificate, fingerprint, spoken};
pub use client::{Presented, Seen, Trust, agent};
pub use database::{DatabaseCheck, database_client};

/// The cryptography under TLS: `ring`. rustls now prefers aws-lc-rs for its post-quantum key
/// exchange, but aws-lc's build needs CMake and NASM on Windows, where the app must build for
/// field tablets; ring builds with a C compiler alone. Revisit when aws-lc builds as simply.
#[allow(deprecated)]
pub(crate) fn provider() -> std::sync::Arc<rustls::crypto::CryptoProvider> {
    std::sync::Arc::new(rustls::crypto::ring::default_provider())
}

/// Why TLS could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// A certificate or key file could not be read.
    #[error("cannot read {what}: {source}")]
    Read {
        /// Which file.
        what: &'static str,
        /// Why.
        source: std::io::Error,
    },
    /// The PEM holds no certificate, or no private key.
    #[error("{0} holds none")]
    Missing(&'static str),
    /// rustls refused the certificate or key.
    #[error("the certificate or its key cannot be used: {0}")]
    Rustls(#[from] rustls::Error),
    /// A certificate could not be made.
    #[error("cannot make a certificate: {0}")]
    Make(#[from] rcgen::Error),
}

/// Whether `url` may be plain `http://`: only to this machine (`localhost`, `127.0.0.0/8`,
/// `::1`). Anything else must be `https://`.
pub fn plain_allowed(url: &str) -> bool {
    let Some(rest) = url.get(..7).filter(|s| s.eq_ignore_ascii_case("http://")).map(|_| &url[7..]) else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // No user info: `http://127.0.0.1@evil.example` names evil.example.
    if authority.contains('@') {
        return false;
    }
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.rsplit_once(':').map_or(authority, |(h, _)| h),
    };
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_this_machine() {
        for ok in
            ["http://127.0.0.1:8750", "http://localhost:8750/", "HTTP://[::1]:80/v1", "http://127.1.2.3"]
        {
            assert!(plain_allowed(ok), "{ok}");
        }
        for refused in [
            "http://10.0.0.5:8750",
            "http://hq.example.org",
            "http://127.0.0.1@evil.example",
            "http://127.0.0.1.evil.example",
            "http://[::2]:80",
            "https://127.0.0.1",
            "ftp://127.0.0.1",
            "",
        ] {
            assert!(!plain_allowed(refused), "{refused}");
        }
    }
}
