//! Store scenarios on real files.
//!
//! - `unlock`: users, passphrases, keyring.
//! - `edits`: autosave, reopen, conflicts, compaction.
//! - `search`: names across scripts and short codes.
//! - `damage`: wrong keys, truncated and corrupted files, no plaintext on disk.
//! - `crash`: a writer killed with SIGKILL loses no acknowledged edit.
//! - `audit`: the hash chain.
//! - `family_tracing`: family tracing candidates, consent, migration.
//! - `outbox`: what is packed for HQ and what its acknowledgement settles.

mod audit;
mod crash;
mod damage;
mod edits;
mod family_tracing;
mod first_open;
mod outbox;
mod search;
mod unlock;

use std::path::{Path, PathBuf};

use rand::SeedableRng;
use waypoint_model::{NameKind, PersonName, Recorded, SiteId, Timestamp, UserId};
use waypoint_store::{KdfParams, Store, StoreConfig};

/// The user every test store is created by.
pub const ADMIN: &str = "admin-amina";
/// Their passphrase.
pub const PASS: &str = "olive tree by the river";

/// A fresh store in a temporary directory (kept alive by the returned guard).
pub fn new_store() -> (tempfile::TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("cases.db");
    let store = Store::create(&path, &UserId::new(ADMIN), PASS, &config()).expect("create");
    (dir, path, store)
}

/// A store configuration with a fast (insecure) KDF, so tests do not wait on Argon2.
pub fn config() -> StoreConfig {
    StoreConfig { site: SiteId::new("border-north"), kdf: KdfParams::FAST_INSECURE }
}

/// Opens the store at `path` again as [`ADMIN`].
pub fn reopen(path: &Path) -> Store {
    Store::open(path, &UserId::new(ADMIN), PASS).expect("reopen")
}

/// Fills a new case with the person's consent to share it with HQ: without it the case never
/// goes to HQ (its anonymous record does).
pub fn shared(case: &mut waypoint_model::Case) {
    case.consent_given(waypoint_model::EntryId::generate(), waypoint_model::ConsentPurpose::SharingWithHq);
}

/// A seeded synthetic-case generator.
pub fn generator(seed: u64) -> waypoint_synth::Generator<rand::rngs::StdRng> {
    waypoint_synth::Generator::new(rand::rngs::StdRng::seed_from_u64(seed), Timestamp::now())
}

/// A name entry recorded now by [`ADMIN`].
pub fn name(text: &str, script: &str, kind: NameKind) -> PersonName {
    PersonName::new(
        waypoint_model::EntryId::generate(),
        text,
        script,
        kind,
        Recorded::new(&UserId::new(ADMIN), Timestamp::now()),
    )
}
