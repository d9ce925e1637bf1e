//! The stores device requests are served with: SQLite is one writer (one store), PostgreSQL
//! serves `--workers` requests at once.

use std::sync::{Condvar, Mutex};

use crate::store::Store;

/// The stores requests are served with: a request takes an idle one, or waits for one.
pub struct HubPool {
    idle: Mutex<Vec<Store>>,
    ready: Condvar,
    size: usize,
    /// SHA-256 of the TLS certificate HQ presents itself, if it terminates TLS.
    certificate: Option<[u8; 32]>,
}

/// Puts a store back into its pool when the work with it ends, even by a panic (the next
/// transaction on it rolls back whatever the panic left open).
struct Lease<'a> {
    pool: &'a HubPool,
    store: Option<Store>,
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        if let (Some(store), Ok(mut idle)) = (self.store.take(), self.pool.idle.lock()) {
            idle.push(store);
            self.pool.ready.notify_one();
        }
    }
}

impl HubPool {
    /// A pool of these stores.
    pub fn new(stores: Vec<Store>) -> Self {
        let size = stores.len();
        Self { idle: Mutex::new(stores), ready: Condvar::new(), size, certificate: None }
    }

    /// The pool of an HQ that presents the TLS certificate whose SHA-256 is `certificate`:
    /// an enrollment that saw another one is refused.
    pub fn presenting(mut self, certificate: [u8; 32]) -> Self {
        self.certificate = Some(certificate);
        self
    }

    /// SHA-256 of the TLS certificate HQ presents itself, if it terminates TLS.
    pub fn certificate(&self) -> Option<[u8; 32]> {
        self.certificate
    }

    /// How many requests can be served at once.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Runs `work` with a store of the pool, waiting for one to be idle; `None` if the pool
    /// is broken (a lock poisoned) or empty.
    pub fn with<R>(&self, work: impl FnOnce(&mut Store) -> R) -> Option<R> {
        if self.size == 0 {
            return None;
        }
        let store = {
            let mut idle = self.idle.lock().ok()?;
            loop {
                if let Some(store) = idle.pop() {
                    break store;
                }
                idle = self.ready.wait(idle).ok()?;
            }
        };
        let mut lease = Lease { pool: self, store: Some(store) };
        lease.store.as_mut().map(work)
    }
}
