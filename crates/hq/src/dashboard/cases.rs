//! Cases as the dashboard reads them: the typed case hydrated from HQ's Automerge document
//! with the model's own functions (conflicts with their authors, age status, risk), the same
//! list row a device shows, search across scripts, tracing matches, possible duplicates, and
//! the analyst's anonymised figures.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use automerge::{ActorId, AutoCommit, Automerge};
use serde::Serialize;
use waypoint_matching::TracingIndex;
use waypoint_model::rules::{AgeStatus, RiskAssessment, RiskLevel, age_status, assess_risk};
use waypoint_model::{AccompanimentStatus, Case, CaseDoc, Conflict, MatchStatus, Sex, Timestamp};
use waypoint_store::CaseSummary;
use waypoint_sync::wire::CaseKey;

use super::store::case_text;

/// A case read once and kept while its heads do not change.
#[derive(Debug, Clone)]
pub struct CaseEntry {
    /// The wire key.
    pub key: CaseKey,
    /// The case id (UUID text).
    pub id: String,
    /// HQ's site for it.
    pub site: String,
    /// The heads it was read at.
    pub heads: Vec<u8>,
    /// The typed case.
    pub case: Case,
    /// Unresolved conflicts, with who wrote each value and when.
    pub conflicts: Vec<Conflict>,
    /// The list row (same as on a device).
    pub summary: CaseSummary,
    /// Every name a search should find it under.
    pub names: Vec<String>,
    /// Treated as a child, and why.
    pub age: AgeStatus,
    /// Risk with its reasons.
    pub risk: RiskAssessment,
}

/// Reads a case document into an entry; `None` when it does not hold a case (never fatal).
pub fn read_entry(
    key: CaseKey,
    site: String,
    heads: Vec<u8>,
    doc: &Automerge,
    now: Timestamp,
) -> Option<CaseEntry> {
    let auto = AutoCommit::load(&doc.save()).ok()?;
    let mut cd = CaseDoc::from_automerge(auto);
    let case = cd.case().ok()?;
    let conflicts = cd.conflicts();
    let (summary, names) = waypoint_store::summary_of(&case, now, conflicts.len());
    let age = age_status(&case, now);
    let risk = assess_risk(&case, now, &waypoint_store::indicators_from_answers(&case));
    Some(CaseEntry { id: case_text(&key), key, site, heads, case, conflicts, summary, names, age, risk })
}

/// A writable copy of a case document for an HQ change, written as `user`'s actor.
pub fn writable(doc: &Automerge, user: &str) -> Option<CaseDoc> {
    let digest = <sha2::Sha256 as sha2::Digest>::digest(format!("waypoint-hq-user:{user}").as_bytes());
    let auto = AutoCommit::load(&doc.save()).ok()?.with_actor(ActorId::from(&digest[..16]));
    Some(CaseDoc::from_automerge(auto))
}

/// A search hit.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// The list row.
    #[serde(flatten)]
    pub summary: CaseSummary,
    /// Match score (1 for a code).
    pub score: f64,
}

fn code_key(s: &str) -> String {
    s.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

/// Cases whose code or any name matches `query`, in any script; all cases for an empty query.
pub fn search<'a>(entries: impl Iterator<Item = &'a CaseEntry>, query: &str, limit: usize) -> Vec<Hit> {
    let query = query.trim();
    let mut hits: Vec<Hit> = Vec::new();
    if query.is_empty() {
        hits.extend(entries.map(|e| Hit { summary: e.summary.clone(), score: 1.0 }));
    } else {
        let code = code_key(query);
        let normal = waypoint_matching::normalise(query);
        let latin = waypoint_matching::latin_key(query);
        let prepared = waypoint_matching::PreparedName::new(query);
        for e in entries {
            if code.len() >= 3 && code_key(&e.summary.code).starts_with(&code) {
                hits.push(Hit { summary: e.summary.clone(), score: 1.0 });
                continue;
            }
            let mut best: f64 = 0.0;
            for name in &e.names {
                let contains = (!normal.is_empty() && waypoint_matching::normalise(name).contains(&normal))
                    || (latin.len() >= 3 && waypoint_matching::latin_key(name).contains(&latin));
                let score = if contains {
                    0.95
                } else {
                    prepared.similarity(&waypoint_matching::PreparedName::new(name))
                };
                best = best.max(score);
            }
            if best >= waypoint_matching::DEFAULT_THRESHOLD {
                hits.push(Hit { summary: e.summary.clone(), score: best });
            }
        }
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
    }
    hits.truncate(limit);
    hits
}

/// A possible tracing match: a sought person of one case, and a registered person.
#[derive(Debug, Clone, Serialize)]
pub struct MatchView {
    /// The case of the person looking for a relative.
    pub seeker_case: String,
    /// Its code.
    pub seeker_code: String,
    /// The sought person's entry id.
    pub sought_person: String,
    /// The sought person's first name as recorded.
    pub sought_name: String,
    /// Relationship to the seeker.
    pub relationship: String,
    /// The candidate's case.
    pub candidate_case: String,
    /// Its code.
    pub candidate_code: String,
    /// Its name as lists show it.
    pub candidate_name: String,
    /// Its site.
    pub candidate_site: String,
    /// Score 0..=1.
    pub score: f64,
    /// Reasons as message ids.
    pub reasons: Vec<&'static str>,
    /// `potential`, `confirmed` or `rejected`.
    pub status: &'static str,
}

fn status_code(s: MatchStatus) -> &'static str {
    match s {
        MatchStatus::Potential => "potential",
        MatchStatus::Confirmed => "confirmed",
        MatchStatus::Rejected => "rejected",
    }
}

/// Tracing candidates for every sought person of every case, across sites (only persons who
/// consented to tracing are matched: `profile_of` is `None` otherwise), with the decision
/// already recorded in the seeker's case, if any.
pub fn matches(entries: &[&CaseEntry], now: Timestamp) -> Vec<MatchView> {
    let mut index: TracingIndex<usize> = TracingIndex::new();
    for (i, e) in entries.iter().enumerate() {
        if let Some(p) = waypoint_store::family_tracing::profile_of(&e.case, now) {
            index.upsert(i, p);
        }
    }
    let mut out = Vec::new();
    for e in entries {
        for person in &e.case.tracing.sought_persons {
            let sought = waypoint_store::family_tracing::sought(&e.case, person, now);
            for c in index.candidates(&sought, 5).candidates {
                let Some(cand) = entries.get(c.id) else { continue };
                if cand.id == e.id {
                    continue;
                }
                let decided = e
                    .case
                    .tracing
                    .matches
                    .iter()
                    .find(|m| m.sought_person == person.id && m.candidate.as_str() == cand.id)
                    .map_or(MatchStatus::Potential, |m| m.status);
                out.push(MatchView {
                    seeker_case: e.id.clone(),
                    seeker_code: e.summary.code.clone(),
                    sought_person: person.id.to_string(),
                    sought_name: person.names.first().map(|n| n.text.clone()).unwrap_or_default(),
                    relationship: person.relationship.clone(),
                    candidate_case: cand.id.clone(),
                    candidate_code: cand.summary.code.clone(),
                    candidate_name: cand.summary.display_name.clone(),
                    candidate_site: cand.site.clone(),
                    score: c.assessment.score,
                    reasons: c.assessment.reasons.iter().map(|r| r.message_id()).collect(),
                    status: status_code(decided),
                });
            }
        }
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    out
}

/// Two cases that may be the same person registered twice (read-only: a person decides).
#[derive(Debug, Clone, Serialize)]
pub struct Duplicate {
    /// One case's row.
    pub a: CaseSummary,
    /// The other's.
    pub b: CaseSummary,
    /// Name similarity.
    pub score: f64,
}

/// Pairs of cases with the same name (across scripts), sex and age band. Cases are blocked by
/// the loose key of their first name part, so this stays near-linear.
pub fn duplicates(entries: &[&CaseEntry]) -> Vec<Duplicate> {
    let mut blocks: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        let key: String = waypoint_matching::latin_key(&e.summary.display_name).chars().take(2).collect();
        if !key.is_empty() {
            blocks.entry(key).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for members in blocks.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (a, b) = (entries[i], entries[j]);
                if a.summary.sex != b.summary.sex || a.summary.age_band != b.summary.age_band {
                    continue;
                }
                let score = waypoint_matching::similarity(&a.summary.display_name, &b.summary.display_name);
                if score >= 0.9 && seen.insert((a.id.clone(), b.id.clone())) {
                    out.push(Duplicate { a: a.summary.clone(), b: b.summary.clone(), score });
                }
            }
        }
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    out.truncate(200);
    out
}

/// Cells under this are shown as `<5`.
pub const SUPPRESS_BELOW: u64 = 5;

/// A count as published: the number, or `<5` for a small non-zero cell.
pub fn published(n: u64) -> String {
    if n > 0 && n < SUPPRESS_BELOW { format!("<{SUPPRESS_BELOW}") } else { n.to_string() }
}

/// One row of a figures table: a value of a dimension, its count per month and in total.
#[derive(Debug, Clone, Serialize)]
pub struct FigureRow {
    /// The value's code (`15-17`, `female`, `SDN`, …).
    pub value: String,
    /// Per month, as published.
    pub months: Vec<String>,
    /// All months, as published.
    pub total: String,
    /// The total for charts: 0 when suppressed, so a chart never reveals a small cell.
    pub chart: u64,
}

/// A table for one dimension.
#[derive(Debug, Clone, Serialize)]
pub struct FigureTable {
    /// `age_band`, `sex`, `nationality`, `accompaniment`, `risk`, `site`.
    pub dimension: &'static str,
    /// Rows.
    pub rows: Vec<FigureRow>,
}

/// The analyst's figures: anonymised, disaggregated, small cells suppressed.
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    /// Months (`YYYY-MM`) by when the person was met.
    pub months: Vec<String>,
    /// All cases, as published.
    pub total: String,
    /// One table per dimension.
    pub tables: Vec<FigureTable>,
}

/// The dimensions of the figures, in display order.
pub const DIMENSIONS: [&str; 6] = ["age_band", "sex", "nationality", "accompaniment", "risk", "site"];

fn sex_code(s: Option<Sex>) -> &'static str {
    match s {
        Some(Sex::Female) => "female",
        Some(Sex::Male) => "male",
        Some(Sex::Other) => "other",
        Some(Sex::NotStated) | None => "not_stated",
    }
}

fn dimension_value(e: &CaseEntry, dim: &str) -> String {
    let r = &e.case.registration;
    match dim {
        "age_band" => e.summary.age_band.clone(),
        "sex" => sex_code(r.sex).into(),
        "nationality" => r.nationalities.first().map_or_else(|| "unknown".into(), |n| n.to_uppercase()),
        "accompaniment" => match r.accompaniment.status {
            Some(AccompanimentStatus::Unaccompanied) => "unaccompanied".into(),
            Some(AccompanimentStatus::Separated) => "separated".into(),
            Some(AccompanimentStatus::Accompanied) => "accompanied".into(),
            None => "unknown".into(),
        },
        "risk" => if e.risk.level >= RiskLevel::Medium { "flagged" } else { "not_flagged" }.into(),
        _ => e.site.clone(),
    }
}

fn month_of(e: &CaseEntry) -> String {
    let at = e.case.registration.encounter.at;
    let at = if at.0 > 0 { at } else { e.case.opened.at };
    at.date().map_or_else(|| "unknown".into(), |d| d.to_string().chars().take(7).collect())
}

/// Counts cases by each dimension and month, then suppresses small cells.
pub fn figures<'a>(entries: impl Iterator<Item = &'a CaseEntry>) -> Figures {
    let mut counts: BTreeMap<(&str, String, String), u64> = BTreeMap::new();
    let mut months = BTreeSet::new();
    let mut total = 0;
    for e in entries {
        total += 1;
        let month = month_of(e);
        months.insert(month.clone());
        for dim in DIMENSIONS {
            *counts.entry((dim, dimension_value(e, dim), month.clone())).or_default() += 1;
        }
    }
    let months: Vec<String> = months.into_iter().collect();
    let tables = DIMENSIONS
        .iter()
        .map(|&dim| {
            let values: BTreeSet<&String> =
                counts.keys().filter(|(d, _, _)| *d == dim).map(|(_, v, _)| v).collect();
            let rows = values
                .into_iter()
                .map(|v| {
                    let per: Vec<u64> = months
                        .iter()
                        .map(|m| counts.get(&(dim, v.clone(), m.clone())).copied().unwrap_or(0))
                        .collect();
                    let sum: u64 = per.iter().sum();
                    FigureRow {
                        value: v.clone(),
                        months: per.iter().map(|&n| published(n)).collect(),
                        total: published(sum),
                        chart: if sum < SUPPRESS_BELOW { 0 } else { sum },
                    }
                })
                .collect();
            FigureTable { dimension: dim, rows }
        })
        .collect();
    Figures { months, total: published(total), tables }
}

/// The figures as CSV: `dimension,value,month,count` (count as published), then totals with
/// month `all`.
pub fn figures_csv(f: &Figures) -> String {
    let mut out = String::from("dimension,value,month,count\n");
    let field = |s: &str| {
        if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
    };
    for t in &f.tables {
        for r in &t.rows {
            for (m, c) in f.months.iter().zip(&r.months) {
                out.push_str(&format!("{},{},{},{}\n", t.dimension, field(&r.value), m, c));
            }
            out.push_str(&format!("{},{},all,{}\n", t.dimension, field(&r.value), r.total));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_cells_are_suppressed() {
        assert_eq!(published(0), "0");
        assert_eq!(published(1), "<5");
        assert_eq!(published(4), "<5");
        assert_eq!(published(5), "5");
    }
}
