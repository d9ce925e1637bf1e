//! Headquarters: the hub field devices sync with. `storage` keeps cases as Automerge changes
//! in one SQLite file (no setup); `server` is the HTTP face (health, enrollment, sync) that
//! hands requests to the sans-IO protocol in `waypoint_sync::hub`; `dashboard` and `accounts`
//! are the web dashboard for HQ staff (sign-in, roles, JSON API, pages).

pub mod accounts;
pub mod dashboard;
pub mod server;
pub mod storage;

pub use storage::{SqliteHub, StorageError};
