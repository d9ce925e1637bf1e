//! Headquarters: the hub field devices sync with. `storage` keeps cases as Automerge changes
//! in one SQLite file (no setup), `pg` in PostgreSQL (several workers at once); `backend`
//! puts both behind one type and a pool; `server` is the HTTP face (health, enrollment, sync)
//! that hands requests to the sans-IO protocol in `waypoint_sync::hub`; `migrate` moves an HQ
//! from SQLite to PostgreSQL;
//! `dashboard` and `accounts` are the web dashboard for HQ staff (sign-in, roles, JSON API,
//! pages).

pub mod accounts;
pub mod backend;
pub mod dashboard;
pub mod migrate;
pub mod pg;
pub mod server;
pub mod storage;

pub use backend::{Database, Hub, HubPool};
pub use pg::{PgAddress, PgHub};
pub use storage::{SqliteHub, StorageError};
