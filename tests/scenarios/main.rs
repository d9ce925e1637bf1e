//! Scenarios across crates, as people live them.
//!
//! - `two_devices`: two officers' devices edit one case offline and exchange it; both end with
//!   the same case, every answer kept, the real conflict listed and resolvable.

mod two_devices;
