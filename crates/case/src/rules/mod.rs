//! The rules of the field, as pure functions of a case: age (benefit of the doubt), consent
//! (nothing happens without it, withdrawal stops it) and risk (a level that explains itself).

pub mod age;
pub mod consent;
pub mod risk;

pub use age::{AgeBasis, AgeStatus, age_status};
pub use consent::{
    Action, ConsentRefusal, ConsentState, consent_state, permits, shares_with_hq, state_among,
};
pub use risk::{RiskAssessment, RiskLevel, RiskReason, assess_risk};
