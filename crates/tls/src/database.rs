//! HQ's side towards its PostgreSQL server: the TLS client for libpq's `sslmode`s. The case
//! keys travel on this link, so HQ speaks TLS to any server that is not on its own machine.

use std::path::Path;
use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};

use crate::TlsError;

/// How HQ checks the certificate its database server presents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseCheck<'a> {
    /// Encrypted, whatever certificate (libpq's `prefer` and `require` without a root
    /// certificate): no eavesdropper reads the link, though one on the path could pose as
    /// the server.
    Encrypted,
    /// The authorities in `roots` (a PEM file), or the bundled ones, vouch for the certificate
    /// (`verify-ca`); with `name`, it also names the host HQ connects to (`verify-full`).
    Authorities {
        /// The PEM file of the authorities (libpq's `sslrootcert`).
        roots: Option<&'a Path>,
        /// Whether the certificate must name the host.
        name: bool,
    },
}

/// The TLS client configuration for a database connection checked as `check` says.
pub fn database_client(check: DatabaseCheck<'_>) -> Result<ClientConfig, TlsError> {
    let provider = crate::provider();
    let roots = match check {
        DatabaseCheck::Authorities { roots: Some(path), .. } => {
            let pem = std::fs::read(path).map_err(|source| TlsError::Read { what: "sslrootcert", source })?;
            let mut store = RootCertStore::empty();
            for certificate in CertificateDer::pem_slice_iter(&pem) {
                let certificate = certificate.map_err(|_| TlsError::Missing("sslrootcert"))?;
                store.add(certificate)?;
            }
            if store.is_empty() {
                return Err(TlsError::Missing("sslrootcert"));
            }
            store
        }
        _ => RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() },
    };
    let authorities = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .map_err(|e| rustls::Error::General(e.to_string()))?;
    let verifier = DatabaseVerifier { check: check.into(), authorities };
    Ok(ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth())
}

/// What [`DatabaseVerifier`] asks of a certificate (the roots are already in the verifier).
#[derive(Debug, Clone, Copy)]
enum Asks {
    Nothing,
    Authority,
    AuthorityAndName,
}

impl From<DatabaseCheck<'_>> for Asks {
    fn from(check: DatabaseCheck<'_>) -> Self {
        match check {
            DatabaseCheck::Encrypted => Self::Nothing,
            DatabaseCheck::Authorities { name: false, .. } => Self::Authority,
            DatabaseCheck::Authorities { name: true, .. } => Self::AuthorityAndName,
        }
    }
}

#[derive(Debug)]
struct DatabaseVerifier {
    check: Asks,
    authorities: Arc<WebPkiServerVerifier>,
}

impl ServerCertVerifier for DatabaseVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Asks::Nothing = self.check {
            return Ok(ServerCertVerified::assertion());
        }
        match self.authorities.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
            // `verify-ca`: the authority is what counts, not the name.
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) if matches!(self.check, Asks::Authority) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    // The handshake's signature is always checked: whoever presents a certificate holds its key.
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.authorities.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.authorities.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.authorities.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_root_file_without_a_certificate_is_refused_with_its_name() {
        let dir = tempfile::tempdir().expect("dir");
        let empty = dir.path().join("root.crt");
        std::fs::write(&empty, "not a certificate").expect("write");
        let check = DatabaseCheck::Authorities { roots: Some(&empty), name: true };
        assert!(matches!(database_client(check), Err(TlsError::Missing("sslrootcert"))));
        let missing = dir.path().join("absent.crt");
        let check = DatabaseCheck::Authorities { roots: Some(&missing), name: false };
        assert!(matches!(database_client(check), Err(TlsError::Read { what: "sslrootcert", .. })));
        assert!(database_client(DatabaseCheck::Encrypted).is_ok());
    }
}
