//! The sync protocol between field devices and headquarters, without IO.
//!
//! Nothing here opens a socket or a file: the wire format ([`wire`]) turns messages into bytes
//! and back, and the two sides are state machines that take events and return messages and
//! effects, so that tests can run many replicas in one process and step them
//! deterministically, and so that a poor link is simulated rather than waited on.
//!
//! See `ARCHITECTURE.md` (sync) for the protocol as a whole.

pub mod device;
pub mod enrollment;
pub mod heads;
pub mod hub;
#[cfg(feature = "memory")]
pub mod memory;
pub mod signing;
pub mod wire;
