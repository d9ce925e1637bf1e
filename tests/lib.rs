//! What the cross-crate scenarios (`scenarios/`), the tests of devices with a real HQ (`hq/`)
//! and the dashboard's seeding example share: a text answer as an officer records it through an
//! interpreter, and the text of an answer as a device reads it back.

use waypoint_model::{Answer, AnswerState, AnswerValue, CaseId, EntryId, Recorded, Timestamp, UserId, Via};
use waypoint_store::Store;

/// A text answer in `language`, given through an interpreter, recorded by `by` now.
pub fn answer(text: &str, language: &str, by: &str) -> Answer {
    Answer::new(
        EntryId::generate(),
        AnswerState::Answered,
        Some(AnswerValue::Text(text.into())),
        Some(language.into()),
        Via::Interpreter,
        Recorded::new(&UserId::new(by), Timestamp::now()),
    )
}

/// The text answered to `question` in the device's case `id`, if any.
pub fn answer_text(store: &mut Store, id: &CaseId, question: &str) -> Option<String> {
    match store.case(id).ok()?.interview.answers.get(question)?.value.clone()? {
        AnswerValue::Text(t) => Some(t),
        _ => None,
    }
}
