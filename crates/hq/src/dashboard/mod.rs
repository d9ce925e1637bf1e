//! The HQ dashboard: accounts and sessions, a JSON API under `/api/…`, and server-rendered,
//! localised pages at `/`.
//!
//! Every operation is a method of [`Dashboard`] that takes the signed-in [`StaffSession`] and asks
//! [`Role::can`] first, so the pages and the API enforce the same rules, and every one writes
//! an audit entry (codes and ids, never personal data).

pub mod actions;
pub mod api;
pub mod cases;
mod html;
pub mod pages;
pub mod records;
mod web;

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use waypoint_case::conflicts::hq_author;
use waypoint_case::duplicates::DuplicatePair;
use waypoint_model::template::intake_v1;
use waypoint_model::{CaseId, IdMaker, Timestamp, UserId};
use waypoint_sync::wire::{CaseKey, DeviceKey};

use crate::accounts::{self, LoginThrottle, Permission, Role, Sites};
use crate::store::{StorageError, Store};
use cases::CaseEntry;
use records as store;
use records::AuditEntry;
pub use web::router;

/// Sessions end after this long without a request.
pub const IDLE_TIMEOUT_MS: i64 = 30 * 60 * 1000;
/// And after this long in any case.
pub const MAX_SESSION_MS: i64 = 12 * 3600 * 1000;

/// Reasons an erasure may be ordered for; codes only, so no free text (and no personal data)
/// reaches the audit trail.
pub const ERASURE_REASONS: [&str; 5] =
    ["person_request", "duplicate", "entered_in_error", "legal_order", "retention_expired"];

/// How many audit entries a page shows at most (newest first; a search narrows them).
pub const AUDIT_SHOWN: usize = 500;

/// Why a dashboard operation failed; each maps to one HTTP status.
#[derive(Debug, thiserror::Error)]
pub enum DashError {
    /// No valid session.
    #[error("not signed in")]
    Unauthenticated,
    /// The role may not do this, or the CSRF token is missing or wrong.
    #[error("not permitted")]
    Forbidden,
    /// No such case, device or conflict.
    #[error("not found")]
    NotFound,
    /// The request is malformed; the message id says how.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// Too many failed sign-ins, or a wrong password.
    #[error("sign-in refused")]
    LoginRefused,
    /// A new account's password is too short.
    #[error("the password is too short")]
    PasswordTooShort,
    /// An account with this name exists.
    #[error("the account exists")]
    AccountExists,
    /// Storage failed (boxed: SQLite's error is large, and every `Result` here carries it).
    #[error(transparent)]
    Store(Box<StorageError>),
    /// A password could not be hashed.
    #[error(transparent)]
    Hashing(accounts::PasswordError),
    /// The case document could not be changed.
    #[error("case document: {0}")]
    Doc(Box<waypoint_model::DocError>),
    /// The case engine refused the edit, as it would on a device (the message id says why).
    #[error("refused: {}", .0.id)]
    Refused(waypoint_case::UserError),
}

impl From<StorageError> for DashError {
    fn from(e: StorageError) -> Self {
        Self::Store(Box::new(e))
    }
}

impl From<waypoint_model::DocError> for DashError {
    fn from(e: waypoint_model::DocError) -> Self {
        Self::Doc(Box::new(e))
    }
}

/// A staff member signed in to the dashboard (not an officer's session on a device).
#[derive(Debug, Clone)]
pub struct StaffSession {
    /// User name.
    pub user: String,
    /// Role.
    pub role: Role,
    /// The per-session CSRF token every state-changing request must carry.
    pub csrf: String,
    /// The sites whose cases it sees, read from the account at every request.
    pub sites: Sites,
    token_hash: Vec<u8>,
}

impl StaffSession {
    /// Fails with [`DashError::Forbidden`] unless the role may do `p`.
    pub fn require(&self, p: Permission) -> Result<(), DashError> {
        if self.role.can(p) { Ok(()) } else { Err(DashError::Forbidden) }
    }

    /// Whether the case is one of its sites', or was transferred to one of them.
    pub fn sees(&self, e: &CaseEntry) -> bool {
        self.sites.includes(&e.site)
            || e.case.transfers.iter().any(|t| self.sites.includes(t.to_site.as_str()))
    }
}

/// The dashboard's state: its storage, a cache of cases read, and the sign-in throttle.
pub struct Dashboard {
    store: Mutex<Store>,
    /// Where the entries of HQ's edits get their ids.
    ids: Mutex<IdMaker<rand::rngs::OsRng>>,
    cache: Mutex<HashMap<[u8; 16], Arc<CaseEntry>>>,
    throttle: Mutex<LoginThrottle>,
    password_checks: accounts::PasswordChecks,
    /// When a sign-in refused for want of a free password check was last recorded.
    busy_recorded: Mutex<Option<Instant>>,
    /// Whether cookies are Secure and `__Host-`, and HSTS is sent: HQ reached over HTTPS (`serve
    /// --public-url https://…` behind a proxy) or listening off loopback.
    pub secure_cookies: bool,
    /// Whether HQ stands behind a proxy on this machine (`serve --public-url`): the address a
    /// sign-in comes from is then the one the proxy names (`X-Forwarded-For`), else every
    /// sign-in would share the proxy's address and its failures would lock all staff out.
    pub behind_proxy: bool,
}

fn now_ms() -> i64 {
    Timestamp::now().0
}

fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

fn lock<T: ?Sized>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic elsewhere poisons the lock; the data (a cache, a connection) is still usable.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Makes one HQ change to a case: `change` on its current document, as the HQ user `author`,
/// stored through the hub's path for a device's change. A device's change that lands in between
/// (the devices' workers have stores of their own) merges with it as any concurrent edit does.
fn change_case(
    store: &mut Store,
    key: &CaseKey,
    author: &UserId,
    audit: &AuditEntry<'_>,
    change: impl FnOnce(&mut waypoint_model::CaseDoc) -> Result<Option<Vec<u8>>, DashError>,
) -> Result<(), DashError> {
    let doc = store.doc(key)?.ok_or(DashError::NotFound)?;
    let mut cd = cases::writable(&doc, author.as_str()).ok_or(DashError::NotFound)?;
    match change(&mut cd)? {
        Some(bytes) => store.write_change(key, author.as_str(), bytes, now_ms(), audit)?,
        // Nothing changed (the value was already so): the request is still recorded.
        None => store.audit(now_ms(), audit.user, audit.action, audit.case, &audit.detail)?,
    }
    Ok(())
}

/// `edit` through the case engine, exactly as a device applies it: a refusal is the device's
/// refusal, shown as a bad request with its message id.
fn engine_edit(
    cd: &mut waypoint_model::CaseDoc,
    author: &UserId,
    ids: &mut IdMaker<rand::rngs::OsRng>,
    edit: &waypoint_case::CaseEdit,
) -> Result<Option<Vec<u8>>, DashError> {
    let now = Timestamp::now();
    let mut ctx = waypoint_case::EditContext { user: author, now, template: intake_v1(), ids };
    let edited = waypoint_case::apply(cd.case_ref()?, edit, &mut ctx).map_err(DashError::Refused)?;
    Ok(cd.edit(author, now, |case| *case = edited)?)
}

/// The wire key of a case id given as text (UUID, dashes optional).
pub fn parse_case(id: &str) -> Result<CaseKey, DashError> {
    let id = CaseId::parse(id.trim()).map_err(|_| DashError::BadRequest("hq-error-case-id"))?;
    id.uuid_bytes().map(CaseKey).ok_or(DashError::BadRequest("hq-error-case-id"))
}

/// How the audit trail names a sign-in to an account that does not exist.
pub const UNKNOWN_ACCOUNT: &str = "?";

/// A staff account's name: short, printable, and never `?` (the trail's unknown account).
fn valid_user_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= 64 && !name.chars().any(char::is_control) && name != UNKNOWN_ACCOUNT
}

fn valid_site(site: &str) -> Result<String, DashError> {
    let site = site.trim();
    let ok = !site.is_empty()
        && site.len() <= 64
        && site.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.');
    if ok { Ok(site.to_owned()) } else { Err(DashError::BadRequest("hq-error-site")) }
}

/// A device id as typed or sent (32 hexadecimal digits).
fn parse_device(device: &str) -> Result<[u8; 16], DashError> {
    let bytes = hex::decode(device.trim()).map_err(|_| DashError::BadRequest("hq-error-device-id"))?;
    <[u8; 16]>::try_from(bytes.as_slice()).map_err(|_| DashError::BadRequest("hq-error-device-id"))
}

impl Dashboard {
    /// A dashboard over `store` (a store of its own, not one of the devices' workers).
    pub fn new(store: Store, secure_cookies: bool) -> Self {
        Self {
            store: Mutex::new(store),
            ids: Mutex::new(IdMaker::new(rand::rngs::OsRng)),
            cache: Mutex::new(HashMap::new()),
            throttle: Mutex::new(LoginThrottle::default()),
            password_checks: accounts::PasswordChecks::default(),
            busy_recorded: Mutex::new(None),
            secure_cookies,
            behind_proxy: false,
        }
    }

    fn audit(&self, user: &str, action: &str, case: Option<&str>, detail: &str) -> Result<(), DashError> {
        lock(&self.store).audit(now_ms(), user, action, case, detail)?;
        Ok(())
    }

    /// The same dashboard, behind a proxy on this machine (see [`Dashboard::behind_proxy`]).
    pub fn behind_a_proxy(mut self, behind: bool) -> Self {
        self.behind_proxy = behind;
        self
    }

    /// Adds a user who sees the cases of `sites` (the `user add` command).
    pub fn add_user(
        &self,
        name: &str,
        role: Role,
        password: &str,
        sites: &Sites,
    ) -> Result<(), AddUserError> {
        let name = self.store_user(name, role, password, sites)?;
        let detail = format!("user={name:?} role={} sites={:?}", role.code(), sites.stored());
        self.audit("cli", "user.add", None, &detail)?;
        Ok(())
    }

    /// Checks and stores a new account; its name as stored.
    fn store_user(
        &self,
        name: &str,
        role: Role,
        password: &str,
        sites: &Sites,
    ) -> Result<String, AddUserError> {
        let name = name.trim();
        if !valid_user_name(name) {
            return Err(AddUserError::Name);
        }
        let hash = accounts::hash_password(password)?;
        let record = store::UserRecord {
            name: name.to_owned(),
            role: role.code().to_owned(),
            password: hash,
            sites: sites.stored(),
        };
        lock(&self.store).add_user(&record, now_ms())?;
        Ok(name.to_owned())
    }

    /// Checks a password and opens a session: `(token, session)`. Slow on purpose (Argon2id),
    /// and refused while the name or the network of `address` has had too many recent failures
    /// ([`LoginThrottle`]), or when no password check is free in time ([`accounts::PasswordChecks`]).
    pub fn login(
        &self,
        name: &str,
        password: &str,
        address: Option<std::net::IpAddr>,
    ) -> Result<(String, StaffSession), DashError> {
        let name = name.trim();
        let valid = valid_user_name(name);
        let user = if valid { lock(&self.store).user(name)? } else { None };
        // The trail names an account only when one exists: what was typed (a password in the
        // wrong field, a person's name) is never written down.
        let account = user.as_ref().map_or(UNKNOWN_ACCOUNT, |u| u.name.as_str()).to_owned();
        // Names that cannot exist share one entry: the throttle holds nothing of any length.
        let throttled_as = if valid { name } else { UNKNOWN_ACCOUNT };
        if let Err(refused) = lock(&self.throttle).begin(throttled_as, address, Instant::now()) {
            // The first refusal of a name or network in its window is recorded; the retries
            // after it would only let an attacker fill the trail.
            if refused.first {
                self.audit(&account, "login.throttled", None, "")?;
            }
            return Err(DashError::LoginRefused);
        }
        let Some(turn) = self.password_checks.turn(accounts::PASSWORD_CHECK_WAIT) else {
            // Recorded at most once a minute: a flood of sign-ins must not fill the trail.
            let now = Instant::now();
            let mut last = lock(&self.busy_recorded);
            if last.is_none_or(|at| now.duration_since(at) >= Duration::from_secs(60)) {
                *last = Some(now);
                drop(last);
                self.audit(&account, "login.busy", None, "")?;
            }
            return Err(DashError::LoginRefused);
        };
        let stored = user.as_ref().map_or(accounts::dummy_hash(), |u| u.password.as_str());
        let ok = accounts::verify_password(password, stored);
        drop(turn);
        let role = user.as_ref().and_then(|u| Role::from_code(&u.role));
        let (Some(user), Some(role), true) = (user, role, ok) else {
            self.audit(&account, "login.failed", None, "")?;
            return Err(DashError::LoginRefused);
        };
        lock(&self.throttle).succeeded(throttled_as, address);
        let token = accounts::random_token();
        let csrf = accounts::random_token();
        let now = now_ms();
        let record = store::StaffSessionRecord {
            user: user.name.clone(),
            csrf: csrf.clone(),
            created_at: now,
            last_seen: now,
        };
        lock(&self.store).create_session(&token_hash(&token), &record)?;
        self.audit(&user.name, "login", None, &format!("role={}", role.code()))?;
        let hash = token_hash(&token);
        let sites = Sites::parse(&user.sites).unwrap_or_default();
        Ok((token, StaffSession { user: user.name, role, csrf, sites, token_hash: hash }))
    }

    /// The staff session of a token, if it is live.
    pub fn staff_session(&self, token: &str) -> Result<Option<StaffSession>, DashError> {
        let now = now_ms();
        let hash = token_hash(token);
        let mut store = lock(&self.store);
        let Some(s) = store.staff_session(&hash, now)? else { return Ok(None) };
        if now - s.last_seen > IDLE_TIMEOUT_MS || now - s.created_at > MAX_SESSION_MS {
            store.delete_session(&hash, now - IDLE_TIMEOUT_MS)?;
            return Ok(None);
        }
        // A user whose role no longer parses signs in again (and fails).
        let Some(user) = store.user(&s.user)? else { return Ok(None) };
        let Some(role) = Role::from_code(&user.role) else { return Ok(None) };
        // A list that does not read sees no case.
        let sites = Sites::parse(&user.sites).unwrap_or_default();
        Ok(Some(StaffSession { user: s.user, role, csrf: s.csrf, sites, token_hash: hash }))
    }

    /// Ends a session.
    pub fn logout(&self, s: &StaffSession) -> Result<(), DashError> {
        lock(&self.store).delete_session(&s.token_hash, now_ms() - IDLE_TIMEOUT_MS)?;
        self.audit(&s.user, "logout", None, "")
    }

    /// Every case HQ holds, read through the cache.
    /// The cases `s` may see: those of its sites, and those transferred to one of them.
    fn entries(&self, s: &StaffSession) -> Result<Vec<Arc<CaseEntry>>, DashError> {
        let mut all = self.all_entries()?;
        all.retain(|e| s.sees(e));
        Ok(all)
    }

    /// Every case HQ holds, whoever asks (the figures, and the candidates of tracing: a family
    /// is traced across every site).
    fn all_entries(&self) -> Result<Vec<Arc<CaseEntry>>, DashError> {
        let now = Timestamp::now();
        let mut store = lock(&self.store);
        let rows = store.cases()?;
        let mut cache = lock(&self.cache);
        let mut out = Vec::with_capacity(rows.len());
        let mut live = std::collections::HashSet::new();
        for row in rows {
            live.insert(row.key.0);
            if let Some(e) = cache.get(&row.key.0)
                && e.heads == row.heads
                && !row.heads.is_empty()
            {
                out.push(e.clone());
                continue;
            }
            let Some(doc) = store.doc(&row.key)? else { continue };
            match cases::read_entry(row.key, row.site, row.heads, &doc, now) {
                Some(mut e) => {
                    if !e.conflicts.is_empty() {
                        e.senders = store
                            .senders(&row.key)?
                            .into_iter()
                            .map(|(change, (device, site))| (change, cases::Sender::of(device, site)))
                            .collect();
                    }
                    let e = Arc::new(e);
                    cache.insert(row.key.0, e.clone());
                    out.push(e);
                }
                None => tracing::warn!(case = %hex::encode(row.key.0), "case document unreadable"),
            }
        }
        cache.retain(|k, _| live.contains(k));
        Ok(out)
    }

    /// One case `s` may see (another is not found, as an erased one).
    fn entry(&self, s: &StaffSession, id: &str) -> Result<Arc<CaseEntry>, DashError> {
        let key = parse_case(id)?;
        self.entries(s)?.into_iter().find(|e| e.key == key).ok_or(DashError::NotFound)
    }

    /// Case search across sites: a name in any script, or a code.
    pub fn search(&self, s: &StaffSession, query: &str) -> Result<Vec<cases::Hit>, DashError> {
        s.require(Permission::ReadCases)?;
        let entries = self.entries(s)?;
        let hits = cases::search(entries.iter().map(AsRef::as_ref), query, 200);
        // The query may be a name: only the number of results is recorded.
        self.audit(&s.user, "case.search", None, &format!("results={}", hits.len()))?;
        Ok(hits)
    }

    /// One case for review.
    pub fn case(&self, s: &StaffSession, id: &str) -> Result<Arc<CaseEntry>, DashError> {
        s.require(Permission::ReadCases)?;
        let e = self.entry(s, id)?;
        self.audit(&s.user, "case.view", Some(&e.id), "")?;
        Ok(e)
    }

    /// Cases with unresolved conflicts.
    pub fn conflicts(&self, s: &StaffSession) -> Result<Vec<Arc<CaseEntry>>, DashError> {
        s.require(Permission::ReadCases)?;
        let out: Vec<_> = self.entries(s)?.into_iter().filter(|e| !e.conflicts.is_empty()).collect();
        self.audit(&s.user, "conflict.list", None, &format!("cases={}", out.len()))?;
        Ok(out)
    }

    /// Resolves the conflict at `path` of a case by writing its value number `choice` again
    /// as an HQ change (the path a device's change takes), authored by the HQ user.
    pub fn resolve(&self, s: &StaffSession, id: &str, path: &str, choice: usize) -> Result<(), DashError> {
        s.require(Permission::ResolveConflicts)?;
        let e = self.entry(s, id)?;
        let conflict = e.conflicts.iter().find(|c| c.path_string() == path).ok_or(DashError::NotFound)?;
        let value = &conflict.values.get(choice).ok_or(DashError::BadRequest("hq-error-choice"))?.value;
        let author = hq_author(&s.user);
        let audit = AuditEntry {
            user: &s.user,
            action: "conflict.resolve",
            case: Some(&e.id),
            detail: format!("path={path} choice={choice}"),
        };
        change_case(&mut lock(&self.store), &e.key, &author, &audit, |cd| {
            // The same rule as on a device: only one of the conflict's values can be kept.
            let chosen = waypoint_case::conflicts::chosen_value(&cd.conflicts(), &conflict.path, value)
                .map_err(DashError::Refused)?;
            Ok(cd.resolve(&conflict.path, chosen, &author, Timestamp::now())?)
        })
    }

    /// Tracing matches across sites.
    pub fn matches(&self, s: &StaffSession) -> Result<Vec<cases::MatchView>, DashError> {
        s.require(Permission::ReadCases)?;
        let entries = self.all_entries()?;
        let refs: Vec<&CaseEntry> = entries.iter().map(AsRef::as_ref).collect();
        // Candidates from every site; seekers only of the staff member's.
        let seekers: std::collections::HashSet<&str> =
            entries.iter().filter(|e| s.sees(e)).map(|e| e.id.as_str()).collect();
        let mut out = cases::matches(&refs, Timestamp::now());
        out.retain(|m| seekers.contains(m.seeker_case.as_str()));
        self.audit(&s.user, "match.list", None, &format!("matches={}", out.len()))?;
        Ok(out)
    }

    /// Possible duplicates across sites (read-only).
    pub fn duplicates(&self, s: &StaffSession) -> Result<Vec<cases::Duplicate>, DashError> {
        s.require(Permission::ReadCases)?;
        let entries = self.entries(s)?;
        let refs: Vec<&CaseEntry> = entries.iter().map(AsRef::as_ref).collect();
        let decisions = lock(&self.store).duplicate_decisions()?;
        let settled: BTreeSet<DuplicatePair> =
            decisions.iter().filter(|d| !d.keeps_pair_listed()).map(|d| d.pair.clone()).collect();
        let confirmed: HashMap<&DuplicatePair, &store::DuplicateDecision> =
            decisions.iter().filter(|d| d.keeps_pair_listed()).map(|d| (&d.pair, d)).collect();
        let mut out = cases::duplicates(&refs, &settled);
        for pair in &mut out {
            let (Ok(a), Ok(b)) = (CaseId::parse(&pair.a.case_id), CaseId::parse(&pair.b.case_id)) else {
                continue;
            };
            if let Some(d) = DuplicatePair::new(&a, &b).ok().and_then(|key| confirmed.get(&key)) {
                pair.confirmed_by = Some(d.decided.by.to_string());
                pair.confirmed_at = Some(d.decided.at.0);
            }
        }
        self.audit(&s.user, "duplicate.list", None, &format!("pairs={}", out.len()))?;
        Ok(out)
    }

    /// Records whether two cases are the same person. Nothing is merged: a pair of two people
    /// is no longer proposed, and for one person a supervisor keeps the fuller case and orders
    /// the other erased (reason `duplicate`).
    pub fn decide_duplicate(
        &self,
        s: &StaffSession,
        a: &str,
        b: &str,
        same_person: bool,
    ) -> Result<(), DashError> {
        s.require(Permission::DecideDuplicates)?;
        let (a, b) = (parse_case(a)?, parse_case(b)?);
        let pair = DuplicatePair::new(&CaseId::from_uuid_bytes(a.0), &CaseId::from_uuid_bytes(b.0))
            .map_err(|_| DashError::BadRequest("hq-error-case-id"))?;
        let entries = self.entries(s)?;
        if ![a, b].iter().all(|k| entries.iter().any(|e| e.key.0 == k.0)) {
            return Err(DashError::NotFound);
        }
        let decision = store::DuplicateDecision::new(
            pair,
            same_person,
            &UserId::new(s.user.clone()),
            Timestamp(now_ms()),
        );
        let audit = AuditEntry {
            user: &s.user,
            action: if same_person { "duplicate.same" } else { "duplicate.different" },
            case: Some(decision.pair.first().as_str()),
            detail: format!("other={}", decision.pair.second()),
        };
        lock(&self.store).decide_duplicate(&decision, &audit)?;
        Ok(())
    }

    /// Confirms or rejects a tracing match: recorded in the seeker's case (as an HQ change),
    /// with who decided and when.
    pub fn decide_match(
        &self,
        s: &StaffSession,
        seeker: &str,
        sought_person: &str,
        candidate: &str,
        confirm: bool,
    ) -> Result<(), DashError> {
        s.require(Permission::DecideMatches)?;
        let e = self.entry(s, seeker)?;
        let found = self.matches_for(&e, sought_person, candidate)?;
        let sought_person = waypoint_model::EntryId::parse(sought_person)
            .map_err(|_| DashError::BadRequest("hq-error-case-id"))?;
        let decision = if confirm {
            waypoint_model::MatchStatus::Confirmed
        } else {
            waypoint_model::MatchStatus::Rejected
        };
        let edit = waypoint_case::edit::FamilyTracingEdit::DecideMatch {
            sought_person,
            candidate: found.candidate_case.clone(),
            score: found.score,
            reasons: found.reasons.iter().map(|r| (*r).to_owned()).collect(),
            decision,
        };
        let author = hq_author(&s.user);
        let audit = AuditEntry {
            user: &s.user,
            action: if confirm { "match.confirm" } else { "match.reject" },
            case: Some(&e.id),
            detail: format!("candidate={}", found.candidate_case),
        };
        let mut ids = lock(&self.ids);
        change_case(&mut lock(&self.store), &e.key, &author, &audit, |cd| {
            engine_edit(cd, &author, &mut ids, &edit.into())
        })
    }

    fn matches_for(
        &self,
        e: &CaseEntry,
        sought_person: &str,
        candidate: &str,
    ) -> Result<cases::MatchView, DashError> {
        let entries = self.all_entries()?;
        let refs: Vec<&CaseEntry> = entries.iter().map(AsRef::as_ref).collect();
        let candidate = parse_case(candidate).map(|k| store::case_text(&k))?;
        cases::matches(&refs, Timestamp::now())
            .into_iter()
            .find(|m| {
                m.seeker_case == e.id && m.sought_person == sought_person && m.candidate_case == candidate
            })
            .ok_or(DashError::NotFound)
    }

    /// Transfers so far: (case id, code, from site, to site).
    pub fn transfers(&self, s: &StaffSession) -> Result<Vec<TransferView>, DashError> {
        s.require(Permission::ReadCases)?;
        let entries = self.entries(s)?;
        let list = lock(&self.store).transfers()?;
        // Only the transfers of cases this account may see.
        let list: Vec<TransferView> = list
            .into_iter()
            .filter_map(|(key, to)| {
                let e = entries.iter().find(|e| e.key == key)?;
                Some(TransferView {
                    case_id: store::case_text(&key),
                    code: e.summary.code.clone(),
                    from_site: e.site.clone(),
                    to_site: to,
                })
            })
            .collect();
        self.audit(&s.user, "transfer.list", None, &format!("transfers={}", list.len()))?;
        Ok(list)
    }

    /// Gives a case to another site as well (its devices receive it at their next sync).
    pub fn transfer(&self, s: &StaffSession, id: &str, site: &str) -> Result<(), DashError> {
        s.require(Permission::Transfer)?;
        let site = valid_site(site)?;
        let e = self.entry(s, id)?;
        // The transfer a device makes: the case records it and becomes transferred (the same
        // site is refused); storing it gives the receiving site the case (hub_store).
        let edit = waypoint_case::edit::TransferEdit::TransferCase { to_site: site.clone(), reason: None };
        let author = hq_author(&s.user);
        let audit = AuditEntry {
            user: &s.user,
            action: "case.transfer",
            case: Some(&e.id),
            detail: format!("to={site}"),
        };
        let mut ids = lock(&self.ids);
        change_case(&mut lock(&self.store), &e.key, &author, &audit, |cd| {
            engine_edit(cd, &author, &mut ids, &edit.into())
        })
    }

    /// Enrolled devices.
    pub fn devices(&self, s: &StaffSession) -> Result<Vec<store::DeviceRow>, DashError> {
        s.require(Permission::ViewDevices)?;
        let list = lock(&self.store).devices()?;
        self.audit(&s.user, "device.list", None, &format!("devices={}", list.len()))?;
        Ok(list)
    }

    /// A one-time enrollment code for a device at `site`.
    pub fn enroll(&self, s: &StaffSession, site: &str) -> Result<String, DashError> {
        s.require(Permission::ManageDevices)?;
        let site = valid_site(site)?;
        // An admin sees no case data: the device it enrolls receives none until a supervisor
        // of its site approves it.
        let code = lock(&self.store).add_device_code_for_approval(&site, now_ms())?;
        self.audit(&s.user, "device.enroll", None, &format!("site={site}"))?;
        Ok(code)
    }

    /// Lets a device an admin enrolled receive its site's cases: a supervisor of that site.
    pub fn approve_device(&self, s: &StaffSession, device: &str) -> Result<(), DashError> {
        s.require(Permission::ApproveDevices)?;
        let id = parse_device(device)?;
        let mut store = lock(&self.store);
        let (site, _) = store.device_site(&DeviceKey(id))?.ok_or(DashError::NotFound)?;
        if !s.sites.includes(&site) {
            return Err(DashError::Forbidden);
        }
        store.approve_device(&DeviceKey(id))?;
        drop(store);
        self.audit(&s.user, "device.approve", None, &format!("device={} site={site}", hex::encode(id)))
    }

    /// Revokes a device.
    pub fn revoke(&self, s: &StaffSession, device: &str) -> Result<(), DashError> {
        s.require(Permission::ManageDevices)?;
        let id = parse_device(device)?;
        match lock(&self.store).revoke(&DeviceKey(id)) {
            Ok(()) => {}
            Err(StorageError::UnknownDevice) => return Err(DashError::NotFound),
            Err(e) => return Err(e.into()),
        }
        self.audit(&s.user, "device.revoke", None, &format!("device={}", hex::encode(id)))
    }

    /// Every dashboard account (admins only).
    pub fn accounts(&self, s: &StaffSession) -> Result<Vec<store::UserRow>, DashError> {
        s.require(Permission::ManageAccounts)?;
        let list = lock(&self.store).users()?;
        self.audit(&s.user, "user.list", None, &format!("users={}", list.len()))?;
        Ok(list)
    }

    /// Adds an account with a first password, which the admin hands over in person.
    pub fn create_account(
        &self,
        s: &StaffSession,
        name: &str,
        role: &str,
        password: &str,
        sites: &str,
    ) -> Result<(), DashError> {
        s.require(Permission::ManageAccounts)?;
        let role = Role::from_code(role).ok_or(DashError::BadRequest("hq-user-role-invalid"))?;
        let sites = Sites::parse(sites).map_err(|_| DashError::BadRequest("hq-error-sites"))?;
        let name = self.store_user(name, role, password, &sites).map_err(|e| match e {
            AddUserError::Name => DashError::BadRequest("hq-user-name-invalid"),
            AddUserError::Password(accounts::PasswordError::TooShort) => DashError::PasswordTooShort,
            AddUserError::Store(StorageError::UserExists) => DashError::AccountExists,
            AddUserError::Password(e) => DashError::Hashing(e),
            AddUserError::Store(e) => e.into(),
            AddUserError::Audit(e) => e,
        })?;
        let detail = format!("user={name:?} role={} sites={:?}", role.code(), sites.stored());
        self.audit(&s.user, "user.add", None, &detail)
    }

    /// Gives an account other sites; it applies from the account's next request.
    pub fn change_sites(&self, s: &StaffSession, name: &str, sites: &str) -> Result<(), DashError> {
        s.require(Permission::ManageAccounts)?;
        let sites = Sites::parse(sites).map_err(|_| DashError::BadRequest("hq-error-sites"))?;
        let name = self.other_account(s, name)?;
        if !lock(&self.store).set_sites(&name, &sites.stored())? {
            return Err(DashError::NotFound);
        }
        self.audit(&s.user, "user.sites", None, &format!("user={name:?} sites={:?}", sites.stored()))
    }

    /// Gives an account another role; it applies from the account's next request. An admin
    /// cannot change their own (nor so lock every admin out).
    pub fn change_role(&self, s: &StaffSession, name: &str, role: &str) -> Result<(), DashError> {
        s.require(Permission::ManageAccounts)?;
        let role = Role::from_code(role).ok_or(DashError::BadRequest("hq-user-role-invalid"))?;
        let name = self.other_account(s, name)?;
        if !lock(&self.store).set_role(&name, role.code())? {
            return Err(DashError::NotFound);
        }
        self.audit(&s.user, "user.role", None, &format!("user={name:?} role={}", role.code()))
    }

    /// Removes an account and ends its sessions; the audit trail keeps what it did.
    pub fn remove_account(&self, s: &StaffSession, name: &str) -> Result<(), DashError> {
        s.require(Permission::ManageAccounts)?;
        let name = self.other_account(s, name)?;
        if !lock(&self.store).remove_user(&name)? {
            return Err(DashError::NotFound);
        }
        self.audit(&s.user, "user.remove", None, &format!("user={name:?}"))
    }

    /// The stored name of the account `name` names, unless it is the signed-in admin's own.
    /// The store finds it (names match in any case), and the stored names are compared, so no
    /// spelling of one's own name gets past.
    fn other_account(&self, s: &StaffSession, name: &str) -> Result<String, DashError> {
        let user = lock(&self.store).user(name.trim())?.ok_or(DashError::NotFound)?;
        if user.name == s.user {
            return Err(DashError::BadRequest("hq-accounts-not-yourself"));
        }
        Ok(user.name)
    }

    /// Erased cases.
    pub fn erasures(&self, s: &StaffSession) -> Result<Vec<store::ErasureRow>, DashError> {
        s.require(Permission::Erase)?;
        let mut list = lock(&self.store).erasures()?;
        // Only the erasures of this account's sites (an erased case is known by its site).
        list.retain(|e| s.sites.includes(&e.site));
        self.audit(&s.user, "erasure.list", None, &format!("erasures={}", list.len()))?;
        Ok(list)
    }

    /// Orders a case erased everywhere, for one of [`ERASURE_REASONS`].
    pub fn erase(&self, s: &StaffSession, id: &str, reason: &str) -> Result<(), DashError> {
        s.require(Permission::Erase)?;
        let reason =
            ERASURE_REASONS.iter().find(|r| **r == reason).ok_or(DashError::BadRequest("hq-error-reason"))?;
        let key = parse_case(id)?;
        let text = store::case_text(&key);
        if !self.entries(s)?.iter().any(|e| e.key == key) {
            return Err(DashError::NotFound);
        }
        let audit = AuditEntry {
            user: &s.user,
            action: "case.erase",
            case: Some(&text),
            detail: format!("reason={reason}"),
        };
        lock(&self.store).order_erasure(&key, reason, now_ms(), &audit)?;
        lock(&self.cache).remove(&key.0);
        Ok(())
    }

    /// The latest audit entries.
    pub fn audit_trail(&self, s: &StaffSession) -> Result<Vec<store::AuditRow>, DashError> {
        self.audit_trail_matching(s, &store::AuditFilter::default())
    }

    /// The audit trail's latest [`AUDIT_SHOWN`] entries that match `filter`.
    pub fn audit_trail_matching(
        &self,
        s: &StaffSession,
        filter: &store::AuditFilter,
    ) -> Result<Vec<store::AuditRow>, DashError> {
        s.require(Permission::ViewAudit)?;
        let mut rows = lock(&self.store).audit_entries(AUDIT_SHOWN, filter)?;
        // A supervisor reads what was done to the cases of their sites (and to those erased
        // there), not which cases exist elsewhere; an admin, who sees no case, reads ids only.
        if s.role == Role::Supervisor && s.sites != Sites::Every {
            let mut seen: std::collections::HashSet<String> =
                self.entries(s)?.iter().map(|e| e.id.clone()).collect();
            let erased = lock(&self.store).erasures()?;
            seen.extend(erased.into_iter().filter(|e| s.sites.includes(&e.site)).map(|e| e.case_id));
            rows.retain(|r| r.case_id.as_ref().is_none_or(|id| seen.contains(id)));
        }
        self.audit(&s.user, "audit.view", None, "")?;
        Ok(rows)
    }

    /// Anonymised figures (no names, small cells suppressed).
    pub fn figures(&self, s: &StaffSession, export: bool) -> Result<cases::Figures, DashError> {
        s.require(Permission::ViewFigures)?;
        let entries = self.all_entries()?;
        let anonymous = lock(&self.store).anonymous_records()?;
        let f = cases::figures(
            entries
                .iter()
                .map(|e| cases::Counted::case(e))
                .chain(anonymous.iter().map(|(site, r)| cases::Counted::anonymous(site, r))),
        );
        self.audit(&s.user, if export { "figures.export" } else { "figures.view" }, None, "")?;
        Ok(f)
    }
}

/// A transfer as listed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TransferView {
    /// Case id.
    pub case_id: String,
    /// Case code.
    pub code: String,
    /// The case's own site.
    pub from_site: String,
    /// The site it was given to.
    pub to_site: String,
}

/// Why a user could not be added.
#[derive(Debug, thiserror::Error)]
pub enum AddUserError {
    /// Empty, too long or with control characters.
    #[error("the user name must be 1–64 printable characters")]
    Name,
    /// The password was refused.
    #[error(transparent)]
    Password(#[from] accounts::PasswordError),
    /// Storage failed or the name exists.
    #[error(transparent)]
    Store(#[from] StorageError),
    /// Auditing failed.
    #[error(transparent)]
    Audit(#[from] DashError),
}
