//! A device's client against HQ's listener on loopback: each way of trusting HQ, and the
//! certificate it meets.

use std::io::{Read, Write};

use waypoint_tls::{HqCertificate, Trust, agent};

/// A TLS server on loopback that answers every request `ok` (HQ's listener is in `waypoint-hq`;
/// this one is just enough to meet a client).
fn serve(certificate: &HqCertificate) -> std::net::SocketAddr {
    let config = certificate.server_config().expect("config");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = listener.local_addr().expect("address");
    std::thread::spawn(move || {
        for tcp in listener.incoming().map_while(Result::ok) {
            let Ok(connection) = rustls::ServerConnection::new(config.clone()) else { continue };
            let mut tls = rustls::StreamOwned::new(connection, tcp);
            let mut request = Vec::new();
            let mut buffer = [0u8; 1024];
            // A client that refuses the certificate ends here, with an error.
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                match tls.read(&mut buffer) {
                    Ok(n @ 1..) => request.extend_from_slice(&buffer[..n]),
                    _ => break,
                }
            }
            if request.ends_with(b"\r\n\r\n") {
                let answered =
                    tls.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok");
                if answered.is_ok() {
                    tls.conn.send_close_notify();
                    tls.flush().ok();
                }
            }
        }
    });
    address
}

fn get_health(
    trust: Trust,
    address: std::net::SocketAddr,
) -> (Result<String, ureq::Error>, waypoint_tls::Seen) {
    let config = ureq::Agent::config_builder().http_status_as_error(false).build();
    let (agent, seen) = agent(trust, config).expect("agent");
    let body = agent
        .get(&format!("https://{address}/health"))
        .call()
        .and_then(|mut r| r.body_mut().read_to_string());
    (body, seen)
}

#[test]
fn a_device_reaches_hq_only_through_the_certificate_it_trusts() {
    let hq = HqCertificate::make(vec!["hq.invalid".into()]).expect("certificate");
    let address = serve(&hq);

    // Enrollment: any certificate goes, and the one seen is told (no authority vouches).
    let (body, seen) = get_health(Trust::FirstContact, address);
    assert_eq!(body.expect("first contact"), "ok");
    let presented = seen.last().expect("a certificate");
    assert_eq!(presented.fingerprint, hq.fingerprint());
    assert!(!presented.vouched && presented.accepted);

    // Pinned: this certificate, although it names another host and no authority signed it.
    let (body, _) = get_health(Trust::Pinned(hq.fingerprint()), address);
    assert_eq!(body.expect("pinned"), "ok");

    // Another certificate than the pinned one, or none an authority vouches for: refused.
    let (body, seen) = get_health(Trust::Pinned([7; 32]), address);
    assert!(body.is_err());
    assert_eq!(seen.last().map(|p| (p.fingerprint, p.accepted)), Some((hq.fingerprint(), false)));
    let (body, seen) = get_health(Trust::Authorities, address);
    assert!(body.is_err());
    assert!(seen.last().is_some_and(|p| !p.vouched && !p.accepted));

    // Plain HTTP to a TLS port gets nowhere.
    let config =
        ureq::Agent::config_builder().timeout_global(Some(std::time::Duration::from_secs(5))).build();
    let (plain, _) = agent(Trust::Authorities, config).expect("agent");
    assert!(plain.get(&format!("http://{address}/health")).call().is_err());
}
