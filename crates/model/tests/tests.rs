//! Integration tests of the case document.
//!
//! - `doc`: Automerge round trip and merges of concurrent edits, with conflicts reported.
//! - `convergence`: property test that random concurrent edits on three replicas converge and
//!   lose no answered question.
//! - `template`: the shipped interview template validates, has English for every key and links
//!   every indicator.

#![allow(clippy::disallowed_methods, reason = "tests are the edges: they read the clock and make ids")]

mod convergence;
mod doc;
mod template;

use rand::SeedableRng;
use waypoint_model::{Answer, AnswerState, AnswerValue, Case, EntryId, Recorded, Timestamp, UserId, Via};

/// A fully filled case from a fixed seed.
pub fn full_case(seed: u64) -> Case {
    waypoint_synth::Generator::new(rand::rngs::StdRng::seed_from_u64(seed), Timestamp(1_780_000_000_000))
        .full_case()
}

/// An answered question.
pub fn answered(text: &str, language: &str, by: &UserId, at: i64) -> Answer {
    Answer::new(
        EntryId::generate(),
        AnswerState::Answered,
        Some(AnswerValue::Text(text.into())),
        Some(language.into()),
        Via::Interpreter,
        Recorded::new(by, Timestamp(at)),
    )
}
