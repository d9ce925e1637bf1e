//! The case document of DESIGN §3: one person's registration, consents, interview, age
//! assessments, tracing, screening, referrals, follow-ups, transfers and status.
//!
//! These types map one to one onto an Automerge document through `autosurgeon`. Lists of
//! entries carry an `#[key] id` so that concurrent inserts on two devices merge by identity, not
//! by position. Interview answers are a map keyed by question id, so two devices answering
//! different questions never collide, and two answering the same question produce a conflict
//! that is reported, not lost.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile};
use serde::{Deserialize, Serialize};

use crate::ids::{CaseId, EntryId, QuestionId, ShortCode, SiteId, UserId};
use crate::time::{Recorded, Timestamp};

/// Version of the case document layout; bumped when a field is added or changes meaning.
pub const CASE_SCHEMA_VERSION: u64 = 1;

/// A case: everything recorded about one person.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Case {
    /// Layout version of this document ([`CASE_SCHEMA_VERSION`] when written).
    pub schema: u64,
    /// Stable id (UUID v7).
    pub id: CaseId,
    /// Human code for cards and phone calls.
    pub code: ShortCode,
    /// The site responsible for the case now (changes on transfer).
    pub site: SiteId,
    /// Who opened the case and when.
    pub opened: Recorded,
    /// Who the person is, as far as they chose to say.
    pub registration: Registration,
    /// Consent decisions, in the order recorded; withdrawal is a new entry.
    pub consents: Vec<Consent>,
    /// The intake interview over one or more sittings.
    pub interview: Interview,
    /// Age assessments, oldest first.
    pub age_assessments: Vec<AgeAssessment>,
    /// Family tracing: sought relatives, requests, candidate matches.
    pub tracing: Tracing,
    /// Trafficking and exploitation indicators.
    pub screening: Screening,
    /// Referrals to services.
    pub referrals: Vec<Referral>,
    /// Planned and done follow-ups.
    pub follow_ups: Vec<FollowUp>,
    /// Transfers between sites.
    pub transfers: Vec<Transfer>,
    /// Open, transferred or closed, with who changed it last.
    pub status: StatusEntry,
}

impl Case {
    /// A new, empty case at `site`, opened by `by` at `at`. Nothing else is required: a case
    /// may be opened before the person says anything.
    pub fn open(id: CaseId, code: ShortCode, site: SiteId, by: &UserId, at: Timestamp) -> Self {
        let recorded = Recorded::new(by, at);
        Self {
            schema: CASE_SCHEMA_VERSION,
            id,
            code,
            site: site.clone(),
            opened: recorded.clone(),
            registration: Registration {
                encounter: Encounter { site, at, place: None, circumstances: None },
                ..Registration::default()
            },
            consents: Vec::new(),
            interview: Interview::default(),
            age_assessments: Vec::new(),
            tracing: Tracing::default(),
            screening: Screening::default(),
            referrals: Vec::new(),
            follow_ups: Vec::new(),
            transfers: Vec::new(),
            status: StatusEntry { status: CaseStatus::Open, recorded },
        }
    }

    /// Records that the person consented, when the case was opened and to whoever opened it,
    /// to `purpose` (demo data, imports, tests: the app records consent through the engine's
    /// `record_consent` edit, with who decided and in which language).
    pub fn consent_given(&mut self, id: EntryId, purpose: ConsentPurpose) {
        self.consent_decided(id, purpose, ConsentDecision::Given);
    }

    /// Records the person's `decision` on `purpose` after every decision before it (the first
    /// when the case was opened), by whoever opened the case (demo data and tests, as
    /// [`Case::consent_given`]).
    pub fn consent_decided(&mut self, id: EntryId, purpose: ConsentPurpose, decision: ConsentDecision) {
        let at = self.consents.iter().map(|c| c.at.0 + 1).max().unwrap_or(0).max(self.opened.at.0);
        let at = Timestamp(at);
        self.consents.push(Consent {
            id,
            purpose,
            decision,
            given_by: ConsentGiver::Person,
            language: None,
            interpreter: None,
            at,
            recorded: Recorded::new(&self.opened.by, at),
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Registration

/// Who the person is, as recorded at registration.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Registration {
    /// Names in every script and spelling that was given or seen.
    pub names: Vec<PersonName>,
    /// Sex as stated or observed; `None` until asked.
    pub sex: Option<Sex>,
    /// Date of birth, exact, approximate, unknown, or an age the person stated.
    pub birth: BirthDate,
    /// Nationalities (ISO 3166-1 alpha-3 where known, or as stated).
    pub nationalities: Vec<String>,
    /// Languages spoken (BCP 47 tags).
    pub languages: Vec<String>,
    /// The language the person prefers to be interviewed in (BCP 47).
    pub preferred_language: Option<String>,
    /// Where and how the person was met.
    pub encounter: Encounter,
    /// Whether the person is with family, separated or alone.
    pub accompaniment: Accompaniment,
    /// Identity and travel documents that were seen.
    pub documents: Vec<DocumentSeen>,
}

/// One name of the person, in one script and spelling.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct PersonName {
    /// Entry id, so concurrent additions merge.
    #[key]
    pub id: EntryId,
    /// The name exactly as written.
    pub text: String,
    /// ISO 15924 script code (`Arab`, `Latn`, `Cyrl`, `Ethi`, …).
    pub script: String,
    /// BCP 47 language of the name, when known.
    pub language: Option<String>,
    /// What kind of name it is.
    pub kind: NameKind,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

impl PersonName {
    /// A new name entry `id`, its language not recorded (the usual case at registration).
    pub fn new(
        id: EntryId,
        text: impl Into<String>,
        script: impl Into<String>,
        kind: NameKind,
        recorded: Recorded,
    ) -> Self {
        Self { id, text: text.into(), script: script.into(), language: None, kind, recorded }
    }
}

/// The role of a name.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum NameKind {
    /// Given (first) name.
    Given,
    /// Family name.
    Family,
    /// Another name the person is or was known by.
    Alias,
    /// The whole name as the person wrote it themselves.
    AsWrittenByPerson,
}

/// Sex as stated or recorded.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
    /// Another sex or gender identity.
    Other,
    /// The person chose not to say.
    NotStated,
}

/// Date of birth with its certainty: records often hold only a year or a stated age.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum BirthDate {
    /// Nothing known.
    #[default]
    Unknown,
    /// A full date (`YYYY-MM-DD`), e.g. from a document.
    Exact {
        /// ISO 8601 calendar date.
        date: String,
    },
    /// A year, perhaps a month, as the person remembers.
    Approximate {
        /// Year of birth.
        year: i64,
        /// Month (1–12), when known.
        month: Option<u64>,
    },
    /// An age the person stated on a given day.
    StatedAge {
        /// Age in whole years.
        years: u64,
        /// When the person said it.
        stated_at: Timestamp,
    },
}

/// Where and how the person was met.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Encounter {
    /// The site that met the person.
    pub site: SiteId,
    /// When.
    pub at: Timestamp,
    /// Place description (crossing point, town).
    pub place: Option<String>,
    /// Circumstances, in the officer's words.
    pub circumstances: Option<String>,
}

/// Whether the person travels with family or alone.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Accompaniment {
    /// The status, once established.
    pub status: Option<AccompanimentStatus>,
    /// Adults who accompany the person, with claimed and verified relationship.
    pub adults: Vec<AccompanyingAdult>,
}

/// Accompaniment categories of child protection practice.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum AccompanimentStatus {
    /// Without parents or any other adult responsible for them.
    Unaccompanied,
    /// Without parents or usual caregiver, but perhaps with other adults.
    Separated,
    /// With parents or usual caregiver.
    Accompanied,
}

/// An adult travelling with the person.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct AccompanyingAdult {
    /// Entry id.
    #[key]
    pub id: EntryId,
    /// Name as given.
    pub name: String,
    /// Relationship the adult claims (mother, uncle, "friend of family").
    pub claimed_relationship: String,
    /// Whether the relationship was verified.
    pub verified: Verification,
    /// How it was verified (documents, a call to a relative, …), in the officer's words.
    pub verified_how: Option<String>,
    /// Documents of the adult or the person that were seen, in the officer's words.
    pub documents_seen: Option<String>,
    /// The officer's concern about this adult, if any: a child-protection concern.
    pub concern: Option<String>,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

/// The state of verifying a claimed relationship.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum Verification {
    /// Not checked yet.
    NotVerified,
    /// Verified by documents or other evidence.
    Verified,
    /// Checked and doubtful: a child-protection concern.
    Doubtful,
}

/// A document that was seen (not necessarily kept).
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct DocumentSeen {
    /// Entry id.
    #[key]
    pub id: EntryId,
    /// Passport, ID card, birth certificate, …
    pub kind: String,
    /// Document number, when shown.
    pub number: Option<String>,
    /// Issuing country or authority.
    pub issuer: Option<String>,
    /// Concerns (appears altered, held by someone else, …).
    pub concerns: Option<String>,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

// ---------------------------------------------------------------------------------------------
// Consent

/// What a consent covers. Each purpose is decided separately.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Reconcile, Hydrate,
)]
#[serde(rename_all = "snake_case")]
pub enum ConsentPurpose {
    /// Recording the person's details at all.
    Registration,
    /// Sharing the case with headquarters (sync).
    SharingWithHq,
    /// Searching for family members and being found by them.
    FamilyTracing,
    /// Referring the person to other services.
    Referral,
    /// Taking and keeping a photo.
    Photo,
}

impl ConsentPurpose {
    /// Every purpose, in display order.
    pub const ALL: [ConsentPurpose; 5] =
        [Self::Registration, Self::SharingWithHq, Self::FamilyTracing, Self::Referral, Self::Photo];

    /// The code used in messages (`family_tracing`), which select their wording on it.
    pub fn code(self) -> &'static str {
        match self {
            Self::Registration => "registration",
            Self::SharingWithHq => "sharing_with_hq",
            Self::FamilyTracing => "family_tracing",
            Self::Referral => "referral",
            Self::Photo => "photo",
        }
    }
}

/// One consent decision. Withdrawal is recorded as a new entry, never by deleting the old one.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Consent {
    /// Entry id.
    #[key]
    pub id: EntryId,
    /// What it covers.
    pub purpose: ConsentPurpose,
    /// Given, refused or withdrawn.
    pub decision: ConsentDecision,
    /// Who decided.
    pub given_by: ConsentGiver,
    /// Language the explanation was given in (BCP 47).
    pub language: Option<String>,
    /// Interpreter present, if any (name or id).
    pub interpreter: Option<String>,
    /// When the decision was made.
    pub at: Timestamp,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

/// A consent decision.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum ConsentDecision {
    /// Consent given.
    Given,
    /// Asked, and refused.
    Refused,
    /// Given before, now withdrawn.
    Withdrawn,
}

/// Who took a consent decision.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ConsentGiver {
    /// The person themselves.
    Person,
    /// A parent or legal guardian.
    Guardian {
        /// Guardian's name as given.
        name: String,
    },
    /// A best-interest decision taken by a professional, where the person cannot consent.
    BestInterestDecision {
        /// The role that took the decision (e.g. "child protection officer").
        role: String,
    },
}

// ---------------------------------------------------------------------------------------------
// Interview

/// The intake interview: its template, its sittings and the answers given.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Interview {
    /// Template id (e.g. `intake`).
    pub template_id: String,
    /// Template version the questions come from.
    pub template_version: u64,
    /// Sittings, in order.
    pub sittings: Vec<Sitting>,
    /// Answers keyed by question id.
    pub answers: BTreeMap<String, Answer>,
}

/// One sitting of the interview: people tire, so an interview spans several.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Sitting {
    /// Entry id.
    #[key]
    pub id: EntryId,
    /// When it started.
    pub started: Timestamp,
    /// When it ended, if it has.
    pub ended: Option<Timestamp>,
    /// How it ended.
    pub ended_how: Option<SittingEnd>,
    /// Interview languages used in the sitting, in the order they were used (BCP 47).
    pub languages: Vec<String>,
    /// Interpreter, if any.
    pub interpreter: Option<String>,
    /// Breaks taken.
    pub breaks: Vec<Break>,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

/// How a sitting ended.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum SittingEnd {
    /// All planned questions were covered.
    Completed,
    /// Paused, to continue another time.
    Paused,
    /// The person chose to stop.
    StoppedByPerson,
    /// The officer stopped it (distress, safety, time).
    StoppedByOfficer,
}

/// A break within a sitting.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Break {
    /// Start of the break.
    pub start: Timestamp,
    /// End, once resumed.
    pub end: Option<Timestamp>,
}

/// One answer. Nothing forces a question: declining and not asking are answers too.
///
/// An answer is written whole: every new answer (or change of answer) gets a new `id`, so that
/// two devices answering the same question concurrently produce one conflict between two whole
/// answers (value, language and author together), never a mix of both. Build answers with
/// [`Answer::new`], which draws the fresh id.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Answer {
    /// Revision id of this answer; a new one for every rewrite.
    #[key]
    pub id: EntryId,
    /// Answered, declined, not asked, or to revisit.
    pub state: AnswerState,
    /// The value, when answered (or partly answered before a revisit).
    pub value: Option<AnswerValue>,
    /// Language the answer was given in (BCP 47).
    pub language: Option<String>,
    /// Directly or through an interpreter.
    pub via: Via,
    /// A translation of a free-text answer.
    pub translation: Option<Translation>,
    /// The sitting it was given in.
    pub sitting: Option<EntryId>,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

impl Answer {
    /// A new answer (a fresh revision, `id`) in `state`, recorded by `recorded`.
    pub fn new(
        id: EntryId,
        state: AnswerState,
        value: Option<AnswerValue>,
        language: Option<String>,
        via: Via,
        recorded: Recorded,
    ) -> Self {
        Self { id, state, value, language, via, translation: None, sitting: None, recorded }
    }
}

/// The four states of an answer.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum AnswerState {
    /// The person answered.
    Answered,
    /// The person chose not to answer.
    Declined,
    /// Deliberately not asked, with the reason (template reason id).
    NotAsked {
        /// Why it was not asked.
        reason: String,
    },
    /// To come back to later.
    Revisit,
}

/// The value of an answer, by question kind.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum AnswerValue {
    /// Free text, in the answer's language.
    Text(String),
    /// Yes or no.
    YesNo(bool),
    /// One choice id of the template.
    Choice(String),
    /// Several choice ids.
    Choices(Vec<String>),
    /// A date or partial date as given (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    Date(String),
    /// A number.
    Number(f64),
}

/// Whether an answer came directly or through an interpreter.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// The officer and the person share the language.
    #[default]
    Direct,
    /// Through an interpreter.
    Interpreter,
}

/// A translation of a free-text answer.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Translation {
    /// Target language (BCP 47).
    pub language: String,
    /// Translated text.
    pub text: String,
    /// Who translated.
    pub by: UserId,
}

// ---------------------------------------------------------------------------------------------
// Age assessment

/// An age assessment. In doubt, the person is treated as a child (see `rules::age`).
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct AgeAssessment {
    /// Entry id.
    #[key]
    pub id: EntryId,
    /// How the age was assessed.
    pub method: AgeMethod,
    /// What the assessment rests on; never one indicator alone.
    pub indicators: Vec<AgeIndicator>,
    /// Lower bound of the assessed age, in years.
    pub min_age: Option<u64>,
    /// Upper bound of the assessed age, in years.
    pub max_age: Option<u64>,
    /// Who assessed.
    pub assessor: UserId,
    /// When.
    pub date: Timestamp,
    /// Outcome in the assessor's words.
    pub outcome: Option<String>,
    /// The person disputes the outcome.
    pub disputed: bool,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

/// Methods of age assessment.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum AgeMethod {
    /// From identity documents.
    Documents,
    /// From the person's own statement.
    Statement,
    /// Holistic, multidisciplinary assessment.
    Holistic,
}

/// One indicator an age assessment rests on.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct AgeIndicator {
    /// Kind: document, statement, school history, family account, psychosocial, physical, …
    pub kind: String,
    /// Note.
    pub note: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Tracing

/// Family tracing for this person.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Tracing {
    /// Relatives the person is looking for.
    pub sought_persons: Vec<SoughtPerson>,
    /// Tracing requests opened.
    pub requests: Vec<TracingRequest>,
    /// Candidate matches found, to be confirmed or rejected by a person.
    pub matches: Vec<TracingMatch>,
}

/// A relative the person is looking for.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct SoughtPerson {
    /// Entry id.
    #[key]
    pub id: EntryId,
    /// Names and variants, in any script.
    pub names: Vec<PersonName>,
    /// Relationship to the person (mother, brother, …).
    pub relationship: String,
    /// Sex, if known.
    pub sex: Option<Sex>,
    /// Approximate age or birth date.
    pub birth: BirthDate,
    /// Last seen where.
    pub last_seen_place: Option<String>,
    /// Last seen when (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub last_seen_date: Option<String>,
    /// Contacts (phone, relatives who might know).
    pub contacts: Vec<String>,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

/// A tracing request for one sought person.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct TracingRequest {
    /// Entry id.
    #[key]
    pub id: EntryId,
    /// Which sought person.
    pub sought_person: EntryId,
    /// Open, suspended (e.g. consent withdrawn) or closed.
    pub status: TracingRequestStatus,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

/// The state of a tracing request.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum TracingRequestStatus {
    /// Being traced.
    Open,
    /// On hold.
    Suspended,
    /// Found, or ended.
    Closed,
}

/// A candidate match between a sought person and a registered person.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct TracingMatch {
    /// Entry id.
    #[key]
    pub id: EntryId,
    /// Which sought person of this case.
    pub sought_person: EntryId,
    /// The case of the registered person who may be them.
    pub candidate: CaseId,
    /// Match score in 0..=1.
    pub score: f64,
    /// Reasons, as message ids a caseworker can read ("names match across scripts").
    pub reasons: Vec<String>,
    /// Potential, confirmed or rejected.
    pub status: MatchStatus,
    /// Who confirmed or rejected it, and when.
    pub decided: Option<Recorded>,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

/// A match's review state.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum MatchStatus {
    /// Not reviewed yet.
    Potential,
    /// A person confirmed it.
    Confirmed,
    /// A person rejected it.
    Rejected,
}

// ---------------------------------------------------------------------------------------------
// Screening

/// Trafficking and exploitation screening.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Screening {
    /// Indicators observed or stated.
    pub indicators: Vec<IndicatorEntry>,
}

/// One recorded indicator.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct IndicatorEntry {
    /// Entry id.
    #[key]
    pub id: EntryId,
    /// The indicator.
    pub indicator: Indicator,
    /// Where it comes from.
    pub source: IndicatorSource,
    /// Note (no need to repeat the person's words).
    pub note: Option<String>,
    /// Set when a person judged it not to apply after all; kept for the record.
    pub dismissed: bool,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

/// Trafficking and exploitation indicators of the screening.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Reconcile, Hydrate,
)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    /// Irregular or unusual travel route or arrangements.
    IrregularTravel,
    /// Sudden separation from family.
    SuddenSeparation,
    /// Abrupt change in living arrangements.
    LivingChange,
    /// Identity or travel documents held by someone else.
    DocumentsHeldByOthers,
    /// A debt owed to those who arranged travel or work.
    DebtBondage,
    /// Work that is unpaid, forced or hazardous.
    WorkExploitation,
    /// Signs of physical, sexual or psychological abuse.
    SignsOfAbuse,
    /// Movement controlled by others.
    ControlledMovement,
    /// Recruited with false promises.
    DeceptiveRecruitment,
    /// Not allowed or not able to contact family.
    NoContactWithFamily,
    /// Fear of authorities instilled by others.
    FearOfAuthorities,
    /// An account that seems rehearsed or scripted by others.
    ScriptedAccount,
    /// Someone else answers for the person, or will not leave them alone with the officer.
    SomeoneElseAnswers,
    /// A child in the worst forms of child labour: hazardous work, mines, night work,
    /// dangerous machines (ILO Convention 182).
    WorstFormsOfChildLabour,
    /// A child who started work below the minimum age (ILO Convention 138).
    ChildLabourUnderMinimumAge,
    /// Sexual exploitation.
    SexualExploitation,
    /// Forced or child marriage.
    ForcedMarriage,
    /// Recruited or used by an armed force or group.
    ArmedGroupRecruitment,
}

impl Indicator {
    /// Exploitation itself, as opposed to the means used (force, fraud, deception) or signs
    /// around it. For a child, exploitation alone is trafficking (Palermo Protocol art. 3(c)).
    pub fn is_exploitation(self) -> bool {
        match self {
            Self::DebtBondage
            | Self::WorkExploitation
            | Self::WorstFormsOfChildLabour
            | Self::ChildLabourUnderMinimumAge
            | Self::SexualExploitation
            | Self::ForcedMarriage
            | Self::ArmedGroupRecruitment => true,
            Self::IrregularTravel
            | Self::SuddenSeparation
            | Self::LivingChange
            | Self::DocumentsHeldByOthers
            | Self::SignsOfAbuse
            | Self::ControlledMovement
            | Self::DeceptiveRecruitment
            | Self::NoContactWithFamily
            | Self::FearOfAuthorities
            | Self::ScriptedAccount
            | Self::SomeoneElseAnswers => false,
        }
    }

    /// Every indicator.
    pub const ALL: [Indicator; 18] = [
        Self::IrregularTravel,
        Self::SuddenSeparation,
        Self::LivingChange,
        Self::DocumentsHeldByOthers,
        Self::DebtBondage,
        Self::WorkExploitation,
        Self::SignsOfAbuse,
        Self::ControlledMovement,
        Self::DeceptiveRecruitment,
        Self::NoContactWithFamily,
        Self::FearOfAuthorities,
        Self::ScriptedAccount,
        Self::SomeoneElseAnswers,
        Self::WorstFormsOfChildLabour,
        Self::ChildLabourUnderMinimumAge,
        Self::SexualExploitation,
        Self::ForcedMarriage,
        Self::ArmedGroupRecruitment,
    ];

    /// The code used in templates and message ids (`documents_held_by_others`).
    pub fn code(self) -> &'static str {
        match self {
            Self::IrregularTravel => "irregular_travel",
            Self::SuddenSeparation => "sudden_separation",
            Self::LivingChange => "living_change",
            Self::DocumentsHeldByOthers => "documents_held_by_others",
            Self::DebtBondage => "debt_bondage",
            Self::WorkExploitation => "work_exploitation",
            Self::SignsOfAbuse => "signs_of_abuse",
            Self::ControlledMovement => "controlled_movement",
            Self::DeceptiveRecruitment => "deceptive_recruitment",
            Self::NoContactWithFamily => "no_contact_with_family",
            Self::FearOfAuthorities => "fear_of_authorities",
            Self::ScriptedAccount => "scripted_account",
            Self::SomeoneElseAnswers => "someone_else_answers",
            Self::WorstFormsOfChildLabour => "worst_forms_of_child_labour",
            Self::ChildLabourUnderMinimumAge => "child_labour_under_minimum_age",
            Self::SexualExploitation => "sexual_exploitation",
            Self::ForcedMarriage => "forced_marriage",
            Self::ArmedGroupRecruitment => "armed_group_recruitment",
        }
    }

    /// The indicator with this code, if any.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.code() == code)
    }
}

/// Where an indicator comes from.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum IndicatorSource {
    /// Observed by the officer.
    Observed,
    /// Stated by the person.
    Stated,
    /// Seen in a document.
    Document,
    /// From an interview answer.
    InterviewAnswer {
        /// The question.
        question: QuestionId,
    },
    /// Reported by a third party.
    ThirdParty,
}

// ---------------------------------------------------------------------------------------------
// Referrals, follow-ups, transfers, status

/// A referral to a service.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Referral {
    /// Entry id.
    #[key]
    pub id: EntryId,
    /// The service referred to.
    pub service: ReferralService,
    /// Urgent referrals are shown first.
    pub urgent: bool,
    /// Note for the receiving service.
    pub note: Option<String>,
    /// What allows it: the person's consent, or a legal basis recorded instead (`None`: made
    /// before bases were recorded).
    pub basis: Option<ReferralBasis>,
    /// Its progress.
    pub status: ReferralStatus,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

/// Services a person can be referred to.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum ReferralService {
    /// Child protection authority.
    ChildProtection,
    /// Anti-trafficking service.
    AntiTrafficking,
    /// Health care.
    Health,
    /// Mental health and psychosocial support.
    Psychosocial,
    /// Legal aid.
    Legal,
    /// Shelter or accommodation.
    Shelter,
    /// Guardianship.
    Guardianship,
    /// Family tracing service.
    FamilyTracing,
}

/// What allows a referral.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum ReferralBasis {
    /// The person (or their guardian) consented to referral.
    Consent,
    /// A best-interest decision by a professional, where the person cannot consent.
    BestInterestDecision,
    /// A report the law requires (a child at risk), whatever the person decides.
    MandatoryReport,
}

/// A referral's progress.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum ReferralStatus {
    /// Planned, not sent.
    Proposed,
    /// Sent.
    Made,
    /// Accepted by the service.
    Accepted,
    /// Declined by the service or the person.
    Declined,
    /// Service provided.
    Completed,
}

/// A follow-up to do.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct FollowUp {
    /// Entry id.
    #[key]
    pub id: EntryId,
    /// When it is due.
    pub due: Timestamp,
    /// What to do.
    pub note: Option<String>,
    /// Who did it and when, once done.
    pub done: Option<Recorded>,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

/// A transfer of responsibility to another site.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Transfer {
    /// Entry id.
    #[key]
    pub id: EntryId,
    /// From which site.
    pub from_site: SiteId,
    /// To which site.
    pub to_site: SiteId,
    /// Why.
    pub reason: Option<String>,
    /// Who accepted it at the receiving site, and when.
    pub accepted: Option<Recorded>,
    /// Who recorded it and when.
    pub recorded: Recorded,
}

/// The case's status, with who set it.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct StatusEntry {
    /// The status.
    pub status: CaseStatus,
    /// Who set it and when.
    pub recorded: Recorded,
}

/// The life-cycle status of a case.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// Active.
    Open,
    /// Handed to another site.
    Transferred,
    /// Closed.
    Closed,
}
