//! Finding a case by a name in any script, or by its code — written once for a device and for
//! HQ, so that one query finds the same cases in the same order in both.
//!
//! A search takes candidates from a [`NameIndex`] — a device's tables in SQLite, HQ's in memory
//! ([`MemoryNameIndex`]), both holding the same keys — then scores each with the full
//! similarity and orders the hits: holders of a pair of the query's name parts first (so that a
//! full name narrows the set), then holders of single parts, then, for partial input, names
//! that contain a fragment of it; at most [`MAX_CANDIDATES`] are scored.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use waypoint_matching::PreparedName;
use waypoint_model::ShortCode;

/// Below this similarity a name does not match.
pub const MIN_SCORE: f64 = 0.55;

/// Candidates scored with the full similarity: enough for every spelling of a full name, few
/// enough to score in a few milliseconds.
pub const MAX_CANDIDATES: usize = 200;

/// Where a search finds its candidates. Every list is ordered (most keys held first, then by
/// case id), so two indexes with the same names give the same candidates.
pub trait NameIndex {
    /// Why the index could not be read.
    type Error;
    /// Cases holding any of `keys`: each with how many of them it holds, most first, then by
    /// case id; at most `room`.
    fn holders(&mut self, keys: &[String], room: usize) -> Result<Vec<String>, Self::Error>;
    /// Cases with a name (normalised or in Latin letters) containing `fragment`, by case id;
    /// at most `room`.
    fn containing(&mut self, fragment: &str, room: usize) -> Result<Vec<String>, Self::Error>;
    /// Every name a case is found under.
    fn names(&mut self, case: &str) -> Result<Vec<String>, Self::Error>;
}

/// The keys a case is indexed under, from the names it is found under: each name's phonetic
/// keys, and one key per pair of name parts (`hsn+mhmd`).
pub fn index_keys(names: &[String]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    let mut parts: Vec<Vec<String>> = Vec::new();
    for name in names {
        let k = waypoint_matching::search_keys(name);
        keys.extend(k.phonetic);
        for part in k.parts {
            if !parts.contains(&part) {
                parts.push(part);
            }
        }
    }
    keys.extend(waypoint_matching::pair_keys(&parts));
    keys.sort();
    keys.dedup();
    keys
}

/// A fragment of a query worth a substring search (three characters or more).
fn fragment(token: &str) -> Option<&str> {
    let token = token.trim();
    (token.chars().count() >= 3).then_some(token)
}

/// The cases whose names match `query`, best first, at most `limit`, with their scores.
pub fn find<I: NameIndex>(index: &mut I, query: &str, limit: usize) -> Result<Vec<(f64, String)>, I::Error> {
    let keys = waypoint_matching::search_keys(query);
    if keys.normalised.is_empty() {
        return Ok(Vec::new());
    }
    // Case id → rank: holders of two or more query parts (through pair keys) first, then
    // holders of any one part, then names containing a fragment of the query.
    let mut rank: HashMap<String, u32> = HashMap::new();
    for case in index.holders(&waypoint_matching::pair_keys(&keys.parts), MAX_CANDIDATES)? {
        rank.entry(case).or_insert(2);
    }
    for part in &keys.parts {
        for case in index.holders(part, MAX_CANDIDATES.saturating_sub(rank.len()))? {
            rank.entry(case).or_insert(1);
        }
    }
    if rank.len() < MAX_CANDIDATES {
        // Each query token on its own, so token order and extra names don't matter.
        let tokens: Vec<&str> = keys.latin.split(' ').chain(keys.normalised.split(' ')).collect();
        for token in tokens.into_iter().filter_map(fragment) {
            for case in index.containing(token, MAX_CANDIDATES)? {
                rank.entry(case).or_insert(0);
            }
        }
    }
    let mut candidates: Vec<(u32, String)> = rank.into_iter().map(|(id, n)| (n, id)).collect();
    candidates.sort_unstable_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    candidates.truncate(MAX_CANDIDATES);
    let mut ranker = NameRanker::new(query);
    let mut scored = Vec::new();
    for (_, case) in candidates {
        let names = index.names(&case)?;
        if let Some(score) = ranker.score(names.iter().map(String::as_str)) {
            scored.push((score, case));
        }
    }
    Ok(in_order(scored, limit))
}

/// The cases HQ holds, indexed in memory under the keys a device's store uses.
#[derive(Debug, Default)]
pub struct MemoryNameIndex {
    by_key: HashMap<String, BTreeSet<String>>,
    names: BTreeMap<String, Vec<String>>,
    /// Each case's names normalised and in Latin letters, for fragments.
    forms: BTreeMap<String, Vec<String>>,
}

/// What a case is indexed under, computed once per version of the case (HQ keeps it with its
/// reading of the case).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexedNames {
    names: Vec<String>,
    keys: Vec<String>,
    forms: Vec<String>,
}

impl IndexedNames {
    /// The keys and forms of `names` (the names a case is found under: `summary::read_case`).
    pub fn of(names: &[String]) -> Self {
        let forms = names
            .iter()
            .flat_map(|n| {
                let k = waypoint_matching::search_keys(n);
                [k.normalised.to_lowercase(), k.latin.to_lowercase()]
            })
            .collect();
        Self { names: names.to_vec(), keys: index_keys(names), forms }
    }
}

impl MemoryNameIndex {
    /// Indexes a case under `names` (the names it is found under: `summary::read_case`).
    pub fn add(&mut self, case: &str, names: &[String]) {
        self.add_indexed(case, &IndexedNames::of(names));
    }

    /// Indexes a case under what was computed for it before.
    pub fn add_indexed(&mut self, case: &str, indexed: &IndexedNames) {
        for key in &indexed.keys {
            self.by_key.entry(key.clone()).or_default().insert(case.to_owned());
        }
        self.forms.insert(case.to_owned(), indexed.forms.clone());
        self.names.insert(case.to_owned(), indexed.names.clone());
    }
}

impl NameIndex for MemoryNameIndex {
    type Error = std::convert::Infallible;

    fn holders(&mut self, keys: &[String], room: usize) -> Result<Vec<String>, Self::Error> {
        let mut held: BTreeMap<&str, u32> = BTreeMap::new();
        for key in keys {
            for case in self.by_key.get(key).into_iter().flatten() {
                *held.entry(case).or_default() += 1;
            }
        }
        let mut held: Vec<(&str, u32)> = held.into_iter().collect();
        held.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        Ok(held.into_iter().take(room).map(|(c, _)| c.to_owned()).collect())
    }

    fn containing(&mut self, fragment: &str, room: usize) -> Result<Vec<String>, Self::Error> {
        let fragment = fragment.to_lowercase();
        Ok(self
            .forms
            .iter()
            .filter(|(_, forms)| forms.iter().any(|f| f.contains(&fragment)))
            .take(room)
            .map(|(case, _)| case.clone())
            .collect())
    }

    fn names(&mut self, case: &str) -> Result<Vec<String>, Self::Error> {
        Ok(self.names.get(case).cloned().unwrap_or_default())
    }
}

/// The case code a query is, if it is one (as typed: any case, spaces or dashes).
pub fn as_code(query: &str) -> Option<ShortCode> {
    ShortCode::parse(query).ok()
}

/// Scores cases' names against one query; each distinct spelling is scored once (common names
/// recur across many cases).
pub struct NameRanker {
    query: PreparedName,
    scores: HashMap<String, f64>,
}

impl NameRanker {
    /// A ranker for `query` (a name, or part of one, in any script).
    pub fn new(query: &str) -> Self {
        Self { query: PreparedName::new(query), scores: HashMap::new() }
    }

    /// The best similarity of any of a case's `names` to the query, if it reaches
    /// [`MIN_SCORE`].
    pub fn score<'a>(&mut self, names: impl IntoIterator<Item = &'a str>) -> Option<f64> {
        let mut best: f64 = 0.0;
        for name in names {
            let score = match self.scores.get(name) {
                Some(score) => *score,
                None => {
                    let score = self.query.similarity(&PreparedName::new(name));
                    self.scores.insert(name.to_owned(), score);
                    score
                }
            };
            best = best.max(score);
        }
        (best >= MIN_SCORE).then_some(best)
    }
}

/// Hits in the order shown: best score first, then by case id (so equal scores have one order
/// everywhere), at most `limit`.
pub fn in_order<K: Ord>(mut hits: Vec<(f64, K)>, limit: usize) -> Vec<(f64, K)> {
    hits.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    hits.truncate(limit);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_scores_in_any_script_and_unrelated_names_do_not() {
        let mut ranker = NameRanker::new("Muhammad Hassan");
        assert!(ranker.score(["محمد حسن"]).is_some());
        assert!(ranker.score(["Мухаммад Хасан"]).is_some());
        assert_eq!(ranker.score(["Selam Tesfay"]), None);
        assert_eq!(ranker.score([]), None);
    }

    #[test]
    fn equal_scores_are_ordered_by_case_id_everywhere() {
        let hits = vec![(0.8, "c"), (0.9, "b"), (0.8, "a")];
        assert_eq!(in_order(hits, 2), vec![(0.9, "b"), (0.8, "a")]);
    }

    #[test]
    fn a_full_name_finds_its_spellings_first_and_a_fragment_finds_partial_input() {
        let mut index = MemoryNameIndex::default();
        index.add("1", &["Mohamed Hassan".into(), "محمد حسن".into()]);
        index.add("2", &["Muhammad Ali".into()]);
        index.add("3", &["Selam Tesfay".into()]);
        let found = find(&mut index, "Muhammad Hassan", 10).expect("infallible");
        assert_eq!(found.first().map(|(_, c)| c.as_str()), Some("1"));
        assert!(!found.iter().any(|(_, c)| c == "3"));
        let partial = find(&mut index, "Tesf", 10).expect("infallible");
        assert_eq!(partial.iter().map(|(_, c)| c.as_str()).collect::<Vec<_>>(), vec!["3"]);
    }

    #[test]
    fn codes_are_read_as_typed() {
        assert!(as_code("acd efg").is_some());
        assert!(as_code("Amal").is_none());
    }
}
