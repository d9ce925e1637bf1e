//! The anonymous records of cases that may not go to HQ (no consent to share them): one row per
//! case in `hq_figures`, with a random id made here, the record HQ should hold (`record`, `NULL`
//! when HQ should hold none) and the record HQ was last known to take (`sent`). The projection
//! of every commit keeps `record` in step with the case; a sync sends the rows where the two
//! differ, and an answer to that request makes them equal.
//!
//! The case id never leaves the device with a record: HQ sees only the random id.

use rusqlite::{Connection, OptionalExtension, params};
use waypoint_case::figures::AnonymousRecord;
use waypoint_model::CaseId;

use crate::StoreError;

/// One anonymous record to send, or its retraction (`record: None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutgoingFigure {
    /// The record's random id.
    pub id: [u8; 16],
    /// The record HQ should hold, or `None` to remove it.
    pub record: Option<AnonymousRecord>,
}

/// The `sync_peers` row of a case once packed for HQ: HQ may hold it from then on, whatever
/// came back (a reply can be lost after HQ stored the case).
pub(crate) const HQ_OFFERED: &str = "hq:offered";

/// Most records one request carries.
const FIGURES_PER_REQUEST: i64 = 20_000;

/// A record as stored: the month (4 bytes, little-endian) and three codes.
fn to_bytes(r: &AnonymousRecord) -> Vec<u8> {
    let mut out = r.month.to_le_bytes().to_vec();
    out.extend([r.age_band, r.sex, r.risk]);
    out
}

fn from_bytes(b: &[u8]) -> Result<AnonymousRecord, StoreError> {
    match b {
        [m0, m1, m2, m3, age_band, sex, risk] => {
            AnonymousRecord::from_codes(u32::from_le_bytes([*m0, *m1, *m2, *m3]), *age_band, *sex, *risk)
                .ok_or(StoreError::Corrupt)
        }
        _ => Err(StoreError::Corrupt),
    }
}

/// Keeps the case's record in step with its projection (inside the caller's transaction):
/// `Some` while the case may not go to HQ, `None` once it may (the record is then retracted).
pub(crate) fn keep(
    conn: &Connection,
    case_id: &str,
    record: Option<&AnonymousRecord>,
) -> Result<(), StoreError> {
    match record {
        Some(r) => {
            // The id is random (SQLite's generator, seeded by the system): it links to nothing.
            conn.prepare_cached(
                "INSERT INTO hq_figures (case_id, figure_id, record) VALUES (?1, randomblob(16), ?2)
                 ON CONFLICT (case_id) DO UPDATE SET record = excluded.record",
            )?
            .execute(params![case_id, to_bytes(r)])?;
            Ok(())
        }
        None => retract(conn, case_id),
    }
}

/// The case is no longer counted from here (it may go to HQ itself, or it was erased): HQ is
/// told to drop its record, or the row goes if HQ never had one.
pub(crate) fn retract(conn: &Connection, case_id: &str) -> Result<(), StoreError> {
    conn.prepare_cached("UPDATE hq_figures SET record = NULL WHERE case_id = ?1")?.execute([case_id])?;
    conn.prepare_cached("DELETE FROM hq_figures WHERE case_id = ?1 AND sent IS NULL")?.execute([case_id])?;
    Ok(())
}

/// Records HQ should hold differently from what it took. A record goes only once HQ holds no
/// copy of its case (a case HQ still holds is erased there first, by its withdrawal), so that
/// no case is counted twice; a retraction goes at once.
pub(crate) fn outgoing(conn: &Connection) -> Result<Vec<OutgoingFigure>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT figure_id, record FROM hq_figures
         WHERE record IS NOT sent
           AND (record IS NULL OR case_id NOT IN (SELECT case_id FROM sync_peers WHERE peer IN ('hq', 'hq:offered')))
         ORDER BY figure_id LIMIT ?1",
    )?;
    let rows = stmt.query_map([FIGURES_PER_REQUEST], |r| {
        Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Option<Vec<u8>>>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, record) = row?;
        let id: [u8; 16] = id.try_into().map_err(|_| StoreError::Corrupt)?;
        out.push(OutgoingFigure { id, record: record.as_deref().map(from_bytes).transpose()? });
    }
    Ok(out)
}

/// HQ answered a request that carried `figures`: it holds each as sent, unless the case changed
/// since (then the newer record goes next time). A retraction HQ took leaves no row.
pub(crate) fn delivered(conn: &Connection, figures: &[OutgoingFigure]) -> Result<(), StoreError> {
    for f in figures {
        let record = f.record.as_ref().map(to_bytes);
        conn.prepare_cached("UPDATE hq_figures SET sent = record WHERE figure_id = ?1 AND record IS ?2")?
            .execute(params![f.id.as_slice(), record])?;
        conn.prepare_cached(
            "DELETE FROM hq_figures WHERE figure_id = ?1 AND record IS NULL AND sent IS NULL",
        )?
        .execute([f.id.as_slice()])?;
    }
    Ok(())
}

/// Of the cases an answer acknowledged (`acked`) or would not take (`not_taken`), those that
/// may not go to HQ: HQ erased its copy on their withdrawal (an acknowledged case, once HQ has
/// every change of it), so this device forgets that HQ held them, sends them no more, and counts
/// them by their anonymous record from now on.
pub(crate) fn forget_withdrawn<'a>(
    conn: &Connection,
    acked: impl Iterator<Item = &'a CaseId>,
    not_taken: &[CaseId],
) -> Result<(), StoreError> {
    let withheld = |id: &CaseId| -> Result<bool, StoreError> {
        Ok(conn
            .prepare_cached("SELECT 1 FROM hq_figures WHERE case_id = ?1 AND record IS NOT NULL")?
            .query_row([id.as_str()], |_| Ok(()))
            .optional()?
            .is_some())
    };
    let forget = |id: &CaseId| -> Result<(), StoreError> {
        conn.prepare_cached(
            "DELETE FROM sync_peers WHERE case_id = ?1 AND peer IN ('hq', 'hq:sending', 'hq:offered')",
        )?
        .execute([id.as_str()])?;
        conn.prepare_cached("DELETE FROM sync_dirty WHERE case_id = ?1")?.execute([id.as_str()])?;
        Ok(())
    };
    for id in acked {
        let settled = conn
            .prepare_cached("SELECT 1 FROM sync_dirty WHERE case_id = ?1")?
            .query_row([id.as_str()], |_| Ok(()))
            .optional()?
            .is_none();
        if settled && withheld(id)? {
            forget(id)?;
        }
    }
    for id in not_taken {
        if withheld(id)? {
            forget(id)?;
        }
    }
    Ok(())
}

/// Which cases of `sync_dirty` go to HQ (an SQL condition on `case_id`): those that may, and
/// those HQ holds or may hold (their withdrawal must reach it).
pub(crate) const SENDABLE: &str = "(case_id NOT IN (SELECT case_id FROM hq_figures WHERE record IS NOT NULL)
     OR case_id IN (SELECT case_id FROM sync_peers WHERE peer IN ('hq', 'hq:offered')))";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_round_trips_and_damage_is_refused() {
        let r = AnonymousRecord::from_codes(24_311, 4, 1, 2).expect("known codes");
        assert_eq!(from_bytes(&to_bytes(&r)).ok(), Some(r));
        assert!(from_bytes(&[1, 2, 3]).is_err());
        assert!(from_bytes(&[0, 0, 0, 0, 99, 0, 0]).is_err());
    }
}
