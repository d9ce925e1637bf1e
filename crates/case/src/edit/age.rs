//! Age assessments: method, indicators, an assessed range. In doubt the person is treated as a
//! child (`rules::age`); here only what is recorded is checked.

use serde::{Deserialize, Serialize};
use waypoint_model::{AgeAssessment, AgeIndicator, AgeMethod, Case};

use super::checks::{MAX_AGE, checked_optional_text};
use super::{AreaEdit, EditContext};
use crate::error::UserError;

/// The edits of age assessment.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum AgeEdit {
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
}

impl AreaEdit for AgeEdit {
    fn apply(&self, case: &mut Case, ctx: &mut EditContext<'_>) -> Result<(), UserError> {
        match self {
            Self::AddAgeAssessment { method, indicators, min_age, max_age, outcome, disputed } => {
                for age in [min_age, max_age].into_iter().flatten() {
                    if *age > MAX_AGE {
                        return Err(UserError::new("app-error-age-too-high")
                            .arg("max", MAX_AGE)
                            .at("age_range"));
                    }
                }
                if let (Some(min), Some(max)) = (min_age, max_age)
                    && max < min
                {
                    return Err(UserError::new("app-error-age-range-inverted").at("age_range"));
                }
                let outcome = checked_optional_text(outcome, "outcome")?;
                case.age_assessments.push(AgeAssessment {
                    id: ctx.new_id(),
                    method: *method,
                    indicators: indicators.clone(),
                    min_age: *min_age,
                    max_age: *max_age,
                    assessor: ctx.user.clone(),
                    date: ctx.now,
                    outcome,
                    disputed: *disputed,
                    recorded: ctx.recorded(),
                });
            }
        }
        Ok(())
    }
}
