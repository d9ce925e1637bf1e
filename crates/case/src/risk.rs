//! Risk as lists and screens show it: counting what the person said in the interview through
//! the template's links from answers to screening indicators.

use waypoint_model::Case;
use waypoint_model::case::Indicator;
use waypoint_model::rules::risk;
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
