//! Trafficking and exploitation risk: a level derived from recorded indicators, with every
//! reason that led to it, so that an officer can see why and disagree.
//!
//! Indicators come from the screening list and from interview answers that the template links
//! to an indicator. Some indicators are strong on their own (documents held by others, debt,
//! controlled movement, abuse, exploitative work, deceptive recruitment); the others count once.
//! An unaccompanied or separated child is more exposed, so any strong indicator for such a
//! child means high risk.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::rules::age::age_status;
use waypoint_model::case::{AccompanimentStatus, AnswerState, AnswerValue, Case, Indicator, ReferralService};
use waypoint_model::template::AnswerLink;
use waypoint_model::time::Timestamp;

/// Risk levels, lowest first.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    /// No indicator recorded.
    None,
    /// Some indicators; keep watching.
    Low,
    /// Several indicators; a referral is prompted.
    Medium,
    /// Strong indicators; refer now.
    High,
}

impl RiskLevel {
    /// The code stored in projections and used in message ids.
    pub fn code(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}

/// One reason behind a risk level.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum RiskReason {
    /// An indicator is present, from this many sources.
    Indicator {
        /// The indicator.
        indicator: Indicator,
        /// Its weight in the score.
        weight: u32,
        /// How many entries or answers recorded it.
        sources: u32,
    },
    /// The person is treated as a child and is unaccompanied or separated.
    UnaccompaniedChild,
    /// A strong indicator concerns an unaccompanied or separated child.
    StrongIndicatorForChild,
    /// Two or more strong indicators together.
    SeveralStrongIndicators,
}

impl RiskReason {
    /// Fluent message id that explains the reason to the user.
    pub fn message_id(&self) -> String {
        match self {
            Self::Indicator { indicator, .. } => {
                format!("risk-reason-{}", indicator.code().replace('_', "-"))
            }
            Self::UnaccompaniedChild => "risk-reason-unaccompanied-child".into(),
            Self::StrongIndicatorForChild => "risk-reason-strong-indicator-child".into(),
            Self::SeveralStrongIndicators => "risk-reason-several-strong".into(),
        }
    }
}

/// The derived risk of a case.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RiskAssessment {
    /// The level.
    pub level: RiskLevel,
    /// The score behind the level (sum of weights).
    pub score: u32,
    /// Every reason, strongest first.
    pub reasons: Vec<RiskReason>,
    /// The message id explaining each reason, in the same order: screens show these, so no
    /// screen works out a reason's message id for itself.
    pub reason_messages: Vec<String>,
    /// Services to refer to now; empty when no referral is prompted.
    pub referral_prompt: Vec<ReferralService>,
}

/// How much an indicator weighs on its own.
pub fn weight(indicator: Indicator) -> u32 {
    match indicator {
        Indicator::DocumentsHeldByOthers
        | Indicator::DebtBondage
        | Indicator::ControlledMovement
        | Indicator::SignsOfAbuse
        | Indicator::WorkExploitation
        | Indicator::DeceptiveRecruitment => 2,
        // Listed one by one: a new indicator must be weighed, not fall to 1 unseen.
        Indicator::IrregularTravel
        | Indicator::SuddenSeparation
        | Indicator::LivingChange
        | Indicator::NoContactWithFamily
        | Indicator::FearOfAuthorities
        | Indicator::ScriptedAccount => 1,
    }
}

/// Indicators raised by interview answers, through the template's links.
pub fn indicators_from_answers<'a>(
    case: &Case,
    links: impl IntoIterator<Item = AnswerLink<'a>>,
) -> Vec<Indicator> {
    let mut out = Vec::new();
    for link in links {
        let Some(answer) = case.interview.answers.get(link.question) else {
            continue;
        };
        if answer.state != AnswerState::Answered {
            continue;
        }
        let hit = match &answer.value {
            Some(AnswerValue::YesNo(b)) => link.when.iter().any(|w| w == if *b { "yes" } else { "no" }),
            Some(AnswerValue::Choice(c)) => link.when.iter().any(|w| w == c),
            Some(AnswerValue::Choices(cs)) => cs.iter().any(|c| link.when.iter().any(|w| w == c)),
            _ => false,
        };
        if hit {
            out.push(link.indicator);
        }
    }
    out
}

/// The risk of `case` on `today`, counting recorded indicators and `from_answers`.
pub fn assess_risk(case: &Case, today: Timestamp, from_answers: &[Indicator]) -> RiskAssessment {
    let mut counts: BTreeMap<Indicator, u32> = BTreeMap::new();
    for entry in case.screening.indicators.iter().filter(|e| !e.dismissed) {
        *counts.entry(entry.indicator).or_default() += 1;
    }
    for &indicator in from_answers {
        *counts.entry(indicator).or_default() += 1;
    }

    let mut reasons: Vec<RiskReason> = counts
        .iter()
        .map(|(&indicator, &sources)| RiskReason::Indicator { indicator, weight: weight(indicator), sources })
        .collect();
    reasons.sort_by_key(|r| match r {
        RiskReason::Indicator { weight, .. } => std::cmp::Reverse(*weight),
        RiskReason::UnaccompaniedChild
        | RiskReason::StrongIndicatorForChild
        | RiskReason::SeveralStrongIndicators => std::cmp::Reverse(0),
    });
    let mut score: u32 = counts.keys().map(|&i| weight(i)).sum();
    let strong = counts.keys().filter(|&&i| weight(i) >= 2).count();

    let child = age_status(case, today).treated_as_child;
    let alone = matches!(
        case.registration.accompaniment.status,
        Some(AccompanimentStatus::Unaccompanied | AccompanimentStatus::Separated)
    );
    let vulnerable_child = child && alone;

    let mut level = match score {
        0 => RiskLevel::None,
        1..=2 => RiskLevel::Low,
        3..=4 => RiskLevel::Medium,
        _ => RiskLevel::High,
    };
    if strong >= 2 {
        level = RiskLevel::High;
        reasons.insert(0, RiskReason::SeveralStrongIndicators);
    }
    if vulnerable_child {
        reasons.push(RiskReason::UnaccompaniedChild);
        if score > 0 {
            score += 1;
            level = level.max(RiskLevel::Medium);
        }
        if strong >= 1 {
            level = RiskLevel::High;
            reasons.insert(0, RiskReason::StrongIndicatorForChild);
        }
    }

    let mut referral_prompt = Vec::new();
    if level >= RiskLevel::Medium {
        if strong >= 1 || level == RiskLevel::High {
            referral_prompt.push(ReferralService::AntiTrafficking);
        }
        if child {
            referral_prompt.push(ReferralService::ChildProtection);
        }
        if referral_prompt.is_empty() {
            referral_prompt.push(ReferralService::Psychosocial);
        }
    } else if vulnerable_child {
        // An unaccompanied child is referred to child protection whatever the screening says.
        referral_prompt.push(ReferralService::ChildProtection);
    }

    let reason_messages = reasons.iter().map(RiskReason::message_id).collect();
    RiskAssessment { level, score, reasons, reason_messages, referral_prompt }
}

#[cfg(test)]
mod tests {
    use super::*;
    use waypoint_model::case::{Answer, BirthDate, IndicatorEntry, IndicatorSource, Via};
    use waypoint_model::ids::{CaseId, EntryId, ShortCode, SiteId, UserId};
    use waypoint_model::time::Recorded;

    fn adult_case() -> Case {
        let mut c = Case::open(
            CaseId::new("0190f5a4-2c3b-7d4e-8f00-00000000000a"),
            ShortCode::new("KX7-4QM"),
            SiteId::new("s"),
            &UserId::new("u"),
            Timestamp(0),
        );
        c.registration.birth = BirthDate::Exact { date: "1990-01-01".into() };
        c
    }

    fn add(c: &mut Case, indicator: Indicator) {
        c.screening.indicators.push(IndicatorEntry {
            id: EntryId::new("0190f5a4-2c3b-7d4e-8f00-00000000000b"),
            indicator,
            source: IndicatorSource::Observed,
            note: None,
            dismissed: false,
            recorded: Recorded::new(&UserId::new("u"), Timestamp(0)),
        });
    }

    const TODAY: Timestamp = Timestamp(1_780_000_000_000);

    #[test]
    fn no_indicators_no_risk_and_no_prompt_for_an_adult() {
        let r = assess_risk(&adult_case(), TODAY, &[]);
        assert_eq!(r.level, RiskLevel::None);
        assert!(r.reasons.is_empty());
        assert!(r.referral_prompt.is_empty());
    }

    #[test]
    fn every_indicator_is_a_reason_with_its_weight() {
        let mut c = adult_case();
        add(&mut c, Indicator::IrregularTravel);
        add(&mut c, Indicator::IrregularTravel);
        add(&mut c, Indicator::DebtBondage);
        let r = assess_risk(&c, TODAY, &[]);
        assert_eq!(r.score, 3);
        assert_eq!(r.level, RiskLevel::Medium);
        assert_eq!(
            r.reasons,
            vec![
                RiskReason::Indicator { indicator: Indicator::DebtBondage, weight: 2, sources: 1 },
                RiskReason::Indicator { indicator: Indicator::IrregularTravel, weight: 1, sources: 2 },
            ]
        );
        assert_eq!(r.referral_prompt, vec![ReferralService::AntiTrafficking]);
        assert_eq!(r.reasons[0].message_id(), "risk-reason-debt-bondage");
    }

    #[test]
    fn two_strong_indicators_mean_high_risk_and_say_so() {
        let mut c = adult_case();
        add(&mut c, Indicator::DocumentsHeldByOthers);
        add(&mut c, Indicator::ControlledMovement);
        let r = assess_risk(&c, TODAY, &[]);
        assert_eq!(r.level, RiskLevel::High);
        assert_eq!(r.reasons[0], RiskReason::SeveralStrongIndicators);
    }

    #[test]
    fn a_strong_indicator_for_an_unaccompanied_child_is_high_risk() {
        let mut c = adult_case();
        c.registration.birth = BirthDate::Unknown; // in doubt: a child
        c.registration.accompaniment.status = Some(AccompanimentStatus::Unaccompanied);
        add(&mut c, Indicator::WorkExploitation);
        let r = assess_risk(&c, TODAY, &[]);
        assert_eq!(r.level, RiskLevel::High);
        assert!(r.reasons.contains(&RiskReason::StrongIndicatorForChild));
        assert!(r.reasons.contains(&RiskReason::UnaccompaniedChild));
        assert!(r.referral_prompt.contains(&ReferralService::ChildProtection));
    }

    #[test]
    fn an_unaccompanied_child_is_prompted_for_child_protection_without_indicators() {
        let mut c = adult_case();
        c.registration.birth = BirthDate::Unknown;
        c.registration.accompaniment.status = Some(AccompanimentStatus::Separated);
        let r = assess_risk(&c, TODAY, &[]);
        assert_eq!(r.level, RiskLevel::None);
        assert_eq!(r.referral_prompt, vec![ReferralService::ChildProtection]);
    }

    #[test]
    fn dismissed_indicators_do_not_count() {
        let mut c = adult_case();
        add(&mut c, Indicator::DebtBondage);
        c.screening.indicators[0].dismissed = true;
        assert_eq!(assess_risk(&c, TODAY, &[]).level, RiskLevel::None);
    }

    #[test]
    fn answers_raise_indicators_through_template_links() {
        let mut c = adult_case();
        let u = UserId::new("u");
        c.interview.answers.insert(
            "safety.owes_money".into(),
            Answer::new(
                EntryId::new("answer-1"),
                AnswerState::Answered,
                Some(AnswerValue::YesNo(true)),
                Some("ar".into()),
                Via::Interpreter,
                Recorded::new(&u, Timestamp(1)),
            ),
        );
        c.interview.answers.insert(
            "journey.documents_holder".into(),
            Answer::new(
                EntryId::new("answer-2"),
                AnswerState::Declined,
                None,
                None,
                Via::Direct,
                Recorded::new(&u, Timestamp(1)),
            ),
        );
        let yes = vec!["yes".to_string()];
        let other = vec!["someone_else".to_string()];
        let links = [
            AnswerLink { question: "safety.owes_money", indicator: Indicator::DebtBondage, when: &yes },
            AnswerLink {
                question: "journey.documents_holder",
                indicator: Indicator::DocumentsHeldByOthers,
                when: &other,
            },
        ];
        let found = indicators_from_answers(&c, links);
        assert_eq!(found, vec![Indicator::DebtBondage], "a declined answer raises nothing");
        assert_eq!(assess_risk(&c, TODAY, &found).level, RiskLevel::Low);
    }
}
