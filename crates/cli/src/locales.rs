//! `waypoint i18n check` and `waypoint i18n status`: translation coverage for translators,
//! reviewers and CI, on the strings built into this binary or on a `locales/` folder on disk
//! (so a translator can check a file without rebuilding).

use std::path::Path;

use waypoint_i18n::check::{Report, check};
use waypoint_i18n::{Arg, Localizer, Source, manifest};

/// The Fluent files of a `locales/` folder on disk.
pub(crate) fn read_dir(dir: &Path) -> std::io::Result<Vec<(String, String, String)>> {
    let mut out = Vec::new();
    for locale in std::fs::read_dir(dir)? {
        let locale = locale?.path();
        if !locale.is_dir() {
            continue;
        }
        let Some(code) = locale.file_name().and_then(|n| n.to_str()).map(str::to_owned) else { continue };
        for file in std::fs::read_dir(&locale)? {
            let file = file?.path();
            if file.extension().is_some_and(|e| e == "ftl") {
                let Some(name) = file.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                    continue;
                };
                out.push((code.clone(), name, std::fs::read_to_string(&file)?));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Checks `files` (or the built-in strings) and prints every problem and each locale's
/// coverage; returns whether the check passed.
pub(crate) fn print_check(l10n: &Localizer, files: &[Source<'_>]) -> bool {
    let report = check(files);
    for f in &report.files {
        let at = |id: &str| format!("{}/{}: {id}", f.locale, f.file);
        for id in &f.missing {
            println!("{}", l10n.format("cli-i18n-missing", &[("message", Arg::from(at(id)))]));
        }
        for id in &f.extra {
            println!("{}", l10n.format("cli-i18n-extra", &[("message", Arg::from(at(id)))]));
        }
        for error in &f.malformed {
            println!("{}", l10n.format("cli-i18n-malformed", &[("message", Arg::from(at(error)))]));
        }
        for (id, expected, found) in &f.placeables {
            println!(
                "{}",
                l10n.format(
                    "cli-i18n-placeables",
                    &[
                        ("message", Arg::from(at(id))),
                        ("expected", Arg::from(expected.join(", "))),
                        ("found", Arg::from(found.join(", "))),
                    ]
                )
            );
        }
    }
    print_coverage(l10n, &report);
    report.passes()
}

/// One line per locale: code, own name, coverage, review status of its files.
pub(crate) fn print_coverage(l10n: &Localizer, report: &Report) {
    for c in &report.coverage {
        let info = manifest().iter().find(|l| l.code == c.locale);
        let name = info.map_or("?", |l| l.name);
        let status = info
            .map(|l| l.files.iter().map(|(f, s)| format!("{f}={}", s.code())).collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        println!(
            "{}",
            l10n.format(
                "cli-i18n-coverage",
                &[
                    ("locale", Arg::from(c.locale.as_str())),
                    ("name", Arg::from(name)),
                    ("percent", Arg::from(i64::from(c.percent()))),
                    ("status", Arg::from(status)),
                ]
            )
        );
    }
}
