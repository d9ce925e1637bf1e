//! A synthetic population for tracing benchmarks, and sought-person queries labelled with the
//! persons they describe.
//!
//! Names come from `data/name-variants.tsv`: groups of real-world spellings of one name across
//! scripts, written from knowledge of how names are spelled in passports and registrations,
//! not by the matcher's rules. A person's record uses one spelling of each part; a query for
//! them uses other spellings, so that a benchmark measures transliteration variants the
//! matcher was not built from. Whether a record answers a query is decided here from the
//! group ids, never by the matcher.

use std::collections::HashMap;

use rand::Rng;
use rand::seq::SliceRandom;

/// Which labelled set of spellings a population is drawn from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VariantSet {
    /// `data/name-variants.tsv`: used while the matcher was developed (its error classes were
    /// studied), so figures on it are optimistic.
    Tuning,
    /// `data/name-variants-heldout.tsv`: other names, written separately and never used to
    /// change the matcher; the honest figures come from this one.
    HeldOut,
}

impl VariantSet {
    fn text(self) -> (&'static str, &'static str) {
        match self {
            Self::Tuning => ("name-variants.tsv", include_str!("../data/name-variants.tsv")),
            Self::HeldOut => ("name-variants-heldout.tsv", include_str!("../data/name-variants-heldout.tsv")),
        }
    }
}

/// Whether a name group is a given name or a family (clan, patronymic) name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKindTag {
    /// A given name.
    Given,
    /// A family name.
    Family,
}

/// Spellings of one name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameGroup {
    /// Stable id (`g-mohammed`).
    pub id: String,
    /// Naming region.
    pub region: String,
    /// `m`, `f` or `u`.
    pub sex: char,
    /// Given or family.
    pub kind: NameKindTag,
    /// Every spelling of the name.
    pub spellings: Vec<String>,
}

/// Reads the name groups of `set`; a line that cannot be read is an error naming it.
pub fn name_groups(set: VariantSet) -> Result<Vec<NameGroup>, String> {
    let (file, text) = set.text();
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [id, region, sex, kind, spellings] = fields[..] else {
            return Err(format!("{file} line {}: expected 5 fields", i + 1));
        };
        let kind = match kind {
            "given" => NameKindTag::Given,
            "family" => NameKindTag::Family,
            other => return Err(format!("{file} line {}: kind {other}", i + 1)),
        };
        let sex = sex.chars().next().filter(|c| "mfu".contains(*c));
        let Some(sex) = sex else { return Err(format!("{file} line {}: sex", i + 1)) };
        let spellings: Vec<String> =
            spellings.split('|').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect();
        if spellings.len() < 2 {
            return Err(format!("{file} line {}: fewer than two spellings", i + 1));
        }
        out.push(NameGroup { id: id.to_owned(), region: region.to_owned(), sex, kind, spellings });
    }
    Ok(out)
}

/// How a region names people, and where its people come from.
struct Region {
    name: &'static str,
    /// Share of the population (per mille).
    weight: u32,
    /// Name parts after the given name: father's (and grandfather's) given names, or a family
    /// name.
    pattern: &'static [Part],
    nationalities: &'static [&'static str],
    languages: &'static [&'static str],
    places: &'static [&'static [&'static str]],
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Father,
    Grandfather,
    Family,
}

const REGIONS: &[Region] = &[
    Region {
        name: "arab",
        weight: 300,
        pattern: &[Part::Father, Part::Grandfather, Part::Family],
        nationalities: &["SY", "IQ", "SD", "YE", "EG", "LY", "PS"],
        languages: &["ar"],
        places: &[
            &["Khartoum", "الخرطوم"],
            &["Aleppo", "Halab", "حلب"],
            &["Mosul", "الموصل"],
            &["Benghazi", "بنغازي"],
        ],
    },
    Region {
        name: "somali",
        weight: 120,
        pattern: &[Part::Father, Part::Grandfather],
        nationalities: &["SO"],
        languages: &["so"],
        places: &[&["Mogadishu", "Muqdisho"], &["Hargeisa", "Hargeysa"], &["Kismayo", "Kismaayo"]],
    },
    Region {
        name: "eritrea-ethiopia",
        weight: 150,
        pattern: &[Part::Father, Part::Grandfather],
        nationalities: &["ER", "ET"],
        languages: &["ti", "am"],
        places: &[&["Asmara", "አስመራ"], &["Mekelle", "Mekele", "መቐለ"], &["Gondar", "Gonder", "ጎንደር"]],
    },
    Region {
        name: "afghan-iran",
        weight: 150,
        pattern: &[Part::Father, Part::Family],
        nationalities: &["AF", "IR"],
        languages: &["fa", "ps"],
        places: &[&["Kabul", "کابل"], &["Herat", "هرات"], &["Kandahar", "Qandahar", "کندهار"]],
    },
    Region {
        name: "pakistan",
        weight: 50,
        pattern: &[Part::Father, Part::Family],
        nationalities: &["PK"],
        languages: &["ur"],
        places: &[&["Karachi", "کراچی"], &["Quetta", "کوئٹہ"]],
    },
    Region {
        name: "ukraine-russia",
        weight: 120,
        pattern: &[Part::Family],
        nationalities: &["UA"],
        languages: &["uk", "ru"],
        places: &[
            &["Kharkiv", "Kharkov", "Харків"],
            &["Mariupol", "Маріуполь"],
            &["Odesa", "Odessa", "Одеса"],
        ],
    },
    Region {
        name: "west-africa",
        weight: 60,
        pattern: &[Part::Father, Part::Family],
        nationalities: &["GN", "ML", "SN", "CI"],
        languages: &["fr", "ff"],
        places: &[&["Conakry", "Konakry"], &["Bamako"], &["Dakar"]],
    },
    Region {
        name: "latin-america",
        weight: 30,
        pattern: &[Part::Family, Part::Family],
        nationalities: &["VE", "CO", "HN"],
        languages: &["es"],
        places: &[&["Caracas"], &["Cúcuta", "Cucuta"]],
    },
    Region {
        name: "turkey",
        weight: 20,
        pattern: &[Part::Father, Part::Family],
        nationalities: &["TR"],
        languages: &["tr"],
        places: &[&["Gaziantep", "Antep"], &["İstanbul", "Istanbul"]],
    },
];

/// One synthetic person as registered at some site.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Name groups of the parts, given name first.
    pub groups: Vec<u32>,
    /// The registered spelling of the full name.
    pub name: String,
    /// `true` for female.
    pub female: bool,
    /// True year of birth.
    pub birth_year: i32,
    /// Birth years as recorded (assessed or stated).
    pub born: (i32, i32),
    /// Nationality.
    pub nationality: &'static str,
    /// Languages spoken.
    pub languages: Vec<&'static str>,
    /// Places recorded (where met, places of the journey).
    pub places: Vec<String>,
    /// Day of registration (days since 1970-01-01).
    pub registered: i64,
}

/// A description of a person given by a relative, and the persons it truly describes.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    /// The person the relative is looking for.
    pub target: u32,
    /// Their name as the relative spells it (other spellings, maybe fewer parts).
    pub name: String,
    /// Sex, if given.
    pub female: Option<bool>,
    /// Birth years the relative's age estimate allows.
    pub born: Option<(i32, i32)>,
    /// Nationality, if given.
    pub nationality: Option<&'static str>,
    /// Language, if given.
    pub language: Option<&'static str>,
    /// Place last seen, if given.
    pub place: Option<String>,
    /// Day last seen.
    pub last_seen: Option<i64>,
    /// Group ids of the parts given.
    pub groups: Vec<u32>,
}

/// A population of persons and the name groups they are drawn from.
pub struct Population {
    /// Name groups, indexed by the ids in [`Person::groups`].
    pub groups: Vec<NameGroup>,
    /// Everyone.
    pub persons: Vec<Person>,
}

/// Years by which a recorded age range and a relative's estimate may miss each other and still
/// describe one person.
pub const AGE_TOLERANCE: i32 = 2;

/// Today, for ages: 2026-06-01 as days since the epoch.
const TODAY: i64 = 20_605;

impl Population {
    /// `size` persons with names from `set`, drawn with `rng`.
    pub fn generate<R: Rng>(rng: &mut R, size: usize, set: VariantSet) -> Result<Self, String> {
        let groups = name_groups(set)?;
        // Region → sex/kind → group indexes.
        let mut pools: HashMap<(&str, char, NameKindTag), Vec<u32>> = HashMap::new();
        for (i, g) in groups.iter().enumerate() {
            let i = u32::try_from(i).map_err(|_| "too many name groups".to_owned())?;
            pools.entry((g.region.as_str(), g.sex, g.kind)).or_default().push(i);
        }
        let total: u32 = REGIONS.iter().map(|r| r.weight).sum();
        let mut persons = Vec::with_capacity(size);
        while persons.len() < size {
            let mut pick = rng.gen_range(0..total);
            let Some(region) = REGIONS.iter().find(|r| {
                let hit = pick < r.weight;
                pick = pick.saturating_sub(r.weight);
                hit
            }) else {
                continue;
            };
            let female = rng.gen_bool(0.45);
            let own = pools.get(&(region.name, if female { 'f' } else { 'm' }, NameKindTag::Given));
            let men = pools.get(&(region.name, 'm', NameKindTag::Given));
            let families = pools.get(&(region.name, 'u', NameKindTag::Family));
            let (Some(own), Some(men)) = (own, men) else { continue };
            let Some(&given) = own.choose(rng) else { continue };
            let mut parts = vec![given];
            for part in region.pattern {
                let pool = match part {
                    // Patronymic regions also use their common "family" names as fathers'.
                    Part::Father | Part::Grandfather => men,
                    Part::Family => match families {
                        Some(f) => f,
                        None => men,
                    },
                };
                if let Some(&g) = pool.choose(rng) {
                    parts.push(g);
                }
            }
            let birth_year = 1950 + rng.gen_range(0..76);
            let age = 2026 - birth_year;
            // Children's ages are assessed closely, adults' loosely.
            let spread = if age < 18 { rng.gen_range(0..=1) } else { rng.gen_range(1..=4) };
            let born = (birth_year - spread, birth_year + rng.gen_range(0..=spread));
            // One script per record: a site writes every part in the same script.
            let name = spell(&groups, &parts, rng, None);
            let mut places = Vec::new();
            if rng.gen_bool(0.5)
                && let Some(place) = region.places.choose(rng).and_then(|p| p.choose(rng))
            {
                places.push((*place).to_owned());
            }
            let mut languages: Vec<&'static str> =
                region.languages.choose(rng).copied().into_iter().collect();
            if rng.gen_bool(0.3) {
                languages.push("en");
            }
            persons.push(Person {
                groups: parts,
                name,
                female,
                birth_year,
                born,
                nationality: region.nationalities.choose(rng).copied().unwrap_or("XX"),
                languages,
                places,
                registered: TODAY - rng.gen_range(0..3 * 365),
            });
        }
        Ok(Self { groups, persons })
    }

    /// `count` queries for randomly chosen persons, as relatives would give them: other
    /// spellings (often another script), sometimes fewer parts or another order, an estimated
    /// age, and some of the other facts.
    pub fn queries<R: Rng>(&self, rng: &mut R, count: usize) -> Vec<Query> {
        let mut out = Vec::with_capacity(count);
        while out.len() < count && !self.persons.is_empty() {
            let target = rng.gen_range(0..self.persons.len());
            let person = &self.persons[target];
            let mut groups = person.groups.clone();
            // Relatives often give only the given and the last name.
            if groups.len() > 2 && rng.gen_bool(0.3) {
                groups.remove(1);
            }
            let mut name_groups = groups.clone();
            if rng.gen_bool(0.15) {
                name_groups.reverse();
            }
            let name = spell(&self.groups, &name_groups, rng, Some(&person.name));
            let region = REGIONS.iter().find(|r| {
                person
                    .groups
                    .first()
                    .and_then(|g| self.groups.get(*g as usize))
                    .is_some_and(|g| g.region == r.name)
            });
            // The relative's estimate is off by a year or two, and says so: the true year is
            // always inside the range they give.
            let width = rng.gen_range(1..=3);
            let estimate = person.birth_year + rng.gen_range(-width..=width);
            out.push(Query {
                target: u32::try_from(target).unwrap_or(u32::MAX),
                name,
                female: rng.gen_bool(0.9).then_some(person.female),
                born: rng.gen_bool(0.9).then_some((estimate - width, estimate + width)),
                nationality: rng.gen_bool(0.7).then_some(person.nationality),
                language: if rng.gen_bool(0.5) { person.languages.first().copied() } else { None },
                place: region
                    .filter(|_| rng.gen_bool(0.4))
                    .and_then(|r| r.places.choose(rng))
                    .and_then(|p| p.choose(rng))
                    .map(|p| (*p).to_owned()),
                last_seen: rng.gen_bool(0.6).then(|| person.registered - rng.gen_range(30..400)),
                groups,
            });
        }
        out
    }

    /// Whether `person` fits everything `query` says: each name part given is one of theirs
    /// (by group, not spelling), the sex agrees, and the recorded birth years are within
    /// [`AGE_TOLERANCE`] years of the relative's estimate (ages are estimates on both sides).
    /// Every such person is a right answer: no software can tell namesakes apart from a
    /// description alone, and a caseworker must see them all.
    pub fn fits(&self, query: &Query, person: &Person) -> bool {
        let mut remaining = person.groups.clone();
        for g in &query.groups {
            match remaining.iter().position(|r| r == g) {
                Some(i) => {
                    remaining.swap_remove(i);
                }
                None => return false,
            }
        }
        query.female.is_none_or(|f| f == person.female)
            && query
                .born
                .is_none_or(|(a, b)| person.born.0 <= b + AGE_TOLERANCE && a - AGE_TOLERANCE <= person.born.1)
    }
}

/// A full name from `parts`, one spelling per part. The record's script is kept across parts
/// where every part has a spelling in it; `avoid` is a spelling of the same person not to
/// repeat (a query uses other spellings than the record).
fn spell<R: Rng>(groups: &[NameGroup], parts: &[u32], rng: &mut R, avoid: Option<&str>) -> String {
    let script = |s: &str| s.chars().find(|c| c.is_alphabetic()).map(script_class).unwrap_or(0);
    let avoided: Vec<&str> = avoid.map(|a| a.split(' ').collect()).unwrap_or_default();
    // Choose the script from the given name's spellings, then spell each part in it if it can.
    let Some(first) = parts.first().and_then(|g| groups.get(*g as usize)) else { return String::new() };
    let first_choices: Vec<&String> =
        first.spellings.iter().filter(|s| !avoided.contains(&s.as_str())).collect();
    let chosen_script = first_choices.choose(rng).map_or(0, |s| script(s));
    let mut words = Vec::new();
    for g in parts {
        let Some(group) = groups.get(*g as usize) else { continue };
        let fresh: Vec<&String> = group.spellings.iter().filter(|s| !avoided.contains(&s.as_str())).collect();
        let pool = if fresh.is_empty() { group.spellings.iter().collect() } else { fresh };
        let same_script: Vec<&String> = pool.iter().copied().filter(|s| script(s) == chosen_script).collect();
        let pick = if same_script.is_empty() { pool.choose(rng) } else { same_script.choose(rng) };
        if let Some(word) = pick {
            words.push(word.as_str());
        }
    }
    words.join(" ")
}

/// A coarse script class of a letter: 0 Latin, 1 Arabic, 2 Cyrillic, 3 Ethiopic, 4 other.
fn script_class(c: char) -> u8 {
    match c {
        '\u{0600}'..='\u{08FF}' | '\u{FB50}'..='\u{FEFF}' => 1,
        '\u{0400}'..='\u{052F}' => 2,
        '\u{1200}'..='\u{139F}' | '\u{2D80}'..='\u{2DDF}' => 3,
        c if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => 0,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    #[test]
    fn the_variant_files_are_read_whole_and_share_no_spelling() {
        let tuning = name_groups(VariantSet::Tuning).expect("readable");
        let held_out = name_groups(VariantSet::HeldOut).expect("readable");
        for groups in [&tuning, &held_out] {
            assert!(groups.len() >= 150, "{} groups", groups.len());
            let mut ids: Vec<&str> = groups.iter().map(|g| g.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), groups.len(), "group ids are unique");
        }
        let seen: std::collections::HashSet<String> =
            tuning.iter().flat_map(|g| g.spellings.iter().map(|s| s.to_lowercase())).collect();
        for g in &held_out {
            for spelling in &g.spellings {
                assert!(!seen.contains(&spelling.to_lowercase()), "{spelling} is in both sets");
            }
        }
    }

    #[test]
    fn a_seed_gives_one_population_and_queries_describe_their_target() {
        let a = Population::generate(&mut StdRng::seed_from_u64(7), 2_000, VariantSet::Tuning)
            .expect("population");
        let b = Population::generate(&mut StdRng::seed_from_u64(7), 2_000, VariantSet::Tuning)
            .expect("population");
        assert_eq!(a.persons, b.persons);
        let queries = a.queries(&mut StdRng::seed_from_u64(8), 200);
        for q in &queries {
            let target = &a.persons[q.target as usize];
            assert!(a.fits(q, target), "{q:?} does not fit {target:?}");
        }
        let changed = queries.iter().filter(|q| q.name != a.persons[q.target as usize].name).count();
        assert!(changed > 190, "queries use other spellings ({changed} of 200)");
    }
}
