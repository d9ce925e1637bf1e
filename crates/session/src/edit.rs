//! The edits the app can make to a case, in the field's own words, and their checks.
//!
//! Every screen sends one of these; [`apply`] checks it against the case and the interview
//! template and then changes the case, or changes nothing and says why (a translated message
//! next to the field). Nothing here does IO, so every rule is unit-tested.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use waypoint_matching::detect_script;
use waypoint_model::template::{QuestionKind, Template};
use waypoint_model::{
    AccompanimentStatus, AgeAssessment, AgeIndicator, AgeMethod, Answer, AnswerState, AnswerValue, BirthDate,
    Break, Case, CaseId, CaseStatus, Consent, ConsentDecision, ConsentGiver, ConsentPurpose, EntryId,
    FollowUp, Indicator, IndicatorEntry, IndicatorSource, MatchStatus, NameKind, PersonName, Recorded,
    Referral, ReferralService, ReferralStatus, Sex, SiteId, Sitting, SittingEnd, SoughtPerson, StatusEntry,
    Timestamp, TracingMatch, TracingRequest, TracingRequestStatus, Transfer, UserId, Via,
};

use crate::error::UserError;

/// Longest free text accepted in one field; longer input is a paste gone wrong.
pub const MAX_TEXT_CHARS: usize = 20_000;
/// Longest name accepted.
pub const MAX_NAME_CHARS: usize = 200;
/// Oldest age the app accepts anywhere.
pub const MAX_AGE: u64 = 120;
/// Earliest birth year accepted.
pub const MIN_BIRTH_YEAR: i32 = 1900;

/// Date of birth as entered on the registration screen; a stated age is dated by the app.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum BirthInput {
    /// Nothing known.
    Unknown,
    /// A full date, `YYYY-MM-DD`.
    Exact {
        /// The date as typed.
        date: String,
    },
    /// A year and perhaps a month.
    Approximate {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: Option<u32>,
    },
    /// An age the person states today.
    StatedAge {
        /// Years.
        years: u64,
    },
}

/// One detail of a sought person, changed on its own so each field autosaves.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "detail")]
pub enum SoughtDetail {
    /// The names and spellings the relative is known by, in any script (one per entry): the
    /// more variants, the better tracing matches across scripts.
    Names {
        /// The names.
        names: Vec<String>,
    },
    /// Relationship to the person (mother, brother, …).
    Relationship {
        /// As said.
        text: String,
    },
    /// Sex, if known.
    Sex {
        /// The value.
        sex: Option<Sex>,
    },
    /// Date of birth or age, as far as known.
    Birth {
        /// What is known.
        birth: BirthInput,
    },
    /// Where the relative was last seen.
    LastSeenPlace {
        /// Place.
        text: Option<String>,
    },
    /// When (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    LastSeenDate {
        /// Date.
        text: Option<String>,
    },
    /// Ways to reach the relative or people who may know.
    Contacts {
        /// One per entry.
        contacts: Vec<String>,
    },
}

/// One edit of a case.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum CaseEdit {
    /// Sets the given or family name (the first of that kind); empty text removes it.
    SetName {
        /// Given or family.
        kind: NameKind,
        /// The name as written, in any script.
        text: String,
    },
    /// Adds another name the person is known by.
    AddAlias {
        /// The name as written.
        text: String,
    },
    /// Removes one name entry.
    RemoveName {
        /// The entry.
        id: EntryId,
    },
    /// Sex, or `None` to clear it.
    SetSex {
        /// The value.
        sex: Option<Sex>,
    },
    /// Date of birth or stated age.
    SetBirth {
        /// What is known.
        birth: BirthInput,
    },
    /// Nationalities, as codes or as stated.
    SetNationalities {
        /// The list, in order of importance.
        nationalities: Vec<String>,
    },
    /// Languages spoken (BCP 47 tags).
    SetLanguages {
        /// The list.
        languages: Vec<String>,
    },
    /// The language the person prefers to be interviewed in.
    SetPreferredLanguage {
        /// BCP 47 tag, or `None`.
        language: Option<String>,
    },
    /// With family, separated or alone.
    SetAccompaniment {
        /// The status, or `None` while not established.
        status: Option<AccompanimentStatus>,
    },
    /// Where and how the person was met.
    SetEncounter {
        /// Place.
        place: Option<String>,
        /// Circumstances.
        circumstances: Option<String>,
    },
    /// A consent decision for one purpose; withdrawal is a new decision, never a deletion.
    RecordConsent {
        /// What it covers.
        purpose: ConsentPurpose,
        /// Given, refused or withdrawn.
        decision: ConsentDecision,
        /// Who decided.
        given_by: ConsentGiver,
        /// Language the explanation was given in.
        language: Option<String>,
        /// Interpreter present.
        interpreter: Option<String>,
    },
    /// Starts a sitting of the interview in `language` (or continues the open one).
    StartSitting {
        /// Interview language (BCP 47).
        language: String,
        /// Interpreter, if any.
        interpreter: Option<String>,
    },
    /// The interpreter or the person switched language in the open sitting.
    SwitchInterviewLanguage {
        /// The new interview language.
        language: String,
    },
    /// A break starts now.
    StartBreak,
    /// The break ends; the interview continues.
    EndBreak,
    /// The sitting ends: done, paused for another day, or stopped.
    EndSitting {
        /// How it ended.
        how: SittingEnd,
    },
    /// Records an answer to a question: answered, declined, not asked (with reason) or revisit.
    Answer {
        /// Question id of the template.
        question: String,
        /// The answer's state.
        state: AnswerState,
        /// The value, for an answered question (or a partial one to revisit).
        value: Option<AnswerValue>,
        /// Language the answer was given in.
        language: Option<String>,
        /// Directly or through an interpreter.
        via: Via,
    },
    /// An age assessment.
    AddAgeAssessment {
        /// How the age was assessed.
        method: AgeMethod,
        /// What it rests on.
        indicators: Vec<AgeIndicator>,
        /// Lower bound, years.
        min_age: Option<u64>,
        /// Upper bound, years.
        max_age: Option<u64>,
        /// Outcome in the assessor's words.
        outcome: Option<String>,
        /// The person disputes it.
        disputed: bool,
    },
    /// Adds a relative the person is looking for, and opens a tracing request for them.
    AddSoughtPerson {
        /// Relationship to the person.
        relationship: String,
    },
    /// Changes one detail of a sought person.
    SetSoughtPerson {
        /// The sought person.
        id: EntryId,
        /// The detail.
        detail: SoughtDetail,
    },
    /// A person decided on a candidate match; a later decision replaces it.
    DecideMatch {
        /// The sought person of this case.
        sought_person: EntryId,
        /// The candidate's case.
        candidate: String,
        /// Score shown when deciding.
        score: f64,
        /// Reasons shown when deciding (message ids).
        reasons: Vec<String>,
        /// Confirmed or rejected.
        decision: MatchStatus,
    },
    /// Records an indicator of trafficking or exploitation (once per indicator and source).
    RecordIndicator {
        /// The indicator.
        indicator: Indicator,
        /// Where it comes from.
        source: IndicatorSource,
        /// A note (no need to repeat the person's words).
        note: Option<String>,
    },
    /// A person judged an indicator not to apply after all, or changed their mind back; the
    /// entry stays for the record.
    DismissIndicator {
        /// The entry.
        id: EntryId,
        /// Dismissed or not.
        dismissed: bool,
    },
    /// A referral to a service.
    AddReferral {
        /// The service.
        service: ReferralService,
        /// Shown first when urgent.
        urgent: bool,
        /// Note for the receiving service.
        note: Option<String>,
    },
    /// A referral's progress.
    SetReferralStatus {
        /// The referral.
        id: EntryId,
        /// Its new status.
        status: ReferralStatus,
    },
    /// A follow-up to do by a date.
    AddFollowUp {
        /// Due date, `YYYY-MM-DD`.
        due: String,
        /// What to do.
        note: Option<String>,
    },
    /// A follow-up was done (or reopened).
    SetFollowUpDone {
        /// The follow-up.
        id: EntryId,
        /// Done or not.
        done: bool,
    },
    /// Hands the case to another site; HQ gives that site the case at the next sync.
    TransferCase {
        /// The receiving site.
        to_site: String,
        /// Why.
        reason: Option<String>,
    },
}

/// Who edits and when: the edit is recorded under this user's name.
#[derive(Debug, Clone)]
pub struct EditContext<'a> {
    /// The user logged in on the device.
    pub user: &'a UserId,
    /// Now.
    pub now: Timestamp,
    /// The interview template the case is interviewed with.
    pub template: &'a Template,
}

/// Checks `edit` against `case` and applies it. On error the case is unchanged.
pub fn apply(case: &mut Case, edit: &CaseEdit, ctx: &EditContext<'_>) -> Result<(), UserError> {
    let recorded = Recorded::new(ctx.user, ctx.now);
    match edit {
        CaseEdit::SetName { kind, text } => {
            let text = checked_name(text)?;
            let names = &mut case.registration.names;
            let existing = names.iter().position(|n| n.kind == *kind);
            match (existing, text) {
                (Some(i), None) => {
                    names.remove(i);
                }
                (Some(i), Some(text)) => {
                    if names[i].text != text {
                        names[i] = new_name(text, *kind, recorded);
                    }
                }
                (None, Some(text)) => names.push(new_name(text, *kind, recorded)),
                (None, None) => {}
            }
        }
        CaseEdit::AddAlias { text } => {
            if let Some(text) = checked_name(text)? {
                case.registration.names.push(new_name(text, NameKind::Alias, recorded));
            }
        }
        CaseEdit::RemoveName { id } => case.registration.names.retain(|n| &n.id != id),
        CaseEdit::SetSex { sex } => case.registration.sex = *sex,
        CaseEdit::SetBirth { birth } => case.registration.birth = checked_birth(birth, ctx.now)?,
        CaseEdit::SetNationalities { nationalities } => {
            case.registration.nationalities = checked_list(nationalities, "nationalities")?;
        }
        CaseEdit::SetLanguages { languages } => {
            for l in languages {
                checked_language(l, "languages")?;
            }
            case.registration.languages = checked_list(languages, "languages")?;
        }
        CaseEdit::SetPreferredLanguage { language } => {
            if let Some(l) = language {
                checked_language(l, "preferred_language")?;
            }
            case.registration.preferred_language = language.clone();
        }
        CaseEdit::SetAccompaniment { status } => case.registration.accompaniment.status = *status,
        CaseEdit::SetEncounter { place, circumstances } => {
            case.registration.encounter.place = checked_optional_text(place, "place")?;
            case.registration.encounter.circumstances =
                checked_optional_text(circumstances, "circumstances")?;
        }
        CaseEdit::RecordConsent { purpose, decision, given_by, language, interpreter } => {
            if let Some(l) = language {
                checked_language(l, "consent_language")?;
            }
            if let ConsentGiver::Guardian { name } = given_by
                && name.trim().is_empty()
            {
                return Err(UserError::new("app-error-guardian-name-missing").at("given_by"));
            }
            case.consents.push(Consent {
                id: EntryId::generate(),
                purpose: *purpose,
                decision: *decision,
                given_by: given_by.clone(),
                language: language.clone(),
                interpreter: checked_optional_text(interpreter, "interpreter")?,
                at: ctx.now,
                recorded,
            });
        }
        CaseEdit::StartSitting { language, interpreter } => {
            checked_language(language, "interview_language")?;
            let interview = &mut case.interview;
            if interview.template_id.is_empty() {
                interview.template_id = ctx.template.id.clone();
                interview.template_version = ctx.template.version;
            }
            match interview.sittings.iter_mut().find(|s| s.ended.is_none()) {
                Some(open) => add_language(open, language),
                None => interview.sittings.push(Sitting {
                    id: EntryId::generate(),
                    started: ctx.now,
                    ended: None,
                    ended_how: None,
                    languages: vec![language.clone()],
                    interpreter: checked_optional_text(interpreter, "interpreter")?,
                    breaks: Vec::new(),
                    recorded,
                }),
            }
        }
        CaseEdit::SwitchInterviewLanguage { language } => {
            checked_language(language, "interview_language")?;
            add_language(open_sitting(case)?, language);
        }
        CaseEdit::StartBreak => {
            let sitting = open_sitting(case)?;
            if !sitting.breaks.iter().any(|b| b.end.is_none()) {
                sitting.breaks.push(Break { start: ctx.now, end: None });
            }
        }
        CaseEdit::EndBreak => {
            for b in open_sitting(case)?.breaks.iter_mut().filter(|b| b.end.is_none()) {
                b.end = Some(ctx.now);
            }
        }
        CaseEdit::EndSitting { how } => {
            let sitting = open_sitting(case)?;
            for b in sitting.breaks.iter_mut().filter(|b| b.end.is_none()) {
                b.end = Some(ctx.now);
            }
            sitting.ended = Some(ctx.now);
            sitting.ended_how = Some(*how);
        }
        CaseEdit::Answer { question, state, value, language, via } => {
            check_answer(ctx.template, question, state, value.as_ref())?;
            if let Some(l) = language {
                checked_language(l, "answer_language")?;
            }
            let sitting = case.interview.sittings.iter().find(|s| s.ended.is_none()).map(|s| s.id.clone());
            let unchanged = case.interview.answers.get(question).is_some_and(|a| {
                a.state == *state && a.value == *value && a.language == *language && a.via == *via
            });
            if !unchanged {
                let mut answer = Answer::new(state.clone(), value.clone(), language.clone(), *via, recorded);
                answer.sitting = sitting;
                case.interview.answers.insert(question.clone(), answer);
            }
        }
        CaseEdit::AddAgeAssessment { method, indicators, min_age, max_age, outcome, disputed } => {
            for age in [min_age, max_age].into_iter().flatten() {
                if *age > MAX_AGE {
                    return Err(UserError::new("app-error-age-too-high").arg("max", MAX_AGE).at("age_range"));
                }
            }
            if let (Some(min), Some(max)) = (min_age, max_age)
                && max < min
            {
                return Err(UserError::new("app-error-age-range-inverted").at("age_range"));
            }
            case.age_assessments.push(AgeAssessment {
                id: EntryId::generate(),
                method: *method,
                indicators: indicators.clone(),
                min_age: *min_age,
                max_age: *max_age,
                assessor: ctx.user.clone(),
                date: ctx.now,
                outcome: checked_optional_text(outcome, "outcome")?,
                disputed: *disputed,
                recorded,
            });
        }
        _ => return apply_follow_on(case, edit, ctx),
    }
    Ok(())
}

/// The edits of family tracing, screening, referrals, follow-ups and transfer: the rest of
/// [`apply`], kept apart so each function reads as one screen's rules.
fn apply_follow_on(case: &mut Case, edit: &CaseEdit, ctx: &EditContext<'_>) -> Result<(), UserError> {
    let recorded = Recorded::new(ctx.user, ctx.now);
    match edit {
        CaseEdit::AddSoughtPerson { relationship } => {
            let relationship = checked_name(relationship)?.unwrap_or_default();
            let id = EntryId::generate();
            case.tracing.requests.push(TracingRequest {
                id: EntryId::generate(),
                sought_person: id.clone(),
                status: TracingRequestStatus::Open,
                recorded: recorded.clone(),
            });
            case.tracing.sought_persons.push(SoughtPerson {
                id,
                names: Vec::new(),
                relationship,
                sex: None,
                birth: BirthDate::Unknown,
                last_seen_place: None,
                last_seen_date: None,
                contacts: Vec::new(),
                recorded,
            });
        }
        CaseEdit::SetSoughtPerson { id, detail } => {
            let person = entry(&mut case.tracing.sought_persons, id, |p| &p.id)?;
            match detail {
                SoughtDetail::Names { names } => {
                    let names = checked_list(names, "sought_names")?;
                    // Keep entries whose text is unchanged (and their history); add the new ones.
                    let mut kept: Vec<PersonName> = Vec::with_capacity(names.len());
                    for text in names {
                        match person.names.iter().find(|n| n.text == text) {
                            Some(n) => kept.push(n.clone()),
                            None => kept.push(new_name(text, NameKind::Given, recorded.clone())),
                        }
                    }
                    person.names = kept;
                }
                SoughtDetail::Relationship { text } => {
                    person.relationship = checked_name(text)?.unwrap_or_default()
                }
                SoughtDetail::Sex { sex } => person.sex = *sex,
                SoughtDetail::Birth { birth } => {
                    person.birth = checked_birth(birth, ctx.now).map_err(|e| e.at("sought_birth"))?;
                }
                SoughtDetail::LastSeenPlace { text } => {
                    person.last_seen_place = checked_optional_text(text, "last_seen_place")?;
                }
                SoughtDetail::LastSeenDate { text } => {
                    let text = checked_optional_text(text, "last_seen_date")?;
                    if let Some(d) = &text
                        && !partial_date_ok(d)
                    {
                        return Err(UserError::new("app-error-partial-date").at("last_seen_date"));
                    }
                    person.last_seen_date = text;
                }
                SoughtDetail::Contacts { contacts } => person.contacts = checked_list(contacts, "contacts")?,
            }
        }
        CaseEdit::DecideMatch { sought_person, candidate, score, reasons, decision } => {
            if !case.tracing.sought_persons.iter().any(|p| &p.id == sought_person) {
                return Err(UserError::new("app-error-entry-missing"));
            }
            let candidate =
                CaseId::parse(candidate).map_err(|_| UserError::new("app-error-entry-missing"))?;
            if candidate == case.id || !(0.0..=1.0).contains(score) {
                return Err(UserError::new("app-error-entry-missing"));
            }
            let decided = (*decision != MatchStatus::Potential).then(|| recorded.clone());
            let matches = &mut case.tracing.matches;
            match matches.iter_mut().find(|m| &m.sought_person == sought_person && m.candidate == candidate) {
                Some(m) => {
                    m.status = *decision;
                    m.decided = decided;
                }
                None => matches.push(TracingMatch {
                    id: EntryId::generate(),
                    sought_person: sought_person.clone(),
                    candidate,
                    score: *score,
                    reasons: reasons.clone(),
                    status: *decision,
                    decided,
                    recorded,
                }),
            }
        }
        CaseEdit::RecordIndicator { indicator, source, note } => {
            let note = checked_optional_text(note, "indicator_note")?;
            let indicators = &mut case.screening.indicators;
            match indicators.iter_mut().find(|e| e.indicator == *indicator && e.source == *source) {
                Some(existing) => {
                    existing.dismissed = false;
                    if note.is_some() {
                        existing.note = note;
                    }
                }
                None => indicators.push(IndicatorEntry {
                    id: EntryId::generate(),
                    indicator: *indicator,
                    source: source.clone(),
                    note,
                    dismissed: false,
                    recorded,
                }),
            }
        }
        CaseEdit::DismissIndicator { id, dismissed } => {
            entry(&mut case.screening.indicators, id, |e| &e.id)?.dismissed = *dismissed;
        }
        CaseEdit::AddReferral { service, urgent, note } => case.referrals.push(Referral {
            id: EntryId::generate(),
            service: *service,
            urgent: *urgent,
            note: checked_optional_text(note, "referral_note")?,
            status: ReferralStatus::Proposed,
            recorded,
        }),
        CaseEdit::SetReferralStatus { id, status } => {
            entry(&mut case.referrals, id, |r| &r.id)?.status = *status;
        }
        CaseEdit::AddFollowUp { due, note } => {
            let date = NaiveDate::parse_from_str(due.trim(), "%Y-%m-%d")
                .map_err(|_| UserError::new("app-error-birth-date-invalid").at("due"))?;
            let due = date
                .and_hms_opt(12, 0, 0)
                .map(|t| Timestamp(t.and_utc().timestamp_millis()))
                .ok_or_else(|| UserError::new("app-error-birth-date-invalid").at("due"))?;
            case.follow_ups.push(FollowUp {
                id: EntryId::generate(),
                due,
                note: checked_optional_text(note, "follow_up_note")?,
                done: None,
                recorded,
            });
        }
        CaseEdit::SetFollowUpDone { id, done } => {
            entry(&mut case.follow_ups, id, |f| &f.id)?.done = done.then_some(recorded);
        }
        CaseEdit::TransferCase { to_site, reason } => {
            let to_site: SiteId =
                to_site.trim().parse().map_err(|_| UserError::new("app-error-site-missing").at("to_site"))?;
            if to_site == case.site {
                return Err(UserError::new("app-error-transfer-same-site").at("to_site"));
            }
            case.transfers.push(Transfer {
                id: EntryId::generate(),
                from_site: case.site.clone(),
                to_site,
                reason: checked_optional_text(reason, "transfer_reason")?,
                accepted: None,
                recorded: recorded.clone(),
            });
            case.status = StatusEntry { status: CaseStatus::Transferred, recorded };
        }
        // `apply` handles the others; reaching here would be a bug in that split.
        _ => return Err(UserError::new("error-internal")),
    }
    Ok(())
}

/// The entry `id` of a list in the case; it may have gone in a merge from another device.
fn entry<'a, T>(
    items: &'a mut [T],
    id: &EntryId,
    id_of: impl Fn(&T) -> &EntryId,
) -> Result<&'a mut T, UserError> {
    items.iter_mut().find(|e| id_of(e) == id).ok_or_else(|| UserError::new("app-error-entry-missing"))
}

fn new_name(text: String, kind: NameKind, recorded: Recorded) -> PersonName {
    let script = detect_script(&text).code().to_owned();
    PersonName::new(text, script, kind, recorded)
}

fn open_sitting(case: &mut Case) -> Result<&mut Sitting, UserError> {
    case.interview
        .sittings
        .iter_mut()
        .find(|s| s.ended.is_none())
        .ok_or_else(|| UserError::new("app-error-no-open-sitting"))
}

fn add_language(sitting: &mut Sitting, language: &str) {
    if sitting.languages.last().map(String::as_str) != Some(language) {
        sitting.languages.push(language.to_owned());
    }
}

fn checked_name(text: &str) -> Result<Option<String>, UserError> {
    let text = text.trim();
    if text.chars().count() > MAX_NAME_CHARS {
        return Err(UserError::new("app-error-text-too-long").arg("max", MAX_NAME_CHARS).at("name"));
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

fn checked_optional_text(text: &Option<String>, field: &str) -> Result<Option<String>, UserError> {
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) if t.chars().count() > MAX_TEXT_CHARS => {
            Err(UserError::new("app-error-text-too-long").arg("max", MAX_TEXT_CHARS).at(field))
        }
        Some(t) => Ok(Some(t.to_owned())),
    }
}

fn checked_list(items: &[String], field: &str) -> Result<Vec<String>, UserError> {
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
fn checked_language(tag: &str, field: &str) -> Result<(), UserError> {
    let mut parts = tag.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest_ok = parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if lang_ok && rest_ok { Ok(()) } else { Err(UserError::new("app-error-language-invalid").at(field)) }
}

fn checked_birth(birth: &BirthInput, now: Timestamp) -> Result<BirthDate, UserError> {
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

/// An answer must fit its question: the template decides which values exist.
fn check_answer(
    template: &Template,
    question: &str,
    state: &AnswerState,
    value: Option<&AnswerValue>,
) -> Result<(), UserError> {
    let q = template
        .question(question)
        .ok_or_else(|| UserError::new("app-error-unknown-question").arg("question", question))?;
    if let AnswerState::NotAsked { reason } = state
        && !template.not_asked_reasons.iter().any(|r| &r.id == reason)
    {
        return Err(UserError::new("app-error-not-asked-reason").at("answer"));
    }
    let Some(value) = value else {
        return Ok(());
    };
    let mismatch = || UserError::new("app-error-answer-kind").at("answer");
    let known_choice = |c: &str| q.choices.iter().any(|ch| ch.id == c);
    match (q.kind, value) {
        (QuestionKind::Text, AnswerValue::Text(t)) => {
            if t.chars().count() > MAX_TEXT_CHARS {
                return Err(UserError::new("app-error-text-too-long")
                    .arg("max", MAX_TEXT_CHARS)
                    .at("answer"));
            }
        }
        (QuestionKind::YesNo, AnswerValue::YesNo(_)) => {}
        (QuestionKind::Choice, AnswerValue::Choice(c)) if known_choice(c) => {}
        (QuestionKind::Choices, AnswerValue::Choices(cs)) if cs.iter().all(|c| known_choice(c)) => {}
        (QuestionKind::Date, AnswerValue::Date(d)) => {
            if !partial_date_ok(d) {
                return Err(UserError::new("app-error-partial-date").at("answer"));
            }
        }
        (QuestionKind::Number, AnswerValue::Number(n)) if n.is_finite() => {}
        _ => return Err(mismatch()),
    }
    Ok(())
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date.
fn partial_date_ok(d: &str) -> bool {
    let d = d.trim();
    match d.len() {
        4 => d.parse::<i32>().is_ok_and(|y| y >= MIN_BIRTH_YEAR),
        7 => NaiveDate::parse_from_str(&format!("{d}-01"), "%Y-%m-%d").is_ok(),
        10 => NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use waypoint_model::template::intake_v1;
    use waypoint_model::{CaseId, ShortCode, SiteId};

    use super::*;

    fn case() -> Case {
        Case::open(
            CaseId::generate(),
            ShortCode::new("ACD-EFG"),
            SiteId::new("border-north"),
            &UserId::new("amina"),
            Timestamp(1_780_000_000_000),
        )
    }

    fn run(case: &mut Case, edit: CaseEdit) -> Result<(), UserError> {
        let user = UserId::new("amina");
        let ctx = EditContext { user: &user, now: Timestamp(1_780_000_000_000), template: intake_v1() };
        let mut draft = case.clone();
        apply(&mut draft, &edit, &ctx)?;
        *case = draft;
        Ok(())
    }

    fn question_of(kind: QuestionKind) -> String {
        intake_v1().questions().find(|q| q.kind == kind).map(|q| q.id.clone()).unwrap_or_default()
    }

    #[test]
    fn names_keep_their_script_and_empty_text_removes_them() {
        let mut c = case();
        run(&mut c, CaseEdit::SetName { kind: NameKind::Given, text: " محمد ".into() }).expect("applies");
        assert_eq!(c.registration.names[0].text, "محمد");
        assert_eq!(c.registration.names[0].script, "Arab");
        run(&mut c, CaseEdit::SetName { kind: NameKind::Family, text: "Tesfay".into() }).expect("applies");
        run(&mut c, CaseEdit::SetName { kind: NameKind::Given, text: String::new() }).expect("applies");
        assert_eq!(c.registration.names.len(), 1);
        assert_eq!(c.registration.names[0].script, "Latn");
    }

    #[test]
    fn impossible_birth_dates_are_refused_next_to_the_field() {
        let mut c = case();
        for (birth, id) in [
            (BirthInput::Exact { date: "2010-02-30".into() }, "app-error-birth-date-invalid"),
            (BirthInput::Exact { date: "2099-01-01".into() }, "app-error-birth-date-future"),
            (BirthInput::Approximate { year: 1700, month: None }, "app-error-birth-year-range"),
            (BirthInput::Approximate { year: 2010, month: Some(13) }, "app-error-birth-date-invalid"),
            (BirthInput::StatedAge { years: 300 }, "app-error-age-too-high"),
        ] {
            let err = run(&mut c, CaseEdit::SetBirth { birth }).expect_err("refused");
            assert_eq!(err.id, id);
            assert_eq!(err.field.as_deref(), Some("birth"));
        }
        assert_eq!(c.registration.birth, BirthDate::Unknown, "nothing saved by a refused edit");
        run(&mut c, CaseEdit::SetBirth { birth: BirthInput::Exact { date: "2010-02-28".into() } })
            .expect("applies");
        assert_eq!(c.registration.birth, BirthDate::Exact { date: "2010-02-28".into() });
    }

    #[test]
    fn an_age_range_with_maximum_under_minimum_is_refused() {
        let mut c = case();
        let edit = |min, max| CaseEdit::AddAgeAssessment {
            method: AgeMethod::Holistic,
            indicators: vec![],
            min_age: Some(min),
            max_age: Some(max),
            outcome: None,
            disputed: false,
        };
        let err = run(&mut c, edit(17, 15)).expect_err("refused");
        assert_eq!(err.id, "app-error-age-range-inverted");
        assert!(c.age_assessments.is_empty());
        run(&mut c, edit(15, 17)).expect("applies");
        assert_eq!(c.age_assessments.len(), 1);
        assert_eq!(c.age_assessments[0].assessor.as_str(), "amina");
    }

    #[test]
    fn answers_record_state_language_and_sitting() {
        let mut c = case();
        run(&mut c, CaseEdit::StartSitting { language: "ar".into(), interpreter: None }).expect("applies");
        let text_q = question_of(QuestionKind::Text);
        run(
            &mut c,
            CaseEdit::Answer {
                question: text_q.clone(),
                state: AnswerState::Answered,
                value: Some(AnswerValue::Text("نعم".into())),
                language: Some("ar".into()),
                via: Via::Interpreter,
            },
        )
        .expect("applies");
        run(&mut c, CaseEdit::SwitchInterviewLanguage { language: "ti".into() }).expect("applies");
        let yes_no = question_of(QuestionKind::YesNo);
        run(
            &mut c,
            CaseEdit::Answer {
                question: yes_no.clone(),
                state: AnswerState::Declined,
                value: None,
                language: Some("ti".into()),
                via: Via::Interpreter,
            },
        )
        .expect("applies");
        let sitting = &c.interview.sittings[0];
        assert_eq!(sitting.languages, ["ar", "ti"]);
        assert_eq!(c.interview.answers[&text_q].language.as_deref(), Some("ar"));
        assert_eq!(c.interview.answers[&yes_no].state, AnswerState::Declined);
        assert_eq!(c.interview.answers[&yes_no].sitting.as_ref(), Some(&sitting.id));
        assert_eq!(c.interview.template_id, "intake");
    }

    #[test]
    fn answers_must_fit_their_question() {
        let mut c = case();
        let yes_no = question_of(QuestionKind::YesNo);
        let wrong_kind = CaseEdit::Answer {
            question: yes_no.clone(),
            state: AnswerState::Answered,
            value: Some(AnswerValue::Text("maybe".into())),
            language: None,
            via: Via::Direct,
        };
        assert_eq!(run(&mut c, wrong_kind).expect_err("refused").id, "app-error-answer-kind");
        let unknown = CaseEdit::Answer {
            question: "nope.nothing".into(),
            state: AnswerState::Declined,
            value: None,
            language: None,
            via: Via::Direct,
        };
        assert_eq!(run(&mut c, unknown).expect_err("refused").id, "app-error-unknown-question");
        let bad_reason = CaseEdit::Answer {
            question: yes_no,
            state: AnswerState::NotAsked { reason: "bored".into() },
            value: None,
            language: None,
            via: Via::Direct,
        };
        assert_eq!(run(&mut c, bad_reason).expect_err("refused").id, "app-error-not-asked-reason");
        assert!(c.interview.answers.is_empty());
    }

    #[test]
    fn pauses_and_stops_are_recorded_on_the_open_sitting() {
        let mut c = case();
        assert_eq!(run(&mut c, CaseEdit::StartBreak).expect_err("refused").id, "app-error-no-open-sitting");
        run(&mut c, CaseEdit::StartSitting { language: "fa".into(), interpreter: Some("Reza".into()) })
            .expect("applies");
        run(&mut c, CaseEdit::StartBreak).expect("applies");
        run(&mut c, CaseEdit::StartBreak).expect("applies");
        assert_eq!(c.interview.sittings[0].breaks.len(), 1, "one open break at a time");
        run(&mut c, CaseEdit::EndSitting { how: SittingEnd::StoppedByPerson }).expect("applies");
        let s = &c.interview.sittings[0];
        assert_eq!(s.ended_how, Some(SittingEnd::StoppedByPerson));
        assert!(s.breaks[0].end.is_some(), "stopping ends the break too");
        run(&mut c, CaseEdit::StartSitting { language: "fa".into(), interpreter: None }).expect("applies");
        assert_eq!(c.interview.sittings.len(), 2, "a new sitting after a stop");
    }

    #[test]
    fn consent_withdrawal_is_a_new_entry() {
        let mut c = case();
        for decision in [ConsentDecision::Given, ConsentDecision::Withdrawn] {
            run(
                &mut c,
                CaseEdit::RecordConsent {
                    purpose: ConsentPurpose::FamilyTracing,
                    decision,
                    given_by: ConsentGiver::Person,
                    language: Some("so".into()),
                    interpreter: None,
                },
            )
            .expect("applies");
        }
        assert_eq!(c.consents.len(), 2);
        let guardian_without_name = CaseEdit::RecordConsent {
            purpose: ConsentPurpose::Referral,
            decision: ConsentDecision::Given,
            given_by: ConsentGiver::Guardian { name: " ".into() },
            language: None,
            interpreter: None,
        };
        assert_eq!(
            run(&mut c, guardian_without_name).expect_err("refused").id,
            "app-error-guardian-name-missing"
        );
    }

    #[test]
    fn language_tags_are_checked() {
        assert!(checked_language("ar", "f").is_ok());
        assert!(checked_language("zh-Hant-TW", "f").is_ok());
        assert!(checked_language("", "f").is_err());
        assert!(checked_language("arabic!", "f").is_err());
        assert!(checked_language("a", "f").is_err());
    }

    #[test]
    fn a_sought_person_is_traced_under_every_spelling_and_bad_dates_are_refused() {
        let mut c = case();
        run(&mut c, CaseEdit::AddSoughtPerson { relationship: "mother".into() }).expect("applies");
        let id = c.tracing.sought_persons[0].id.clone();
        assert_eq!(c.tracing.requests[0].sought_person, id, "a tracing request is opened");
        let names = CaseEdit::SetSoughtPerson {
            id: id.clone(),
            detail: SoughtDetail::Names { names: vec!["Hiwet".into(), " ሕወት ".into(), "Hiwet".into()] },
        };
        run(&mut c, names).expect("applies");
        let scripts: Vec<&str> =
            c.tracing.sought_persons[0].names.iter().map(|n| n.script.as_str()).collect();
        assert_eq!(scripts, ["Latn", "Ethi"], "variants kept once each, with their script");
        let bad = CaseEdit::SetSoughtPerson {
            id: id.clone(),
            detail: SoughtDetail::LastSeenDate { text: Some("2024-02-31".into()) },
        };
        assert_eq!(run(&mut c, bad).expect_err("refused").field.as_deref(), Some("last_seen_date"));
        let bad_birth = CaseEdit::SetSoughtPerson {
            id: id.clone(),
            detail: SoughtDetail::Birth { birth: BirthInput::Exact { date: "1980-13-01".into() } },
        };
        assert_eq!(run(&mut c, bad_birth).expect_err("refused").field.as_deref(), Some("sought_birth"));
        let place = CaseEdit::SetSoughtPerson {
            id: EntryId::generate(),
            detail: SoughtDetail::LastSeenPlace { text: Some("Kassala".into()) },
        };
        assert_eq!(run(&mut c, place).expect_err("refused").id, "app-error-entry-missing");
        assert_eq!(c.tracing.sought_persons[0].last_seen_date, None, "nothing changed by refusals");
    }

    #[test]
    fn a_match_decision_is_recorded_once_and_can_be_changed() {
        let mut c = case();
        run(&mut c, CaseEdit::AddSoughtPerson { relationship: "brother".into() }).expect("applies");
        let sought = c.tracing.sought_persons[0].id.clone();
        let other = CaseId::generate().to_string();
        let decide = |decision| CaseEdit::DecideMatch {
            sought_person: sought.clone(),
            candidate: other.clone(),
            score: 0.82,
            reasons: vec!["tracing-reason-name".into()],
            decision,
        };
        run(&mut c, decide(MatchStatus::Confirmed)).expect("applies");
        run(&mut c, decide(MatchStatus::Rejected)).expect("applies");
        assert_eq!(c.tracing.matches.len(), 1);
        assert_eq!(c.tracing.matches[0].status, MatchStatus::Rejected);
        assert!(c.tracing.matches[0].decided.is_some());
        let itself = CaseEdit::DecideMatch {
            sought_person: sought,
            candidate: c.id.to_string(),
            score: 0.9,
            reasons: vec![],
            decision: MatchStatus::Confirmed,
        };
        assert!(run(&mut c, itself).is_err(), "a case never matches itself");
    }

    #[test]
    fn indicators_are_recorded_once_and_dismissing_keeps_them() {
        let mut c = case();
        let record = CaseEdit::RecordIndicator {
            indicator: Indicator::DebtBondage,
            source: IndicatorSource::Stated,
            note: Some("owes the driver".into()),
        };
        run(&mut c, record.clone()).expect("applies");
        let id = c.screening.indicators[0].id.clone();
        run(&mut c, CaseEdit::DismissIndicator { id: id.clone(), dismissed: true }).expect("applies");
        assert!(c.screening.indicators[0].dismissed);
        run(&mut c, record).expect("applies");
        assert_eq!(c.screening.indicators.len(), 1, "the same indicator and source: one entry");
        assert!(!c.screening.indicators[0].dismissed, "recorded again: in force again");
    }

    #[test]
    fn referrals_follow_ups_and_transfer() {
        let mut c = case();
        let referral =
            CaseEdit::AddReferral { service: ReferralService::ChildProtection, urgent: true, note: None };
        run(&mut c, referral).expect("applies");
        let id = c.referrals[0].id.clone();
        run(&mut c, CaseEdit::SetReferralStatus { id, status: ReferralStatus::Accepted }).expect("applies");
        assert_eq!(c.referrals[0].status, ReferralStatus::Accepted);

        let bad = CaseEdit::AddFollowUp { due: "2026-02-30".into(), note: None };
        assert_eq!(run(&mut c, bad).expect_err("refused").field.as_deref(), Some("due"));
        run(&mut c, CaseEdit::AddFollowUp { due: "2026-12-01".into(), note: Some("call shelter".into()) })
            .expect("applies");
        let id = c.follow_ups[0].id.clone();
        run(&mut c, CaseEdit::SetFollowUpDone { id, done: true }).expect("applies");
        assert_eq!(c.follow_ups[0].done.as_ref().map(|d| d.by.as_str()), Some("amina"));

        let same = CaseEdit::TransferCase { to_site: "border-north".into(), reason: None };
        assert_eq!(run(&mut c, same).expect_err("refused").id, "app-error-transfer-same-site");
        run(&mut c, CaseEdit::TransferCase { to_site: "shelter-east".into(), reason: Some("bed".into()) })
            .expect("applies");
        assert_eq!(c.status.status, CaseStatus::Transferred);
        assert_eq!(c.transfers[0].from_site.as_str(), "border-north");
        assert_eq!(c.transfers[0].to_site.as_str(), "shelter-east");
    }
}
