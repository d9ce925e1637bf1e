//! Validation that never fails: a half-filled case is normal in the field, so checking a case
//! returns diagnostics (with the path and a message id) rather than an error.

use serde::Serialize;

use crate::rules::consent::{Action, permits};
use waypoint_model::case::{AnswerState, BirthDate, Case, TracingRequestStatus};
use waypoint_model::time::Timestamp;

/// How serious a diagnostic is.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing (something not yet recorded).
    Info,
    /// Probably a mistake, or a rule at risk.
    Warning,
    /// Impossible data: shown next to the field until corrected.
    Error,
}

/// One finding about a case.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Where (`registration/birth`, `age_assessments/0`).
    pub path: String,
    /// How serious.
    pub severity: Severity,
    /// Fluent message id (`diag-birth-date-future`).
    pub message_id: &'static str,
    /// Message arguments (never personal data: numbers, ids, field names).
    pub args: Vec<(&'static str, String)>,
}

impl Diagnostic {
    fn new(path: impl Into<String>, severity: Severity, message_id: &'static str) -> Self {
        Self { path: path.into(), severity, message_id, args: Vec::new() }
    }

    fn arg(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// Oldest age a person is plausibly recorded with; beyond this a range is a typing mistake.
pub const MAX_PLAUSIBLE_AGE: u64 = 120;

/// Checks `case` on `today` and returns every diagnostic, most serious first.
pub fn validate(case: &Case, today: Timestamp) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let reg = &case.registration;

    if reg.names.is_empty() {
        out.push(Diagnostic::new("registration/names", Severity::Info, "diag-no-name"));
    }
    for (i, name) in reg.names.iter().enumerate() {
        if name.text.trim().is_empty() {
            out.push(Diagnostic::new(
                format!("registration/names/{i}"),
                Severity::Warning,
                "diag-name-empty",
            ));
        }
    }
    check_birth(&reg.birth, "registration/birth", today, &mut out);

    for (i, a) in case.age_assessments.iter().enumerate() {
        let path = format!("age_assessments/{i}");
        if let (Some(min), Some(max)) = (a.min_age, a.max_age)
            && min > max
        {
            out.push(
                Diagnostic::new(&path, Severity::Error, "diag-age-range-inverted")
                    .arg("min", min)
                    .arg("max", max),
            );
        }
        if a.min_age.or(a.max_age).is_some_and(|v| v > MAX_PLAUSIBLE_AGE) {
            out.push(
                Diagnostic::new(&path, Severity::Error, "diag-age-implausible").arg("max", MAX_PLAUSIBLE_AGE),
            );
        }
        if a.indicators.len() < 2 {
            out.push(Diagnostic::new(&path, Severity::Warning, "diag-age-single-indicator"));
        }
        if a.date > today {
            out.push(Diagnostic::new(&path, Severity::Error, "diag-date-future"));
        }
    }

    for (qid, answer) in &case.interview.answers {
        let path = format!("interview/answers/{qid}");
        match &answer.state {
            AnswerState::Answered if answer.value.is_none() => {
                out.push(Diagnostic::new(path, Severity::Warning, "diag-answer-without-value"));
            }
            AnswerState::NotAsked { reason } if reason.trim().is_empty() => {
                out.push(Diagnostic::new(path, Severity::Warning, "diag-not-asked-without-reason"));
            }
            AnswerState::Answered
            | AnswerState::NotAsked { .. }
            | AnswerState::Declined
            | AnswerState::Revisit => {}
        }
    }

    let open_requests =
        case.tracing.requests.iter().filter(|r| r.status == TracingRequestStatus::Open).count();
    if open_requests > 0
        && let Err(refusal) = permits(case, Action::Trace)
    {
        out.push(
            Diagnostic::new("tracing/requests", Severity::Error, refusal.message_id())
                .arg("purpose", refusal.purpose.code())
                .arg("count", open_requests),
        );
    }
    for (i, sought) in case.tracing.sought_persons.iter().enumerate() {
        check_birth(&sought.birth, &format!("tracing/sought_persons/{i}/birth"), today, &mut out);
    }

    let active_referrals = case
        .referrals
        .iter()
        .filter(|r| {
            !matches!(
                r.status,
                waypoint_model::case::ReferralStatus::Declined
                    | waypoint_model::case::ReferralStatus::Completed
            )
        })
        .count();
    if active_referrals > 0
        && let Err(refusal) = permits(case, Action::Refer)
    {
        out.push(
            Diagnostic::new("referrals", Severity::Warning, refusal.message_id())
                .arg("purpose", refusal.purpose.code())
                .arg("count", active_referrals),
        );
    }

    for (i, s) in case.interview.sittings.iter().enumerate() {
        if s.ended.is_some_and(|end| end < s.started) {
            out.push(Diagnostic::new(
                format!("interview/sittings/{i}"),
                Severity::Error,
                "diag-ends-before-start",
            ));
        }
    }

    out.sort_by_key(|d| std::cmp::Reverse(d.severity));
    out
}

fn check_birth(birth: &BirthDate, path: &str, today: Timestamp, out: &mut Vec<Diagnostic>) {
    let Some(today) = today.date() else { return };
    match birth {
        BirthDate::Exact { date } => match chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d") {
            Err(_) => out.push(Diagnostic::new(path, Severity::Error, "diag-date-impossible")),
            Ok(d) if d > today => out.push(Diagnostic::new(path, Severity::Error, "diag-date-future")),
            Ok(_) => {}
        },
        BirthDate::Approximate { year, month } => {
            use chrono::Datelike;
            if *year > i64::from(today.year()) {
                out.push(Diagnostic::new(path, Severity::Error, "diag-date-future"));
            } else if i64::from(today.year()) - year > i64::try_from(MAX_PLAUSIBLE_AGE).unwrap_or(i64::MAX) {
                out.push(
                    Diagnostic::new(path, Severity::Error, "diag-age-implausible")
                        .arg("max", MAX_PLAUSIBLE_AGE),
                );
            }
            if month.is_some_and(|m| !(1..=12).contains(&m)) {
                out.push(Diagnostic::new(path, Severity::Error, "diag-date-impossible"));
            }
        }
        BirthDate::StatedAge { years, .. } if *years > MAX_PLAUSIBLE_AGE => {
            out.push(
                Diagnostic::new(path, Severity::Error, "diag-age-implausible").arg("max", MAX_PLAUSIBLE_AGE),
            );
        }
        BirthDate::StatedAge { .. } | BirthDate::Unknown => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use waypoint_model::case::{AgeAssessment, AgeIndicator, AgeMethod, TracingRequest};
    use waypoint_model::ids::{CaseId, EntryId, ShortCode, SiteId, UserId};
    use waypoint_model::time::Recorded;

    const TODAY: Timestamp = Timestamp(1_780_000_000_000); // 2026-05-28

    fn case() -> Case {
        Case::open(
            CaseId::new("0190f5a4-2c3b-7d4e-8f00-000000000002"),
            ShortCode::new("KX7-4QM"),
            SiteId::new("s"),
            &UserId::new("u"),
            TODAY,
        )
    }

    fn ids(d: &[Diagnostic]) -> Vec<&'static str> {
        d.iter().map(|d| d.message_id).collect()
    }

    #[test]
    fn a_fresh_case_is_valid_with_only_information() {
        let d = validate(&case(), TODAY);
        assert_eq!(ids(&d), vec!["diag-no-name"]);
        assert!(d.iter().all(|d| d.severity == Severity::Info));
    }

    #[test]
    fn impossible_and_future_birth_dates_are_errors() {
        let mut c = case();
        c.registration.birth = BirthDate::Exact { date: "2010-02-30".into() };
        assert!(ids(&validate(&c, TODAY)).contains(&"diag-date-impossible"));
        c.registration.birth = BirthDate::Exact { date: "2031-01-01".into() };
        assert!(ids(&validate(&c, TODAY)).contains(&"diag-date-future"));
        c.registration.birth = BirthDate::Approximate { year: 2010, month: Some(13) };
        assert!(ids(&validate(&c, TODAY)).contains(&"diag-date-impossible"));
    }

    #[test]
    fn inverted_age_range_and_single_indicator_are_reported_not_refused() {
        let mut c = case();
        let u = UserId::new("a");
        c.age_assessments.push(AgeAssessment {
            id: EntryId::new("0190f5a4-2c3b-7d4e-8f00-000000000003"),
            method: AgeMethod::Statement,
            indicators: vec![AgeIndicator { kind: "statement".into(), note: None }],
            min_age: Some(17),
            max_age: Some(15),
            assessor: u.clone(),
            date: TODAY,
            outcome: None,
            disputed: false,
            recorded: Recorded::new(&u, TODAY),
        });
        let d = validate(&c, TODAY);
        assert_eq!(d[0].message_id, "diag-age-range-inverted");
        assert_eq!(d[0].args, vec![("min", "17".to_string()), ("max", "15".to_string())]);
        assert!(ids(&d).contains(&"diag-age-single-indicator"));
    }

    #[test]
    fn an_open_tracing_request_without_consent_is_an_error() {
        let mut c = case();
        c.tracing.requests.push(TracingRequest {
            id: EntryId::new("0190f5a4-2c3b-7d4e-8f00-000000000004"),
            sought_person: EntryId::new("0190f5a4-2c3b-7d4e-8f00-000000000005"),
            status: TracingRequestStatus::Open,
            recorded: Recorded::new(&UserId::new("u"), TODAY),
        });
        let d = validate(&c, TODAY);
        assert_eq!(d[0].message_id, "consent-needed");
        assert_eq!(d[0].severity, Severity::Error);
    }
}
