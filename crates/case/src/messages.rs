//! The message id of each value a screen shows — `app-sex-female`, `app-answer-declined`,
//! `app-risk-high` — written once for the device's screens and HQ's pages, so that a value
//! reads the same wherever it is shown. The id is the kind's prefix and the value's code (its
//! name on the wire, `_` written `-`); a test holds every one of them to an English message.

use serde::Serialize;
use waypoint_model::{
    AccompanimentStatus, AgeMethod, AnswerState, CaseStatus, ConsentDecision, IndicatorSource, MatchStatus,
    ReferralService, ReferralStatus, Sex, SittingEnd,
};

use crate::rules::RiskLevel;

/// A value with a message of its own.
pub trait Labelled: Serialize {
    /// The message ids of this kind start with this.
    const PREFIX: &'static str;

    /// The message id of this value.
    fn message_id(&self) -> String {
        format!("{}-{}", Self::PREFIX, code(self).replace('_', "-"))
    }
}

/// A value's name on the wire: a unit variant's name, or the tag of a tagged one.
fn code<T: Serialize + ?Sized>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Object(map)) => ["state", "kind"]
            .iter()
            .find_map(|tag| map.get(*tag)?.as_str().map(str::to_owned))
            .unwrap_or_default(),
        // Every labelled kind serialises as a name or a tagged object: nothing else is reached.
        Ok(_) | Err(_) => String::new(),
    }
}

macro_rules! labelled {
    ($($kind:ty => $prefix:literal),* $(,)?) => {
        $(impl Labelled for $kind {
            const PREFIX: &'static str = $prefix;
        })*
    };
}

labelled! {
    Sex => "app-sex",
    AccompanimentStatus => "app-accompaniment",
    AgeMethod => "app-age-method",
    AnswerState => "app-answer",
    CaseStatus => "app-status",
    ConsentDecision => "app-consent",
    IndicatorSource => "app-indicator-source",
    MatchStatus => "app-tracing",
    ReferralService => "app-service",
    ReferralStatus => "app-referral-status",
    RiskLevel => "app-risk",
    SittingEnd => "app-sitting",
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = include_str!("../../../locales/en/app.ftl");

    fn exists(id: &str) -> bool {
        ENGLISH.lines().any(|l| l.split_once(" =").is_some_and(|(key, _)| key.trim() == id))
    }

    #[test]
    fn every_value_shown_has_an_english_message() {
        let mut ids: Vec<String> = Vec::new();
        ids.extend([Sex::Female, Sex::Male, Sex::Other, Sex::NotStated].iter().map(Labelled::message_id));
        ids.extend(
            [
                AccompanimentStatus::Accompanied,
                AccompanimentStatus::Separated,
                AccompanimentStatus::Unaccompanied,
            ]
            .iter()
            .map(Labelled::message_id),
        );
        ids.extend(
            [AgeMethod::Documents, AgeMethod::Statement, AgeMethod::Holistic]
                .iter()
                .map(Labelled::message_id),
        );
        ids.extend(
            [
                AnswerState::Answered,
                AnswerState::Declined,
                AnswerState::NotAsked { reason: "x".into() },
                AnswerState::Revisit,
            ]
            .iter()
            .map(Labelled::message_id),
        );
        ids.extend(
            [CaseStatus::Open, CaseStatus::Transferred, CaseStatus::Closed].iter().map(Labelled::message_id),
        );
        ids.extend(
            [ConsentDecision::Given, ConsentDecision::Refused, ConsentDecision::Withdrawn]
                .iter()
                .map(Labelled::message_id),
        );
        ids.extend([MatchStatus::Confirmed, MatchStatus::Rejected].iter().map(Labelled::message_id));
        ids.extend(
            [
                ReferralStatus::Proposed,
                ReferralStatus::Made,
                ReferralStatus::Accepted,
                ReferralStatus::Declined,
                ReferralStatus::Completed,
            ]
            .iter()
            .map(Labelled::message_id),
        );
        ids.extend(
            [RiskLevel::None, RiskLevel::Low, RiskLevel::Medium, RiskLevel::High]
                .iter()
                .map(Labelled::message_id),
        );
        ids.extend(
            [
                SittingEnd::Completed,
                SittingEnd::Paused,
                SittingEnd::StoppedByPerson,
                SittingEnd::StoppedByOfficer,
            ]
            .iter()
            .map(Labelled::message_id),
        );
        let missing: Vec<&String> = ids.iter().filter(|id| !exists(id)).collect();
        assert!(missing.is_empty(), "no English message for {missing:?}");
        assert_eq!(Sex::NotStated.message_id(), "app-sex-not-stated");
        assert_eq!(AnswerState::NotAsked { reason: "x".into() }.message_id(), "app-answer-not-asked");
    }
}
