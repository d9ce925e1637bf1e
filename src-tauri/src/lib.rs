//! The app shell: each command takes the session and calls one method of `waypoint-session`.
//!
//! Commands are `async` so that Tauri runs them off the window's thread: unlocking runs
//! Argon2id for a third of a second, and the window must keep painting meanwhile. The
//! TypeScript side of every command is generated from these signatures (`ui/src/bindings.ts`,
//! see [`specta_builder`]), so the two can never disagree.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tauri::{Manager, State};
use waypoint_case::{CaseSummary, TracingCandidate};
use waypoint_model::template::Template;
use waypoint_session::hq_link::{self, HttpLink};
use waypoint_session::{
    AppState, CaseEdit, CaseFilter, CaseView, OfficerSession, Settings, SyncStatus, UserError,
};
use waypoint_store::PathSeg;

/// The session, shared by every command and the background sync; one at a time uses it.
pub struct Shared(Arc<Mutex<OfficerSession>>);

impl Shared {
    /// Wraps a session for the app state.
    pub fn new(session: OfficerSession) -> Self {
        Self(Arc::new(Mutex::new(session)))
    }

    fn with<T>(&self, f: impl FnOnce(&mut OfficerSession) -> Result<T, UserError>) -> Result<T, UserError> {
        // A panic in another command poisons the lock; the session itself is still consistent
        // (every store write is one transaction), so carry on with it.
        let mut session = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut session)
    }
}

/// What the first screen should be: set-up, unlock or the cases.
#[tauri::command]
#[specta::specta]
async fn app_state(shared: State<'_, Shared>) -> Result<AppState, UserError> {
    shared.with(|s| Ok(s.state()))
}

/// Sets up this device with its first user.
#[tauri::command]
#[specta::specta]
async fn set_up(
    shared: State<'_, Shared>,
    site: String,
    user: String,
    passphrase: String,
) -> Result<AppState, UserError> {
    shared.with(|s| s.set_up(&site, &user, &passphrase))
}

/// Unlocks the store with the user's passphrase.
#[tauri::command]
#[specta::specta]
async fn unlock(shared: State<'_, Shared>, user: String, passphrase: String) -> Result<AppState, UserError> {
    shared.with(|s| s.unlock(&user, &passphrase))
}

/// Locks now.
#[tauri::command]
#[specta::specta]
async fn lock(shared: State<'_, Shared>) -> Result<AppState, UserError> {
    shared.with(|s| Ok(s.lock()))
}

/// Saves the device settings.
#[tauri::command]
#[specta::specta]
async fn update_settings(shared: State<'_, Shared>, settings: Settings) -> Result<Settings, UserError> {
    shared.with(|s| s.update_settings(settings))
}

/// Counts reading and scrolling as activity, so auto-lock does not interrupt a person who is
/// using the screen without editing.
#[tauri::command]
#[specta::specta]
async fn keep_alive(shared: State<'_, Shared>) -> Result<(), UserError> {
    shared.with(OfficerSession::keep_alive)
}

/// The case list, filtered and searched.
#[tauri::command]
#[specta::specta]
async fn list_cases(shared: State<'_, Shared>, filter: CaseFilter) -> Result<Vec<CaseSummary>, UserError> {
    shared.with(|s| s.cases(&filter))
}

/// Opens a new case.
#[tauri::command]
#[specta::specta]
async fn new_case(shared: State<'_, Shared>) -> Result<CaseView, UserError> {
    shared.with(OfficerSession::new_case)
}

/// A case for its screens.
#[tauri::command]
#[specta::specta]
async fn open_case(shared: State<'_, Shared>, id: String) -> Result<CaseView, UserError> {
    shared.with(|s| s.open_case(&id))
}

/// One edit, durable when this returns.
#[tauri::command]
#[specta::specta]
async fn edit_case(shared: State<'_, Shared>, id: String, edit: CaseEdit) -> Result<CaseView, UserError> {
    shared.with(|s| s.edit_case(&id, &edit))
}

/// Keeps one of a conflict's values (or a new one), as an edit that syncs.
#[tauri::command]
#[specta::specta]
async fn resolve_conflict(
    shared: State<'_, Shared>,
    id: String,
    path: Vec<PathSeg>,
    chosen: serde_json::Value,
) -> Result<CaseView, UserError> {
    shared.with(|s| s.resolve_conflict(&id, &path, &chosen))
}

/// Registered persons who may be a sought person of a case.
#[tauri::command]
#[specta::specta]
async fn tracing_candidates(
    shared: State<'_, Shared>,
    id: String,
    sought_person: String,
) -> Result<Vec<TracingCandidate>, UserError> {
    shared.with(|s| s.tracing_candidates(&id, &sought_person))
}

/// The interview template.
#[tauri::command]
#[specta::specta]
async fn interview_template(shared: State<'_, Shared>) -> Result<Template, UserError> {
    shared.with(|s| Ok(s.interview_template().clone()))
}

/// Sync status for the top bar and the sync screen (not counted as activity).
#[tauri::command]
#[specta::specta]
async fn sync_status(shared: State<'_, Shared>) -> Result<SyncStatus, UserError> {
    shared.with(OfficerSession::sync_status)
}

/// Runs a sync now (the person pressed "Sync now"); editing goes on meanwhile.
#[tauri::command]
#[specta::specta]
async fn sync_now(shared: State<'_, Shared>) -> Result<SyncStatus, UserError> {
    let session = Arc::clone(&shared.0);
    tauri::async_runtime::spawn_blocking(move || hq_link::sync_now(&session, &HttpLink::default()))
        .await
        .map_err(|_| UserError::new("app-sync-failed"))?
}

/// Enrolls this device at headquarters with a one-time code.
#[tauri::command]
#[specta::specta]
async fn enroll_device(
    shared: State<'_, Shared>,
    hq_url: String,
    code: String,
) -> Result<SyncStatus, UserError> {
    let session = Arc::clone(&shared.0);
    tauri::async_runtime::spawn_blocking(move || {
        hq_link::enroll(&session, &HttpLink::default(), &hq_url, &code)
    })
    .await
    .map_err(|_| UserError::new("app-sync-failed"))?
}

/// How often the background loop looks whether a sync is due.
const BACKGROUND_TICK: Duration = Duration::from_secs(5);

/// Syncs in the background whenever a user is unlocked: soon after unlock, then every
/// interval, backing off while HQ is unreachable (see `waypoint_session::hq_link::next_wait`).
fn spawn_background_sync(session: Arc<Mutex<OfficerSession>>) -> std::io::Result<()> {
    std::thread::Builder::new().name("background-sync".into()).spawn(move || {
        let link = HttpLink::default();
        let mut last_try: Option<Instant> = None;
        loop {
            std::thread::sleep(BACKGROUND_TICK);
            let failures = session.lock().map_or(0, |s| s.sync_failures());
            if last_try.is_some_and(|t| t.elapsed() < hq_link::next_wait(failures)) {
                continue;
            }
            if hq_link::background_step(&session, &link) {
                last_try = Some(Instant::now());
            }
        }
    })?;
    Ok(())
}

/// Every command, for the invoke handler and for the TypeScript bindings.
///
/// 64-bit integers cross as JavaScript numbers: they are times in milliseconds, ages, counts
/// and versions, all far below 2^53, where a number is exact.
/// Generic over the runtime so that the mock-runtime tests register exactly these commands.
pub fn specta_builder<R: tauri::Runtime>() -> tauri_specta::Builder<R> {
    tauri_specta::Builder::<R>::new().dangerously_cast_bigints_to_number().commands(
        tauri_specta::collect_commands![
            app_state,
            set_up,
            unlock,
            lock,
            update_settings,
            keep_alive,
            list_cases,
            new_case,
            open_case,
            edit_case,
            resolve_conflict,
            tracing_candidates,
            interview_template,
            sync_status,
            sync_now,
            enroll_device,
        ],
    )
}

/// The TypeScript bindings of every command and type, as `ui/src/bindings.ts` holds them.
pub fn typescript_bindings() -> Result<String, String> {
    let dir = tempdir_path();
    let path = dir.join("bindings.ts");
    specta_builder::<tauri::Wry>()
        .export(
            specta_typescript::Typescript::default().header(
                "// Generated from src-tauri by `WAYPOINT_WRITE_BINDINGS=1 cargo test -p waypoint-app`. Do not edit.\n",
            ),
            &path,
        )
        .map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(text)
}

fn tempdir_path() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("waypoint-bindings-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// Where the store and settings live: `WAYPOINT_DATA_DIR` when set (tests, several officers'
/// profiles on one machine), else the platform's app data directory.
fn data_dir(app: &tauri::App) -> Result<PathBuf, Box<dyn std::error::Error>> {
    if let Some(dir) = std::env::var_os("WAYPOINT_DATA_DIR") {
        return Ok(PathBuf::from(dir));
    }
    Ok(app.path().app_data_dir()?)
}

/// Starts the app.
pub fn run() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let builder = specta_builder::<tauri::Wry>();
    tauri::Builder::default()
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            let session = OfficerSession::new(&data_dir(app)?).map_err(|e| e.id)?;
            let shared = Shared::new(session);
            spawn_background_sync(Arc::clone(&shared.0))?;
            app.manage(shared);
            Ok(())
        })
        .run(tauri::generate_context!())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{INVOKE_KEY, get_ipc_response, mock_builder};
    use tauri::webview::InvokeRequest;
    use waypoint_store::KdfParams;

    use super::*;

    /// `ui/src/bindings.ts` must be what the commands generate; regenerate with
    /// `WAYPOINT_WRITE_BINDINGS=1 cargo test -p waypoint-app`.
    #[test]
    fn typescript_bindings_are_current() {
        let generated = typescript_bindings().expect("test step");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings.ts");
        if std::env::var_os("WAYPOINT_WRITE_BINDINGS").is_some() {
            std::fs::write(&path, &generated).expect("test step");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "ui/src/bindings.ts is stale: run WAYPOINT_WRITE_BINDINGS=1 cargo test -p waypoint-app"
        );
    }

    fn app(dir: &std::path::Path) -> tauri::App<tauri::test::MockRuntime> {
        let session = OfficerSession::new(dir).expect("test step").with_kdf(KdfParams::FAST_INSECURE);
        let handler = specta_builder::<tauri::test::MockRuntime>().invoke_handler();
        mock_builder()
            .invoke_handler(handler)
            .manage(Shared::new(session))
            // The real configuration and capabilities: a command they do not allow fails here.
            .build(tauri::generate_context!())
            .expect("test step")
    }

    fn invoke(
        webview: &tauri::WebviewWindow<tauri::test::MockRuntime>,
        cmd: &str,
        args: Value,
    ) -> Result<Value, Value> {
        get_ipc_response(
            webview,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                // The app's own origin on Linux (custom protocol), so the capabilities apply.
                url: "tauri://localhost".parse().expect("test step"),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|r| r.deserialize::<Value>().expect("test step"))
    }

    #[test]
    fn commands_set_up_edit_and_refuse_when_locked() {
        let dir = tempfile::tempdir().expect("test step");
        let app = app(dir.path());
        let webview =
            tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("test step");

        let state = invoke(&webview, "app_state", json!({})).expect("test step");
        assert_eq!(state["needs_setup"], true);
        let state = invoke(
            &webview,
            "set_up",
            json!({"site": "border-north", "user": "amina", "passphrase": "correct horse battery"}),
        )
        .expect("test step");
        assert_eq!(state["user"]["site"], "border-north");

        let view = invoke(&webview, "new_case", json!({})).expect("test step");
        let id = view["case"]["id"].as_str().expect("test step").to_owned();
        let edit = json!({"op": "set_name", "kind": "given", "text": "Tesfay"});
        let view = invoke(&webview, "edit_case", json!({"id": id, "edit": edit})).expect("test step");
        assert_eq!(view["case"]["registration"]["names"][0]["script"], "Latn");

        // Bad input: a translated error next to the field, and the case as it was.
        let bad = json!({"op": "set_birth", "birth": {"kind": "exact", "date": "2010-02-30"}});
        let err = invoke(&webview, "edit_case", json!({"id": id, "edit": bad})).expect_err("refused");
        assert_eq!(err["id"], "app-error-birth-date-invalid");
        assert_eq!(err["field"], "birth");
        // A malformed edit is refused by the IPC layer, not by a panic.
        assert!(invoke(&webview, "edit_case", json!({"id": id, "edit": {"op": "nope"}})).is_err());

        let list = invoke(&webview, "list_cases", json!({"filter": {"query": "ተስፋይ"}})).expect("test step");
        assert_eq!(list.as_array().map(Vec::len), Some(1), "found across scripts");

        invoke(&webview, "lock", json!({})).expect("test step");
        let err = invoke(&webview, "open_case", json!({"id": id})).expect_err("refused");
        assert_eq!(err["id"], "app-error-locked");
        let err = invoke(&webview, "unlock", json!({"user": "amina", "passphrase": "not the one"}))
            .expect_err("refused");
        assert_eq!(err["id"], "app-error-unlock-failed");
        invoke(&webview, "unlock", json!({"user": "amina", "passphrase": "correct horse battery"}))
            .expect("test step");
        let view = invoke(&webview, "open_case", json!({"id": id})).expect("test step");
        assert_eq!(view["case"]["registration"]["names"][0]["text"], "Tesfay");
    }
}
