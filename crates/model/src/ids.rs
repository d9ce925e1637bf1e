//! Identifier newtypes, so that a case id is never confused with a user or a device id.
//!
//! Ids are stored in the case document as strings (not bytes) so that a conflict report or a
//! JSON export shows them as a person would write them.

use std::fmt;

use autosurgeon::{Hydrate, HydrateError, Reconcile, Reconciler};
use serde::{Deserialize, Serialize};

/// Why a string could not be read as an identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a valid {kind}: {reason}")]
pub struct IdError {
    /// Which kind of identifier was expected.
    pub kind: &'static str,
    /// What was wrong with it.
    pub reason: &'static str,
}

macro_rules! string_id {
    ($(#[$meta:meta])* $name:ident, $kind:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Wraps a string already known to be an id of this kind.
            pub fn new(value: impl Into<String>) -> Self {
                Self(value.into())
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Reconcile for $name {
            type Key<'a> = autosurgeon::reconcile::NoKey;
            fn reconcile<R: Reconciler>(&self, mut reconciler: R) -> Result<(), R::Error> {
                reconciler.str(&self.0)
            }
        }

        impl Hydrate for $name {
            fn hydrate_string(s: &str) -> Result<Self, HydrateError> {
                Ok(Self(s.to_owned()))
            }
        }

        impl std::str::FromStr for $name {
            type Err = IdError;
            fn from_str(s: &str) -> Result<Self, IdError> {
                let s = s.trim();
                if s.is_empty() {
                    return Err(IdError { kind: $kind, reason: "empty" });
                }
                if s.len() > 128 {
                    return Err(IdError { kind: $kind, reason: "too long" });
                }
                Ok(Self(s.to_owned()))
            }
        }
    };
}

macro_rules! uuid_id {
    ($(#[$meta:meta])* $name:ident, $kind:literal) => {
        string_id!($(#[$meta])* $name, $kind);

        impl $name {
            /// A fresh, time-ordered (UUID v7) id from the system's clock and randomness: for
            /// the edges (store, app, tools, tests). Domain code never calls it (Clippy's
            /// `disallowed-methods` in this crate and in `waypoint-case`): it takes its ids from
            /// an [`IdMaker`] its caller passes in.
            #[allow(clippy::disallowed_methods, reason = "the edges' id maker, never called by domain code")]
            pub fn generate() -> Self {
                Self(uuid::Uuid::now_v7().hyphenated().to_string())
            }

            /// The UUID v7 id of an instant `at` (ms) with `random` bits: what [`IdMaker`]
            /// makes.
            pub fn v7(at: u64, random: &[u8; 10]) -> Self {
                Self(uuid::Builder::from_unix_timestamp_millis(at, random).into_uuid().hyphenated().to_string())
            }

            /// Parses and canonicalises a UUID written by a person or read from a file.
            pub fn parse(s: &str) -> Result<Self, IdError> {
                uuid::Uuid::parse_str(s.trim())
                    .map(|u| Self(u.hyphenated().to_string()))
                    .map_err(|_| IdError { kind: $kind, reason: "not a UUID" })
            }

            /// The 16 bytes of the UUID, as the sync protocol and HQ's tables carry it; `None`
            /// for an id that was never a UUID (ids are parsed on the way in, so only a
            /// damaged record has one).
            pub fn uuid_bytes(&self) -> Option<[u8; 16]> {
                uuid::Uuid::parse_str(&self.0).ok().map(|u| *u.as_bytes())
            }

            /// The id whose UUID is `bytes`.
            pub fn from_uuid_bytes(bytes: [u8; 16]) -> Self {
                Self(uuid::Uuid::from_bytes(bytes).hyphenated().to_string())
            }
        }
    };
}

/// Makes time-ordered ids (UUID v7) from the time it is given and the randomness its owner
/// passes in, so that the code that creates entries reads neither the clock nor the OS: a
/// test or a simulation gives it a seeded generator and gets the same ids every run.
#[derive(Debug, Clone)]
pub struct IdMaker<R> {
    rng: R,
    last_ms: u64,
    seq: u16,
}

impl<R: rand::RngCore> IdMaker<R> {
    /// Ids from `rng` (the operating system's on a device, a seeded one in tests).
    pub fn new(rng: R) -> Self {
        Self { rng, last_ms: 0, seq: 0 }
    }

    /// The next id made at `at`. Ids made in the same millisecond carry a counter in their
    /// first random bits, so they still sort in the order they were made.
    fn next(&mut self, at: crate::Timestamp) -> [u8; 10] {
        let ms = u64::try_from(at.0).unwrap_or(0).max(self.last_ms);
        self.seq = if ms == self.last_ms { self.seq.wrapping_add(1) } else { 0 };
        self.last_ms = ms;
        let mut random = [0u8; 10];
        self.rng.fill_bytes(&mut random);
        // 12 bits of counter (`rand_a` in RFC 9562), the rest random.
        random[0] = ((self.seq >> 8) as u8) & 0x0f;
        random[1] = (self.seq & 0xff) as u8;
        random
    }

    /// A new entry id, made at `at`.
    pub fn entry_id(&mut self, at: crate::Timestamp) -> EntryId {
        let random = self.next(at);
        EntryId::v7(self.last_ms, &random)
    }

    /// A new case id, made at `at`.
    pub fn case_id(&mut self, at: crate::Timestamp) -> CaseId {
        let random = self.next(at);
        CaseId::v7(self.last_ms, &random)
    }
}

uuid_id!(
    /// One case: one person's record, and one Automerge document.
    CaseId,
    "case id"
);
uuid_id!(
    /// An entry inside a case (a name, a consent, a sitting, …); lets lists merge by identity.
    EntryId,
    "entry id"
);
string_id!(
    /// A user account (officer, caseworker, interpreter, supervisor, …).
    UserId,
    "user id"
);
string_id!(
    /// A site: a border point or a shelter. Cases belong to a site; access follows sites.
    SiteId,
    "site id"
);
string_id!(
    /// An interview question, as named in the interview template (`section.name`).
    QuestionId,
    "question id"
);

/// Alphabet for short codes: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, so a code read aloud or
/// handwritten on a card cannot be mistaken.
pub const SHORT_CODE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";

string_id!(
    /// The human code of a case (`KX7-4QM`), short enough to write on a card.
    ShortCode,
    "short code"
);

impl ShortCode {
    /// A random code of six symbols in two groups of three.
    pub fn generate<R: rand::Rng + ?Sized>(rng: &mut R) -> Self {
        let mut s = String::with_capacity(7);
        for i in 0..6 {
            if i == 3 {
                s.push('-');
            }
            let idx = rng.gen_range(0..SHORT_CODE_ALPHABET.len());
            s.push(char::from(SHORT_CODE_ALPHABET[idx]));
        }
        Self(s)
    }

    /// Reads a code as typed by a person: case-insensitive, dash and spaces optional.
    pub fn parse(s: &str) -> Result<Self, IdError> {
        let cleaned: Vec<u8> =
            s.bytes().filter(|b| !matches!(b, b'-' | b' ')).map(|b| b.to_ascii_uppercase()).collect();
        if cleaned.len() != 6 {
            return Err(IdError { kind: "short code", reason: "must have six symbols" });
        }
        if !cleaned.iter().all(|b| SHORT_CODE_ALPHABET.contains(b)) {
            return Err(IdError { kind: "short code", reason: "unexpected symbol" });
        }
        let text = String::from_utf8_lossy(&cleaned);
        Ok(Self(format!("{}-{}", &text[..3], &text[3..])))
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods, reason = "tests of the edges' id makers themselves")]
mod tests {
    use super::*;

    #[test]
    fn short_codes_use_only_unambiguous_symbols_and_round_trip() {
        let mut rng = rand::thread_rng();
        for _ in 0..200 {
            let code = ShortCode::generate(&mut rng);
            assert_eq!(code.as_str().len(), 7);
            let typed = code.as_str().to_lowercase().replace('-', " ");
            assert_eq!(ShortCode::parse(&typed), Ok(code));
        }
        assert!(ShortCode::parse("KX0-4QM").is_err(), "0 is ambiguous with O");
        assert!(ShortCode::parse("KX7-4Q").is_err());
    }

    #[test]
    fn case_ids_are_time_ordered_and_parse_canonically() {
        let a = CaseId::generate();
        let b = CaseId::generate();
        assert!(a < b);
        let upper = a.as_str().to_uppercase();
        assert_eq!(CaseId::parse(&upper), Ok(a));
        assert!(CaseId::parse("not-a-uuid").is_err());
    }

    #[test]
    fn made_ids_are_ordered_reproducible_and_version_7() {
        use rand::SeedableRng;
        let mut ids = IdMaker::new(rand::rngs::StdRng::seed_from_u64(7));
        let at = crate::Timestamp(1_765_000_000_000);
        let made: Vec<EntryId> = (0..50).map(|_| ids.entry_id(at)).collect();
        assert!(made.windows(2).all(|w| w[0] < w[1]), "in the order made, within one millisecond");
        let later = ids.entry_id(crate::Timestamp(at.0 + 1));
        assert!(made.iter().all(|id| *id < later));
        let mut again = IdMaker::new(rand::rngs::StdRng::seed_from_u64(7));
        assert_eq!(again.entry_id(at), made[0], "one seed, one sequence");
        let uuid = uuid::Uuid::parse_str(later.as_str()).expect("a UUID");
        assert_eq!(uuid.get_version_num(), 7);
        // A clock that goes back does not make an earlier id.
        assert!(
            ids.case_id(crate::Timestamp(0)).as_str() > CaseId::v7(at.0.unsigned_abs(), &[0; 10]).as_str()
        );
    }

    #[test]
    fn a_case_id_round_trips_through_its_uuid_bytes() {
        let id = CaseId::generate();
        let bytes = id.uuid_bytes().expect("a UUID");
        assert_eq!(CaseId::from_uuid_bytes(bytes), id);
        assert_eq!(CaseId::new("not-a-uuid").uuid_bytes(), None);
    }
}
