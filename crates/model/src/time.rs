//! Time as the case document stores it: UTC milliseconds, plus who recorded an entry and when.

use autosurgeon::{Hydrate, HydrateError, Reconcile, Reconciler};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::UserId;

/// A UTC instant in milliseconds since the Unix epoch.
///
/// Stored as a plain integer so every replica (and any other Automerge reader) agrees on it
/// without a time-zone or format convention.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The current instant, for the edges (store, app, HQ, tools, tests): domain code takes the
    /// time from its caller and may not call this (Clippy's `disallowed-methods`).
    #[allow(clippy::disallowed_methods, reason = "the edges' clock, never called by domain code")]
    pub fn now() -> Self {
        Self(Utc::now().timestamp_millis())
    }

    /// As a chrono date-time, for display and date arithmetic.
    pub fn to_datetime(self) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp_millis(self.0)
    }

    /// The calendar date (UTC) of this instant.
    pub fn date(self) -> Option<NaiveDate> {
        self.to_datetime().map(|d| d.date_naive())
    }

    /// From a calendar date at midnight UTC.
    pub fn from_date(date: NaiveDate) -> Self {
        Self(date.and_hms_opt(0, 0, 0).map_or(0, |d| d.and_utc().timestamp_millis()))
    }
}

impl Reconcile for Timestamp {
    type Key<'a> = autosurgeon::reconcile::NoKey;
    fn reconcile<R: Reconciler>(&self, mut reconciler: R) -> Result<(), R::Error> {
        reconciler.i64(self.0)
    }
}

impl Hydrate for Timestamp {
    fn hydrate_int(i: i64) -> Result<Self, HydrateError> {
        Ok(Self(i))
    }
    fn hydrate_uint(u: u64) -> Result<Self, HydrateError> {
        i64::try_from(u)
            .map(Self)
            .map_err(|_| HydrateError::unexpected("a timestamp", "an out of range integer".into()))
    }
}

/// Who recorded an entry and when: every entry of a case carries one, so that a conflict or an
/// audit question ("who wrote this?") can always be answered from the document itself.
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Reconcile, Hydrate)]
pub struct Recorded {
    /// The user who recorded it.
    pub by: UserId,
    /// When it was recorded (UTC).
    pub at: Timestamp,
}

impl Recorded {
    /// Recorded by `by` at `at`.
    pub fn new(by: &UserId, at: Timestamp) -> Self {
        Self { by: by.clone(), at }
    }
}
