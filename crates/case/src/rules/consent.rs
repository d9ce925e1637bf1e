//! Consent: each purpose is decided separately, the latest decision counts, and a withdrawn
//! consent stops what it covered.

use serde::Serialize;

use waypoint_model::case::{Case, Consent, ConsentDecision, ConsentPurpose};

/// The current consent for one purpose.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentState {
    /// Never asked.
    NotRecorded,
    /// Given and in force.
    Given,
    /// Refused.
    Refused,
    /// Given, then withdrawn.
    Withdrawn,
}

/// The consent in force for `purpose`: the latest decision by time (ties: the later entry).
pub fn consent_state(case: &Case, purpose: ConsentPurpose) -> ConsentState {
    state_among(&case.consents, purpose)
}

/// [`consent_state`] over a case's consent list alone (HQ reads only that list of a document
/// to decide whether it may hold it).
pub fn state_among(consents: &[Consent], purpose: ConsentPurpose) -> ConsentState {
    consents.iter().enumerate().filter(|(_, c)| c.purpose == purpose).max_by_key(|(i, c)| (c.at, *i)).map_or(
        ConsentState::NotRecorded,
        |(_, c)| match c.decision {
            ConsentDecision::Given => ConsentState::Given,
            ConsentDecision::Refused => ConsentState::Refused,
            ConsentDecision::Withdrawn => ConsentState::Withdrawn,
        },
    )
}

/// Something that may be done with a case, and needs a consent.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Open or continue a tracing request, or search for this person's relatives.
    Trace,
    /// Let this person be found as a candidate in others' tracing.
    BeMatched,
    /// Send the case to headquarters.
    ShareWithHq,
    /// Refer to a service.
    Refer,
    /// Take or keep a photo.
    KeepPhoto,
}

impl Action {
    /// The consent purpose that covers this action.
    pub fn purpose(self) -> ConsentPurpose {
        match self {
            Action::Trace | Action::BeMatched => ConsentPurpose::FamilyTracing,
            Action::ShareWithHq => ConsentPurpose::SharingWithHq,
            Action::Refer => ConsentPurpose::Referral,
            Action::KeepPhoto => ConsentPurpose::Photo,
        }
    }
}

/// Why an action is not permitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{action:?} needs {purpose:?} consent, which is {state:?}")]
pub struct ConsentRefusal {
    /// The action asked for.
    pub action: Action,
    /// The consent it needs.
    pub purpose: ConsentPurpose,
    /// The consent's state.
    pub state: ConsentState,
}

impl ConsentRefusal {
    /// Fluent message id explaining the refusal to the user.
    pub fn message_id(&self) -> &'static str {
        match self.state {
            ConsentState::Withdrawn => "consent-withdrawn-stops",
            ConsentState::Refused => "consent-refused-stops",
            ConsentState::NotRecorded | ConsentState::Given => "consent-needed",
        }
    }
}

/// Whether `action` may be done on `case` now.
pub fn permits(case: &Case, action: Action) -> Result<(), ConsentRefusal> {
    let purpose = action.purpose();
    match consent_state(case, purpose) {
        ConsentState::Given => Ok(()),
        state @ (ConsentState::NotRecorded | ConsentState::Refused | ConsentState::Withdrawn) => {
            Err(ConsentRefusal { action, purpose, state })
        }
    }
}

/// Whether the case may be held by headquarters now: its HQ-sharing consent is in force.
/// Without it the case stays on its device and HQ counts only its
/// [`crate::figures::AnonymousRecord`]; a withdrawal erases HQ's copy and every other device's.
pub fn shares_with_hq(case: &Case) -> bool {
    state_among(&case.consents, ConsentPurpose::SharingWithHq) == ConsentState::Given
}

#[cfg(test)]
mod tests {
    use super::*;
    use waypoint_model::case::ConsentGiver;
    use waypoint_model::ids::{CaseId, EntryId, ShortCode, SiteId, UserId};
    use waypoint_model::time::{Recorded, Timestamp};

    fn case() -> Case {
        Case::open(
            CaseId::new("0190f5a4-2c3b-7d4e-8f00-000000000008"),
            ShortCode::new("KX7-4QM"),
            SiteId::new("s"),
            &UserId::new("u"),
            Timestamp(0),
        )
    }

    fn consent(purpose: ConsentPurpose, decision: ConsentDecision, at: i64) -> Consent {
        Consent {
            id: EntryId::new("0190f5a4-2c3b-7d4e-8f00-000000000009"),
            purpose,
            decision,
            given_by: ConsentGiver::Person,
            language: Some("ar".into()),
            interpreter: None,
            at: Timestamp(at),
            recorded: Recorded::new(&UserId::new("u"), Timestamp(at)),
        }
    }

    #[test]
    fn no_tracing_without_tracing_consent() {
        let mut c = case();
        let refusal = permits(&c, Action::Trace).expect_err("no consent yet");
        assert_eq!(refusal.state, ConsentState::NotRecorded);
        c.consents.push(consent(ConsentPurpose::Registration, ConsentDecision::Given, 1));
        c.consents.push(consent(ConsentPurpose::SharingWithHq, ConsentDecision::Given, 1));
        assert!(permits(&c, Action::Trace).is_err(), "other purposes don't cover tracing");
        c.consents.push(consent(ConsentPurpose::FamilyTracing, ConsentDecision::Given, 2));
        assert_eq!(permits(&c, Action::Trace), Ok(()));
        assert_eq!(permits(&c, Action::BeMatched), Ok(()));
    }

    #[test]
    fn withdrawal_stops_what_the_consent_covered_and_only_that() {
        let mut c = case();
        c.consents.push(consent(ConsentPurpose::FamilyTracing, ConsentDecision::Given, 1));
        c.consents.push(consent(ConsentPurpose::Referral, ConsentDecision::Given, 1));
        c.consents.push(consent(ConsentPurpose::FamilyTracing, ConsentDecision::Withdrawn, 5));
        let refusal = permits(&c, Action::Trace).expect_err("withdrawn");
        assert_eq!(refusal.state, ConsentState::Withdrawn);
        assert_eq!(refusal.message_id(), "consent-withdrawn-stops");
        assert!(permits(&c, Action::BeMatched).is_err());
        assert_eq!(permits(&c, Action::Refer), Ok(()));
        // Giving it again later restores it; the history stays.
        c.consents.push(consent(ConsentPurpose::FamilyTracing, ConsentDecision::Given, 9));
        assert_eq!(permits(&c, Action::Trace), Ok(()));
        assert_eq!(c.consents.len(), 4);
    }

    #[test]
    fn decision_time_not_list_order_decides() {
        // A withdrawal recorded on a device that synced late still wins if it is later in time.
        let mut c = case();
        c.consents.push(consent(ConsentPurpose::Photo, ConsentDecision::Withdrawn, 10));
        c.consents.push(consent(ConsentPurpose::Photo, ConsentDecision::Given, 3));
        assert_eq!(consent_state(&c, ConsentPurpose::Photo), ConsentState::Withdrawn);
    }
}
