//! Trafficking and exploitation risk: a level derived from recorded indicators, with every
//! reason that led to it, so that an officer can see why and disagree.
//!
//! Indicators come from the screening list and from interview answers that the template links
//! to an indicator. Some indicators are strong on their own (documents held by others, debt,
//! controlled movement, abuse, exploitative work, deceptive recruitment); the others count once.
//!
//! The child rule: for a child, exploitation alone is trafficking — force, fraud or deception
//! need not be shown (Palermo Protocol art. 3(c)) — so any exploitation indicator for a child
//! means high risk, as does any strong indicator, accompanied or not. A child travelling with an
//! adult whose relationship is doubtful or who concerns the officer is referred to child
//! protection. An unaccompanied or separated child is referred to child protection whatever
//! the screening says.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::rules::age::age_status;
use waypoint_model::case::{
    AccompanimentStatus, AnswerState, AnswerValue, Case, Indicator, ReferralService, Verification,
};
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
    /// A strong indicator concerns a child (accompanied or not).
    StrongIndicatorForChild,
    /// A child is exploited: for a child that alone is trafficking, whatever the means
    /// (Palermo Protocol art. 3(c)).
    ChildExploitation,
    /// A child travels with an adult whose relationship is doubtful or who concerns the officer.
    DoubtfulAccompanyingAdult,
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
            Self::ChildExploitation => "risk-reason-child-exploitation".into(),
            Self::DoubtfulAccompanyingAdult => "risk-reason-doubtful-adult".into(),
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
        | Indicator::DeceptiveRecruitment
        | Indicator::SomeoneElseAnswers
        | Indicator::WorstFormsOfChildLabour
        | Indicator::ChildLabourUnderMinimumAge
        | Indicator::SexualExploitation
        | Indicator::ForcedMarriage
        | Indicator::ArmedGroupRecruitment => 2,
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
        | RiskReason::ChildExploitation
        | RiskReason::DoubtfulAccompanyingAdult
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
    }
    // A child travelling with an adult whose relationship is doubtful, or who concerns the
    // officer: the adult may be the one exploiting them.
    let doubtful_adult = child
        && case.registration.accompaniment.adults.iter().any(|a| {
            a.verified == Verification::Doubtful || a.concern.as_deref().is_some_and(|c| !c.trim().is_empty())
        });
    if doubtful_adult {
        reasons.insert(0, RiskReason::DoubtfulAccompanyingAdult);
        score += 2;
        level = level.max(RiskLevel::Medium);
    }
    // Accompanied or not, a strong indicator for a child is high risk.
    if child && strong >= 1 {
        level = RiskLevel::High;
        reasons.insert(0, RiskReason::StrongIndicatorForChild);
    }
    // For a child, exploitation alone is enough: force, fraud or deception need not be shown.
    if child && counts.keys().any(|i| i.is_exploitation()) {
        level = RiskLevel::High;
        reasons.insert(0, RiskReason::ChildExploitation);
    }

    let mut referral_prompt = Vec::new();
    if level >= RiskLevel::Medium {
        if strong >= 1 || level == RiskLevel::High {
            referral_prompt.push(ReferralService::AntiTrafficking);
        }
        if child {
            referral_prompt.push(ReferralService::ChildProtection);
        }
        if doubtful_adult && !referral_prompt.contains(&ReferralService::ChildProtection) {
            referral_prompt.push(ReferralService::ChildProtection);
        }
        if referral_prompt.is_empty() {
            referral_prompt.push(ReferralService::Psychosocial);
        }
    } else if vulnerable_child || doubtful_adult {
        // An unaccompanied child, or one with a doubtful adult, is referred to child protection
        // whatever the screening says.
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

    fn child_with(status: AccompanimentStatus) -> Case {
        let mut c = adult_case();
        c.registration.birth = BirthDate::Exact { date: "2013-03-01".into() };
        c.registration.accompaniment.status = Some(status);
        c
    }

    #[test]
    fn for_a_child_exploitation_alone_is_enough_without_force_fraud_or_deception() {
        for indicator in Indicator::ALL.into_iter().filter(|i| i.is_exploitation()) {
            let mut child = child_with(AccompanimentStatus::Accompanied);
            add(&mut child, indicator);
            let r = assess_risk(&child, TODAY, &[]);
            assert_eq!(r.level, RiskLevel::High, "{indicator:?}");
            assert_eq!(r.reasons[0], RiskReason::ChildExploitation, "{indicator:?}");
            assert!(r.referral_prompt.contains(&ReferralService::AntiTrafficking));
            assert!(r.referral_prompt.contains(&ReferralService::ChildProtection));
            // The same alone, for an adult: a sign to watch, not trafficking without the means.
            let mut adult = adult_case();
            add(&mut adult, indicator);
            assert_eq!(assess_risk(&adult, TODAY, &[]).level, RiskLevel::Low, "{indicator:?}");
        }
    }

    #[test]
    fn an_accompanied_child_with_a_strong_indicator_gets_a_referral_prompt() {
        for indicator in
            [Indicator::DocumentsHeldByOthers, Indicator::DebtBondage, Indicator::SomeoneElseAnswers]
        {
            let mut c = child_with(AccompanimentStatus::Accompanied);
            add(&mut c, indicator);
            let r = assess_risk(&c, TODAY, &[]);
            assert_eq!(r.level, RiskLevel::High, "{indicator:?}");
            assert!(r.reasons.contains(&RiskReason::StrongIndicatorForChild));
            assert!(r.referral_prompt.contains(&ReferralService::ChildProtection), "{indicator:?}");
        }
    }

    #[test]
    fn a_child_with_a_doubtful_adult_is_referred_to_child_protection() {
        let adult = |verified, concern: Option<&str>| waypoint_model::case::AccompanyingAdult {
            id: EntryId::new("0190f5a4-2c3b-7d4e-8f00-00000000000c"),
            name: "Adult".into(),
            claimed_relationship: "uncle".into(),
            verified,
            verified_how: None,
            documents_seen: None,
            concern: concern.map(Into::into),
            recorded: Recorded::new(&UserId::new("u"), Timestamp(0)),
        };
        let mut c = child_with(AccompanimentStatus::Accompanied);
        c.registration.accompaniment.adults.push(adult(Verification::Verified, None));
        let r = assess_risk(&c, TODAY, &[]);
        assert_eq!((r.level, r.referral_prompt.is_empty()), (RiskLevel::None, true), "a verified parent");
        for (verified, concern) in [
            (Verification::Doubtful, None),
            (Verification::NotVerified, Some("answers every question for her")),
        ] {
            c.registration.accompaniment.adults = vec![adult(verified, concern)];
            let r = assess_risk(&c, TODAY, &[]);
            assert_eq!(r.level, RiskLevel::Medium);
            assert_eq!(r.reasons[0], RiskReason::DoubtfulAccompanyingAdult);
            assert_eq!(r.reasons[0].message_id(), "risk-reason-doubtful-adult");
            assert_eq!(r.referral_prompt, vec![ReferralService::ChildProtection]);
        }
        // An adult with the same adult is no child-protection case.
        let mut grown = adult_case();
        grown.registration.accompaniment.adults = vec![adult(Verification::Doubtful, None)];
        assert_eq!(assess_risk(&grown, TODAY, &[]).level, RiskLevel::None);
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
