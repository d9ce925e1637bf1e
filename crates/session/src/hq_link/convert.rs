//! Between the protocol's words and the store's: the one place where a case is a `CaseKey` on
//! one side and a `CaseId` on the other, and where HQ's answer becomes what the store applies.

use waypoint_case::figures::AnonymousRecord;
use waypoint_model::CaseId;
use waypoint_store::{
    AppliedFromHq, FromHq, OutgoingChange, OutgoingFigure, PackLimits, Store, StoreError, Workers,
};
use waypoint_sync::device::{self, Effects, Pending, Snapshot, Want};
use waypoint_sync::wire::{CaseKey, Change, DocRejection, Figure, FigureRecord};

/// The 16 bytes of a case id (a UUID), as the wire carries it; `None` for an id that was never
/// a UUID (only a damaged record has one).
fn case_key(id: &CaseId) -> Option<CaseKey> {
    id.uuid_bytes().map(CaseKey)
}

/// The case id of a wire case key.
fn case_id(key: &CaseKey) -> CaseId {
    CaseId::from_uuid_bytes(key.0)
}

/// The protocol's key of a case, or a warning (ids only) and `None`: such a case cannot be
/// synced and is left out rather than stopping every sync.
fn wire_key(id: &CaseId) -> Option<CaseKey> {
    let key = case_key(id);
    if key.is_none() {
        tracing::warn!(case = %id, "a case id that is not a UUID cannot be synced");
    }
    key
}

/// What a case's changes add to a request, as the protocol counts it.
fn weigh(changes: &[OutgoingChange]) -> usize {
    device::weight(changes.iter().map(|c| (c.user.as_str(), c.bytes.as_slice())))
}

/// The store's state as the machine wants it for its next request.
pub(super) fn read_snapshot(
    store: &mut Store,
    want: &Want<'_>,
    workers: Workers,
) -> Result<Snapshot, StoreError> {
    let limits = PackLimits {
        max_cases: want.max_cases,
        max_bytes: want.max_bytes,
        skip: want.skip.iter().map(case_id).collect(),
        weigh,
        workers,
    };
    let snapshot = store.hq_snapshot(&limits)?;
    let pending = snapshot
        .pending
        .into_iter()
        .filter_map(|u| {
            let case = wire_key(&u.case_id)?;
            let changes = u.changes.into_iter().map(|c| Change { user: c.user, bytes: c.bytes }).collect();
            Some(Pending { case, changes })
        })
        .collect();
    let erasures = snapshot.erasures.iter().filter_map(wire_key).collect();
    let figures = snapshot.figures.iter().map(wire_figure).collect();
    Ok(Snapshot { cursor: snapshot.cursor, pending, erasures, figures })
}

/// An anonymous record as the wire carries it.
fn wire_figure(f: &OutgoingFigure) -> Figure {
    Figure {
        id: f.id,
        record: f.record.map(|r| FigureRecord {
            month: r.month,
            age_band: r.age_band,
            sex: r.sex,
            risk: r.risk,
        }),
    }
}

/// A record this device sent, as the store knows it (the device made it, so its codes are
/// known; one that is not is left out, and goes again).
fn stored_figure(f: &Figure) -> Option<OutgoingFigure> {
    let record = match f.record {
        None => None,
        Some(r) => Some(AnonymousRecord::from_codes(r.month, r.age_band, r.sex, r.risk)?),
    };
    Some(OutgoingFigure { id: f.id, record })
}

/// One answer's effects, applied by the store in one transaction.
pub(super) fn apply_effects(store: &mut Store, effects: &Effects) -> Result<AppliedFromHq, StoreError> {
    for r in &effects.rejected {
        // Kept on the device (nothing is lost) and offered again at the next sync.
        tracing::warn!(case = %case_id(&r.case), reason = ?r.reason, "headquarters did not take a case's changes");
    }
    let batch = FromHq {
        apply: effects
            .apply
            .iter()
            .map(|d| (case_id(&d.case), d.changes.iter().map(|c| c.bytes.clone()).collect()))
            .collect(),
        acknowledged: effects
            .acknowledged
            .iter()
            .map(|a| (case_id(&a.case), a.heads.iter().map(|h| h.0).collect()))
            .collect(),
        confirmed_erasures: effects.confirmed_erasures.iter().map(case_id).collect(),
        delivered_figures: effects.delivered_figures.iter().filter_map(stored_figure).collect(),
        not_taken: effects
            .rejected
            .iter()
            .filter(|r| r.reason == DocRejection::NotPermitted)
            .map(|r| case_id(&r.case))
            .collect(),
        erase: effects.erase.iter().map(case_id).collect(),
        cursor: effects.cursor,
        wipe: effects.wipe,
    };
    store.apply_from_hq(&batch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_id_and_its_wire_key_map_both_ways() {
        let id = CaseId::generate();
        let key = case_key(&id).expect("a UUID");
        assert_eq!(case_id(&key), id);
        assert_eq!(case_key(&CaseId::new("not-a-uuid")), None);
    }

    #[test]
    fn a_batch_is_weighed_as_the_protocol_cuts_it() {
        let changes = vec![OutgoingChange { user: "amina".into(), bytes: vec![0; 100] }];
        let pending = Pending {
            case: CaseKey([1; 16]),
            changes: vec![Change { user: "amina".into(), bytes: vec![0; 100] }],
        };
        let limit = weigh(&changes);
        assert_eq!(device::fitting(&[pending.clone(), pending.clone()], limit), 1);
        assert_eq!(device::fitting(&[pending.clone(), pending], 2 * limit), 2);
    }
}
