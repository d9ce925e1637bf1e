//! The `waypoint` binary end to end: what an admin types, what they see.

use std::process::{Command, Output};

fn waypoint(args: &[&str], pass: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waypoint"))
        .args(args)
        .env("WAYPOINT_PASSPHRASE", pass)
        .env("WAYPOINT_NEW_PASSPHRASE", "second user passphrase")
        .env("LANG", "en_GB.UTF-8")
        .output()
        .expect("run waypoint")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn an_admin_sets_up_a_device_makes_demo_data_exports_and_verifies() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("cases.db");
    let db = db.to_str().expect("utf-8 path");
    let pass = "admin passphrase";
    let login = ["--db", db, "--user", "admin"];

    let o =
        waypoint(&[&["init"][..], &login, &["--site", "border-north", "--insecure-fast-kdf"]].concat(), pass);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(db), "{}", stdout(&o));

    let o = waypoint(
        &[&["users", "add"][..], &login, &["--new-user", "officer-jonas", "--role", "officer"]].concat(),
        pass,
    );
    assert!(o.status.success(), "{}", stderr(&o));

    let o = waypoint(&[&["demo-data"][..], &login, &["--cases", "30"]].concat(), pass);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("30 synthetic cases"), "plural form: {}", stdout(&o));

    let o = waypoint(&[&["cases", "list"][..], &login, &["--limit", "5"]].concat(), pass);
    let listing = stdout(&o);
    assert_eq!(listing.lines().count(), 5, "{listing}");
    let code = listing.lines().next().and_then(|l| l.split('\t').next()).expect("a code").to_string();

    let out = dir.path().join("case.json");
    let o = waypoint(
        &[&["export"][..], &login, &["--case", &code, "--out", out.to_str().expect("path")]].concat(),
        pass,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("read export")).expect("json");
    assert_eq!(json["code"], code.as_str());
    assert!(json["registration"]["names"].as_array().is_some_and(|n| !n.is_empty()));

    let o = waypoint(&[&["audit", "verify"][..], &login].concat(), pass);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("entries"), "{}", stdout(&o));

    // The second user logs in with their own passphrase.
    let o = waypoint(&["cases", "list", "--db", db, "--user", "officer-jonas"], "second user passphrase");
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_wrong_passphrase_gets_a_clear_translated_message_and_exit_code() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("cases.db");
    let db = db.to_str().expect("utf-8 path");
    let o = waypoint(
        &["init", "--db", db, "--user", "admin", "--site", "s", "--insecure-fast-kdf"],
        "admin passphrase",
    );
    assert!(o.status.success());
    let o = waypoint(&["cases", "list", "--db", db, "--user", "admin"], "wrong passphrase");
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(!err.contains("error-wrong-passphrase"), "message id shown instead of text: {err}");
    assert!(err.to_lowercase().contains("passphrase"), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    let o =
        waypoint(&["cases", "list", "--db", "/nonexistent/x.db", "--user", "admin"], "whatever passphrase");
    assert!(!o.status.success());
    assert!(stderr(&o).contains("/nonexistent/x.db"), "{}", stderr(&o));
}

fn waypoint_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_waypoint"))
        .args(args)
        .env("LANG", "en_GB.UTF-8")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn waypoint");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write stdin");
    child.wait_with_output().expect("wait")
}

#[test]
fn names_compare_answers_each_line_in_order() {
    let o = waypoint_with_input(
        &["names", "compare"],
        "Mohammed\tمحمد\nHassan\tHussein\nno tab on this line\nCabdullahi\tAbdullahi\n",
    );
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[0].ends_with("\tmatch"), "{out}");
    assert!(lines[1].ends_with("\tno-match"), "{out}");
    assert_eq!(lines[2], "", "a malformed line keeps its place: {out}");
    assert_eq!(lines[3], "1.000\tmatch", "{out}");
    let score: f64 = lines[1].split('\t').next().and_then(|s| s.parse().ok()).expect("a score");
    assert!((0.0..1.0).contains(&score));
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("Line 3") && !err.contains("no tab on this line"), "{err}");
}

#[test]
fn i18n_check_fails_on_a_missing_key_and_a_dropped_placeable() {
    let dir = tempfile::tempdir().expect("tmp");
    let write = |locale: &str, text: &str| {
        std::fs::create_dir_all(dir.path().join(locale)).expect("mkdir");
        std::fs::write(dir.path().join(locale).join("app.ftl"), text).expect("write");
    };
    write("en", "hello = Hello { $name }\nbye = Bye\n");
    write("fr", "hello = Bonjour { $name }\nbye = Au revoir\n");
    let path = dir.path().to_str().expect("utf-8");
    let o = waypoint(&["i18n", "check", "--dir", path], "");
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("fr\tFrançais\t100%"), "{}", stdout(&o));

    write("fr", "hello = Bonjour\n");
    let o = waypoint(&["i18n", "check", "--dir", path], "");
    assert!(!o.status.success());
    let out = stdout(&o);
    assert!(out.contains("fr/app.ftl: bye"), "{out}");
    assert!(out.contains("fr/app.ftl: hello") && out.contains("English has name"), "{out}");
    assert!(out.contains("fr\tFrançais\t0%"), "{out}");
}
