//! How a case reads in lists and search: the case-list row and the names it is found by.
//! A device stores this with every edit (its `case_index`); HQ derives it when it reads a
//! case; both through [`read_case`], so a case reads the same in both.

use crate::rules::{AgeStatus, RiskLevel, age_status, assess_risk};
use serde::Serialize;
use waypoint_model::{AccompanimentStatus, Case, CaseStatus, NameKind, PersonName, Sex, Timestamp};

/// Age bands used for filters and (at HQ) anonymised figures.
pub fn age_band(status: &AgeStatus) -> &'static str {
    match status.range {
        None => "unknown",
        Some((min, _)) => match min {
            0..=4 => "0-4",
            5..=11 => "5-11",
            12..=14 => "12-14",
            15..=17 => "15-17",
            18..=59 => "18-59",
            _ => "60+",
        },
    }
}

/// A case as the case list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CaseSummary {
    /// Case id.
    pub case_id: String,
    /// Human code.
    pub code: String,
    /// Responsible site.
    pub site: String,
    /// `open`, `transferred` or `closed`.
    pub status: String,
    /// Age band (`15-17`, `unknown`, …).
    pub age_band: String,
    /// Treated as a child (benefit of the doubt applied).
    pub child: bool,
    /// Sex code, if recorded.
    pub sex: Option<String>,
    /// Risk level code.
    pub risk: String,
    /// Flags, space-separated (`unaccompanied`, `referral-prompt`, …).
    pub flags: String,
    /// The name to show in the list.
    pub display_name: String,
    /// Number of unresolved conflicts.
    pub conflicts: i64,
    /// Last change (ms since epoch).
    pub updated: i64,
}

/// Everything lists, search and family tracing read of a case at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseReading {
    /// The case-list row.
    pub summary: CaseSummary,
    /// When the case was opened (ms since epoch).
    pub opened: i64,
    /// Every name a search should find the case by.
    pub names: Vec<String>,
    /// The profile family tracing may match the person on: only while they consent.
    pub tracing_profile: Option<waypoint_matching::family_match::Profile>,
    /// Without consent to share the case with HQ, what HQ may count of it instead; `None`
    /// while the case itself may go to HQ.
    pub withheld_from_hq: Option<crate::figures::AnonymousRecord>,
}

fn status_code(s: CaseStatus) -> &'static str {
    match s {
        CaseStatus::Open => "open",
        CaseStatus::Transferred => "transferred",
        CaseStatus::Closed => "closed",
    }
}

fn sex_code(s: Sex) -> &'static str {
    crate::figures::sex_code(Some(s))
}

/// The name for lists: the person's own writing first, then given + family names.
pub fn display_name(case: &Case) -> String {
    let names = &case.registration.names;
    if let Some(own) = names.iter().find(|n| n.kind == NameKind::AsWrittenByPerson) {
        return own.text.clone();
    }
    let given = names.iter().find(|n| n.kind == NameKind::Given);
    let family = given
        .and_then(|g| names.iter().find(|n| n.kind == NameKind::Family && n.script == g.script))
        .or_else(|| names.iter().find(|n| n.kind == NameKind::Family));
    match (given, family) {
        (Some(g), Some(f)) => format!("{} {}", g.text, f.text),
        (Some(g), None) => g.text.clone(),
        (None, Some(f)) => f.text.clone(),
        (None, None) => names.first().map(|n| n.text.clone()).unwrap_or_default(),
    }
}

/// Every name under which a search should find the case: each recorded name, and the full
/// name of each script (given + family).
fn searchable_names(case: &Case) -> Vec<String> {
    let names = &case.registration.names;
    let mut out: Vec<String> = names.iter().map(|n| n.text.clone()).collect();
    out.extend(given_with_family(names));
    tidy(out)
}

/// Each given name with each family name written in the same script (`Mohamed Hassan`,
/// `محمد حسن`): the full names a record holds even when they were entered part by part.
pub(crate) fn given_with_family(names: &[PersonName]) -> impl Iterator<Item = String> + '_ {
    names.iter().filter(|n| n.kind == NameKind::Given).flat_map(move |g| {
        names
            .iter()
            .filter(move |f| f.kind == NameKind::Family && f.script == g.script)
            .map(move |f| format!("{} {}", g.text, f.text))
    })
}

/// Drops blank names, sorts and removes repeats.
pub(crate) fn tidy(mut names: Vec<String>) -> Vec<String> {
    names.retain(|n| !n.trim().is_empty());
    names.sort();
    names.dedup();
    names
}

/// How `case`, with `conflicts` unresolved conflicts, reads as of `now` (which dates the row:
/// the time of the edit on a device).
pub fn read_case(case: &Case, now: Timestamp, conflicts: usize) -> CaseReading {
    let age = age_status(case, now);
    let from_answers = crate::risk::indicators_from_answers(case);
    let risk = assess_risk(case, now, &from_answers);
    let mut flags = Vec::new();
    match case.registration.accompaniment.status {
        Some(AccompanimentStatus::Unaccompanied) => flags.push("unaccompanied"),
        Some(AccompanimentStatus::Separated) => flags.push("separated"),
        _ => {}
    }
    if !risk.referral_prompt.is_empty() {
        flags.push("referral-prompt");
    }
    if age.basis == crate::rules::AgeBasis::DisputedAssessment {
        flags.push("age-disputed");
    }
    if risk.level >= RiskLevel::Medium {
        flags.push("trafficking-risk");
    }
    let shared = crate::rules::shares_with_hq(case);
    // Kept off HQ: losing this device loses the case, so the officer should see it.
    if !shared {
        flags.push("not-shared");
    }
    CaseReading {
        summary: CaseSummary {
            case_id: case.id.to_string(),
            code: case.code.to_string(),
            site: case.site.to_string(),
            status: status_code(case.status.status).into(),
            age_band: age_band(&age).into(),
            child: age.treated_as_child,
            sex: case.registration.sex.map(|s| sex_code(s).into()),
            risk: risk.level.code().into(),
            flags: flags.join(" "),
            display_name: display_name(case),
            conflicts: i64::try_from(conflicts).unwrap_or(i64::MAX),
            updated: now.0,
        },
        opened: case.opened.at.0,
        names: searchable_names(case),
        tracing_profile: crate::family_tracing::profile_of(case, now),
        withheld_from_hq: (!shared).then(|| crate::figures::AnonymousRecord::with(case, &age, risk.level)),
    }
}
