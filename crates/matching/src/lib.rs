//! Name matching across scripts and spellings, for search, family tracing and duplicates.
//!
//! A name typed in Arabic script at one site, in Latin letters at another and in Cyrillic at a
//! third must be found as one name. [`normalise`] and [`latin_key`] give forms to index;
//! [`search_keys`] gives the keys a store indexes a name under; [`similarity`] scores two
//! spellings with sound-class alignment (see `phonetic` and `score`), so that spellings of one
//! name score high and different names that look alike (Hassan/Hussein, Amir/Amira) do not.
//!
//! This crate is pure: no IO, no global state.

mod blocking;
pub mod family_match;
mod normalise;
mod phonetic;
mod score;
mod tables;

pub use blocking::{Candidate, Found, TracingIndex, pair_keys};
pub use normalise::{Script, detect_script, latin_key, normalise};
pub use score::{DEFAULT_THRESHOLD, NameComparison, PreparedName, same_name, similarity};

/// The keys a name is indexed under: together they let a query in any script find it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NameKeys {
    /// The normal form, in the name's own script.
    pub normalised: String,
    /// Its Latin-letter key.
    pub latin: String,
    /// Consonant skeletons of its parts (one per part and reading), shared by spellings of one
    /// name across scripts.
    pub phonetic: Vec<String>,
    /// The same skeletons grouped by name part, so that a query can count how many of its
    /// parts a candidate shares.
    pub parts: Vec<Vec<String>>,
}

/// The index keys of `name`.
pub fn search_keys(name: &str) -> NameKeys {
    let mut phonetic: Vec<String> = Vec::new();
    let mut parts = Vec::new();
    for part in phonetic::name_parts(name) {
        let mut keys: Vec<String> = Vec::new();
        for reading in phonetic::token(&part).readings {
            let key = phonetic::skeleton(&reading);
            if key.len() >= 2 && !keys.contains(&key) {
                keys.push(key);
            }
        }
        for key in &keys {
            if !phonetic.contains(key) {
                phonetic.push(key.clone());
            }
        }
        if !keys.is_empty() {
            parts.push(keys);
        }
    }
    NameKeys { normalised: normalise(name), latin: latin_key(name), phonetic, parts }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_across_scripts_share_a_phonetic_key() {
        let keys: Vec<NameKeys> = ["Mohammed Hassan", "محمد حسن", "Мухаммад Хасан"].map(search_keys).into();
        for k in &keys {
            assert!(k.phonetic.contains(&"mhmd".to_owned()), "{k:?}");
            assert!(k.phonetic.contains(&"hsn".to_owned()), "{k:?}");
        }
        assert_eq!(keys[1].normalised, "محمد حسن");
        assert_eq!(keys[2].latin, "mukhammad khasan");
    }

    #[test]
    fn empty_input_has_empty_keys() {
        assert_eq!(search_keys("  - "), NameKeys::default());
    }
}
