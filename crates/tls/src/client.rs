//! The device's side: an HTTPS client (ureq) that trusts HQ as the device decided.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::{
    ClientConfig, ClientConnection, DigitallySignedStruct, RootCertStore, SignatureScheme, StreamOwned,
};
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};
use ureq::unversioned::resolver::DefaultResolver;
use ureq::unversioned::transport::{
    Buffers, ConnectionDetails, Connector, Either, LazyBuffers, NextTimeout, TcpConnector, Transport,
    TransportAdapter,
};

use crate::certificate::{Fingerprint, fingerprint};

/// How a device trusts the certificate HQ presents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// The certificate authorities bundled with the app vouch for it (an HQ with a public
    /// name and a certificate from an authority).
    Authorities,
    /// Exactly this certificate: the one an HQ that made its own presented at enrollment.
    Pinned(Fingerprint),
    /// Enrollment: any certificate, recorded in [`Seen`] with whether an authority vouched for
    /// it. What was seen is trusted only once the enrollment proved HQ saw the same.
    FirstContact,
}

/// The certificate HQ presented on the last connection, as the client saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Presented {
    /// Its fingerprint.
    pub fingerprint: Fingerprint,
    /// A bundled certificate authority vouches for it (for the address used).
    pub vouched: bool,
    /// The client went on with it ([`Trust::Pinned`] refuses every other certificate).
    pub accepted: bool,
}

/// What the client's connections saw, shared with whoever made the client.
#[derive(Debug, Clone, Default)]
pub struct Seen(Arc<Mutex<Option<Presented>>>);

impl Seen {
    /// The certificate of the last TLS connection, if one got that far.
    pub fn last(&self) -> Option<Presented> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Forgets the last certificate, before a request whose own it should tell.
    pub fn forget(&self) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    fn record(&self, presented: Presented) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(presented);
    }
}

#[derive(Debug)]
struct Verifier {
    trust: Trust,
    authorities: Arc<WebPkiServerVerifier>,
    provider: Arc<CryptoProvider>,
    seen: Seen,
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let by_authorities =
            self.authorities.verify_server_cert(end_entity, intermediates, server_name, ocsp, now);
        let fingerprint = fingerprint(end_entity);
        let vouched = by_authorities.is_ok();
        let accepted = match self.trust {
            Trust::Authorities => vouched,
            // Names and dates do not matter: this very certificate is the one HQ proved.
            Trust::Pinned(pin) => fingerprint == pin,
            Trust::FirstContact => true,
        };
        self.seen.record(Presented { fingerprint, vouched, accepted });
        match (accepted, self.trust) {
            (true, _) => Ok(ServerCertVerified::assertion()),
            (false, Trust::Authorities) => by_authorities,
            (false, _) => Err(rustls::Error::InvalidCertificate(
                rustls::CertificateError::ApplicationVerificationFailure,
            )),
        }
    }

    // The handshake's signature is always checked: whoever presents a certificate must hold
    // its key.
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}

fn client_config(trust: Trust, seen: Seen) -> Result<Arc<ClientConfig>, rustls::Error> {
    let provider = crate::provider();
    let roots = RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
    let authorities = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .map_err(|e| rustls::Error::General(e.to_string()))?;
    let verifier = Arc::new(Verifier { trust, authorities, provider: provider.clone(), seen });
    let mut config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// TLS over the TCP connection ureq opened, with this crate's configuration.
#[derive(Debug)]
struct TlsConnector {
    config: Arc<ClientConfig>,
}

impl<In: Transport> Connector<In> for TlsConnector {
    type Out = Either<In, TlsTransport>;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        let Some(transport) = chained else { return Ok(None) };
        if !details.needs_tls() || transport.is_tls() {
            return Ok(Some(Either::A(transport)));
        }
        let host = details.uri.host().unwrap_or_default();
        let host = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
        let name = ServerName::try_from(host.to_owned()).map_err(|_| ureq::Error::Tls("not a host name"))?;
        let mut connection = ClientConnection::new(self.config.clone(), name)
            .map_err(|_| ureq::Error::Tls("TLS set-up failed"))?;
        let mut socket = TransportAdapter::new(transport.boxed(), details.current_time.clone());
        socket.set_timeout(details.timeout);
        connection.complete_io(&mut socket)?;
        let buffers =
            LazyBuffers::new(details.config.input_buffer_size(), details.config.output_buffer_size());
        Ok(Some(Either::B(TlsTransport { buffers, stream: StreamOwned { conn: connection, sock: socket } })))
    }
}

/// An HTTPS connection.
struct TlsTransport {
    buffers: LazyBuffers,
    stream: StreamOwned<ClientConnection, TransportAdapter>,
}

impl std::fmt::Debug for TlsTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TlsTransport")
    }
}

impl Transport for TlsTransport {
    fn buffers(&mut self) -> &mut dyn Buffers {
        &mut self.buffers
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        self.stream.get_mut().set_timeout(timeout);
        let output = &self.buffers.output()[..amount];
        self.stream.write_all(output)?;
        Ok(())
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        self.stream.get_mut().set_timeout(timeout);
        let input = self.buffers.input_append_buf();
        let amount = self.stream.read(input)?;
        self.buffers.input_appended(amount);
        Ok(amount > 0)
    }

    fn is_open(&mut self) -> bool {
        self.stream.get_mut().get_mut().is_open()
    }

    fn is_tls(&self) -> bool {
        true
    }
}

/// An HTTP client with `config` that speaks HTTPS trusting HQ as `trust` says, and plain HTTP
/// where the URL says so (the caller checks [`crate::plain_allowed`] first). The [`Seen`]
/// tells what certificate its connections met.
pub fn agent(trust: Trust, config: ureq::config::Config) -> Result<(ureq::Agent, Seen), crate::TlsError> {
    let seen = Seen::default();
    let tls = TlsConnector { config: client_config(trust, seen.clone())? };
    let connector = ().chain(TcpConnector::default()).chain(tls);
    Ok((ureq::Agent::with_parts(config, connector, DefaultResolver::default()), seen))
}
