//! Consent, per purpose: given, refused or withdrawn — a withdrawal is a new decision, never a
//! deletion, so the record shows what was agreed when.

use serde::{Deserialize, Serialize};
use waypoint_model::{Case, Consent, ConsentDecision, ConsentGiver, ConsentPurpose};

use super::checks::{checked_language, checked_optional_text};
use super::{AreaEdit, EditContext};
use crate::error::UserError;

/// The edits of consent.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum ConsentEdit {
    /// A consent decision for one purpose.
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
}

impl AreaEdit for ConsentEdit {
    fn apply(&self, case: &mut Case, ctx: &mut EditContext<'_>) -> Result<(), UserError> {
        match self {
            Self::RecordConsent { purpose, decision, given_by, language, interpreter } => {
                if let Some(l) = language {
                    checked_language(l, "consent_language")?;
                }
                if let ConsentGiver::Guardian { name } = given_by
                    && name.trim().is_empty()
                {
                    return Err(UserError::new("app-error-guardian-name-missing").at("given_by"));
                }
                let interpreter = checked_optional_text(interpreter, "interpreter")?;
                case.consents.push(Consent {
                    id: ctx.new_id(),
                    purpose: *purpose,
                    decision: *decision,
                    given_by: given_by.clone(),
                    language: language.clone(),
                    interpreter,
                    at: ctx.now,
                    recorded: ctx.recorded(),
                });
            }
        }
        Ok(())
    }
}
