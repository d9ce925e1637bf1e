//! What headquarters may count of a case it must not hold: a case leaves its device only while
//! the person (a guardian, or a recorded best-interest decision) consents to sharing it with
//! HQ; without that consent HQ receives this anonymous record for the figures and nothing else —
//! the month the person was met, an age band, sex and the risk level. No name, no free text, no
//! answer, no id: the record's id is random and kept only on the device.
//!
//! The codes are fixed here, once, for the device that makes a record and HQ that reads it:
//! HQ takes no text from a device for its figures, so nothing personal can ride in a record.

use waypoint_model::{Case, Sex, Timestamp};

use crate::rules::{RiskLevel, age_status, assess_risk};
use crate::summary::age_band;

/// Age bands by code (code = index). The same bands as the case list ([`age_band`]).
pub const AGE_BANDS: [&str; 7] = ["unknown", "0-4", "5-11", "12-14", "15-17", "18-59", "60+"];
/// Sex codes (code = index), as the analyst's figures name them.
pub const SEXES: [&str; 4] = ["not_stated", "female", "male", "other"];
/// Risk levels by code (code = index).
pub const RISKS: [RiskLevel; 4] = [RiskLevel::None, RiskLevel::Low, RiskLevel::Medium, RiskLevel::High];

/// The months a record may name (January 2000 to December 2099), as `year * 12 + month - 1`.
pub const MONTHS: std::ops::Range<u32> = 2000 * 12..2100 * 12;

/// One case as HQ may count it without holding it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AnonymousRecord {
    /// The month the person was met: `year * 12 + month - 1`, 0 when unknown.
    pub month: u32,
    /// An index into [`AGE_BANDS`].
    pub age_band: u8,
    /// An index into [`SEXES`].
    pub sex: u8,
    /// An index into [`RISKS`].
    pub risk: u8,
}

/// The month a case counts in: when the person was met, else when the case was opened.
pub fn month_met(case: &Case) -> Option<chrono::NaiveDate> {
    let at = case.registration.encounter.at;
    if at.0 > 0 { at } else { case.opened.at }.date()
}

/// A sex's code in the figures.
pub fn sex_code(sex: Option<Sex>) -> &'static str {
    match sex {
        Some(Sex::Female) => "female",
        Some(Sex::Male) => "male",
        Some(Sex::Other) => "other",
        Some(Sex::NotStated) | None => "not_stated",
    }
}

fn index_of<T: PartialEq>(all: &[T], value: &T) -> u8 {
    all.iter().position(|v| v == value).and_then(|i| u8::try_from(i).ok()).unwrap_or(0)
}

impl AnonymousRecord {
    /// The record of `case`, read at `now` (its age band and risk as the case list shows them).
    pub fn of(case: &Case, now: Timestamp) -> Self {
        let age = age_status(case, now);
        let risk = assess_risk(case, now, &crate::risk::indicators_from_answers(case)).level;
        Self::with(case, &age, risk)
    }

    /// The record of `case` whose age status and risk level are already read.
    pub(crate) fn with(case: &Case, age: &crate::rules::AgeStatus, risk: RiskLevel) -> Self {
        use chrono::Datelike;
        let month = month_met(case)
            .and_then(|d| u32::try_from(d.year()).ok().map(|y| y * 12 + d.month0()))
            .filter(|m| MONTHS.contains(m))
            .unwrap_or(0);
        Self {
            month,
            age_band: index_of(&AGE_BANDS, &age_band(age)),
            sex: index_of(&SEXES, &sex_code(case.registration.sex)),
            risk: index_of(&RISKS, &risk),
        }
    }

    /// A record from its codes, or `None` when one is no code this version knows, or the month
    /// is outside [`MONTHS`] (HQ then counts nothing rather than a value it cannot name, and a
    /// device cannot make months of its own: each would be a column of the figures).
    pub fn from_codes(month: u32, age_band: u8, sex: u8, risk: u8) -> Option<Self> {
        let known = |code: u8, n: usize| usize::from(code) < n;
        (known(age_band, AGE_BANDS.len())
            && known(sex, SEXES.len())
            && known(risk, RISKS.len())
            && (month == 0 || MONTHS.contains(&month)))
        .then_some(Self { month, age_band, sex, risk })
    }

    /// The month as the figures label it (`YYYY-MM`, or `unknown`).
    pub fn month_label(&self) -> String {
        match self.month {
            0 => "unknown".into(),
            m => format!("{:04}-{:02}", m / 12, m % 12 + 1),
        }
    }

    /// The age band's code (`15-17`).
    pub fn age_band_label(&self) -> &'static str {
        AGE_BANDS.get(usize::from(self.age_band)).copied().unwrap_or("unknown")
    }

    /// The sex's code (`female`).
    pub fn sex_label(&self) -> &'static str {
        SEXES.get(usize::from(self.sex)).copied().unwrap_or("not_stated")
    }

    /// The risk level.
    pub fn risk_level(&self) -> RiskLevel {
        RISKS.get(usize::from(self.risk)).copied().unwrap_or(RiskLevel::None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use waypoint_model::ids::{CaseId, EntryId, ShortCode, SiteId, UserId};
    use waypoint_model::time::Recorded;
    use waypoint_model::{BirthDate, NameKind, PersonName};

    fn case() -> Case {
        let mut case = Case::open(
            CaseId::new("0190f5a4-2c3b-7d4e-8f00-000000000008"),
            ShortCode::new("KX7-4QM"),
            SiteId::new("border-north"),
            &UserId::new("u"),
            Timestamp(1_700_000_000_000),
        );
        case.registration.sex = Some(Sex::Female);
        case.registration.birth = BirthDate::Approximate { year: 2010, month: None };
        case
    }

    #[test]
    fn a_record_holds_only_codes_and_reads_back_as_the_case_list_does() {
        let mut c = case();
        let recorded = Recorded::new(&UserId::new("u"), Timestamp(1));
        let id = EntryId::new("0190f5a4-2c3b-7d4e-8f00-000000000009");
        c.registration.names.push(PersonName::new(id, "Amina", "Latn", NameKind::Given, recorded));
        let now = Timestamp(1_700_000_000_000);
        let r = AnonymousRecord::of(&c, now);
        assert_eq!(r.month_label(), "2023-11");
        assert_eq!(r.age_band_label(), crate::read_case(&c, now, 0).summary.age_band);
        assert_eq!(r.sex_label(), "female");
        assert_eq!(r.risk_level(), RiskLevel::None);
        assert_eq!(AnonymousRecord::from_codes(r.month, r.age_band, r.sex, r.risk), Some(r));
        // Without consent to share, the case reads as withheld and the list says so; with it, not.
        let reading = crate::read_case(&c, now, 0);
        assert_eq!(reading.withheld_from_hq, Some(r));
        assert!(reading.summary.flags.split(' ').any(|f| f == "not-shared"));
        c.consent_given(
            EntryId::new("0190f5a4-2c3b-7d4e-8f00-00000000000a"),
            waypoint_model::ConsentPurpose::SharingWithHq,
        );
        let reading = crate::read_case(&c, now, 0);
        assert_eq!(reading.withheld_from_hq, None);
        assert!(!reading.summary.flags.contains("not-shared"));
    }

    #[test]
    fn unknown_codes_are_refused() {
        assert_eq!(AnonymousRecord::from_codes(24_311, 7, 0, 0), None);
        assert_eq!(AnonymousRecord::from_codes(1, 0, 0, 0), None, "no month of its own making");
        assert_eq!(AnonymousRecord::from_codes(u32::MAX, 0, 0, 0), None);
        assert_eq!(AnonymousRecord::from_codes(24_311, 0, 4, 0), None);
        assert_eq!(AnonymousRecord::from_codes(24_311, 0, 0, 4), None);
        assert_eq!(AnonymousRecord::from_codes(0, 0, 0, 0).map(|r| r.month_label()), Some("unknown".into()));
    }
}
