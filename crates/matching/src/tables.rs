//! Transliteration tables that no crate provides, kept as data files (`tables/*.tsv`) so that
//! a linguist can review and extend them without reading Rust.
//!
//! The files are embedded at build time; a malformed line is skipped here and reported by the
//! tests, so a table can never make matching fail in the field.

use std::collections::HashMap;
use std::sync::LazyLock;

const ARABIC_SCRIPT: &str = include_str!("../tables/arabic-script.tsv");
const ARABIC_VARIANTS: &str = include_str!("../tables/arabic-variants.tsv");
const CYRILLIC: &str = include_str!("../tables/cyrillic.tsv");
const ETHIOPIC: &str = include_str!("../tables/ethiopic.tsv");
const NAME_EQUIVALENTS: &str = include_str!("../tables/name-equivalents.tsv");

/// Lines of a table that could not be read: (line number, text).
type BadLines = Vec<(usize, String)>;

/// Reads `letter<TAB>field<TAB>…` lines with at least `fields` fields after the letter, each
/// accepted by `valid`, skipping comments and blank lines; returns the rows and the lines that
/// could not be read.
fn rows(text: &str, fields: usize, valid: fn(&str) -> bool) -> (HashMap<char, Vec<String>>, BadLines) {
    let mut map = HashMap::new();
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split('\t');
        let letter = parts.next().and_then(single_char);
        let values: Vec<String> = parts.take(fields).map(str::to_owned).collect();
        match letter {
            Some(c) if values.len() == fields && values.iter().all(|v| valid(v)) && !map.contains_key(&c) => {
                map.insert(c, values);
            }
            _ => bad.push((i + 1, line.to_owned())),
        }
    }
    (map, bad)
}

fn single_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

/// Latin letters as spellings write them (or nothing: a letter that is not written).
fn latin(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_lowercase() || c == '\'')
}

/// Reads `letter<TAB>letter<TAB>note` lines (a letter and the one it maps to).
fn parse(text: &str) -> (HashMap<char, char>, BadLines) {
    let (map, bad) = rows(text, 1, |s| single_char(s).is_some());
    (map.into_iter().filter_map(|(k, v)| Some((k, single_char(v.first()?)?))).collect(), bad)
}

static CONSONANT_CLASS: LazyLock<HashMap<char, char>> = LazyLock::new(|| parse(ARABIC_SCRIPT).0);
static LETTER_VARIANT: LazyLock<HashMap<char, char>> = LazyLock::new(|| parse(ARABIC_VARIANTS).0);

static CYRILLIC_LETTERS: LazyLock<HashMap<char, Vec<String>>> = LazyLock::new(|| rows(CYRILLIC, 2, latin).0);
static ETHIOPIC_ROWS: LazyLock<HashMap<char, Vec<String>>> = LazyLock::new(|| rows(ETHIOPIC, 1, latin).0);

/// Latin readings of a Cyrillic word: Ukrainian only if a letter says it is Ukrainian, else
/// the Russian and (if different) the Ukrainian one. Letters not in the table are dropped.
pub(crate) fn cyrillic_readings(word: &str) -> Vec<String> {
    let ukrainian_only = word.chars().any(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ'));
    let mut readings = Vec::with_capacity(2);
    for column in [0, 1] {
        if ukrainian_only && column == 0 {
            continue;
        }
        let mut out = String::with_capacity(word.len() * 2);
        for c in word.chars() {
            match CYRILLIC_LETTERS.get(&c) {
                Some(values) => out.push_str(&values[column]),
                None if c.is_ascii_alphabetic() => out.push(c.to_ascii_lowercase()),
                None => {}
            }
        }
        if !readings.contains(&out) {
            readings.push(out);
        }
    }
    readings
}

/// The Latin reading of a Ge'ez word: each syllable's consonant (by its row) and vowel (by its
/// place in the row). Syllables outside the table (labialised rows) are dropped.
pub(crate) fn ethiopic_reading(word: &str) -> String {
    const VOWELS: [&str; 8] = ["e", "u", "i", "a", "e", "", "o", "wa"];
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let code = u32::from(c);
        if !(0x1200..0x1380).contains(&code) {
            if c.is_ascii_alphabetic() {
                out.push(c.to_ascii_lowercase());
            }
            continue;
        }
        let order = (code - 0x1200) % 8;
        let Some(base) = char::from_u32(code - order) else { continue };
        if let Some(values) = ETHIOPIC_ROWS.get(&base) {
            out.push_str(&values[0]);
            out.push_str(VOWELS[order as usize]);
        }
    }
    out
}

/// Reads `form|form|…<TAB>note` lines: every form maps to the line's first form. Returns the
/// map and the lines that could not be read (a form not in a–z, or on two lines).
fn equivalents(text: &str) -> (HashMap<String, String>, BadLines) {
    let mut map: HashMap<String, String> = HashMap::new();
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let forms: Vec<&str> = line.split('\t').next().unwrap_or_default().split('|').collect();
        let valid = forms.len() >= 2
            && forms.iter().all(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_lowercase()))
            && forms.iter().all(|f| !map.contains_key(*f));
        if !valid {
            bad.push((i + 1, line.to_owned()));
            continue;
        }
        for form in &forms {
            map.insert((*form).to_owned(), forms[0].to_owned());
        }
    }
    (map, bad)
}

static EQUIVALENT_FORMS: LazyLock<HashMap<String, String>> =
    LazyLock::new(|| equivalents(NAME_EQUIVALENTS).0);

/// The form that stands for all national and language forms of a name (`nikolai` →
/// `mykola`), for a name part in plain Latin letters; `None` if the table does not list it.
pub(crate) fn equivalent_form(latin: &str) -> Option<&'static str> {
    EQUIVALENT_FORMS.get(latin).map(String::as_str)
}

/// The consonant class (an ASCII letter) of an Arabic-script consonant letter.
pub(crate) fn arabic_consonant_class(c: char) -> Option<u8> {
    CONSONANT_CLASS.get(&c).and_then(|class| u8::try_from(*class).ok())
}

/// The letter an Arabic-script variant folds to, if it is a variant.
pub(crate) fn arabic_variant(c: char) -> Option<char> {
    LETTER_VARIANT.get(&c).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_line_is_read() {
        for (name, text) in [("arabic-script", ARABIC_SCRIPT), ("arabic-variants", ARABIC_VARIANTS)] {
            let (map, bad) = parse(text);
            assert!(bad.is_empty(), "{name}: unreadable lines {bad:?}");
            assert!(map.len() >= 20, "{name}: only {} entries", map.len());
        }
        for (name, text, fields) in [("cyrillic", CYRILLIC, 2), ("ethiopic", ETHIOPIC, 1)] {
            let (map, bad) = rows(text, fields, latin);
            assert!(bad.is_empty(), "{name}: unreadable lines {bad:?}");
            assert!(map.len() >= 30, "{name}: only {} entries", map.len());
        }
    }

    #[test]
    fn consonant_classes_are_known_latin_classes() {
        for (letter, class) in CONSONANT_CLASS.iter() {
            assert!("btsjChdzrSgfklmn".contains(*class), "{letter} → {class}");
        }
    }

    #[test]
    fn variants_fold_to_letters_the_class_table_or_the_vowel_rules_know() {
        for (variant, folded) in LETTER_VARIANT.iter() {
            let known = CONSONANT_CLASS.contains_key(folded) || "اويه".contains(*folded);
            assert!(known, "{variant} folds to {folded}, which nothing reads");
            assert!(!LETTER_VARIANT.contains_key(folded), "{variant} → {folded} is folded again");
        }
    }

    #[test]
    fn every_equivalence_line_is_read() {
        let (map, bad) = equivalents(NAME_EQUIVALENTS);
        assert!(bad.is_empty(), "unreadable lines {bad:?}");
        assert!(map.len() >= 300, "only {} forms", map.len());
        assert_eq!(equivalent_form("nikolai"), Some("mykola"));
        assert_eq!(equivalent_form("tarawally"), equivalent_form("traore"));
        assert_eq!(equivalent_form("tesfay"), None, "not a national form of anything");
        let (_, bad) = equivalents("a|b\tok\nb|c\tb again\nx\tone form\n");
        assert_eq!(bad.iter().map(|b| b.0).collect::<Vec<_>>(), vec![2, 3]);
    }

    #[test]
    fn ethiopic_rows_start_on_a_row_boundary() {
        for base in ETHIOPIC_ROWS.keys() {
            assert_eq!((u32::from(*base) - 0x1200) % 8, 0, "{base} is not the first letter of its row");
        }
    }

    #[test]
    fn cyrillic_is_read_the_russian_and_the_ukrainian_way() {
        assert_eq!(cyrillic_readings("сергии"), vec!["sergii".to_owned(), "serhyy".to_owned()]);
        assert_eq!(cyrillic_readings("андріи"), vec!["andriy".to_owned()]);
        assert_eq!(cyrillic_readings("мухаммад"), vec!["mukhammad".to_owned()]);
        assert_eq!(cyrillic_readings("шевченко"), vec!["shevchenko".to_owned()]);
    }

    #[test]
    fn geez_syllables_are_read_by_row_and_order() {
        assert_eq!(ethiopic_reading("ተስፋይ"), "tesfay");
        assert_eq!(ethiopic_reading("ዮሃንስ"), "yohans");
        assert_eq!(ethiopic_reading("ገብረመድህን"), "gebremedhn");
        assert_eq!(ethiopic_reading("ኣስመራ"), "'asmera");
        assert_eq!(ethiopic_reading("ጸጋይ"), "tsegay");
    }

    #[test]
    fn a_malformed_line_is_reported_not_used() {
        let (map, bad) = parse("# c\nب\tb\tok\nxy\tb\nپ\n");
        assert_eq!(map.len(), 1);
        assert_eq!(bad.iter().map(|b| b.0).collect::<Vec<_>>(), vec![3, 4]);
    }
}
