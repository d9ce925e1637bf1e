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
            /// A fresh, time-ordered (UUID v7) id: ordering by id is ordering by creation.
            pub fn generate() -> Self {
                Self(uuid::Uuid::now_v7().hyphenated().to_string())
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
    fn a_case_id_round_trips_through_its_uuid_bytes() {
        let id = CaseId::generate();
        let bytes = id.uuid_bytes().expect("a UUID");
        assert_eq!(CaseId::from_uuid_bytes(bytes), id);
        assert_eq!(CaseId::new("not-a-uuid").uuid_bytes(), None);
    }
}
