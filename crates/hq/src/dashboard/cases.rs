//! Cases as the dashboard reads them: the typed case hydrated from HQ's Automerge document
//! with the model's own functions (conflicts with their authors, age status, risk), the same
//! list row a device shows, search across scripts, tracing matches, possible duplicates, and
//! the analyst's anonymised figures.

use std::collections::{BTreeMap, BTreeSet};

use automerge::{ActorId, AutoCommit, Automerge};
use serde::Serialize;
use waypoint_case::CaseSummary;
use waypoint_case::duplicates::DuplicatePair;
use waypoint_case::figures::{self, AnonymousRecord};
use waypoint_case::rules::{AgeStatus, RiskAssessment, RiskLevel, age_status, assess_risk};
use waypoint_matching::TracingIndex;
use waypoint_model::{AccompanimentStatus, Case, CaseDoc, Conflict, MatchStatus, Timestamp};
use waypoint_sync::wire::{CaseKey, DeviceKey};

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
    /// Who sent the changes behind those conflicts' values (filled only when there are some).
    pub senders: std::collections::HashMap<automerge::ChangeHash, Sender>,
    /// The list row (same as on a device).
    pub summary: CaseSummary,
    /// Every name a search should find it under.
    pub names: Vec<String>,
    /// What those names are indexed under, as on a device.
    pub indexed: waypoint_case::search::IndexedNames,
    /// Treated as a child, and why.
    pub age: AgeStatus,
    /// Risk with its reasons.
    pub risk: RiskAssessment,
}

/// Who sent a change to HQ, shown beside the author the change names: that name is only what
/// the sending device claimed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Sender {
    /// An enrolled device (its id in hex) of a site.
    Device {
        /// The device's id.
        device: String,
        /// Its site.
        site: String,
    },
    /// HQ itself: a change made on the dashboard.
    Hq,
    /// A device HQ has no record of.
    Unknown,
}

impl Sender {
    /// Who `device` is, given the site HQ records for it (none: not a device HQ knows).
    pub fn of(device: DeviceKey, site: Option<String>) -> Self {
        match site {
            Some(site) if device == super::records::hq_device(&site) => Self::Hq,
            Some(site) => Self::Device { device: hex::encode(device.0), site },
            None => Self::Unknown,
        }
    }
}

impl CaseEntry {
    /// Who sent the change that wrote `value`, when HQ knows.
    pub fn sender_of(&self, value: &waypoint_model::ConflictValue) -> Option<&Sender> {
        value.change.as_ref().and_then(|c| self.senders.get(c))
    }
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
    let reading = waypoint_case::read_case(&case, now, conflicts.len());
    let (summary, names) = (reading.summary, reading.names);
    let age = age_status(&case, now);
    let risk = assess_risk(&case, now, &waypoint_case::risk::indicators_from_answers(&case));
    let indexed = waypoint_case::search::IndexedNames::of(&names);
    Some(CaseEntry {
        id: case_text(&key),
        key,
        site,
        heads,
        case,
        conflicts,
        senders: std::collections::HashMap::new(),
        summary,
        names,
        indexed,
        age,
        risk,
    })
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

/// Cases whose code or any name matches `query`, in any script: the candidates, scores and
/// order of a device's search (`waypoint_case::search`); every case, newest first, for an
/// empty query.
pub fn search<'a>(entries: impl Iterator<Item = &'a CaseEntry>, query: &str, limit: usize) -> Vec<Hit> {
    let query = query.trim();
    let entries: Vec<&CaseEntry> = entries.collect();
    let hit = |e: &CaseEntry, score| Hit { summary: e.summary.clone(), score };
    if query.is_empty() {
        return entries.iter().take(limit).map(|e| hit(e, 1.0)).collect();
    }
    if let Some(code) = waypoint_case::search::as_code(query) {
        let mut found: Vec<&CaseEntry> =
            entries.into_iter().filter(|e| e.summary.code == code.as_str()).collect();
        found.sort_by(|a, b| a.id.cmp(&b.id));
        return found.into_iter().take(limit).map(|e| hit(e, 1.0)).collect();
    }
    let mut index = waypoint_case::search::MemoryNameIndex::default();
    for e in &entries {
        index.add_indexed(&e.id, &e.indexed);
    }
    let by_id: std::collections::HashMap<&str, &CaseEntry> =
        entries.iter().map(|e| (e.id.as_str(), *e)).collect();
    let Ok(found) = waypoint_case::search::find(&mut index, query, limit);
    found.into_iter().filter_map(|(score, id)| Some(hit(by_id.get(id.as_str())?, score))).collect()
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

/// Tracing candidates for every sought person of every case whose person consents to tracing,
/// across sites (only persons who consented to tracing are matched: `profile_of` is `None`
/// otherwise), with the decision already recorded in the seeker's case, if any.
pub fn matches(entries: &[&CaseEntry], now: Timestamp) -> Vec<MatchView> {
    let mut index: TracingIndex<usize> = TracingIndex::new();
    for (i, e) in entries.iter().enumerate() {
        if let Some(p) = waypoint_case::family_tracing::profile_of(&e.case, now) {
            index.upsert(i, p);
        }
    }
    let mut out = Vec::new();
    for e in entries {
        // The seeker's consent to tracing counts as well as the candidate's: without it their
        // search is not run, at HQ as on a device.
        if waypoint_case::rules::permits(&e.case, waypoint_case::rules::Action::Trace).is_err() {
            continue;
        }
        for person in &e.case.tracing.sought_persons {
            let sought = waypoint_case::family_tracing::sought(&e.case, person, now);
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
    /// Who at HQ decided these are the same person, if someone did (pairs decided to be two
    /// people are not listed).
    pub confirmed_by: Option<String>,
    /// When (ms).
    pub confirmed_at: Option<i64>,
}

/// Pairs of cases that may be one person ([`waypoint_case::duplicates::propose`]).
pub fn duplicates(entries: &[&CaseEntry], settled: &BTreeSet<DuplicatePair>) -> Vec<Duplicate> {
    let summaries: Vec<&CaseSummary> = entries.iter().map(|e| &e.summary).collect();
    waypoint_case::duplicates::propose(&summaries, settled)
        .into_iter()
        .map(|p| Duplicate {
            a: entries[p.a].summary.clone(),
            b: entries[p.b].summary.clone(),
            score: p.score,
            confirmed_by: None,
            confirmed_at: None,
        })
        .collect()
}

/// Non-zero cells under this are hidden.
pub const SUPPRESS_BELOW: u64 = 5;

/// How every hidden cell is shown, small or hidden to protect a small one alike: two marks
/// ("<5" and another) would tell a reader which hidden cells are 1–4 and which are not, and
/// those ranges, with the totals, pin small cells down again.
pub const HIDDEN: &str = "x";

/// A count as published on its own (the grand total): the number, or [`HIDDEN`] when small.
pub fn published(n: u64) -> String {
    if n > 0 && n < SUPPRESS_BELOW { HIDDEN.to_owned() } else { n.to_string() }
}

/// A cell of a table: (row, column).
type Cell = (usize, usize);

/// Which cells of one line of counts (row or column) to hide next: while exactly `1` of its
/// cells is hidden and the line's sum is known, that cell is its sum less the others, so the
/// smallest visible cell is hidden too (non-zero cells first, as hiding a zero protects
/// little). `need_one` asks instead for at least one hidden cell (the line's sum is itself
/// hidden, and must not be worked out from this line).
fn next_to_hide(
    cells: &[Vec<u64>],
    hidden: &[Vec<bool>],
    line: &[Cell],
    need_one: bool,
) -> Option<(usize, usize)> {
    let count = line.iter().filter(|&&(r, c)| hidden[r][c]).count();
    let short = if need_one { count == 0 } else { count == 1 };
    if !short {
        return None;
    }
    line.iter().copied().filter(|&(r, c)| !hidden[r][c]).min_by_key(|&(r, c)| (cells[r][c] == 0, cells[r][c]))
}

/// Which month totals count as hidden. They are not shown, but each can be worked out (from
/// any table with nothing hidden that month, or as the grand total less the other months), so
/// a small one is hidden, and never alone: a second, the smallest, goes with it.
pub fn suppress_months(month_totals: &[u64]) -> Vec<bool> {
    let cells = vec![month_totals.to_vec()];
    let mut hidden = vec![month_totals.iter().map(|&n| n > 0 && n < SUPPRESS_BELOW).collect::<Vec<bool>>()];
    let grand: u64 = month_totals.iter().sum();
    // A small grand total is shown as `<5`: then nothing can be subtracted from it.
    if grand >= SUPPRESS_BELOW {
        let line: Vec<Cell> = (0..month_totals.len()).map(|c| (0, c)).collect();
        while let Some((r, c)) = next_to_hide(&cells, &hidden, &line, false) {
            hidden[r][c] = true;
        }
    }
    hidden.pop().unwrap_or_default()
}

/// Which cells of a table to hide. `cells[r]` is one row: its counts per month, then the
/// row's total; `months_hidden` is [`suppress_months`] of the month totals. Small non-zero
/// cells are hidden first (primary suppression). Then, because a reader knows each row's
/// total, every month's total that is not hidden and the grand total, a row or such a column
/// with exactly one hidden cell gives it away by subtraction, and a column whose month total is
/// hidden must not show that total by having nothing hidden. So cells are hidden until no
/// line is short (secondary suppression, [`next_to_hide`]).
pub fn suppress(cells: &[Vec<u64>], months_hidden: &[bool]) -> Vec<Vec<bool>> {
    let mut hidden: Vec<Vec<bool>> =
        cells.iter().map(|row| row.iter().map(|&n| n > 0 && n < SUPPRESS_BELOW).collect()).collect();
    let width = cells.iter().map(Vec::len).max().unwrap_or(0);
    let grand: u64 = cells.iter().filter_map(|row| row.last()).sum();
    let rows: Vec<Vec<Cell>> =
        cells.iter().enumerate().map(|(r, row)| (0..row.len()).map(|c| (r, c)).collect()).collect();
    let columns: Vec<(Vec<Cell>, Option<bool>)> = (0..width)
        .map(|c| {
            let line = (0..cells.len()).filter(|&r| c < cells[r].len()).map(|r| (r, c)).collect();
            // Some(need_one), or None where the column's sum is not known and needs nothing.
            let rule = if c + 1 == width {
                (grand >= SUPPRESS_BELOW).then_some(false)
            } else {
                Some(months_hidden.get(c).copied().unwrap_or(false))
            };
            (line, rule)
        })
        .collect();
    loop {
        let pick = rows.iter().find_map(|line| next_to_hide(cells, &hidden, line, false)).or_else(|| {
            columns.iter().find_map(|(line, rule)| {
                rule.and_then(|need_one| next_to_hide(cells, &hidden, line, need_one))
            })
        });
        match pick {
            Some((r, c)) => hidden[r][c] = true,
            None => return hidden,
        }
    }
}

/// One row of a figures table: a value of a dimension, its count per month and in total.
#[derive(Debug, Clone, Serialize)]
pub struct FigureRow {
    /// The value's code (`15-17`, `female`, `SDN`, …).
    pub value: String,
    /// Per month, as published ([`HIDDEN`] for a hidden cell).
    pub months: Vec<String>,
    /// All months, as published.
    pub total: String,
    /// The total for charts: 0 when hidden, so a chart never reveals a small cell.
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

/// One case as the figures count it: the month it counts in and its value in each of
/// [`DIMENSIONS`]. A case HQ holds and a case only counted (its anonymous record) are both this.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    /// `YYYY-MM`, or `unknown`.
    pub month: String,
    /// Values in the order of [`DIMENSIONS`].
    pub values: [String; 6],
}

/// What an anonymous record does not say (nationality, accompaniment).
pub const WITHHELD: &str = "withheld";

fn risk_value(level: RiskLevel) -> String {
    if level >= RiskLevel::Medium { "flagged" } else { "not_flagged" }.into()
}

/// The nationality a case counts under: its first nationality's ISO 3166-1 code, `unlisted`
/// for one written as anything else (free text could name a person), `unknown` for none.
fn nationality_value(nationalities: &[String]) -> String {
    nationalities.first().map_or_else(
        || "unknown".into(),
        |n| waypoint_case::nationality::iso_code(n).unwrap_or(UNLISTED).to_owned(),
    )
}

/// A nationality written as something other than an ISO 3166-1 code.
pub const UNLISTED: &str = "unlisted";

impl Counted {
    /// A case HQ holds.
    pub fn case(e: &CaseEntry) -> Self {
        let r = &e.case.registration;
        let month = figures::month_met(&e.case)
            .map_or_else(|| "unknown".into(), |d| d.to_string().chars().take(7).collect());
        let nationality = nationality_value(&r.nationalities);
        let accompaniment = match r.accompaniment.status {
            Some(AccompanimentStatus::Unaccompanied) => "unaccompanied",
            Some(AccompanimentStatus::Separated) => "separated",
            Some(AccompanimentStatus::Accompanied) => "accompanied",
            None => "unknown",
        };
        Self {
            month,
            values: [
                e.summary.age_band.clone(),
                figures::sex_code(r.sex).into(),
                nationality,
                accompaniment.into(),
                risk_value(e.risk.level),
                e.site.clone(),
            ],
        }
    }

    /// A case HQ may not hold, counted from its anonymous record for `site`.
    pub fn anonymous(site: &str, r: &AnonymousRecord) -> Self {
        Self {
            month: r.month_label(),
            values: [
                r.age_band_label().into(),
                r.sex_label().into(),
                WITHHELD.into(),
                WITHHELD.into(),
                risk_value(r.risk_level()),
                site.into(),
            ],
        }
    }
}

/// Counts cases by each dimension and month, then suppresses small cells.
pub fn figures(cases: impl Iterator<Item = Counted>) -> Figures {
    let mut counts: BTreeMap<(&str, String, String), u64> = BTreeMap::new();
    let mut months = BTreeSet::new();
    let mut total = 0;
    for c in cases {
        total += 1;
        months.insert(c.month.clone());
        for (dim, value) in DIMENSIONS.into_iter().zip(c.values) {
            *counts.entry((dim, value, c.month.clone())).or_default() += 1;
        }
    }
    let months: Vec<String> = months.into_iter().collect();
    let month_totals: Vec<u64> = months
        .iter()
        .map(|m| {
            counts.iter().filter(|((d, _, month), _)| *d == DIMENSIONS[0] && month == m).map(|(_, n)| n).sum()
        })
        .collect();
    let months_hidden = suppress_months(&month_totals);
    let tables = DIMENSIONS
        .iter()
        .map(|&dim| {
            let values: BTreeSet<&String> =
                counts.keys().filter(|(d, _, _)| *d == dim).map(|(_, v, _)| v).collect();
            // Each row: its counts per month, then its total.
            let cells: Vec<Vec<u64>> = values
                .iter()
                .map(|&v| {
                    let mut row: Vec<u64> = months
                        .iter()
                        .map(|m| counts.get(&(dim, v.clone(), m.clone())).copied().unwrap_or(0))
                        .collect();
                    row.push(row.iter().sum());
                    row
                })
                .collect();
            let hidden = suppress(&cells, &months_hidden);
            let shown = |n: u64, hidden: bool| if hidden { HIDDEN.to_owned() } else { n.to_string() };
            let rows = values
                .into_iter()
                .zip(cells.iter().zip(&hidden))
                // A row that shows no count but zeros and hidden cells would still say, by its
                // label, that such a case exists: it is not listed.
                .filter(|(_, (row, hide))| row.iter().zip(hide.iter()).any(|(&n, &h)| n > 0 && !h))
                .map(|(v, (row, hide))| {
                    let (per, sum) = row.split_at(row.len() - 1);
                    let total_hidden = hide[row.len() - 1];
                    FigureRow {
                        value: v.clone(),
                        months: per.iter().zip(hide).map(|(&n, &h)| shown(n, h)).collect(),
                        total: shown(sum[0], total_hidden),
                        chart: if total_hidden { 0 } else { sum[0] },
                    }
                })
                .collect();
            FigureTable { dimension: dim, rows }
        })
        .collect();
    Figures { months, total: published(total), tables }
}

/// The figures as CSV: `dimension,value,month,count` (count as published), then totals with
/// month `all`. It starts with a byte-order mark, so that a spreadsheet reads Arabic or Ge'ez
/// values as UTF-8, and no cell starts as a formula.
pub fn figures_csv(f: &Figures) -> String {
    let mut out = String::from("\u{feff}dimension,value,month,count\n");
    for t in &f.tables {
        for r in &t.rows {
            let value = csv_cell(&r.value);
            for (m, c) in f.months.iter().zip(&r.months) {
                out.push_str(&format!("{},{value},{m},{c}\n", t.dimension));
            }
            out.push_str(&format!("{},{value},all,{}\n", t.dimension, r.total));
        }
    }
    out
}

/// One CSV cell. A value that a spreadsheet would run as a formula (it starts with `=`, `+`,
/// `-`, `@`, their full-width forms, a tab or a carriage return; values come from what devices
/// recorded) gets a leading `'`; a value with a comma, quote or line break is quoted.
fn csv_cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) { format!("\"{}\"", value.replace('"', "\"\"")) } else { value }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_from_hqs_own_device_is_hqs_and_an_unknown_device_is_not() {
        let hq = super::super::records::hq_device("border-north");
        assert_eq!(Sender::of(hq, Some("border-north".into())), Sender::Hq);
        let device = DeviceKey([7; 16]);
        assert_eq!(
            Sender::of(device, Some("border-north".into())),
            Sender::Device { device: hex::encode([7; 16]), site: "border-north".into() }
        );
        assert_eq!(Sender::of(device, None), Sender::Unknown, "not 'made at headquarters'");
    }

    #[test]
    fn no_csv_cell_starts_as_a_formula_and_the_file_says_it_is_utf8() {
        assert_eq!(csv_cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        for formula in ["+1", "-1+2", "@SUM(A1)", "\tx", "\rx", "＝1+1", "＋1", "－1", "＠SUM(A1)"] {
            assert!(csv_cell(formula).trim_start_matches('"').starts_with('\''), "{formula:?}");
        }
        assert_eq!(csv_cell("Eritrea"), "Eritrea");
        assert_eq!(csv_cell("ኤርትራ"), "ኤርትራ");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        let empty = Figures { months: Vec::new(), total: "0".into(), tables: Vec::new() };
        assert!(figures_csv(&empty).starts_with("\u{feff}dimension,"));
    }

    #[test]
    fn tracing_at_hq_needs_the_seekers_consent_as_well_as_the_candidates() {
        use waypoint_model::{
            BirthDate, CaseId, Consent, ConsentDecision, ConsentGiver, ConsentPurpose, EntryId, NameKind,
            PersonName, Recorded, ShortCode, SiteId, SoughtPerson, UserId,
        };
        let now = Timestamp(1_780_000_000_000);
        let by = UserId::new("officer-amina");
        let name = |text: &str, kind| {
            PersonName::new(EntryId::generate(), text, "Latn", kind, Recorded::new(&by, Timestamp(1)))
        };
        let tracing = |decision| Consent {
            id: EntryId::generate(),
            purpose: ConsentPurpose::FamilyTracing,
            decision,
            given_by: ConsentGiver::Person,
            language: None,
            interpreter: None,
            at: Timestamp(2),
            recorded: Recorded::new(&by, Timestamp(2)),
        };
        let open = |id: &str| {
            Case::open(
                CaseId::new(id),
                ShortCode::new("KX7-4QM"),
                SiteId::new("border-north"),
                &by,
                Timestamp(1),
            )
        };
        let mut son = open("0190f5a4-2c3b-7d4e-8f00-000000000001");
        son.registration.names = vec![name("Mohamed", NameKind::Given), name("Hassan", NameKind::Family)];
        son.registration.birth = BirthDate::Approximate { year: 2011, month: None };
        son.consents.push(tracing(ConsentDecision::Given));
        let mut mother = open("0190f5a4-2c3b-7d4e-8f00-000000000002");
        mother.tracing.sought_persons.push(SoughtPerson {
            id: EntryId::generate(),
            names: vec![name("Mohamed", NameKind::Given), name("Hassan", NameKind::Family)],
            relationship: "son".into(),
            sex: None,
            birth: BirthDate::Approximate { year: 2011, month: None },
            last_seen_place: None,
            last_seen_date: None,
            contacts: Vec::new(),
            recorded: Recorded::new(&by, Timestamp(1)),
        });
        let entry = |case: &Case, key: u8| {
            let mut doc = CaseDoc::create(case, ActorId::random(), &by, Timestamp(1)).expect("doc");
            let am = Automerge::load(&doc.save()).expect("load");
            read_entry(CaseKey([key; 16]), "border-north".into(), Vec::new(), &am, now).expect("entry")
        };
        let found = |mother: &Case| matches(&[&entry(&son, 1), &entry(mother, 2)], now).len();
        assert_eq!(found(&mother), 0, "the mother has not agreed to tracing: her search is not run");
        mother.consents.push(tracing(ConsentDecision::Given));
        assert_eq!(found(&mother), 1, "with her consent, her son is found");
        mother.consents.push(Consent { at: Timestamp(3), ..tracing(ConsentDecision::Withdrawn) });
        assert_eq!(found(&mother), 0, "withdrawn: no longer");
    }

    #[test]
    fn nationalities_count_only_as_iso_codes() {
        assert_eq!(nationality_value(&["sd".into(), "ER".into()]), "SDN");
        assert_eq!(nationality_value(&["Hiwet's village".into()]), UNLISTED);
        assert_eq!(nationality_value(&[]), "unknown");
    }

    #[test]
    fn a_row_whose_every_cell_is_hidden_is_not_listed() {
        let case = |month: &str, nationality: &str| Counted {
            month: month.into(),
            values: ["15-17", "female", nationality, "unknown", "not_flagged", "border-north"]
                .map(String::from),
        };
        let cases = ["2026-10", "2026-11"]
            .into_iter()
            .flat_map(|m| (0..15).map(move |_| case(m, "SDN")).chain((0..12).map(move |_| case(m, "ERI"))))
            .chain((0..2).map(|_| case("2026-11", "SOM")));
        let f = figures(cases);
        let nationality = f.tables.iter().find(|t| t.dimension == "nationality").expect("a table");
        assert!(
            !nationality.rows.iter().any(|r| r.value == "SOM"),
            "two Somalis are not given away by a row of x"
        );
        assert!(
            nationality.rows.iter().all(|r| r
                .months
                .iter()
                .chain([&r.total])
                .any(|c| c != HIDDEN && c != "0"))
        );
        assert!(!nationality.rows.is_empty());
        assert_eq!(f.total, "56");
    }

    #[test]
    fn small_cells_are_suppressed() {
        assert_eq!(published(0), "0");
        assert_eq!(published(1), "x");
        assert_eq!(published(4), "x");
        assert_eq!(published(5), "5");
    }

    /// Nothing hidden can be worked out: no row hides exactly one cell, nor a column whose sum
    /// is known; a column whose month total is hidden hides at least one.
    fn safe(cells: &[Vec<u64>], hidden: &[Vec<bool>], months_hidden: &[bool]) -> bool {
        let rows = hidden.iter().all(|r| r.iter().filter(|&&h| h).count() != 1);
        let width = hidden.first().map_or(0, Vec::len);
        let grand: u64 = cells.iter().filter_map(|r| r.last()).sum();
        let columns = (0..width).all(|c| {
            let n = hidden.iter().filter(|r| r[c]).count();
            if c + 1 == width {
                grand < SUPPRESS_BELOW || n != 1
            } else if months_hidden[c] {
                n >= 1
            } else {
                n != 1
            }
        });
        rows && columns
    }

    fn with_totals(rows: Vec<Vec<u64>>) -> (Vec<Vec<u64>>, Vec<bool>) {
        let months = rows.first().map_or(0, Vec::len);
        let month_totals: Vec<u64> = (0..months).map(|c| rows.iter().map(|r| r[c]).sum()).collect();
        let cells = rows
            .into_iter()
            .map(|mut r| {
                r.push(r.iter().sum());
                r
            })
            .collect();
        (cells, suppress_months(&month_totals))
    }

    #[test]
    fn a_small_cell_is_not_left_alone_in_its_row_or_column() {
        // Months 1..3 (then the row's total); 3 is small.
        let (cells, months_hidden) = with_totals(vec![vec![3, 10, 12], vec![7, 8, 20]]);
        assert_eq!(months_hidden, vec![false; 3]);
        let hidden = suppress(&cells, &months_hidden);
        // Row 0 alone would give 3 = 25 - 10 - 12; the month alone 3 = 10 - 7.
        assert_eq!(hidden, vec![vec![true, true, false, false], vec![true, true, false, false]]);
        assert!(safe(&cells, &hidden, &months_hidden));
    }

    #[test]
    fn nothing_is_hidden_without_a_small_cell() {
        let (cells, months_hidden) = with_totals(vec![vec![5, 9], vec![6, 0]]);
        assert!(suppress(&cells, &months_hidden).iter().flatten().all(|&h| !h));
    }

    #[test]
    fn a_small_month_is_protected_in_a_table_of_one_row() {
        // One site: the table is the month totals; January's 1 would be the grand total less
        // the other months, so a second month is hidden with it, here and in the margin.
        let (cells, months_hidden) = with_totals(vec![vec![1, 10, 36, 8, 0]]);
        assert_eq!(months_hidden, vec![true, false, false, true, false]);
        let hidden = suppress(&cells, &months_hidden);
        assert_eq!(hidden, vec![vec![true, false, false, true, false, false]]);
        assert!(safe(&cells, &hidden, &months_hidden));
        // Another table where month 4 would show its total (8 = 0 + 8) hides a cell there.
        let (other, _) = with_totals(vec![vec![0, 6, 30, 0, 0], vec![1, 4, 6, 8, 0]]);
        let hidden = suppress(&other, &months_hidden);
        assert!(hidden.iter().any(|r| r[3]), "{hidden:?}");
        assert!(safe(&other, &hidden, &months_hidden));
    }

    #[test]
    fn random_tables_hide_every_small_cell_and_leave_none_to_subtraction() {
        let mut seed: u64 = 0x5eed_cafe;
        let mut next = move |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        for _ in 0..2_000 {
            let (rows, months) = (1 + next(6) as usize, 1 + next(8) as usize);
            let table: Vec<Vec<u64>> = (0..rows)
                .map(|_| (0..months).map(|_| if next(3) == 0 { next(5) } else { next(40) }).collect())
                .collect();
            let (cells, months_hidden) = with_totals(table);
            let hidden = suppress(&cells, &months_hidden);
            for (row, hide) in cells.iter().zip(&hidden) {
                for (&n, &h) in row.iter().zip(hide) {
                    assert!(h || n == 0 || n >= SUPPRESS_BELOW, "{cells:?}");
                }
            }
            assert!(safe(&cells, &hidden, &months_hidden), "{cells:?} -> {hidden:?}");
        }
    }
}
