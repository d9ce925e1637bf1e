//! Registration: who the person is and how they were met.

use serde::{Deserialize, Serialize};
use waypoint_model::{AccompanimentStatus, AccompanyingAdult, Case, EntryId, NameKind, Sex, Verification};

use super::checks::{
    checked_birth, checked_language, checked_list, checked_name, checked_optional_text, entry, new_name,
};
use super::{AreaEdit, EditContext};
use crate::error::UserError;

/// An adult travelling with the person, as the officer records them: the risk rules read the
/// verification and the concern (a doubtful adult with a child is a child-protection concern).
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdultDetails {
    /// Name as the adult gives it.
    pub name: String,
    /// The relationship the adult states.
    pub claimed_relationship: Option<String>,
    /// Whether it was verified.
    pub verified: Verification,
    /// How it was verified.
    pub verified_how: Option<String>,
    /// Documents seen.
    pub documents_seen: Option<String>,
    /// The officer's concern, if any.
    pub concern: Option<String>,
}

impl AdultDetails {
    /// The details checked, into the entry `id`.
    fn checked(&self, id: EntryId, ctx: &EditContext<'_>) -> Result<AccompanyingAdult, UserError> {
        let name = checked_name(&self.name)
            .map_err(|e| e.at("adult_name"))?
            .ok_or_else(|| UserError::new("app-error-adult-name-missing").at("adult_name"))?;
        Ok(AccompanyingAdult {
            id,
            name,
            claimed_relationship: checked_optional_text(&self.claimed_relationship, "adult_relationship")?
                .unwrap_or_default(),
            verified: self.verified,
            verified_how: checked_optional_text(&self.verified_how, "adult_verified_how")?,
            documents_seen: checked_optional_text(&self.documents_seen, "adult_documents")?,
            concern: checked_optional_text(&self.concern, "adult_concern")?,
            recorded: ctx.recorded(),
        })
    }
}

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

/// The edits of registration.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum RegistrationEdit {
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
    /// An adult travelling with the person.
    AddAccompanyingAdult {
        /// What the officer recorded.
        details: AdultDetails,
    },
    /// An accompanying adult's details, as the screen now holds them.
    UpdateAccompanyingAdult {
        /// The adult's entry.
        id: EntryId,
        /// What the officer recorded.
        details: AdultDetails,
    },
    /// Where and how the person was met.
    SetEncounter {
        /// Place.
        place: Option<String>,
        /// Circumstances.
        circumstances: Option<String>,
    },
}

impl AreaEdit for RegistrationEdit {
    fn apply(&self, case: &mut Case, ctx: &mut EditContext<'_>) -> Result<(), UserError> {
        match self {
            Self::SetName { kind, text } => {
                let text = checked_name(text)?;
                let existing = case.registration.names.iter().position(|n| n.kind == *kind);
                match (existing, text) {
                    (Some(i), None) => {
                        case.registration.names.remove(i);
                    }
                    (Some(i), Some(text)) => {
                        if case.registration.names[i].text != text {
                            case.registration.names[i] = new_name(ctx.new_id(), text, *kind, ctx.recorded());
                        }
                    }
                    (None, Some(text)) => {
                        case.registration.names.push(new_name(ctx.new_id(), text, *kind, ctx.recorded()));
                    }
                    (None, None) => {}
                }
            }
            Self::AddAlias { text } => {
                if let Some(text) = checked_name(text)? {
                    case.registration.names.push(new_name(
                        ctx.new_id(),
                        text,
                        NameKind::Alias,
                        ctx.recorded(),
                    ));
                }
            }
            Self::RemoveName { id } => case.registration.names.retain(|n| &n.id != id),
            Self::SetSex { sex } => case.registration.sex = *sex,
            Self::SetBirth { birth } => case.registration.birth = checked_birth(birth, ctx.now)?,
            Self::SetNationalities { nationalities } => {
                case.registration.nationalities = checked_list(nationalities, "nationalities")?;
            }
            Self::SetLanguages { languages } => {
                for l in languages {
                    checked_language(l, "languages")?;
                }
                case.registration.languages = checked_list(languages, "languages")?;
            }
            Self::SetPreferredLanguage { language } => {
                if let Some(l) = language {
                    checked_language(l, "preferred_language")?;
                }
                case.registration.preferred_language = language.clone();
            }
            Self::SetAccompaniment { status } => case.registration.accompaniment.status = *status,
            Self::AddAccompanyingAdult { details } => {
                let adult = details.checked(ctx.new_id(), ctx)?;
                case.registration.accompaniment.adults.push(adult);
            }
            Self::UpdateAccompanyingAdult { id, details } => {
                let adult = details.checked(id.clone(), ctx)?;
                *entry(&mut case.registration.accompaniment.adults, id, |a| &a.id)? = adult;
            }
            Self::SetEncounter { place, circumstances } => {
                case.registration.encounter.place = checked_optional_text(place, "place")?;
                case.registration.encounter.circumstances =
                    checked_optional_text(circumstances, "circumstances")?;
            }
        }
        Ok(())
    }
}
