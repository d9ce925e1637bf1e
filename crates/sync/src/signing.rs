//! Device keys: each device signs every request with its own Ed25519 key, registered at HQ
//! when it was enrolled, so that HQ knows which device sent what and a copied request is
//! useless without the key.

use ed25519_dalek::Signer;

/// A device's private key (kept in the device's encrypted store).
#[derive(Clone)]
pub struct SigningKey(ed25519_dalek::SigningKey);

/// A device's public key (registered at HQ).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifyingKey(pub [u8; 32]);

impl SigningKey {
    /// A new random key, from the operating system's randomness (enrollment).
    pub fn generate() -> Self {
        Self::generate_with(&mut rand_core::OsRng)
    }

    /// A new key from `rng`: a simulation seeds it, so that a seed replays byte for byte.
    pub fn generate_with<R: rand_core::CryptoRngCore + ?Sized>(rng: &mut R) -> Self {
        Self(ed25519_dalek::SigningKey::generate(rng))
    }

    /// The key from its 32 secret bytes (as stored).
    pub fn from_bytes(bytes: &[u8; 32]) -> Self {
        Self(ed25519_dalek::SigningKey::from_bytes(bytes))
    }

    /// The secret bytes, to store (encrypted) on the device.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.0.to_bytes()
    }

    /// The public half.
    pub fn verifying_key(&self) -> VerifyingKey {
        VerifyingKey(self.0.verifying_key().to_bytes())
    }

    /// Signs `payload`.
    pub fn sign(&self, payload: &[u8]) -> [u8; 64] {
        self.0.sign(payload).to_bytes()
    }
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningKey(…)")
    }
}

/// Whether `signature` is `key`'s signature of `payload`, checked strictly (no small-order
/// key, no malleable signature). A malformed key is a failed check.
pub fn verify(key: &VerifyingKey, payload: &[u8], signature: &[u8; 64]) -> bool {
    let Ok(key) = ed25519_dalek::VerifyingKey::from_bytes(&key.0) else { return false };
    key.verify_strict(payload, &ed25519_dalek::Signature::from_bytes(signature)).is_ok()
}

/// Whether `key` may be enrolled: a valid point of large order. A weak key (such as all
/// zeros) has signatures that verify for many messages, so it identifies no one.
pub fn is_enrollable(key: &VerifyingKey) -> bool {
    ed25519_dalek::VerifyingKey::from_bytes(&key.0).is_ok_and(|k| !k.is_weak())
}

/// What HQ signs for an answer: the payload bound to the request it answers (its nonce) and
/// to the device that sent it, so that an answer can be neither forged nor moved to another
/// request or device.
pub fn answer_bytes(nonce: &[u8; 16], device: &crate::wire::DeviceKey, payload: &[u8]) -> Vec<u8> {
    let label = b"waypoint hq answer v2";
    let mut bytes = Vec::with_capacity(label.len() + 32 + payload.len());
    bytes.extend_from_slice(label);
    bytes.extend_from_slice(nonce);
    bytes.extend_from_slice(&device.0);
    bytes.extend_from_slice(payload);
    bytes
}

/// HQ's answer frame: `message` signed by `key` for the request `nonce` of `device`.
pub fn signed_answer(
    key: &SigningKey,
    nonce: &[u8; 16],
    device: &crate::wire::DeviceKey,
    message: &crate::wire::Message,
) -> Vec<u8> {
    let payload = crate::wire::encode(message);
    let signature = key.sign(&answer_bytes(nonce, device, &payload));
    crate::wire::encode(&crate::wire::Message::Answer(crate::wire::Answer { payload, signature }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_only_for_its_payload_and_key() {
        let key = SigningKey::generate();
        let other = SigningKey::generate();
        let sig = key.sign(b"payload");
        assert!(verify(&key.verifying_key(), b"payload", &sig));
        assert!(!verify(&key.verifying_key(), b"payloae", &sig));
        assert!(!verify(&other.verifying_key(), b"payload", &sig));
        assert!(!verify(&VerifyingKey([0xff; 32]), b"payload", &sig));
        assert!(is_enrollable(&key.verifying_key()));
        let identity = {
            let mut k = [0u8; 32];
            k[0] = 1;
            VerifyingKey(k)
        };
        assert!(!is_enrollable(&identity) && !is_enrollable(&VerifyingKey([0; 32])), "small-order keys");
        let restored = SigningKey::from_bytes(&key.to_bytes());
        assert_eq!(restored.verifying_key(), key.verifying_key());
    }

    #[test]
    fn a_seeded_key_is_the_same_key_for_the_same_seed_only() {
        use rand::SeedableRng;
        let key = |seed| SigningKey::generate_with(&mut rand::rngs::StdRng::seed_from_u64(seed)).to_bytes();
        assert_eq!(key(7), key(7));
        assert_ne!(key(7), key(8));
    }
}
