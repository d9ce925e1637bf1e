//! Enrollment that authenticates both sides with the one-time code, by a PAKE (SPAKE2).
//!
//! The code an admin hands over (`waypoint-hq device add`, `ABCD-EFGH-JKLM`) never travels.
//! Its first group names it (public); the whole code is the password of a SPAKE2 exchange
//! between the device and HQ, from which both get one key only if both used the same code.
//! Someone in between — even one who presented their own TLS certificate at first contact —
//! learns nothing to guess the code from offline: each exchange they run is one guess, and HQ
//! uses a code up after a few failed ones. With that key:
//! - HQ proves it holds the code (a MAC over the exchange, the TLS certificate the device saw
//!   and HQ's signing key), so the device learns and pins HQ's key — an impostor HQ cannot;
//! - the device proves it holds the code (a MAC over the exchange and its public key), so only
//!   the holder of the code enrolls a key;
//! - HQ refuses a device that saw another certificate than HQ's own (a man in the middle).

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use spake2::{Ed25519Group, Identity, Password, Spake2};

use crate::signing::{SigningKey, VerifyingKey};
use crate::wire::{self, DeviceKey, Enroll, EnrollChallenge, EnrollFinish, Enrolled, Message, RefusalCode};

/// The code in capitals without separators.
fn normal(code: &str) -> String {
    code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

/// The key a code stands for (SPAKE2's password): SHA-256 of the code in capitals without
/// separators — what HQ stores instead of the code.
pub fn code_key(code: &str) -> [u8; 32] {
    Sha256::digest(normal(code).as_bytes()).into()
}

/// The public name of a code: its first group (none for a code too short to be one).
pub fn code_id(code: &str) -> Option<String> {
    let code = normal(code);
    (code.len() >= 8).then(|| code[..4].to_owned())
}

fn identities() -> (Identity, Identity) {
    (Identity::new(b"waypoint device"), Identity::new(b"waypoint headquarters"))
}

/// What both sides agreed on in the first exchange: the key, and a digest of what was said.
#[derive(Clone, PartialEq, Eq)]
pub struct Agreed {
    key: [u8; 32],
    transcript: [u8; 32],
}

impl std::fmt::Debug for Agreed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Agreed(…)")
    }
}

impl Agreed {
    fn new(key: &[u8], code_id: &str, device: &[u8], hq: &[u8], certificate: &[u8; 32]) -> Option<Self> {
        let key: [u8; 32] = key.try_into().ok()?;
        let mut t = Sha256::new();
        for part in [code_id.as_bytes(), device, hq, certificate] {
            t.update((part.len() as u64).to_be_bytes());
            t.update(part);
        }
        Some(Self { key, transcript: t.finalize().into() })
    }

    fn mac(&self, label: &[u8], parts: &[&[u8]]) -> Hmac<Sha256> {
        // HMAC takes a key of any length.
        let mut m =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.key).unwrap_or_else(|_| unreachable!("any key"));
        m.update(label);
        m.update(&self.transcript);
        for p in parts {
            m.update(&(p.len() as u64).to_be_bytes());
            m.update(p);
        }
        m
    }

    /// `site`, sealed for the holder of the code: length and name, padded to a multiple of
    /// [`SITE_BLOCK`] bytes (one block for any usual name), XORed with a stream only this
    /// exchange's key makes.
    fn seal_site(&self, site: &str) -> Vec<u8> {
        let name = site.as_bytes();
        let padded = (name.len() + 1).div_ceil(SITE_BLOCK).max(1) * SITE_BLOCK;
        let mut plain = Vec::with_capacity(padded);
        plain.push(u8::try_from(name.len()).unwrap_or(u8::MAX));
        plain.extend_from_slice(&name[..name.len().min(usize::from(u8::MAX))]);
        plain.resize(padded, 0);
        self.xor_site_stream(&mut plain);
        plain
    }

    /// The site in [`Agreed::seal_site`]'s output, if it opens (a key that is not this
    /// exchange's gives a wrong name, which the confirmation then refuses).
    fn open_site(&self, sealed: &[u8]) -> Option<String> {
        if sealed.is_empty() || !sealed.len().is_multiple_of(SITE_BLOCK) {
            return None;
        }
        let mut plain = sealed.to_vec();
        self.xor_site_stream(&mut plain);
        let len = usize::from(*plain.first()?);
        String::from_utf8(plain.get(1..1 + len)?.to_vec()).ok()
    }

    fn xor_site_stream(&self, bytes: &mut [u8]) {
        for (i, chunk) in bytes.chunks_mut(32).enumerate() {
            let block = u64::try_from(i).unwrap_or(u64::MAX).to_be_bytes();
            let stream = self.mac(b"site", &[&block]).finalize().into_bytes();
            for (b, s) in chunk.iter_mut().zip(stream.iter()) {
                *b ^= s;
            }
        }
    }

    /// The 64 bytes HQ keeps between the two requests.
    pub fn to_bytes(&self) -> Vec<u8> {
        [self.key, self.transcript].concat()
    }

    /// From [`Agreed::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        Some(Self { key: bytes.get(..32)?.try_into().ok()?, transcript: bytes.get(32..64)?.try_into().ok()? })
    }
}

/// What a device learns from an authenticated enrollment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// The device's id from now on.
    pub device: DeviceKey,
    /// The site it serves.
    pub site: String,
    /// HQ's key, which signs every later answer.
    pub hq_key: VerifyingKey,
}

/// Why an enrollment did not complete.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnrollError {
    /// HQ refused (another certificate; too many enrollments from this network; HQ failed).
    #[error("headquarters refused the enrollment ({0:?})")]
    Refused(RefusalCode),
    /// The answer's proof does not hold: a mistyped, used or expired code (HQ answers those
    /// as any name it has no code for), or not the HQ that issued it.
    #[error(
        "the answer does not prove the code: a mistyped, used or expired code, or not the headquarters that issued it"
    )]
    Unauthenticated,
    /// Not an enrollment answer.
    #[error("headquarters answered with something that is not an enrollment answer")]
    Unexpected,
    /// The code is for another site than the device's: stopped before the code was used up.
    #[error("the code is for another site")]
    OtherSite(String),
}

/// Enrolls the device key `key` with `code` through `post`, which carries a request frame to
/// HQ's enrollment endpoint and returns the answer frame (an error: the link failed). It is
/// called twice. `certificate` is the SHA-256 of the TLS certificate HQ presented (zeros over
/// plain HTTP on loopback).
pub fn enroll<E>(
    code: &str,
    key: &VerifyingKey,
    certificate: [u8; 32],
    post: impl FnMut(&[u8]) -> Result<Vec<u8>, E>,
) -> Result<Result<Accepted, EnrollError>, E> {
    enroll_at(code, key, certificate, None, post)
}

/// [`enroll`] for a device of `site`: a code for another site is refused before it is used up
/// (HQ's proof covers the site it names).
pub fn enroll_at<E>(
    code: &str,
    key: &VerifyingKey,
    certificate: [u8; 32],
    site: Option<&str>,
    mut post: impl FnMut(&[u8]) -> Result<Vec<u8>, E>,
) -> Result<Result<Accepted, EnrollError>, E> {
    let Some(code_id) = code_id(code) else {
        return Ok(Err(EnrollError::Refused(RefusalCode::EnrollmentCode)));
    };
    let (device, hq) = identities();
    let (state, spake) = Spake2::<Ed25519Group>::start_a(&Password::new(code_key(code)), &device, &hq);
    let start = Enroll { code_id: code_id.clone(), spake: spake.clone(), certificate };
    let challenge = match wire::decode(&post(&wire::encode(&Message::Enroll(start)))?) {
        Ok(Message::EnrollChallenge(c)) => c,
        Ok(Message::Refusal(r)) => return Ok(Err(EnrollError::Refused(r.code))),
        _ => return Ok(Err(EnrollError::Unexpected)),
    };
    let agreed = state
        .finish(&challenge.spake)
        .ok()
        .and_then(|k| Agreed::new(&k, &code_id, &spake, &challenge.spake, &certificate));
    let Some(agreed) = agreed else { return Ok(Err(EnrollError::Unauthenticated)) };
    let Some(code_site) = agreed.open_site(&challenge.sealed_site) else {
        return Ok(Err(EnrollError::Unauthenticated));
    };
    if agreed.mac(b"hq", &[&challenge.hq_key, code_site.as_bytes()]).verify_slice(&challenge.confirm).is_err()
    {
        return Ok(Err(EnrollError::Unauthenticated));
    }
    if site.is_some_and(|site| site != code_site) {
        return Ok(Err(EnrollError::OtherSite(code_site)));
    }
    let confirm = agreed.mac(b"device", &[&key.0]).finalize().into_bytes().into();
    let finish = wire::encode(&Message::EnrollFinish(EnrollFinish { code_id, public_key: key.0, confirm }));
    // HQ answers the same second request again as it did the first time: an answer lost on
    // the way is asked for again, instead of leaving a used code and a device not enrolled.
    let mut answer = post(&finish);
    for pause in FINISH_PAUSES {
        if answer.is_ok() {
            break;
        }
        std::thread::sleep(pause);
        answer = post(&finish);
    }
    match wire::decode(&answer?) {
        Ok(Message::Enrolled(e)) => {
            if agreed.mac(b"enrolled", &[&e.device.0, e.site.as_bytes()]).verify_slice(&e.mac).is_err() {
                return Ok(Err(EnrollError::Unauthenticated));
            }
            Ok(Ok(Accepted { device: e.device, site: e.site, hq_key: VerifyingKey(challenge.hq_key) }))
        }
        Ok(Message::Refusal(r)) => Ok(Err(EnrollError::Refused(r.code))),
        _ => Ok(Err(EnrollError::Unexpected)),
    }
}

/// The pauses before the device sends its second request again when no answer came back
/// (a link that just failed often needs a moment).
pub const FINISH_PAUSES: [std::time::Duration; 2] =
    [std::time::Duration::from_secs(1), std::time::Duration::from_secs(3)];

/// The sealed site's block size (see `Agreed::seal_site`).
const SITE_BLOCK: usize = 64;

/// HQ: its answer to the first request, made with the code whose key is `code` (for `site`),
/// and what it keeps for the second; `None` if the device's SPAKE2 message is not one.
pub fn challenge(
    code: &[u8; 32],
    request: &Enroll,
    hq_key: &SigningKey,
    site: &str,
) -> Option<(Message, Agreed)> {
    let (device, hq) = identities();
    let (state, spake) = Spake2::<Ed25519Group>::start_b(&Password::new(code), &device, &hq);
    let key = state.finish(&request.spake).ok()?;
    let agreed = Agreed::new(&key, &request.code_id, &request.spake, &spake, &request.certificate)?;
    let hq_key = hq_key.verifying_key().0;
    let confirm = agreed.mac(b"hq", &[&hq_key, site.as_bytes()]).finalize().into_bytes().into();
    let sealed_site = agreed.seal_site(site);
    Some((Message::EnrollChallenge(EnrollChallenge { spake, hq_key, sealed_site, confirm }), agreed))
}

/// HQ: its answer to a first request for a name that is no usable code (unknown, expired,
/// used up or used): made as for a real code, with a random one. It looks like any answer to
/// whoever does not hold a code for that name, so code names cannot be found by asking, and
/// it names no site (the sealed site is noise to anyone). `random` is a fresh random code
/// key. `None` as [`challenge`].
pub fn decoy(request: &Enroll, hq_key: &SigningKey, random: [u8; 32]) -> Option<Message> {
    challenge(&random, request, hq_key, "").map(|(answer, _)| answer)
}

/// HQ: whether the second request proves the code (checked in constant time).
pub fn proves(agreed: &Agreed, finish: &EnrollFinish) -> bool {
    agreed.mac(b"device", &[&finish.public_key]).verify_slice(&finish.confirm).is_ok()
}

/// HQ: the answer that enrolls the device as `device` for `site`.
pub fn enrolled(agreed: &Agreed, device: DeviceKey, site: String) -> Message {
    let mac = agreed.mac(b"enrolled", &[&device.0, site.as_bytes()]).finalize().into_bytes().into();
    Message::Enrolled(Enrolled { device, site, mac })
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use super::*;
    use crate::wire::Refusal;

    const CODE: &str = "ACDE-FGHJ-KLMN";

    /// An HQ in memory that issued `issued` (its key `hq`): both requests, as HQ answers them.
    fn hq<'a>(
        issued: &'a str,
        hq: &'a SigningKey,
        seen: &'a RefCell<Vec<Message>>,
    ) -> impl FnMut(&[u8]) -> Result<Vec<u8>, ()> + 'a {
        let kept = RefCell::new(None);
        move |frame| {
            let message = wire::decode(frame).map_err(drop)?;
            seen.borrow_mut().push(message.clone());
            let refused = |code| Message::Refusal(Refusal { code, detail: String::new() });
            let answer = match message {
                Message::Enroll(e) if Some(e.code_id.clone()) == code_id(issued) => {
                    let (answer, agreed) = challenge(&code_key(issued), &e, hq, "border-north").ok_or(())?;
                    *kept.borrow_mut() = Some(agreed);
                    answer
                }
                Message::EnrollFinish(f) => match kept.borrow().as_ref() {
                    Some(agreed) if proves(agreed, &f) => {
                        enrolled(agreed, DeviceKey([3; 16]), "border-north".into())
                    }
                    _ => refused(RefusalCode::EnrollmentCode),
                },
                _ => refused(RefusalCode::EnrollmentCode),
            };
            Ok(wire::encode(&answer))
        }
    }

    #[test]
    fn the_site_opens_only_with_the_exchanges_key_and_its_length_shows_nothing_usual() {
        let agreed = |k: u8| Agreed::new(&[k; 32], "ACDE", b"device", b"hq", &[7; 32]).expect("agreed");
        let sealed = agreed(1).seal_site("border-north");
        assert_eq!(sealed.len(), SITE_BLOCK, "any usual name fills one block");
        assert_eq!(agreed(1).seal_site("").len(), SITE_BLOCK, "a decoy's is as long");
        assert!(!sealed.windows(6).any(|w| w == b"border"));
        assert_eq!(agreed(1).open_site(&sealed).as_deref(), Some("border-north"));
        assert_ne!(agreed(2).open_site(&sealed).as_deref(), Some("border-north"), "another key");
        let long = "a".repeat(100);
        assert_eq!(agreed(1).open_site(&agreed(1).seal_site(&long)), Some(long));
    }

    #[test]
    fn the_device_and_hq_each_prove_the_code_which_never_travels() {
        let (device, key) = (SigningKey::generate(), SigningKey::generate());
        let seen = RefCell::new(Vec::new());
        let accepted = enroll(" acde fghj-klmn ", &device.verifying_key(), [7; 32], hq(CODE, &key, &seen))
            .expect("link")
            .expect("enrolled");
        assert_eq!(accepted.hq_key, key.verifying_key());
        assert_eq!((accepted.device, accepted.site.as_str()), (DeviceKey([3; 16]), "border-north"));
        let sent = format!("{:?}", seen.borrow());
        assert!(!sent.contains("FGHJ") && !sent.contains("KLMN"), "only the code's name travels");
    }

    #[test]
    fn a_mistyped_code_or_an_impostor_hq_proves_nothing_and_nothing_is_enrolled() {
        let (device, key) = (SigningKey::generate(), SigningKey::generate());
        let seen = RefCell::new(Vec::new());
        // The same name, another password: HQ's proof fails at the device, which stops there.
        let typo = enroll("ACDE-FGHJ-KLMP", &device.verifying_key(), [7; 32], hq(CODE, &key, &seen));
        assert_eq!(typo, Ok(Err(EnrollError::Unauthenticated)));
        assert_eq!(seen.borrow().len(), 1, "no second request");
        // An impostor that does not hold the code, answering as HQ would with a guess.
        let impostor = enroll(CODE, &device.verifying_key(), [7; 32], hq("ACDE-AAAA-AAAA", &key, &seen));
        assert_eq!(impostor, Ok(Err(EnrollError::Unauthenticated)));
        // A device that does not hold the code cannot make HQ's check pass.
        let (state, spake) = Spake2::<Ed25519Group>::start_a(
            &Password::new(code_key("ACDE-XXXX-XXXX")),
            &identities().0,
            &identities().1,
        );
        drop(state);
        let request = Enroll { code_id: "ACDE".into(), spake, certificate: [7; 32] };
        let (_, agreed) = challenge(&code_key(CODE), &request, &key, "border-north").expect("a challenge");
        let guess =
            EnrollFinish { code_id: "ACDE".into(), public_key: device.verifying_key().0, confirm: [0; 32] };
        assert!(!proves(&agreed, &guess));
        assert_eq!(Agreed::from_bytes(&agreed.to_bytes()), Some(agreed));
        assert_eq!(
            enroll("AC", &device.verifying_key(), [0; 32], |_| Err::<Vec<u8>, ()>(())),
            Ok(Err(EnrollError::Refused(RefusalCode::EnrollmentCode)))
        );
    }
}
