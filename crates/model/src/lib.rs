//! The Waypoint domain's types: the case document, its ids and times, the interview template,
//! and the case's mapping to Automerge. The rules over a case and the edits to it are in
//! `waypoint-case`.
//!
//! This crate does no IO and reads neither the clock nor the system's randomness in its own
//! logic: times and ids come from its callers (Clippy's `disallowed-methods`, `clippy.toml`).

pub mod case;
pub mod doc;
pub mod ids;
pub mod readable;
pub mod template;
pub mod time;

pub use case::*;
pub use doc::{CaseDoc, Conflict, ConflictValue, DocError};
pub use ids::{CaseId, EntryId, IdError, IdMaker, QuestionId, ShortCode, SiteId, UserId};
pub use time::{Recorded, Timestamp};
