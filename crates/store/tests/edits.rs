use waypoint_model::{
    Answer, AnswerState, AnswerValue, CaseStatus, NameKind, Recorded, Sex, Timestamp, UserId, Via,
};
use waypoint_store::Saved;

use crate::{generator, name, new_store, reopen};

fn answer(text: &str, lang: &str) -> Answer {
    Answer::new(
        waypoint_model::EntryId::generate(),
        AnswerState::Answered,
        Some(AnswerValue::Text(text.into())),
        Some(lang.into()),
        Via::Interpreter,
        Recorded::new(&UserId::new("admin-amina"), Timestamp::now()),
    )
}

#[test]
fn every_edit_is_saved_and_survives_reopening() {
    let (_dir, path, mut store) = new_store();
    let id = store
        .create_case(|c| c.registration.names.push(name("Selam", "Latn", NameKind::Given)))
        .expect("create");
    assert_eq!(
        store
            .edit_case(&id, |c| {
                c.interview.answers.insert("journey.route".into(), answer("через Польщу", "uk"));
            })
            .expect("edit"),
        Saved::Saved
    );
    assert_eq!(store.edit_case(&id, |_| {}).expect("no-op"), Saved::Unchanged);
    store
        .edit_case(&id, |c| {
            c.interview.answers.insert("family.wish_to_trace".into(), {
                let mut a = answer("", "ti");
                a.state = AnswerState::Declined;
                a.value = None;
                a
            });
        })
        .expect("decline");
    let expected = store.case(&id).expect("case");
    drop(store);

    let mut again = reopen(&path);
    let case = again.case(&id).expect("case after reopen");
    assert_eq!(case, expected);
    assert_eq!(case.interview.answers["journey.route"].language.as_deref(), Some("uk"));
    assert_eq!(case.interview.answers["family.wish_to_trace"].state, AnswerState::Declined);
    let list = again.list_cases(10).expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].display_name, "Selam");
}

#[test]
fn the_case_list_shows_projections_that_follow_the_document() {
    let (_dir, _path, mut store) = new_store();
    let mut g = generator(3);
    let case = g.full_case();
    let id = store.insert_case(&case, Timestamp::now()).expect("insert");
    let summary = &store.list_cases(1).expect("list")[0];
    assert_eq!(summary.code, case.code.as_str());
    assert!(summary.child, "lower bound 15 in the full case");
    assert_eq!(summary.age_band, "15-17");
    store
        .edit_case(&id, |c| {
            c.status.status = CaseStatus::Closed;
            c.registration.sex = Some(Sex::Female);
        })
        .expect("edit");
    let summary = &store.list_cases(1).expect("list")[0];
    assert_eq!(summary.status, "closed");
    assert_eq!(summary.sex.as_deref(), Some("female"));
}

/// Regression: the store read no indicators from interview answers (the template's links
/// were a stub), so an answer that someone else holds the person's documents changed nothing
/// in the case list.
#[test]
fn interview_answers_raise_the_risk_shown_in_the_list() {
    let (_dir, _path, mut store) = new_store();
    let id = store.create_case(|c| c.interview.template_id = "intake".into()).expect("create");
    let before = store.list_cases(1).expect("list")[0].clone();
    assert_eq!(before.risk, "none");
    let mut held = answer("", "ar");
    held.value = Some(AnswerValue::Choice("organiser".into()));
    store
        .edit_case(&id, |c| {
            c.interview.template_version = 1;
            c.interview.answers.insert("journey.documents_holder".into(), held);
        })
        .expect("answer");
    let after = store.list_cases(1).expect("list")[0].clone();
    assert_ne!(after.risk, "none", "{after:?}");
    // Declining the question takes the indicator away again.
    let mut declined = answer("", "ar");
    declined.state = AnswerState::Declined;
    declined.value = None;
    store
        .edit_case(&id, |c| {
            c.interview.answers.insert("journey.documents_holder".into(), declined);
        })
        .expect("decline");
    assert_eq!(store.list_cases(1).expect("list")[0].risk, "none");
}

#[test]
fn compaction_folds_changes_without_changing_the_case() {
    let (_dir, path, mut store) = new_store();
    let id = store.create_case(|_| {}).expect("create");
    for i in 0..150 {
        store
            .edit_case(&id, |c| {
                c.interview.answers.insert(format!("q.{}", i % 7), answer(&format!("v{i}"), "ar"));
            })
            .expect("edit");
    }
    let before = store.case(&id).expect("case");
    let changes = |s: &waypoint_store::Store| -> i64 {
        s.connection().query_row("SELECT count(*) FROM changes", [], |r| r.get(0)).expect("count")
    };
    assert_eq!(changes(&store), 150);
    assert_eq!(store.compact(10).expect("compact"), 1);
    assert_eq!(changes(&store), 0);
    drop(store);
    let mut again = reopen(&path);
    assert_eq!(again.case(&id).expect("case"), before);
}

#[test]
fn background_compaction_runs_beside_editing() {
    let (_dir, path, mut store) = new_store();
    let id = store.create_case(|_| {}).expect("create");
    let compactor =
        store.spawn_compactor(crate::PASS, std::time::Duration::from_millis(5)).expect("compactor");
    for i in 0..300 {
        store
            .edit_case(&id, |c| {
                c.interview.answers.insert(format!("q.{}", i % 11), answer(&format!("v{i}"), "fa"));
            })
            .expect("edit while compacting");
    }
    drop(compactor);
    let expected = store.case(&id).expect("case");
    drop(store);
    assert_eq!(reopen(&path).case(&id).expect("case"), expected);
}

#[test]
fn conflicts_from_another_replica_are_listed_and_resolved() {
    let (_dir, _path, mut store) = new_store();
    let id = store.create_case(|_| {}).expect("create");
    store
        .edit_case(&id, |c| {
            c.interview.answers.insert("family.where_last_seen".into(), answer("Kassala", "ti"));
        })
        .expect("edit");
    // Another device holds the case as it was created (the stored snapshot, before the edit
    // above) and answers the same question.
    let snapshot: Vec<u8> = store
        .connection()
        .query_row("SELECT snapshot FROM cases WHERE case_id = ?1", [id.as_str()], |r| r.get(0))
        .expect("snapshot");
    let mut replica = waypoint_model::CaseDoc::load(&snapshot, automerge::ActorId::random()).expect("load");
    let change = replica
        .edit(&UserId::new("officer-jonas"), Timestamp::now(), |c| {
            c.interview.answers.insert("family.where_last_seen".into(), answer("Khartoum", "ar"));
        })
        .expect("edit")
        .expect("change");
    store.apply_changes(&id, &change).expect("apply");
    store.apply_changes(&id, &change).expect("apply twice is a no-op");
    let conflicts = store.conflicts(&id).expect("conflicts");
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(store.list_cases(1).expect("list")[0].conflicts, 1);
    let khartoum = conflicts[0].values.iter().find(|v| v.value.to_string().contains("Khartoum")).expect("k");
    store.resolve_conflict(&id, &conflicts[0].path, &khartoum.value.clone()).expect("resolve");
    assert!(store.conflicts(&id).expect("conflicts").is_empty());
    assert_eq!(store.list_cases(1).expect("list")[0].conflicts, 0);
}
