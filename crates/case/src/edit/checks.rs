//! The checks every area's edits share: text lengths, lists, language tags, dates of birth,
//! and finding an entry by id.

use chrono::{Datelike, NaiveDate};
use waypoint_matching::detect_script;
use waypoint_model::{BirthDate, EntryId, NameKind, PersonName, Recorded, Timestamp};

use super::registration::BirthInput;
use crate::error::UserError;

/// Longest free text accepted in one field; longer input is a paste gone wrong.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Longest name accepted.
pub const MAX_NAME_CHARS: usize = 200;
/// Oldest age accepted anywhere.
pub const MAX_AGE: u64 = 120;
/// Earliest birth year accepted.
pub const MIN_BIRTH_YEAR: i32 = 1900;

/// The entry `id` of a list in the case; it may have gone in a merge from another device.
pub(super) fn entry<'a, T>(
    items: &'a mut [T],
    id: &EntryId,
    id_of: impl Fn(&T) -> &EntryId,
) -> Result<&'a mut T, UserError> {
    items.iter_mut().find(|e| id_of(e) == id).ok_or_else(|| UserError::new("app-error-entry-missing"))
}

/// A name entry `id`, its script detected from its text.
pub(super) fn new_name(id: EntryId, text: String, kind: NameKind, recorded: Recorded) -> PersonName {
    let script = detect_script(&text).code().to_owned();
    PersonName::new(id, text, script, kind, recorded)
}

pub(super) fn checked_name(text: &str) -> Result<Option<String>, UserError> {
    let text = text.trim();
    if text.chars().count() > MAX_NAME_CHARS {
        return Err(UserError::new("app-error-text-too-long").arg("max", MAX_NAME_CHARS).at("name"));
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

pub(super) fn checked_optional_text(text: &Option<String>, field: &str) -> Result<Option<String>, UserError> {
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) if t.chars().count() > MAX_TEXT_CHARS => {
            Err(UserError::new("app-error-text-too-long").arg("max", MAX_TEXT_CHARS).at(field))
        }
        Some(t) => Ok(Some(t.to_owned())),
    }
}

pub(super) fn checked_list(items: &[String], field: &str) -> Result<Vec<String>, UserError> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        let item = item.trim();
        if item.chars().count() > MAX_NAME_CHARS {
            return Err(UserError::new("app-error-text-too-long").arg("max", MAX_NAME_CHARS).at(field));
        }
        if !item.is_empty() && !out.iter().any(|o| o == item) {
            out.push(item.to_owned());
        }
    }
    Ok(out)
}

/// A BCP 47 tag as far as the app needs it: a 2–3 letter language, then subtags.
pub(super) fn checked_language(tag: &str, field: &str) -> Result<(), UserError> {
    let mut parts = tag.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest_ok = parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if lang_ok && rest_ok { Ok(()) } else { Err(UserError::new("app-error-language-invalid").at(field)) }
}

pub(super) fn checked_birth(birth: &BirthInput, now: Timestamp) -> Result<BirthDate, UserError> {
    let today = now.date().ok_or_else(|| UserError::new("error-internal"))?;
    let invalid = || UserError::new("app-error-birth-date-invalid").at("birth");
    Ok(match birth {
        BirthInput::Unknown => BirthDate::Unknown,
        BirthInput::Exact { date } => {
            let parsed = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|_| invalid())?;
            if parsed > today {
                return Err(UserError::new("app-error-birth-date-future").at("birth"));
            }
            if parsed.year() < MIN_BIRTH_YEAR {
                return Err(UserError::new("app-error-birth-year-range")
                    .arg("min", MIN_BIRTH_YEAR)
                    .arg("max", today.year())
                    .at("birth"));
            }
            BirthDate::Exact { date: parsed.format("%Y-%m-%d").to_string() }
        }
        BirthInput::Approximate { year, month } => {
            if *year < MIN_BIRTH_YEAR || *year > today.year() {
                return Err(UserError::new("app-error-birth-year-range")
                    .arg("min", MIN_BIRTH_YEAR)
                    .arg("max", today.year())
                    .at("birth"));
            }
            if let Some(m) = month
                && !(1..=12).contains(m)
            {
                return Err(invalid());
            }
            if *year == today.year() && month.is_some_and(|m| m > today.month()) {
                return Err(UserError::new("app-error-birth-date-future").at("birth"));
            }
            BirthDate::Approximate { year: i64::from(*year), month: month.map(u64::from) }
        }
        BirthInput::StatedAge { years } => {
            if *years > MAX_AGE {
                return Err(UserError::new("app-error-age-too-high").arg("max", MAX_AGE).at("birth"));
            }
            BirthDate::StatedAge { years: *years, stated_at: now }
        }
    })
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date.
pub(super) fn partial_date_ok(d: &str) -> bool {
    let d = d.trim();
    match d.len() {
        4 => d.parse::<i32>().is_ok_and(|y| y >= MIN_BIRTH_YEAR),
        7 => NaiveDate::parse_from_str(&format!("{d}-01"), "%Y-%m-%d").is_ok(),
        10 => NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok(),
        _ => false,
    }
}
