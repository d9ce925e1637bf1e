//! Risk as lists and screens show it: counting what the person said in the interview through
//! the template's links from answers to screening indicators.

use crate::rules::risk;
use waypoint_model::Case;
use waypoint_model::case::Indicator;
use waypoint_model::template::intake_v1;

/// Indicators raised by the case's interview answers under the template it was interviewed
/// with. Only one template ships so far; a case from another template raises none here rather
/// than being read with the wrong links.
pub fn indicators_from_answers(case: &Case) -> Vec<Indicator> {
    let template = intake_v1();
    let interview = &case.interview;
    let same_template = interview.template_id.is_empty()
        || (interview.template_id == template.id && interview.template_version == template.version);
    if !same_template {
        return Vec::new();
    }
    risk::indicators_from_answers(case, template.answer_links())
}

#[cfg(test)]
mod tests {
    use waypoint_model::template::{QuestionKind, intake_v1};
    use waypoint_model::{
        Answer, AnswerState, AnswerValue, Case, CaseId, EntryId, Recorded, ShortCode, SiteId, Timestamp,
        UserId, Via,
    };

    use super::*;

    #[test]
    fn documents_held_by_others_is_raised_by_the_linked_answer_and_not_by_a_declined_one() {
        let t = intake_v1();
        let link = t
            .answer_links()
            .into_iter()
            .find(|l| l.indicator == Indicator::DocumentsHeldByOthers)
            .expect("a documents link");
        assert_eq!(link.question, "journey.documents_holder");
        let value = link.when.first().expect("a value").clone();
        assert_eq!(t.question(link.question).map(|q| q.kind), Some(QuestionKind::Choice));

        let by = UserId::new("officer-amina");
        let mut case = Case::open(
            CaseId::new("0190f5a4-2c3b-7d4e-8f00-000000000001"),
            ShortCode::new("KX7-4QM"),
            SiteId::new("s"),
            &by,
            Timestamp(0),
        );
        let answer = |state, value| {
            Answer::new(
                EntryId::new("a"),
                state,
                value,
                Some("ar".into()),
                Via::Interpreter,
                Recorded::new(&by, Timestamp(1)),
            )
        };

        case.interview
            .answers
            .insert(link.question.into(), answer(AnswerState::Answered, Some(AnswerValue::Choice(value))));
        assert_eq!(
            risk::indicators_from_answers(&case, t.answer_links()),
            vec![Indicator::DocumentsHeldByOthers]
        );

        case.interview.answers.insert(
            link.question.into(),
            answer(AnswerState::Answered, Some(AnswerValue::Choice("me".into()))),
        );
        assert!(
            risk::indicators_from_answers(&case, t.answer_links()).is_empty(),
            "own papers raise nothing"
        );

        case.interview.answers.insert(link.question.into(), answer(AnswerState::Declined, None));
        assert!(
            risk::indicators_from_answers(&case, t.answer_links()).is_empty(),
            "a declined answer raises nothing"
        );
    }
}
