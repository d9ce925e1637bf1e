//! Every message id the code can show a person has an English text, so no one ever sees a bare
//! id. Ids written in the source are found by scanning it; ids built at run time (risk reasons,
//! the template's keys) are enumerated.

use std::path::{Path, PathBuf};

use waypoint_case::rules::risk::RiskReason;
use waypoint_i18n::Localizer;
use waypoint_model::case::Indicator;

/// Prefixes of message ids in the code's string literals.
const PREFIXES: &[&str] = &["error-", "diag-", "consent-", "risk-reason-", "cli-", "template-error-"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// String literals of the form `"<prefix>…"` made of lowercase letters, digits and dashes.
fn ids_in(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for (i, _) in source.match_indices('"') {
        let rest = &source[i + 1..];
        let Some(end) = rest.find('"') else { continue };
        let literal = &rest[..end];
        let well_formed = literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        // `starts_with("error-store")` names a family of ids, not one.
        let is_prefix = source[..i].ends_with("starts_with(");
        if well_formed && !is_prefix && PREFIXES.iter().any(|p| literal.starts_with(p)) {
            ids.push(literal.to_owned());
        }
    }
    ids
}

#[test]
fn every_message_the_code_can_show_exists_in_english() {
    let english = Localizer::new(&["en"]);
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates");
    let mut files = Vec::new();
    rust_files(&crates, &mut files);
    let mut ids: Vec<String> = files
        .iter()
        .flat_map(|f| ids_in(&std::fs::read_to_string(f).expect("read source")))
        // Test fixtures name missing ids on purpose.
        .filter(|id| !id.contains("no-such"))
        .collect();
    assert!(ids.len() > 40, "the scan found only {} ids", ids.len());
    ids.extend(
        Indicator::ALL
            .iter()
            .map(|&indicator| RiskReason::Indicator { indicator, weight: 1, sources: 1 }.message_id()),
    );
    ids.extend(waypoint_model::template::intake_v1().message_ids().into_iter().map(str::to_owned));
    ids.sort();
    ids.dedup();
    let missing: Vec<&String> = ids.iter().filter(|id| !english.has(id)).collect();
    assert!(missing.is_empty(), "no English text for {missing:?}");
}
