//! HQ's certificate: given by an admin, or made by HQ for itself.

use std::path::Path;
use std::sync::Arc;

use rustls::ServerConfig;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use sha2::{Digest, Sha256};

use crate::TlsError;

/// SHA-256 of a certificate's DER bytes: what a device pins and shows.
pub type Fingerprint = [u8; 32];

/// The fingerprint of `certificate`.
pub fn fingerprint(certificate: &[u8]) -> Fingerprint {
    Sha256::digest(certificate).into()
}

/// The certificate chain HQ presents and its private key.
pub struct HqCertificate {
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
}

impl std::fmt::Debug for HqCertificate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HqCertificate")
            .field("fingerprint", &hex(&self.fingerprint()))
            .finish_non_exhaustive()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl HqCertificate {
    /// A certificate chain and key from PEM files (`--tls-cert`, `--tls-key`).
    pub fn from_pem_files(certificate: &Path, key: &Path) -> Result<Self, TlsError> {
        let read = |what, path: &Path| std::fs::read(path).map_err(|source| TlsError::Read { what, source });
        let (chain_pem, key_pem) = (read("the certificate file", certificate)?, read("the key file", key)?);
        let chain: Vec<CertificateDer<'static>> =
            CertificateDer::pem_slice_iter(&chain_pem).filter_map(Result::ok).collect();
        if chain.is_empty() {
            return Err(TlsError::Missing("the certificate file"));
        }
        let key = PrivateKeyDer::from_pem_slice(&key_pem).map_err(|_| TlsError::Missing("the key file"))?;
        let made = Self { chain, key };
        // Checked now, so that a wrong pair stops HQ at start, not at the first device.
        made.server_config()?;
        Ok(made)
    }

    /// A new self-signed certificate (ECDSA P-256) naming `names` (host names or addresses;
    /// devices pin it, so they need not match), valid for 20 years.
    pub fn make(names: Vec<String>) -> Result<Self, TlsError> {
        let key = rcgen::KeyPair::generate()?;
        let mut params = rcgen::CertificateParams::new(names)?;
        params.distinguished_name.push(rcgen::DnType::CommonName, "Waypoint headquarters");
        params.not_before = rcgen::date_time_ymd(2026, 1, 1);
        params.not_after = rcgen::date_time_ymd(2046, 1, 1);
        let certificate = params.self_signed(&key)?;
        Ok(Self::from_der(certificate.der().to_vec(), key.serialize_der()))
    }

    /// A certificate and PKCS#8 key as DER (as HQ keeps the one it made).
    pub fn from_der(certificate: Vec<u8>, key: Vec<u8>) -> Self {
        Self {
            chain: vec![CertificateDer::from(certificate)],
            key: PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key)),
        }
    }

    /// The certificate (first of the chain) and key as DER, to keep.
    pub fn to_der(&self) -> (Vec<u8>, Vec<u8>) {
        (self.chain.first().map(|c| c.to_vec()).unwrap_or_default(), self.key.secret_der().to_vec())
    }

    /// The fingerprint of the certificate HQ presents (first of the chain).
    pub fn fingerprint(&self) -> Fingerprint {
        fingerprint(self.chain.first().map_or(&[][..], |c| c.as_ref()))
    }

    /// rustls' server configuration for this certificate (HTTP/1.1).
    pub fn server_config(&self) -> Result<Arc<ServerConfig>, TlsError> {
        let mut config = ServerConfig::builder_with_provider(crate::provider())
            .with_safe_default_protocol_versions()?
            .with_no_client_auth()
            .with_single_cert(self.chain.clone(), self.key.clone_key())?;
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(Arc::new(config))
    }
}

/// `fingerprint` written for people: hex pairs separated by colons, as browsers show it.
pub fn spoken(fingerprint: &Fingerprint) -> String {
    fingerprint.iter().map(|b| format!("{b:02X}")).collect::<Vec<_>>().join(":")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_made_certificate_is_kept_and_read_back_the_same_and_a_pem_pair_loads() {
        let made = HqCertificate::make(vec!["localhost".into(), "127.0.0.1".into()]).expect("make");
        let (cert, key) = made.to_der();
        let again = HqCertificate::from_der(cert.clone(), key);
        assert_eq!(again.fingerprint(), made.fingerprint());
        assert_eq!(made.fingerprint(), fingerprint(&cert));
        assert!(again.server_config().is_ok());

        let dir = tempfile::tempdir().expect("tmp");
        let key = rcgen::KeyPair::generate().expect("key");
        let cert = rcgen::CertificateParams::new(vec!["hq.example.org".into()])
            .expect("params")
            .self_signed(&key)
            .expect("cert");
        std::fs::write(dir.path().join("c.pem"), cert.pem()).expect("write");
        std::fs::write(dir.path().join("k.pem"), key.serialize_pem()).expect("write");
        let loaded = HqCertificate::from_pem_files(&dir.path().join("c.pem"), &dir.path().join("k.pem"))
            .expect("a PEM pair");
        assert_eq!(loaded.fingerprint(), fingerprint(cert.der()));
        // The key of another certificate, or a file with no certificate, is refused at start.
        let other = rcgen::KeyPair::generate().expect("key");
        std::fs::write(dir.path().join("other.pem"), other.serialize_pem()).expect("write");
        assert!(
            HqCertificate::from_pem_files(&dir.path().join("c.pem"), &dir.path().join("other.pem")).is_err()
        );
        assert!(matches!(
            HqCertificate::from_pem_files(&dir.path().join("k.pem"), &dir.path().join("k.pem")),
            Err(TlsError::Missing(_))
        ));
        assert!(matches!(
            HqCertificate::from_pem_files(&dir.path().join("none.pem"), &dir.path().join("k.pem")),
            Err(TlsError::Read { .. })
        ));
        assert_eq!(spoken(&[0xab; 32]).len(), 32 * 3 - 1);
    }
}
