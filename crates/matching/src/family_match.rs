//! Scoring a candidate match between a sought person and a registered person, with reasons.
//!
//! Names decide whether two records can be one person at all; the other facts a family gives
//! (sex, age, relationship, where and when the person was last seen, languages, nationality)
//! raise or lower the score. Each fact that counted comes back as a [`Reason`], a message id a
//! caseworker reads in their language, because a tracing match is a judgement a person makes,
//! never one the software makes alone.
//!
//! The weights are log-odds in the spirit of Fellegi–Sunter record linkage: agreement on a
//! fact that rarely agrees by chance adds more than agreement on a common one, and a
//! contradiction subtracts (a record may hold a mistake, so nothing but the name excludes).

use serde::{Deserialize, Serialize};

use crate::normalise::detect_script;
use crate::score::{NameComparison, PreparedName};

/// Sex as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
    /// Another sex or gender identity; matches nothing and contradicts nothing.
    Other,
}

/// The years a person may have been born in, both ends included. Birth years rather than ages,
/// because a sought person's age was given on one date and the record was made on another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BirthYears {
    /// Earliest possible year of birth.
    pub earliest: i32,
    /// Latest possible year of birth.
    pub latest: i32,
}

impl BirthYears {
    /// Years between the ranges (0 when they overlap).
    pub fn gap(&self, other: &BirthYears) -> i32 {
        (other.earliest - self.latest).max(self.earliest - other.latest).max(0)
    }
}

/// How the sought person is related to the person looking for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relationship {
    /// Mother.
    Mother,
    /// Father.
    Father,
    /// Son.
    Son,
    /// Daughter.
    Daughter,
    /// Sister.
    Sister,
    /// Brother.
    Brother,
    /// Husband, wife or partner.
    Spouse,
    /// Grandmother or grandfather.
    Grandparent,
    /// Any other relative or a friend: no constraint on sex or age.
    Other,
}

impl Relationship {
    /// The relationship a stored code stands for (`mother`, `son`, …); unknown codes are
    /// `Other`, so free text from an older template never fails.
    pub fn from_code(code: &str) -> Self {
        match code.trim().to_ascii_lowercase().as_str() {
            "mother" => Self::Mother,
            "father" => Self::Father,
            "son" => Self::Son,
            "daughter" => Self::Daughter,
            "sister" => Self::Sister,
            "brother" => Self::Brother,
            "spouse" | "husband" | "wife" | "partner" => Self::Spouse,
            "grandparent" | "grandmother" | "grandfather" => Self::Grandparent,
            _ => Self::Other,
        }
    }

    /// The sex the relationship implies, if any.
    fn sex(self) -> Option<Sex> {
        match self {
            Self::Mother | Self::Daughter | Self::Sister => Some(Sex::Female),
            Self::Father | Self::Son | Self::Brother => Some(Sex::Male),
            _ => None,
        }
    }

    /// How many years after the seeker the sought person may have been born (min, max).
    fn birth_offset(self) -> Option<(i32, i32)> {
        match self {
            Self::Mother | Self::Father => Some((-60, -12)),
            Self::Grandparent => Some((-100, -30)),
            Self::Son | Self::Daughter => Some((12, 60)),
            Self::Sister | Self::Brother => Some((-25, 25)),
            Self::Spouse => Some((-30, 30)),
            Self::Other => None,
        }
    }
}

/// What is known about one person, as recorded at registration or as given by a relative.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Full names in every spelling and script recorded.
    pub names: Vec<String>,
    /// Sex, if known.
    pub sex: Option<Sex>,
    /// Possible birth years, if any age is known.
    pub born: Option<BirthYears>,
    /// Nationalities (ISO 3166 codes).
    pub nationalities: Vec<String>,
    /// Languages spoken (BCP 47; only the primary subtag is compared).
    pub languages: Vec<String>,
    /// Places: where a registered person was met, or where a sought person was last seen.
    pub places: Vec<String>,
    /// Days since 1970-01-01: when a registered person was registered, or when a sought person
    /// was last seen.
    pub day: Option<i64>,
}

/// A person sought by a relative: their profile, and how they are related to the seeker.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sought {
    /// What the relative said about the sought person.
    pub profile: Profile,
    /// The relationship, if given.
    pub relationship: Option<Relationship>,
    /// The seeker's own birth years, which with the relationship bound the sought person's.
    pub seeker_born: Option<BirthYears>,
}

/// One fact that counted for or against a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// The names are spellings of one name in the same script.
    NamesMatch,
    /// The names are spellings of one name in different scripts.
    NamesMatchAcrossScripts,
    /// The names are close but may be different names.
    NamesSimilar,
    /// Both records give the same sex.
    SexMatches,
    /// The records give different sexes.
    SexDiffers,
    /// The possible birth years overlap.
    AgesOverlap,
    /// The birth years are a few years apart.
    AgesClose,
    /// The birth years are far apart.
    AgesApart,
    /// A nationality in common.
    SameNationality,
    /// Both give nationalities and none is shared.
    NationalityDiffers,
    /// A language in common.
    SharedLanguage,
    /// Both give languages and none is shared.
    NoSharedLanguage,
    /// Registered at or near the place last seen.
    PlaceMatches,
    /// Registered after the day last seen: consistent.
    RegisteredAfterLastSeen,
    /// Registered more than a month before the day last seen.
    RegisteredBeforeLastSeen,
    /// Sex and age fit the stated relationship.
    RelationshipFits,
    /// Sex or age contradict the stated relationship.
    RelationshipUnlikely,
}

impl Reason {
    /// The Fluent message id that says this reason in words.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::NamesMatch => "tracing-reason-names-match",
            Self::NamesMatchAcrossScripts => "tracing-reason-names-match-across-scripts",
            Self::NamesSimilar => "tracing-reason-names-similar",
            Self::SexMatches => "tracing-reason-sex-matches",
            Self::SexDiffers => "tracing-reason-sex-differs",
            Self::AgesOverlap => "tracing-reason-ages-overlap",
            Self::AgesClose => "tracing-reason-ages-close",
            Self::AgesApart => "tracing-reason-ages-apart",
            Self::SameNationality => "tracing-reason-same-nationality",
            Self::NationalityDiffers => "tracing-reason-nationality-differs",
            Self::SharedLanguage => "tracing-reason-shared-language",
            Self::NoSharedLanguage => "tracing-reason-no-shared-language",
            Self::PlaceMatches => "tracing-reason-place-matches",
            Self::RegisteredAfterLastSeen => "tracing-reason-registered-after-last-seen",
            Self::RegisteredBeforeLastSeen => "tracing-reason-registered-before-last-seen",
            Self::RelationshipFits => "tracing-reason-relationship-fits",
            Self::RelationshipUnlikely => "tracing-reason-relationship-unlikely",
        }
    }

    /// Every reason, for checks that each has words in every language.
    pub const ALL: [Reason; 17] = [
        Self::NamesMatch,
        Self::NamesMatchAcrossScripts,
        Self::NamesSimilar,
        Self::SexMatches,
        Self::SexDiffers,
        Self::AgesOverlap,
        Self::AgesClose,
        Self::AgesApart,
        Self::SameNationality,
        Self::NationalityDiffers,
        Self::SharedLanguage,
        Self::NoSharedLanguage,
        Self::PlaceMatches,
        Self::RegisteredAfterLastSeen,
        Self::RegisteredBeforeLastSeen,
        Self::RelationshipFits,
        Self::RelationshipUnlikely,
    ];
}

/// A scored candidate: how likely the two records are one person, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    /// Likelihood-like score in 0..=1.
    pub score: f64,
    /// Similarity of the best pair of names (0..=1).
    pub name_similarity: f64,
    /// The facts that counted, strongest first.
    pub reasons: Vec<Reason>,
}

/// Score at or above which a candidate is shown to a caseworker.
pub const CANDIDATE_THRESHOLD: f64 = 0.5;

/// Name similarity below which two records are not compared further.
pub const NAME_FLOOR: f64 = 0.7;

/// Log-odds at which the score is one half: names that match well with nothing else known
/// are shown; a contradiction (sex, ages years apart) takes such a candidate below.
const BIAS: f64 = 1.0;

/// A sought person with their names prepared once, to compare with many records.
#[derive(Debug, Clone)]
pub struct PreparedSought<'a> {
    sought: &'a Sought,
    names: Vec<(PreparedName, crate::Script)>,
}

fn prepare_names(names: &[String]) -> Vec<(PreparedName, crate::Script)> {
    names.iter().map(|n| (PreparedName::new(n), detect_script(n))).filter(|(p, _)| !p.is_empty()).collect()
}

impl<'a> PreparedSought<'a> {
    /// Prepares `sought`'s names.
    pub fn new(sought: &'a Sought) -> Self {
        Self { sought, names: prepare_names(&sought.profile.names) }
    }

    /// The sought person.
    pub fn sought(&self) -> &Sought {
        self.sought
    }

    /// Best comparison of any of the sought names with any of `names`, and whether that pair
    /// is in two scripts.
    fn best_name(&self, names: &[(PreparedName, crate::Script)]) -> (NameComparison, bool) {
        let mut best = (NameComparison { score: 0.0, weakest_part: 0.0 }, false);
        for (a, script_a) in &self.names {
            for (b, script_b) in names {
                let c = a.compare(b);
                if c.score > best.0.score {
                    best = (c, script_a != script_b);
                }
            }
        }
        best
    }
}

fn primary_language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// Weighs the evidence, and keeps the reasons when they will be shown.
struct Tally {
    total: f64,
    reasons: Option<Vec<(f64, Reason)>>,
}

impl Tally {
    fn add(&mut self, weight: f64, reason: Reason) {
        self.total += weight;
        if let Some(reasons) = self.reasons.as_mut() {
            reasons.push((weight, reason));
        }
    }
}

/// Weight of names that match perfectly: the most names can add.
const MAX_NAME_WEIGHT: f64 = 4.0;

fn score_of(total: f64) -> f64 {
    1.0 / (1.0 + (BIAS - total).exp())
}

/// Assesses whether `candidate` (a registered person) may be the person `sought` describes.
/// Returns `None` when the names are too different to be one person.
pub fn assess(sought: &PreparedSought<'_>, candidate: &Profile) -> Option<Assessment> {
    assess_at_least(sought, candidate, 0.0)
}

/// Weighs every fact but the names and the place.
fn weigh_facts(sought: &PreparedSought<'_>, have: &Profile, keep_reasons: bool) -> Tally {
    let want = &sought.sought.profile;
    let relationship = sought.sought.relationship;
    let mut t = Tally { total: 0.0, reasons: keep_reasons.then(|| Vec::with_capacity(8)) };

    let sought_sex = want.sex.or(relationship.and_then(Relationship::sex));
    match (sought_sex, have.sex) {
        (Some(a), Some(b)) if a == Sex::Other || b == Sex::Other => {}
        (Some(a), Some(b)) if a == b => t.add(0.5, Reason::SexMatches),
        (Some(_), Some(_)) => t.add(-4.0, Reason::SexDiffers),
        _ => {}
    }

    if let (Some(a), Some(b)) = (want.born, have.born) {
        match a.gap(&b) {
            0 => t.add(1.0, Reason::AgesOverlap),
            1..=2 => t.add(-0.5, Reason::AgesClose),
            gap => t.add(-3.0 - f64::from(gap.min(10)) * 0.5, Reason::AgesApart),
        }
    }

    if let (Some(relationship), Some(seeker), Some(born)) =
        (relationship, sought.sought.seeker_born, have.born)
        && let Some((min, max)) = relationship.birth_offset()
    {
        let allowed = BirthYears { earliest: seeker.earliest + min, latest: seeker.latest + max };
        let sex_fits = relationship.sex().is_none_or(|s| have.sex.is_none_or(|h| h == s || h == Sex::Other));
        if allowed.gap(&born) == 0 && sex_fits {
            t.add(0.3, Reason::RelationshipFits);
        } else {
            t.add(-1.5, Reason::RelationshipUnlikely);
        }
    }

    if !want.nationalities.is_empty() && !have.nationalities.is_empty() {
        if want.nationalities.iter().any(|n| have.nationalities.iter().any(|m| m.eq_ignore_ascii_case(n))) {
            t.add(0.5, Reason::SameNationality);
        } else {
            t.add(-0.7, Reason::NationalityDiffers);
        }
    }

    if !want.languages.is_empty() && !have.languages.is_empty() {
        let shared = want.languages.iter().any(|a| {
            have.languages.iter().any(|b| primary_language(a).eq_ignore_ascii_case(primary_language(b)))
        });
        if shared {
            t.add(0.3, Reason::SharedLanguage);
        } else {
            t.add(-0.3, Reason::NoSharedLanguage);
        }
    }

    if let (Some(seen), Some(registered)) = (want.day, have.day) {
        if registered >= seen {
            t.add(0.2, Reason::RegisteredAfterLastSeen);
        } else if seen - registered > 30 {
            t.add(-1.0, Reason::RegisteredBeforeLastSeen);
        }
    }

    t
}

/// The place can add a little.
const PLACE_WEIGHT: f64 = 0.7;

/// The most a record with these facts can score: with perfect names and a matching place.
fn best_case(t: &Tally, sought: &PreparedSought<'_>, have: &Profile) -> f64 {
    let place_possible = !sought.sought.profile.places.is_empty() && !have.places.is_empty();
    score_of(t.total + MAX_NAME_WEIGHT + if place_possible { PLACE_WEIGHT } else { 0.0 })
}

/// Whether `candidate` could reach `min_score` if the names matched perfectly: a check that
/// costs nothing next to comparing names, and that most records in a block fail on age or sex.
pub fn could_reach(sought: &PreparedSought<'_>, candidate: &Profile, min_score: f64) -> bool {
    best_case(&weigh_facts(sought, candidate, false), sought, candidate) >= min_score
}

/// Like [`assess`], but returns `None` early for a candidate that cannot reach `min_score`
/// (see [`could_reach`]).
pub fn assess_at_least(
    sought: &PreparedSought<'_>,
    candidate: &Profile,
    min_score: f64,
) -> Option<Assessment> {
    let want = &sought.sought.profile;
    let have = candidate;
    let mut t = weigh_facts(sought, have, true);
    if best_case(&t, sought, have) < min_score {
        return None;
    }
    let place_possible = !want.places.is_empty() && !have.places.is_empty();

    let (names, across) = sought.best_name(&prepare_names(&have.names));
    let name = names.score;
    if name < NAME_FLOOR {
        return None;
    }
    // Names: +4 for identical spellings, 0 at the threshold of "same name", −2 at the floor. A
    // part that is another name (Hassan/Hussein) holds the whole name at that part's score.
    let part_ok = names.weakest_part >= crate::DEFAULT_THRESHOLD;
    let weight = (if part_ok { name } else { name.min(names.weakest_part + 0.15) } - 0.8) * 20.0;
    let reason = if name < crate::DEFAULT_THRESHOLD || !part_ok {
        Reason::NamesSimilar
    } else if across {
        Reason::NamesMatchAcrossScripts
    } else {
        Reason::NamesMatch
    };
    t.add(weight.min(MAX_NAME_WEIGHT), reason);

    if place_possible {
        let place_matches = want.places.iter().any(|a| {
            let a = PreparedName::new(a);
            have.places.iter().any(|b| a.similarity(&PreparedName::new(b)) >= 0.85)
        });
        if place_matches {
            t.add(PLACE_WEIGHT, Reason::PlaceMatches);
        }
    }

    let mut reasons = t.reasons.unwrap_or_default();
    reasons.sort_by(|a, b| b.0.abs().total_cmp(&a.0.abs()));
    let score = score_of(t.total);
    (score >= min_score).then(|| Assessment {
        score,
        name_similarity: name,
        reasons: reasons.into_iter().map(|(_, r)| r).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(names: &[&str], sex: Sex, born: (i32, i32)) -> Profile {
        Profile {
            names: names.iter().map(|n| (*n).to_owned()).collect(),
            sex: Some(sex),
            born: Some(BirthYears { earliest: born.0, latest: born.1 }),
            ..Profile::default()
        }
    }

    fn assess_pair(sought: &Sought, candidate: &Profile) -> Option<Assessment> {
        assess(&PreparedSought::new(sought), candidate)
    }

    fn son_of_mother_born_1985(names: &[&str]) -> Sought {
        Sought {
            profile: Profile {
                names: names.iter().map(|n| (*n).to_owned()).collect(),
                born: Some(BirthYears { earliest: 2009, latest: 2011 }),
                nationalities: vec!["SD".into()],
                languages: vec!["ar".into()],
                places: vec!["Agadez".into()],
                day: Some(20_000),
                sex: None,
            },
            relationship: Some(Relationship::Son),
            seeker_born: Some(BirthYears { earliest: 1984, latest: 1986 }),
        }
    }

    #[test]
    fn a_son_sought_in_arabic_is_found_registered_in_latin_with_reasons() {
        let sought = son_of_mother_born_1985(&["محمد حسن"]);
        let mut registered = person(&["Mohamed Hassan"], Sex::Male, (2008, 2010));
        registered.nationalities = vec!["sd".into()];
        registered.languages = vec!["ar-SD".into(), "en".into()];
        registered.places = vec!["Agadès".into()];
        registered.day = Some(20_030);
        let a = assess_pair(&sought, &registered).expect("names are one name");
        assert!(a.score > 0.9, "{a:?}");
        assert_eq!(a.reasons[0], Reason::NamesMatchAcrossScripts);
        for r in [
            Reason::SexMatches,
            Reason::AgesOverlap,
            Reason::RelationshipFits,
            Reason::SameNationality,
            Reason::SharedLanguage,
            Reason::PlaceMatches,
            Reason::RegisteredAfterLastSeen,
        ] {
            assert!(a.reasons.contains(&r), "{r:?} missing from {:?}", a.reasons);
        }
    }

    #[test]
    fn sex_differs_pushes_a_perfect_name_below_the_threshold() {
        let sought = son_of_mother_born_1985(&["Mohamed Hassan"]);
        let registered = person(&["Mohamed Hassan"], Sex::Female, (2009, 2010));
        let a = assess_pair(&sought, &registered).expect("same name");
        assert!(a.reasons.contains(&Reason::SexDiffers), "{a:?}");
        assert!(a.reasons.contains(&Reason::RelationshipUnlikely), "{a:?}");
        assert!(a.score < CANDIDATE_THRESHOLD, "{a:?}");
    }

    #[test]
    fn ages_far_apart_count_against() {
        let sought =
            Sought { profile: person(&["Tesfay Gebremedhin"], Sex::Male, (2008, 2010)), ..Sought::default() };
        let near = assess_pair(&sought, &person(&["ተስፋይ ገብረመድህን"], Sex::Male, (2009, 2012))).expect("match");
        let far = assess_pair(&sought, &person(&["ተስፋይ ገብረመድህን"], Sex::Male, (1970, 1975))).expect("match");
        assert!(near.reasons.contains(&Reason::AgesOverlap));
        assert!(far.reasons.contains(&Reason::AgesApart));
        assert!(near.score > CANDIDATE_THRESHOLD && far.score < CANDIDATE_THRESHOLD, "{near:?} {far:?}");
    }

    #[test]
    fn different_names_are_not_candidates() {
        let sought =
            Sought { profile: person(&["Hassan Ali"], Sex::Male, (2000, 2002)), ..Sought::default() };
        assert_eq!(assess_pair(&sought, &person(&["Fatima Yusuf"], Sex::Male, (2000, 2002))), None);
        // Hussein is a different name: with everything else equal, not a candidate to show.
        let hussein = assess_pair(&sought, &person(&["Hussein Ali"], Sex::Male, (2000, 2002)));
        assert!(hussein.as_ref().is_none_or(|a| a.score < CANDIDATE_THRESHOLD), "{hussein:?}");
    }

    #[test]
    fn a_registration_long_before_last_seen_counts_against() {
        let mut sought = son_of_mother_born_1985(&["Ali Omar"]);
        sought.profile.day = Some(20_000);
        let mut registered = person(&["Ali Omar"], Sex::Male, (2009, 2011));
        registered.day = Some(19_000);
        let a = assess_pair(&sought, &registered).expect("match");
        assert!(a.reasons.contains(&Reason::RegisteredBeforeLastSeen), "{a:?}");
    }

    #[test]
    fn relationship_codes_are_read_leniently() {
        assert_eq!(Relationship::from_code(" Mother "), Relationship::Mother);
        assert_eq!(Relationship::from_code("wife"), Relationship::Spouse);
        assert_eq!(Relationship::from_code("uncle"), Relationship::Other);
    }

    #[test]
    fn every_reason_has_its_own_message() {
        let mut ids: Vec<&str> = Reason::ALL.iter().map(|r| r.message_id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Reason::ALL.len());
    }
}
