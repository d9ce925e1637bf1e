//! Interview templates: the questions of an interview as versioned data (DESIGN §3).
//!
//! A template holds no wording, only Fluent message ids, so that one template serves every
//! language and a translation never changes what is asked. Its version is stored with each
//! interview, so answers can always be read against the questions that were actually asked.
//!
//! The trauma-informed design lives in the data: the purpose is explained first (`intro`),
//! pause, stop and decline are always offered (`controls`), not asking is a recorded choice
//! (`not_asked_reasons`), hard questions are marked `sensitive` and come last, and children get
//! their own wording (`child_text`). Questions link to trafficking indicators (`screening`), so
//! risk can count what the person said without anyone re-typing it.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::case::Indicator;

/// The shipped intake template, compiled in so that a device in the field can never lack it.
const INTAKE_V1_JSON: &str = include_str!("../../../assets/templates/intake-v1.json");

/// An interview template. Build one with [`parse`] (or use [`intake_v1`]), which validates it;
/// deserializing directly skips the checks that the rest of the app relies on.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// Template id, stored with the interview (`intake`).
    pub id: String,
    /// Version, stored with the interview; a new version is a new file, never an edit.
    pub version: u64,
    /// Message id of the interview's title.
    pub title: String,
    /// Message ids read before any question: who we are, why we ask, that nothing is
    /// mandatory, how to pause or stop, and how the information is protected and shared.
    pub intro: Vec<String>,
    /// Message ids of the controls that are always visible.
    pub controls: Controls,
    /// Reasons an officer can record for not asking a question.
    pub not_asked_reasons: Vec<NotAskedReason>,
    /// Sections in the order they are asked: easy first, hardest last, closing with care.
    pub sections: Vec<Section>,
}

/// Message ids of the controls offered on every question, so that pausing, stopping or
/// declining never depends on the officer remembering to offer it.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Controls {
    /// Take a break.
    pub pause: String,
    /// Stop the sitting; the person may always end it.
    pub stop: String,
    /// "I don't want to answer", recorded as a declined answer.
    pub decline: String,
    /// Come back to this question later.
    pub revisit: String,
    /// The officer chose not to ask (with a reason).
    pub not_asked: String,
    /// Continue after a break.
    pub resume: String,
    /// Offer of a break, shown when a sitting runs long or after sensitive questions.
    pub break_offer: String,
}

/// Why a question was not asked. The id is stored in `AnswerState::NotAsked`, so a reason's id
/// must never change meaning between versions.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotAskedReason {
    /// Reason id (`distressed`).
    pub id: String,
    /// Message id of its wording.
    pub text: String,
}

/// A group of questions on one topic, introduced so the person knows what comes next.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Section id; the first part of each of its question ids.
    pub id: String,
    /// Message id of the title.
    pub title: String,
    /// Message id of a short introduction, read to the person before the first question (for
    /// a section that may be hard to talk about, it says so, and that they may stop).
    pub intro: Option<String>,
    /// For the officer only: what the officer observed, never read aloud, never shown in the
    /// person's language or large text (the app shows it in an officer-only panel).
    #[serde(default)]
    pub for_officer: bool,
    /// Questions, one at a time, in this order.
    pub questions: Vec<Question>,
}

/// One question. Nothing in a template makes a question mandatory: every question can be
/// declined, left for later or not asked.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Question id (`journey.documents_holder`), the key of its answer in the case. It must
    /// never change meaning, or old answers would be read against the wrong question.
    pub id: String,
    /// The kind of answer expected.
    pub kind: QuestionKind,
    /// Message id of the wording for adults.
    pub text: String,
    /// Message id of a simpler wording for children; `None` only for questions a child is
    /// never asked (officer observations).
    pub child_text: Option<String>,
    /// Message id of guidance for the officer: why this is asked, how to ask gently, when to
    /// skip it.
    pub officer_note: Option<String>,
    /// Asked only once there is rapport; the app shows a gentle warning first.
    #[serde(default)]
    pub sensitive: bool,
    /// Possible answers of `choice` and `choices` questions; empty for the other kinds.
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// Indicators raised by some answers to this question.
    #[serde(default)]
    pub screening: Vec<ScreeningLink>,
}

/// The kind of answer a question expects; it decides the input shown and the `AnswerValue`
/// recorded.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Free text, in the person's language.
    Text,
    /// Yes or no.
    YesNo,
    /// One of the choices.
    Choice,
    /// Any number of the choices.
    Choices,
    /// A date or partial date, as known.
    Date,
    /// A number (an age, a count).
    Number,
}

impl QuestionKind {
    /// Whether answers are picked from the question's choices, which must then exist.
    pub fn has_choices(self) -> bool {
        matches!(self, Self::Choice | Self::Choices)
    }
}

/// One possible answer of a choice question. Its id is what the case stores, so it must never
/// change meaning.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Choice id (`someone_else`).
    pub id: String,
    /// Message id of its wording.
    pub text: String,
}

/// A link from answers to a trafficking or exploitation indicator. The indicator is kept as its
/// code so that a template naming an unknown indicator is reported by [`parse`] with the
/// question it is on, rather than failing as unreadable JSON.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScreeningLink {
    /// Indicator code (`documents_held_by_others`), see [`Indicator::code`].
    pub indicator: String,
    /// Answer values that raise it: `yes` or `no` for yes/no questions, choice ids otherwise.
    pub when: Vec<String>,
}

impl ScreeningLink {
    /// The indicator, if its code is known (always, in a template that passed [`parse`]).
    pub fn parsed_indicator(&self) -> Option<Indicator> {
        Indicator::from_code(&self.indicator)
    }
}

/// Why a template was rejected. Each variant names the place in the template, so whoever
/// edits it can find the mistake; the wording is chosen by [`TemplateError::message_id`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    /// Not JSON of the template's shape (syntax error, missing or unknown field, unknown kind).
    #[error("template is not valid JSON at line {line}, column {column}: {detail}")]
    Json {
        /// Line of the error (1-based).
        line: usize,
        /// Column of the error (1-based).
        column: usize,
        /// The parser's description.
        detail: String,
    },
    /// A message id is not a valid Fluent identifier, so it could never be translated.
    #[error("invalid message id {key:?}")]
    InvalidMessageId {
        /// The offending key.
        key: String,
    },
    /// Two not-asked reasons share an id.
    #[error("duplicate not-asked reason {reason:?}")]
    DuplicateNotAskedReason {
        /// The reason id.
        reason: String,
    },
    /// Two sections share an id.
    #[error("duplicate section {section:?}")]
    DuplicateSection {
        /// The section id.
        section: String,
    },
    /// Two questions share an id, so their answers would overwrite each other.
    #[error("duplicate question {question:?}")]
    DuplicateQuestion {
        /// The question id.
        question: String,
    },
    /// A question id is not `section.name` in lowercase snake_case.
    #[error("question id {question:?} is not of the form section.name")]
    MalformedQuestionId {
        /// The question id.
        question: String,
    },
    /// A question id names another section than the one it is in.
    #[error("question {question:?} is in section {section:?}")]
    QuestionOutsideSection {
        /// The question id.
        question: String,
        /// The section it is in.
        section: String,
    },
    /// A choice question has no choices.
    #[error("question {question:?} needs choices")]
    MissingChoices {
        /// The question id.
        question: String,
    },
    /// A question that is not a choice question has choices.
    #[error("question {question:?} is not a choice question but has choices")]
    UnexpectedChoices {
        /// The question id.
        question: String,
    },
    /// Two choices of one question share an id.
    #[error("question {question:?} has choice {choice:?} twice")]
    DuplicateChoice {
        /// The question id.
        question: String,
        /// The choice id.
        choice: String,
    },
    /// A screening link names an indicator that does not exist.
    #[error("question {question:?} links to unknown indicator {indicator:?}")]
    UnknownIndicator {
        /// The question id.
        question: String,
        /// The unknown code.
        indicator: String,
    },
    /// A screening link on a text, date or number question, whose answers cannot be matched.
    #[error("question {question:?} cannot raise indicators: its answers are not yes/no or choices")]
    ScreeningNotSupported {
        /// The question id.
        question: String,
    },
    /// A screening link with no value, which could never raise its indicator.
    #[error("question {question:?} links to {indicator:?} for no answer")]
    EmptyWhen {
        /// The question id.
        question: String,
        /// The indicator code.
        indicator: String,
    },
    /// A yes/no question's screening link names a value other than `yes` or `no`.
    #[error("question {question:?} is yes/no but its link names {value:?}")]
    InvalidYesNo {
        /// The question id.
        question: String,
        /// The value named.
        value: String,
    },
    /// A choice question's screening link names a choice it does not have.
    #[error("question {question:?} has no choice {choice:?}")]
    UnknownChoice {
        /// The question id.
        question: String,
        /// The choice named.
        choice: String,
    },
}

impl TemplateError {
    /// Fluent message id of the error's wording; the variant's fields are its arguments.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Json { .. } => "template-error-json",
            Self::InvalidMessageId { .. } => "template-error-invalid-message-id",
            Self::DuplicateNotAskedReason { .. } => "template-error-duplicate-not-asked-reason",
            Self::DuplicateSection { .. } => "template-error-duplicate-section",
            Self::DuplicateQuestion { .. } => "template-error-duplicate-question",
            Self::MalformedQuestionId { .. } => "template-error-malformed-question-id",
            Self::QuestionOutsideSection { .. } => "template-error-question-outside-section",
            Self::MissingChoices { .. } => "template-error-missing-choices",
            Self::UnexpectedChoices { .. } => "template-error-unexpected-choices",
            Self::DuplicateChoice { .. } => "template-error-duplicate-choice",
            Self::UnknownIndicator { .. } => "template-error-unknown-indicator",
            Self::ScreeningNotSupported { .. } => "template-error-screening-not-supported",
            Self::EmptyWhen { .. } => "template-error-empty-when",
            Self::InvalidYesNo { .. } => "template-error-invalid-yes-no",
            Self::UnknownChoice { .. } => "template-error-unknown-choice",
        }
    }

    /// Arguments of the translated message, named as the fields.
    pub fn message_args(&self) -> Vec<(&'static str, String)> {
        let q = |question: &String| ("question", question.clone());
        match self {
            Self::Json { line, column, .. } => {
                vec![("line", line.to_string()), ("column", column.to_string())]
            }
            Self::InvalidMessageId { key } => vec![("key", key.clone())],
            Self::DuplicateNotAskedReason { reason } => vec![("reason", reason.clone())],
            Self::DuplicateSection { section } => vec![("section", section.clone())],
            Self::DuplicateQuestion { question }
            | Self::MalformedQuestionId { question }
            | Self::MissingChoices { question }
            | Self::UnexpectedChoices { question }
            | Self::ScreeningNotSupported { question } => vec![q(question)],
            Self::QuestionOutsideSection { question, section } => {
                vec![q(question), ("section", section.clone())]
            }
            Self::DuplicateChoice { question, choice } | Self::UnknownChoice { question, choice } => {
                vec![q(question), ("choice", choice.clone())]
            }
            Self::UnknownIndicator { question, indicator } | Self::EmptyWhen { question, indicator } => {
                vec![q(question), ("indicator", indicator.clone())]
            }
            Self::InvalidYesNo { question, value } => vec![q(question), ("value", value.clone())],
        }
    }
}

impl From<serde_json::Error> for TemplateError {
    fn from(e: serde_json::Error) -> Self {
        Self::Json { line: e.line(), column: e.column(), detail: e.to_string() }
    }
}

/// The shipped intake template, version 1.
///
/// Parsed once and kept for the life of the process, since every screen of an interview and
/// every risk assessment reads it.
pub fn intake_v1() -> &'static Template {
    static INTAKE_V1: OnceLock<Template> = OnceLock::new();
    INTAKE_V1.get_or_init(|| {
        // The JSON is compiled in and validated by the tests, so a failure here is a build
        // defect that no user action could fix; failing loudly at first use is the honest answer.
        #[allow(clippy::expect_used)]
        parse(INTAKE_V1_JSON).expect("the embedded intake-v1 template is valid (checked by tests)")
    })
}

/// Reads and validates a template loaded at runtime (for example a newer version sent by
/// headquarters), so that a faulty file is refused whole instead of failing mid-interview.
pub fn parse(json: &str) -> Result<Template, TemplateError> {
    let template: Template = serde_json::from_str(json)?;
    validate(&template)?;
    Ok(template)
}

/// Checks what serde cannot: ids, choices and screening links that agree with each other.
fn validate(t: &Template) -> Result<(), TemplateError> {
    for key in t.message_ids() {
        if !is_message_id(key) {
            return Err(TemplateError::InvalidMessageId { key: key.to_owned() });
        }
    }

    let mut reasons = BTreeSet::new();
    for r in &t.not_asked_reasons {
        if !reasons.insert(r.id.as_str()) {
            return Err(TemplateError::DuplicateNotAskedReason { reason: r.id.clone() });
        }
    }

    let mut sections = BTreeSet::new();
    let mut questions = BTreeSet::new();
    for section in &t.sections {
        if !sections.insert(section.id.as_str()) {
            return Err(TemplateError::DuplicateSection { section: section.id.clone() });
        }
        for q in &section.questions {
            let Some((section_part, name)) = q.id.split_once('.') else {
                return Err(TemplateError::MalformedQuestionId { question: q.id.clone() });
            };
            if !is_snake_case(section_part) || !is_snake_case(name) {
                return Err(TemplateError::MalformedQuestionId { question: q.id.clone() });
            }
            if section_part != section.id {
                return Err(TemplateError::QuestionOutsideSection {
                    question: q.id.clone(),
                    section: section.id.clone(),
                });
            }
            if !questions.insert(q.id.as_str()) {
                return Err(TemplateError::DuplicateQuestion { question: q.id.clone() });
            }
            validate_question(q)?;
        }
    }
    Ok(())
}

/// Checks one question's choices and screening links against its kind.
fn validate_question(q: &Question) -> Result<(), TemplateError> {
    let question = || q.id.clone();
    match (q.kind.has_choices(), q.choices.is_empty()) {
        (true, true) => return Err(TemplateError::MissingChoices { question: question() }),
        (false, false) => return Err(TemplateError::UnexpectedChoices { question: question() }),
        _ => {}
    }
    let mut choices = BTreeSet::new();
    for c in &q.choices {
        if !choices.insert(c.id.as_str()) {
            return Err(TemplateError::DuplicateChoice { question: question(), choice: c.id.clone() });
        }
    }
    for link in &q.screening {
        if link.parsed_indicator().is_none() {
            return Err(TemplateError::UnknownIndicator {
                question: question(),
                indicator: link.indicator.clone(),
            });
        }
        if link.when.is_empty() {
            return Err(TemplateError::EmptyWhen { question: question(), indicator: link.indicator.clone() });
        }
        for value in &link.when {
            match q.kind {
                QuestionKind::YesNo if value != "yes" && value != "no" => {
                    return Err(TemplateError::InvalidYesNo { question: question(), value: value.clone() });
                }
                QuestionKind::Choice | QuestionKind::Choices if !choices.contains(value.as_str()) => {
                    return Err(TemplateError::UnknownChoice { question: question(), choice: value.clone() });
                }
                QuestionKind::Text | QuestionKind::Date | QuestionKind::Number => {
                    return Err(TemplateError::ScreeningNotSupported { question: question() });
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// Lowercase snake_case: `[a-z][a-z0-9_]*`.
fn is_snake_case(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// A Fluent message identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
fn is_message_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

impl Template {
    /// The question with this id, to show an answer against its question.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    /// Every question, in the order asked.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    /// The links from answers to indicators, for
    /// `waypoint_case::rules::risk::indicators_from_answers`.
    pub fn answer_links(&self) -> Vec<AnswerLink<'_>> {
        self.questions()
            .flat_map(|q| {
                q.screening.iter().filter_map(move |link| {
                    Some(AnswerLink {
                        question: &q.id,
                        indicator: link.parsed_indicator()?,
                        when: &link.when,
                    })
                })
            })
            .collect()
    }

    /// Every Fluent message id the template uses, once each, in template order: what a
    /// translation must provide before the template can be used in that language.
    pub fn message_ids(&self) -> Vec<&str> {
        let c = &self.controls;
        let mut all: Vec<&str> = vec![&self.title];
        all.extend(self.intro.iter().map(String::as_str));
        all.extend(
            [&c.pause, &c.stop, &c.decline, &c.revisit, &c.not_asked, &c.resume, &c.break_offer]
                .map(String::as_str),
        );
        all.extend(self.not_asked_reasons.iter().map(|r| r.text.as_str()));
        for s in &self.sections {
            all.push(&s.title);
            all.extend(s.intro.as_deref());
            for q in &s.questions {
                all.push(&q.text);
                all.extend(q.child_text.as_deref());
                all.extend(q.officer_note.as_deref());
                all.extend(q.choices.iter().map(|ch| ch.text.as_str()));
            }
        }
        let mut seen = BTreeSet::new();
        all.retain(|k| seen.insert(*k));
        all
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    /// The shipped template as JSON, to break one thing at a time.
    fn shipped() -> Value {
        serde_json::to_value(intake_v1()).expect("serializes")
    }

    /// The question with `id` in the JSON of a template.
    fn question_mut<'a>(t: &'a mut Value, id: &str) -> &'a mut Value {
        t["sections"]
            .as_array_mut()
            .expect("sections")
            .iter_mut()
            .flat_map(|s| s["questions"].as_array_mut().expect("questions").iter_mut())
            .find(|q| q["id"] == id)
            .unwrap_or_else(|| panic!("no question {id}"))
    }

    fn parse_value(t: &Value) -> Result<Template, TemplateError> {
        parse(&t.to_string())
    }

    #[test]
    fn the_shipped_template_round_trips_through_parse() {
        let t = intake_v1();
        assert_eq!(parse(INTAKE_V1_JSON).as_ref(), Ok(t));
        assert_eq!(parse_value(&shipped()).as_ref(), Ok(t));
        assert_eq!((t.id.as_str(), t.version), ("intake", 1));
    }

    #[test]
    fn a_duplicate_question_is_rejected() {
        let mut t = shipped();
        let copy = question_mut(&mut t, "journey.paid_by").clone();
        let sections = t["sections"].as_array_mut().expect("sections");
        let journey = sections.iter_mut().find(|s| s["id"] == "journey").expect("journey");
        journey["questions"].as_array_mut().expect("questions").push(copy);
        let err = parse_value(&t);
        assert_eq!(err, Err(TemplateError::DuplicateQuestion { question: "journey.paid_by".into() }));
        assert_eq!(err.err().map(|e| e.message_id()), Some("template-error-duplicate-question"));
    }

    #[test]
    fn an_unknown_indicator_is_rejected() {
        let mut t = shipped();
        question_mut(&mut t, "safety_and_work.owes_money")["screening"][0]["indicator"] = json!("debt");
        assert_eq!(
            parse_value(&t),
            Err(TemplateError::UnknownIndicator {
                question: "safety_and_work.owes_money".into(),
                indicator: "debt".into()
            })
        );
    }

    #[test]
    fn a_link_to_a_missing_choice_is_rejected() {
        let mut t = shipped();
        question_mut(&mut t, "journey.documents_holder")["screening"][0]["when"] = json!(["smuggler"]);
        assert_eq!(
            parse_value(&t),
            Err(TemplateError::UnknownChoice {
                question: "journey.documents_holder".into(),
                choice: "smuggler".into()
            })
        );
    }

    #[test]
    fn a_choice_question_without_choices_is_rejected() {
        let mut t = shipped();
        let q = question_mut(&mut t, "health.sleep");
        q["choices"] = json!([]);
        assert_eq!(parse_value(&t), Err(TemplateError::MissingChoices { question: "health.sleep".into() }));
    }

    #[test]
    fn choices_on_a_yes_no_question_are_rejected() {
        let mut t = shipped();
        question_mut(&mut t, "health.injuries")["choices"] = json!([{ "id": "a", "text": "interview-x" }]);
        assert_eq!(
            parse_value(&t),
            Err(TemplateError::UnexpectedChoices { question: "health.injuries".into() })
        );
    }

    #[test]
    fn yes_no_links_name_only_yes_or_no() {
        let mut t = shipped();
        question_mut(&mut t, "safety_and_work.owes_money")["screening"][0]["when"] = json!(["true"]);
        assert_eq!(
            parse_value(&t),
            Err(TemplateError::InvalidYesNo {
                question: "safety_and_work.owes_money".into(),
                value: "true".into()
            })
        );
    }

    #[test]
    fn text_questions_cannot_raise_indicators() {
        let mut t = shipped();
        question_mut(&mut t, "journey.route")["screening"] =
            json!([{ "indicator": "irregular_travel", "when": ["boat"] }]);
        assert_eq!(
            parse_value(&t),
            Err(TemplateError::ScreeningNotSupported { question: "journey.route".into() })
        );
    }

    #[test]
    fn question_ids_must_be_section_dot_name_of_their_own_section() {
        let mut t = shipped();
        question_mut(&mut t, "journey.route")["id"] = json!("Journey.Route");
        assert!(matches!(parse_value(&t), Err(TemplateError::MalformedQuestionId { .. })));

        let mut t = shipped();
        question_mut(&mut t, "journey.route")["id"] = json!("family.route");
        assert_eq!(
            parse_value(&t),
            Err(TemplateError::QuestionOutsideSection {
                question: "family.route".into(),
                section: "journey".into()
            })
        );
    }

    #[test]
    fn message_ids_must_be_fluent_identifiers() {
        let mut t = shipped();
        question_mut(&mut t, "journey.route")["text"] = json!("interview journey route");
        assert!(matches!(parse_value(&t), Err(TemplateError::InvalidMessageId { .. })));
    }

    #[test]
    fn unknown_fields_and_kinds_are_json_errors() {
        let mut t = shipped();
        question_mut(&mut t, "journey.route")["child_txt"] = json!("interview-x");
        let err = parse_value(&t);
        assert!(matches!(err, Err(TemplateError::Json { .. })), "{err:?}");

        let mut t = shipped();
        question_mut(&mut t, "journey.route")["kind"] = json!("slider");
        let err = parse_value(&t);
        assert_eq!(err.err().map(|e| e.message_id()), Some("template-error-json"));
    }

    #[test]
    fn lookups_find_questions_and_links() {
        let t = intake_v1();
        assert_eq!(t.question("journey.documents_holder").map(|q| q.kind), Some(QuestionKind::Choice));
        assert!(t.question("journey.nope").is_none());
        assert_eq!(t.questions().count(), t.sections.iter().map(|s| s.questions.len()).sum::<usize>());
        let links = t.answer_links();
        assert_eq!(links.len(), t.questions().map(|q| q.screening.len()).sum::<usize>());
        let ids = t.message_ids();
        assert_eq!(ids.len(), ids.iter().collect::<BTreeSet<_>>().len(), "each id once");
    }
}

/// A template's link from a question to an indicator: the indicator counts when the answer's
/// value is one of `when` (choice ids, or `yes`/`no`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerLink<'a> {
    /// Question id.
    pub question: &'a str,
    /// Indicator raised.
    pub indicator: Indicator,
    /// Answer values that raise it.
    pub when: &'a [String],
}
