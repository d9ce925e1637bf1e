//! Whether a case document reads as a [`Case`] — what a device checks before it takes a case
//! in, and so what HQ must check before it keeps and passes on a case it received.
//!
//! Reading a whole case costs about 1.4 ms (40 answers), most of it the answers. When a case
//! read at some earlier version, only what changed since can have stopped it reading, so
//! [`still_reads_after`] reads just the parts that changed: the answers touched, or the case's
//! top-level fields touched.

use std::collections::BTreeSet;

use automerge::{Automerge, ChangeHash, PatchAction, Prop, ReadDoc};
use autosurgeon::Hydrate;

use crate::case::{Answer, Case};

/// Whether `doc` reads whole as a case.
pub fn reads_as_case(doc: &Automerge) -> bool {
    autosurgeon::hydrate::<_, Case>(doc).is_ok()
}

/// What a change can have made unreadable.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    /// One answer of the interview, by question.
    Answer(String),
    /// A top-level field of the case.
    Field(String),
    /// Anything else: the whole case is read.
    Whole,
}

/// Whether `doc` still reads as a case, given that it did at `before` (HQ stores only cases
/// that read). Reads only the answers and top-level fields changed since `before`; with no
/// `before`, the whole case.
pub fn still_reads_after(doc: &Automerge, before: &[ChangeHash]) -> bool {
    if before.is_empty() {
        return reads_as_case(doc);
    }
    let mut parts = BTreeSet::new();
    for patch in doc.diff(before, &doc.get_heads()) {
        let own = match patch.action {
            PatchAction::PutMap { key, .. } | PatchAction::DeleteMap { key } => Some(Prop::Map(key)),
            PatchAction::PutSeq { index, .. }
            | PatchAction::Insert { index, .. }
            | PatchAction::SpliceText { index, .. }
            | PatchAction::DeleteSeq { index, .. } => Some(Prop::Seq(index)),
            PatchAction::Increment { prop, .. } | PatchAction::Conflict { prop } => Some(prop),
            PatchAction::Mark { .. } => None,
        };
        let path: Vec<Prop> = patch.path.into_iter().map(|(_, p)| p).chain(own).collect();
        parts.insert(match path.as_slice() {
            [Prop::Map(i), Prop::Map(a), Prop::Map(q), ..] if i == "interview" && a == "answers" => {
                Part::Answer(q.clone())
            }
            [Prop::Map(field), ..] => Part::Field(field.clone()),
            _ => Part::Whole,
        });
    }
    parts.iter().all(|part| match part {
        Part::Answer(q) => answer_reads(doc, q),
        Part::Field(field) => field_reads(doc, field),
        Part::Whole => reads_as_case(doc),
    })
}

/// Whether the answer to `question` reads as an answer, or is gone (a removed answer is no harm).
fn answer_reads(doc: &Automerge, question: &str) -> bool {
    let object = |parent: &automerge::ObjId, key: &str| match doc.get(parent, key) {
        Ok(Some((automerge::Value::Object(automerge::ObjType::Map), id))) => Some(id),
        _ => None,
    };
    let Some(answers) = object(&automerge::ROOT, "interview").and_then(|i| object(&i, "answers")) else {
        // No answers map at all: the interview field no longer reads.
        return false;
    };
    match doc.get(&answers, question) {
        Ok(None) => true,
        Ok(Some(_)) => autosurgeon::hydrate_prop::<_, Answer, _, _>(doc, &answers, question).is_ok(),
        Err(_) => false,
    }
}

/// Whether the case's top-level field `name` reads as its type. A name that is not a field of
/// [`Case`] is never read (a device ignores it too).
fn field_reads(doc: &Automerge, name: &str) -> bool {
    fn reads<T: Hydrate>(doc: &Automerge, name: &str) -> bool {
        autosurgeon::hydrate_prop::<_, T, _, _>(doc, automerge::ROOT, name).is_ok()
    }
    match name {
        "schema" => reads::<u64>(doc, name),
        "id" => reads::<crate::CaseId>(doc, name),
        "code" => reads::<crate::ShortCode>(doc, name),
        "site" => reads::<crate::SiteId>(doc, name),
        "opened" => reads::<crate::Recorded>(doc, name),
        "registration" => reads::<crate::Registration>(doc, name),
        "consents" => reads::<Vec<crate::Consent>>(doc, name),
        "interview" => reads::<crate::Interview>(doc, name),
        "age_assessments" => reads::<Vec<crate::AgeAssessment>>(doc, name),
        "tracing" => reads::<crate::Tracing>(doc, name),
        "screening" => reads::<crate::Screening>(doc, name),
        "referrals" => reads::<Vec<crate::Referral>>(doc, name),
        "follow_ups" => reads::<Vec<crate::FollowUp>>(doc, name),
        "transfers" => reads::<Vec<crate::Transfer>>(doc, name),
        "status" => reads::<crate::StatusEntry>(doc, name),
        _ => !CASE_FIELDS.contains(&name),
    }
}

/// Every top-level field of [`Case`], as stored; a test holds this list to the type.
const CASE_FIELDS: [&str; 15] = [
    "schema",
    "id",
    "code",
    "site",
    "opened",
    "registration",
    "consents",
    "interview",
    "age_assessments",
    "tracing",
    "screening",
    "referrals",
    "follow_ups",
    "transfers",
    "status",
];

#[cfg(test)]
mod tests {
    use automerge::transaction::Transactable;
    use automerge::{ActorId, AutoCommit, ObjType, ROOT, ReadDoc};

    use super::*;
    use crate::{
        AnswerState, AnswerValue, CaseDoc, CaseId, EntryId, Recorded, ShortCode, SiteId, Timestamp, UserId,
        Via,
    };

    fn case_with_answers() -> (AutoCommit, Vec<ChangeHash>) {
        let user = UserId::new("officer-amina");
        let now = Timestamp(1_700_000_000_000);
        let id = CaseId::new("0190f5b2-6c1e-7cc0-8000-000000000001");
        let opened = Case::open(id, ShortCode::new("KA7-HDQ"), SiteId::new("border-north"), &user, now);
        let mut doc = CaseDoc::create(&opened, ActorId::random(), &user, now).expect("doc");
        doc.edit(&user, now, |c| {
            for q in ["q1", "q2"] {
                c.interview.answers.insert(
                    q.into(),
                    Answer::new(
                        EntryId::new("0190f5b2-6c1e-7cc0-8000-0000000000aa"),
                        AnswerState::Answered,
                        Some(AnswerValue::Text("Kassala".into())),
                        Some("ar".into()),
                        Via::Interpreter,
                        Recorded::new(&user, now),
                    ),
                );
            }
        })
        .expect("edit");
        let mut doc = AutoCommit::load(&doc.save()).expect("load");
        let heads = doc.get_heads();
        (doc, heads)
    }

    fn still_reads(doc: &mut AutoCommit, before: &[ChangeHash]) -> bool {
        doc.commit();
        still_reads_after(doc.document(), before)
    }

    #[test]
    fn a_change_that_breaks_an_answer_a_field_or_removes_one_is_found() {
        let (mut doc, before) = case_with_answers();
        let answers = doc.get(ROOT, "interview").expect("get").expect("interview").1;
        let answers = doc.get(&answers, "answers").expect("get").expect("answers").1;
        let q1 = doc.get(&answers, "q1").expect("get").expect("q1").1;
        doc.put(&q1, "state", 7).expect("put");
        assert!(!still_reads(&mut doc, &before), "an answer's state that is no state");
        assert!(!reads_as_case(doc.document()));

        let (mut doc, before) = case_with_answers();
        doc.put(ROOT, "status", 5).expect("put");
        assert!(!still_reads(&mut doc, &before), "a status that is a number");

        let (mut doc, before) = case_with_answers();
        doc.delete(ROOT, "registration").expect("delete");
        assert!(!still_reads(&mut doc, &before), "a field removed");

        let (mut doc, before) = case_with_answers();
        let registration = doc.get(ROOT, "registration").expect("get").expect("registration").1;
        doc.put_object(&registration, "names", ObjType::Text).expect("put");
        assert!(!still_reads(&mut doc, &before), "a list made text, deep in a field");
    }

    #[test]
    fn changes_that_keep_the_case_readable_pass() {
        let (mut doc, before) = case_with_answers();
        let interview = doc.get(ROOT, "interview").expect("get").expect("interview").1;
        let answers = doc.get(&interview, "answers").expect("get").expect("answers").1;
        doc.delete(&answers, "q2").expect("delete");
        doc.put(ROOT, "something_newer", "a field a later version added").expect("put");
        assert!(still_reads(&mut doc, &before));
        assert!(reads_as_case(doc.document()));
        assert!(still_reads(&mut doc, &[]), "no earlier version: the whole case is read");
    }

    #[test]
    fn each_field_is_read_as_its_type() {
        for field in CASE_FIELDS {
            let (mut doc, before) = case_with_answers();
            doc.put(ROOT, field, true).expect("put");
            assert!(!still_reads(&mut doc, &before), "{field} as a boolean");
            assert!(!reads_as_case(doc.document()), "{field}: the whole case agrees");
        }
    }

    #[test]
    fn every_field_of_a_case_is_listed() {
        let (doc, _) = case_with_answers();
        let stored: Vec<String> = doc.keys(ROOT).collect();
        let mut listed: Vec<&str> = CASE_FIELDS.to_vec();
        listed.sort_unstable();
        let mut stored: Vec<&str> = stored.iter().map(String::as_str).collect();
        stored.sort_unstable();
        assert_eq!(stored, listed, "a field added to Case must be listed in CASE_FIELDS and field_reads");
    }
}
