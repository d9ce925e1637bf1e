//! The app's link with headquarters: enrolling the device, and sync runs that never block
//! editing.
//!
//! A run is `waypoint_sync::device::DeviceSync`, a state machine without IO; this module is its
//! driver. The session's lock is taken twice per request: once to read the store's snapshot
//! and build the request, once to apply HQ's answer (one store transaction), and never while a
//! request is on the network: an officer typing during a sync over a slow link waits at most
//! for one batch to be packed or one answer to be applied, not for the link. A run also stops
//! when the session locks (by hand or after inactivity), because the store's key is gone; the
//! next run resumes where it stopped. [`sync_store`] is the same driver over a store without
//! a session, for tests, benchmarks and tools.

mod convert;

use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use rand::RngCore;
use serde::Serialize;
use waypoint_model::Timestamp;
use waypoint_store::{Store, StoreError, SyncIdentity, Workers};
use waypoint_sync::device::{AnswerError, Answered, DeviceSync, Effects, Limits, Outcome, Step};
use waypoint_sync::enrollment::{self, EnrollError};
use waypoint_sync::signing::{SigningKey, VerifyingKey};
use waypoint_sync::wire::{self, DeviceKey, RefusalCode};
use waypoint_tls::{Presented, Seen, Trust};

use crate::{OfficerSession, UserError};

/// Carries one request to HQ and returns the body of its answer, whatever its HTTP status
/// (refusals come as frames with a 4xx status and are read like any answer).
pub trait Link {
    /// The TLS certificate HQ at `url` presents, whichever it is (none over plain HTTP):
    /// enrollment's first contact, before the enrollment proves it is HQ's.
    fn certificate(&self, url: &str) -> Result<Option<Presented>, LinkError>;
    /// Posts `body` to `url`, trusting HQ's certificate as `trust` says.
    fn post(&self, url: &str, trust: Trust, body: &[u8]) -> Result<Vec<u8>, LinkError>;
}

/// The link failed; nothing was lost and the next sync resumes.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    /// No answer: no network, HQ down, a timeout.
    #[error("headquarters unreachable: {0}")]
    Unreachable(String),
    /// HQ (or someone in its place) presented a certificate this device does not trust.
    #[error("headquarters presented a certificate this device does not trust")]
    Certificate,
}

/// HTTPS to headquarters (plain HTTP only to this machine), with timeouts so that a dead link
/// ends a sync instead of hanging it. One client per way of trusting HQ, so that a sync run's
/// requests share their connection.
#[derive(Debug, Default)]
pub struct HttpLink {
    agents: Mutex<Vec<(Trust, ureq::Agent, Seen)>>,
}

impl HttpLink {
    fn config() -> ureq::config::Config {
        // No proxy (the TLS connector speaks to HQ directly; a proxy variable in the
        // environment would otherwise stop every request) and no redirect (HQ never sends
        // one; one could lead elsewhere, or to plain HTTP).
        ureq::Agent::config_builder()
            .proxy(None)
            .max_redirects(0)
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(10)))
            .timeout_global(Some(Duration::from_secs(120)))
            .build()
    }

    fn client(trust: Trust) -> Result<(ureq::Agent, Seen), LinkError> {
        waypoint_tls::agent(trust, Self::config()).map_err(|e| LinkError::Unreachable(e.to_string()))
    }

    /// The kept client for `trust`, made on first use.
    fn agent(&self, trust: Trust) -> Result<(ureq::Agent, Seen), LinkError> {
        let mut agents = self.agents.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, agent, seen)) = agents.iter().find(|(t, _, _)| *t == trust) {
            return Ok((agent.clone(), seen.clone()));
        }
        let (agent, seen) = Self::client(trust)?;
        agents.push((trust, agent.clone(), seen.clone()));
        Ok((agent, seen))
    }

    /// The link's error: a certificate the client refused, or no answer.
    fn failed(seen: &Seen, e: &ureq::Error) -> LinkError {
        match seen.last() {
            Some(presented) if !presented.accepted => LinkError::Certificate,
            _ => LinkError::Unreachable(e.to_string()),
        }
    }
}

impl Link for HttpLink {
    fn certificate(&self, url: &str) -> Result<Option<Presented>, LinkError> {
        if !is_https(url) {
            return Ok(None);
        }
        // A client of its own, so that the handshake happens now (a kept connection would not
        // show the certificate).
        let (agent, seen) = Self::client(Trust::FirstContact)?;
        agent.get(hq_endpoint(url, "health")).call().map_err(|e| Self::failed(&seen, &e))?;
        Ok(seen.last())
    }

    fn post(&self, url: &str, trust: Trust, body: &[u8]) -> Result<Vec<u8>, LinkError> {
        let (agent, seen) = self.agent(trust)?;
        seen.forget();
        let mut answer = agent
            .post(url)
            .header("content-type", "application/vnd.waypoint.sync")
            .send(body)
            .map_err(|e| Self::failed(&seen, &e))?;
        answer
            .body_mut()
            .with_config()
            .limit(wire::MAX_BODY as u64 + 64 * 1024)
            .read_to_vec()
            .map_err(|e| LinkError::Unreachable(e.to_string()))
    }
}

fn is_https(url: &str) -> bool {
    url.get(..8).is_some_and(|s| s.eq_ignore_ascii_case("https://"))
}

/// How far the running sync has got.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SyncProgress {
    /// Requests sent to HQ.
    pub rounds: u32,
    /// Cases whose changes HQ has taken.
    pub sent_cases: u32,
    /// Cases updated from HQ.
    pub received_cases: u32,
}

/// What the sync status screen and the top bar show.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncStatus {
    /// The device is enrolled at HQ.
    pub enrolled: bool,
    /// HQ's address.
    pub hq_url: Option<String>,
    /// A sync is running now.
    pub running: bool,
    /// Progress of the running (or last) sync.
    pub progress: SyncProgress,
    /// Cases with changes HQ does not hold yet.
    pub pending_cases: u32,
    /// When a sync last completed.
    pub last_success: Option<Timestamp>,
    /// When a sync was last tried.
    pub last_attempt: Option<Timestamp>,
    /// Why the last sync did not complete, in plain words (a message id).
    pub error: Option<UserError>,
}

/// The session's memory of sync runs (only the time of the last success is stored).
#[derive(Debug, Default)]
pub(crate) struct SyncState {
    running: bool,
    progress: SyncProgress,
    last_attempt: Option<Timestamp>,
    error: Option<UserError>,
    failures: u32,
}

/// Between background syncs when all is well.
pub const SYNC_INTERVAL: Duration = Duration::from_secs(60);
/// Longest wait after failures: a device that comes back into coverage syncs within this.
pub const MAX_BACKOFF: Duration = Duration::from_secs(300);

/// How long the background loop waits before its next try: the usual interval, or a shorter
/// first retry that doubles with each failure up to [`MAX_BACKOFF`], so an unreachable HQ is
/// not hammered and a returning link is noticed soon.
pub fn next_wait(failures: u32) -> Duration {
    if failures == 0 {
        return SYNC_INTERVAL;
    }
    let secs = 15u64.saturating_mul(1 << failures.saturating_sub(1).min(10));
    Duration::from_secs(secs).min(MAX_BACKOFF)
}

fn lock(shared: &Mutex<OfficerSession>) -> MutexGuard<'_, OfficerSession> {
    // A panic elsewhere poisons the lock; every store write is one transaction, so the session
    // is still consistent.
    shared.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl OfficerSession {
    /// The sync status. Not counted as activity: the screen polls it, and polling must not keep
    /// an unattended device unlocked.
    pub fn sync_status(&mut self) -> Result<SyncStatus, UserError> {
        self.lock_if_idle(Instant::now());
        let store = self.store.as_ref().ok_or_else(UserError::locked)?;
        let identity = store.sync_identity()?;
        Ok(SyncStatus {
            // A device enrolled before HQ signed its answers must enroll again: the screen
            // offers the form.
            enrolled: identity.as_ref().is_some_and(|i| i.hq_key.is_some()),
            hq_url: identity.map(|i| i.hq_url).or_else(|| self.settings.hq_url.clone()),
            running: self.sync.running,
            progress: self.sync.progress,
            pending_cases: u32::try_from(store.pending_sync_cases()?).unwrap_or(u32::MAX),
            last_success: store.last_sync()?,
            last_attempt: self.sync.last_attempt,
            error: self.sync.error.clone(),
        })
    }

    /// Failed tries since the last success (for the background loop's back-off).
    pub fn sync_failures(&self) -> u32 {
        self.sync.failures
    }

    fn unlocked_store(&mut self) -> Result<&mut Store, UserError> {
        self.lock_if_idle(Instant::now());
        self.store.as_mut().ok_or_else(UserError::locked)
    }
}

fn hq_endpoint(hq_url: &str, path: &str) -> String {
    format!("{}/{path}", hq_url.trim_end_matches('/'))
}

/// Enrolls this device at HQ with a one-time `code` from `waypoint-hq device add`: a new key
/// pair is made here, its public half registered, and the identity kept in the store. The
/// session lock is not held while the request is out.
pub fn enroll(
    shared: &Mutex<OfficerSession>,
    link: &dyn Link,
    hq_url: &str,
    code: &str,
) -> Result<SyncStatus, UserError> {
    let hq_url = hq_url.trim();
    let code = code.trim();
    if !(is_https(hq_url) || hq_url.get(..7).is_some_and(|s| s.eq_ignore_ascii_case("http://"))) {
        return Err(UserError::new("app-error-hq-url").at("hq_url"));
    }
    // Nothing personal leaves the machine in clear text.
    if !is_https(hq_url) && !waypoint_tls::plain_allowed(hq_url) {
        return Err(UserError::new("app-sync-insecure-url").at("hq_url"));
    }
    if code.is_empty() {
        return Err(UserError::new("app-sync-code-missing").at("code"));
    }
    let site = {
        let mut session = lock(shared);
        let store = session.unlocked_store()?;
        // A device enrolled before HQ signed its answers enrolls again, with a new code.
        if store.sync_identity()?.is_some_and(|i| i.hq_key.is_some()) {
            return Err(UserError::new("app-sync-already-enrolled"));
        }
        store.site().to_string()
    };
    let unreachable = |e: LinkError| match e {
        LinkError::Certificate => UserError::new("app-sync-certificate").at("hq_url"),
        LinkError::Unreachable(_) => UserError::new("app-sync-unreachable"),
    };
    // The certificate HQ presents is taken as it is for now; the enrollment then proves that
    // HQ presents the same one (the request carries its fingerprint), and the request itself
    // goes only to that certificate.
    let presented = link.certificate(hq_url).map_err(unreachable)?;
    let seen = presented.map_or([0; 32], |p| p.fingerprint);
    let trust = match presented {
        Some(p) if !p.vouched => Trust::Pinned(p.fingerprint),
        _ => Trust::Authorities,
    };
    let key = SigningKey::generate();
    let answer = enrollment::enroll_at(code, &key.verifying_key(), seen, Some(&site), |request| {
        link.post(&hq_endpoint(hq_url, "v1/enroll"), trust, request)
    })
    .map_err(unreachable)?;
    let enrolled = match answer {
        Ok(e) => e,
        Err(EnrollError::Refused(code)) => return Err(refusal_error(code).at("code")),
        Err(EnrollError::Unauthenticated) => {
            // Most often a mistyped, used or expired code (HQ answers those as any unknown
            // name); or an answer that did not come from the HQ that issued it.
            tracing::info!("an enrollment answer did not prove the code");
            return Err(UserError::new("app-sync-impostor").at("code"));
        }
        Err(EnrollError::Unexpected) => return Err(UserError::new("app-sync-failed")),
        // Stopped before the code was used up: it still enrolls a device of its site.
        Err(EnrollError::OtherSite(theirs)) => {
            return Err(UserError::new("app-sync-site-mismatch")
                .arg("hq", &theirs)
                .arg("device", &site)
                .at("code"));
        }
    };
    if enrolled.site != site {
        return Err(UserError::new("app-sync-site-mismatch")
            .arg("hq", &enrolled.site)
            .arg("device", &site)
            .at("code"));
    }
    let mut session = lock(shared);
    let identity = SyncIdentity {
        device: enrolled.device.0,
        key: key.to_bytes(),
        hq_url: hq_url.to_owned(),
        hq_key: Some(enrolled.hq_key.0),
        // An HQ whose certificate no authority vouches for is reached through this one only.
        certificate: match trust {
            Trust::Pinned(fingerprint) => Some(fingerprint),
            _ => None,
        },
    };
    session.unlocked_store()?.set_sync_identity(&identity)?;
    tracing::info!("device enrolled at headquarters");
    session.sync.error = None;
    session.sync_status()
}

/// What HQ's refusal means for the person at the device.
fn refusal_error(code: RefusalCode) -> UserError {
    UserError::new(match code {
        RefusalCode::Revoked => "app-sync-revoked",
        RefusalCode::UnknownDevice | RefusalCode::BadSignature => "app-sync-unknown-device",
        RefusalCode::Clock => "app-sync-clock",
        RefusalCode::EnrollmentCode => "app-sync-enrollment-code",
        RefusalCode::Certificate => "app-sync-certificate",
        RefusalCode::Version => "app-sync-version",
        RefusalCode::TooManyEnrollments => "app-sync-enroll-later",
        RefusalCode::Malformed | RefusalCode::TooLarge | RefusalCode::Replayed | RefusalCode::Internal => {
            "app-sync-failed"
        }
    })
}

/// The two moments a sync run touches the device's store, each one store access.
trait Side {
    /// Why the store could not be reached or failed.
    type Error;
    /// The machine's next step over the store as it is now: the snapshot it wants is read and
    /// the request built in one access.
    fn step(
        &mut self,
        machine: &mut DeviceSync,
        now: i64,
        rng: &mut dyn RngCore,
    ) -> Result<Step, Self::Error>;
    /// One answer's effects, in one store transaction.
    fn apply(&mut self, effects: &Effects) -> Result<(), Self::Error>;
}

/// Runs `machine` to its end: a snapshot and a request, the request carried by `send` with no
/// store access held, the answer applied; again, until the machine finishes. A store error
/// ends the run (the answer it was applying is not kept: the next run starts from the state
/// before it); a failed `send` counts as a lost request.
fn drive<S: Side, E: std::fmt::Display>(
    side: &mut S,
    machine: &mut DeviceSync,
    mut send: impl FnMut(&[u8]) -> Result<Vec<u8>, E>,
    now: impl Fn() -> i64,
    rng: &mut dyn RngCore,
) -> Result<Outcome, S::Error> {
    loop {
        let request = match side.step(machine, now(), rng)? {
            Step::Finished(outcome) => return Ok(outcome),
            Step::Send(request) => request,
        };
        match send(&request.frame) {
            Err(e) => {
                tracing::info!(error = %e, "a request to headquarters got no answer");
                machine.on_lost(request.id);
            }
            Ok(answer) => {
                if let Answered::Apply(effects) = machine.on_answer(request.id, &answer) {
                    side.apply(&effects)?;
                }
            }
        }
    }
}

/// A store the driver owns for the run.
struct Owned<'a> {
    store: &'a mut Store,
    workers: Workers,
}

impl Side for Owned<'_> {
    type Error = StoreError;

    fn step(
        &mut self,
        machine: &mut DeviceSync,
        now: i64,
        rng: &mut dyn RngCore,
    ) -> Result<Step, StoreError> {
        let snapshot = convert::read_snapshot(self.store, &machine.want(), self.workers)?;
        Ok(machine.next_request(snapshot, now, rng))
    }

    fn apply(&mut self, effects: &Effects) -> Result<(), StoreError> {
        convert::apply_effects(self.store, effects).map(|_| ())
    }
}

/// Syncs `store` with HQ until `machine`'s run ends: the app's driver without the session.
/// `send` carries a request frame to HQ and returns the answer frame (an error is a lost
/// request); `now` gives the time in ms and `rng` the requests' nonces; `workers` may pack.
pub fn sync_store<E: std::fmt::Display>(
    store: &mut Store,
    mut machine: DeviceSync,
    workers: Workers,
    send: impl FnMut(&[u8]) -> Result<Vec<u8>, E>,
    now: impl Fn() -> i64,
    rng: &mut dyn RngCore,
) -> Result<Outcome, StoreError> {
    drive(&mut Owned { store, workers }, &mut machine, send, now, rng)
}

/// Why a run over the session's store stopped before its machine finished.
#[derive(Debug, thiserror::Error)]
enum Stopped {
    /// The session locked during the run.
    #[error("session locked")]
    Locked,
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The session's store, reached through the session's lock for one access at a time; the
/// run's progress is counted in the same access.
struct Shared<'a> {
    shared: &'a Mutex<OfficerSession>,
    workers: Workers,
}

impl Shared<'_> {
    fn with<T>(
        &self,
        f: impl FnOnce(&mut Store, &mut SyncProgress) -> Result<T, StoreError>,
    ) -> Result<T, Stopped> {
        let mut session = lock(self.shared);
        session.lock_if_idle(Instant::now());
        let OfficerSession { store, sync, .. } = &mut *session;
        let store = store.as_mut().ok_or(Stopped::Locked)?;
        Ok(f(store, &mut sync.progress)?)
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Side for Shared<'_> {
    type Error = Stopped;

    fn step(&mut self, machine: &mut DeviceSync, now: i64, rng: &mut dyn RngCore) -> Result<Step, Stopped> {
        let workers = self.workers;
        self.with(|store, progress| {
            let snapshot = convert::read_snapshot(store, &machine.want(), workers)?;
            let step = machine.next_request(snapshot, now, rng);
            if matches!(step, Step::Send(_)) {
                progress.rounds = progress.rounds.saturating_add(1);
            }
            Ok(step)
        })
    }

    fn apply(&mut self, effects: &Effects) -> Result<(), Stopped> {
        self.with(|store, progress| {
            let applied = convert::apply_effects(store, effects)?;
            progress.sent_cases = progress.sent_cases.saturating_add(count(effects.acknowledged.len()));
            progress.received_cases = progress.received_cases.saturating_add(count(applied.cases_received));
            Ok(())
        })
    }
}

/// Runs one sync now, unless one is already running (then its status is returned). Editing
/// goes on meanwhile; see the module comment.
pub fn sync_now(shared: &Mutex<OfficerSession>, link: &dyn Link) -> Result<SyncStatus, UserError> {
    let identity = {
        let mut session = lock(shared);
        let identity = session.unlocked_store()?.sync_identity()?;
        let Some(identity) = identity else { return Err(UserError::new("app-sync-not-enrolled")) };
        if session.sync.running {
            return session.sync_status();
        }
        session.sync.running = true;
        session.sync.progress = SyncProgress::default();
        session.sync.last_attempt = Some(Timestamp::now());
        identity
    };
    let key = SigningKey::from_bytes(&identity.key);
    let url = hq_endpoint(&identity.hq_url, "v1/sync");
    let Some(hq_key) = identity.hq_key else {
        let mut session = lock(shared);
        session.sync.running = false;
        session.sync.error = Some(UserError::new("app-sync-reenroll"));
        return session.sync_status();
    };
    let mut machine =
        DeviceSync::new(DeviceKey(identity.device), key, VerifyingKey(hq_key), Limits::default());
    let trust = identity.certificate.map_or(Trust::Authorities, Trust::Pinned);
    let mut certificate_refused = false;
    let result = drive(
        &mut Shared { shared, workers: Workers::available() },
        &mut machine,
        |frame| {
            link.post(&url, trust, frame).inspect_err(|e| {
                certificate_refused |= matches!(e, LinkError::Certificate);
            })
        },
        || Timestamp::now().0,
        &mut rand::rngs::OsRng,
    );
    let mut session = lock(shared);
    session.sync.running = false;
    let error = match result {
        Ok(Outcome::Done { .. }) => {
            if let Some(store) = session.store.as_mut() {
                store.set_last_sync(Timestamp::now())?;
            }
            None
        }
        Ok(Outcome::Refused(code)) => Some(refusal_error(code)),
        Ok(Outcome::Wiped) => {
            tracing::warn!("headquarters revoked this device; its cases were deleted");
            Some(UserError::new("app-sync-revoked"))
        }
        Ok(Outcome::Unreachable { .. }) if certificate_refused => {
            tracing::warn!("headquarters presented a certificate other than the one pinned at enrollment");
            Some(UserError::new("app-sync-certificate"))
        }
        Ok(Outcome::Unreachable { .. }) => Some(UserError::new("app-sync-unreachable")),
        // Unsigned: HQ could not sign (it failed), or someone else wrote it; either way it was
        // not acted on.
        Ok(Outcome::Unreadable(AnswerError::Unsigned)) => Some(UserError::new("app-sync-failed")),
        Ok(Outcome::Unreadable(AnswerError::Unauthenticated)) => {
            tracing::warn!("an answer did not prove it came from headquarters; nothing of it was applied");
            Some(UserError::new("app-sync-unauthenticated"))
        }
        Ok(outcome @ (Outcome::Unreadable(_) | Outcome::TooManyRounds)) => {
            tracing::warn!(?outcome, "sync did not finish");
            Some(UserError::new("app-sync-failed"))
        }
        // Locked mid-sync: not a failure; the next sync after unlock resumes.
        Err(Stopped::Locked) => return Err(UserError::locked()),
        Err(Stopped::Store(e)) => Some(UserError::from(e)),
    };
    session.sync.failures = if error.is_some() { session.sync.failures.saturating_add(1) } else { 0 };
    session.sync.error = error;
    session.sync_status()
}

/// One step of the background loop: nothing while locked; the first time after set-up, enroll
/// with the code the installer left in the settings (then forget it); then sync. Returns
/// whether it tried anything (the loop's clock starts only then).
pub fn background_step(shared: &Mutex<OfficerSession>, link: &dyn Link) -> bool {
    let pending_enrollment = {
        let mut session = lock(shared);
        let Ok(store) = session.unlocked_store() else { return false };
        match store.sync_identity() {
            Ok(Some(identity)) if identity.hq_key.is_some() => None,
            Ok(_) => match (&session.settings.hq_url, &session.settings.enrollment_code) {
                (Some(url), Some(code)) => Some((url.clone(), code.clone())),
                _ => return false,
            },
            Err(_) => return false,
        }
    };
    if let Some((url, code)) = pending_enrollment {
        match enroll(shared, link, &url, &code) {
            Ok(_) => {
                let mut session = lock(shared);
                let settings = crate::Settings { enrollment_code: None, ..session.settings.clone() };
                if session.update_settings(settings).is_err() {
                    tracing::warn!("could not clear the used enrollment code from the settings");
                }
            }
            Err(e) => {
                let mut session = lock(shared);
                // A code HQ did not take will not be taken later: stop asking with it (each
                // try counts against the network's enrollments), and keep saying why.
                if matches!(
                    e.id.as_str(),
                    "app-sync-impostor" | "app-sync-enrollment-code" | "app-sync-site-mismatch"
                ) {
                    let settings = crate::Settings { enrollment_code: None, ..session.settings.clone() };
                    if session.update_settings(settings).is_err() {
                        tracing::warn!("could not clear the refused enrollment code from the settings");
                    }
                }
                session.sync.failures = session.sync.failures.saturating_add(1);
                session.sync.error = Some(e);
                return true;
            }
        }
    }
    // Errors are kept in the status for the screen; a lock mid-sync just ends this step.
    let _status = sync_now(shared, link);
    true
}

#[cfg(test)]
mod tests;
