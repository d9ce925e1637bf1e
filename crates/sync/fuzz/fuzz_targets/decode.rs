//! Bytes from the network go straight into the decoder: it must never panic, never allocate
//! past its limits, and what it accepts must encode back to a frame that decodes the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use waypoint_sync::wire::{decode, encode};

fuzz_target!(|data: &[u8]| {
    if let Ok(message) = decode(data) {
        let again = decode(&encode(&message));
        assert_eq!(again.as_ref(), Ok(&message));
    }
});
