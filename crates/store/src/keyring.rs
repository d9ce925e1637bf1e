//! The keyring: one random database key, wrapped once per user by a key derived from that
//! user's passphrase (Argon2id), kept in a small file beside the database.
//!
//! Several users can unlock the same device store, each with their own passphrase; changing a
//! passphrase rewraps the key and never re-encrypts the data. Losing the device exposes nothing
//! without a passphrase. The file holds no case data: user ids, salts, parameters and sealed keys.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use crate::StoreError;

/// Shortest passphrase accepted: long enough to resist guessing on a stolen device together
/// with Argon2id, short enough to type on a tablet.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Argon2id cost parameters, stored with each wrapped key so they can be raised later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Iterations.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
}

impl KdfParams {
    /// For real devices: 64 MiB, 3 passes (about a third of a second on a field laptop).
    pub const STRONG: KdfParams = KdfParams { memory_kib: 64 * 1024, iterations: 3, parallelism: 1 };
    /// For tests and benchmarks only: fast, and useless against an attacker.
    pub const FAST_INSECURE: KdfParams = KdfParams { memory_kib: 256, iterations: 1, parallelism: 1 };
}

/// The 32-byte SQLCipher key. Zeroed when dropped.
pub(crate) struct DatabaseKey(Zeroizing<[u8; 32]>);

impl DatabaseKey {
    /// A fresh random key.
    pub(crate) fn generate() -> Self {
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        Self(key)
    }

    /// The SQLCipher `PRAGMA key` literal for this raw key (`x'…'`).
    pub(crate) fn pragma_literal(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("\"x'{}'\"", hex::encode(self.0.as_ref())))
    }
}

/// One user's sealed copy of the database key.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct WrappedKey {
    user: String,
    role: String,
    kdf: KdfParams,
    salt: String,
    nonce: String,
    sealed: String,
}

/// The keyring file's content.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Keyring {
    version: u32,
    users: Vec<WrappedKey>,
}

const KEYRING_VERSION: u32 = 1;

/// The keyring path for a database path (`cases.db` → `cases.db.keys`).
pub(crate) fn keyring_path(db: &Path) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(".keys");
    PathBuf::from(p)
}

fn derive(passphrase: &str, salt: &[u8], kdf: KdfParams) -> Result<Zeroizing<[u8; 32]>, StoreError> {
    let params = Params::new(kdf.memory_kib, kdf.iterations, kdf.parallelism, Some(32))
        .map_err(|_| StoreError::KeyringCorrupt)?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
        .map_err(|_| StoreError::KeyringCorrupt)?;
    Ok(out)
}

/// Checks a new passphrase before it is used.
pub fn check_passphrase(passphrase: &str) -> Result<(), StoreError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(StoreError::PassphraseTooShort { min: MIN_PASSPHRASE_CHARS });
    }
    Ok(())
}

impl Keyring {
    pub(crate) fn new() -> Self {
        Self { version: KEYRING_VERSION, users: Vec::new() }
    }

    pub(crate) fn load(path: &Path) -> Result<Self, StoreError> {
        let bytes = fs::read(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => StoreError::StoreMissing { path: path.to_path_buf() },
            _ => StoreError::Io { detail: e.kind().to_string() },
        })?;
        let ring: Keyring = serde_json::from_slice(&bytes).map_err(|_| StoreError::KeyringCorrupt)?;
        if ring.version > KEYRING_VERSION {
            return Err(StoreError::TooNew { found: ring.version.into(), supported: KEYRING_VERSION.into() });
        }
        Ok(ring)
    }

    /// Writes atomically: a crash mid-write leaves the old keyring, never half a file.
    pub(crate) fn save(&self, path: &Path) -> Result<(), StoreError> {
        let io = |e: std::io::Error| StoreError::Io { detail: e.kind().to_string() };
        let tmp = path.with_extension("keys.tmp");
        let json = serde_json::to_vec_pretty(self).map_err(|_| StoreError::Internal)?;
        let mut f = fs::File::create(&tmp).map_err(io)?;
        f.write_all(&json).map_err(io)?;
        f.sync_all().map_err(io)?;
        fs::rename(&tmp, path).map_err(io)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            // Make the rename itself durable.
            if let Ok(d) = fs::File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    }

    pub(crate) fn has_user(&self, user: &str) -> bool {
        self.users.iter().any(|u| u.user == user)
    }

    /// Users and roles, for the admin CLI.
    pub(crate) fn users(&self) -> impl Iterator<Item = (&str, &str)> {
        self.users.iter().map(|u| (u.user.as_str(), u.role.as_str()))
    }

    pub(crate) fn role_of(&self, user: &str) -> Option<&str> {
        self.users.iter().find(|u| u.user == user).map(|u| u.role.as_str())
    }

    /// Seals `key` for `user` under `passphrase`, replacing any previous seal for that user.
    pub(crate) fn wrap(
        &mut self,
        user: &str,
        role: &str,
        passphrase: &str,
        key: &DatabaseKey,
        kdf: KdfParams,
    ) -> Result<(), StoreError> {
        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 24];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let kek = derive(passphrase, &salt, kdf)?;
        let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: key.0.as_ref(), aad: user.as_bytes() })
            .map_err(|_| StoreError::Internal)?;
        let entry = WrappedKey {
            user: user.to_owned(),
            role: role.to_owned(),
            kdf,
            salt: hex::encode(salt),
            nonce: hex::encode(nonce),
            sealed: hex::encode(sealed),
        };
        match self.users.iter_mut().find(|u| u.user == user) {
            Some(existing) => *existing = entry,
            None => self.users.push(entry),
        }
        Ok(())
    }

    /// Opens `user`'s seal with `passphrase`.
    pub(crate) fn unwrap_key(&self, user: &str, passphrase: &str) -> Result<DatabaseKey, StoreError> {
        let entry = self
            .users
            .iter()
            .find(|u| u.user == user)
            .ok_or_else(|| StoreError::UnknownUser { user: user.to_owned() })?;
        let corrupt = |_| StoreError::KeyringCorrupt;
        let salt = hex::decode(&entry.salt).map_err(corrupt)?;
        let nonce = hex::decode(&entry.nonce).map_err(corrupt)?;
        let sealed = hex::decode(&entry.sealed).map_err(corrupt)?;
        if nonce.len() != 24 {
            return Err(StoreError::KeyringCorrupt);
        }
        let kek = derive(passphrase, &salt, entry.kdf)?;
        let cipher = XChaCha20Poly1305::new(kek.as_ref().into());
        let mut plain = cipher
            .decrypt(XNonce::from_slice(&nonce), Payload { msg: &sealed, aad: user.as_bytes() })
            .map_err(|_| StoreError::WrongPassphrase)?;
        if plain.len() != 32 {
            plain.zeroize();
            return Err(StoreError::KeyringCorrupt);
        }
        let mut key = Zeroizing::new([0u8; 32]);
        key.copy_from_slice(&plain);
        plain.zeroize();
        Ok(DatabaseKey(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_user_unwraps_the_same_key_and_only_with_their_passphrase() {
        let key = DatabaseKey::generate();
        let mut ring = Keyring::new();
        ring.wrap("amina", "officer", "correct horse", &key, KdfParams::FAST_INSECURE).expect("wrap");
        ring.wrap("jonas", "supervisor", "battery staple", &key, KdfParams::FAST_INSECURE).expect("wrap");
        let a = ring.unwrap_key("amina", "correct horse").expect("amina");
        let j = ring.unwrap_key("jonas", "battery staple").expect("jonas");
        assert_eq!(a.0.as_ref(), key.0.as_ref());
        assert_eq!(j.0.as_ref(), key.0.as_ref());
        assert!(matches!(ring.unwrap_key("amina", "battery staple"), Err(StoreError::WrongPassphrase)));
        assert!(matches!(ring.unwrap_key("nobody", "x"), Err(StoreError::UnknownUser { .. })));
    }

    #[test]
    fn a_seal_cannot_be_moved_to_another_user() {
        let key = DatabaseKey::generate();
        let mut ring = Keyring::new();
        ring.wrap("amina", "officer", "same passphrase", &key, KdfParams::FAST_INSECURE).expect("wrap");
        ring.wrap("jonas", "officer", "other passphrase", &key, KdfParams::FAST_INSECURE).expect("wrap");
        // Swap the sealed blobs: the user id is bound as associated data, so this must fail.
        let sealed = ring.users[0].clone();
        ring.users[1].salt = sealed.salt;
        ring.users[1].nonce = sealed.nonce;
        ring.users[1].sealed = sealed.sealed;
        assert!(matches!(ring.unwrap_key("jonas", "same passphrase"), Err(StoreError::WrongPassphrase)));
    }

    #[test]
    fn short_passphrases_are_refused() {
        assert!(matches!(check_passphrase("1234567"), Err(StoreError::PassphraseTooShort { min: 8 })));
        assert!(check_passphrase("حرف حرف حرف").is_ok());
    }
}
