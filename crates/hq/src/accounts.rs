//! Accounts at HQ: people, their roles, what each role may do, password hashing and the
//! throttle on failed sign-ins.
//!
//! Roles follow DESIGN §1. The permission table is the one place that says who may do what;
//! every API handler and page asks it, so a role cannot reach a personal-data endpoint by
//! calling the JSON API directly.

use std::collections::HashMap;
use std::net::IpAddr;
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

/// How many failed sign-ins a name may have in [`THROTTLE_WINDOW`].
pub const MAX_FAILURES: u32 = 5;
/// How many failed sign-ins one network address may have in [`THROTTLE_WINDOW`], over all names.
pub const MAX_FAILURES_PER_ADDRESS: u32 = 20;
/// How many failed sign-ins the whole server takes in [`THROTTLE_WINDOW`], over all names and
/// addresses (guessing spread over many addresses).
pub const MAX_FAILURES_OVERALL: u32 = 200;
/// How many passwords are checked at once (each check is Argon2id: memory and a core).
pub const MAX_PASSWORD_CHECKS: usize = 4;
/// The window over which failures count; a locked name is free again after it.
pub const THROTTLE_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Failed sign-ins, in memory, per user name, per network address and overall: past
/// [`MAX_FAILURES`], [`MAX_FAILURES_PER_ADDRESS`] or [`MAX_FAILURES_OVERALL`] a sign-in is
/// refused for the rest of the window, right password or not. An attempt counts as a failure
/// from the moment it starts ([`LoginThrottle::begin`]) until it succeeds, so attempts made at
/// the same time cannot all slip past the check while their passwords are being checked. Each
/// failure is also answered slowly (the handler waits), so guessing is slow even across names.
#[derive(Debug, Default)]
pub struct LoginThrottle {
    by_name: HashMap<String, (u32, Instant)>,
    by_address: HashMap<IpAddr, (u32, Instant)>,
    overall: (u32, Option<Instant>),
    checking: usize,
}

fn within(count: Option<&(u32, Instant)>, limit: u32) -> bool {
    count.is_none_or(|(n, _)| *n < limit)
}

fn count<K: std::hash::Hash + Eq>(map: &mut HashMap<K, (u32, Instant)>, key: K, now: Instant) {
    map.entry(key).or_insert((0, now)).0 += 1;
}

fn uncount<K: std::hash::Hash + Eq>(map: &mut HashMap<K, (u32, Instant)>, key: &K) {
    if let Some((n, _)) = map.get_mut(key) {
        *n = n.saturating_sub(1);
    }
}

impl LoginThrottle {
    /// Starts a sign-in attempt for `name` (its [`name_key`](crate::dashboard::records::name_key))
    /// from `address`: `false` if a limit is reached or [`MAX_PASSWORD_CHECKS`] are under way;
    /// otherwise the attempt is counted as a failure until [`LoginThrottle::succeeded`], and
    /// [`LoginThrottle::checked`] must follow once its password is checked.
    pub fn begin(&mut self, name: &str, address: Option<IpAddr>, now: Instant) -> bool {
        self.by_name.retain(|_, (_, first)| now.duration_since(*first) < THROTTLE_WINDOW);
        self.by_address.retain(|_, (_, first)| now.duration_since(*first) < THROTTLE_WINDOW);
        if self.overall.1.is_some_and(|first| now.duration_since(first) >= THROTTLE_WINDOW) {
            self.overall = (0, None);
        }
        let key = crate::dashboard::records::name_key(name);
        let allowed = within(self.by_name.get(&key), MAX_FAILURES)
            && address.is_none_or(|a| within(self.by_address.get(&a), MAX_FAILURES_PER_ADDRESS))
            && self.overall.0 < MAX_FAILURES_OVERALL
            && self.checking < MAX_PASSWORD_CHECKS;
        if allowed {
            count(&mut self.by_name, key, now);
            if let Some(a) = address {
                count(&mut self.by_address, a, now);
            }
            self.overall = (self.overall.0 + 1, self.overall.1.or(Some(now)));
            self.checking += 1;
        }
        allowed
    }

    /// The password of an attempt [`LoginThrottle::begin`] let through has been checked.
    pub fn checked(&mut self) {
        self.checking = self.checking.saturating_sub(1);
    }

    /// The attempt succeeded: the name's failures are cleared, and the attempt no longer counts
    /// against its address or the server.
    pub fn succeeded(&mut self, name: &str, address: Option<IpAddr>) {
        self.by_name.remove(&crate::dashboard::records::name_key(name));
        if let Some(a) = address {
            uncount(&mut self.by_address, &a);
        }
        self.overall.0 = self.overall.0.saturating_sub(1);
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
            assert!(t.begin("Amina", None, now));
            t.checked();
        }
        assert!(!t.begin("amina", None, now));
        assert!(t.begin("other", None, now));
        t.checked();
        assert!(t.begin("amina", None, now + THROTTLE_WINDOW + Duration::from_secs(1)));
    }

    #[test]
    fn attempts_at_the_same_time_count_before_their_passwords_are_checked() {
        let mut t = LoginThrottle::default();
        let now = Instant::now();
        // Five attempts at once, none checked yet: the sixth is refused.
        for _ in 0..MAX_FAILURES.min(MAX_PASSWORD_CHECKS as u32) {
            assert!(t.begin("amina", None, now));
        }
        assert!(!t.begin("jonas", None, now), "no more than {MAX_PASSWORD_CHECKS} checks at once");
        t.checked();
        t.succeeded("amina", None);
        assert!(t.begin("amina", None, now), "a success clears the name");
    }

    #[test]
    fn one_address_and_the_whole_server_are_limited_across_names() {
        let mut t = LoginThrottle::default();
        let now = Instant::now();
        let here: IpAddr = "192.0.2.7".parse().expect("address");
        let there: IpAddr = "192.0.2.8".parse().expect("address");
        for i in 0..MAX_FAILURES_PER_ADDRESS {
            assert!(t.begin(&format!("name-{i}"), Some(here), now));
            t.checked();
        }
        assert!(!t.begin("fresh-name", Some(here), now), "this address guessed enough");
        assert!(t.begin("fresh-name", Some(there), now), "another address may still try");
        t.checked();
        let mut t = LoginThrottle::default();
        for i in 0..MAX_FAILURES_OVERALL {
            assert!(t.begin(
                &format!("name-{i}"),
                Some(IpAddr::from([10, 0, (i / 250) as u8, (i % 250) as u8])),
                now
            ));
            t.checked();
        }
        assert!(!t.begin("anyone", Some(there), now), "the server took enough failures");
    }
}
