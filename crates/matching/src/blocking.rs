//! A blocking index: which registered persons are worth scoring against a sought person.
//!
//! Scoring a million records for every query is too slow, so records are grouped under keys
//! that spellings of one name share across scripts (consonant skeletons of the name parts) and
//! a query scores only the records that share keys with it. Pairs of parts are keys too: a
//! common given name alone (Mohammed) groups a tenth of a population, but Mohammed with a
//! family name groups a handful. The same index serves a device (its own cases) and HQ (every
//! site); it is in memory and rebuilt from the store's projections when opened.

use std::collections::HashMap;
use std::hash::Hash;

use crate::family_match::{
    Assessment, CANDIDATE_THRESHOLD, PreparedSought, Profile, Sought, assess_at_least, could_reach,
};

/// A part's keys for blocking: its consonant skeleton without the letters that spellings drop
/// or add most (h of kh/dh/th, y and w that are vowels in other scripts), with the consonant
/// classes that spellings swap merged (sh/ch/s/z, d/t, k/q, b/f/p/v, m/n), cut to three letters
/// so that endings (Gebremedhin/Gebremedhine, Murtaza/مرتضى) do not matter. A `g` gives two
/// keys, read as `k` (Wardag/Wardak) and dropped (Ukrainian г is h where Russian has g:
/// Serhii/Sergei).
fn loose(skeleton: &str) -> Vec<String> {
    let mut keys = vec![loose_with(skeleton, Some('k'))];
    if skeleton.contains('g') {
        let other = loose_with(skeleton, None);
        if other != keys[0] {
            keys.push(other);
        }
    }
    keys
}

fn loose_with(skeleton: &str, g: Option<char>) -> String {
    let mut key = String::with_capacity(3);
    for c in skeleton.chars() {
        let merged = match c {
            // `a` marks an initial vowel, which spellings add or drop (Akwasi/Kwasi).
            // j is y in German and Scandinavian spellings (Jonas/Yonas).
            'h' | 'y' | 'w' | 'a' | 'j' => continue,
            'g' => match g {
                Some(k) => k,
                None => continue,
            },
            'c' | 'z' => 's',
            'd' => 't',
            'q' => 'k',
            'f' | 'p' | 'v' => 'b',
            'n' => 'm',
            other => other,
        };
        if key.ends_with(merged) {
            continue;
        }
        key.push(merged);
        if key.len() == 3 {
            break;
        }
    }
    // A name of vowels and half vowels only (Hawa, Aya) still gets a key, shared by all such.
    if key.is_empty() {
        key.push('_');
    }
    key
}

/// The loose keys of one part, over its readings (and, for a Latin `kh`, its reading as `k`:
/// Khadija/Kadija).
fn keys_of_part(part: &str) -> Vec<String> {
    let mut spellings = vec![part.to_owned()];
    if part.contains("kh") {
        spellings.push(part.replace("kh", "k"));
    }
    let mut keys: Vec<String> = spellings
        .iter()
        .flat_map(|p| crate::phonetic::token(p).readings)
        .flat_map(|r| loose(&crate::phonetic::skeleton(&r)))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The blocking keys of each part of the names, deduplicated per part. With `neighbours`,
/// each pair of neighbouring parts also counts as one part, so that a query that writes them
/// as one word (Alireza for Ali Reza, Benali for Ben Ali) shares a key with the record.
fn part_keys(names: &[String], neighbours: bool) -> Vec<Vec<String>> {
    let mut parts: Vec<Vec<String>> = Vec::new();
    let mut add = |keys: Vec<String>| {
        if !keys.is_empty() && !parts.contains(&keys) {
            parts.push(keys);
        }
    };
    for name in names {
        let words = crate::phonetic::name_parts(name);
        for word in &words {
            add(keys_of_part(word));
        }
        if neighbours && words.len() > 2 {
            for pair in words.windows(2) {
                add(keys_of_part(&pair.concat()));
            }
        }
    }
    parts
}

/// Keys for pairs of name parts (`hsn+mhmd`): a full-name query finds the holders of both
/// parts with one lookup, instead of intersecting the long lists of holders of each common part.
pub fn pair_keys(parts: &[Vec<String>]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, a) in parts.iter().enumerate() {
        for b in &parts[i + 1..] {
            for x in a {
                for y in b {
                    if x == y {
                        continue;
                    }
                    let key = if x <= y { format!("{x}+{y}") } else { format!("{y}+{x}") };
                    if !out.contains(&key) {
                        out.push(key);
                    }
                }
            }
        }
    }
    out
}

/// Postings longer than this are not read for a single part: a part that common says little.
const RARE_PART: usize = 2_000;

/// Records whose names one query compares at most (those whose other facts could fit).
const NAME_BUDGET: usize = 1_000;

/// A registered person found for a sought one.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate<Id> {
    /// The registered person's id.
    pub id: Id,
    /// Score and reasons.
    pub assessment: Assessment,
}

/// The outcome of one query: candidates at or above the threshold, best first, and how many
/// records were scored to find them.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<Id> {
    /// Candidates, best first.
    pub candidates: Vec<Candidate<Id>>,
    /// Records whose names were compared (the part of the block whose other facts could fit).
    pub scored: usize,
}

/// Registered persons by blocking key.
#[derive(Debug, Clone)]
pub struct TracingIndex<Id> {
    records: Vec<Option<(Id, Profile)>>,
    slot_of: HashMap<Id, u32>,
    postings: HashMap<String, Vec<u32>>,
    live: usize,
}

impl<Id: Clone + Eq + Hash> Default for TracingIndex<Id> {
    fn default() -> Self {
        Self { records: Vec::new(), slot_of: HashMap::new(), postings: HashMap::new(), live: 0 }
    }
}

impl<Id: Clone + Eq + Hash> TracingIndex<Id> {
    /// An empty index.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of persons in the index.
    pub fn len(&self) -> usize {
        self.live
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Adds a person or replaces what is known about them.
    pub fn upsert(&mut self, id: Id, profile: Profile) {
        self.remove(&id);
        let Ok(slot) = u32::try_from(self.records.len()) else { return };
        let parts = part_keys(&profile.names, true);
        let mut keys: Vec<String> = parts.iter().flatten().cloned().collect();
        keys.extend(pair_keys(&parts));
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            self.postings.entry(key).or_default().push(slot);
        }
        self.records.push(Some((id.clone(), profile)));
        self.slot_of.insert(id, slot);
        self.live += 1;
    }

    /// Removes a person (erased, or tracing consent withdrawn). Their postings are skipped until
    /// the index is rebuilt.
    pub fn remove(&mut self, id: &Id) -> bool {
        let Some(slot) = self.slot_of.remove(id) else { return false };
        if let Some(record) = self.records.get_mut(slot as usize) {
            *record = None;
        }
        self.live -= 1;
        true
    }

    /// The slots worth scoring for `parts`, with how many of the query's keys each holds,
    /// most first: a record that shares every part comes before one that shares two.
    fn block(&self, parts: &[Vec<String>]) -> Vec<(u32, u32)> {
        let mut slots: Vec<u32> = Vec::new();
        let postings = |key: &String| self.postings.get(key).map(Vec::as_slice).unwrap_or_default();
        for key in pair_keys(parts) {
            slots.extend_from_slice(postings(&key));
        }
        // A single part, or a name whose parts no record shares in pairs: persons recorded
        // under one part, when that part is rare enough to say something on its own.
        if slots.is_empty() {
            for part in parts {
                for key in part {
                    let list = postings(key);
                    if list.len() <= RARE_PART || parts.len() == 1 {
                        slots.extend_from_slice(&list[..list.len().min(RARE_PART * 4)]);
                    }
                }
            }
        }
        slots.sort_unstable();
        let mut counted: Vec<(u32, u32)> = Vec::with_capacity(slots.len());
        for slot in slots {
            match counted.last_mut() {
                Some((last, n)) if *last == slot => *n += 1,
                _ => counted.push((slot, 1)),
            }
        }
        counted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        counted
    }

    /// The persons a query for `sought` would score (its block), for tests and tuning.
    pub fn block_of(&self, sought: &Sought) -> Vec<Id> {
        self.block(&part_keys(&sought.profile.names, false))
            .into_iter()
            .filter_map(|(slot, _)| {
                self.records.get(slot as usize).and_then(|r| r.as_ref()).map(|(id, _)| id.clone())
            })
            .collect()
    }

    /// Candidates for `sought`, best first, at most `limit`.
    pub fn candidates(&self, sought: &Sought, limit: usize) -> Found<Id> {
        let parts = part_keys(&sought.profile.names, false);
        let slots = self.block(&parts);
        let prepared = PreparedSought::new(sought);
        let mut candidates = Vec::new();
        let mut scored = 0;
        for (slot, _) in slots {
            let Some(Some((id, profile))) = self.records.get(slot as usize) else { continue };
            if !could_reach(&prepared, profile, CANDIDATE_THRESHOLD) {
                continue;
            }
            // Names are compared for the records sharing most keys first; past the budget, the
            // rest share fewer parts of the name than those already compared.
            scored += 1;
            if scored > NAME_BUDGET {
                break;
            }
            if let Some(assessment) = assess_at_least(&prepared, profile, CANDIDATE_THRESHOLD) {
                candidates.push(Candidate { id: id.clone(), assessment });
            }
        }
        candidates.sort_by(|a, b| b.assessment.score.total_cmp(&a.assessment.score));
        candidates.truncate(limit);
        Found { candidates, scored }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::family_match::{BirthYears, Sex};

    fn profile(name: &str, sex: Sex, born: i32) -> Profile {
        Profile {
            names: vec![name.to_owned()],
            sex: Some(sex),
            born: Some(BirthYears { earliest: born - 1, latest: born + 1 }),
            ..Profile::default()
        }
    }

    fn sought(name: &str, sex: Sex, born: i32) -> Sought {
        Sought { profile: profile(name, sex, born), ..Sought::default() }
    }

    fn index() -> TracingIndex<u32> {
        let mut index = TracingIndex::new();
        let people = [
            ("Mohamed Hassan Ali", Sex::Male, 2010),
            ("Mohamed Hussein Ali", Sex::Male, 2010),
            ("Amira Hassan", Sex::Female, 2012),
            ("Tesfay Gebremedhin", Sex::Male, 2009),
            ("Олександр Шевченко", Sex::Male, 2008),
            ("Fatima Yusuf", Sex::Female, 1990),
        ];
        for (i, (name, sex, born)) in people.into_iter().enumerate() {
            index.upsert(u32::try_from(i).unwrap_or_default(), profile(name, sex, born));
        }
        // A crowd of namesakes on one part only, which the pair keys keep out of the block.
        for i in 100..3_100 {
            index.upsert(i, profile("Mohamed Ibrahim", Sex::Male, 1980 + i32::try_from(i % 30).unwrap_or(0)));
        }
        index
    }

    #[test]
    fn pair_keys_block_a_common_given_name() {
        let index = index();
        let found = index.candidates(&sought("محمد حسن علي", Sex::Male, 2010), 10);
        assert_eq!(found.candidates.first().map(|c| c.id), Some(0), "{found:?}");
        assert!(found.scored < 10, "scored {} records", found.scored);
        // Hussein is another name: if shown at all, then below Hassan and not as a name match.
        if let Some(hussein) = found.candidates.iter().find(|c| c.id == 1) {
            assert!(hussein.assessment.score < found.candidates[0].assessment.score, "{found:?}");
            let reasons = &hussein.assessment.reasons;
            assert!(reasons.contains(&crate::family_match::Reason::NamesSimilar), "{found:?}");
            assert!(!reasons.contains(&crate::family_match::Reason::NamesMatchAcrossScripts), "{found:?}");
        }
    }

    #[test]
    fn finds_across_scripts() {
        let index = index();
        let tesfay = index.candidates(&sought("ተስፋይ ገብረመድህን", Sex::Male, 2009), 10);
        assert_eq!(tesfay.candidates.first().map(|c| c.id), Some(3), "{tesfay:?}");
        let oleksandr = index.candidates(&sought("Aleksandr Shevchenko", Sex::Male, 2008), 10);
        assert_eq!(oleksandr.candidates.first().map(|c| c.id), Some(4), "{oleksandr:?}");
    }

    #[test]
    fn removed_persons_are_not_found() {
        let mut index = index();
        assert!(index.remove(&5));
        assert!(!index.remove(&5));
        let found = index.candidates(&sought("Fatima Yousef", Sex::Female, 1990), 10);
        assert!(found.candidates.is_empty(), "{found:?}");
        index.upsert(5, profile("Fatima Yusuf", Sex::Female, 1990));
        let found = index.candidates(&sought("Fatima Yousef", Sex::Female, 1990), 10);
        assert_eq!(found.candidates.len(), 1);
    }

    #[test]
    fn upsert_replaces() {
        let mut index = index();
        let before = index.len();
        index.upsert(2, profile("Amir Hassan", Sex::Male, 2012));
        assert_eq!(index.len(), before);
        assert!(index.candidates(&sought("Amira Hassan", Sex::Female, 2012), 10).candidates.is_empty());
    }
}
