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
            // An interpreter works beside an officer on a device and needs no case at HQ.
            P::ReadCases => matches!(self, R::Officer | R::Caseworker | R::Supervisor),
            P::ResolveConflicts | P::DecideMatches => matches!(self, R::Caseworker | R::Supervisor),
            P::Transfer => matches!(self, R::Supervisor),
            P::Erase => matches!(self, R::Supervisor),
            P::ViewDevices => matches!(self, R::Supervisor | R::Admin),
            P::ApproveDevices => matches!(self, R::Supervisor),
            P::ManageDevices => matches!(self, R::Admin),
            P::ViewAudit => matches!(self, R::Supervisor | R::Admin),
            P::ViewFigures => matches!(self, R::Analyst | R::Supervisor | R::Admin),
            P::ManageAccounts => matches!(self, R::Admin),
            P::DecideDuplicates => matches!(self, R::Supervisor),
        }
    }
}

/// The sites whose cases an account sees: need-to-know. Officers, caseworkers and supervisors
/// see the cases of their sites and those transferred to one of them; an account with no site
/// sees none (the default: an admin gives each account its sites).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Sites {
    /// Every site (`*`), for a supervisor at headquarters.
    Every,
    /// These sites (none: no case).
    #[default]
    None,
    /// Only these.
    Only(std::collections::BTreeSet<String>),
}

/// A site list as typed could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a site list is site names separated by commas, or *")]
pub struct SitesError;

impl Sites {
    /// Reads a list as typed or stored: `*`, or site names (letters, digits, `-`, `.`, `_`)
    /// separated by commas; empty for none.
    pub fn parse(text: &str) -> Result<Self, SitesError> {
        let text = text.trim();
        if text == "*" {
            return Ok(Self::Every);
        }
        let mut sites = std::collections::BTreeSet::new();
        // The comma of any script an admin may type in: Latin, Arabic (،), Ethiopic (፣).
        for site in text.split([',', '،', '፣']).map(str::trim).filter(|s| !s.is_empty()) {
            let ok = site.len() <= 64
                && site.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.');
            if !ok {
                return Err(SitesError);
            }
            sites.insert(site.to_owned());
        }
        Ok(if sites.is_empty() { Self::None } else { Self::Only(sites) })
    }

    /// As stored and shown: `*`, or the sites in order, separated by `, `.
    pub fn stored(&self) -> String {
        match self {
            Self::Every => "*".into(),
            Self::None => String::new(),
            Self::Only(sites) => sites.iter().cloned().collect::<Vec<_>>().join(", "),
        }
    }

    /// Whether a case of `site` is among these.
    pub fn includes(&self, site: &str) -> bool {
        match self {
            Self::Every => true,
            Self::None => false,
            Self::Only(sites) => sites.contains(site),
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
    /// Let a device an admin enrolled receive its site's cases (a supervisor of that site).
    ApproveDevices,
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
/// How many failed sign-ins one network (an IPv4 address, an IPv6 /64) may have in
/// [`THROTTLE_WINDOW`], over all names.
pub const MAX_FAILURES_PER_ADDRESS: u32 = 20;
/// How many passwords are checked at once (each check is Argon2id: memory and a core); more
/// sign-ins wait for their turn, up to [`PASSWORD_CHECK_WAIT`].
pub const MAX_PASSWORD_CHECKS: usize = 4;
/// How long a sign-in waits for a password check before it is refused.
pub const PASSWORD_CHECK_WAIT: Duration = Duration::from_secs(10);
/// The window over which failures count; a locked name is free again after it.
pub const THROTTLE_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Failed sign-ins, in memory, per user name and per network: past [`MAX_FAILURES`] or
/// [`MAX_FAILURES_PER_ADDRESS`] a sign-in is refused for the rest of the window, right password
/// or not. An attempt counts as a failure from the moment it starts ([`LoginThrottle::begin`])
/// until it succeeds, so attempts made at the same time cannot all slip past the check while
/// their passwords are being checked. There is no server-wide lock: anyone could trip it and
/// lock every member of staff out; each failure is answered slowly instead (the handler waits),
/// and [`PasswordChecks`] bounds the work.
#[derive(Debug, Default)]
pub struct LoginThrottle {
    by_name: HashMap<String, Count>,
    by_network: HashMap<IpAddr, Count>,
}

/// Attempts of one name or network in the current window: failures, when the first began,
/// refusals since the limit was reached.
#[derive(Debug, Clone, Copy)]
struct Count {
    failures: u32,
    since: Instant,
    refused: u32,
}

/// A sign-in attempt the throttle refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    /// The first refusal of its name or network in this window: the audit trail records that
    /// one, not every retry (an attacker would otherwise write as many rows as requests).
    pub first: bool,
}

use crate::peer::network;

fn within(count: Option<&Count>, limit: u32) -> bool {
    count.is_none_or(|c| c.failures < limit)
}

fn count<K: std::hash::Hash + Eq>(map: &mut HashMap<K, Count>, key: K, now: Instant) {
    map.entry(key).or_insert(Count { failures: 0, since: now, refused: 0 }).failures += 1;
}

/// Counts a refusal against `key` if it is at `limit`; whether it was its first.
fn refuse<K: std::hash::Hash + Eq>(map: &mut HashMap<K, Count>, key: &K, limit: u32) -> Option<bool> {
    let c = map.get_mut(key).filter(|c| c.failures >= limit)?;
    c.refused += 1;
    Some(c.refused == 1)
}

impl LoginThrottle {
    /// Starts a sign-in attempt for `name` from `address`: refused if the name or the network
    /// reached its limit; otherwise the attempt counts as a failure until
    /// [`LoginThrottle::succeeded`].
    pub fn begin(&mut self, name: &str, address: Option<IpAddr>, now: Instant) -> Result<(), Refused> {
        self.by_name.retain(|_, c| now.duration_since(c.since) < THROTTLE_WINDOW);
        self.by_network.retain(|_, c| now.duration_since(c.since) < THROTTLE_WINDOW);
        let key = crate::dashboard::records::name_key(name);
        let network = address.map(network);
        let allowed = within(self.by_name.get(&key), MAX_FAILURES)
            && network.is_none_or(|n| within(self.by_network.get(&n), MAX_FAILURES_PER_ADDRESS));
        if !allowed {
            let by_name = refuse(&mut self.by_name, &key, MAX_FAILURES);
            let by_network = network.and_then(|n| refuse(&mut self.by_network, &n, MAX_FAILURES_PER_ADDRESS));
            return Err(Refused { first: by_name == Some(true) || by_network == Some(true) });
        }
        count(&mut self.by_name, key, now);
        if let Some(n) = network {
            count(&mut self.by_network, n, now);
        }
        Ok(())
    }

    /// The attempt succeeded: the name's failures are cleared, and the attempt no longer counts
    /// against its network.
    pub fn succeeded(&mut self, name: &str, address: Option<IpAddr>) {
        self.by_name.remove(&crate::dashboard::records::name_key(name));
        if let Some(c) = address.map(network).and_then(|n| self.by_network.get_mut(&n)) {
            c.failures = c.failures.saturating_sub(1);
        }
    }
}

/// At most [`MAX_PASSWORD_CHECKS`] password checks at once; a check holds a [`CheckTurn`],
/// given back when it is dropped (also by a panic).
#[derive(Debug, Default)]
pub struct PasswordChecks {
    busy: std::sync::Mutex<usize>,
    free: std::sync::Condvar,
}

/// A turn to check a password (see [`PasswordChecks`]).
#[derive(Debug)]
pub struct CheckTurn<'a>(&'a PasswordChecks);

impl PasswordChecks {
    /// Waits for a turn, at most `wait`; `None` when none came.
    pub fn turn(&self, wait: Duration) -> Option<CheckTurn<'_>> {
        let busy = self.busy.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let (mut busy, _) = self
            .free
            .wait_timeout_while(busy, wait, |b| *b >= MAX_PASSWORD_CHECKS)
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if *busy >= MAX_PASSWORD_CHECKS {
            return None;
        }
        *busy += 1;
        Some(CheckTurn(self))
    }
}

impl Drop for CheckTurn<'_> {
    fn drop(&mut self) {
        let mut busy = self.0.busy.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *busy = busy.saturating_sub(1);
        self.0.free.notify_one();
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
        assert!(!Role::Interpreter.can(Permission::ReadCases), "no case at HQ for an interpreter");
        assert!(!Role::Officer.can(Permission::Erase));
        assert!(Role::Supervisor.can(Permission::Erase));
    }

    #[test]
    fn site_lists_read_as_typed_and_a_wrong_name_is_refused() {
        assert_eq!(Sites::parse(" * "), Ok(Sites::Every));
        assert_eq!(Sites::parse(""), Ok(Sites::None));
        let two = Sites::parse("shelter-central, border-north,border-north").expect("two sites");
        assert_eq!(two.stored(), "border-north, shelter-central");
        assert!(two.includes("border-north") && !two.includes("border-south"));
        assert_eq!(Sites::parse(&two.stored()), Ok(two));
        assert!(!Sites::None.includes("border-north") && Sites::Every.includes("anywhere"));
        assert_eq!(
            Sites::parse("border-north، shelter-central"),
            Sites::parse("border-north, shelter-central")
        );
        assert_eq!(
            Sites::parse("border-north፣shelter-central"),
            Sites::parse("border-north,shelter-central")
        );
        assert_eq!(Sites::parse("border north"), Err(SitesError));
        assert_eq!(Sites::parse("a,*"), Err(SitesError));
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
            assert!(t.begin("Amina", None, now).is_ok());
        }
        assert!(t.begin("amina", None, now).is_err());
        assert!(t.begin("other", None, now).is_ok());
        assert!(t.begin("amina", None, now + THROTTLE_WINDOW + Duration::from_secs(1)).is_ok());
    }

    #[test]
    fn only_the_first_refusal_of_a_name_or_network_in_its_window_is_flagged_for_the_trail() {
        let mut t = LoginThrottle::default();
        let now = Instant::now();
        for _ in 0..MAX_FAILURES {
            assert!(t.begin("amina", None, now).is_ok());
        }
        assert_eq!(t.begin("amina", None, now), Err(Refused { first: true }));
        for _ in 0..100 {
            assert_eq!(t.begin("amina", None, now), Err(Refused { first: false }), "retries add no rows");
        }
        // Another name from a network at its limit: the network's first refusal, then none.
        let addr: IpAddr = "192.0.2.7".parse().expect("address");
        for i in 0..MAX_FAILURES_PER_ADDRESS {
            assert!(t.begin(&format!("name-{i}"), Some(addr), now).is_ok());
        }
        assert_eq!(t.begin("fresh", Some(addr), now), Err(Refused { first: true }));
        assert_eq!(t.begin("fresher", Some(addr), now), Err(Refused { first: false }));
        // A new window: a new first refusal.
        let later = now + THROTTLE_WINDOW + Duration::from_secs(1);
        for _ in 0..MAX_FAILURES {
            assert!(t.begin("amina", None, later).is_ok());
        }
        assert_eq!(t.begin("amina", None, later), Err(Refused { first: true }));
    }

    #[test]
    fn attempts_count_from_their_start_and_a_success_clears_the_name() {
        let mut t = LoginThrottle::default();
        let now = Instant::now();
        // Five attempts at once, none checked yet: the sixth is refused.
        for _ in 0..MAX_FAILURES {
            assert!(t.begin("amina", None, now).is_ok());
        }
        assert!(t.begin("amina", None, now).is_err());
        t.succeeded("amina", None);
        assert!(t.begin("amina", None, now).is_ok(), "a success clears the name");
    }

    #[test]
    fn one_network_is_limited_across_names_and_nobody_else_is_locked_out() {
        let mut t = LoginThrottle::default();
        let now = Instant::now();
        let addr = |s: &str| -> IpAddr { s.parse().expect("address") };
        for i in 0..MAX_FAILURES_PER_ADDRESS {
            // One IPv6 /64, a new address each time.
            assert!(t.begin(&format!("name-{i}"), Some(addr(&format!("2001:db8:1:2::{i:x}"))), now).is_ok());
        }
        assert!(
            t.begin("fresh-name", Some(addr("2001:db8:1:2:ffff::1")), now).is_err(),
            "this network guessed enough"
        );
        assert!(
            t.begin("fresh-name", Some(addr("2001:db8:1:3::1")), now).is_ok(),
            "another network may still try"
        );
        // Many failures spread over many networks lock nobody else out.
        for i in 0..10 * MAX_FAILURES_PER_ADDRESS {
            assert!(
                t.begin(&format!("other-{i}"), Some(addr(&format!("198.51.100.{}", i % 250))), now).is_ok()
            );
        }
        assert!(
            t.begin("a-member-of-staff", Some(addr("203.0.113.9")), now).is_ok(),
            "no server-wide lock-out"
        );
        // An IPv4 address written as IPv6 is the same address.
        let mut t = LoginThrottle::default();
        for i in 0..MAX_FAILURES_PER_ADDRESS {
            assert!(t.begin(&format!("name-{i}"), Some(addr("192.0.2.7")), now).is_ok());
        }
        assert!(t.begin("fresh-name", Some(addr("::ffff:192.0.2.7")), now).is_err());
        assert!(t.begin("fresh-name", Some(addr("192.0.2.8")), now).is_ok());
    }

    #[test]
    fn password_checks_take_turns_and_a_dropped_turn_is_given_back() {
        let checks = PasswordChecks::default();
        let turns: Vec<_> =
            (0..MAX_PASSWORD_CHECKS).map(|_| checks.turn(Duration::ZERO).expect("a turn")).collect();
        assert!(checks.turn(Duration::from_millis(20)).is_none(), "all turns taken");
        drop(turns);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _turn = checks.turn(Duration::ZERO).expect("a turn");
            panic!("a check that panics");
        }));
        assert!(result.is_err());
        let again: Vec<_> =
            (0..MAX_PASSWORD_CHECKS).map(|_| checks.turn(Duration::ZERO).expect("a turn")).collect();
        assert_eq!(again.len(), MAX_PASSWORD_CHECKS, "no turn was lost, not even to a panic");
    }
}
