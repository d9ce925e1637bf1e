//! The stores device requests are served with: SQLite is one writer (one store), PostgreSQL
//! serves `--workers` requests at once.

use std::sync::{Condvar, Mutex};

use waypoint_sync::signing::SigningKey;

use crate::store::Store;

/// MiB HQ spends on request bodies at once: a request waits for its share before its body is
/// read, so unauthenticated bodies cannot take more memory than this, however many come. A
/// body costs about three times its length while it is read and checked (the bytes as they
/// arrive, the buffer they grow into, the signed payload taken out of them), and is counted so.
pub const BODY_BUDGET_MIB: usize = 96;
/// What a body costs, as a multiple of its length (see [`BODY_BUDGET_MIB`]).
const BODY_COST: usize = 3;

/// The stores requests are served with: a request takes an idle one, or waits for one.
pub struct HubPool {
    idle: Mutex<Vec<Store>>,
    ready: Condvar,
    size: usize,
    /// SHA-256 of the TLS certificate HQ presents itself, if it terminates TLS.
    certificate: Option<[u8; 32]>,
    /// HQ's signing key, for answers given without a store (a request refused before).
    key: Option<SigningKey>,
    /// The budget of request bodies held at once, in MiB.
    bodies: std::sync::Arc<tokio::sync::Semaphore>,
    /// Enrollment requests per network (see [`ENROLL_REQUESTS`]).
    enroll_requests: Mutex<crate::peer::PerNetwork>,
    /// Behind a proxy on this machine: a request's address is the one the proxy names.
    behind_proxy: bool,
}

/// Enrollment requests a network may make in [`ENROLL_WINDOW`] (a device makes two, and
/// repeats the second if its answer is lost). Each first request is a guess at a code and
/// costs HQ a key exchange; a shelter enrolling its devices at once needs a few. Requests from
/// this machine are not counted when no proxy stands in front.
pub const ENROLL_REQUESTS: u32 = 20;
/// See [`ENROLL_REQUESTS`].
pub const ENROLL_WINDOW: std::time::Duration = std::time::Duration::from_secs(600);

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
        let key = stores.first().map(|s| waypoint_sync::hub::HubStorage::hq_key(s).clone());
        Self {
            idle: Mutex::new(stores),
            ready: Condvar::new(),
            size,
            certificate: None,
            key,
            bodies: std::sync::Arc::new(tokio::sync::Semaphore::new(BODY_BUDGET_MIB)),
            enroll_requests: Mutex::new(crate::peer::PerNetwork::new(ENROLL_REQUESTS, ENROLL_WINDOW)),
            behind_proxy: false,
        }
    }

    /// The pool of an HQ behind a proxy on this machine (`serve --public-url`): a request's
    /// address is the last one in its `X-Forwarded-For`.
    pub fn behind_a_proxy(mut self, behind: bool) -> Self {
        self.behind_proxy = behind;
        self
    }

    /// Whether an enrollment request from `peer` may go on (see [`ENROLL_REQUESTS`]). Behind a
    /// proxy, a request whose sender it does not name counts against the proxy's address.
    pub(crate) fn may_enroll(&self, peer: crate::peer::Peer, headers: &axum::http::HeaderMap) -> bool {
        let sender = crate::peer::sender(peer, headers, self.behind_proxy);
        // This machine (the app beside a local HQ, tests, benchmarks), when no proxy stands in
        // front: a proxy's own requests all come from here.
        if !self.behind_proxy && sender.is_some_and(|a| a.is_loopback()) {
            return true;
        }
        let mut starts = self.enroll_requests.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let allowed = starts.allow(sender, std::time::Instant::now());
        if allowed == crate::peer::Allowed::FirstRefusal {
            // Once per network and window: a flood must not flood the log either.
            let network = sender.map(crate::peer::network).map_or_else(String::new, |n| n.to_string());
            tracing::warn!(network, "too many enrollment requests from one network; refused for ten minutes");
        }
        allowed == crate::peer::Allowed::Yes
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

    /// HQ's signing key (none for an empty pool).
    pub fn hq_key(&self) -> Option<&SigningKey> {
        self.key.as_ref()
    }

    /// Waits until a body of `bytes` fits the budget; the share is given back when the
    /// returned permit drops. `None` if it can never fit.
    pub async fn body_budget(&self, bytes: usize) -> Option<tokio::sync::OwnedSemaphorePermit> {
        let mib = u32::try_from(bytes.saturating_mul(BODY_COST).div_ceil(1 << 20).max(1)).ok()?;
        if mib as usize > BODY_BUDGET_MIB {
            return None;
        }
        self.bodies.clone().acquire_many_owned(mib).await.ok()
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
