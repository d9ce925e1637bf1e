//! The case engine: how a case reads and how it may be changed, written once and used by the
//! device (store, session) and by headquarters alike, so that a case never reads or changes
//! one way in the field and another way at HQ.
//!
//! Pure: every function takes the case, the time it should read it at and, for edits, where
//! new ids come from; nothing here opens a file, reads the clock or draws a random number
//! (Clippy's `disallowed-methods` in `clippy.toml`).
//!
//! - [`edit`]: the edits a device or HQ can make, by area, each checked before it applies;
//!   [`conflicts`]: which value of a conflict may be kept;
//! - [`rules`]: age (in doubt, a child), consent per purpose (withdrawal stops what it covered)
//!   and risk (a level with its reasons); [`validate`]: what a half-filled case still lacks;
//! - [`summary`]: the case-list row (code, site, status, age band, risk, flags, name to show)
//!   and the names a search finds the case by;
//! - [`messages`]: the message id of every value a screen shows;
//! - [`nationality`]: nationalities as ISO 3166-1 codes (the figures count no free text);
//! - [`search`]: how names found in any script rank, and what reads as a case code;
//! - [`risk`]: the indicators the interview's answers raise, under the template the case was
//!   interviewed with;
//! - [`figures`]: the anonymous record HQ receives of a case it may not hold;
//! - [`family_tracing`]: the profile a registered person may be matched on (only with their
//!   consent) and a sought person as a query.

#![deny(clippy::wildcard_enum_match_arm)]

pub mod conflicts;
pub mod duplicates;
pub mod edit;
mod error;
pub mod family_tracing;
pub mod figures;
pub mod messages;
pub mod nationality;
pub mod risk;
pub mod rules;
pub mod search;
pub mod summary;
pub mod validate;

pub use edit::{CaseEdit, EditContext, apply};
pub use error::UserError;
pub use family_tracing::TracingCandidate;
pub use summary::{CaseReading, CaseSummary, age_band, read_case};
