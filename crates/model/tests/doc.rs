use automerge::ActorId;
use waypoint_model::doc::PathSeg;
use waypoint_model::{AnswerState, CaseDoc, Sex, Timestamp, UserId};

use crate::{answered, full_case};

fn actor(n: u8) -> ActorId {
    ActorId::from(vec![n; 16])
}

#[test]
fn a_full_case_round_trips_through_automerge_and_its_saved_bytes() {
    let case = full_case(1);
    let by = UserId::new("officer-amina");
    let mut doc = CaseDoc::create(&case, actor(1), &by, Timestamp(1)).expect("create");
    assert_eq!(doc.case().expect("hydrate"), case);

    let bytes = doc.save();
    let loaded = CaseDoc::load(&bytes, actor(2)).expect("load");
    assert_eq!(loaded.case().expect("hydrate"), case);

    // Every section is really there, not defaulted.
    let json = serde_json::to_value(&case).expect("json");
    for key in [
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
    ] {
        assert!(json.get(key).is_some_and(|v| !v.is_null()), "{key}");
    }
    assert!(case.interview.answers.values().any(|a| a.state == AnswerState::Declined));
    assert!(case.interview.answers.values().any(|a| matches!(a.state, AnswerState::NotAsked { .. })));
    assert!(case.interview.answers.values().any(|a| a.state == AnswerState::Revisit));
}

#[test]
fn an_edit_that_changes_nothing_makes_no_change() {
    let case = full_case(2);
    let by = UserId::new("u");
    let mut doc = CaseDoc::create(&case, actor(1), &by, Timestamp(1)).expect("create");
    assert_eq!(doc.edit(&by, Timestamp(2), |_| {}).expect("edit"), None);
    let change = doc.edit(&by, Timestamp(3), |c| c.registration.sex = Some(Sex::Other)).expect("edit");
    assert!(change.is_some());
}

#[test]
fn two_devices_answering_different_questions_merge_without_conflict() {
    let case = full_case(3);
    let (amina, jonas) = (UserId::new("officer-amina"), UserId::new("officer-jonas"));
    let mut a = CaseDoc::create(&case, actor(1), &amina, Timestamp(1)).expect("create");
    let mut b = a.fork(actor(2));

    a.edit(&amina, Timestamp(10), |c| {
        c.interview.answers.insert("family.mother_name".into(), answered("Amina", "ar", &amina, 10));
    })
    .expect("edit a");
    b.edit(&jonas, Timestamp(11), |c| {
        c.interview.answers.insert("journey.route".into(), answered("через Польщу", "uk", &jonas, 11));
    })
    .expect("edit b");

    a.merge(&mut b).expect("merge");
    b.merge(&mut a).expect("merge");
    let (ca, cb) = (a.case().expect("a"), b.case().expect("b"));
    assert_eq!(ca, cb);
    assert!(ca.interview.answers.contains_key("family.mother_name"));
    assert_eq!(ca.interview.answers["journey.route"].language.as_deref(), Some("uk"));
    assert!(a.conflicts().is_empty());
}

#[test]
fn two_devices_answering_the_same_question_keep_both_answers_as_a_conflict() {
    let case = full_case(4);
    // Two sexes, both different from the recorded one, so both devices really write.
    let mut others = [Sex::Female, Sex::Male, Sex::Other, Sex::NotStated]
        .into_iter()
        .filter(|s| Some(*s) != case.registration.sex);
    let (sex_a, sex_b) = (others.next().expect("one"), others.next().expect("two"));
    let (amina, jonas) = (UserId::new("officer-amina"), UserId::new("officer-jonas"));
    let mut a = CaseDoc::create(&case, actor(1), &amina, Timestamp(1)).expect("create");
    let mut b = a.fork(actor(2));

    a.edit(&amina, Timestamp(10), |c| {
        c.interview.answers.insert("family.where_last_seen".into(), answered("Kassala", "ti", &amina, 10));
        c.registration.sex = Some(sex_a);
    })
    .expect("edit a");
    b.edit(&jonas, Timestamp(20), |c| {
        c.interview.answers.insert("family.where_last_seen".into(), answered("Khartoum", "ar", &jonas, 20));
        c.registration.sex = Some(sex_b);
    })
    .expect("edit b");
    a.merge(&mut b).expect("merge");

    let conflicts = a.conflicts();
    let answer = conflicts
        .iter()
        .find(|c| c.path_string() == "interview/answers/family.where_last_seen")
        .expect("answer conflict listed");
    let texts: Vec<String> = answer.values.iter().map(|v| v.value["value"]["Text"].to_string()).collect();
    assert!(texts.iter().any(|t| t.contains("Kassala")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("Khartoum")), "{texts:?}");
    let authors: Vec<_> = answer.values.iter().filter_map(|v| v.written_by.clone()).collect();
    assert!(authors.contains(&amina) && authors.contains(&jonas), "{authors:?}");
    assert!(answer.values.iter().any(|v| v.written_at == Some(Timestamp(20))));

    let sex =
        conflicts.iter().find(|c| c.path_string() == "registration/sex").expect("scalar conflict listed");
    assert_eq!(sex.values.len(), 2);

    // A person resolves the answer conflict by picking Kassala: one value remains, everywhere.
    let kassala = answer
        .values
        .iter()
        .find(|v| v.value.to_string().contains("Kassala"))
        .expect("kassala")
        .value
        .clone();
    let change = a
        .resolve(&answer.path, &kassala, &UserId::new("supervisor"), Timestamp(30))
        .expect("resolve")
        .expect("a change");
    b.apply(&change).expect("apply resolution");
    b.merge(&mut a).expect("merge");
    let remaining: Vec<String> = b.conflicts().iter().map(|c| c.path_string()).collect();
    assert_eq!(remaining, vec!["registration/sex".to_string()]);
    let resolved = b.case().expect("case");
    assert_eq!(
        resolved.interview.answers["family.where_last_seen"].value,
        Some(waypoint_model::AnswerValue::Text("Kassala".into()))
    );
}

#[test]
fn applying_the_same_change_twice_is_a_no_op() {
    let case = full_case(5);
    let by = UserId::new("u");
    let mut a = CaseDoc::create(&case, actor(1), &by, Timestamp(1)).expect("create");
    let mut b = CaseDoc::load(&a.save(), actor(2)).expect("load");
    let change = a
        .edit(&by, Timestamp(2), |c| {
            c.interview.answers.insert("wishes.next".into(), answered("school", "ar", &by, 2));
        })
        .expect("edit")
        .expect("change");
    b.apply(&change).expect("once");
    let heads = b.heads();
    b.apply(&change).expect("twice");
    assert_eq!(b.heads(), heads);
    assert_eq!(b.case().expect("b"), a.case().expect("a"));
}

/// Regression: a resolution whose value does not fit the case was written and committed,
/// leaving a document that no longer reads as a case; a failed write also left its operations
/// pending, to be committed with the next edit.
#[test]
fn a_resolution_that_does_not_fit_the_case_is_refused_and_leaves_nothing_behind() {
    let case = full_case(9);
    let by = UserId::new("supervisor");
    let mut doc = CaseDoc::create(&case, actor(1), &by, Timestamp(1)).expect("create");
    let before = doc.case().expect("case");
    let path = vec![PathSeg::Key("registration".into()), PathSeg::Key("sex".into())];
    let bad = serde_json::json!({ "not": ["a", "sex"] });
    assert!(doc.resolve(&path, &bad, &by, Timestamp(2)).is_err());
    assert_eq!(doc.case().expect("still a case"), before);
    let mut reloaded = CaseDoc::load(&doc.save(), actor(2)).expect("load");
    assert_eq!(reloaded.case().expect("reloaded case"), before);
    // The next edit carries only itself.
    let change = doc
        .edit(&by, Timestamp(3), |c| {
            c.interview.answers.insert("wishes.next".into(), answered("school", "en", &by, 3));
        })
        .expect("edit")
        .expect("a change");
    reloaded.apply(&change).expect("apply");
    assert_eq!(reloaded.case().expect("case").registration, before.registration);
}

/// Edits write only what changed, and the case kept in memory is the cached one: both must
/// agree with the document read afresh from its bytes, whatever the edit touched.
#[test]
fn partial_edits_leave_the_document_equal_to_the_case_in_memory() {
    let case = full_case(12);
    let by = UserId::new("officer-amina");
    let mut doc = CaseDoc::create(&case, actor(1), &by, Timestamp(1)).expect("create");
    type Edit = Box<dyn Fn(&mut waypoint_model::Case)>;
    let edits: Vec<Edit> = vec![
        Box::new(|c| {
            c.interview
                .answers
                .insert("journey.route".into(), answered("by sea", "en", &UserId::new("a"), 2));
        }),
        Box::new(|c| {
            c.interview
                .answers
                .insert("journey.route".into(), answered("by land", "fr", &UserId::new("a"), 3));
        }),
        Box::new(|c| {
            let first = c.interview.answers.keys().next().cloned();
            if let Some(q) = first {
                c.interview.answers.remove(&q);
            }
        }),
        Box::new(|c| c.interview.sittings.clear()),
        Box::new(|c| c.interview.template_version += 1),
        Box::new(|c| c.registration.names.truncate(1)),
        Box::new(|c| c.consents.clear()),
        Box::new(|c| c.screening.indicators.clear()),
    ];
    for (i, edit) in edits.iter().enumerate() {
        doc.edit(&by, Timestamp(10 + i as i64), |c| edit(c)).expect("edit");
        let in_memory = doc.case().expect("case");
        let fresh = CaseDoc::load(&doc.save(), actor(2)).expect("load").case().expect("fresh");
        assert_eq!(in_memory, fresh, "after edit {i}");
    }
}
