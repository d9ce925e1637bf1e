//! A device's side of sync: [`DeviceSync`], one sync run as a state machine without IO. The
//! driver gives it snapshots of the store and HQ's answers; it gives back signed, bounded
//! requests to carry and [`Effects`] for the store to apply.
//!
//! A request never depends on the previous one having arrived: a request that is lost is sent
//! again with its changes (applying a change twice is a no-op), heads are marked acknowledged
//! only when HQ's reply says so, and an answer is used only if it answers the request in
//! flight. [`request`], [`fitting`] and [`weight`] are the building blocks, public for tools
//! that forge requests (benchmarks, hostile-request tests).

use crate::signing::{SigningKey, VerifyingKey, answer_bytes, verify};
use crate::wire::{
    self, CaseKey, Change, DeviceKey, DocChanges, DocHeads, DocRejection, Figure, Message, Push, RefusalCode,
    Rejected, Signed,
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

/// Size a case's changes, each as (user, bytes), add to a request, as [`fitting`] counts it: a
/// store that stops packing once a batch is full measures with this.
pub fn weight<'a>(changes: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> usize {
    17 + changes.into_iter().map(|(user, bytes)| bytes.len() + user.len() + 8).sum::<usize>()
}

/// How many of `pending` (in order) fit one request of at most `limit` bytes; at least one,
/// so that a case larger than the limit still goes (alone).
pub fn fitting(pending: &[Pending], limit: usize) -> usize {
    let mut size = 0;
    for (i, p) in pending.iter().enumerate() {
        size += weight(p.changes.iter().map(|c| (c.user.as_str(), c.bytes.as_slice())));
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
    /// Anonymous records of cases HQ may not hold, new or changed since HQ last took them.
    pub figures: Vec<Figure>,
}

/// The signed request frame for `round`, made at `now` (ms) with a fresh `nonce`.
pub fn request(key: &SigningKey, round: Round, nonce: [u8; 16], now: i64) -> Vec<u8> {
    let device = round.device;
    let push = Push {
        device,
        nonce,
        sent_at: now,
        cursor: round.cursor,
        docs: round.pending.into_iter().map(|p| DocChanges { case: p.case, changes: p.changes }).collect(),
        erased: round.erased,
        figures: round.figures,
    };
    let payload = wire::encode(&Message::Push(push));
    let signature = key.sign(&payload);
    wire::encode(&Message::Signed(Signed { device, payload, signature }))
}

// ---- the state machine of one sync run ----

/// Most cases sent in one request (each request is also bounded in bytes).
pub const CASES_PER_ROUND: usize = 500;
/// Requests after which a run gives up for now (a later run resumes).
pub const MAX_ROUNDS: usize = 10_000;

/// Bounds of one sync run. The app's are the defaults; a slow link may ask for smaller
/// batches, and a simulation may let a lost request be retried within the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most cases in one request.
    pub max_cases: usize,
    /// Most bytes of changes in one request (a single larger case still goes, alone).
    pub max_bytes: usize,
    /// Most requests in one run.
    pub max_rounds: usize,
    /// Lost requests in a row that the run sends again before it ends as unreachable. The
    /// app uses none: it ends the run and its background loop backs off.
    pub retries: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self { max_cases: CASES_PER_ROUND, max_bytes: BATCH_BYTES, max_rounds: MAX_ROUNDS, retries: 0 }
    }
}

/// What the driver reads from the store for the next request: at most `max_cases` cases,
/// about `max_bytes` of changes, none of the cases in `skip` (HQ refused them in this run).
/// The machine cuts the batch to these bounds again whatever the store returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Want<'a> {
    /// Most cases.
    pub max_cases: usize,
    /// About this many bytes of changes (see [`fitting`]).
    pub max_bytes: usize,
    /// Cases to leave out.
    pub skip: &'a [CaseKey],
}

/// The device's sync state as its store holds it when the next request is made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// Feed position up to which the device holds everything.
    pub cursor: u64,
    /// Changes HQ has not acknowledged, bounded by [`Want`].
    pub pending: Vec<Pending>,
    /// Cases erased on HQ's order whose erasure HQ has not yet confirmed receiving.
    pub erasures: Vec<CaseKey>,
    /// Anonymous records HQ has not taken yet (at most [`wire::MAX_FIGURES`] go at once).
    pub figures: Vec<Figure>,
}

/// Which request an answer belongs to: the request's nonce, so ids never repeat across runs
/// and an answer to an earlier run's request is never taken for the current one.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RequestId([u8; 16]);

impl std::fmt::Debug for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RequestId(")?;
        for b in &self.0[..4] {
            write!(f, "{b:02x}")?;
        }
        write!(f, "…)")
    }
}

/// A request for the driver to carry to HQ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Pass it back with the answer ([`DeviceSync::on_answer`]) or the loss ([`DeviceSync::on_lost`]).
    pub id: RequestId,
    /// The signed frame.
    pub frame: Vec<u8>,
    /// Cases whose changes it carries (progress shown to the person).
    pub cases: usize,
    /// Erasures it confirms.
    pub erasures: usize,
}

/// What the driver does next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Carry this request to HQ.
    Send(Request),
    /// The run is over.
    Finished(Outcome),
}

/// How a sync run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Everything sent and received.
    Done {
        /// Requests it took.
        rounds: usize,
    },
    /// HQ refused; nothing was lost, try again later (or, for some codes, fix something first).
    Refused(RefusalCode),
    /// The device was revoked: every case is to be deleted (the last effects said so).
    Wiped,
    /// Requests went unanswered more often than [`Limits::retries`] allows; the next run
    /// resumes.
    Unreachable {
        /// Lost requests in a row.
        failures: u32,
    },
    /// HQ's answer could not be read; nothing of it was applied.
    Unreadable(AnswerError),
    /// HQ kept asking for more rounds than any sync needs.
    TooManyRounds,
}

/// What the store does with one answer, all of it in one transaction and in this order:
/// `wipe` (then nothing else); `apply`; `acknowledged`; `confirmed_erasures`; `erase`;
/// `cursor`. Changes come before acknowledgements because HQ's acknowledged heads may include
/// other devices' changes that arrive in the same answer, and a device records only heads it
/// holds. Confirmations come before erasures, so that an erasure HQ orders again is kept to be
/// confirmed again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Effects {
    /// HQ's changes, dependencies first.
    pub apply: Vec<DocChanges>,
    /// Heads HQ now holds: those the device holds are recorded as acknowledged.
    pub acknowledged: Vec<DocHeads>,
    /// Cases HQ did not take and the device keeps (another site's, or damaged): to report.
    /// They are not sent again in this run.
    pub rejected: Vec<Rejected>,
    /// Erasures the answered request confirmed: HQ has them, forget them.
    pub confirmed_erasures: Vec<CaseKey>,
    /// Anonymous records the answered request carried: HQ has them as sent.
    pub delivered_figures: Vec<Figure>,
    /// Cases to delete, every byte, and to confirm in the next request: HQ's orders, and
    /// cases HQ refused because it erased them.
    pub erase: Vec<CaseKey>,
    /// The feed position the device holds once `apply` is done.
    pub cursor: Option<u64>,
    /// The device was revoked: delete every case, and nothing else.
    pub wipe: bool,
}

/// What an answer means for the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answered {
    /// Apply these effects (one transaction).
    Apply(Effects),
    /// Nothing to apply: an answer to a request that is not the one in flight (a duplicate,
    /// one that came after its request was given up, one of an earlier run), a replayed
    /// request (sent again at the next step), or an answer that ended the run (the next
    /// [`DeviceSync::next_request`] says how).
    Ignored,
}

/// The request in flight.
#[derive(Debug)]
struct InFlight {
    id: RequestId,
    /// The erasures it confirms: forgotten once HQ answers it.
    erasures: Vec<CaseKey>,
    /// The anonymous records it carries: HQ holds them once it answers.
    figures: Vec<Figure>,
}

/// One sync run of a device, without IO: the driver gives it snapshots of the store and HQ's
/// answers, and it gives back requests to send and effects to apply. Time and randomness come
/// in as arguments, so that a simulation drives this very machine deterministically.
///
/// A run sends at least one request (to pull what HQ has), and ends when HQ has nothing more,
/// the device nothing to send and no erasure to confirm; cases HQ refused are left out until
/// the next run. One request is in flight at a time.
#[derive(Debug)]
pub struct DeviceSync {
    device: DeviceKey,
    key: SigningKey,
    /// HQ's key, learnt at enrollment: an answer it did not sign is not acted on.
    hq: VerifyingKey,
    limits: Limits,
    /// Cases HQ refused in this run, sorted: not sent again until the next run (they stay on
    /// the device, and a later run, after a person has looked, may succeed).
    refused: Vec<CaseKey>,
    in_flight: Option<InFlight>,
    /// Requests sent.
    sent: usize,
    /// Replies applied.
    answered: usize,
    /// HQ said it has more.
    again: bool,
    /// Requests lost in a row.
    failures: u32,
    finished: Option<Outcome>,
}

impl DeviceSync {
    /// A new run for `device`, signing with `key`, taking answers signed with `hq`.
    pub fn new(device: DeviceKey, key: SigningKey, hq: VerifyingKey, limits: Limits) -> Self {
        Self {
            device,
            key,
            hq,
            limits,
            refused: Vec::new(),
            in_flight: None,
            sent: 0,
            answered: 0,
            again: false,
            failures: 0,
            finished: None,
        }
    }

    /// What the next snapshot must hold.
    pub fn want(&self) -> Want<'_> {
        Want { max_cases: self.limits.max_cases, max_bytes: self.limits.max_bytes, skip: &self.refused }
    }

    /// The next step, given the store's state now (`snapshot`, taken after the last answer's
    /// effects were applied), the time (ms, for the request's clock check at HQ) and `rng`
    /// (for the request's nonce). A request still in flight is given up as lost.
    pub fn next_request<R: rand_core::RngCore + ?Sized>(
        &mut self,
        snapshot: Snapshot,
        now_ms: i64,
        rng: &mut R,
    ) -> Step {
        if self.in_flight.take().is_some() {
            self.lost();
        }
        if let Some(outcome) = &self.finished {
            return Step::Finished(outcome.clone());
        }
        let Snapshot { cursor, mut pending, erasures, mut figures } = snapshot;
        pending.retain(|p| self.refused.binary_search(&p.case).is_err());
        figures.truncate(wire::MAX_FIGURES);
        if self.answered > 0 && !self.again && pending.is_empty() && erasures.is_empty() && figures.is_empty()
        {
            return self.finish(Outcome::Done { rounds: self.sent });
        }
        if self.sent >= self.limits.max_rounds {
            return self.finish(Outcome::TooManyRounds);
        }
        pending.truncate(self.limits.max_cases);
        pending.truncate(fitting(&pending, self.limits.max_bytes));
        let mut nonce = [0u8; 16];
        rng.fill_bytes(&mut nonce);
        let id = RequestId(nonce);
        let (cases, confirms) = (pending.len(), erasures.len());
        let round = Round {
            device: self.device,
            cursor,
            pending,
            erased: erasures.clone(),
            figures: figures.clone(),
        };
        let frame = request(&self.key, round, nonce, now_ms);
        self.in_flight = Some(InFlight { id, erasures, figures });
        self.sent += 1;
        Step::Send(Request { id, frame, cases, erasures: confirms })
    }

    /// HQ's answer `frame` to request `id`.
    pub fn on_answer(&mut self, id: RequestId, frame: &[u8]) -> Answered {
        if self.finished.is_some() || self.in_flight.as_ref().is_none_or(|f| f.id != id) {
            return Answered::Ignored;
        }
        let Some(sent) = self.in_flight.take() else { return Answered::Ignored };
        let message = match authenticated(&self.hq, &id.0, &self.device, frame) {
            Ok(m) => m,
            Err(e) => {
                self.finished = Some(Outcome::Unreadable(e));
                return Answered::Ignored;
            }
        };
        let reply = match message {
            Message::Reply(reply) => reply,
            Message::Refusal(r) => {
                match r.code {
                    RefusalCode::Revoked => {
                        self.finished = Some(Outcome::Wiped);
                        return Answered::Apply(Effects { wipe: true, ..Effects::default() });
                    }
                    // Nonces are never reused: the network delivered this request twice, and
                    // the first copy's answer went elsewhere. As good as lost.
                    RefusalCode::Replayed => self.lost(),
                    code => self.finished = Some(Outcome::Refused(code)),
                }
                return Answered::Ignored;
            }
            _ => {
                self.finished = Some(Outcome::Unreadable(AnswerError::Unexpected));
                return Answered::Ignored;
            }
        };
        let mut erase = reply.erase;
        let mut rejected = Vec::new();
        for r in reply.rejected {
            if let Err(at) = self.refused.binary_search(&r.case) {
                self.refused.insert(at, r.case);
            }
            match r.reason {
                // HQ erased the case while this device was offline: its late edits go with it.
                DocRejection::Erased => erase.push(r.case),
                DocRejection::NotPermitted | DocRejection::Invalid => rejected.push(r),
            }
        }
        erase.sort_unstable();
        erase.dedup();
        self.again = reply.more;
        self.failures = 0;
        self.answered += 1;
        Answered::Apply(Effects {
            apply: reply.docs,
            acknowledged: reply.acks,
            rejected,
            confirmed_erasures: sent.erasures,
            delivered_figures: sent.figures,
            erase,
            cursor: Some(reply.cursor),
            wipe: false,
        })
    }

    /// Request `id` got no answer (the link failed, or it timed out). Nothing of it is
    /// assumed: what it carried is in the next snapshot again.
    pub fn on_lost(&mut self, id: RequestId) {
        if self.in_flight.as_ref().is_some_and(|f| f.id == id) {
            self.in_flight = None;
            self.lost();
        }
    }

    /// The request in flight, if any.
    pub fn in_flight(&self) -> Option<RequestId> {
        self.in_flight.as_ref().map(|f| f.id)
    }

    /// How the run ended, once it has.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.finished.as_ref()
    }

    fn lost(&mut self) {
        self.failures = self.failures.saturating_add(1);
        if self.failures > self.limits.retries && self.finished.is_none() {
            self.finished = Some(Outcome::Unreachable { failures: self.failures });
        }
    }

    fn finish(&mut self, outcome: Outcome) -> Step {
        self.finished = Some(outcome.clone());
        Step::Finished(outcome)
    }
}

/// The message inside HQ's answer `frame` to the request `nonce` of `device`, once HQ's
/// signature (by `hq`) over it, the nonce and the device holds: anyone on the path could write
/// a reply that says "revoked".
pub fn authenticated(
    hq: &VerifyingKey,
    nonce: &[u8; 16],
    device: &DeviceKey,
    frame: &[u8],
) -> Result<Message, AnswerError> {
    let answer = match wire::decode(frame)? {
        Message::Answer(answer) => answer,
        Message::Reply(_) | Message::Refusal(_) => return Err(AnswerError::Unsigned),
        _ => return Err(AnswerError::Unexpected),
    };
    if !verify(hq, &answer_bytes(nonce, device, &answer.payload), &answer.signature) {
        return Err(AnswerError::Unauthenticated);
    }
    Ok(wire::decode(&answer.payload)?)
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
    /// Not signed at all (HQ failed before it could sign, or someone else wrote it): nothing
    /// of it is acted on.
    #[error("the answer is not signed")]
    Unsigned,
    /// Signed, but not by the HQ this device enrolled with, or not for this request: nothing
    /// of it is acted on.
    #[error("the answer is not signed by headquarters for this request")]
    Unauthenticated,
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    use super::*;
    use crate::wire::{Head, Refusal, Reply};

    const NOW: i64 = 1_800_000_000_000;
    const DEVICE: DeviceKey = DeviceKey([1; 16]);

    fn hq() -> SigningKey {
        SigningKey::generate_with(&mut StdRng::seed_from_u64(7))
    }

    fn machine(limits: Limits) -> DeviceSync {
        DeviceSync::new(
            DEVICE,
            SigningKey::generate_with(&mut StdRng::seed_from_u64(1)),
            hq().verifying_key(),
            limits,
        )
    }

    fn pending(case: u8, size: usize) -> Pending {
        Pending {
            case: CaseKey([case; 16]),
            changes: vec![Change { user: "u".into(), bytes: vec![case; size] }],
        }
    }

    fn snapshot(cursor: u64, pending: Vec<Pending>, erasures: Vec<CaseKey>) -> Snapshot {
        Snapshot { cursor, pending, erasures, figures: Vec::new() }
    }

    /// The request a step sends, or a failure naming what came instead.
    fn sent(step: Step) -> Request {
        match step {
            Step::Send(r) => r,
            Step::Finished(o) => panic!("finished: {o:?}"),
        }
    }

    fn push_of(request: &Request) -> Push {
        let Ok(Message::Signed(signed)) = wire::decode(&request.frame) else { panic!("not signed") };
        let Ok(Message::Push(push)) = wire::decode(&signed.payload) else { panic!("not a push") };
        push
    }

    fn reply(cursor: u64, more: bool) -> Reply {
        Reply { acks: Vec::new(), rejected: Vec::new(), docs: Vec::new(), cursor, more, erase: Vec::new() }
    }

    /// HQ's signed answer to `request`.
    fn frame(request: &Request, reply: Reply) -> Vec<u8> {
        crate::signing::signed_answer(&hq(), &request.id.0, &DEVICE, &Message::Reply(reply))
    }

    fn refusal(request: &Request, code: RefusalCode) -> Vec<u8> {
        crate::signing::signed_answer(
            &hq(),
            &request.id.0,
            &DEVICE,
            &Message::Refusal(Refusal { code, detail: "test".into() }),
        )
    }

    fn applied(answered: Answered) -> Effects {
        match answered {
            Answered::Apply(e) => e,
            Answered::Ignored => panic!("ignored"),
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
    fn a_run_pulls_once_even_with_nothing_to_send_then_finishes() {
        let (mut m, mut rng) = (machine(Limits::default()), StdRng::seed_from_u64(2));
        let r = sent(m.next_request(Snapshot::default(), NOW, &mut rng));
        let push = push_of(&r);
        assert!(push.docs.is_empty() && push.erased.is_empty());
        assert_eq!((push.cursor, push.sent_at, push.device), (0, NOW, DEVICE));
        let e = applied(m.on_answer(r.id, &frame(&r, reply(7, false))));
        assert_eq!(e.cursor, Some(7));
        assert_eq!(
            m.next_request(snapshot(7, Vec::new(), Vec::new()), NOW, &mut rng),
            Step::Finished(Outcome::Done { rounds: 1 })
        );
        assert_eq!(m.outcome(), Some(&Outcome::Done { rounds: 1 }));
    }

    #[test]
    fn what_is_still_pending_after_an_answer_goes_in_the_next_request() {
        let (mut m, mut rng) = (machine(Limits::default()), StdRng::seed_from_u64(2));
        let r = sent(m.next_request(snapshot(0, vec![pending(1, 10)], Vec::new()), NOW, &mut rng));
        assert_eq!((r.cases, push_of(&r).docs.len()), (1, 1));
        applied(m.on_answer(r.id, &frame(&r, reply(3, false))));
        // A person edited meanwhile: the case is pending again, and goes.
        let r = sent(m.next_request(snapshot(3, vec![pending(1, 12)], Vec::new()), NOW, &mut rng));
        assert_eq!(push_of(&r).cursor, 3);
        applied(m.on_answer(r.id, &frame(&r, reply(3, false))));
        assert_eq!(
            m.next_request(Snapshot::default(), NOW, &mut rng),
            Step::Finished(Outcome::Done { rounds: 2 })
        );
    }

    #[test]
    fn an_answer_to_any_other_request_is_ignored() {
        let (mut m, mut rng) =
            (machine(Limits { retries: 3, ..Limits::default() }), StdRng::seed_from_u64(2));
        let first = sent(m.next_request(Snapshot::default(), NOW, &mut rng));
        m.on_lost(first.id);
        let second = sent(m.next_request(Snapshot::default(), NOW, &mut rng));
        assert_ne!(first.id, second.id);
        // The first request's answer comes after all: too late, whatever it says.
        assert_eq!(m.on_answer(first.id, &frame(&first, reply(9, false))), Answered::Ignored);
        assert_eq!(m.on_answer(first.id, &refusal(&first, RefusalCode::Revoked)), Answered::Ignored);
        assert_eq!(m.in_flight(), Some(second.id));
        applied(m.on_answer(second.id, &frame(&second, reply(4, false))));
        // The same answer delivered twice is applied once.
        assert_eq!(m.on_answer(second.id, &frame(&second, reply(4, false))), Answered::Ignored);
        // An answer to another run's request never matches this run's.
        let mut other = machine(Limits::default());
        let theirs = sent(other.next_request(Snapshot::default(), NOW, &mut StdRng::seed_from_u64(3)));
        let ours = sent(m.next_request(snapshot(4, vec![pending(1, 1)], Vec::new()), NOW, &mut rng));
        assert_eq!(m.on_answer(theirs.id, &frame(&theirs, reply(5, false))), Answered::Ignored);
        assert_eq!(m.in_flight(), Some(ours.id));
    }

    #[test]
    fn a_replayed_request_counts_as_lost_and_is_sent_again_within_the_retries() {
        let (mut m, mut rng) =
            (machine(Limits { retries: 1, ..Limits::default() }), StdRng::seed_from_u64(2));
        let r = sent(m.next_request(Snapshot::default(), NOW, &mut rng));
        assert_eq!(m.on_answer(r.id, &refusal(&r, RefusalCode::Replayed)), Answered::Ignored);
        assert_eq!(m.outcome(), None, "one retry allowed");
        let again = sent(m.next_request(Snapshot::default(), NOW, &mut rng));
        assert_ne!(again.id, r.id, "a fresh nonce");
        m.on_lost(again.id);
        assert_eq!(
            m.next_request(Snapshot::default(), NOW, &mut rng),
            Step::Finished(Outcome::Unreachable { failures: 2 })
        );

        // The app allows none: the first loss ends the run.
        let mut app = machine(Limits::default());
        let r = sent(app.next_request(Snapshot::default(), NOW, &mut rng));
        app.on_lost(r.id);
        assert_eq!(app.outcome(), Some(&Outcome::Unreachable { failures: 1 }));
    }

    #[test]
    fn an_answer_resets_the_count_of_lost_requests() {
        let (mut m, mut rng) =
            (machine(Limits { retries: 1, ..Limits::default() }), StdRng::seed_from_u64(2));
        for _ in 0..3 {
            let r = sent(m.next_request(snapshot(0, vec![pending(1, 1)], Vec::new()), NOW, &mut rng));
            m.on_lost(r.id);
            let r = sent(m.next_request(snapshot(0, vec![pending(1, 1)], Vec::new()), NOW, &mut rng));
            applied(m.on_answer(r.id, &frame(&r, reply(0, false))));
        }
        assert_eq!(m.outcome(), None);
    }

    #[test]
    fn asking_for_the_next_request_gives_up_the_one_in_flight() {
        let (mut m, mut rng) = (machine(Limits::default()), StdRng::seed_from_u64(2));
        let r = sent(m.next_request(Snapshot::default(), NOW, &mut rng));
        assert_eq!(
            m.next_request(Snapshot::default(), NOW, &mut rng),
            Step::Finished(Outcome::Unreachable { failures: 1 })
        );
        assert_eq!(m.on_answer(r.id, &frame(&r, reply(1, false))), Answered::Ignored);
    }

    #[test]
    fn a_revocation_wipes_and_ends_the_run() {
        let (mut m, mut rng) = (machine(Limits::default()), StdRng::seed_from_u64(2));
        let r = sent(m.next_request(snapshot(0, vec![pending(1, 1)], Vec::new()), NOW, &mut rng));
        let e = applied(m.on_answer(r.id, &refusal(&r, RefusalCode::Revoked)));
        assert_eq!(e, Effects { wipe: true, ..Effects::default() });
        assert_eq!(m.next_request(Snapshot::default(), NOW, &mut rng), Step::Finished(Outcome::Wiped));
    }

    #[test]
    fn other_refusals_and_unreadable_answers_end_the_run_with_nothing_to_apply() {
        let mut rng = StdRng::seed_from_u64(2);
        type Answer = fn(&Request) -> Vec<u8>;
        let answers: [(Answer, Outcome); 4] = [
            (|r| refusal(r, RefusalCode::Clock), Outcome::Refused(RefusalCode::Clock)),
            (|r| refusal(r, RefusalCode::Internal), Outcome::Refused(RefusalCode::Internal)),
            (
                |_| b"<html>captive portal</html>".to_vec(),
                Outcome::Unreadable(AnswerError::Decode(wire::DecodeError::BadMagic)),
            ),
            (
                |r| crate::signing::signed_answer(&hq(), &r.id.0, &DEVICE, &Message::Push(push_of(r))),
                Outcome::Unreadable(AnswerError::Unexpected),
            ),
        ];
        for (answer, outcome) in answers {
            let mut m = machine(Limits { retries: 5, ..Limits::default() });
            let r = sent(m.next_request(Snapshot::default(), NOW, &mut rng));
            assert_eq!(m.on_answer(r.id, &answer(&r)), Answered::Ignored);
            assert_eq!(m.next_request(Snapshot::default(), NOW, &mut rng), Step::Finished(outcome));
        }
    }

    #[test]
    fn an_answer_not_signed_by_hq_for_this_request_is_never_acted_on() {
        let mut rng = StdRng::seed_from_u64(2);
        let revoked = Message::Refusal(Refusal { code: RefusalCode::Revoked, detail: String::new() });
        let erase = Message::Reply(Reply { erase: vec![CaseKey([4; 16])], ..reply(9, false) });
        let impostor = SigningKey::generate_with(&mut StdRng::seed_from_u64(99));
        type Forge = fn(&Request, &Message, &SigningKey) -> Vec<u8>;
        let forgeries: [(Forge, AnswerError); 4] = [
            // Unsigned, as HQ's old answers were.
            (|_, m, _| wire::encode(m), AnswerError::Unsigned),
            // Signed by someone else.
            (
                |r, m, impostor| crate::signing::signed_answer(impostor, &r.id.0, &DEVICE, m),
                AnswerError::Unauthenticated,
            ),
            // HQ's answer to another request, or to another device.
            (
                |_, m, _| crate::signing::signed_answer(&hq(), &[0; 16], &DEVICE, m),
                AnswerError::Unauthenticated,
            ),
            (
                |r, m, _| crate::signing::signed_answer(&hq(), &r.id.0, &DeviceKey([2; 16]), m),
                AnswerError::Unauthenticated,
            ),
        ];
        for (forge, error) in forgeries {
            for message in [&revoked, &erase] {
                let mut m = machine(Limits::default());
                let r = sent(m.next_request(Snapshot::default(), NOW, &mut rng));
                assert_eq!(
                    m.on_answer(r.id, &forge(&r, message, &impostor)),
                    Answered::Ignored,
                    "no wipe, no erasure"
                );
                assert_eq!(
                    m.next_request(Snapshot::default(), NOW, &mut rng),
                    Step::Finished(Outcome::Unreadable(error.clone()))
                );
            }
        }
        // The same answer, signed by HQ for this request, is acted on.
        let mut m = machine(Limits::default());
        let r = sent(m.next_request(Snapshot::default(), NOW, &mut rng));
        let signed = crate::signing::signed_answer(&hq(), &r.id.0, &DEVICE, &revoked);
        assert!(applied(m.on_answer(r.id, &signed)).wipe);
    }

    #[test]
    fn anonymous_records_travel_until_an_answer_says_hq_took_them() {
        use crate::wire::{Figure, FigureRecord};
        let (mut m, mut rng) = (machine(Limits::default()), StdRng::seed_from_u64(3));
        let record = FigureRecord { month: 24_311, age_band: 3, sex: 1, risk: 2 };
        let figures =
            vec![Figure { id: [1; 16], record: Some(record) }, Figure { id: [2; 16], record: None }];
        let with = |figures: Vec<Figure>| Snapshot { figures, ..Snapshot::default() };
        let r = sent(m.next_request(with(figures.clone()), NOW, &mut rng));
        assert_eq!(push_of(&r).figures, figures);
        // Lost: the next request carries them again.
        m.on_lost(r.id);
        let mut m = machine(Limits { retries: 1, ..Limits::default() });
        let r = sent(m.next_request(with(figures.clone()), NOW, &mut rng));
        m.on_lost(r.id);
        let r = sent(m.next_request(with(figures.clone()), NOW, &mut rng));
        assert_eq!(push_of(&r).figures, figures);
        let e = applied(m.on_answer(r.id, &frame(&r, reply(0, false))));
        assert_eq!(e.delivered_figures, figures, "what the answered request carried");
        // A run does not end while a record waits.
        let r = sent(m.next_request(with(vec![figures[0]]), NOW, &mut rng));
        applied(m.on_answer(r.id, &frame(&r, reply(0, false))));
        assert_eq!(
            m.next_request(Snapshot::default(), NOW, &mut rng),
            Step::Finished(Outcome::Done { rounds: 3 })
        );
    }

    #[test]
    fn a_reply_becomes_effects_and_confirms_the_erasures_its_request_carried() {
        let (mut m, mut rng) = (machine(Limits::default()), StdRng::seed_from_u64(2));
        let gone = CaseKey([9; 16]);
        let r = sent(m.next_request(snapshot(2, vec![pending(1, 5)], vec![gone]), NOW, &mut rng));
        assert_eq!((r.cases, r.erasures), (1, 1));
        assert_eq!(push_of(&r).erased, vec![gone]);
        let theirs = DocChanges {
            case: CaseKey([2; 16]),
            changes: vec![Change { user: "lea".into(), bytes: vec![1] }],
        };
        let acked = DocHeads { case: CaseKey([1; 16]), heads: vec![Head([5; 32])] };
        let answer = Reply {
            acks: vec![acked.clone()],
            rejected: Vec::new(),
            docs: vec![theirs.clone()],
            cursor: 8,
            more: false,
            erase: vec![CaseKey([3; 16])],
        };
        let e = applied(m.on_answer(r.id, &frame(&r, answer)));
        assert_eq!(e.apply, vec![theirs]);
        assert_eq!(e.acknowledged, vec![acked]);
        assert_eq!(e.confirmed_erasures, vec![gone]);
        assert_eq!(e.erase, vec![CaseKey([3; 16])]);
        assert_eq!((e.cursor, e.wipe), (Some(8), false));
        // The new erasure waits to be confirmed: another round.
        let r = sent(m.next_request(snapshot(8, Vec::new(), vec![CaseKey([3; 16])]), NOW, &mut rng));
        let e = applied(m.on_answer(r.id, &frame(&r, reply(8, false))));
        assert_eq!(e.confirmed_erasures, vec![CaseKey([3; 16])]);
        assert_eq!(
            m.next_request(snapshot(8, Vec::new(), Vec::new()), NOW, &mut rng),
            Step::Finished(Outcome::Done { rounds: 2 })
        );
    }

    #[test]
    fn the_run_goes_on_while_hq_has_more() {
        let (mut m, mut rng) = (machine(Limits::default()), StdRng::seed_from_u64(2));
        for cursor in 1..=3 {
            let r = sent(m.next_request(snapshot(cursor - 1, Vec::new(), Vec::new()), NOW, &mut rng));
            assert_eq!(push_of(&r).cursor, cursor - 1);
            applied(m.on_answer(r.id, &frame(&r, reply(cursor, cursor < 3))));
        }
        assert_eq!(
            m.next_request(snapshot(3, Vec::new(), Vec::new()), NOW, &mut rng),
            Step::Finished(Outcome::Done { rounds: 3 })
        );
    }

    #[test]
    fn a_case_hq_refused_is_not_sent_again_in_this_run_and_the_run_still_finishes() {
        let (mut m, mut rng) = (machine(Limits::default()), StdRng::seed_from_u64(2));
        let others = pending(1, 5);
        let erased = pending(2, 5);
        let r = sent(m.next_request(
            snapshot(0, vec![others.clone(), erased.clone()], Vec::new()),
            NOW,
            &mut rng,
        ));
        let mut answer = reply(0, false);
        answer.rejected = vec![
            Rejected { case: others.case, reason: DocRejection::NotPermitted },
            Rejected { case: erased.case, reason: DocRejection::Erased },
        ];
        let e = applied(m.on_answer(r.id, &frame(&r, answer)));
        assert_eq!(e.rejected, vec![Rejected { case: others.case, reason: DocRejection::NotPermitted }]);
        assert_eq!(e.erase, vec![erased.case], "HQ erased it: the late edits go with it");
        assert_eq!(m.want().skip, &[others.case, erased.case]);
        // The store still holds the refused case's changes, and may pack it anyway.
        let r = sent(m.next_request(
            snapshot(0, vec![others.clone(), pending(3, 5)], vec![erased.case]),
            NOW,
            &mut rng,
        ));
        let push = push_of(&r);
        assert_eq!(push.docs.iter().map(|d| d.case).collect::<Vec<_>>(), vec![CaseKey([3; 16])]);
        applied(m.on_answer(r.id, &frame(&r, reply(0, false))));
        assert_eq!(
            m.next_request(snapshot(0, vec![others], Vec::new()), NOW, &mut rng),
            Step::Finished(Outcome::Done { rounds: 2 })
        );
        // The next run tries it again.
        let mut next = machine(Limits::default());
        assert!(next.want().skip.is_empty());
        let r = sent(next.next_request(snapshot(0, vec![pending(1, 5)], Vec::new()), NOW, &mut rng));
        assert_eq!(r.cases, 1);
    }

    #[test]
    fn requests_stay_within_their_bounds_whatever_the_store_packed() {
        let limits = Limits { max_cases: 3, max_bytes: 1_000, ..Limits::default() };
        let (mut m, mut rng) = (machine(limits), StdRng::seed_from_u64(2));
        let many: Vec<Pending> = (1..=6).map(|i| pending(i, 10)).collect();
        let r = sent(m.next_request(snapshot(0, many, Vec::new()), NOW, &mut rng));
        assert_eq!(r.cases, 3, "at most max_cases");
        applied(m.on_answer(r.id, &frame(&r, reply(0, false))));
        let big: Vec<Pending> = (1..=3).map(|i| pending(i, 600)).collect();
        let r = sent(m.next_request(snapshot(0, big, Vec::new()), NOW, &mut rng));
        assert_eq!(r.cases, 1, "as many as fit the bytes, at least one");
        assert_eq!(m.want(), Want { max_cases: 3, max_bytes: 1_000, skip: &[] });
    }

    #[test]
    fn a_run_that_never_ends_gives_up() {
        let (mut m, mut rng) =
            (machine(Limits { max_rounds: 4, ..Limits::default() }), StdRng::seed_from_u64(2));
        for _ in 0..4 {
            let r = sent(m.next_request(Snapshot::default(), NOW, &mut rng));
            applied(m.on_answer(r.id, &frame(&r, reply(0, true))));
        }
        assert_eq!(
            m.next_request(Snapshot::default(), NOW, &mut rng),
            Step::Finished(Outcome::TooManyRounds)
        );
    }

    #[test]
    fn the_same_seed_makes_the_same_request_byte_for_byte() {
        let make = |seed| {
            let mut m = machine(Limits::default());
            sent(m.next_request(
                snapshot(4, vec![pending(1, 300)], Vec::new()),
                NOW,
                &mut StdRng::seed_from_u64(seed),
            ))
        };
        assert_eq!(make(5), make(5));
        assert_ne!(make(5).frame, make(6).frame, "another nonce");
    }
}
