//! Enrollment that authenticates both sides with the one-time code.
//!
//! The code an admin hands over (`waypoint-hq device add`) never travels. The device proves
//! it holds the code with an HMAC keyed by it over its public key, a fresh nonce and the TLS
//! certificate it saw HQ present; HQ answers with its own signing key and an HMAC over the
//! request and its answer, which only the HQ that issued the code can make. So an impostor
//! without the code can neither enroll a key nor pose as HQ, a man in the middle who
//! presents another certificate is found (HQ compares the certificate the device saw with its
//! own), and the device learns HQ's key to check every later answer with.
//!
//! Known limit: the device takes any certificate at first contact, so a man in the middle
//! there holds a MAC from which the code (12 letters of 26: 56 bits) can be guessed offline —
//! hundreds of GPU-days, against a code that lives 24 hours and is used up once HQ sees it met
//! a foreign certificate. A PAKE, which leaves one online guess and nothing to guess offline,
//! is to replace the MAC.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::signing::{SigningKey, VerifyingKey};
use crate::wire::{self, DeviceKey, Enroll, Enrolled, Message, RefusalCode};

/// The key a code stands for: SHA-256 of the code in capitals without separators (what HQ
/// stores instead of the code).
pub fn code_key(code: &str) -> [u8; 32] {
    let normal: String =
        code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    Sha256::digest(normal.as_bytes()).into()
}

fn mac(key: &[u8; 32], label: &[u8], parts: &[&[u8]]) -> Hmac<Sha256> {
    // A key of any length is accepted by HMAC.
    let mut m =
        <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC takes any key"));
    m.update(label);
    for p in parts {
        m.update(&(p.len() as u64).to_be_bytes());
        m.update(p);
    }
    m
}

fn request_mac(
    key: &[u8; 32],
    public_key: &[u8; 32],
    nonce: &[u8; 16],
    certificate: &[u8; 32],
) -> Hmac<Sha256> {
    mac(key, b"waypoint enrollment request v2", &[public_key, nonce, certificate])
}

fn answer_mac(
    key: &[u8; 32],
    request: &Enroll,
    device: &DeviceKey,
    site: &str,
    hq_key: &[u8; 32],
) -> Hmac<Sha256> {
    mac(
        key,
        b"waypoint enrollment answer v2",
        &[
            &request.public_key,
            &request.nonce,
            &request.certificate,
            &request.mac,
            &device.0,
            site.as_bytes(),
            hq_key,
        ],
    )
}

/// An enrollment request under way on the device: what it sent, to check HQ's answer with.
#[derive(Debug, Clone)]
pub struct Pending {
    code: [u8; 32],
    request: Enroll,
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
    /// HQ refused (the code is wrong, used or expired, or HQ failed).
    #[error("headquarters refused the enrollment ({0:?})")]
    Refused(RefusalCode),
    /// The answer's proof does not hold: not the HQ that issued the code.
    #[error("the answer does not come from the headquarters that issued the code")]
    Unauthenticated,
    /// Not an enrollment answer.
    #[error("headquarters answered with something that is not an enrollment answer")]
    Unexpected,
}

/// The request that enrolls the device key `key` with `code`, having seen HQ present the TLS
/// certificate whose SHA-256 is `certificate` (zeros over plain HTTP on loopback); `nonce` is
/// fresh.
pub fn request(code: &str, key: &VerifyingKey, certificate: [u8; 32], nonce: [u8; 16]) -> (Message, Pending) {
    let code = code_key(code);
    let public_key = key.0;
    let mac = request_mac(&code, &public_key, &nonce, &certificate).finalize().into_bytes().into();
    let request = Enroll { public_key, nonce, certificate, mac };
    (Message::Enroll(request.clone()), Pending { code, request })
}

/// Enrolls the device key `key` with `code` through `post`, which carries the request frame to HQ's
/// enrollment endpoint and returns the answer frame (an error: the link failed); the answer is
/// checked as [`Pending::accept`] does. `certificate` as for [`request`].
pub fn enroll<E>(
    code: &str,
    key: &VerifyingKey,
    certificate: [u8; 32],
    post: impl FnOnce(&[u8]) -> Result<Vec<u8>, E>,
) -> Result<Result<Accepted, EnrollError>, E> {
    let mut nonce = [0u8; 16];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut nonce);
    let (message, pending) = request(code, key, certificate, nonce);
    let answer = post(&wire::encode(&message))?;
    Ok(pending.accept(&answer))
}

impl Pending {
    /// Reads HQ's answer frame: accepted only when its proof holds.
    pub fn accept(&self, answer: &[u8]) -> Result<Accepted, EnrollError> {
        match wire::decode(answer) {
            Ok(Message::Enrolled(e)) => {
                answer_mac(&self.code, &self.request, &e.device, &e.site, &e.hq_key)
                    .verify_slice(&e.mac)
                    .map_err(|_| EnrollError::Unauthenticated)?;
                Ok(Accepted { device: e.device, site: e.site, hq_key: VerifyingKey(e.hq_key) })
            }
            // A refusal cannot be authenticated (HQ may not know the code), and changes nothing.
            Ok(Message::Refusal(r)) => Err(EnrollError::Refused(r.code)),
            _ => Err(EnrollError::Unexpected),
        }
    }
}

/// HQ: whether `request` was made with the code whose key is `code` (checked in constant time).
pub fn made_with(code: &[u8; 32], request: &Enroll) -> bool {
    request_mac(code, &request.public_key, &request.nonce, &request.certificate)
        .verify_slice(&request.mac)
        .is_ok()
}

/// HQ: the answer that enrolls the device of `request` as `device` for `site`, proving it
/// comes from the holder of the code and of `hq_key`.
pub fn accepted(
    code: &[u8; 32],
    request: &Enroll,
    device: DeviceKey,
    site: String,
    hq_key: &SigningKey,
) -> Message {
    let hq_key = hq_key.verifying_key().0;
    let mac = answer_mac(code, request, &device, &site, &hq_key).finalize().into_bytes().into();
    Message::Enrolled(Enrolled { device, site, hq_key, mac })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::Refusal;

    const CODE: &str = "ACDE-FGHJ-KLMN";

    fn hq_answer(code: &str, request: &Message, hq: &SigningKey) -> Vec<u8> {
        let Message::Enroll(e) = request else { panic!("not a request") };
        let key = code_key(code);
        wire::encode(&accepted(&key, e, DeviceKey([3; 16]), "border-north".into(), hq))
    }

    #[test]
    fn the_device_and_hq_each_prove_the_code_and_the_device_learns_hqs_key() {
        let (device, hq) = (SigningKey::generate(), SigningKey::generate());
        let (request, pending) = request(" acde fghj-klmn ", &device.verifying_key(), [7; 32], [1; 16]);
        let Message::Enroll(e) = &request else { panic!("not a request") };
        assert!(made_with(&code_key(CODE), e), "the code, however it was typed");
        let accepted = pending.accept(&hq_answer(CODE, &request, &hq)).expect("accepted");
        assert_eq!(accepted.hq_key, hq.verifying_key());
        assert_eq!((accepted.device, accepted.site.as_str()), (DeviceKey([3; 16]), "border-north"));
    }

    #[test]
    fn without_the_code_no_one_enrolls_and_no_one_poses_as_hq() {
        let (device, hq) = (SigningKey::generate(), SigningKey::generate());
        let (request, pending) = request(CODE, &device.verifying_key(), [7; 32], [1; 16]);
        let Message::Enroll(e) = &request else { panic!() };
        assert!(!made_with(&code_key("ACDE-FGHJ-KLMP"), e), "another code");
        // Another key, nonce or certificate in the same request: the proof no longer holds.
        for altered in [
            Enroll { public_key: SigningKey::generate().verifying_key().0, ..e.clone() },
            Enroll { nonce: [2; 16], ..e.clone() },
            Enroll { certificate: [8; 32], ..e.clone() },
        ] {
            assert!(!made_with(&code_key(CODE), &altered));
        }
        // An impostor answers without the code, or replays an answer to another request.
        assert_eq!(
            pending.accept(&hq_answer("ACDE-FGHJ-KLMP", &request, &hq)),
            Err(EnrollError::Unauthenticated)
        );
        let (other, _) = super::request(CODE, &device.verifying_key(), [7; 32], [9; 16]);
        assert_eq!(pending.accept(&hq_answer(CODE, &other, &hq)), Err(EnrollError::Unauthenticated));
        // An answer whose site or key was changed on the way.
        let Ok(Message::Enrolled(real)) = wire::decode(&hq_answer(CODE, &request, &hq)) else { panic!() };
        for forged in [
            Enrolled { site: "elsewhere".into(), ..real.clone() },
            Enrolled { hq_key: SigningKey::generate().verifying_key().0, ..real.clone() },
        ] {
            assert_eq!(
                pending.accept(&wire::encode(&Message::Enrolled(forged))),
                Err(EnrollError::Unauthenticated)
            );
        }
        let refused = wire::encode(&Message::Refusal(Refusal {
            code: RefusalCode::EnrollmentCode,
            detail: String::new(),
        }));
        assert_eq!(pending.accept(&refused), Err(EnrollError::Refused(RefusalCode::EnrollmentCode)));
        assert_eq!(pending.accept(b"<html>"), Err(EnrollError::Unexpected));
    }
}
