//! Referrals to services, and follow-ups with a due date.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use waypoint_model::{
    Case, EntryId, FollowUp, Referral, ReferralBasis, ReferralService, ReferralStatus, Timestamp,
};

use super::checks::{checked_optional_text, entry};
use super::{AreaEdit, EditContext};
use crate::error::UserError;

/// The edits of referrals and follow-ups.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum ReferralEdit {
    /// A referral to a service.
    AddReferral {
        /// The service.
        service: ReferralService,
        /// Shown first when urgent.
        urgent: bool,
        /// Note for the receiving service.
        note: Option<String>,
        /// The legal basis for referring without the person's consent; `None` (or
        /// `consent`): the referral needs their consent to referral.
        #[serde(default)]
        basis: Option<ReferralBasis>,
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
}

/// What allows a new referral: a legal basis the officer records, or else the person's consent
/// to referral, without which it is refused next to the basis, saying why.
fn referral_basis(case: &Case, asked: Option<ReferralBasis>) -> Result<ReferralBasis, UserError> {
    use crate::rules::consent::{Action, ConsentState, permits};
    match asked {
        Some(basis @ (ReferralBasis::BestInterestDecision | ReferralBasis::MandatoryReport)) => Ok(basis),
        None | Some(ReferralBasis::Consent) => match permits(case, Action::Refer) {
            Ok(()) => Ok(ReferralBasis::Consent),
            Err(refusal) => {
                let state = match refusal.state {
                    ConsentState::Refused => "refused",
                    ConsentState::Withdrawn => "withdrawn",
                    ConsentState::NotRecorded | ConsentState::Given => "not_recorded",
                };
                Err(UserError::new("app-error-referral-needs-basis").at("basis").arg("state", state))
            }
        },
    }
}

impl AreaEdit for ReferralEdit {
    fn apply(&self, case: &mut Case, ctx: &mut EditContext<'_>) -> Result<(), UserError> {
        match self {
            Self::AddReferral { service, urgent, note, basis } => {
                let basis = referral_basis(case, *basis)?;
                let note = checked_optional_text(note, "referral_note")?;
                case.referrals.push(Referral {
                    id: ctx.new_id(),
                    service: *service,
                    urgent: *urgent,
                    note,
                    basis: Some(basis),
                    status: ReferralStatus::Proposed,
                    recorded: ctx.recorded(),
                });
            }
            Self::SetReferralStatus { id, status } => {
                entry(&mut case.referrals, id, |r| &r.id)?.status = *status;
            }
            Self::AddFollowUp { due, note } => {
                let invalid = || UserError::new("app-error-birth-date-invalid").at("due");
                let date = NaiveDate::parse_from_str(due.trim(), "%Y-%m-%d").map_err(|_| invalid())?;
                let due = date
                    .and_hms_opt(12, 0, 0)
                    .map(|t| Timestamp(t.and_utc().timestamp_millis()))
                    .ok_or_else(invalid)?;
                let note = checked_optional_text(note, "follow_up_note")?;
                case.follow_ups.push(FollowUp {
                    id: ctx.new_id(),
                    due,
                    note,
                    done: None,
                    recorded: ctx.recorded(),
                });
            }
            Self::SetFollowUpDone { id, done } => {
                let recorded = ctx.recorded();
                entry(&mut case.follow_ups, id, |f| &f.id)?.done = done.then_some(recorded);
            }
        }
        Ok(())
    }
}
