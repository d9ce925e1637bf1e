//! The Waypoint domain: the case document, its rules, and its mapping to Automerge.
//!
//! This crate does no IO. It is shared by the device store, the sync protocol and the HQ server,
//! so the rules (benefit of the doubt on age, consent before tracing, explained risk) hold the
//! same everywhere.

pub mod case;
pub mod doc;
pub mod ids;
pub mod rules;
pub mod template;
pub mod time;
pub mod validate;

pub use case::*;
pub use doc::{CaseDoc, Conflict, ConflictValue, DocError};
pub use ids::{CaseId, EntryId, IdError, QuestionId, ShortCode, SiteId, UserId};
pub use time::{Recorded, Timestamp};
