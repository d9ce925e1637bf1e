//! HQ speaks TLS to its PostgreSQL server as the address's `sslmode` says, and refuses a
//! server whose certificate does not hold: a scratch cluster on 127.0.0.1 with a certificate
//! from a test authority.

use waypoint_harness::postgres::{ScratchPostgres, ServerTls};
use waypoint_hq::store::{Database, StorageError};

/// A certificate authority, and a server certificate it signed for `names`.
fn authority_and_server(names: &[&str]) -> (String, ServerTls) {
    let ca_key = rcgen::KeyPair::generate().expect("key");
    let mut ca = rcgen::CertificateParams::new(Vec::<String>::new()).expect("params");
    ca.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca.distinguished_name.push(rcgen::DnType::CommonName, "Waypoint test database authority");
    let ca_pem = ca.self_signed(&ca_key).expect("authority").pem();
    let issuer = rcgen::Issuer::new(ca, ca_key);
    let key = rcgen::KeyPair::generate().expect("key");
    let server = rcgen::CertificateParams::new(names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>())
        .expect("params")
        .signed_by(&key, &issuer)
        .expect("server certificate");
    (ca_pem, ServerTls { certificate: server.pem(), key: key.serialize_pem() })
}

/// Whether every connection to database `name` is encrypted, asked over the socket.
fn all_encrypted(pg: &ScratchPostgres, name: &str) -> Vec<bool> {
    let mut admin = postgres::Client::connect(&pg.url("postgres"), postgres::NoTls).expect("admin");
    admin
        .query(
            "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.datname = $1",
            &[&name],
        )
        .expect("pg_stat_ssl")
        .iter()
        .map(|r| r.get(0))
        .collect()
}

#[test]
fn hq_speaks_tls_to_postgres_as_sslmode_says_and_refuses_a_certificate_that_does_not_hold() {
    if waypoint_harness::postgres::binaries().is_none() && !waypoint_harness::postgres::required() {
        println!("skipped: PostgreSQL is not installed");
        return;
    }
    let (ca, tls) = authority_and_server(&["localhost"]);
    let pg = ScratchPostgres::start_tls(&tls).expect("PostgreSQL with TLS");
    pg.create_database("cases").expect("database");
    let dir = tempfile::tempdir().expect("dir");
    let ca_file = dir.path().join("root.crt");
    std::fs::write(&ca_file, &ca).expect("authority");
    let (other_ca, _) = authority_and_server(&["localhost"]);
    let other_file = dir.path().join("other.crt");
    std::fs::write(&other_file, &other_ca).expect("other authority");
    let root = |file: &std::path::Path| format!("sslrootcert={}", file.display());

    // verify-full with the authority: HQ works, its cases and keys connections encrypted.
    let address = pg.tcp_url("cases", &format!("sslmode=verify-full&{}", root(&ca_file)));
    let database = Database::parse(&address, None).expect("address");
    let mut store = database.open().expect("HQ over verify-full");
    store.add_device_code("site-a", 0).expect("HQ writes over TLS");
    let (cases, keys) = (all_encrypted(&pg, "cases"), all_encrypted(&pg, "cases_keys"));
    assert!(!cases.is_empty() && cases.iter().all(|s| *s), "cases link: {cases:?}");
    assert!(!keys.is_empty() && keys.iter().all(|s| *s), "keys link: {keys:?}");
    drop(store);

    // An authority that did not sign the server's certificate: refused, as a certificate.
    for mode in ["verify-full", "verify-ca", "require"] {
        let address = pg.tcp_url("cases", &format!("sslmode={mode}&{}", root(&other_file)));
        let refused = Database::parse(&address, None).expect("address").open().err();
        assert!(matches!(refused, Some(StorageError::DatabaseCertificate(_))), "{mode}: {refused:?}");
    }
    // A certificate from the authority, for another name: verify-full refuses, verify-ca takes it.
    let by_address = |mode: &str| {
        let url =
            format!("postgresql://waypoint@127.0.0.1:{}/cases?sslmode={mode}&{}", pg.port(), root(&ca_file));
        Database::parse(&url, None).expect("address").open().err()
    };
    assert!(matches!(by_address("verify-full"), Some(StorageError::DatabaseCertificate("verify-full"))));
    assert!(by_address("verify-ca").is_none(), "verify-ca checks the authority, not the name");

    // require without an authority: encrypted, whatever the certificate.
    let required = Database::parse(&pg.tcp_url("cases", "sslmode=require"), None).expect("address").open();
    assert!(required.is_ok(), "require: {:?}", required.err());
    assert!(all_encrypted(&pg, "cases").iter().all(|s| *s));
    drop(required);

    // The check above can fail: on this machine, sslmode=disable is honoured, in clear text.
    let clear = Database::parse(&pg.tcp_url("cases", "sslmode=disable"), None).expect("address").open();
    assert!(clear.is_ok(), "disable on loopback: {:?}", clear.err());
    assert!(all_encrypted(&pg, "cases").contains(&false), "a plain connection is seen as one");
    drop(clear);

    // A root file that holds no certificate: its own refusal.
    let empty = dir.path().join("empty.crt");
    std::fs::write(&empty, "").expect("empty");
    let address = pg.tcp_url("cases", &format!("sslmode=verify-full&{}", root(&empty)));
    let refused = Database::parse(&address, None).expect("address").open().err();
    assert!(matches!(refused, Some(StorageError::DatabaseRoots(_))), "{refused:?}");
}
