//! Family tracing: the profiles persons may be matched on, and the sought persons of a case
//! turned into queries — one definition for devices and HQ.
//!
//! A case's profile is stored only while the person's consent to family tracing is in force;
//! withdrawing it removes the profile in the same transaction as the consent entry, so that
//! nobody can be found through tracing after they said no.

use crate::rules::age::age_from_birth;
use crate::rules::{Action, age_status, permits};
use serde::Serialize;
use waypoint_matching::family_match::{BirthYears, Profile, Relationship, Sex as TracingSex, Sought};
use waypoint_model::{Case, NameKind, PersonName, Sex, SoughtPerson, Timestamp};

use crate::summary::{given_with_family, tidy};

/// A registered person who may be the sought person, as the tracing screen shows them.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TracingCandidate {
    /// Case id of the registered person.
    pub case_id: String,
    /// Their case code.
    pub code: String,
    /// Their name as the case list shows it.
    pub display_name: String,
    /// Match score, 0..=1.
    pub score: f64,
    /// Message ids of the reasons (`tracing-reason-…`), strongest first.
    pub reasons: Vec<&'static str>,
}

fn sex(s: Option<Sex>) -> Option<TracingSex> {
    match s? {
        Sex::Female => Some(TracingSex::Female),
        Sex::Male => Some(TracingSex::Male),
        Sex::Other => Some(TracingSex::Other),
        Sex::NotStated => None,
    }
}

/// Full names to match on: given + family names written in one script, and names recorded
/// whole. A given name alone is used only when nothing fuller exists, since it would match
/// everyone who shares it.
fn full_names(names: &[PersonName]) -> Vec<String> {
    let mut out: Vec<String> = given_with_family(names).collect();
    out.extend(
        names
            .iter()
            .filter(|n| matches!(n.kind, NameKind::AsWrittenByPerson | NameKind::Alias))
            .map(|n| n.text.clone()),
    );
    if out.is_empty() {
        out.extend(names.iter().map(|n| n.text.clone()));
    }
    tidy(out)
}

fn year_of(t: Timestamp) -> Option<i32> {
    use chrono::Datelike;
    t.date().map(|d| d.year())
}

fn days_of(t: Timestamp) -> i64 {
    t.0.div_euclid(86_400_000)
}

/// Birth years from an age range (min, max) as of `year`.
fn birth_years(range: Option<(u64, Option<u64>)>, year: Option<i32>) -> Option<BirthYears> {
    let (min, max) = range?;
    let year = year?;
    let min = i32::try_from(min).ok()?;
    // An open-ended range ("at least 16") still bounds the birth year on one side only.
    let max = max.and_then(|m| i32::try_from(m).ok()).unwrap_or(min + 40);
    Some(BirthYears { earliest: year - max - 1, latest: year - min })
}

/// The profile a registered person may be matched on, or `None` without tracing consent.
pub fn profile_of(case: &Case, now: Timestamp) -> Option<Profile> {
    permits(case, Action::BeMatched).ok()?;
    let r = &case.registration;
    let names = full_names(&r.names);
    if names.is_empty() {
        return None;
    }
    Some(Profile {
        names,
        sex: sex(r.sex),
        born: birth_years(age_status(case, now).range, year_of(now)),
        nationalities: r.nationalities.clone(),
        languages: r.languages.clone(),
        places: r.encounter.place.iter().cloned().collect(),
        day: Some(days_of(r.encounter.at)),
    })
}

/// The query for one sought person of `case`.
pub fn sought(case: &Case, person: &SoughtPerson, now: Timestamp) -> Sought {
    let born = age_from_birth(&person.birth, now).map(|(min, max)| (min, Some(max)));
    let last_seen = person
        .last_seen_date
        .as_deref()
        .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        .map(|d| days_of(Timestamp::from_date(d)));
    Sought {
        profile: Profile {
            names: full_names(&person.names),
            sex: sex(person.sex),
            born: birth_years(born, year_of(now)),
            nationalities: case.registration.nationalities.clone(),
            languages: case.registration.languages.clone(),
            places: person.last_seen_place.iter().cloned().collect(),
            day: last_seen,
        },
        relationship: Some(Relationship::from_code(&person.relationship)),
        seeker_born: birth_years(age_status(case, now).range, year_of(now)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use waypoint_model::{CaseId, EntryId, Recorded, ShortCode, SiteId, UserId};

    fn name(text: &str, script: &str, kind: NameKind) -> PersonName {
        PersonName::new(
            EntryId::new(format!("{text}-{script}")),
            text,
            script,
            kind,
            Recorded::new(&UserId::new("u"), Timestamp(0)),
        )
    }

    #[test]
    fn given_and_family_names_are_joined_per_script() {
        let names = [
            name("Mohamed", "Latn", NameKind::Given),
            name("Hassan", "Latn", NameKind::Family),
            name("محمد", "Arab", NameKind::Given),
            name("حسن", "Arab", NameKind::Family),
        ];
        assert_eq!(full_names(&names), vec!["Mohamed Hassan".to_owned(), "محمد حسن".to_owned()]);
        assert_eq!(full_names(&names[..1]), vec!["Mohamed".to_owned()]);
    }

    #[test]
    fn no_profile_without_tracing_consent() {
        let mut case = Case::open(
            CaseId::new("0190f5a4-2c3b-7d4e-8f00-000000000001"),
            ShortCode::new("KX7-4QM"),
            SiteId::new("s"),
            &UserId::new("u"),
            Timestamp(0),
        );
        case.registration.names.push(name("Mohamed", "Latn", NameKind::Given));
        assert_eq!(profile_of(&case, Timestamp(0)), None);
    }

    #[test]
    fn age_ranges_become_birth_years() {
        assert_eq!(
            birth_years(Some((15, Some(17))), Some(2026)),
            Some(BirthYears { earliest: 2008, latest: 2011 })
        );
        assert_eq!(birth_years(None, Some(2026)), None);
    }
}
