//! An officer's working session on a device, as the app sees it.
//!
//! The app shell (`src-tauri`) is a thin layer of commands over this crate: each command takes
//! the [`OfficerSession`], calls one method and returns its result. Everything the screens rely on —
//! first set-up, unlock, auto-lock after inactivity, the edits a screen may make to a case and
//! their checks, and what a case screen shows — lives here, where it is tested without a window.

pub mod hq_link;
pub mod settings;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use waypoint_case::rules::{AgeStatus, RiskAssessment, age_status, assess_risk};
use waypoint_case::validate::{Diagnostic, validate};
use waypoint_case::{CaseSummary, TracingCandidate};
use waypoint_model::template::{Template, intake_v1};
use waypoint_model::{Case, CaseId, Conflict, EntryId, IdMaker, SiteId, Timestamp, UserId};
use waypoint_store::{CaseListFilter, KdfParams, Store, StoreConfig};

pub use hq_link::{SyncProgress, SyncStatus};
pub use settings::Settings;
pub use waypoint_case::edit::{BirthInput, SoughtDetail};
pub use waypoint_case::{CaseEdit, UserError};

/// File name of the encrypted store inside the data directory.
pub const STORE_FILE: &str = "cases.db";
/// File name of the settings inside the data directory.
pub const SETTINGS_FILE: &str = "settings.json";
/// Most tracing candidates shown for one sought person.
pub const TRACING_CANDIDATES: usize = 10;
/// Most cases a list shows at once; searching narrows it.
pub const LIST_LIMIT: usize = 500;
/// Most search hits ranked before filters narrow them.
const SEARCH_LIMIT: usize = 5_000;

/// What the app shows before anything else: set-up, unlock, or the cases.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppState {
    /// No store on this device yet: the first screen sets one up.
    pub needs_setup: bool,
    /// The user working now, when unlocked.
    pub user: Option<SessionUser>,
    /// Device settings.
    pub settings: Settings,
}

/// The unlocked user.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionUser {
    /// User name.
    pub user: String,
    /// Role (`officer`, `caseworker`, …).
    pub role: String,
    /// The site this device serves.
    pub site: String,
}

/// Filters of the case list; empty fields do not filter.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseFilter {
    /// A name in any script, or a short code.
    pub query: String,
    /// Site.
    pub site: Option<String>,
    /// `open`, `transferred`, `closed`.
    pub status: Option<String>,
    /// Risk level code.
    pub risk: Option<String>,
    /// Age band (`15-17`, `unknown`, …).
    pub age_band: Option<String>,
    /// A flag that must be present (`unaccompanied`, `referral-prompt`, …).
    pub flag: Option<String>,
}

impl CaseFilter {
    /// The store's filter: empty choices do not filter.
    fn for_store(&self) -> CaseListFilter {
        let chosen = |v: &Option<String>| v.as_deref().filter(|v| !v.is_empty()).map(str::to_owned);
        CaseListFilter {
            site: chosen(&self.site),
            status: chosen(&self.status),
            risk: chosen(&self.risk),
            age_band: chosen(&self.age_band),
            flag: chosen(&self.flag),
        }
    }

    fn keeps(&self, s: &CaseSummary) -> bool {
        let f = self.for_store();
        let eq = |want: &Option<String>, have: &str| want.as_deref().is_none_or(|w| w == have);
        eq(&f.site, &s.site)
            && eq(&f.status, &s.status)
            && eq(&f.risk, &s.risk)
            && eq(&f.age_band, &s.age_band)
            && f.flag.as_deref().is_none_or(|flag| s.flags.split(' ').any(|x| x == flag))
    }
}

/// A case as its screens show it: the record, and what the rules derive from it.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseView {
    /// The case.
    pub case: Case,
    /// Whether the person is treated as a child, and why.
    pub age: AgeStatus,
    /// Derived risk with its reasons and the referral prompt.
    pub risk: RiskAssessment,
    /// Fields written concurrently on several devices, to resolve.
    pub conflicts: Vec<Conflict>,
    /// Findings to show next to fields (impossible or doubtful data).
    pub diagnostics: Vec<Diagnostic>,
}

/// The working session: settings, and the store while unlocked.
pub struct OfficerSession {
    dir: PathBuf,
    settings: Settings,
    store: Option<Store>,
    last_activity: Instant,
    kdf: KdfParams,
    sync: hq_link::SyncState,
    /// Where new entries of this device's edits get their ids.
    ids: IdMaker<rand::rngs::OsRng>,
}

impl std::fmt::Debug for OfficerSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OfficerSession").field("unlocked", &self.store.is_some()).finish_non_exhaustive()
    }
}

impl OfficerSession {
    /// A locked session over the data directory `dir` (created if missing).
    pub fn new(dir: &Path) -> Result<OfficerSession, UserError> {
        std::fs::create_dir_all(dir).map_err(|e| UserError::new("error-io").arg("detail", e.kind()))?;
        Ok(OfficerSession {
            dir: dir.to_path_buf(),
            settings: Settings::load(&dir.join(SETTINGS_FILE)),
            store: None,
            last_activity: Instant::now(),
            kdf: KdfParams::STRONG,
            sync: hq_link::SyncState::default(),
            ids: IdMaker::new(rand::rngs::OsRng),
        })
    }

    /// Uses cheaper passphrase hashing (tests and benchmarks only: it weakens the store).
    pub fn with_kdf(mut self, kdf: KdfParams) -> Self {
        self.kdf = kdf;
        self
    }

    fn store_path(&self) -> PathBuf {
        self.dir.join(STORE_FILE)
    }

    /// What the first screen should be.
    pub fn state(&mut self) -> AppState {
        self.lock_if_idle(Instant::now());
        let user = self.store.as_ref().map(|s| SessionUser {
            user: s.user().to_string(),
            role: s.role().unwrap_or_default(),
            site: s.site().to_string(),
        });
        AppState { needs_setup: !self.store_path().exists(), user, settings: self.settings.clone() }
    }

    /// Sets up this device: a new encrypted store for `site`, with `user` as its first admin.
    pub fn set_up(&mut self, site: &str, user: &str, passphrase: &str) -> Result<AppState, UserError> {
        let site: SiteId = site.parse().map_err(|_| UserError::new("app-error-site-missing").at("site"))?;
        let user: UserId = user.parse().map_err(|_| UserError::new("app-error-user-missing").at("user"))?;
        let config = StoreConfig { site, kdf: self.kdf };
        let store = Store::create(&self.store_path(), &user, passphrase, &config)?;
        self.store = Some(store);
        self.last_activity = Instant::now();
        Ok(self.state())
    }

    /// Unlocks the store as `user`.
    pub fn unlock(&mut self, user: &str, passphrase: &str) -> Result<AppState, UserError> {
        let user: UserId = user.parse().map_err(|_| UserError::new("app-error-user-missing").at("user"))?;
        self.store = None;
        let store = Store::open(&self.store_path(), &user, passphrase)?;
        self.store = Some(store);
        self.last_activity = Instant::now();
        Ok(self.state())
    }

    /// Locks: the store is closed and its key leaves memory.
    pub fn lock(&mut self) -> AppState {
        if self.store.take().is_some() {
            tracing::info!("session locked");
        }
        self.state()
    }

    /// Saves new settings (checked first; nothing changes on error).
    pub fn update_settings(&mut self, settings: Settings) -> Result<Settings, UserError> {
        settings.check()?;
        settings.save(&self.dir.join(SETTINGS_FILE))?;
        self.settings = settings;
        Ok(self.settings.clone())
    }

    fn lock_if_idle(&mut self, now: Instant) {
        let limit = Duration::from_secs(u64::from(self.settings.auto_lock_minutes) * 60);
        if self.store.is_some() && now.saturating_duration_since(self.last_activity) >= limit {
            tracing::info!("auto-lock after inactivity");
            self.store = None;
        }
    }

    /// The unlocked store, or `locked` (after an explicit lock or inactivity). Every use
    /// counts as activity.
    fn store(&mut self) -> Result<&mut Store, UserError> {
        let now = Instant::now();
        self.lock_if_idle(now);
        self.last_activity = now;
        self.store.as_mut().ok_or_else(UserError::locked)
    }

    /// Keeps the session open while the person is using the screen without saving anything
    /// (reading, scrolling).
    pub fn keep_alive(&mut self) -> Result<(), UserError> {
        self.store().map(|_| ())
    }

    /// The case list, filtered; a query searches names in every script and short codes.
    pub fn cases(&mut self, filter: &CaseFilter) -> Result<Vec<CaseSummary>, UserError> {
        let store = self.store()?;
        let query = filter.query.trim();
        if query.is_empty() {
            return Ok(store.list_cases_where(&filter.for_store(), LIST_LIMIT)?);
        }
        // Search ranks by name; filters then narrow the ranked hits.
        let hits = store.search(query, SEARCH_LIMIT)?;
        Ok(hits.into_iter().map(|hit| hit.case).filter(|s| filter.keeps(s)).take(LIST_LIMIT).collect())
    }

    /// Opens a new, empty case at this device's site.
    pub fn new_case(&mut self) -> Result<CaseView, UserError> {
        let store = self.store()?;
        let id = store.create_case(|_| {})?;
        self.case_view(&id, false)
    }

    /// A case for its screens (audited as a view).
    pub fn open_case(&mut self, id: &str) -> Result<CaseView, UserError> {
        let id = case_id(id)?;
        self.case_view(&id, true)
    }

    /// Applies one edit and makes it durable before returning: the screen can say "saved".
    pub fn edit_case(&mut self, id: &str, edit: &CaseEdit) -> Result<CaseView, UserError> {
        let id = case_id(id)?;
        // Auto-lock is checked, and the edit counts as activity, before the store is borrowed
        // beside the session's id maker.
        self.store()?;
        let Some(store) = self.store.as_mut() else { return Err(UserError::locked()) };
        let user = store.user().clone();
        let mut ctx = waypoint_case::EditContext {
            user: &user,
            now: Timestamp::now(),
            template: intake_v1(),
            ids: &mut self.ids,
        };
        let mut refused = None;
        store.edit_case(&id, |case| match waypoint_case::apply(case, edit, &mut ctx) {
            Ok(edited) => *case = edited,
            // A refused edit leaves the case exactly as it was.
            Err(e) => refused = Some(e),
        })?;
        if let Some(e) = refused {
            return Err(e);
        }
        self.case_view(&id, false)
    }

    /// Keeps one of the concurrent values of a conflict, as a new edit that syncs.
    pub fn resolve_conflict(
        &mut self,
        id: &str,
        path: &[waypoint_store::PathSeg],
        chosen: &serde_json::Value,
    ) -> Result<CaseView, UserError> {
        let id = case_id(id)?;
        let store = self.store()?;
        let chosen = waypoint_case::conflicts::chosen_value(&store.conflicts(&id)?, path, chosen)?;
        store.resolve_conflict(&id, path, chosen)?;
        self.case_view(&id, false)
    }

    /// Registered persons who may be a sought person of case `id`, best first, with reasons.
    /// Refused without the case's consent to tracing; only persons who consented are found.
    pub fn tracing_candidates(
        &mut self,
        id: &str,
        sought_person: &str,
    ) -> Result<Vec<TracingCandidate>, UserError> {
        let id = case_id(id)?;
        let sought = EntryId::parse(sought_person)
            .map_err(|_| UserError::new("error-sought-person-not-found").arg("entry", "?"))?;
        Ok(self.store()?.tracing_candidates(&id, &sought, TRACING_CANDIDATES)?)
    }

    /// The interview template new interviews use.
    pub fn interview_template(&self) -> &'static Template {
        intake_v1()
    }

    fn case_view(&mut self, id: &CaseId, audited_view: bool) -> Result<CaseView, UserError> {
        let store = self.store()?;
        let case = if audited_view { store.view_case(id)? } else { store.case(id)? };
        let conflicts = store.conflicts(id)?;
        let now = Timestamp::now();
        let from_answers = waypoint_case::risk::indicators_from_answers(&case);
        Ok(CaseView {
            age: age_status(&case, now),
            risk: assess_risk(&case, now, &from_answers),
            diagnostics: validate(&case, now),
            conflicts,
            case,
        })
    }

    #[cfg(test)]
    fn idle_for(&mut self, d: Duration) {
        self.last_activity = Instant::now().checked_sub(d).unwrap_or(self.last_activity);
    }
}

fn case_id(id: &str) -> Result<CaseId, UserError> {
    CaseId::parse(id).map_err(|_| UserError::new("error-case-not-found").arg("case", "?"))
}

#[cfg(test)]
mod tests {
    use waypoint_model::{AnswerState, NameKind, Via};

    use super::*;

    const PASS: &str = "correct horse battery";

    fn session(dir: &Path) -> OfficerSession {
        OfficerSession::new(dir).expect("test step").with_kdf(KdfParams::FAST_INSECURE)
    }

    #[test]
    fn set_up_unlock_and_lock() {
        let dir = tempfile::tempdir().expect("test step");
        let mut s = session(dir.path());
        assert!(s.state().needs_setup);
        assert_eq!(s.cases(&CaseFilter::default()).expect_err("refused").id, "app-error-locked");
        let state = s.set_up("border-north", "amina", PASS).expect("test step");
        assert!(!state.needs_setup);
        assert_eq!(state.user.as_ref().map(|u| u.role.as_str()), Some("admin"));
        s.lock();
        assert_eq!(s.new_case().expect_err("refused").id, "app-error-locked");
        assert_eq!(
            s.unlock("amina", "wrong passphrase!").expect_err("refused").id,
            "app-error-unlock-failed"
        );
        assert_eq!(s.unlock("nobody", PASS).expect_err("refused").id, "app-error-unlock-failed");
        assert!(s.unlock("amina", PASS).expect("test step").user.is_some());
    }

    #[test]
    fn inactivity_locks_the_session() {
        let dir = tempfile::tempdir().expect("test step");
        let mut s = session(dir.path());
        s.set_up("border-north", "amina", PASS).expect("test step");
        s.update_settings(Settings { auto_lock_minutes: 2, ..Settings::default() }).expect("test step");
        s.idle_for(Duration::from_secs(60));
        assert!(s.keep_alive().is_ok(), "one minute idle: still open");
        s.idle_for(Duration::from_secs(121));
        assert_eq!(s.keep_alive().expect_err("refused").id, "app-error-locked");
        assert!(s.state().user.is_none());
    }

    #[test]
    fn edits_are_durable_and_refused_edits_change_nothing() {
        let dir = tempfile::tempdir().expect("test step");
        let mut s = session(dir.path());
        s.set_up("border-north", "amina", PASS).expect("test step");
        let view = s.new_case().expect("test step");
        let id = view.case.id.to_string();
        assert!(view.age.treated_as_child, "nothing known: in doubt, a child");
        s.edit_case(
            &id,
            &CaseEdit::Registration(waypoint_case::edit::RegistrationEdit::SetName {
                kind: NameKind::Given,
                text: "Мухаммад".into(),
            }),
        )
        .expect("test step");
        let bad = CaseEdit::Registration(waypoint_case::edit::RegistrationEdit::SetBirth {
            birth: BirthInput::Exact { date: "2030-13-40".into() },
        });
        assert_eq!(s.edit_case(&id, &bad).expect_err("refused").field.as_deref(), Some("birth"));
        s.edit_case(
            &id,
            &CaseEdit::Interview(waypoint_case::edit::InterviewEdit::StartSitting {
                language: "ar".into(),
                interpreter: None,
            }),
        )
        .expect("test step");
        let q = s.interview_template().sections[0].questions[2].id.clone();
        s.edit_case(
            &id,
            &CaseEdit::Interview(waypoint_case::edit::InterviewEdit::Answer {
                question: q.clone(),
                state: AnswerState::Declined,
                value: None,
                language: Some("ar".into()),
                via: Via::Interpreter,
            }),
        )
        .expect("test step");
        s.lock();
        drop(s);

        let mut s = session(dir.path());
        s.unlock("amina", PASS).expect("test step");
        let found =
            s.cases(&CaseFilter { query: "Muhammad".into(), ..CaseFilter::default() }).expect("test step");
        assert_eq!(found.len(), 1, "found across scripts after reopening");
        let view = s.open_case(&found[0].case_id).expect("test step");
        assert_eq!(view.case.registration.names[0].text, "Мухаммад");
        assert_eq!(view.case.interview.answers[&q].state, AnswerState::Declined);
        assert_eq!(view.case.registration.birth, waypoint_model::BirthDate::Unknown);
    }

    #[test]
    fn a_filter_finds_old_cases_beyond_the_newest_page() {
        let dir = tempfile::tempdir().expect("test step");
        let mut s = session(dir.path());
        s.set_up("border-north", "amina", PASS).expect("test step");
        let old = s.new_case().expect("test step").case.id.to_string();
        let alone = CaseEdit::Registration(waypoint_case::edit::RegistrationEdit::SetAccompaniment {
            status: Some(waypoint_model::AccompanimentStatus::Unaccompanied),
        });
        s.edit_case(&old, &alone).expect("test step");
        for _ in 0..LIST_LIMIT {
            s.new_case().expect("test step");
        }
        assert_eq!(s.cases(&CaseFilter::default()).expect("test step").len(), LIST_LIMIT);
        let filter = CaseFilter { flag: Some("unaccompanied".into()), ..CaseFilter::default() };
        let found = s.cases(&filter).expect("test step");
        assert_eq!(found.len(), 1, "the oldest case is found by its flag");
        assert_eq!(found[0].case_id, old);
    }

    #[test]
    fn filters_narrow_the_list() {
        let dir = tempfile::tempdir().expect("test step");
        let mut s = session(dir.path());
        s.set_up("border-north", "amina", PASS).expect("test step");
        let a = s.new_case().expect("test step").case.id.to_string();
        s.new_case().expect("test step");
        let alone = CaseEdit::Registration(waypoint_case::edit::RegistrationEdit::SetAccompaniment {
            status: Some(waypoint_model::AccompanimentStatus::Unaccompanied),
        });
        s.edit_case(&a, &alone).expect("test step");
        let all = s.cases(&CaseFilter::default()).expect("test step");
        assert_eq!(all.len(), 2);
        let filter = CaseFilter { flag: Some("unaccompanied".into()), ..CaseFilter::default() };
        let only = s.cases(&filter).expect("test step");
        assert_eq!(only.len(), 1);
        assert_eq!(only[0].case_id, a);
        let other_site = CaseFilter { site: Some("shelter-east".into()), ..CaseFilter::default() };
        assert!(s.cases(&other_site).expect("test step").is_empty());
    }
}
