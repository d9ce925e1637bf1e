//! The `case_index` projection and name search across scripts.
//!
//! Every name is indexed under its normalised form (original script) and its Latin key in an
//! FTS5 trigram index, and under a phonetic key per token. A query gathers candidates from both
//! and ranks them by name similarity, so `محمد`, `Mohammed` and `Мухаммад` find each other.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::StoreError;
use waypoint_case::{CaseReading, CaseSummary};

/// A search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SearchHit {
    /// Similarity of the best-matching name (0..=1).
    pub score: f64,
    /// The case.
    pub case: CaseSummary,
}

const SUMMARY_COLUMNS: &str =
    "case_id, code, site, status, age_band, child, sex, risk, flags, display_name, conflicts, updated";

fn summary_from_row(r: &Row<'_>) -> rusqlite::Result<CaseSummary> {
    Ok(CaseSummary {
        case_id: r.get(0)?,
        code: r.get(1)?,
        site: r.get(2)?,
        status: r.get(3)?,
        age_band: r.get(4)?,
        child: r.get(5)?,
        sex: r.get(6)?,
        risk: r.get(7)?,
        flags: r.get(8)?,
        display_name: r.get(9)?,
        conflicts: r.get(10)?,
        updated: r.get(11)?,
    })
}

/// Whether the names of the case differ from what is indexed (re-indexing is skipped if not).
pub(crate) fn names_changed(conn: &Connection, p: &CaseReading) -> Result<bool, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT text FROM case_names WHERE case_id = ?1 ORDER BY text")?;
    let indexed: Vec<String> =
        stmt.query_map([&p.summary.case_id], |r| r.get(0))?.collect::<Result<_, _>>()?;
    Ok(indexed != p.names)
}

/// Writes the projection of one case (inside the caller's transaction).
pub(crate) fn write_projection(
    conn: &Connection,
    p: &CaseReading,
    reindex_names: bool,
) -> Result<(), StoreError> {
    let s = &p.summary;
    conn.prepare_cached(
        "INSERT INTO case_index (case_id, code, site, status, age_band, child, sex, risk, flags, display_name, conflicts, opened, updated)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
         ON CONFLICT (case_id) DO UPDATE SET code = excluded.code, site = excluded.site, status = excluded.status,
           age_band = excluded.age_band, child = excluded.child, sex = excluded.sex, risk = excluded.risk,
           flags = excluded.flags, display_name = excluded.display_name, conflicts = excluded.conflicts,
           updated = excluded.updated",
    )?
    .execute(params![
        s.case_id, s.code, s.site, s.status, s.age_band, s.child, s.sex, s.risk, s.flags, s.display_name,
        s.conflicts, p.opened, s.updated
    ])?;
    crate::figures::keep(conn, &s.case_id, p.withheld_from_hq.as_ref())?;
    match &p.tracing_profile {
        Some(profile) => {
            let json = serde_json::to_string(profile).map_err(|_| StoreError::Internal)?;
            conn.prepare_cached(
                "INSERT INTO tracing_profiles (case_id, profile) VALUES (?1, ?2)
                 ON CONFLICT (case_id) DO UPDATE SET profile = excluded.profile
                 WHERE profile <> excluded.profile",
            )?
            .execute(params![s.case_id, json])?
        }
        None => {
            conn.prepare_cached("DELETE FROM tracing_profiles WHERE case_id = ?1")?.execute([&s.case_id])?
        }
    };
    if !reindex_names {
        return Ok(());
    }
    conn.prepare_cached(
        "DELETE FROM name_trigrams WHERE rowid IN (SELECT id FROM case_names WHERE case_id = ?1)",
    )?
    .execute([&s.case_id])?;
    conn.prepare_cached("DELETE FROM case_names WHERE case_id = ?1")?.execute([&s.case_id])?;
    conn.prepare_cached("DELETE FROM name_phonetic WHERE case_id = ?1")?.execute([&s.case_id])?;
    let mut insert_name =
        conn.prepare_cached("INSERT INTO case_names (case_id, text, latin) VALUES (?1, ?2, ?3)")?;
    let mut insert_trigram =
        conn.prepare_cached("INSERT INTO name_trigrams (rowid, normalised, latin) VALUES (?1, ?2, ?3)")?;
    let mut insert_phonetic =
        conn.prepare_cached("INSERT OR IGNORE INTO name_phonetic (key, case_id) VALUES (?1, ?2)")?;
    for name in &p.names {
        let keys = waypoint_matching::search_keys(name);
        insert_name.execute(params![s.case_id, name, keys.latin])?;
        let row = conn.last_insert_rowid();
        insert_trigram.execute(params![row, keys.normalised, keys.latin])?;
    }
    // The keys HQ indexes the case under too (waypoint_case::search::index_keys).
    for key in waypoint_case::search::index_keys(&p.names) {
        insert_phonetic.execute(params![key, s.case_id])?;
    }
    Ok(())
}

/// Which cases a list shows; `None` does not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseListFilter {
    /// Site.
    pub site: Option<String>,
    /// `open`, `transferred`, `closed`.
    pub status: Option<String>,
    /// Risk level code.
    pub risk: Option<String>,
    /// Age band.
    pub age_band: Option<String>,
    /// A flag the case must carry.
    pub flag: Option<String>,
}

/// The most recently changed cases that pass `filter`, filtered in SQL so that a filter finds
/// old cases too, not only among the newest `limit`.
pub(crate) fn list(
    conn: &Connection,
    filter: &CaseListFilter,
    limit: usize,
) -> Result<Vec<CaseSummary>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM case_index
         WHERE (?1 IS NULL OR site = ?1) AND (?2 IS NULL OR status = ?2) AND (?3 IS NULL OR risk = ?3)
           AND (?4 IS NULL OR age_band = ?4) AND (?5 IS NULL OR instr(' ' || flags || ' ', ' ' || ?5 || ' ') > 0)
         ORDER BY updated DESC LIMIT ?6"
    ))?;
    let rows = stmt.query_map(
        rusqlite::params![
            filter.site,
            filter.status,
            filter.risk,
            filter.age_band,
            filter.flag,
            i64::try_from(limit).unwrap_or(i64::MAX)
        ],
        summary_from_row,
    )?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One case's summary.
pub(crate) fn summary(conn: &Connection, case_id: &str) -> Result<Option<CaseSummary>, StoreError> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {SUMMARY_COLUMNS} FROM case_index WHERE case_id = ?1"))?;
    Ok(stmt.query_row([case_id], summary_from_row).optional()?)
}

/// The device's name index, in SQLite: the keys and trigrams `write_projection` wrote, read in
/// the order the search needs (`waypoint_case::search::NameIndex`).
struct SqliteNames<'a>(&'a Connection);

impl waypoint_case::search::NameIndex for SqliteNames<'_> {
    type Error = StoreError;

    fn holders(&mut self, keys: &[String], room: usize) -> Result<Vec<String>, StoreError> {
        if keys.is_empty() || room == 0 {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; keys.len()].join(", ");
        let mut stmt = self.0.prepare_cached(&format!(
            "SELECT case_id FROM name_phonetic WHERE key IN ({marks})
             GROUP BY case_id ORDER BY count(*) DESC, case_id LIMIT {room}"
        ))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(keys), |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn containing(&mut self, fragment: &str, room: usize) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.0.prepare_cached(
            "SELECT DISTINCT n.case_id FROM name_trigrams t JOIN case_names n ON n.id = t.rowid
             WHERE name_trigrams MATCH ?1 ORDER BY n.case_id LIMIT ?2",
        )?;
        // An FTS5 phrase, its quotes doubled.
        let phrase = format!("\"{}\"", fragment.replace('"', "\"\""));
        let rows = stmt.query_map(params![phrase, i64::try_from(room).unwrap_or(i64::MAX)], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn names(&mut self, case: &str) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.0.prepare_cached("SELECT text FROM case_names WHERE case_id = ?1")?;
        let rows = stmt.query_map([case], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Name search across scripts: the candidates, scores and order of `waypoint_case::search`,
/// over this device's index.
pub(crate) fn names(conn: &Connection, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
    let scored = waypoint_case::search::find(&mut SqliteNames(conn), query, limit)?;
    let mut hits = Vec::with_capacity(scored.len());
    for (score, id) in scored {
        if let Some(case) = summary(conn, &id)? {
            hits.push(SearchHit { score, case });
        }
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use waypoint_model::{EntryId, NameKind, PersonName, Recorded, SiteId, Timestamp, UserId};

    use crate::{KdfParams, Store, StoreConfig};

    /// Every stored page of the name index, and the terms its page index keeps, as bytes.
    fn index_pages(store: &Store) -> Vec<Vec<u8>> {
        let mut stmt = store
            .conn
            .prepare("SELECT block FROM name_trigrams_data UNION ALL SELECT term FROM name_trigrams_idx")
            .expect("prepare");
        let rows = stmt.query_map([], |r| r.get::<_, Vec<u8>>(0)).expect("query");
        rows.collect::<Result<_, _>>().expect("rows")
    }

    fn holds(pages: &[Vec<u8>], needle: &[u8]) -> bool {
        pages.iter().any(|p| p.windows(needle.len()).any(|w| w == needle))
    }

    #[test]
    fn an_erased_name_leaves_the_search_index_at_once() {
        let dir = tempfile::tempdir().expect("tmp");
        let user = UserId::new("admin-amina");
        let config = StoreConfig { site: SiteId::new("border-north"), kdf: KdfParams::FAST_INSECURE };
        let mut store =
            Store::create(&dir.path().join("cases.db"), &user, "olive tree by the river", &config)
                .expect("create");
        let name = |text: &str| {
            PersonName::new(
                EntryId::generate(),
                text,
                "Latn",
                NameKind::Given,
                Recorded::new(&user, Timestamp::now()),
            )
        };
        store.create_case(|c| c.registration.names.push(name("Mariam"))).expect("create");
        let gone = store.create_case(|c| c.registration.names.push(name("Qwxzvyk"))).expect("create");
        // The trigrams of the name that the index holds as plain bytes (prefix compression
        // shortens some of the others).
        let trigrams: Vec<&[u8]> = [&b"qwx"[..], b"wxz", b"xzv", b"zvy", b"vyk"]
            .into_iter()
            .filter(|t| holds(&index_pages(&store), t))
            .collect();
        assert!(!trigrams.is_empty(), "the name is in the index before the erasure");
        assert!(store.erase_case(&gone).expect("erase"));
        let pages = index_pages(&store);
        for t in trigrams {
            assert!(!holds(&pages, t), "{} is still in the index's pages", String::from_utf8_lossy(t));
        }
        assert!(holds(&pages, b"mar") || holds(&pages, b"ari"), "the other case's name stays searchable");
    }
}
