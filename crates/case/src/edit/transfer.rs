//! Handing a case to another site. The case records where it went, who decided and why, and its
//! status becomes transferred — the same whether an officer does it on a device or a
//! supervisor at HQ.

use serde::{Deserialize, Serialize};
use waypoint_model::{Case, CaseStatus, SiteId, StatusEntry, Transfer};

use super::checks::checked_optional_text;
use super::{AreaEdit, EditContext};
use crate::error::UserError;

/// The edits of transfer.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum TransferEdit {
    /// Hands the case to another site; HQ gives that site the case at the next sync.
    TransferCase {
        /// The receiving site.
        to_site: String,
        /// Why.
        reason: Option<String>,
    },
}

impl AreaEdit for TransferEdit {
    fn apply(&self, case: &mut Case, ctx: &mut EditContext<'_>) -> Result<(), UserError> {
        match self {
            Self::TransferCase { to_site, reason } => {
                let to_site: SiteId = to_site
                    .trim()
                    .parse()
                    .map_err(|_| UserError::new("app-error-site-missing").at("to_site"))?;
                if to_site == case.site {
                    return Err(UserError::new("app-error-transfer-same-site").at("to_site"));
                }
                let reason = checked_optional_text(reason, "transfer_reason")?;
                case.transfers.push(Transfer {
                    id: ctx.new_id(),
                    from_site: case.site.clone(),
                    to_site,
                    reason,
                    accepted: None,
                    recorded: ctx.recorded(),
                });
                case.status = StatusEntry { status: CaseStatus::Transferred, recorded: ctx.recorded() };
            }
        }
        Ok(())
    }
}
