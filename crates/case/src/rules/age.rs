//! Age: a person whose age is in doubt is treated as a child.
//!
//! The rule: if the lower bound of the latest age assessment is under 18, the person is treated
//! as a child. With no assessment, a known or stated date of birth decides; with nothing known,
//! the doubt itself decides: child.

use chrono::Datelike;
use serde::Serialize;

use waypoint_model::case::{AgeAssessment, BirthDate, Case};
use waypoint_model::time::Timestamp;

/// Age of majority used by the rules.
pub const ADULT_AGE: u64 = 18;

/// Whether the person is treated as a child, and why.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgeStatus {
    /// True when child-protection procedures apply.
    pub treated_as_child: bool,
    /// Best known age range in years, if any (`min`, `max`).
    pub range: Option<(u64, Option<u64>)>,
    /// What the decision rests on.
    pub basis: AgeBasis,
}

/// The ground of an age decision, so the screen can say why.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgeBasis {
    /// The latest age assessment.
    Assessment,
    /// The latest assessment, which the person disputes: still treated as a child while the
    /// lower bound is under 18, and flagged.
    DisputedAssessment,
    /// A date of birth (exact or approximate) or a stated age.
    BirthDate,
    /// Nothing known: in doubt, a child.
    Doubt,
}

/// The age status of a case on the day `today`.
pub fn age_status(case: &Case, today: Timestamp) -> AgeStatus {
    if let Some(latest) = latest_assessment(&case.age_assessments)
        && let Some(min) = latest.min_age
    {
        return AgeStatus {
            treated_as_child: min < ADULT_AGE,
            range: Some((min, latest.max_age)),
            basis: if latest.disputed { AgeBasis::DisputedAssessment } else { AgeBasis::Assessment },
        };
    }
    match age_from_birth(&case.registration.birth, today) {
        Some((min, max)) => AgeStatus {
            treated_as_child: min < ADULT_AGE,
            range: Some((min, Some(max))),
            basis: AgeBasis::BirthDate,
        },
        None => AgeStatus { treated_as_child: true, range: None, basis: AgeBasis::Doubt },
    }
}

/// The most recent assessment by date (ties: the later entry).
pub fn latest_assessment(list: &[AgeAssessment]) -> Option<&AgeAssessment> {
    list.iter().enumerate().max_by_key(|(i, a)| (a.date, *i)).map(|(_, a)| a)
}

/// Age range (min, max) in whole years on `today`, from what the registration says.
pub fn age_from_birth(birth: &BirthDate, today: Timestamp) -> Option<(u64, u64)> {
    let today = today.date()?;
    match birth {
        BirthDate::Unknown => None,
        BirthDate::Exact { date } => {
            let born = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
            let age = today.years_since(born)?;
            Some((u64::from(age), u64::from(age)))
        }
        BirthDate::Approximate { year, month } => {
            let years = i64::from(today.year()) - year;
            if years < 0 {
                return None;
            }
            let years = years.unsigned_abs();
            match month {
                // Born in a known month: exact unless this is that month.
                Some(m) if (1..=12).contains(m) => {
                    let this_month = u64::from(today.month());
                    let age = if this_month > *m { years } else { years.saturating_sub(1) };
                    Some((age, if this_month == *m { years } else { age }))
                }
                _ => Some((years.saturating_sub(1), years)),
            }
        }
        BirthDate::StatedAge { years, stated_at } => {
            let stated = stated_at.date()?;
            let elapsed = today.years_since(stated).map_or(0, u64::from);
            Some((years + elapsed, years + elapsed + 1))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use waypoint_model::case::{AgeIndicator, AgeMethod};
    use waypoint_model::ids::{CaseId, EntryId, ShortCode, SiteId, UserId};
    use waypoint_model::time::Recorded;

    fn day(s: &str) -> Timestamp {
        Timestamp::from_date(chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date"))
    }

    fn case() -> Case {
        let u = UserId::new("officer-1");
        Case::open(
            CaseId::new("0190f5a4-2c3b-7d4e-8f00-000000000006"),
            ShortCode::new("KX7-4QM"),
            SiteId::new("border-a"),
            &u,
            day("2026-01-10"),
        )
    }

    fn assessment(min: u64, max: u64, date: &str, disputed: bool) -> AgeAssessment {
        let u = UserId::new("assessor");
        AgeAssessment {
            id: EntryId::new("0190f5a4-2c3b-7d4e-8f00-000000000007"),
            method: AgeMethod::Holistic,
            indicators: vec![
                AgeIndicator { kind: "statement".into(), note: None },
                AgeIndicator { kind: "school_history".into(), note: None },
            ],
            min_age: Some(min),
            max_age: Some(max),
            assessor: u.clone(),
            date: day(date),
            outcome: None,
            disputed,
            recorded: Recorded::new(&u, day(date)),
        }
    }

    #[test]
    fn lower_bound_under_18_means_child_even_if_upper_bound_is_adult() {
        let mut c = case();
        c.age_assessments.push(assessment(16, 20, "2026-01-11", false));
        let s = age_status(&c, day("2026-02-01"));
        assert!(s.treated_as_child);
        assert_eq!(s.basis, AgeBasis::Assessment);
        assert_eq!(s.range, Some((16, Some(20))));
    }

    #[test]
    fn lower_bound_18_or_more_means_adult() {
        let mut c = case();
        c.age_assessments.push(assessment(18, 22, "2026-01-11", false));
        assert!(!age_status(&c, day("2026-02-01")).treated_as_child);
    }

    #[test]
    fn the_latest_assessment_decides() {
        let mut c = case();
        c.age_assessments.push(assessment(19, 23, "2026-01-12", false));
        c.age_assessments.push(assessment(15, 17, "2026-01-20", true));
        let s = age_status(&c, day("2026-02-01"));
        assert!(s.treated_as_child);
        assert_eq!(s.basis, AgeBasis::DisputedAssessment);
    }

    #[test]
    fn nothing_known_means_child() {
        let s = age_status(&case(), day("2026-02-01"));
        assert!(s.treated_as_child);
        assert_eq!(s.basis, AgeBasis::Doubt);
    }

    #[test]
    fn exact_birth_date_counts_whole_years() {
        let mut c = case();
        c.registration.birth = BirthDate::Exact { date: "2008-02-02".into() };
        assert!(age_status(&c, day("2026-02-01")).treated_as_child, "one day short of 18");
        assert!(!age_status(&c, day("2026-02-02")).treated_as_child);
    }

    #[test]
    fn approximate_year_gives_the_benefit_of_the_doubt() {
        let mut c = case();
        // Born "in 2008": on 2026-06-01 the person may be 17 or 18.
        c.registration.birth = BirthDate::Approximate { year: 2008, month: None };
        let s = age_status(&c, day("2026-06-01"));
        assert!(s.treated_as_child);
        assert_eq!(s.range, Some((17, Some(18))));
    }

    #[test]
    fn stated_age_grows_with_time() {
        let mut c = case();
        c.registration.birth = BirthDate::StatedAge { years: 16, stated_at: day("2024-03-01") };
        let s = age_status(&c, day("2026-03-02"));
        assert_eq!(s.range, Some((18, Some(19))));
        assert!(!s.treated_as_child);
    }

    #[test]
    fn a_future_birth_date_is_not_an_age() {
        assert_eq!(age_from_birth(&BirthDate::Exact { date: "2030-01-01".into() }, day("2026-01-01")), None);
        assert_eq!(age_from_birth(&BirthDate::Exact { date: "2026-02-30".into() }, day("2026-03-01")), None);
    }
}
