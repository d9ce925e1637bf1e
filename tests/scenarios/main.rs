//! Scenarios across crates, as people live them.
//!
//! - `two_devices`: two officers' devices edit one case offline and exchange it; both end with
//!   the same case, every answer kept, the real conflict listed and resolvable.
//! - `messages`: every message id the code can show exists in English.

mod messages;
mod two_devices;
