//! The device's side of sync bookkeeping: what is packed for HQ and what an acknowledgement
//! settles. (Whole syncs with a real HQ are in `tests/scenarios`.)

use automerge::ReadDoc;
use waypoint_model::{CaseId, NameKind};
use waypoint_store::{Store, Unacknowledged};

use crate::{name, new_store};

fn note(store: &mut Store, id: &CaseId, text: &str) {
    store.edit_case(id, |c| c.registration.names.push(name(text, "Latn", NameKind::Given))).expect("edit");
}

/// The heads HQ would answer with after taking `sent` (a whole document).
fn heads_of(sent: &Unacknowledged) -> Vec<[u8; 32]> {
    let doc = automerge::Automerge::load(&sent.changes[0].bytes).expect("a whole document");
    assert!(doc.get_heads().len() == 1 && doc.length(automerge::ROOT) > 0);
    doc.get_heads().iter().map(|h| h.0).collect()
}

#[test]
fn an_acknowledged_batch_leaves_nothing_to_send() {
    let (_dir, _path, mut store) = new_store();
    let a = store.create_case(|_| {}).expect("create");
    let _b = store.create_case(|_| {}).expect("create");
    note(&mut store, &a, "first");
    let sent = store.next_to_send(10, usize::MAX, &[]).expect("pack");
    assert_eq!(sent.len(), 2);
    let acks: Vec<_> = sent.iter().map(|s| (s.case_id.clone(), heads_of(s))).collect();
    store.acknowledge_many(&acks).expect("acknowledge");
    assert!(store.unacknowledged(10).expect("pending").is_empty());
}

#[test]
fn an_edit_between_packing_and_acknowledgement_is_still_sent() {
    let (_dir, _path, mut store) = new_store();
    let id = store.create_case(|_| {}).expect("create");
    let sent = store.next_to_send(10, usize::MAX, &[]).expect("pack");
    let heads = heads_of(&sent[0]);
    // The person keeps working while the request is on its way.
    note(&mut store, &id, "written during the sync");
    store.acknowledge_many(&[(id.clone(), heads)]).expect("acknowledge");
    let pending = store.unacknowledged(10).expect("pending");
    assert_eq!(pending.len(), 1, "the new change still goes to HQ");
    assert_eq!(pending[0].changes.len(), 1, "only the change HQ lacks");
}

#[test]
fn a_batch_stops_at_its_byte_budget_and_skips_what_it_is_told_to() {
    let (_dir, _path, mut store) = new_store();
    let ids: Vec<CaseId> = (0..5).map(|_| store.create_case(|_| {}).expect("create")).collect();
    let all = store.next_to_send(10, usize::MAX, &[]).expect("pack");
    assert_eq!(all.len(), 5);
    let one = all[0].changes[0].bytes.len();
    let two = store.next_to_send(10, 2 * one + 60, &[]).expect("pack");
    assert_eq!(two.len(), 2, "as many as fit");
    assert_eq!(store.next_to_send(10, 1, &[]).expect("pack").len(), 1, "never empty");
    let skipped = store.next_to_send(10, usize::MAX, &ids[..2]).expect("pack");
    assert_eq!(skipped.len(), 3);
    assert!(skipped.iter().all(|s| !ids[..2].contains(&s.case_id)));
}
