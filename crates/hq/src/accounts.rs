//! Accounts at HQ: people, their roles, what each role may do, password hashing and the
//! throttle on failed sign-ins.
//!
//! Roles follow DESIGN §1. The permission table is the one place that says who may do what;
//! every API handler and page asks it, so a role cannot reach a personal-data endpoint by
//! calling the JSON API directly.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use serde::Serialize;

/// The roles of DESIGN §1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Border officer.
    Officer,
    /// Shelter caseworker.
    Caseworker,
    /// Interpreter.
    Interpreter,
    /// Supervisor or HQ caseworker: conflicts, duplicates, transfers, erasure.
    Supervisor,
    /// HQ analyst: anonymised figures only, never names.
    Analyst,
    /// Administrator: accounts, devices and the audit trail; no case data.
    Admin,
}

impl Role {
    /// Every role, in display order.
    pub const ALL: [Role; 6] =
        [Self::Officer, Self::Caseworker, Self::Interpreter, Self::Supervisor, Self::Analyst, Self::Admin];

    /// The code stored in the database and used in messages (`hq-role`).
    pub fn code(self) -> &'static str {
        match self {
            Self::Officer => "officer",
            Self::Caseworker => "caseworker",
            Self::Interpreter => "interpreter",
            Self::Supervisor => "supervisor",
            Self::Analyst => "analyst",
            Self::Admin => "admin",
        }
    }

    /// The role with this code (also accepts `shelter-caseworker`, `hq-analyst`).
    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim().to_ascii_lowercase().replace('_', "-");
        match code.as_str() {
            "shelter-caseworker" => Some(Self::Caseworker),
            "hq-analyst" => Some(Self::Analyst),
            "administrator" => Some(Self::Admin),
            _ => Self::ALL.into_iter().find(|r| r.code() == code),
        }
    }

    /// Whether this role may do `p`.
    pub fn can(self, p: Permission) -> bool {
        use Permission as P;
        use Role as R;
        match p {
            P::ReadCases => matches!(self, R::Officer | R::Caseworker | R::Interpreter | R::Supervisor),
            P::ResolveConflicts | P::DecideMatches => matches!(self, R::Caseworker | R::Supervisor),
            P::Transfer => matches!(self, R::Supervisor),
            P::Erase => matches!(self, R::Supervisor),
            P::ViewDevices => matches!(self, R::Supervisor | R::Admin),
            P::ManageDevices => matches!(self, R::Admin),
            P::ViewAudit => matches!(self, R::Supervisor | R::Admin),
            P::ViewFigures => matches!(self, R::Analyst | R::Supervisor | R::Admin),
            P::ManageAccounts => matches!(self, R::Admin),
            P::DecideDuplicates => matches!(self, R::Supervisor),
        }
    }
}

/// What a request wants to do; see [`Role::can`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Search and read cases (personal data).
    ReadCases,
    /// Pick a value for a conflict.
    ResolveConflicts,
    /// Confirm or reject a tracing match.
    DecideMatches,
    /// Give a case to another site.
    Transfer,
    /// Order a case erased everywhere.
    Erase,
    /// See the device list.
    ViewDevices,
    /// Enroll and revoke devices.
    ManageDevices,
    /// Read the audit trail.
    ViewAudit,
    /// Anonymised figures.
    ViewFigures,
    /// List, add, change the role of and remove dashboard accounts.
    ManageAccounts,
    /// Decide whether two cases are one person (it ends the pair's review).
    DecideDuplicates,
}

/// Password hashing failures.
#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    /// The password is shorter than [`MIN_PASSWORD_CHARS`].
    #[error("the password must have at least {MIN_PASSWORD_CHARS} characters")]
    TooShort,
    /// Hashing failed (parameters or a stored hash that does not parse).
    #[error("password hashing: {0}")]
    Hash(String),
}

/// The shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 10;

fn argon2() -> Argon2<'static> {
    // Argon2id, 19 MiB, 2 passes: OWASP's minimum, a fraction of a second on the HQ machine.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The PHC string of `password` (Argon2id, random salt).
pub fn hash_password(password: &str) -> Result<String, PasswordError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(PasswordError::TooShort);
    }
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| PasswordError::Hash(e.to_string()))
}

/// Whether `password` matches the stored PHC string.
pub fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
}

/// A hash to verify against when the user does not exist, so that an unknown name takes as
/// long as a wrong password (no user enumeration by timing).
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("not a password of anyone").unwrap_or_default())
}

/// A random token from the operating system's CSPRNG, as 64 hex digits.
pub fn random_token() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// How many failed sign-ins a name (or the whole server) may have in [`THROTTLE_WINDOW`].
pub const MAX_FAILURES: u32 = 5;
/// The window over which failures count; a locked name is free again after it.
pub const THROTTLE_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Failed sign-ins per user name, in memory: after [`MAX_FAILURES`] the name is refused for
/// the rest of the window, right password or not. Each failure is also answered slowly (the
/// handler waits), so guessing is slow even across names.
#[derive(Debug, Default)]
pub struct LoginThrottle {
    failures: HashMap<String, (u32, Instant)>,
}

impl LoginThrottle {
    /// Whether `name` may try now.
    pub fn allowed(&mut self, name: &str, now: Instant) -> bool {
        self.failures.retain(|_, (_, first)| now.duration_since(*first) < THROTTLE_WINDOW);
        self.failures.get(&crate::dashboard::records::name_key(name)).is_none_or(|(n, _)| *n < MAX_FAILURES)
    }

    /// Records a failure of `name`.
    pub fn failed(&mut self, name: &str, now: Instant) {
        let entry = self.failures.entry(crate::dashboard::records::name_key(name)).or_insert((0, now));
        entry.0 += 1;
    }

    /// Clears `name` after a successful sign-in.
    pub fn succeeded(&mut self, name: &str) {
        self.failures.remove(&crate::dashboard::records::name_key(name));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_and_analyst_never_reads_cases() {
        for r in Role::ALL {
            assert_eq!(Role::from_code(r.code()), Some(r));
        }
        assert_eq!(Role::from_code("hq-analyst"), Some(Role::Analyst));
        assert!(!Role::Analyst.can(Permission::ReadCases));
        assert!(!Role::Admin.can(Permission::ReadCases));
        assert!(!Role::Officer.can(Permission::Erase));
        assert!(Role::Supervisor.can(Permission::Erase));
    }

    #[test]
    fn passwords_verify_and_short_ones_are_refused() {
        let h = hash_password("correct horse battery").expect("hash");
        assert!(verify_password("correct horse battery", &h));
        assert!(!verify_password("wrong horse battery", &h));
        assert!(!verify_password("x", "not a hash"));
        assert!(matches!(hash_password("short"), Err(PasswordError::TooShort)));
    }

    #[test]
    fn throttle_locks_a_name_after_five_failures() {
        let mut t = LoginThrottle::default();
        let now = Instant::now();
        for _ in 0..MAX_FAILURES {
            assert!(t.allowed("Amina", now));
            t.failed("amina", now);
        }
        assert!(!t.allowed("amina", now));
        assert!(t.allowed("other", now));
        assert!(t.allowed("amina", now + THROTTLE_WINDOW + Duration::from_secs(1)));
    }
}
