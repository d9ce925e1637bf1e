//! Headquarters: the hub field devices sync with, and the dashboard its staff work in.
//!
//! `store` keeps HQ's data in one SQLite file (no setup) or in PostgreSQL (several workers at
//! once), every query written once (`db` says how the two differ); `hub_store` is the sync
//! protocol's storage over it; `pool` hands stores to requests; `server` is the HTTP face
//! (health, enrollment, sync) over the sans-IO protocol in `waypoint_sync::hub`; `migrate`
//! moves an HQ from SQLite to PostgreSQL; `dashboard` and `accounts` are the web dashboard
//! for HQ staff (sign-in, roles, JSON API, pages).

pub mod accounts;
pub mod dashboard;
mod db;
mod hub_store;
mod listener;
pub mod migrate;
mod peer;
pub mod pg_server;
pub mod pool;
pub mod server;
pub mod store;

pub use listener::TlsListener;
pub use pool::HubPool;
pub use store::{Database, PgAddress, StorageError, Store, keys_path};
