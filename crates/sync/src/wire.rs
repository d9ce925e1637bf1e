//! The versioned binary encoding of sync messages.
//!
//! A frame is `"WP"`, a version byte, a kind byte, a flags byte (bit 0: the body is zstd
//! compressed), the body's length as a varint, and the body. Inside, integers are LEB128
//! varints, byte strings and lists are length-prefixed, and every length has a limit checked
//! *before* anything is allocated, so bytes from the network can neither crash a decoder nor
//! make it reserve memory it was not meant to. A decoder of version 1 refuses other versions
//! with a clear error instead of guessing.

use std::io::Read;

/// Frame magic.
pub const MAGIC: [u8; 2] = *b"WP";
/// The version this build writes and reads.
pub const VERSION: u8 = 2;
/// Largest body, compressed or not (and the most a compressed body may expand to).
pub const MAX_BODY: usize = 16 << 20;
/// Largest single Automerge change.
pub const MAX_CHANGE: usize = 4 << 20;
/// Most documents in one message.
pub const MAX_DOCS: usize = 20_000;
/// Most changes of one document in one message.
pub const MAX_CHANGES: usize = 100_000;
/// Most heads of one document.
pub const MAX_HEADS: usize = 256;
/// Longest text field (user ids, codes, site ids, details).
pub const MAX_TEXT: usize = 512;
/// Bodies at least this long are compressed when that makes them smaller.
const COMPRESS_FROM: usize = 256;

/// A case (Automerge document) id: the 16 bytes of its UUID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CaseKey(pub [u8; 16]);

/// An enrolled device's id: 16 bytes assigned by HQ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DeviceKey(pub [u8; 16]);

/// An Automerge change hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Head(pub [u8; 32]);

/// One Automerge change and the user who made it (HQ records who changed what).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// User id on the device.
    pub user: String,
    /// The change, as Automerge encodes it.
    pub bytes: Vec<u8>,
}

/// Changes to one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocChanges {
    /// The case.
    pub case: CaseKey,
    /// Its changes, in an order Automerge can apply (dependencies first).
    pub changes: Vec<Change>,
}

/// The heads of one case as a replica holds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocHeads {
    /// The case.
    pub case: CaseKey,
    /// Its heads.
    pub heads: Vec<Head>,
}

/// Why HQ did not take a case's changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocRejection {
    /// The case was erased; the device must delete it.
    Erased,
    /// The device may not write to this case (another site's, not transferred to it).
    NotPermitted,
    /// The changes could not be applied (damaged, or dependencies missing).
    Invalid,
}

/// A case HQ did not take, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The case.
    pub case: CaseKey,
    /// Why.
    pub reason: DocRejection,
}

/// Device → HQ: the first of enrollment's two requests — a SPAKE2 message made with the
/// one-time code, which itself never travels (see [`crate::enrollment`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enroll {
    /// The code's first group, which names it (public); the rest is the password.
    pub code_id: String,
    /// The device's SPAKE2 message.
    pub spake: Vec<u8>,
    /// SHA-256 of the TLS certificate the device saw HQ present (zeros over plain HTTP on
    /// loopback): HQ refuses when it is not its own, so a man in the middle is found.
    pub certificate: [u8; 32],
}

/// HQ → device: HQ's SPAKE2 message, its signing key, and a proof that it holds the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrollChallenge {
    /// HQ's SPAKE2 message.
    pub spake: Vec<u8>,
    /// HQ's Ed25519 public key: every later answer is signed with it.
    pub hq_key: [u8; 32],
    /// The site the code is for, sealed under the exchange's key (only the holder of the code
    /// reads it): a device of another site stops before the code is used up. Sealed, because
    /// HQ answers any name (see `enrollment`), and site names may say where a shelter is.
    pub sealed_site: Vec<u8>,
    /// HMAC-SHA256, keyed by the exchange's key, of the exchange, `hq_key` and the site.
    pub confirm: [u8; 32],
}

/// Device → HQ: the second request — the device's key, and its proof that it holds the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrollFinish {
    /// As in [`Enroll`].
    pub code_id: String,
    /// The device's Ed25519 public key.
    pub public_key: [u8; 32],
    /// HMAC-SHA256, keyed by the exchange's key, of the exchange and `public_key`.
    pub confirm: [u8; 32],
}

/// HQ → device: enrollment accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolled {
    /// The device's id from now on.
    pub device: DeviceKey,
    /// The site it serves.
    pub site: String,
    /// HMAC-SHA256, keyed by the exchange's key, of the exchange and the fields above.
    pub mac: [u8; 32],
}

/// What HQ may count of a case it must not hold (no consent to share it): a month and three
/// codes, which the case engine defines (`waypoint_case::figures`). No name, no free text, no
/// answer, and no id that links back: the figure's id is random and known only to the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FigureRecord {
    /// The month the person was met, as `year * 12 + month - 1` (0: unknown).
    pub month: u32,
    /// Age band code.
    pub age_band: u8,
    /// Sex code.
    pub sex: u8,
    /// Risk level code.
    pub risk: u8,
}

/// One anonymous record, or its retraction (`None`: the case now goes to HQ itself, or is
/// counted no more).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Figure {
    /// Random, made on the device for this record.
    pub id: [u8; 16],
    /// The record, or `None` to remove it.
    pub record: Option<FigureRecord>,
}

/// Most figures in one request.
pub const MAX_FIGURES: usize = 20_000;

/// Device → HQ: one round of sync (always inside [`Signed`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Push {
    /// Who sends it.
    pub device: DeviceKey,
    /// Unique per request, so that a replayed request is refused.
    pub nonce: [u8; 16],
    /// When the device sent it (ms since the epoch), so that old requests are refused.
    pub sent_at: i64,
    /// Position in HQ's feed up to which the device holds everything.
    pub cursor: u64,
    /// Changes HQ has not acknowledged.
    pub docs: Vec<DocChanges>,
    /// Cases the device has deleted as HQ ordered.
    pub erased: Vec<CaseKey>,
    /// Anonymous records of cases HQ may not hold. A push with none is sent as kind 4, which
    /// HQs before version 0.2 of the figures read; one with some as kind 10.
    pub figures: Vec<Figure>,
}

/// A request signed by the device's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    /// Who signed it, in clear: HQ checks the signature before it decompresses or decodes
    /// anything of the payload.
    pub device: DeviceKey,
    /// The encoded [`Push`] frame.
    pub payload: Vec<u8>,
    /// Ed25519 signature of `payload`.
    pub signature: [u8; 64],
}

/// HQ → device: the answer to a [`Push`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// Heads HQ now holds for each case the device sent, which the device records as
    /// acknowledged.
    pub acks: Vec<DocHeads>,
    /// Cases whose changes HQ did not take.
    pub rejected: Vec<Rejected>,
    /// Changes the device lacks for cases it may see.
    pub docs: Vec<DocChanges>,
    /// The feed position the device holds after applying `docs`.
    pub cursor: u64,
    /// More changes wait: ask again.
    pub more: bool,
    /// Cases to erase.
    pub erase: Vec<CaseKey>,
}

/// HQ → device: a [`Reply`] or [`Refusal`] frame signed by HQ's key, bound to the request it
/// answers (see [`crate::signing::answer_bytes`]). A device acts on nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The encoded [`Reply`] or [`Refusal`] frame.
    pub payload: Vec<u8>,
    /// Ed25519 signature by HQ over the payload, the request's nonce and the device.
    pub signature: [u8; 64],
}

/// Why HQ refused a whole request. The HTTP layer sends it with a 4xx status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefusalCode {
    /// The bytes are not a valid message.
    Malformed,
    /// Larger than HQ accepts.
    TooLarge,
    /// Written in a protocol version HQ does not speak.
    Version,
    /// No device with this id.
    UnknownDevice,
    /// The device was revoked: it must wipe its data.
    Revoked,
    /// The signature does not verify.
    BadSignature,
    /// This request was seen before.
    Replayed,
    /// The request's time is too far from HQ's clock.
    Clock,
    /// The enrollment code is wrong, used or expired.
    EnrollmentCode,
    /// The device met another TLS certificate than HQ's own: someone is in between.
    Certificate,
    /// Something failed at HQ; try again later.
    Internal,
    /// Too many enrollment requests from this network lately; the code still works later.
    TooManyEnrollments,
}

/// A whole request refused, with a detail for logs (never personal data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// What went wrong.
    pub code: RefusalCode,
    /// Detail for logs and support.
    pub detail: String,
}

/// Every message of the protocol.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Device → HQ.
    Enroll(Enroll),
    /// HQ → device.
    EnrollChallenge(EnrollChallenge),
    /// Device → HQ.
    EnrollFinish(EnrollFinish),
    /// HQ → device.
    Enrolled(Enrolled),
    /// Device → HQ.
    Signed(Signed),
    /// Inside [`Signed`].
    Push(Push),
    /// HQ → device.
    Reply(Reply),
    /// HQ → device (inside [`Answer`] for a sync request).
    Refusal(Refusal),
    /// HQ → device.
    Answer(Answer),
}

/// Why bytes could not be decoded. `what` names the field, for a clear error.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Ended inside a field.
    #[error("message ends inside {what}")]
    Truncated {
        /// The field.
        what: &'static str,
    },
    /// A length over its limit.
    #[error("{what} is {len} long, more than the {max} allowed")]
    TooLong {
        /// The field.
        what: &'static str,
        /// Length found.
        len: u64,
        /// Limit.
        max: usize,
    },
    /// Not a Waypoint sync message.
    #[error("not a Waypoint sync message")]
    BadMagic,
    /// A version this build does not read.
    #[error("protocol version {0} is not supported (this build speaks {VERSION})")]
    Version(u8),
    /// An unknown message kind or enum value.
    #[error("unknown {what} {value}")]
    Unknown {
        /// The field.
        what: &'static str,
        /// The value.
        value: u64,
    },
    /// A varint longer than 64 bits.
    #[error("{what} is not a valid number")]
    BadNumber {
        /// The field.
        what: &'static str,
    },
    /// Text that is not UTF-8.
    #[error("{what} is not valid text")]
    BadText {
        /// The field.
        what: &'static str,
    },
    /// Bytes after the message.
    #[error("{0} bytes after the end of the message")]
    Trailing(usize),
    /// The compressed body cannot be decompressed.
    #[error("the compressed body is damaged")]
    Decompress,
}

impl DecodeError {
    /// The refusal HQ answers this error with.
    pub fn refusal(&self) -> RefusalCode {
        match self {
            Self::Version(_) => RefusalCode::Version,
            Self::TooLong { what: "body", .. } => RefusalCode::TooLarge,
            _ => RefusalCode::Malformed,
        }
    }
}

// ---- encoding ----

struct Writer(Vec<u8>);

impl Writer {
    fn varint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }

    fn len(&mut self, n: usize) {
        self.varint(n as u64);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.0.extend_from_slice(b);
    }

    fn text(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    fn fixed(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }

    fn signed(&mut self, v: i64) {
        // Zig-zag, so that small negative numbers stay short.
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }

    fn cases(&mut self, cases: &[CaseKey]) {
        self.len(cases.len());
        for c in cases {
            self.fixed(&c.0);
        }
    }

    fn docs(&mut self, docs: &[DocChanges]) {
        self.len(docs.len());
        for d in docs {
            self.fixed(&d.case.0);
            self.len(d.changes.len());
            for c in &d.changes {
                self.text(&c.user);
                self.bytes(&c.bytes);
            }
        }
    }

    fn figures(&mut self, figures: &[Figure]) {
        self.len(figures.len());
        for f in figures {
            self.fixed(&f.id);
            match f.record {
                None => self.varint(0),
                Some(r) => {
                    self.varint(1);
                    self.varint(u64::from(r.month));
                    self.fixed(&[r.age_band, r.sex, r.risk]);
                }
            }
        }
    }

    fn heads(&mut self, docs: &[DocHeads]) {
        self.len(docs.len());
        for d in docs {
            self.fixed(&d.case.0);
            self.len(d.heads.len());
            for h in &d.heads {
                self.fixed(&h.0);
            }
        }
    }
}

fn kind_of(m: &Message) -> u8 {
    match m {
        Message::Enroll(_) => 1,
        Message::Enrolled(_) => 2,
        Message::Signed(_) => 3,
        Message::Push(p) if p.figures.is_empty() => 4,
        Message::Push(_) => 10,
        Message::Reply(_) => 5,
        Message::Refusal(_) => 6,
        Message::Answer(_) => 7,
        Message::EnrollChallenge(_) => 8,
        Message::EnrollFinish(_) => 9,
    }
}

fn rejection_code(r: DocRejection) -> u64 {
    match r {
        DocRejection::Erased => 1,
        DocRejection::NotPermitted => 2,
        DocRejection::Invalid => 3,
    }
}

fn refusal_code(c: RefusalCode) -> u64 {
    match c {
        RefusalCode::Malformed => 1,
        RefusalCode::TooLarge => 2,
        RefusalCode::Version => 3,
        RefusalCode::UnknownDevice => 4,
        RefusalCode::Revoked => 5,
        RefusalCode::BadSignature => 6,
        RefusalCode::Replayed => 7,
        RefusalCode::Clock => 8,
        RefusalCode::EnrollmentCode => 9,
        RefusalCode::Certificate => 11,
        RefusalCode::Internal => 10,
        RefusalCode::TooManyEnrollments => 12,
    }
}

fn body(m: &Message) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    match m {
        Message::Enroll(e) => {
            w.text(&e.code_id);
            w.bytes(&e.spake);
            w.fixed(&e.certificate);
        }
        Message::EnrollChallenge(c) => {
            w.bytes(&c.spake);
            w.fixed(&c.hq_key);
            w.bytes(&c.sealed_site);
            w.fixed(&c.confirm);
        }
        Message::EnrollFinish(f) => {
            w.text(&f.code_id);
            w.fixed(&f.public_key);
            w.fixed(&f.confirm);
        }
        Message::Enrolled(e) => {
            w.fixed(&e.device.0);
            w.text(&e.site);
            w.fixed(&e.mac);
        }
        Message::Answer(a) => {
            w.bytes(&a.payload);
            w.fixed(&a.signature);
        }
        Message::Signed(s) => {
            w.fixed(&s.device.0);
            w.bytes(&s.payload);
            w.fixed(&s.signature);
        }
        Message::Push(p) => {
            w.fixed(&p.device.0);
            w.fixed(&p.nonce);
            w.signed(p.sent_at);
            w.varint(p.cursor);
            w.docs(&p.docs);
            w.cases(&p.erased);
            if !p.figures.is_empty() {
                w.figures(&p.figures);
            }
        }
        Message::Reply(r) => {
            w.heads(&r.acks);
            w.len(r.rejected.len());
            for x in &r.rejected {
                w.fixed(&x.case.0);
                w.varint(rejection_code(x.reason));
            }
            w.docs(&r.docs);
            w.varint(r.cursor);
            w.varint(u64::from(r.more));
            w.cases(&r.erase);
        }
        Message::Refusal(r) => {
            w.varint(refusal_code(r.code));
            w.text(&r.detail);
        }
    }
    w.0
}

/// Decodes a frame that must not be compressed (a signed request, an enrollment request: small
/// or already compressed inside), so that a few bytes never inflate into many.
pub fn decode_plain(frame: &[u8]) -> Result<Message, DecodeError> {
    if frame.get(4).is_some_and(|flags| flags & 1 == 1) {
        return Err(DecodeError::Unknown { what: "flags of an uncompressed frame", value: 1 });
    }
    decode(frame)
}

/// The device a signed request names, from its first bytes alone (its frame header and the
/// device id that opens it): HQ asks who is sending before it takes the rest of the body.
/// `None` if those bytes are not the start of a signed request.
pub fn signed_device(start: &[u8]) -> Option<DeviceKey> {
    let mut r = Reader { data: start, at: 0 };
    let header =
        (r.array::<2>("magic").ok()?, r.byte("version").ok()?, r.byte("kind").ok()?, r.byte("flags").ok()?);
    if header != (MAGIC, VERSION, 3, 0) {
        return None;
    }
    r.varint("body length").ok()?;
    Some(DeviceKey(r.array("device id").ok()?))
}

/// Decodes a signed request without decompressing anything: a signed request is never
/// compressed (its payload is), so HQ can check its signature before any work.
pub fn decode_signed(frame: &[u8]) -> Result<Signed, DecodeError> {
    match decode_plain(frame)? {
        Message::Signed(s) => Ok(s),
        other => Err(DecodeError::Unknown { what: "message kind", value: u64::from(kind_of(&other)) }),
    }
}

/// Encodes `message` as a frame, compressing the body when that makes it smaller.
pub fn encode(message: &Message) -> Vec<u8> {
    let raw = body(message);
    // A signed payload is already a frame (compressed if it paid off).
    let compressible =
        raw.len() >= COMPRESS_FROM && !matches!(message, Message::Signed(_) | Message::Answer(_));
    let (flags, body) = match compressible.then(|| zstd::bulk::compress(&raw, 3)) {
        Some(Ok(packed)) if packed.len() < raw.len() => (1u8, packed),
        _ => (0u8, raw),
    };
    let mut w = Writer(Vec::with_capacity(body.len() + 16));
    w.fixed(&MAGIC);
    w.fixed(&[VERSION, kind_of(message), flags]);
    w.bytes(&body);
    w.0
}

// ---- decoding ----

struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], DecodeError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|e| *e <= self.data.len())
            .ok_or(DecodeError::Truncated { what })?;
        let out = &self.data[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn array<const N: usize>(&mut self, what: &'static str) -> Result<[u8; N], DecodeError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N, what)?);
        Ok(out)
    }

    fn byte(&mut self, what: &'static str) -> Result<u8, DecodeError> {
        Ok(self.take(1, what)?[0])
    }

    fn varint(&mut self, what: &'static str) -> Result<u64, DecodeError> {
        let mut value: u64 = 0;
        for i in 0..10 {
            let b = self.byte(what)?;
            let part = u64::from(b & 0x7f);
            if i == 9 && part > 1 {
                return Err(DecodeError::BadNumber { what });
            }
            value |= part << (7 * i);
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(DecodeError::BadNumber { what })
    }

    fn signed(&mut self, what: &'static str) -> Result<i64, DecodeError> {
        let v = self.varint(what)?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    /// A length or count, checked against `max` and against the bytes left (each item takes
    /// at least `min_item` bytes), before anything is allocated for it.
    fn len(&mut self, what: &'static str, max: usize, min_item: usize) -> Result<usize, DecodeError> {
        let n = self.varint(what)?;
        if n > max as u64 {
            return Err(DecodeError::TooLong { what, len: n, max });
        }
        let n = n as usize;
        if n.saturating_mul(min_item) > self.data.len() - self.at {
            return Err(DecodeError::Truncated { what });
        }
        Ok(n)
    }

    fn bytes(&mut self, what: &'static str, max: usize) -> Result<Vec<u8>, DecodeError> {
        let n = self.len(what, max, 1)?;
        Ok(self.take(n, what)?.to_vec())
    }

    fn text(&mut self, what: &'static str) -> Result<String, DecodeError> {
        String::from_utf8(self.bytes(what, MAX_TEXT)?).map_err(|_| DecodeError::BadText { what })
    }

    fn cases(&mut self, what: &'static str) -> Result<Vec<CaseKey>, DecodeError> {
        let n = self.len(what, MAX_DOCS, 16)?;
        (0..n).map(|_| Ok(CaseKey(self.array(what)?))).collect()
    }

    fn docs(&mut self) -> Result<Vec<DocChanges>, DecodeError> {
        let n = self.len("documents", MAX_DOCS, 17)?;
        let mut docs = Vec::with_capacity(n);
        for _ in 0..n {
            let case = CaseKey(self.array("case id")?);
            let m = self.len("changes", MAX_CHANGES, 2)?;
            let mut changes = Vec::with_capacity(m);
            for _ in 0..m {
                let user = self.text("user")?;
                let bytes = self.bytes("change", MAX_CHANGE)?;
                changes.push(Change { user, bytes });
            }
            docs.push(DocChanges { case, changes });
        }
        Ok(docs)
    }

    fn figures(&mut self) -> Result<Vec<Figure>, DecodeError> {
        let n = self.len("figures", MAX_FIGURES, 17)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let id = self.array("figure id")?;
            let record = match self.varint("figure")? {
                0 => None,
                1 => {
                    let month = u32::try_from(self.varint("figure month")?)
                        .map_err(|_| DecodeError::BadNumber { what: "figure month" })?;
                    let [age_band, sex, risk] = self.array("figure codes")?;
                    Some(FigureRecord { month, age_band, sex, risk })
                }
                value => return Err(DecodeError::Unknown { what: "figure", value }),
            };
            out.push(Figure { id, record });
        }
        Ok(out)
    }

    fn heads(&mut self) -> Result<Vec<DocHeads>, DecodeError> {
        let n = self.len("acknowledgements", MAX_DOCS, 17)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let case = CaseKey(self.array("case id")?);
            let m = self.len("heads", MAX_HEADS, 32)?;
            let heads = (0..m).map(|_| Ok(Head(self.array("head")?))).collect::<Result<_, _>>()?;
            out.push(DocHeads { case, heads });
        }
        Ok(out)
    }

    fn end(&self) -> Result<(), DecodeError> {
        match self.data.len() - self.at {
            0 => Ok(()),
            n => Err(DecodeError::Trailing(n)),
        }
    }
}

fn rejection(v: u64) -> Result<DocRejection, DecodeError> {
    Ok(match v {
        1 => DocRejection::Erased,
        2 => DocRejection::NotPermitted,
        3 => DocRejection::Invalid,
        value => return Err(DecodeError::Unknown { what: "rejection", value }),
    })
}

fn refusal(v: u64) -> Result<RefusalCode, DecodeError> {
    Ok(match v {
        1 => RefusalCode::Malformed,
        2 => RefusalCode::TooLarge,
        3 => RefusalCode::Version,
        4 => RefusalCode::UnknownDevice,
        5 => RefusalCode::Revoked,
        6 => RefusalCode::BadSignature,
        7 => RefusalCode::Replayed,
        8 => RefusalCode::Clock,
        9 => RefusalCode::EnrollmentCode,
        10 => RefusalCode::Internal,
        11 => RefusalCode::Certificate,
        12 => RefusalCode::TooManyEnrollments,
        value => return Err(DecodeError::Unknown { what: "refusal", value }),
    })
}

/// Decompresses at most [`MAX_BODY`] bytes: a small body that expands without end is refused.
fn inflate(packed: &[u8]) -> Result<Vec<u8>, DecodeError> {
    let decoder = zstd::stream::read::Decoder::new(packed).map_err(|_| DecodeError::Decompress)?;
    let mut out = Vec::new();
    decoder.take(MAX_BODY as u64 + 1).read_to_end(&mut out).map_err(|_| DecodeError::Decompress)?;
    if out.len() > MAX_BODY {
        return Err(DecodeError::TooLong { what: "body", len: out.len() as u64, max: MAX_BODY });
    }
    Ok(out)
}

/// Decodes one frame. Never panics, whatever the bytes.
pub fn decode(frame: &[u8]) -> Result<Message, DecodeError> {
    let mut r = Reader { data: frame, at: 0 };
    if r.array::<2>("magic").map_err(|_| DecodeError::BadMagic)? != MAGIC {
        return Err(DecodeError::BadMagic);
    }
    let version = r.byte("version")?;
    if version != VERSION {
        return Err(DecodeError::Version(version));
    }
    let kind = r.byte("kind")?;
    let flags = r.byte("flags")?;
    if flags & !1 != 0 {
        return Err(DecodeError::Unknown { what: "flags", value: u64::from(flags) });
    }
    let n = r.len("body", MAX_BODY, 1)?;
    let raw = r.take(n, "body")?;
    r.end()?;
    let inflated;
    let body = if flags & 1 == 1 {
        inflated = inflate(raw)?;
        &inflated[..]
    } else {
        raw
    };
    let mut r = Reader { data: body, at: 0 };
    let message = match kind {
        1 => Message::Enroll(Enroll {
            code_id: r.text("code id")?,
            spake: r.bytes("spake message", 64)?,
            certificate: r.array("certificate")?,
        }),
        2 => Message::Enrolled(Enrolled {
            device: DeviceKey(r.array("device id")?),
            site: r.text("site")?,
            mac: r.array("mac")?,
        }),
        8 => Message::EnrollChallenge(EnrollChallenge {
            spake: r.bytes("spake message", 64)?,
            hq_key: r.array("hq key")?,
            sealed_site: r.bytes("sealed site", 256)?,
            confirm: r.array("confirm")?,
        }),
        9 => Message::EnrollFinish(EnrollFinish {
            code_id: r.text("code id")?,
            public_key: r.array("public key")?,
            confirm: r.array("confirm")?,
        }),
        3 => Message::Signed(Signed {
            device: DeviceKey(r.array("device id")?),
            payload: r.bytes("payload", MAX_BODY)?,
            signature: r.array("signature")?,
        }),
        4 | 10 => Message::Push(Push {
            device: DeviceKey(r.array("device id")?),
            nonce: r.array("nonce")?,
            sent_at: r.signed("time")?,
            cursor: r.varint("cursor")?,
            docs: r.docs()?,
            erased: r.cases("erased cases")?,
            figures: if kind == 10 { r.figures()? } else { Vec::new() },
        }),
        5 => {
            let acks = r.heads()?;
            let n = r.len("rejections", MAX_DOCS, 17)?;
            let mut rejected = Vec::with_capacity(n);
            for _ in 0..n {
                let case = CaseKey(r.array("case id")?);
                rejected.push(Rejected { case, reason: rejection(r.varint("rejection")?)? });
            }
            let docs = r.docs()?;
            let cursor = r.varint("cursor")?;
            let more = match r.varint("more")? {
                0 => false,
                1 => true,
                value => return Err(DecodeError::Unknown { what: "more", value }),
            };
            Message::Reply(Reply { acks, rejected, docs, cursor, more, erase: r.cases("cases to erase")? })
        }
        6 => Message::Refusal(Refusal { code: refusal(r.varint("refusal")?)?, detail: r.text("detail")? }),
        7 => Message::Answer(Answer {
            payload: r.bytes("payload", MAX_BODY)?,
            signature: r.array("signature")?,
        }),
        value => return Err(DecodeError::Unknown { what: "message kind", value: u64::from(value) }),
    };
    r.end()?;
    Ok(message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn push() -> Message {
        Message::Push(Push {
            device: DeviceKey([7; 16]),
            nonce: [9; 16],
            sent_at: -1_234,
            cursor: 300,
            docs: vec![DocChanges {
                case: CaseKey([1; 16]),
                changes: vec![
                    Change { user: "officer-amina".into(), bytes: vec![0x85, 0x6f, 0x4a, 0x83] },
                    Change { user: "officer-amina".into(), bytes: vec![42; 2_000] },
                ],
            }],
            erased: vec![CaseKey([3; 16])],
            figures: Vec::new(),
        })
    }

    fn push_with_figures() -> Message {
        let Message::Push(p) = push() else { unreachable!() };
        Message::Push(Push {
            figures: vec![
                Figure {
                    id: [4; 16],
                    record: Some(FigureRecord { month: 24_311, age_band: 4, sex: 1, risk: 3 }),
                },
                Figure { id: [5; 16], record: None },
            ],
            ..p
        })
    }

    fn reply() -> Message {
        Message::Reply(Reply {
            acks: vec![DocHeads { case: CaseKey([1; 16]), heads: vec![Head([5; 32]), Head([6; 32])] }],
            rejected: vec![Rejected { case: CaseKey([2; 16]), reason: DocRejection::Erased }],
            docs: Vec::new(),
            cursor: u64::MAX,
            more: true,
            erase: vec![CaseKey([2; 16])],
        })
    }

    #[test]
    fn messages_round_trip() {
        let messages = [
            push(),
            push_with_figures(),
            reply(),
            Message::Enroll(Enroll { code_id: "ACDE".into(), spake: vec![5; 33], certificate: [6; 32] }),
            Message::EnrollChallenge(EnrollChallenge {
                spake: vec![7; 33],
                hq_key: [9; 32],
                sealed_site: vec![3; 64],
                confirm: [1; 32],
            }),
            Message::EnrollFinish(EnrollFinish {
                code_id: "ACDE".into(),
                public_key: [4; 32],
                confirm: [2; 32],
            }),
            Message::Enrolled(Enrolled {
                device: DeviceKey([8; 16]),
                site: "border-north".into(),
                mac: [10; 32],
            }),
            Message::Answer(Answer { payload: encode(&reply()), signature: [2; 64] }),
            Message::Signed(Signed {
                device: DeviceKey([3; 16]),
                payload: encode(&push()),
                signature: [1; 64],
            }),
            Message::Refusal(Refusal { code: RefusalCode::Replayed, detail: "nonce seen".into() }),
        ];
        for m in messages {
            assert_eq!(decode(&encode(&m)), Ok(m.clone()), "{m:?}");
        }
    }

    #[test]
    fn a_signed_requests_device_is_read_from_its_first_bytes() {
        let frame = encode(&Message::Signed(Signed {
            device: DeviceKey([3; 16]),
            payload: vec![1; 5000],
            signature: [1; 64],
        }));
        assert_eq!(signed_device(&frame[..32]), Some(DeviceKey([3; 16])));
        assert_eq!(signed_device(&frame[..10]), None, "too few bytes");
        assert_eq!(signed_device(&encode(&reply())), None, "not a signed request");
    }

    #[test]
    fn large_bodies_are_compressed() {
        let frame = encode(&push());
        assert_eq!(frame[4], 1, "compressed flag");
        assert!(frame.len() < 600, "{} bytes", frame.len());
    }

    #[test]
    fn every_truncation_is_a_clear_error() {
        let frame = encode(&reply());
        for cut in 0..frame.len() {
            assert!(decode(&frame[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn other_versions_and_kinds_are_refused_by_name() {
        let mut frame = encode(&reply());
        frame[2] = 1;
        assert_eq!(decode(&frame), Err(DecodeError::Version(1)));
        assert_eq!(DecodeError::Version(1).refusal(), RefusalCode::Version);
        let mut frame = encode(&reply());
        frame[3] = 99;
        assert!(matches!(decode(&frame), Err(DecodeError::Unknown { what: "message kind", value: 99 })));
        assert_eq!(decode(b"GET / HTTP/1.1"), Err(DecodeError::BadMagic));
    }

    #[test]
    fn a_huge_declared_length_is_refused_before_allocating() {
        // A reply that claims 2^60 acknowledgements, then one that claims 15,000 (under the
        // limit) in a few bytes: both refused without reserving room for them.
        for count in [1u64 << 60, 15_000] {
            let mut w = Writer(Vec::new());
            w.varint(count);
            w.fixed(&[0; 16]);
            let mut frame = Writer(Vec::new());
            frame.fixed(&MAGIC);
            frame.fixed(&[VERSION, 5, 0]);
            frame.bytes(&w.0);
            let err = decode(&frame.0).expect_err("refused");
            assert!(matches!(err, DecodeError::TooLong { .. } | DecodeError::Truncated { .. }), "{err:?}");
        }
    }

    #[test]
    fn a_push_without_figures_keeps_its_old_kind_and_one_with_them_has_a_new_one() {
        assert_eq!(encode(&push())[3], 4, "an HQ that knows no figures still reads it");
        let frame = encode(&push_with_figures());
        assert_eq!(frame[3], 10);
        for cut in 0..frame.len() {
            assert!(decode(&frame[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn trailing_bytes_are_refused() {
        let mut frame = encode(&reply());
        frame.push(0);
        assert_eq!(decode(&frame), Err(DecodeError::Trailing(1)));
    }

    #[test]
    fn a_compression_bomb_is_refused() {
        let zeros = vec![0u8; MAX_BODY + 4096];
        let packed = zstd::bulk::compress(&zeros, 19).expect("compress");
        assert!(packed.len() < 4096);
        let mut frame = Writer(Vec::new());
        frame.fixed(&MAGIC);
        frame.fixed(&[VERSION, 5, 1]);
        frame.bytes(&packed);
        assert!(matches!(decode(&frame.0), Err(DecodeError::TooLong { what: "body", .. })));
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = decode(&bytes);
        }

        #[test]
        fn mutated_frames_never_panic(i in 0usize..4096, b in any::<u8>()) {
            let mut frame = encode(&reply());
            let i = i % frame.len();
            frame[i] = b;
            let _ = decode(&frame);
        }

        #[test]
        fn pushes_round_trip(
            sent_at in any::<i64>(),
            cursor in any::<u64>(),
            changes in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..300), 0..20),
        ) {
            let m = Message::Push(Push {
                device: DeviceKey([1; 16]),
                nonce: [2; 16],
                sent_at,
                cursor,
                docs: vec![DocChanges {
                    case: CaseKey([3; 16]),
                    changes: changes.into_iter().map(|bytes| Change { user: "u".into(), bytes }).collect(),
                }],
                erased: Vec::new(),
                figures: Vec::new(),
            });
            prop_assert_eq!(decode(&encode(&m)), Ok(m));
        }
    }
}
