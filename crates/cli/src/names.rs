//! `waypoint names compare`: how two spellings of a name compare, line by line.

use std::io::{BufRead, Write};

use waypoint_i18n::{Arg, Localizer};
use waypoint_matching::{DEFAULT_THRESHOLD, similarity};

use crate::Failure;

/// One output line for an input line, or `None` when the line has no tab.
fn compare_line(line: &str) -> Option<String> {
    let (a, b) = line.split_once('\t')?;
    let score = similarity(a, b);
    let verdict = if score >= DEFAULT_THRESHOLD { "match" } else { "no-match" };
    Some(format!("{score:.3}\t{verdict}"))
}

/// Compares every line of standard input. A line without a tab is reported on standard
/// error (by number, never by content: it holds names) and the run ends with a failure after
/// the other lines are answered.
pub(crate) fn compare(l10n: &Localizer) -> Result<(), Failure> {
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    let mut malformed = 0usize;
    for (i, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(Failure::io)?;
        match compare_line(line.trim_end_matches('\r')) {
            Some(answer) => writeln!(out, "{answer}").map_err(Failure::io)?,
            None if line.trim().is_empty() => writeln!(out).map_err(Failure::io)?,
            None => {
                malformed += 1;
                writeln!(out).map_err(Failure::io)?;
                eprintln!("{}", l10n.format("cli-names-line-malformed", &[("line", Arg::from(i + 1))]));
            }
        }
    }
    if malformed > 0 {
        return Err(Failure::Message("cli-names-malformed-lines", vec![("count", Arg::from(malformed))]));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_give_score_and_verdict() {
        assert_eq!(compare_line("Mohammed\tمحمد").as_deref().map(|l| l.ends_with("\tmatch")), Some(true));
        assert_eq!(compare_line("Hassan\tHussein").as_deref().map(|l| l.ends_with("\tno-match")), Some(true));
        assert_eq!(compare_line("no tab here"), None);
        let score: f64 = compare_line("Amir\tAmira")
            .and_then(|l| l.split('\t').next().and_then(|s| s.parse().ok()))
            .unwrap_or(f64::NAN);
        assert!((0.0..=1.0).contains(&score));
    }
}
