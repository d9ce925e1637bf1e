//! HQ's side of a sync round: check who is asking, take their changes, answer with what they
//! lack. Storage is a trait, so that SQLite, PostgreSQL and the in-memory store of tests are
//! one protocol.

use crate::signing::{SigningKey, VerifyingKey, signed_answer, verify};
use crate::wire::{
    self, CaseKey, Change, DeviceKey, DocChanges, DocHeads, DocRejection, Figure, Head, Message, Push,
    Refusal, RefusalCode, Rejected, Reply,
};

/// How far a request's time may be from HQ's clock (ms): a captured request cannot be sent
/// again after this, and within it the nonce is remembered.
pub const CLOCK_WINDOW_MS: i64 = 15 * 60 * 1000;

/// Largest reply body HQ assembles before telling the device there is more.
pub const REPLY_BUDGET: usize = 512 * 1024;

/// What HQ knows about an enrolled device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRecord {
    /// Its public key.
    pub public_key: [u8; 32],
    /// The site it serves.
    pub site: String,
    /// Revoked devices are refused and told to wipe.
    pub revoked: bool,
}

/// Why a case's changes were not applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplyError {
    /// The case was erased.
    Erased,
    /// The device may not write to it.
    NotPermitted,
    /// The changes are damaged.
    Invalid,
}

/// The Automerge changes in a case's incoming changes, with who sent each: a change as it is,
/// and a whole document (how a case HQ has never seen travels, compacted) as its changes.
pub fn incoming_changes(changes: &[Change]) -> Result<Vec<(automerge::Change, String)>, ApplyError> {
    parse_incoming(changes).map(|i| i.changes)
}

/// A case's incoming changes, parsed (see [`parse_incoming`]).
pub struct Incoming {
    /// The Automerge changes, with who sent each.
    pub changes: Vec<(automerge::Change, String)>,
    /// The document they came as, when they came as exactly one whole document: a case new to
    /// HQ can start from it instead of applying its changes all over again.
    pub document: Option<automerge::Automerge>,
}

/// [`incoming_changes`], keeping the document a case came as. Pure computation, so storage
/// may parse the cases of a request on several threads.
pub fn parse_incoming(changes: &[Change]) -> Result<Incoming, ApplyError> {
    let mut parsed = Vec::with_capacity(changes.len());
    let mut document = None;
    for c in changes {
        match automerge::Change::from_bytes(c.bytes.clone()) {
            Ok(change) => parsed.push((change, c.user.clone())),
            Err(_) => {
                let doc = automerge::Automerge::load(&c.bytes).map_err(|_| ApplyError::Invalid)?;
                parsed.extend(doc.get_changes(&[]).into_iter().map(|ch| (ch, c.user.clone())));
                if changes.len() == 1 {
                    document = Some(doc);
                }
            }
        }
    }
    Ok(Incoming { changes: parsed, document })
}

/// HQ's storage, as the protocol needs it. Every method can fail: then nothing of the
/// request is kept (storage rolls it back) and the device is told to try again, so a device's
/// cursor never moves past a case it was not sent.
pub trait HubStorage {
    /// Why storage could not do its part (logged at HQ; the device only hears "try again").
    type Error: std::fmt::Display;
    /// HQ's key, which signs every answer (devices learnt its public half at enrollment).
    fn hq_key(&self) -> &SigningKey;
    /// The device's record.
    fn device(&mut self, device: &DeviceKey) -> Result<Option<DeviceRecord>, Self::Error>;
    /// Records `nonce` for `device`; `false` if it was seen before (a replay).
    fn remember_nonce(&mut self, device: &DeviceKey, nonce: [u8; 16], at: i64) -> Result<bool, Self::Error>;
    /// Applies a device's changes to a case (creating it if new, for the device's site);
    /// returns HQ's heads of the case after the merge, or why this case was refused (the
    /// device's doing: its other cases are still applied). Applying a change twice is a no-op.
    fn apply(
        &mut self,
        device: &DeviceKey,
        case: &CaseKey,
        changes: &[Change],
    ) -> Result<Result<Vec<Head>, ApplyError>, Self::Error>;
    /// [`HubStorage::apply`] for each case of a request, results in order. Storage may
    /// override it to do the work that needs no storage for all cases at once.
    fn apply_all(
        &mut self,
        device: &DeviceKey,
        docs: &[DocChanges],
    ) -> Result<Vec<Result<Vec<Head>, ApplyError>>, Self::Error> {
        docs.iter().map(|d| self.apply(device, &d.case, &d.changes)).collect()
    }
    /// The device holds everything HQ sent it up to feed position `cursor`: what was sent
    /// then becomes what HQ knows the device has, for each case still at the position it was
    /// sent at. (What was sent after may have been lost with a cut link, and is sent again; so
    /// is a case that moved up the feed since it was sent: the replies that took the cursor
    /// past its old position may have stopped at their budget before its new one.)
    fn acknowledge(&mut self, device: &DeviceKey, cursor: u64) -> Result<(), Self::Error>;
    /// Cases the device may see that changed after feed position `cursor`, oldest change
    /// first, each with its feed position.
    fn changed_since(&mut self, device: &DeviceKey, cursor: u64) -> Result<Vec<(u64, CaseKey)>, Self::Error>;
    /// The changes of `case` HQ does not know the device to hold, recorded as sent at feed
    /// position `position`.
    fn changes_for(
        &mut self,
        device: &DeviceKey,
        case: &CaseKey,
        position: u64,
    ) -> Result<Vec<Change>, Self::Error>;
    /// Cases the device must erase (ordered erased and not yet confirmed by it).
    fn erasures_for(&mut self, device: &DeviceKey) -> Result<Vec<CaseKey>, Self::Error>;
    /// The device confirmed it deleted `case`.
    fn confirm_erasure(&mut self, device: &DeviceKey, case: &CaseKey) -> Result<(), Self::Error>;
    /// Anonymous records of cases HQ may not hold, counted for the device's site (a record
    /// replaces the one with its id; `None` removes it).
    fn record_figures(&mut self, device: &DeviceKey, figures: &[Figure]) -> Result<(), Self::Error>;
    /// A request's work begins: storage opens one transaction for all of it.
    fn begin(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
    /// A request's work is done: storage commits what `begin` opened. On an error nothing of
    /// it was kept, so the reply must not be sent (the device would record heads HQ lacks).
    fn commit(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
    /// The request is refused or failed after `begin`: nothing of it may be kept.
    fn rollback(&mut self) {}
}

/// The answer when storage failed: nothing was kept, the device tries again.
fn failed() -> Message {
    refuse(RefusalCode::Internal, "headquarters could not complete the request; nothing was kept; try again")
}

fn refuse(code: RefusalCode, detail: &str) -> Message {
    Message::Refusal(Refusal { code, detail: detail.to_owned() })
}

/// The outcome of one request: the message to send back (a refusal goes with a 4xx or 5xx
/// status), and, when storage failed, why (for HQ's log; the device is only told to retry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The reply or refusal.
    pub message: Message,
    /// Storage's error, when that is why the request failed.
    pub failure: Option<String>,
    /// What is sent: `message` signed by HQ for the request it answers (for a request too
    /// damaged to name its nonce and device, for none: no device acts on that).
    pub frame: Vec<u8>,
}

impl Answer {
    /// The refusal code, if the request was refused.
    pub fn refusal(&self) -> Option<RefusalCode> {
        match &self.message {
            Message::Refusal(r) => Some(r.code),
            _ => None,
        }
    }
}

/// Why a request got no reply.
enum Unserved<E> {
    /// Refused for what the request is (the message says why).
    Refused(Message),
    /// Storage failed: nothing was kept, the device should try again.
    Failed(E),
}

impl<E> From<E> for Unserved<E> {
    fn from(e: E) -> Self {
        Self::Failed(e)
    }
}

/// A sync request whose device's signature over its raw payload holds: found before anything
/// of it was decompressed or decoded, so a request from anyone else costs HQ a key lookup and a
/// hash, and HQ may check it before it takes its storage for the request.
#[derive(Debug)]
pub struct Authenticated {
    signed: wire::Signed,
}

/// Checks who is asking before any work: the frame is read without decompressing anything,
/// the device's key looked up with `record`, and its signature over the raw payload verified.
/// Refused: the refusal (signed for no request), or why the lookup failed.
pub fn authenticate<E>(
    frame: &[u8],
    record: impl FnOnce(&DeviceKey) -> Result<Option<DeviceRecord>, E>,
) -> Result<Authenticated, Result<Message, E>> {
    let signed = wire::decode_signed(frame).map_err(|e| Ok(refuse(e.refusal(), &e.to_string())))?;
    let Some(device) = record(&signed.device).map_err(Err)? else {
        return Err(Ok(refuse(RefusalCode::UnknownDevice, "this device is not enrolled")));
    };
    if !verify(&VerifyingKey(device.public_key), &signed.payload, &signed.signature) {
        return Err(Ok(refuse(RefusalCode::BadSignature, "the signature does not verify")));
    }
    Ok(Authenticated { signed })
}

/// An answer to a request that could not be authenticated: signed for no request, so no
/// device acts on it (it tells a person at HQ's end, or a test, what happened).
pub fn unbound_answer(key: &SigningKey, message: Message, failure: Option<String>) -> Answer {
    let frame = signed_answer(key, &[0; 16], &DeviceKey([0; 16]), &message);
    Answer { message, failure, frame }
}

/// Handles one signed sync request (`frame`) at time `now` (ms): [`authenticate`] with
/// `storage`, then [`handle_authenticated`]. Whatever the bytes, HQ answers; a refused or
/// failed request changes nothing.
pub fn handle<S: HubStorage>(storage: &mut S, frame: &[u8], now: i64) -> Answer {
    match authenticate(frame, |device| storage.device(device)) {
        Ok(request) => handle_authenticated(storage, request, now),
        Err(Ok(refusal)) => unbound_answer(storage.hq_key(), refusal, None),
        Err(Err(e)) => unbound_answer(storage.hq_key(), failed(), Some(e.to_string())),
    }
}

/// Handles a request [`authenticate`] let through, at time `now` (ms): its payload decoded,
/// the device's record read again (a revocation since counts), then the exchange in one
/// storage transaction. The answer is signed for the request.
pub fn handle_authenticated<S: HubStorage>(storage: &mut S, request: Authenticated, now: i64) -> Answer {
    let mut bound = ([0; 16], DeviceKey([0; 16]));
    let (message, failure) = match serve(storage, request.signed, now, &mut bound) {
        Ok(reply) => (Message::Reply(reply), None),
        Err(Unserved::Refused(message)) => (message, None),
        Err(Unserved::Failed(e)) => (failed(), Some(e.to_string())),
    };
    let frame = signed_answer(storage.hq_key(), &bound.0, &bound.1, &message);
    Answer { message, failure, frame }
}

/// Serves one authenticated request; `bound` gets the nonce and device the answer is signed
/// for.
fn serve<S: HubStorage>(
    storage: &mut S,
    signed: wire::Signed,
    now: i64,
    bound: &mut ([u8; 16], DeviceKey),
) -> Result<Reply, Unserved<S::Error>> {
    let refused = |code, detail: &str| Unserved::Refused(refuse(code, detail));
    let push = match wire::decode(&signed.payload) {
        Ok(Message::Push(p)) => p,
        Ok(_) => return Err(refused(RefusalCode::Malformed, "the signed payload is not a sync request")),
        Err(e) => return Err(refused(e.refusal(), &e.to_string())),
    };
    // The device signed this payload; it must name the device it was signed as.
    if push.device != signed.device {
        return Err(refused(RefusalCode::BadSignature, "the request names another device than its signer"));
    }
    // Only a request the device signed gets an answer signed for it: no one else can have
    // HQ sign a refusal for a nonce and device of their choosing.
    *bound = (push.nonce, push.device);
    storage.begin()?;
    // Read again, inside the transaction: the device may have been revoked since it was
    // authenticated, and a revocation made from now on waits for this request to end.
    let result = match storage.device(&push.device) {
        Ok(None) => Err(refused(RefusalCode::UnknownDevice, "this device is not enrolled")),
        Ok(Some(record)) if record.revoked => {
            Err(refused(RefusalCode::Revoked, "this device was revoked; its data must be wiped"))
        }
        // After the revocation: a revoked device with a wrong clock is still told to wipe.
        Ok(Some(_)) if (push.sent_at - now).abs() > CLOCK_WINDOW_MS => {
            Err(refused(RefusalCode::Clock, "the request's time is too far from headquarters' clock"))
        }
        Ok(Some(_)) => match storage.remember_nonce(&push.device, push.nonce, now) {
            Ok(true) => exchange(storage, &push).map_err(Unserved::Failed),
            Ok(false) => Err(refused(RefusalCode::Replayed, "this request was already received")),
            Err(e) => Err(Unserved::Failed(e)),
        },
        Err(e) => Err(Unserved::Failed(e)),
    };
    match result {
        // The reply is only sent once what it acknowledges is durable.
        Ok(reply) => {
            storage.commit()?;
            Ok(reply)
        }
        Err(e) => {
            storage.rollback();
            Err(e)
        }
    }
}

fn exchange<S: HubStorage>(storage: &mut S, push: &Push) -> Result<Reply, S::Error> {
    let device = &push.device;
    storage.acknowledge(device, push.cursor)?;
    for case in &push.erased {
        storage.confirm_erasure(device, case)?;
    }
    if !push.figures.is_empty() {
        storage.record_figures(device, &push.figures)?;
    }
    let mut acks = Vec::new();
    let mut rejected = Vec::new();
    for (doc, result) in push.docs.iter().zip(storage.apply_all(device, &push.docs)?) {
        match result {
            Ok(heads) => acks.push(DocHeads { case: doc.case, heads }),
            Err(e) => rejected.push(Rejected {
                case: doc.case,
                reason: match e {
                    ApplyError::Erased => DocRejection::Erased,
                    ApplyError::NotPermitted => DocRejection::NotPermitted,
                    ApplyError::Invalid => DocRejection::Invalid,
                },
            }),
        }
    }
    // What the device lacks, oldest first, until the budget; the cursor only passes cases
    // whose changes are in this reply (a storage error ends the request before it moves), so
    // a cut link or a full reply resumes where it stopped.
    let mut docs = Vec::new();
    let mut size = 0usize;
    let mut cursor = push.cursor;
    let mut more = false;
    for (position, case) in storage.changed_since(device, push.cursor)? {
        if size >= REPLY_BUDGET {
            more = true;
            break;
        }
        let changes = storage.changes_for(device, &case, position)?;
        size += changes.iter().map(|c| c.bytes.len() + c.user.len() + 8).sum::<usize>();
        if !changes.is_empty() {
            docs.push(DocChanges { case, changes });
        }
        cursor = cursor.max(position);
    }
    Ok(Reply { acks, rejected, docs, cursor, more, erase: storage.erasures_for(device)? })
}
