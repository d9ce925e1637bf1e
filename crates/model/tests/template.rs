//! The shipped intake template against its English strings.

use std::collections::BTreeSet;

use fluent_syntax::ast;
use waypoint_model::case::Indicator;
use waypoint_model::template::{QuestionKind, intake_v1, parse};
use waypoint_model::{AnswerState, AnswerValue};

const INTERVIEW_FTL: &str = include_str!("../../../locales/en/interview.ftl");
const TEMPLATE_JSON: &str = include_str!("../../../assets/templates/intake-v1.json");

/// Section whose questions are addressed to the officer, never asked of the person.
const OFFICER_SECTION: &str = "officer_observations";

/// The English interview messages, with whether each has a placeable (a `{ … }`).
fn english_messages() -> Vec<(String, bool)> {
    let resource = match fluent_syntax::parser::parse(INTERVIEW_FTL) {
        Ok(r) => r,
        Err((_, errors)) => panic!("interview.ftl does not parse: {errors:?}"),
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => {
                let placeable = m
                    .value
                    .iter()
                    .flat_map(|p| &p.elements)
                    .any(|e| matches!(e, ast::PatternElement::Placeable { .. }));
                Some((m.id.name.to_string(), placeable))
            }
            ast::Entry::Junk { content } => panic!("junk in interview.ftl: {content}"),
            _ => None,
        })
        .collect()
}

#[test]
fn the_shipped_template_parses_and_validates() {
    let t = parse(TEMPLATE_JSON).expect("intake-v1.json is valid");
    assert_eq!(&t, intake_v1());
    assert_eq!((t.id.as_str(), t.version), ("intake", 1));
    let n = t.questions().count();
    assert!((35..=55).contains(&n), "{n} questions");
}

#[test]
fn the_purpose_is_explained_first_and_care_comes_last() {
    let t = intake_v1();
    assert!(t.intro.len() >= 5, "who we are, why, not mandatory, pause/stop, decline, protection");
    let ids: Vec<&str> = t.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.first(), Some(&"welcome"));
    let closing = ids.iter().position(|&s| s == "closing").expect("a closing section");
    let safety = ids.iter().position(|&s| s == "safety_and_work").expect("a safety section");
    assert!(safety < closing);
    assert!(ids[closing..].iter().all(|&s| s == "closing" || s == OFFICER_SECTION));
    assert!(t.sections[0].questions.iter().all(|q| !q.sensitive), "nothing hard before rapport");
}

#[test]
fn every_template_key_has_english_and_every_english_message_is_used() {
    let english = english_messages();
    let defined: BTreeSet<&str> = english.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(defined.len(), english.len(), "a message is defined twice");
    let used: BTreeSet<&str> = intake_v1().message_ids().into_iter().collect();

    let missing: Vec<_> = used.difference(&defined).collect();
    assert!(missing.is_empty(), "no English for {missing:?}");
    let unused: Vec<_> = defined.difference(&used).collect();
    assert!(unused.is_empty(), "unused messages {unused:?}");

    assert!(used.iter().all(|id| id.starts_with("interview-")));
    let with_args: Vec<_> = english.iter().filter(|(_, p)| *p).map(|(id, _)| id).collect();
    assert!(with_args.is_empty(), "the interview passes no arguments, but {with_args:?} expect some");
}

#[test]
fn every_question_a_person_is_asked_has_a_child_wording() {
    let t = intake_v1();
    for section in &t.sections {
        for q in &section.questions {
            assert_eq!(section.for_officer, section.id == OFFICER_SECTION, "{}", section.id);
            if section.for_officer {
                assert!(q.child_text.is_none(), "{} is for the officer", q.id);
                assert_eq!(q.kind, QuestionKind::YesNo, "{}", q.id);
            } else {
                assert!(q.child_text.is_some(), "{} has no child wording", q.id);
            }
        }
    }
}

#[test]
fn every_indicator_is_linked_by_some_question() {
    let linked: BTreeSet<Indicator> = intake_v1().answer_links().iter().map(|l| l.indicator).collect();
    let missing: Vec<_> = Indicator::ALL.iter().filter(|i| !linked.contains(i)).collect();
    assert!(missing.is_empty(), "not linked: {missing:?}");
}

/// Regression: synthetic cases answered questions the template does not have (and used a
/// not-asked reason it does not list), so demo data and benchmarks exercised no real question.
#[test]
fn synthetic_answers_are_to_template_questions_with_fitting_values() {
    use rand::SeedableRng;
    let template = intake_v1();
    let mut generator =
        waypoint_synth::Generator::new(rand::rngs::StdRng::seed_from_u64(1), waypoint_model::Timestamp(0));
    let case = generator.full_case();
    assert!(!case.interview.answers.is_empty());
    for (id, answer) in &case.interview.answers {
        let question = template.question(id).unwrap_or_else(|| panic!("{id} is not in the template"));
        match (&answer.state, &answer.value) {
            (AnswerState::NotAsked { reason }, _) => {
                assert!(template.not_asked_reasons.iter().any(|r| &r.id == reason), "{id}: reason {reason}")
            }
            (_, None) => {}
            (_, Some(value)) => {
                let fits = matches!(
                    (question.kind, value),
                    (QuestionKind::Text, AnswerValue::Text(_))
                        | (QuestionKind::YesNo, AnswerValue::YesNo(_))
                        | (QuestionKind::Choice, AnswerValue::Choice(_))
                        | (QuestionKind::Choices, AnswerValue::Choices(_))
                        | (QuestionKind::Date, AnswerValue::Date(_))
                        | (QuestionKind::Number, AnswerValue::Number(_))
                );
                assert!(fits, "{id}: {value:?} for a {:?} question", question.kind);
                if let AnswerValue::Choice(c) = value {
                    assert!(question.choices.iter().any(|choice| &choice.id == c), "{id}: choice {c}");
                }
            }
        }
    }
}
