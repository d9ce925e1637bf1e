//! Family tracing on a device: consent on both sides, candidates across scripts with reasons,
//! and the index following edits.

use waypoint_model::{
    BirthDate, CaseId, Consent, ConsentDecision, ConsentGiver, ConsentPurpose, EntryId, NameKind, Recorded,
    Sex, SoughtPerson, Timestamp, UserId,
};
use waypoint_store::{Store, StoreError};

use crate::{name, new_store, reopen};

fn consent(purpose: ConsentPurpose, decision: ConsentDecision) -> Consent {
    let now = Timestamp::now();
    Consent {
        id: EntryId::generate(),
        purpose,
        decision,
        given_by: ConsentGiver::Person,
        language: Some("ar".into()),
        interpreter: None,
        at: now,
        recorded: Recorded::new(&UserId::new(crate::ADMIN), now),
    }
}

/// A registered boy, in Latin letters, who agreed (or not) to be found by tracing.
fn register_son(store: &mut Store, tracing_consent: bool) -> CaseId {
    store
        .create_case(|c| {
            crate::shared(c);
            c.registration.names.push(name("Mohamed", "Latn", NameKind::Given));
            c.registration.names.push(name("Hassan Ali", "Latn", NameKind::Family));
            c.registration.sex = Some(Sex::Male);
            c.registration.birth = BirthDate::Approximate { year: 2011, month: None };
            c.registration.nationalities = vec!["SD".into()];
            if tracing_consent {
                c.consents.push(consent(ConsentPurpose::FamilyTracing, ConsentDecision::Given));
            }
        })
        .expect("register")
}

/// A mother at a shelter looking for her son, whose name she writes in Arabic.
fn register_mother(store: &mut Store) -> (CaseId, EntryId) {
    let sought = EntryId::generate();
    let id = store
        .create_case(|c| {
            crate::shared(c);
            c.registration.names.push(name("Amina", "Latn", NameKind::Given));
            c.registration.names.push(name("Yusuf", "Latn", NameKind::Family));
            c.registration.sex = Some(Sex::Female);
            c.registration.birth = BirthDate::Approximate { year: 1986, month: None };
            c.registration.nationalities = vec!["SD".into()];
            c.consents.push(consent(ConsentPurpose::FamilyTracing, ConsentDecision::Given));
            c.tracing.sought_persons.push(SoughtPerson {
                id: sought.clone(),
                names: vec![name("محمد", "Arab", NameKind::Given), name("حسن علي", "Arab", NameKind::Family)],
                relationship: "son".into(),
                sex: Some(Sex::Male),
                birth: BirthDate::Approximate { year: 2010, month: None },
                last_seen_place: None,
                last_seen_date: None,
                contacts: Vec::new(),
                recorded: Recorded::new(&UserId::new(crate::ADMIN), Timestamp::now()),
            });
        })
        .expect("register mother");
    (id, sought)
}

#[test]
fn a_son_written_in_latin_is_found_for_a_mother_writing_arabic_only_with_his_consent() {
    let (_dir, path, mut store) = new_store();
    let without = register_son(&mut store, false);
    let (mother, sought) = register_mother(&mut store);
    assert!(
        store.tracing_candidates(&mother, &sought, 10).expect("trace").is_empty(),
        "no consent, no match"
    );

    let son = register_son(&mut store, true);
    let found = store.tracing_candidates(&mother, &sought, 10).expect("trace");
    let ids: Vec<&str> = found.iter().map(|c| c.case_id.as_str()).collect();
    assert_eq!(ids, vec![son.as_str()], "only the consenting son; never {without} or the mother herself");
    let reasons = &found[0].reasons;
    for r in [
        "tracing-reason-names-match-across-scripts",
        "tracing-reason-sex-matches",
        "tracing-reason-relationship-fits",
    ] {
        assert!(reasons.contains(&r), "{r} in {reasons:?}");
    }
    assert!(found[0].score > 0.8, "{found:?}");

    // Withdrawing consent takes him out at once, and after reopening too.
    store
        .edit_case(&son, |c| {
            c.consents.push(consent(ConsentPurpose::FamilyTracing, ConsentDecision::Withdrawn))
        })
        .expect("withdraw");
    assert!(store.tracing_candidates(&mother, &sought, 10).expect("trace").is_empty());
    drop(store);
    let mut store = reopen(&path);
    assert!(store.tracing_candidates(&mother, &sought, 10).expect("trace").is_empty());
    let actions: Vec<String> =
        store.audit_entries(100).expect("audit").into_iter().map(|e| e.action).collect();
    assert!(actions.iter().any(|a| a == "case.tracing_searched"), "{actions:?}");
}

#[test]
fn tracing_needs_the_seekers_consent_and_an_existing_sought_person() {
    let (_dir, _path, mut store) = new_store();
    let (mother, sought) = register_mother(&mut store);
    let err = store.tracing_candidates(&mother, &EntryId::generate(), 10).expect_err("unknown entry");
    assert_eq!(err.message_id(), "error-sought-person-not-found");
    store
        .edit_case(&mother, |c| {
            c.consents.push(consent(ConsentPurpose::FamilyTracing, ConsentDecision::Withdrawn))
        })
        .expect("withdraw");
    let err = store.tracing_candidates(&mother, &sought, 10).expect_err("withdrawn");
    assert!(matches!(err, StoreError::Consent(_)), "{err:?}");
    assert_eq!(err.message_id(), "consent-withdrawn-stops");
    assert_eq!(err.message_args(), vec![("purpose", "family_tracing".to_owned())]);
}

#[test]
fn a_store_from_before_tracing_gets_its_profiles_when_opened() {
    let (_dir, path, mut store) = new_store();
    let son = register_son(&mut store, true);
    let (mother, sought) = register_mother(&mut store);
    // Roll the file back to layout 1, as an older build left it.
    store
        .connection()
        .execute_batch(
            "DROP TABLE tracing_profiles; DROP TABLE sync_dirty; DROP TABLE sync_erased; DROP TABLE hq_figures; PRAGMA user_version = 1;",
        )
        .expect("downgrade");
    drop(store);
    let mut store = reopen(&path);
    let found = store.tracing_candidates(&mother, &sought, 10).expect("trace");
    assert_eq!(found.first().map(|c| c.case_id.as_str()), Some(son.as_str()));
    // Layout 3: every case from before is queued for its first sync.
    assert_eq!(store.unacknowledged(10).expect("pending").len(), 2);
}
