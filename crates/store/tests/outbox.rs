//! The device's side of sync bookkeeping: what is packed for HQ, and what one answer from HQ
//! changes, all of it or nothing. (Whole syncs with a real HQ are in `tests/scenarios` and the
//! HQ tests.)

use automerge::{Automerge, ReadDoc};
use waypoint_model::{CaseId, NameKind};
use waypoint_store::{
    FromHq, HqSnapshot, OutgoingChange, PackLimits, Store, StoreError, Unacknowledged, Workers,
};

use crate::{name, new_store, reopen};

fn note(store: &mut Store, id: &CaseId, text: &str) {
    store.edit_case(id, |c| c.registration.names.push(name(text, "Latn", NameKind::Given))).expect("edit");
}

fn weigh(changes: &[OutgoingChange]) -> usize {
    changes.iter().map(|c| c.bytes.len()).sum()
}

fn limits(max_cases: usize, max_bytes: usize, skip: &[CaseId]) -> PackLimits {
    PackLimits { max_cases, max_bytes, skip: skip.to_vec(), weigh, workers: Workers::one() }
}

fn snapshot(store: &mut Store) -> HqSnapshot {
    store.hq_snapshot(&limits(100, usize::MAX, &[])).expect("snapshot")
}

/// The heads HQ would answer with after taking `sent` (a whole document).
fn heads_of(sent: &Unacknowledged) -> Vec<[u8; 32]> {
    let doc = Automerge::load(&sent.changes[0].bytes).expect("a whole document");
    assert!(doc.get_heads().len() == 1 && doc.length(automerge::ROOT) > 0);
    doc.get_heads().iter().map(|h| h.0).collect()
}

fn acknowledged(acks: Vec<(CaseId, Vec<[u8; 32]>)>) -> FromHq {
    FromHq { acknowledged: acks, ..FromHq::default() }
}

/// A case made on `from` and the changes `to` would receive from HQ for it.
fn changes_since(from: &mut Store, id: &CaseId, heads: &[automerge::ChangeHash]) -> Vec<Vec<u8>> {
    let doc = Automerge::load(&from.case_bytes(id).expect("bytes")).expect("load");
    doc.get_changes(heads).into_iter().map(|c| c.raw_bytes().to_vec()).collect()
}

fn heads(store: &mut Store, id: &CaseId) -> Vec<automerge::ChangeHash> {
    let mut h = Automerge::load(&store.case_bytes(id).expect("bytes")).expect("load").get_heads();
    h.sort();
    h
}

#[test]
fn an_acknowledged_batch_leaves_nothing_to_send() {
    let (_dir, _path, mut store) = new_store();
    let a = store.create_case(crate::shared).expect("create");
    let _b = store.create_case(crate::shared).expect("create");
    note(&mut store, &a, "first");
    let sent = snapshot(&mut store).pending;
    assert_eq!(sent.len(), 2);
    let acks: Vec<_> = sent.iter().map(|s| (s.case_id.clone(), heads_of(s))).collect();
    let done = store.apply_from_hq(&acknowledged(acks)).expect("acknowledge");
    assert_eq!(done.cases_acknowledged, 2);
    assert!(store.unacknowledged(10).expect("pending").is_empty());
    assert_eq!(store.pending_sync_cases().expect("count"), 0);
}

#[test]
fn an_edit_between_packing_and_acknowledgement_is_still_sent() {
    let (_dir, _path, mut store) = new_store();
    let id = store.create_case(crate::shared).expect("create");
    let sent = snapshot(&mut store).pending;
    let heads = heads_of(&sent[0]);
    // The person keeps working while the request is on its way.
    note(&mut store, &id, "written during the sync");
    store.apply_from_hq(&acknowledged(vec![(id.clone(), heads)])).expect("acknowledge");
    let pending = store.unacknowledged(10).expect("pending");
    assert_eq!(pending.len(), 1, "the new change still goes to HQ");
    assert_eq!(pending[0].changes.len(), 1, "only the change HQ lacks");
}

#[test]
fn a_batch_stops_at_its_byte_budget_and_skips_what_it_is_told_to() {
    let (_dir, _path, mut store) = new_store();
    let ids: Vec<CaseId> = (0..5).map(|_| store.create_case(crate::shared).expect("create")).collect();
    let all = store.hq_snapshot(&limits(10, usize::MAX, &[])).expect("pack").pending;
    assert_eq!(all.len(), 5);
    let one = weigh(&all[0].changes);
    let two = store.hq_snapshot(&limits(10, 2 * one + one / 2, &[])).expect("pack").pending;
    assert_eq!(two.len(), 2, "as many as fit");
    assert_eq!(store.hq_snapshot(&limits(10, 1, &[])).expect("pack").pending.len(), 1, "never empty");
    assert_eq!(store.hq_snapshot(&limits(3, usize::MAX, &[])).expect("pack").pending.len(), 3);
    let skipped = store.hq_snapshot(&limits(10, usize::MAX, &ids[..2])).expect("pack").pending;
    assert_eq!(skipped.len(), 3);
    assert!(skipped.iter().all(|s| !ids[..2].contains(&s.case_id)));
}

#[test]
fn packing_on_several_threads_gives_the_same_batch() {
    let (_dir, path, mut store) = new_store();
    let ids: Vec<CaseId> = (0..40).map(|_| store.create_case(crate::shared).expect("create")).collect();
    for id in &ids {
        note(&mut store, id, "Hiwet");
    }
    drop(store);
    // Reopened, no case is in memory: each is packed from its stored snapshot and changes.
    let pack = |workers| {
        let mut store = reopen(&path);
        let limits = PackLimits { workers, ..limits(100, usize::MAX, &[]) };
        store.hq_snapshot(&limits).expect("pack").pending
    };
    let alone = pack(Workers::one());
    assert_eq!(alone.len(), 40);
    assert_eq!(pack(Workers::new(4)), alone);
}

#[test]
fn a_case_new_to_the_device_arrives_and_is_not_sent_back() {
    let (_dir, _path, mut hq_side) = new_store();
    let (_dir2, _path2, mut store) = new_store();
    let id = hq_side.create_case(crate::shared).expect("create");
    note(&mut hq_side, &id, "Hiwet");
    let changes = changes_since(&mut hq_side, &id, &[]);
    assert_eq!(changes.len(), 2);
    let answer = FromHq { apply: vec![(id.clone(), changes)], cursor: Some(4), ..FromHq::default() };
    let done = store.apply_from_hq(&answer).expect("apply");
    assert_eq!((done.changes_new, done.cases_received), (2, 1));
    assert_eq!(heads(&mut store, &id), heads(&mut hq_side, &id));
    assert!(snapshot(&mut store).pending.is_empty(), "what came from HQ is not sent back");
    assert_eq!(store.sync_cursor().expect("cursor"), 4);
    // The same answer again (a duplicate) changes nothing.
    let again = store.apply_from_hq(&answer).expect("apply");
    assert_eq!((again.changes_new, again.cases_received), (0, 0));
    let actions: Vec<String> =
        store.audit_entries(10).expect("audit").into_iter().map(|e| e.action).collect();
    assert_eq!(actions.iter().filter(|a| *a == "case.changes_received").count(), 1, "{actions:?}");
}

#[test]
fn changes_from_hq_come_before_the_acknowledgement_that_names_them() {
    let (_dir, _path, mut store) = new_store();
    let (_dir2, _path2, mut other) = new_store();
    let id = store.create_case(crate::shared).expect("create");
    other.receive_case(&store.case_bytes(&id).expect("bytes")).expect("receive");
    let sent = snapshot(&mut store).pending;
    let before = heads(&mut other, &id);
    note(&mut other, &id, "written on another device");
    // HQ merged the other device's change: it acknowledges heads that only exist with it.
    let theirs = changes_since(&mut other, &id, &before);
    let merged: Vec<[u8; 32]> = heads(&mut other, &id).iter().map(|h| h.0).collect();
    assert_ne!(merged, heads_of(&sent[0]));
    let answer = FromHq {
        apply: vec![(id.clone(), theirs)],
        acknowledged: vec![(id.clone(), merged)],
        cursor: Some(2),
        ..FromHq::default()
    };
    store.apply_from_hq(&answer).expect("apply");
    assert_eq!(heads(&mut store, &id), heads(&mut other, &id));
    assert!(snapshot(&mut store).pending.is_empty(), "HQ holds everything this device holds");
}

#[test]
fn an_erasure_is_done_kept_to_confirm_and_forgotten_once_confirmed() {
    let (_dir, _path, mut store) = new_store();
    let keep = store.create_case(crate::shared).expect("create");
    let gone = store
        .create_case(|c| {
            crate::shared(c);
            c.registration.names.push(name("Hiwet", "Latn", NameKind::Given));
        })
        .expect("create");
    let done =
        store.apply_from_hq(&FromHq { erase: vec![gone.clone()], ..FromHq::default() }).expect("erase");
    assert_eq!(done.erased, 1);
    assert!(matches!(store.case(&gone), Err(StoreError::CaseNotFound { .. })));
    assert!(store.search("Hiwet", 10).expect("search").is_empty(), "no trace in search");
    assert!(store.case(&keep).is_ok());
    let s = snapshot(&mut store);
    assert_eq!(s.erasures, vec![gone.clone()]);
    assert!(s.pending.iter().all(|p| p.case_id != gone), "nothing of it is sent");
    // The confirmation reached HQ, and HQ orders the erasure again in the same answer (it
    // answered another request first): confirmed, then kept to confirm again.
    let again =
        FromHq { confirmed_erasures: vec![gone.clone()], erase: vec![gone.clone()], ..FromHq::default() };
    store.apply_from_hq(&again).expect("apply");
    assert_eq!(snapshot(&mut store).erasures, vec![gone.clone()]);
    store.apply_from_hq(&FromHq { confirmed_erasures: vec![gone], ..FromHq::default() }).expect("apply");
    assert!(snapshot(&mut store).erasures.is_empty());
}

#[test]
fn the_cursor_never_goes_back() {
    let (_dir, _path, mut store) = new_store();
    store.apply_from_hq(&FromHq { cursor: Some(9), ..FromHq::default() }).expect("apply");
    store.apply_from_hq(&FromHq { cursor: Some(4), ..FromHq::default() }).expect("apply");
    assert_eq!(snapshot(&mut store).cursor, 9);
    store.apply_from_hq(&FromHq::default()).expect("apply");
    assert_eq!(snapshot(&mut store).cursor, 9);
}

#[test]
fn a_revocation_deletes_every_case_and_nothing_else_of_the_answer_is_applied() {
    let (_dir, _path, mut store) = new_store();
    for _ in 0..3 {
        store.create_case(crate::shared).expect("create");
    }
    let done =
        store.apply_from_hq(&FromHq { wipe: true, cursor: Some(7), ..FromHq::default() }).expect("wipe");
    assert_eq!(done.erased, 3);
    assert_eq!(store.case_count().expect("count"), 0);
    assert_eq!(store.pending_sync_cases().expect("count"), 0);
    assert_eq!(store.sync_cursor().expect("cursor"), 0);
}

#[test]
fn an_answer_that_fails_halfway_leaves_the_device_as_it_was() {
    let (_dir, path, mut store) = new_store();
    let (_dir2, _path2, mut other) = new_store();
    let edited = store.create_case(crate::shared).expect("create");
    let gone = store.create_case(crate::shared).expect("create");
    other.receive_case(&store.case_bytes(&edited).expect("bytes")).expect("receive");
    let before = heads(&mut other, &edited);
    note(&mut other, &edited, "Tesfay");
    let theirs = changes_since(&mut other, &edited, &before);
    let answer = FromHq {
        apply: vec![(edited.clone(), theirs)],
        acknowledged: vec![(edited.clone(), heads(&mut other, &edited).iter().map(|h| h.0).collect())],
        erase: vec![gone.clone()],
        cursor: Some(12),
        ..FromHq::default()
    };
    let pending_before = snapshot(&mut store).pending;
    // The disk refuses the last write of the answer (the erasure to confirm).
    store
        .connection()
        .execute_batch(
            "CREATE TEMP TRIGGER refuse AFTER INSERT ON sync_erased BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
        )
        .expect("trigger");
    let refused = store.apply_from_hq(&answer).expect_err("the disk refused");
    assert!(matches!(refused, StoreError::Sqlite(_)), "{refused:?}");
    assert_eq!(heads(&mut store, &edited), before, "HQ's change is not kept, not even in memory");
    assert!(store.case(&gone).is_ok(), "the case to erase is still here");
    let after = snapshot(&mut store);
    assert_eq!((after.cursor, after.erasures.len()), (0, 0));
    assert_eq!(after.pending, pending_before);
    drop(store);
    let mut store = reopen(&path);
    assert_eq!(heads(&mut store, &edited), before, "nor on disk");
    // Without the fault the same answer applies whole.
    store.apply_from_hq(&answer).expect("apply");
    assert_eq!(heads(&mut store, &edited), heads(&mut other, &edited));
    assert!(store.case(&gone).is_err());
    assert_eq!(snapshot(&mut store).cursor, 12);
}

#[test]
fn a_case_sent_under_another_id_is_refused_and_nothing_is_kept() {
    let (_dir, _path, mut hq_side) = new_store();
    let (_dir2, _path2, mut store) = new_store();
    let id = hq_side.create_case(crate::shared).expect("create");
    let other = CaseId::generate();
    let answer = FromHq {
        apply: vec![(other.clone(), changes_since(&mut hq_side, &id, &[]))],
        cursor: Some(3),
        ..FromHq::default()
    };
    assert!(matches!(store.apply_from_hq(&answer), Err(StoreError::CaseMismatch { .. })));
    assert_eq!(store.case_count().expect("count"), 0);
    assert_eq!(store.sync_cursor().expect("cursor"), 0);
}

fn consent(store: &mut Store, id: &CaseId, decision: waypoint_model::ConsentDecision) {
    let purpose = waypoint_model::ConsentPurpose::SharingWithHq;
    store
        .edit_case(id, |c| c.consent_decided(waypoint_model::EntryId::generate(), purpose, decision))
        .expect("consent");
}

#[test]
fn a_case_without_consent_to_share_stays_here_and_only_its_anonymous_record_goes() {
    let (_dir, path, mut store) = new_store();
    let kept = store
        .create_case(|c| {
            c.registration.names.push(name("Hiwet", "Latn", NameKind::Given));
            c.registration.sex = Some(waypoint_model::Sex::Female);
        })
        .expect("create");
    let snap = snapshot(&mut store);
    assert!(snap.pending.is_empty(), "the case itself does not go");
    assert_eq!(store.pending_sync_cases().expect("count"), 0, "and is not waiting to go");
    assert_eq!(snap.figures.len(), 1);
    let record = snap.figures[0].record.expect("a record, not a retraction");
    assert_eq!(record.sex_label(), "female");
    // HQ took it: it is not sent again, until the case changes what HQ counts.
    store
        .apply_from_hq(&FromHq { delivered_figures: snap.figures.clone(), ..FromHq::default() })
        .expect("apply");
    assert!(snapshot(&mut store).figures.is_empty());
    note(&mut store, &kept, "another name: nothing HQ counts");
    assert!(snapshot(&mut store).figures.is_empty());
    store.edit_case(&kept, |c| c.registration.sex = Some(waypoint_model::Sex::Male)).expect("edit");
    let again = snapshot(&mut store).figures;
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].id, snap.figures[0].id, "the same record, changed");
    // Consent given: the case goes whole, and its record is retracted.
    consent(&mut store, &kept, waypoint_model::ConsentDecision::Given);
    let snap = snapshot(&mut store);
    assert_eq!(snap.pending.len(), 1);
    assert_eq!(snap.figures.len(), 1);
    assert_eq!((snap.figures[0].id, snap.figures[0].record), (again[0].id, None));
    store.apply_from_hq(&FromHq { delivered_figures: snap.figures, ..FromHq::default() }).expect("apply");
    drop(store);
    let mut store = reopen(&path);
    assert!(snapshot(&mut store).figures.is_empty(), "nothing of the record is left to send");
}

#[test]
fn a_withdrawal_reaches_hq_then_the_case_stays_here_and_is_counted_anonymously() {
    let (_dir, _path, mut store) = new_store();
    let id = store.create_case(crate::shared).expect("create");
    let sent = snapshot(&mut store).pending;
    store.apply_from_hq(&acknowledged(vec![(id.clone(), heads_of(&sent[0]))])).expect("acknowledge");
    consent(&mut store, &id, waypoint_model::ConsentDecision::Withdrawn);
    let snap = snapshot(&mut store);
    assert_eq!(snap.pending.len(), 1, "HQ holds the case: the withdrawal must reach it");
    assert!(snap.figures.is_empty(), "not counted twice while HQ still holds it");
    let acked: Vec<[u8; 32]> = heads(&mut store, &id).iter().map(|h| h.0).collect();
    store.apply_from_hq(&acknowledged(vec![(id.clone(), acked)])).expect("acknowledge");
    // HQ erased its copy: the case is sent no more, and its anonymous record goes instead.
    note(&mut store, &id, "written after the withdrawal");
    let snap = snapshot(&mut store);
    assert!(snap.pending.is_empty(), "later edits stay here");
    assert_eq!(snap.figures.len(), 1);
    assert_eq!(store.pending_sync_cases().expect("count"), 0);
    assert!(store.case_bytes(&id).is_ok(), "the case itself stays on this device");
}

#[test]
fn a_withdrawn_case_hq_would_not_take_is_sent_no_more() {
    let (_dir, _path, mut store) = new_store();
    let id = store.create_case(crate::shared).expect("create");
    let sent = snapshot(&mut store).pending;
    store.apply_from_hq(&acknowledged(vec![(id.clone(), heads_of(&sent[0]))])).expect("acknowledge");
    consent(&mut store, &id, waypoint_model::ConsentDecision::Withdrawn);
    // HQ erased it on a withdrawal this device sent with an answer that was lost.
    store.apply_from_hq(&FromHq { not_taken: vec![id.clone()], ..FromHq::default() }).expect("apply");
    assert!(snapshot(&mut store).pending.is_empty());
    assert_eq!(snapshot(&mut store).figures.len(), 1);
}

#[test]
fn a_withdrawal_after_a_lost_answer_still_goes_to_hq() {
    // A regression: HQ stored the case but its answer was lost; the withdrawal recorded next
    // stayed on the device (nothing said HQ held the case) while its anonymous record went, so
    // HQ kept the person's case and counted them twice.
    let (_dir, _path, mut store) = new_store();
    let id = store.create_case(crate::shared).expect("create");
    assert_eq!(snapshot(&mut store).pending.len(), 1, "sent; the answer never comes");
    consent(&mut store, &id, waypoint_model::ConsentDecision::Withdrawn);
    let snap = snapshot(&mut store);
    assert_eq!(snap.pending.len(), 1, "the withdrawal goes to HQ, which may hold the case");
    assert!(snap.figures.is_empty(), "and nothing is counted twice meanwhile");
    assert_eq!(store.pending_sync_cases().expect("count"), 1);
    // HQ never had it after all (the request itself was lost): HQ will not take it now.
    store.apply_from_hq(&FromHq { not_taken: vec![id.clone()], ..FromHq::default() }).expect("apply");
    assert!(snapshot(&mut store).pending.is_empty());
    assert_eq!(snapshot(&mut store).figures.len(), 1, "counted anonymously from now on");
}
