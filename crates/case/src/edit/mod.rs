//! The edits that can be made to a case, in the field's own words, and their checks — one
//! vocabulary for the officer's device and for HQ's dashboard, so that an edit means the same
//! wherever it is made.
//!
//! Every screen sends one [`CaseEdit`]; [`apply`] checks it against the case and the interview
//! template and returns the changed case, or refuses and says why (a translated message next to
//! the field) and the case is left as it was. Edits are grouped by area (registration,
//! consent, interview, age, family tracing, screening, referrals, transfer), each area an enum
//! whose `apply` matches every variant: a new edit that no area handles does not compile
//! (there is no wildcard arm anywhere in this crate: `clippy::wildcard_enum_match_arm`).
//! Nothing here does IO, reads the clock or draws randomness: the time and new entry ids come
//! in the [`EditContext`].

mod age;
mod checks;
mod consent;
mod family_tracing;
mod interview;
mod referrals;
mod registration;
#[cfg(test)]
mod rules_tests;
mod screening;
mod transfer;

pub use age::AgeEdit;
pub use checks::{MAX_AGE, MAX_NAME_CHARS, MAX_TEXT_CHARS, MIN_BIRTH_YEAR};
pub use consent::ConsentEdit;
pub use family_tracing::{FamilyTracingEdit, SoughtDetail};
pub use interview::InterviewEdit;
pub use referrals::ReferralEdit;
pub use registration::{AdultDetails, BirthInput, RegistrationEdit};
pub use screening::ScreeningEdit;
pub use transfer::TransferEdit;

use waypoint_model::template::Template;
use waypoint_model::{Case, EntryId, IdMaker, Recorded, Timestamp, UserId};

use crate::error::UserError;

/// Who edits, when, under which template, and where new entries get their ids.
pub struct EditContext<'a> {
    /// Who the edit is recorded under (a device's user, or `hq:<name>` at HQ).
    pub user: &'a UserId,
    /// When.
    pub now: Timestamp,
    /// The interview template the case is interviewed with.
    pub template: &'a Template,
    /// Where new entries (names, consents, answers …) get their ids.
    pub ids: &'a mut dyn NewIds,
}

/// A source of new entry ids: the caller's, so that edits draw no randomness of their own.
pub trait NewIds {
    /// A new entry id, made at `at`.
    fn entry_id(&mut self, at: Timestamp) -> EntryId;
}

impl<R: rand::RngCore> NewIds for IdMaker<R> {
    fn entry_id(&mut self, at: Timestamp) -> EntryId {
        IdMaker::entry_id(self, at)
    }
}

impl EditContext<'_> {
    /// A new entry id, made now.
    fn new_id(&mut self) -> EntryId {
        self.ids.entry_id(self.now)
    }

    /// Who recorded an entry made now.
    fn recorded(&self) -> Recorded {
        Recorded::new(self.user, self.now)
    }
}

/// The edits of one area of a case: each area's `apply` handles every one of its edits.
pub trait AreaEdit {
    /// Checks the edit and applies it to `case` (a draft: on an error it is thrown away).
    fn apply(&self, case: &mut Case, ctx: &mut EditContext<'_>) -> Result<(), UserError>;
}

/// Declares [`CaseEdit`] over the areas, and its dispatch: an area named here whose edits have
/// no [`AreaEdit`] does not compile.
///
/// ```compile_fail
/// // An area of edits that no `apply` handles is refused by the compiler:
/// use waypoint_case::edit::*;
/// #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
/// pub enum Forgotten { Edit }
/// waypoint_case::case_edits! { Registration(RegistrationEdit), Forgotten(Forgotten) }
/// ```
///
/// ```compile_fail
/// // And within an area, an edit its `apply` does not match:
/// use waypoint_case::edit::{AreaEdit, EditContext};
/// use waypoint_case::UserError;
/// enum NewArea { Handled, Forgotten }
/// impl AreaEdit for NewArea {
///     fn apply(&self, _: &mut waypoint_model::Case, _: &mut EditContext<'_>) -> Result<(), UserError> {
///         match self {
///             NewArea::Handled => Ok(()),
///         }
///     }
/// }
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! case_edits {
    ($($(#[$doc:meta])* $area:ident($edit:ty)),* $(,)?) => {
        /// One edit of a case. On the wire it is the area's edit itself (`{"op": "set_name",
        /// …}`): the area is not named, so the app's edits read as they always did.
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(untagged)]
        pub enum CaseEdit {
            $($(#[$doc])* $area($edit),)*
        }

        impl CaseEdit {
            fn apply_to(&self, case: &mut waypoint_model::Case, ctx: &mut $crate::edit::EditContext<'_>) -> Result<(), $crate::UserError> {
                match self {
                    $(CaseEdit::$area(e) => $crate::edit::AreaEdit::apply(e, case, ctx),)*
                }
            }
        }

        $(impl From<$edit> for CaseEdit {
            fn from(e: $edit) -> Self {
                CaseEdit::$area(e)
            }
        })*
    };
}

case_edits! {
    /// Who the person is: names, sex, birth, nationalities, languages, how they were met.
    Registration(RegistrationEdit),
    /// Consent per purpose.
    Consent(ConsentEdit),
    /// The interview: sittings, breaks, languages, answers.
    Interview(InterviewEdit),
    /// Age assessments.
    Age(AgeEdit),
    /// Relatives sought, and decisions on candidate matches.
    FamilyTracing(FamilyTracingEdit),
    /// Indicators of trafficking or exploitation.
    Screening(ScreeningEdit),
    /// Referrals and follow-ups.
    Referrals(ReferralEdit),
    /// Handing the case to another site.
    Transfer(TransferEdit),
}

/// Checks `edit` against `case` and returns the case with it applied; on an error `case` is
/// untouched and the error says why, next to which field. The same for a device and HQ.
pub fn apply(case: &Case, edit: &CaseEdit, ctx: &mut EditContext<'_>) -> Result<Case, UserError> {
    let mut draft = case.clone();
    edit.apply_to(&mut draft, ctx)?;
    Ok(draft)
}

#[cfg(test)]
pub(crate) mod tests {
    use rand::SeedableRng;
    use waypoint_model::template::{QuestionKind, intake_v1};
    use waypoint_model::{CaseId, ShortCode, SiteId};

    use super::*;

    pub(crate) const NOW: Timestamp = Timestamp(1_780_000_000_000);

    pub(crate) fn case() -> Case {
        Case::open(
            CaseId::new("0190f5a4-2c3b-7d4e-8f00-000000000001"),
            ShortCode::new("ACD-EFG"),
            SiteId::new("border-north"),
            &UserId::new("amina"),
            NOW,
        )
    }

    /// Applies `edit` as amina now, as a device does: the case changes only if it applies.
    pub(crate) fn run(case: &mut Case, edit: impl Into<CaseEdit>) -> Result<(), UserError> {
        let user = UserId::new("amina");
        let mut ids = IdMaker::new(rand::rngs::StdRng::seed_from_u64(1));
        let mut ctx = EditContext { user: &user, now: NOW, template: intake_v1(), ids: &mut ids };
        *case = apply(case, &edit.into(), &mut ctx)?;
        Ok(())
    }

    pub(crate) fn question_of(kind: QuestionKind) -> String {
        intake_v1().questions().find(|q| q.kind == kind).map(|q| q.id.clone()).unwrap_or_default()
    }

    #[test]
    fn edits_read_on_the_wire_as_the_app_sends_them() {
        let edit: CaseEdit = serde_json::from_str(r#"{"op": "set_sex", "sex": "female"}"#).expect("parses");
        assert_eq!(edit, RegistrationEdit::SetSex { sex: Some(waypoint_model::Sex::Female) }.into());
        let edit: CaseEdit = serde_json::from_str(r#"{"op": "start_break"}"#).expect("parses");
        assert_eq!(edit, InterviewEdit::StartBreak.into());
        let json = serde_json::to_value(CaseEdit::from(TransferEdit::TransferCase {
            to_site: "shelter-south".into(),
            reason: None,
        }))
        .expect("serialises");
        assert_eq!(json["op"], "transfer_case");
        assert!(serde_json::from_str::<CaseEdit>(r#"{"op": "no_such_edit"}"#).is_err());
    }

    #[test]
    fn the_same_edit_with_the_same_ids_makes_the_same_case() {
        let (mut a, mut b) = (case(), case());
        for c in [&mut a, &mut b] {
            run(
                c,
                ConsentEdit::RecordConsent {
                    purpose: waypoint_model::ConsentPurpose::FamilyTracing,
                    decision: waypoint_model::ConsentDecision::Given,
                    given_by: waypoint_model::ConsentGiver::Person,
                    language: Some("ti".into()),
                    interpreter: None,
                },
            )
            .expect("applies");
        }
        assert_eq!(a, b, "no clock or randomness of its own");
    }
}
