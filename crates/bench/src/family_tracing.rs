//! `waypoint-bench tracing`: tracing queries against a large synthetic population.
//!
//! Latency is measured on the blocking index with full scoring; recall and precision on queries
//! labelled by the population generator (name groups of real-world spellings, see
//! `crates/synth/data/name-variants.tsv`), so the labels never come from the matcher.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use waypoint_matching::family_match::{BirthYears, PreparedSought, Profile, Sex, Sought, assess};
use waypoint_matching::{DEFAULT_THRESHOLD, TracingIndex, similarity};
use waypoint_synth::population::{Person, Population, Query, VariantSet};

use crate::{figure, percentile};

/// Seed of the population; the queries use another.
const POPULATION_SEED: u64 = 0x7ace;
const QUERY_SEED: u64 = 0x5eed;
/// Candidates a caseworker is shown at most.
const SHOWN: usize = 20;

fn profile(p: &Person) -> Profile {
    Profile {
        names: vec![p.name.clone()],
        sex: Some(if p.female { Sex::Female } else { Sex::Male }),
        born: Some(BirthYears { earliest: p.born.0, latest: p.born.1 }),
        nationalities: vec![p.nationality.to_owned()],
        languages: p.languages.iter().map(|l| (*l).to_owned()).collect(),
        places: p.places.clone(),
        day: Some(p.registered),
    }
}

fn sought(q: &Query) -> Sought {
    Sought {
        profile: Profile {
            names: vec![q.name.clone()],
            sex: q.female.map(|f| if f { Sex::Female } else { Sex::Male }),
            born: q.born.map(|(earliest, latest)| BirthYears { earliest, latest }),
            nationalities: q.nationality.iter().map(|n| (*n).to_owned()).collect(),
            languages: q.language.iter().map(|l| (*l).to_owned()).collect(),
            places: q.place.iter().cloned().collect(),
            day: q.last_seen,
        },
        ..Sought::default()
    }
}

/// Resident memory in MB, from /proc (Linux).
pub(crate) fn rss_mb() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0.0);
    pages * 4096.0 / 1e6
}

pub(crate) fn run(persons: usize, queries: usize, set: VariantSet) -> anyhow::Result<()> {
    let start = Instant::now();
    let population = Population::generate(&mut StdRng::seed_from_u64(POPULATION_SEED), persons, set)
        .map_err(anyhow::Error::msg)?;
    figure("tracing_persons", population.persons.len() as f64, "count");
    figure("tracing_generate", start.elapsed().as_secs_f64(), "s");

    let rss_before = rss_mb();
    let start = Instant::now();
    let mut index = TracingIndex::new();
    for (i, p) in population.persons.iter().enumerate() {
        index.upsert(u32::try_from(i)?, profile(p));
    }
    figure("tracing_index_build", start.elapsed().as_secs_f64(), "s");
    figure("tracing_index_memory", rss_mb() - rss_before, "MB");

    // Persons by name group, to find every person a query truly describes.
    let mut holders: HashMap<u32, Vec<u32>> = HashMap::new();
    for (i, p) in population.persons.iter().enumerate() {
        for g in &p.groups {
            holders.entry(*g).or_default().push(u32::try_from(i)?);
        }
    }

    // Synthetic names only: explaining misses helps tune without real data.
    let mut explain: usize =
        std::env::var("WAYPOINT_BENCH_EXPLAIN").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    let mut explain_wrong = explain;
    let labelled = population.queries(&mut StdRng::seed_from_u64(QUERY_SEED), queries);
    let mut times: Vec<Duration> = Vec::with_capacity(labelled.len());
    let mut scored: Vec<usize> = Vec::with_capacity(labelled.len());
    let (mut returned, mut true_positives, mut relevant, mut targets_found) =
        (0usize, 0usize, 0usize, 0usize);
    // Queries that fit at most SHOWN persons: every right answer can be shown, so their recall
    // measures spelling variants alone, not how namesakes crowd a list.
    let (mut uncrowded_relevant, mut uncrowded_found) = (0usize, 0usize);
    for q in &labelled {
        let sought = sought(q);
        let t = Instant::now();
        let found = index.candidates(&sought, SHOWN);
        times.push(t.elapsed());
        scored.push(found.scored);

        let rarest = q.groups.iter().filter_map(|g| holders.get(g)).min_by_key(|l| l.len());
        let fitting: Vec<u32> = rarest
            .map(|l| {
                l.iter().copied().filter(|i| population.fits(q, &population.persons[*i as usize])).collect()
            })
            .unwrap_or_default();
        // A caseworker sees at most SHOWN candidates, so at most SHOWN can be found.
        relevant += fitting.len().min(SHOWN);
        returned += found.candidates.len();
        let hits = found.candidates.iter().filter(|c| fitting.contains(&c.id)).count();
        if fitting.len() <= SHOWN {
            uncrowded_relevant += fitting.len();
            uncrowded_found += hits;
        }
        for c in
            found.candidates.iter().filter(|c| !fitting.contains(&c.id)).take(usize::from(explain_wrong > 0))
        {
            explain_wrong -= 1;
            let other = &population.persons[c.id as usize];
            eprintln!(
                "wrong: {:?} ({:?} {:?}) gave {:?} ({} {:?}): {:?}",
                q.name, q.female, q.born, other.name, other.female, other.born, c.assessment
            );
        }
        true_positives += hits;
        let hit = found.candidates.iter().any(|c| c.id == q.target);
        targets_found += usize::from(hit);
        if !hit && explain > 0 && fitting.len() <= SHOWN {
            explain -= 1;
            let target = &population.persons[q.target as usize];
            let candidate = profile(target);
            let assessment = assess(&PreparedSought::new(&sought), &candidate);
            let blocked = index.block_of(&sought).contains(&q.target);
            eprintln!(
                "missed: {:?} for {:?} ({} scored, blocked {blocked}, {} fit, {} shown): {assessment:?}",
                q.name,
                target.name,
                found.scored,
                fitting.len(),
                found.candidates.len()
            );
        }
    }
    times.sort_unstable();
    scored.sort_unstable();
    figure("tracing_queries", labelled.len() as f64, "count");
    figure("tracing_p50", percentile(&times, 50.0), "ms");
    figure("tracing_p95", percentile(&times, 95.0), "ms");
    figure("tracing_scored_p50", scored.get(scored.len() / 2).copied().unwrap_or(0) as f64, "records");
    figure("tracing_scored_p95", scored.get(scored.len() * 95 / 100).copied().unwrap_or(0) as f64, "records");
    figure("tracing_recall", true_positives as f64 / relevant.max(1) as f64, "ratio");
    figure("tracing_precision", true_positives as f64 / returned.max(1) as f64, "ratio");
    figure("tracing_recall_uncrowded", uncrowded_found as f64 / uncrowded_relevant.max(1) as f64, "ratio");
    figure("tracing_target_found", targets_found as f64 / labelled.len().max(1) as f64, "ratio");
    names(&population);
    Ok(())
}

/// Name-level recall and precision of `same_name` on the labelled spellings: every pair within
/// a group is a match; pairs across groups of one region and sex are not.
fn names(population: &Population) {
    let groups = &population.groups;
    let (mut tp, mut fn_, mut fp, mut tn) = (0usize, 0usize, 0usize, 0usize);
    for g in groups {
        for (i, a) in g.spellings.iter().enumerate() {
            for b in &g.spellings[i + 1..] {
                if similarity(a, b) >= DEFAULT_THRESHOLD {
                    tp += 1;
                } else {
                    fn_ += 1;
                }
            }
        }
    }
    let mut rng = StdRng::seed_from_u64(QUERY_SEED);
    for g in groups {
        let others: Vec<_> =
            groups.iter().filter(|h| h.id != g.id && h.region == g.region && h.kind == g.kind).collect();
        for h in others {
            let (Some(a), Some(b)) = (g.spellings.choose(&mut rng), h.spellings.choose(&mut rng)) else {
                continue;
            };
            if similarity(a, b) >= DEFAULT_THRESHOLD {
                fp += 1;
            } else {
                tn += 1;
            }
        }
    }
    figure("names_positive_pairs", (tp + fn_) as f64, "count");
    figure("names_negative_pairs", (fp + tn) as f64, "count");
    figure("names_recall", tp as f64 / (tp + fn_).max(1) as f64, "ratio");
    figure("names_precision", tp as f64 / (tp + fp).max(1) as f64, "ratio");
    figure("names_false_match_rate", fp as f64 / (fp + tn).max(1) as f64, "ratio");
}
