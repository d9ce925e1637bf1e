//! The case engine: how a case reads and how it may be changed, written once and used by the
//! device (store, session) and by headquarters alike, so that a case never reads or changes
//! one way in the field and another way at HQ.
//!
//! Pure: every function takes the case and the time it should read it at; nothing here opens a
//! file, reads the clock or draws a random number.
//!
//! - [`summary`]: the case-list row (code, site, status, age band, risk, flags, name to show)
//!   and the names a search finds the case by;
//! - [`risk`]: the indicators the interview's answers raise, under the template the case was
//!   interviewed with;
//! - [`family_tracing`]: the profile a registered person may be matched on (only with their
//!   consent) and a sought person as a query.

pub mod family_tracing;
pub mod risk;
pub mod summary;

pub use family_tracing::TracingCandidate;
pub use summary::{CaseReading, CaseSummary, age_band, read_case};
