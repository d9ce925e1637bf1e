//! Family tracing: the relatives the person is looking for, every spelling they are known by,
//! and decisions on candidate matches — on a device or at HQ, one decision of the same shape.

use serde::{Deserialize, Serialize};
use waypoint_model::{
    BirthDate, Case, CaseId, EntryId, MatchStatus, NameKind, PersonName, Sex, SoughtPerson, TracingMatch,
    TracingRequest, TracingRequestStatus,
};

use super::checks::{
    checked_birth, checked_list, checked_name, checked_optional_text, entry, new_name, partial_date_ok,
};
use super::registration::BirthInput;
use super::{AreaEdit, EditContext};
use crate::error::UserError;

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

/// The edits of family tracing.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum FamilyTracingEdit {
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
}

impl AreaEdit for FamilyTracingEdit {
    fn apply(&self, case: &mut Case, ctx: &mut EditContext<'_>) -> Result<(), UserError> {
        match self {
            Self::AddSoughtPerson { relationship } => {
                let relationship = checked_name(relationship)?.unwrap_or_default();
                let id = ctx.new_id();
                case.tracing.requests.push(TracingRequest {
                    id: ctx.new_id(),
                    sought_person: id.clone(),
                    status: TracingRequestStatus::Open,
                    recorded: ctx.recorded(),
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
                    recorded: ctx.recorded(),
                });
            }
            Self::SetSoughtPerson { id, detail } => set_detail(case, id, detail, ctx)?,
            Self::DecideMatch { sought_person, candidate, score, reasons, decision } => {
                if !case.tracing.sought_persons.iter().any(|p| &p.id == sought_person) {
                    return Err(UserError::new("app-error-entry-missing"));
                }
                let candidate =
                    CaseId::parse(candidate).map_err(|_| UserError::new("app-error-entry-missing"))?;
                if candidate == case.id || !(0.0..=1.0).contains(score) {
                    return Err(UserError::new("app-error-entry-missing"));
                }
                let decided = (*decision != MatchStatus::Potential).then(|| ctx.recorded());
                let matches = &mut case.tracing.matches;
                match matches
                    .iter_mut()
                    .find(|m| &m.sought_person == sought_person && m.candidate == candidate)
                {
                    Some(m) => {
                        m.status = *decision;
                        m.decided = decided;
                    }
                    None => matches.push(TracingMatch {
                        id: ctx.new_id(),
                        sought_person: sought_person.clone(),
                        candidate,
                        score: *score,
                        reasons: reasons.clone(),
                        status: *decision,
                        decided,
                        recorded: ctx.recorded(),
                    }),
                }
            }
        }
        Ok(())
    }
}

fn set_detail(
    case: &mut Case,
    id: &EntryId,
    detail: &SoughtDetail,
    ctx: &mut EditContext<'_>,
) -> Result<(), UserError> {
    let person = entry(&mut case.tracing.sought_persons, id, |p| &p.id)?;
    match detail {
        SoughtDetail::Names { names } => {
            let names = checked_list(names, "sought_names")?;
            // Keep entries whose text is unchanged (and their history); add the new ones.
            let mut kept: Vec<PersonName> = Vec::with_capacity(names.len());
            for text in names {
                match person.names.iter().find(|n| n.text == text) {
                    Some(n) => kept.push(n.clone()),
                    None => kept.push(new_name(ctx.new_id(), text, NameKind::Given, ctx.recorded())),
                }
            }
            person.names = kept;
        }
        SoughtDetail::Relationship { text } => person.relationship = checked_name(text)?.unwrap_or_default(),
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
    Ok(())
}
