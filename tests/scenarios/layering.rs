//! The crates' layering, as ARCHITECTURE.md states it, checked against `cargo metadata`: a
//! crate that gains a dependency the architecture forbids fails here, not in a review.

use std::collections::{BTreeMap, BTreeSet};

/// Every workspace crate's normal (non-dev, non-build) dependencies, transitively, by name.
fn normal_dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let direct = direct_dependencies();
    let mut all = BTreeMap::new();
    for name in direct.keys().filter(|n| n.starts_with("waypoint")) {
        let mut seen = BTreeSet::new();
        let mut todo = vec![name.clone()];
        while let Some(n) = todo.pop() {
            for d in direct.get(&n).into_iter().flatten() {
                if seen.insert(d.clone()) {
                    todo.push(d.clone());
                }
            }
        }
        all.insert(name.clone(), seen);
    }
    all
}

/// Every package's direct normal dependencies, by name.
fn direct_dependencies() -> BTreeMap<String, BTreeSet<String>> {
    direct_dependencies_of_kind(None)
}

/// Every package's direct dependencies of one kind (`None`: normal; `Some("dev")`: for its tests
/// and examples), by name.
fn direct_dependencies_of_kind(kind: Option<&str>) -> BTreeMap<String, BTreeSet<String>> {
    // This platform's dependencies only: the others are never downloaded, and offline.
    let platform = format!("{}-unknown-linux-gnu", std::env::consts::ARCH);
    let out = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline", "--locked", "--filter-platform", &platform])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run cargo metadata");
    assert!(out.status.success(), "cargo metadata: {}", String::from_utf8_lossy(&out.stderr));
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).expect("metadata is JSON");
    let name_of: BTreeMap<String, String> = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?.to_owned(), p["name"].as_str()?.to_owned())))
        .collect();
    let mut direct: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for node in meta["resolve"]["nodes"].as_array().expect("nodes") {
        let Some(name) = node["id"].as_str().and_then(|id| name_of.get(id)) else { continue };
        let deps = direct.entry(name.clone()).or_default();
        for dep in node["deps"].as_array().into_iter().flatten() {
            let wanted =
                dep["dep_kinds"].as_array().into_iter().flatten().any(|k| k["kind"].as_str() == kind);
            if let (true, Some(dep)) = (wanted, dep["pkg"].as_str().and_then(|id| name_of.get(id))) {
                deps.insert(dep.clone());
            }
        }
    }
    direct
}

/// Which of our crates each crate may use directly: the table in ARCHITECTURE.md. A crate not
/// listed, or an edge not listed, fails the test until the table (and the document) say so.
const ALLOWED: &[(&str, &[&str])] = &[
    ("waypoint-model", &[]),
    ("waypoint-matching", &[]),
    ("waypoint-audit", &[]),
    ("waypoint-sync", &[]),
    ("waypoint-parallel", &[]),
    ("waypoint-i18n", &[]),
    ("waypoint-tls", &[]),
    ("waypoint-harness", &["waypoint-tls"]),
    ("waypoint-scenarios", &["waypoint-model", "waypoint-store"]),
    ("waypoint-case", &["waypoint-model", "waypoint-matching"]),
    ("waypoint-synth", &["waypoint-model"]),
    (
        "waypoint-store",
        &["waypoint-case", "waypoint-model", "waypoint-matching", "waypoint-audit", "waypoint-parallel"],
    ),
    (
        "waypoint-session",
        &[
            "waypoint-store",
            "waypoint-case",
            "waypoint-model",
            "waypoint-matching",
            "waypoint-sync",
            "waypoint-tls",
        ],
    ),
    (
        "waypoint-hq",
        &[
            "waypoint-case",
            "waypoint-model",
            "waypoint-matching",
            "waypoint-audit",
            "waypoint-sync",
            "waypoint-tls",
            "waypoint-i18n",
            "waypoint-parallel",
        ],
    ),
    ("waypoint-app", &["waypoint-session", "waypoint-case", "waypoint-model", "waypoint-store"]),
    (
        "waypoint-cli",
        &["waypoint-store", "waypoint-model", "waypoint-matching", "waypoint-synth", "waypoint-i18n"],
    ),
    (
        "waypoint-bench",
        &[
            "waypoint-store",
            "waypoint-session",
            "waypoint-hq",
            "waypoint-sync",
            "waypoint-model",
            "waypoint-matching",
            "waypoint-synth",
            "waypoint-harness",
            "waypoint-tls",
        ],
    ),
];

#[test]
fn every_crate_uses_only_the_crates_the_architecture_lists() {
    let direct = direct_dependencies();
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let mut broken = Vec::new();
    for (krate, deps) in direct.iter().filter(|(n, _)| n.starts_with("waypoint")) {
        let Some(may) = allowed.get(krate.as_str()) else {
            broken.push(format!("{krate} is not in the table"));
            continue;
        };
        for dep in deps.iter().filter(|d| d.starts_with("waypoint") && !may.contains(&d.as_str())) {
            broken.push(format!("{krate} uses {dep}, which the table does not allow"));
        }
    }
    assert!(broken.is_empty(), "{broken:#?}");
}

#[test]
fn no_crate_depends_on_what_the_architecture_forbids() {
    let deps = normal_dependencies();
    let forbidden: &[(&str, &[&str], &str)] = &[
        // HQ reads a case as a device does through the case engine, not the device's store.
        ("waypoint-hq", &["waypoint-store", "waypoint-session"], "HQ does not link the device store"),
        // The domain and the engine are pure: no storage, no network, no runtime, no clock crate of their own.
        (
            "waypoint-model",
            &[
                "waypoint-store",
                "waypoint-session",
                "waypoint-sync",
                "waypoint-case",
                "rusqlite",
                "tokio",
                "ureq",
            ],
            "the model is pure",
        ),
        (
            "waypoint-case",
            &[
                "waypoint-store",
                "waypoint-session",
                "waypoint-sync",
                "waypoint-hq",
                "rusqlite",
                "tokio",
                "ureq",
            ],
            "the case engine is pure",
        ),
        ("waypoint-matching", &["waypoint-model", "rusqlite", "tokio"], "name matching is pure"),
        // The device's store keeps its own words for what HQ holds; the session maps them to the wire.
        (
            "waypoint-store",
            &["waypoint-sync", "waypoint-session", "waypoint-hq"],
            "the store knows no protocol",
        ),
        // The protocol knows no case, no store and no socket.
        (
            "waypoint-sync",
            &["waypoint-model", "waypoint-store", "rusqlite", "tokio", "ureq"],
            "the protocol is sans-IO",
        ),
        ("waypoint-audit", &["rusqlite", "tokio", "waypoint-model"], "the audit chain is pure"),
        // A device is not headquarters.
        ("waypoint-app", &["waypoint-hq", "postgres", "axum"], "a device never links headquarters"),
    ];
    let mut broken = Vec::new();
    for (krate, not, why) in forbidden {
        let has = deps.get(*krate).unwrap_or_else(|| panic!("{krate} is not in the workspace"));
        for n in *not {
            if has.contains(*n) {
                broken.push(format!("{krate} depends on {n}, but {why}"));
            }
        }
    }
    assert!(broken.is_empty(), "{broken:#?}");
}

/// HQ's own tests and examples need no device store either: scenarios with devices live in the
/// workspace's `tests/`, so `cargo tree -p waypoint-hq` (dev dependencies included) shows none.
#[test]
fn hq_is_tested_without_the_device_store() {
    let dev = direct_dependencies_of_kind(Some("dev"));
    let normal = normal_dependencies();
    let hq_dev = dev.get("waypoint-hq").expect("waypoint-hq is in the workspace");
    // What HQ's tests link: their dev dependencies and everything those depend on.
    let linked: BTreeSet<&String> =
        hq_dev.iter().flat_map(|d| std::iter::once(d).chain(normal.get(d).into_iter().flatten())).collect();
    for device_crate in ["waypoint-store", "waypoint-session"] {
        assert!(!linked.iter().any(|d| *d == device_crate), "waypoint-hq's tests link {device_crate}");
    }
}
