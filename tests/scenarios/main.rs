//! Scenarios across crates, as people live them.
//!
//! - `two_devices`: two officers' devices edit one case offline and exchange it; both end with
//!   the same case, every answer kept, the real conflict listed and resolvable.
//! - `messages`: every message id the code can show exists in English.
//! - `layering`: no crate depends on what ARCHITECTURE.md forbids (`cargo metadata`).
//! - `sync_with_hq`: real device stores sync through the protocol with HQ's reference storage.

mod layering;
mod messages;
mod sync_with_hq;
mod two_devices;

/// Fills a new case with the person's consent to share it with HQ: without it the case never
/// reaches HQ (only its anonymous record does).
pub(crate) fn shared(case: &mut waypoint_model::Case) {
    case.consent_given(waypoint_model::EntryId::generate(), waypoint_model::ConsentPurpose::SharingWithHq);
}
