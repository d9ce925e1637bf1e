//! A device's side of a sync round: pack the changes HQ has not acknowledged into a bounded,
//! signed request, and turn HQ's answer into effects on the local store.
//!
//! A round never depends on the previous one having arrived: a request that is lost is sent
//! again with its changes (applying a change twice is a no-op), and heads are marked
//! acknowledged only when HQ's reply says so.

use crate::signing::SigningKey;
use crate::wire::{
    self, CaseKey, Change, DeviceKey, DocChanges, DocHeads, Message, Push, RefusalCode, Rejected, Signed,
};

/// Largest request body a device assembles (uncompressed): a cut link loses at most this.
pub const BATCH_BYTES: usize = 256 * 1024;

/// The changes of one case that HQ has not acknowledged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    /// The case.
    pub case: CaseKey,
    /// Its changes after the heads HQ acknowledged.
    pub changes: Vec<Change>,
}

/// Size a case's changes add to a request.
fn weight(p: &Pending) -> usize {
    17 + p.changes.iter().map(|c| c.bytes.len() + c.user.len() + 8).sum::<usize>()
}

/// How many of `pending` (in order) fit one request of at most `limit` bytes; at least one,
/// so that a case larger than the limit still goes (alone).
pub fn fitting(pending: &[Pending], limit: usize) -> usize {
    let mut size = 0;
    for (i, p) in pending.iter().enumerate() {
        size += weight(p);
        if size > limit && i > 0 {
            return i;
        }
    }
    pending.len()
}

/// What a device asks in one round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// This device.
    pub device: DeviceKey,
    /// Feed position up to which it holds everything.
    pub cursor: u64,
    /// Changes to send (already cut to one batch, see [`fitting`]).
    pub pending: Vec<Pending>,
    /// Cases deleted on HQ's order since the last round.
    pub erased: Vec<CaseKey>,
}

/// The signed request frame for `round`, made at `now` (ms) with a fresh `nonce`.
pub fn request(key: &SigningKey, round: Round, nonce: [u8; 16], now: i64) -> Vec<u8> {
    let push = Push {
        device: round.device,
        nonce,
        sent_at: now,
        cursor: round.cursor,
        docs: round.pending.into_iter().map(|p| DocChanges { case: p.case, changes: p.changes }).collect(),
        erased: round.erased,
    };
    let payload = wire::encode(&Message::Push(push));
    let signature = key.sign(&payload);
    wire::encode(&Message::Signed(Signed { payload, signature }))
}

/// What the device does with HQ's answer, in this order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// HQ holds these heads of a case: record those the device holds as acknowledged.
    Acknowledged(DocHeads),
    /// HQ did not take a case's changes.
    Rejected(Rejected),
    /// Apply changes from HQ.
    Apply(DocChanges),
    /// Delete a case, every byte, and confirm in the next round.
    Erase(CaseKey),
    /// Record the new feed position (after the changes are applied and durable).
    Cursor(u64),
    /// HQ has more: run another round now.
    Again,
    /// This device was revoked: wipe all case data.
    Wipe,
    /// HQ refused the request; nothing changed there. Retry later unless it is permanent.
    Refused(RefusalCode),
}

/// Why an answer could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    /// The bytes are not a valid message.
    #[error("headquarters' answer cannot be read: {0}")]
    Decode(#[from] wire::DecodeError),
    /// A message a device never expects.
    #[error("headquarters answered with an unexpected message")]
    Unexpected,
}

/// The effects of HQ's answer `frame`.
pub fn on_answer(frame: &[u8]) -> Result<Vec<Effect>, AnswerError> {
    match wire::decode(frame)? {
        Message::Reply(reply) => {
            // Changes first: HQ's acknowledged heads may include other devices' changes that
            // arrive in the same reply, and a device can only record heads it holds.
            let mut effects: Vec<Effect> = Vec::new();
            effects.extend(reply.docs.into_iter().map(Effect::Apply));
            effects.extend(reply.acks.into_iter().map(Effect::Acknowledged));
            effects.extend(reply.rejected.into_iter().map(Effect::Rejected));
            effects.extend(reply.erase.into_iter().map(Effect::Erase));
            effects.push(Effect::Cursor(reply.cursor));
            if reply.more {
                effects.push(Effect::Again);
            }
            Ok(effects)
        }
        Message::Refusal(r) if r.code == RefusalCode::Revoked => Ok(vec![Effect::Wipe]),
        Message::Refusal(r) => Ok(vec![Effect::Refused(r.code)]),
        _ => Err(AnswerError::Unexpected),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(case: u8, size: usize) -> Pending {
        Pending {
            case: CaseKey([case; 16]),
            changes: vec![Change { user: "u".into(), bytes: vec![0; size] }],
        }
    }

    #[test]
    fn batches_are_bounded_but_never_empty() {
        let list = vec![pending(1, 100_000), pending(2, 100_000), pending(3, 100_000)];
        assert_eq!(fitting(&list, BATCH_BYTES), 2);
        assert_eq!(fitting(&list[2..], BATCH_BYTES), 1);
        let huge = vec![pending(1, 1_000_000), pending(2, 10)];
        assert_eq!(fitting(&huge, BATCH_BYTES), 1, "an oversized case goes alone");
        assert_eq!(fitting(&[], BATCH_BYTES), 0);
    }

    #[test]
    fn a_revocation_means_wipe_and_garbage_is_an_error() {
        let frame = wire::encode(&Message::Refusal(wire::Refusal {
            code: RefusalCode::Revoked,
            detail: String::new(),
        }));
        assert_eq!(on_answer(&frame), Ok(vec![Effect::Wipe]));
        assert!(matches!(on_answer(b"garbage"), Err(AnswerError::Decode(_))));
    }
}
