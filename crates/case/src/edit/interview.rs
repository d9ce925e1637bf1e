//! The interview: sittings in one or more languages (the interpreter may switch mid-way),
//! breaks, a stop at any moment, and answers in four states — answered, declined, not asked
//! (with a reason) or to revisit. Nothing forces a question.

use serde::{Deserialize, Serialize};
use waypoint_model::template::{QuestionKind, Template};
use waypoint_model::{Answer, AnswerState, AnswerValue, Break, Case, Sitting, SittingEnd, Via};

use super::checks::{MAX_TEXT_CHARS, checked_language, checked_optional_text, partial_date_ok};
use super::{AreaEdit, EditContext};
use crate::error::UserError;

/// The edits of the interview.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum InterviewEdit {
    /// Starts a sitting of the interview in `language` (or continues the open one).
    StartSitting {
        /// Interview language (BCP 47).
        language: String,
        /// Interpreter, if any.
        interpreter: Option<String>,
    },
    /// The interpreter or the person switched language in the open sitting.
    SwitchInterviewLanguage {
        /// The new interview language.
        language: String,
    },
    /// A break starts now.
    StartBreak,
    /// The break ends; the interview continues.
    EndBreak,
    /// The sitting ends: done, paused for another day, or stopped.
    EndSitting {
        /// How it ended.
        how: SittingEnd,
    },
    /// Records an answer to a question: answered, declined, not asked (with reason) or revisit.
    Answer {
        /// Question id of the template.
        question: String,
        /// The answer's state.
        state: AnswerState,
        /// The value, for an answered question (or a partial one to revisit).
        value: Option<AnswerValue>,
        /// Language the answer was given in.
        language: Option<String>,
        /// Directly or through an interpreter.
        via: Via,
    },
}

impl AreaEdit for InterviewEdit {
    fn apply(&self, case: &mut Case, ctx: &mut EditContext<'_>) -> Result<(), UserError> {
        match self {
            Self::StartSitting { language, interpreter } => {
                checked_language(language, "interview_language")?;
                let interpreter = checked_optional_text(interpreter, "interpreter")?;
                let interview = &mut case.interview;
                if interview.template_id.is_empty() {
                    interview.template_id = ctx.template.id.clone();
                    interview.template_version = ctx.template.version;
                }
                match interview.sittings.iter_mut().find(|s| s.ended.is_none()) {
                    Some(open) => add_language(open, language),
                    None => interview.sittings.push(Sitting {
                        id: ctx.new_id(),
                        started: ctx.now,
                        ended: None,
                        ended_how: None,
                        languages: vec![language.clone()],
                        interpreter,
                        breaks: Vec::new(),
                        recorded: ctx.recorded(),
                    }),
                }
            }
            Self::SwitchInterviewLanguage { language } => {
                checked_language(language, "interview_language")?;
                add_language(open_sitting(case)?, language);
            }
            Self::StartBreak => {
                let sitting = open_sitting(case)?;
                if !sitting.breaks.iter().any(|b| b.end.is_none()) {
                    sitting.breaks.push(Break { start: ctx.now, end: None });
                }
            }
            Self::EndBreak => {
                for b in open_sitting(case)?.breaks.iter_mut().filter(|b| b.end.is_none()) {
                    b.end = Some(ctx.now);
                }
            }
            Self::EndSitting { how } => {
                let sitting = open_sitting(case)?;
                for b in sitting.breaks.iter_mut().filter(|b| b.end.is_none()) {
                    b.end = Some(ctx.now);
                }
                sitting.ended = Some(ctx.now);
                sitting.ended_how = Some(*how);
            }
            Self::Answer { question, state, value, language, via } => {
                check_answer(ctx.template, question, state, value.as_ref())?;
                if let Some(l) = language {
                    checked_language(l, "answer_language")?;
                }
                let sitting =
                    case.interview.sittings.iter().find(|s| s.ended.is_none()).map(|s| s.id.clone());
                let unchanged = case.interview.answers.get(question).is_some_and(|a| {
                    a.state == *state && a.value == *value && a.language == *language && a.via == *via
                });
                if !unchanged {
                    let mut answer = Answer::new(
                        ctx.new_id(),
                        state.clone(),
                        value.clone(),
                        language.clone(),
                        *via,
                        ctx.recorded(),
                    );
                    answer.sitting = sitting;
                    case.interview.answers.insert(question.clone(), answer);
                }
            }
        }
        Ok(())
    }
}

fn open_sitting(case: &mut Case) -> Result<&mut Sitting, UserError> {
    case.interview
        .sittings
        .iter_mut()
        .find(|s| s.ended.is_none())
        .ok_or_else(|| UserError::new("app-error-no-open-sitting"))
}

fn add_language(sitting: &mut Sitting, language: &str) {
    if sitting.languages.last().map(String::as_str) != Some(language) {
        sitting.languages.push(language.to_owned());
    }
}

/// An answer must fit its question: the template decides which values exist.
fn check_answer(
    template: &Template,
    question: &str,
    state: &AnswerState,
    value: Option<&AnswerValue>,
) -> Result<(), UserError> {
    let q = template
        .question(question)
        .ok_or_else(|| UserError::new("app-error-unknown-question").arg("question", question))?;
    if let AnswerState::NotAsked { reason } = state
        && !template.not_asked_reasons.iter().any(|r| &r.id == reason)
    {
        return Err(UserError::new("app-error-not-asked-reason").at("answer"));
    }
    let Some(value) = value else {
        return Ok(());
    };
    let mismatch = || UserError::new("app-error-answer-kind").at("answer");
    let known_choice = |c: &str| q.choices.iter().any(|ch| ch.id == c);
    match (q.kind, value) {
        (QuestionKind::Text, AnswerValue::Text(t)) => {
            if t.chars().count() > MAX_TEXT_CHARS {
                return Err(UserError::new("app-error-text-too-long")
                    .arg("max", MAX_TEXT_CHARS)
                    .at("answer"));
            }
        }
        (QuestionKind::YesNo, AnswerValue::YesNo(_)) => {}
        (QuestionKind::Choice, AnswerValue::Choice(c)) if known_choice(c) => {}
        (QuestionKind::Choices, AnswerValue::Choices(cs)) if cs.iter().all(|c| known_choice(c)) => {}
        (QuestionKind::Date, AnswerValue::Date(d)) => {
            if !partial_date_ok(d) {
                return Err(UserError::new("app-error-partial-date").at("answer"));
            }
        }
        (QuestionKind::Number, AnswerValue::Number(n)) if n.is_finite() => {}
        _ => return Err(mismatch()),
    }
    Ok(())
}
