//! The two storage backends behind one type, and the pool of workers the server draws from:
//! SQLite is one writer (one hub), PostgreSQL serves `--workers` requests at once.

use std::path::PathBuf;
use std::sync::{Condvar, Mutex};

use automerge::Automerge;
use waypoint_sync::hub::{ApplyError, DeviceRecord, HubStorage};
use waypoint_sync::wire::{CaseKey, Change, DeviceKey, DocChanges, Head};

use crate::pg::{PgAddress, PgHub};
use crate::storage::{SqliteHub, StorageError};

/// Where HQ keeps its data, as given on the command line.
#[derive(Debug, Clone)]
pub enum Database {
    /// `sqlite:PATH` (or `--db PATH`): one file, its keys in `PATH` with `.keys.db`.
    Sqlite(PathBuf),
    /// `postgres://…`: the cases there, the keys in a database of their own.
    Postgres(Box<PgAddress>),
}

impl Database {
    /// Parses `sqlite:PATH` or `postgres://…` (`postgresql://…`); `keys` names the keys
    /// database of a PostgreSQL HQ when it is not `<database>_keys` on the same server.
    pub fn parse(address: &str, keys: Option<&str>) -> Result<Self, StorageError> {
        if let Some(path) = address.strip_prefix("sqlite:") {
            if path.is_empty() {
                return Err(StorageError::BadAddress);
            }
            return Ok(Self::Sqlite(PathBuf::from(path)));
        }
        if address.starts_with("postgres://") || address.starts_with("postgresql://") {
            return Ok(Self::Postgres(Box::new(PgAddress::parse(address, keys)?)));
        }
        Err(StorageError::BadAddress)
    }

    /// `workers` hubs over this database (always one for SQLite, a single writer).
    pub fn open_pool(&self, workers: usize) -> Result<Vec<Hub>, StorageError> {
        Ok(match self {
            Self::Sqlite(path) => vec![Hub::Sqlite(SqliteHub::open(path)?)],
            Self::Postgres(address) => {
                PgHub::open_pool(address, workers)?.into_iter().map(Hub::Postgres).collect()
            }
        })
    }

    /// One hub, for a command.
    pub fn open(&self) -> Result<Hub, StorageError> {
        self.open_pool(1)?.pop().ok_or(StorageError::Aborted)
    }
}

/// HQ's storage, whichever backend.
// A process holds a handful of these for its lifetime: their size does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Hub {
    /// One SQLite file (and its keys file).
    Sqlite(SqliteHub),
    /// A PostgreSQL worker.
    Postgres(PgHub),
}

macro_rules! each {
    ($self:expr, $h:ident => $e:expr) => {
        match $self {
            Hub::Sqlite($h) => $e,
            Hub::Postgres($h) => $e,
        }
    };
}

impl Hub {
    /// A one-time enrollment code for a device at `site`, valid for a day.
    pub fn add_device_code(&mut self, site: &str, now: i64) -> Result<String, StorageError> {
        each!(self, h => h.add_device_code(site, now))
    }

    /// Redeems `code` for a device with `public_key`: the code is used up.
    pub fn enroll(
        &mut self,
        code: &str,
        public_key: [u8; 32],
        now: i64,
    ) -> Result<(DeviceKey, String), StorageError> {
        each!(self, h => h.enroll(code, public_key, now))
    }

    /// Revokes a device: its next request is refused and told to wipe.
    pub fn revoke(&mut self, device: &DeviceKey) -> Result<(), StorageError> {
        each!(self, h => h.revoke(device))
    }

    /// Gives a case to another site as well.
    pub fn transfer(&mut self, case: &CaseKey, site: &str) -> Result<(), StorageError> {
        each!(self, h => h.transfer(case, site))
    }

    /// Erases a case everywhere (its key first).
    pub fn erase(&mut self, case: &CaseKey, now: i64) -> Result<(), StorageError> {
        each!(self, h => h.erase(case, now))
    }

    /// The case as HQ holds it, if it does.
    pub fn doc(&self, case: &CaseKey) -> Result<Option<Automerge>, StorageError> {
        each!(self, h => h.doc(case))
    }

    /// The user recorded for each change of a case.
    pub fn authors(&self, case: &CaseKey) -> Result<Vec<String>, StorageError> {
        each!(self, h => h.authors(case))
    }

    /// Number of changes stored.
    pub fn change_count(&self) -> Result<u64, StorageError> {
        each!(self, h => h.change_count())
    }
}

impl HubStorage for Hub {
    fn device(&self, device: &DeviceKey) -> Option<DeviceRecord> {
        each!(self, h => h.device(device))
    }
    fn remember_nonce(&mut self, device: &DeviceKey, nonce: [u8; 16], at: i64) -> bool {
        each!(self, h => h.remember_nonce(device, nonce, at))
    }
    fn apply(
        &mut self,
        device: &DeviceKey,
        case: &CaseKey,
        changes: &[Change],
    ) -> Result<Vec<Head>, ApplyError> {
        each!(self, h => h.apply(device, case, changes))
    }
    fn apply_all(&mut self, device: &DeviceKey, docs: &[DocChanges]) -> Vec<Result<Vec<Head>, ApplyError>> {
        each!(self, h => h.apply_all(device, docs))
    }
    fn acknowledge(&mut self, device: &DeviceKey, cursor: u64) {
        each!(self, h => h.acknowledge(device, cursor))
    }
    fn changed_since(&self, device: &DeviceKey, cursor: u64) -> Vec<(u64, CaseKey)> {
        each!(self, h => h.changed_since(device, cursor))
    }
    fn changes_for(&mut self, device: &DeviceKey, case: &CaseKey, position: u64) -> Vec<Change> {
        each!(self, h => h.changes_for(device, case, position))
    }
    fn erasures_for(&self, device: &DeviceKey) -> Vec<CaseKey> {
        each!(self, h => h.erasures_for(device))
    }
    fn confirm_erasure(&mut self, device: &DeviceKey, case: &CaseKey) {
        each!(self, h => h.confirm_erasure(device, case))
    }
    fn begin(&mut self) -> bool {
        each!(self, h => h.begin())
    }
    fn commit(&mut self) -> bool {
        each!(self, h => h.commit())
    }
}

/// The hubs requests are served with: a request takes an idle one, or waits for one.
pub struct HubPool {
    idle: Mutex<Vec<Hub>>,
    ready: Condvar,
    size: usize,
}

/// Puts a hub back into its pool when the work with it ends, even by a panic.
struct Lease<'a> {
    pool: &'a HubPool,
    hub: Option<Hub>,
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        if let (Some(hub), Ok(mut idle)) = (self.hub.take(), self.pool.idle.lock()) {
            idle.push(hub);
            self.pool.ready.notify_one();
        }
    }
}

impl HubPool {
    /// A pool of these hubs.
    pub fn new(hubs: Vec<Hub>) -> Self {
        let size = hubs.len();
        Self { idle: Mutex::new(hubs), ready: Condvar::new(), size }
    }

    /// How many requests can be served at once.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Runs `work` with a hub of the pool, waiting for one to be idle; `None` if the pool is
    /// broken (a lock poisoned) or empty.
    pub fn with<R>(&self, work: impl FnOnce(&mut Hub) -> R) -> Option<R> {
        if self.size == 0 {
            return None;
        }
        let hub = {
            let mut idle = self.idle.lock().ok()?;
            loop {
                if let Some(hub) = idle.pop() {
                    break hub;
                }
                idle = self.ready.wait(idle).ok()?;
            }
        };
        let mut lease = Lease { pool: self, hub: Some(hub) };
        lease.hub.as_mut().map(work)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_name_their_backend_and_the_keys_database_defaults_beside_the_cases() {
        assert!(
            matches!(Database::parse("sqlite:/var/hq.db", None), Ok(Database::Sqlite(p)) if p == std::path::Path::new("/var/hq.db"))
        );
        let Ok(Database::Postgres(pg)) = Database::parse("postgres://hq@127.0.0.1:5432/cases", None) else {
            panic!("postgres")
        };
        assert_eq!(pg.db.get_dbname(), Some("cases"));
        assert_eq!(pg.keys.get_dbname(), Some("cases_keys"));
        assert_eq!(pg.keys.get_ports(), pg.db.get_ports());
        let Ok(Database::Postgres(pg)) =
            Database::parse("postgresql://hq@127.0.0.1/cases", Some("postgres://keys@127.0.0.1:5433/vault"))
        else {
            panic!("postgres")
        };
        assert_eq!(pg.keys.get_dbname(), Some("vault"));
        for bad in ["hq.db", "sqlite:", "mysql://x/y", ""] {
            assert!(matches!(Database::parse(bad, None), Err(StorageError::BadAddress)), "{bad}");
        }
    }
}
