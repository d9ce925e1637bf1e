//! Screening: indicators of trafficking or exploitation, recorded by source. A dismissed
//! indicator stays for the record.

use serde::{Deserialize, Serialize};
use waypoint_model::{Case, EntryId, Indicator, IndicatorEntry, IndicatorSource};

use super::checks::{checked_optional_text, entry};
use super::{AreaEdit, EditContext};
use crate::error::UserError;

/// The edits of screening.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum ScreeningEdit {
    /// Records an indicator (once per indicator and source).
    RecordIndicator {
        /// The indicator.
        indicator: Indicator,
        /// Where it comes from.
        source: IndicatorSource,
        /// A note (no need to repeat the person's words).
        note: Option<String>,
    },
    /// A person judged an indicator not to apply after all, or changed their mind back.
    DismissIndicator {
        /// The entry.
        id: EntryId,
        /// Dismissed or not.
        dismissed: bool,
    },
}

impl AreaEdit for ScreeningEdit {
    fn apply(&self, case: &mut Case, ctx: &mut EditContext<'_>) -> Result<(), UserError> {
        match self {
            Self::RecordIndicator { indicator, source, note } => {
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
                        id: ctx.new_id(),
                        indicator: *indicator,
                        source: source.clone(),
                        note,
                        dismissed: false,
                        recorded: ctx.recorded(),
                    }),
                }
            }
            Self::DismissIndicator { id, dismissed } => {
                entry(&mut case.screening.indicators, id, |e| &e.id)?.dismissed = *dismissed;
            }
        }
        Ok(())
    }
}
