//! Possible duplicates: two registrations that may be one person, and HQ's decision on them.
//!
//! A decision is kept beside the two cases, never written into either: a case document's
//! history would keep the other case's id for good, and erasing that case must leave nothing
//! of it behind. HQ stores decisions; what a pair is, when two cases are proposed and what a
//! decision means live here, so that a second place deciding duplicates cannot drift.

use std::collections::{BTreeMap, BTreeSet};

use waypoint_model::{CaseId, Recorded, Timestamp, UserId};

use crate::CaseSummary;

/// At or above this name similarity (with the same sex and age band), two cases are proposed.
pub const PROPOSE_AT: f64 = 0.9;

/// At most this many pairs are proposed, the most similar first: more is not a worklist.
pub const MAX_PROPOSED: usize = 200;

/// Two different cases, in one order whichever way they were named, so that a pair has one
/// decision.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DuplicatePair {
    first: CaseId,
    second: CaseId,
}

/// Why two ids are not a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NotAPair {
    /// One of them is not a UUID (a damaged record or a typing error).
    #[error("a case id is not a UUID")]
    BadId,
    /// Both name the same case: a case is not its own duplicate.
    #[error("both ids name one case")]
    SameCase,
}

impl DuplicatePair {
    /// The pair of `a` and `b`, ordered by their UUIDs.
    pub fn new(a: &CaseId, b: &CaseId) -> Result<Self, NotAPair> {
        let (ka, kb) = (a.uuid_bytes().ok_or(NotAPair::BadId)?, b.uuid_bytes().ok_or(NotAPair::BadId)?);
        match ka.cmp(&kb) {
            std::cmp::Ordering::Less => Ok(Self { first: a.clone(), second: b.clone() }),
            std::cmp::Ordering::Greater => Ok(Self { first: b.clone(), second: a.clone() }),
            std::cmp::Ordering::Equal => Err(NotAPair::SameCase),
        }
    }

    /// The case with the lower UUID.
    pub fn first(&self) -> &CaseId {
        &self.first
    }

    /// The other.
    pub fn second(&self) -> &CaseId {
        &self.second
    }

    /// Whether `case` is one of the two (an erasure of it takes the decision with it).
    pub fn involves(&self, case: &CaseId) -> bool {
        &self.first == case || &self.second == case
    }
}

/// A person's decision on a pair: one person or two, by whom and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateDecision {
    /// The two cases.
    pub pair: DuplicatePair,
    /// One person (else two).
    pub same_person: bool,
    /// Who decided, when.
    pub decided: Recorded,
}

impl DuplicateDecision {
    /// `by`'s decision on `pair` at `now`. Nothing is merged: for one person a supervisor keeps
    /// the fuller case and orders the other erased; a pair of two people is not proposed again.
    pub fn new(pair: DuplicatePair, same_person: bool, by: &UserId, now: Timestamp) -> Self {
        Self { pair, same_person, decided: Recorded { by: by.clone(), at: now } }
    }

    /// Whether the pair is still listed after this decision (as confirmed): only if one person.
    pub fn keeps_pair_listed(&self) -> bool {
        self.same_person
    }
}

/// A proposed pair: indexes into the summaries given, and their name similarity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Proposal {
    /// One case.
    pub a: usize,
    /// The other.
    pub b: usize,
    /// Name similarity across scripts.
    pub score: f64,
}

/// Pairs with the same name (across scripts), sex and age band, the most similar first, at most
/// [`MAX_PROPOSED`], leaving out the pairs in `settled` (decided to be two people) before the
/// list is cut, so that decided pairs never crowd out new ones. Cases are blocked by the sound keys of pairs of their name parts (of single
/// parts for a one-part name), the keys a name shares with its spellings in other scripts, so
/// the work grows with the cases that share a key, not with the square of all cases.
pub fn propose(cases: &[&CaseSummary], settled: &BTreeSet<DuplicatePair>) -> Vec<Proposal> {
    let mut blocks: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in cases.iter().enumerate() {
        let keys = waypoint_matching::search_keys(&c.display_name);
        let pairs = waypoint_matching::pair_keys(&keys.parts);
        for key in if pairs.is_empty() { keys.phonetic } else { pairs } {
            blocks.entry(key).or_default().push(i);
        }
    }
    let mut compared = BTreeSet::new();
    let mut out = Vec::new();
    for members in blocks.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (a, b) = (cases[i], cases[j]);
                if a.case_id == b.case_id
                    || a.sex != b.sex
                    || a.age_band != b.age_band
                    || !compared.insert((i, j))
                {
                    continue;
                }
                let score = waypoint_matching::similarity(&a.display_name, &b.display_name);
                if score >= PROPOSE_AT && !is_settled(settled, a, b) {
                    out.push(Proposal { a: i, b: j, score });
                }
            }
        }
    }
    out.sort_by(|x, y| y.score.total_cmp(&x.score).then((x.a, x.b).cmp(&(y.a, y.b))));
    out.truncate(MAX_PROPOSED);
    out
}

fn is_settled(settled: &BTreeSet<DuplicatePair>, a: &CaseSummary, b: &CaseSummary) -> bool {
    match (CaseId::parse(&a.case_id), CaseId::parse(&b.case_id)) {
        (Ok(a), Ok(b)) => DuplicatePair::new(&a, &b).is_ok_and(|pair| settled.contains(&pair)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u8) -> CaseId {
        CaseId::from_uuid_bytes([n; 16])
    }

    #[test]
    fn a_pair_has_one_order_and_is_never_one_case() {
        let ab = DuplicatePair::new(&id(1), &id(2)).expect("pair");
        let ba = DuplicatePair::new(&id(2), &id(1)).expect("pair");
        assert_eq!(ab, ba);
        assert_eq!(ab.first(), &id(1));
        assert!(ab.involves(&id(2)) && !ab.involves(&id(3)));
        assert_eq!(DuplicatePair::new(&id(1), &id(1)), Err(NotAPair::SameCase));
    }

    #[test]
    fn only_a_decision_for_one_person_keeps_the_pair_listed() {
        let pair = DuplicatePair::new(&id(1), &id(2)).expect("pair");
        let by = UserId::new("hq:sup");
        assert!(DuplicateDecision::new(pair.clone(), true, &by, Timestamp(1)).keeps_pair_listed());
        assert!(!DuplicateDecision::new(pair, false, &by, Timestamp(1)).keeps_pair_listed());
    }

    fn summary(id: &str, name: &str, sex: &str, band: &str) -> CaseSummary {
        CaseSummary {
            case_id: id.into(),
            display_name: name.into(),
            sex: Some(sex.into()),
            age_band: band.into(),
            code: String::new(),
            site: String::new(),
            status: String::new(),
            child: false,
            risk: String::new(),
            flags: String::new(),
            conflicts: 0,
            updated: 0,
        }
    }

    #[test]
    fn the_same_name_across_scripts_is_proposed_only_with_the_same_sex_and_age_band() {
        let cases = [
            summary("a", "Mohammed Hassan", "male", "15-17"),
            summary("b", "محمد حسن", "male", "15-17"),
            summary("c", "Mohammed Hassan", "female", "15-17"),
            summary("d", "Mohammed Hassan", "male", "18-59"),
            summary("e", "Tesfay Gebre", "male", "15-17"),
        ];
        let refs: Vec<&CaseSummary> = cases.iter().collect();
        let found: Vec<(usize, usize)> =
            propose(&refs, &BTreeSet::new()).iter().map(|p| (p.a, p.b)).collect();
        assert_eq!(found, vec![(0, 1)]);
    }

    /// Regression: pairs decided to be two people were left out after the list was cut to
    /// its length, so once enough were decided no new pair was ever proposed.
    #[test]
    fn pairs_decided_to_be_two_people_never_crowd_out_new_ones() {
        let ids: Vec<CaseId> = (1..=21).map(id).collect();
        let cases: Vec<CaseSummary> =
            ids.iter().map(|i| summary(i.as_str(), "Amina Yusuf", "female", "15-17")).collect();
        let refs: Vec<&CaseSummary> = cases.iter().collect();
        assert_eq!(propose(&refs, &BTreeSet::new()).len(), MAX_PROPOSED, "210 pairs, cut to 200");
        let settled: BTreeSet<DuplicatePair> =
            ids[1..].iter().map(|other| DuplicatePair::new(&ids[0], other).expect("pair")).collect();
        let left = propose(&refs, &settled);
        assert_eq!(left.len(), 190, "every pair not decided is proposed");
        assert!(left.iter().all(|p| p.a != 0 && p.b != 0));
    }
}
