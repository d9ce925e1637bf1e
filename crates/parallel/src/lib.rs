//! Work spread over the machine's cores, for the CPU-bound parts of a sync (packing Automerge
//! documents on a device, parsing them at HQ) that would otherwise leave all but one core idle
//! while the other side of the link waits.
//!
//! How many threads is the caller's choice ([`Workers`]): the app and HQ use the cores there
//! are, tests and simulations one, so that nothing they run depends on the machine.

use std::num::NonZeroUsize;

/// How many threads [`map`] may use. Passed in rather than read inside, so that the protocol
/// code and its tests never start threads on their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Workers(NonZeroUsize);

impl Workers {
    /// Most threads a sync uses: beyond this, packing waits on the disk, not the cores.
    pub const MAX: usize = 8;

    /// One per core, at most [`Workers::MAX`].
    pub fn available() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
        Self::new(cores)
    }

    /// The calling thread only: no thread is started.
    pub fn one() -> Self {
        Self(NonZeroUsize::MIN)
    }

    /// `n` threads (at least one, at most [`Workers::MAX`]).
    pub fn new(n: usize) -> Self {
        Self(NonZeroUsize::new(n.clamp(1, Self::MAX)).unwrap_or(NonZeroUsize::MIN))
    }

    /// The number of threads.
    pub fn get(self) -> usize {
        self.0.get()
    }
}

/// `f` over `items` on up to `workers` scoped threads, results in the order of `items`. With
/// one worker (or fewer than two items) everything runs on the calling thread. A panic in `f`
/// is passed on to the caller.
pub fn map<T: Send, R: Send>(workers: Workers, items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = workers.get();
    if threads < 2 || items.len() < 2 {
        return items.into_iter().map(f).collect();
    }
    let per = items.len().div_ceil(threads);
    let mut parts: Vec<Vec<T>> = Vec::new();
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        parts.push(items.by_ref().take(per).collect());
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| scope.spawn(move || part.into_iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items_whatever_the_workers() {
        let items: Vec<u32> = (0..1000).collect();
        let doubled: Vec<u32> = items.iter().map(|i| i * 2).collect();
        for workers in [Workers::one(), Workers::new(3), Workers::available()] {
            assert_eq!(map(workers, items.clone(), |i| i * 2), doubled, "{workers:?}");
            assert_eq!(map(workers, Vec::<u32>::new(), |i| i), Vec::<u32>::new());
        }
    }

    #[test]
    fn one_worker_stays_on_the_calling_thread_and_more_spread_out() {
        let caller = std::thread::current().id();
        let on = |workers| map(workers, (0..64).collect::<Vec<u32>>(), |_| std::thread::current().id());
        assert!(on(Workers::one()).iter().all(|t| *t == caller));
        let spread = on(Workers::new(4));
        assert!(spread.iter().all(|t| *t != caller), "scoped threads, not the caller");
        assert!(spread.iter().collect::<std::collections::HashSet<_>>().len() > 1);
    }

    #[test]
    fn worker_counts_are_bounded() {
        assert_eq!(Workers::new(0).get(), 1);
        assert_eq!(Workers::new(100).get(), Workers::MAX);
        assert!((1..=Workers::MAX).contains(&Workers::available().get()));
    }
}
