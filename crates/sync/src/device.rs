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

/// What a device's store offers to sync. The store implements it; tests may use a simpler one.
pub trait Replica {
    /// Why a store operation failed.
    type Error;
    /// Up to `max_cases` cases with changes HQ has not acknowledged.
    fn unacknowledged(&mut self, max_cases: usize) -> Result<Vec<Pending>, Self::Error>;
    /// The next batch to send: cases with changes HQ has not acknowledged, leaving out those in
    /// `skip`, at most `max_cases` of them and as many as fit `max_bytes` (see [`fitting`]).
    /// A store overrides it to stop reading once the batch is full, instead of packing cases
    /// only to drop them.
    fn next_batch(
        &mut self,
        max_cases: usize,
        max_bytes: usize,
        skip: &[CaseKey],
    ) -> Result<Vec<Pending>, Self::Error> {
        let mut pending = self.unacknowledged(max_cases + skip.len())?;
        pending.retain(|p| !skip.contains(&p.case));
        pending.truncate(max_cases);
        pending.truncate(fitting(&pending, max_bytes));
        Ok(pending)
    }
    /// HQ holds these heads of a case.
    fn acknowledge(&mut self, heads: &DocHeads) -> Result<(), Self::Error>;
    /// HQ holds these heads of these cases (one reply's worth). A store overrides it to record
    /// them all in one transaction.
    fn acknowledge_all(&mut self, heads: &[DocHeads]) -> Result<(), Self::Error> {
        heads.iter().try_for_each(|h| self.acknowledge(h))
    }
    /// Applies changes from HQ.
    fn apply(&mut self, doc: &DocChanges) -> Result<(), Self::Error>;
    /// Deletes a case on HQ's order.
    fn erase(&mut self, case: &CaseKey) -> Result<(), Self::Error>;
    /// HQ refused a case's changes.
    fn rejected(&mut self, rejected: &Rejected) -> Result<(), Self::Error>;
    /// The feed position held.
    fn cursor(&self) -> Result<u64, Self::Error>;
    /// Records the feed position.
    fn set_cursor(&mut self, cursor: u64) -> Result<(), Self::Error>;
    /// Erasures done but not yet confirmed to HQ.
    fn unconfirmed_erasures(&self) -> Result<Vec<CaseKey>, Self::Error>;
    /// HQ received the confirmation of these erasures.
    fn erasures_confirmed(&mut self, cases: &[CaseKey]) -> Result<(), Self::Error>;
    /// Deletes every case (the device was revoked).
    fn wipe(&mut self) -> Result<(), Self::Error>;
}

/// How a sync ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything sent and received.
    Done {
        /// Rounds it took.
        rounds: usize,
    },
    /// HQ refused; nothing was lost, try again later.
    Refused(RefusalCode),
    /// The device was revoked and has been wiped.
    Wiped,
}

/// Why a sync stopped early.
#[derive(Debug, thiserror::Error)]
pub enum SyncError<S, T> {
    /// The store failed.
    #[error("store: {0}")]
    Store(S),
    /// The link failed (the next sync resumes).
    #[error("link: {0}")]
    Transport(T),
    /// HQ's answer was unreadable.
    #[error(transparent)]
    Answer(#[from] AnswerError),
    /// HQ kept asking for more rounds than any sync needs.
    #[error("too many rounds")]
    TooManyRounds,
}

/// Most cases sent in one round (each round is also bounded in bytes).
const CASES_PER_ROUND: usize = 500;
/// Rounds after which a sync gives up for now (a later sync resumes).
const MAX_ROUNDS: usize = 10_000;

/// Syncs `replica` with HQ through `send` (which carries a request frame and returns the
/// answer frame), round after round until neither side has anything more. `clock` gives the
/// time in ms and `nonce` fresh random bytes.
pub fn sync<R: Replica, T>(
    replica: &mut R,
    key: &SigningKey,
    device: DeviceKey,
    send: impl FnMut(Vec<u8>) -> Result<Vec<u8>, T>,
    clock: impl Fn() -> i64,
    nonce: impl FnMut() -> [u8; 16],
) -> Result<Outcome, SyncError<R::Error, T>> {
    sync_in_batches(replica, key, device, BATCH_BYTES, send, clock, nonce)
}

/// [`sync`] with requests of at most `batch_bytes`: on a slow link, smaller batches lose less
/// when the link is cut.
pub fn sync_in_batches<R: Replica, T>(
    replica: &mut R,
    key: &SigningKey,
    device: DeviceKey,
    batch_bytes: usize,
    mut send: impl FnMut(Vec<u8>) -> Result<Vec<u8>, T>,
    clock: impl Fn() -> i64,
    mut nonce: impl FnMut() -> [u8; 16],
) -> Result<Outcome, SyncError<R::Error, T>> {
    // Cases HQ refused in this sync are not sent again until the next one (they stay on the
    // device, and a later sync, after a person has looked, may succeed).
    let mut refused: Vec<CaseKey> = Vec::new();
    for round in 1..=MAX_ROUNDS {
        let mut pending =
            replica.next_batch(CASES_PER_ROUND, batch_bytes, &refused).map_err(SyncError::Store)?;
        // Whatever the store packed, a request stays within its bounds.
        pending.retain(|p| !refused.contains(&p.case));
        pending.truncate(CASES_PER_ROUND);
        pending.truncate(fitting(&pending, batch_bytes));
        let sent_pending = !pending.is_empty();
        let erased = replica.unconfirmed_erasures().map_err(SyncError::Store)?;
        let cursor = replica.cursor().map_err(SyncError::Store)?;
        let frame = request(key, Round { device, cursor, pending, erased: erased.clone() }, nonce(), clock());
        let answer = send(frame).map_err(SyncError::Transport)?;
        let mut again = false;
        // Acknowledgements come together in a reply: recorded together.
        let mut acks = Vec::new();
        for effect in on_answer(&answer)? {
            if let Effect::Acknowledged(heads) = effect {
                acks.push(heads);
                continue;
            }
            if !acks.is_empty() {
                replica.acknowledge_all(&std::mem::take(&mut acks)).map_err(SyncError::Store)?;
            }
            match effect {
                Effect::Apply(doc) => replica.apply(&doc).map_err(SyncError::Store)?,
                Effect::Acknowledged(_) => {}
                Effect::Rejected(r) => {
                    refused.push(r.case);
                    replica.rejected(&r).map_err(SyncError::Store)?;
                }
                Effect::Erase(case) => replica.erase(&case).map_err(SyncError::Store)?,
                Effect::Cursor(c) => {
                    replica.set_cursor(c).map_err(SyncError::Store)?;
                    replica.erasures_confirmed(&erased).map_err(SyncError::Store)?;
                }
                Effect::Again => again = true,
                Effect::Wipe => {
                    replica.wipe().map_err(SyncError::Store)?;
                    return Ok(Outcome::Wiped);
                }
                Effect::Refused(code) => return Ok(Outcome::Refused(code)),
            }
        }
        if !acks.is_empty() {
            replica.acknowledge_all(&acks).map_err(SyncError::Store)?;
        }
        let more_erasures = !replica.unconfirmed_erasures().map_err(SyncError::Store)?.is_empty();
        if !again && !sent_pending && !more_erasures {
            return Ok(Outcome::Done { rounds: round });
        }
    }
    Err(SyncError::TooManyRounds)
}
