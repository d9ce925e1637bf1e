//! Normal forms of a name: the same name typed on different keyboards, with or without
//! diacritics and vowel marks, gives the same string.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The writing system a name is typed in; transliteration and phonetics depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin letters, with or without diacritics.
    Latin,
    /// Arabic script (Arabic, Persian, Pashto, Urdu): long vowels written, short ones not.
    Arabic,
    /// Cyrillic (Russian, Ukrainian, …).
    Cyrillic,
    /// Ge'ez (Tigrinya, Amharic): syllables carry their vowel.
    Ethiopic,
    /// Anything else, or no letters at all.
    Other,
}

impl Script {
    /// The ISO 15924 code stored with a name, so a name keeps its script when it travels.
    pub fn code(self) -> &'static str {
        match self {
            Self::Latin => "Latn",
            Self::Arabic => "Arab",
            Self::Cyrillic => "Cyrl",
            Self::Ethiopic => "Ethi",
            Self::Other => "Zyyy",
        }
    }
}

/// The script of one character.
pub(crate) fn script_of(c: char) -> Option<Script> {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Some(Script::Latin),
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => Some(Script::Arabic),
        '\u{0400}'..='\u{052F}' => Some(Script::Cyrillic),
        '\u{1200}'..='\u{139F}' | '\u{2D80}'..='\u{2DDF}' | '\u{AB00}'..='\u{AB2F}' => Some(Script::Ethiopic),
        _ if c.is_alphabetic() => Some(Script::Other),
        _ => None,
    }
}

/// The script most of the letters of `s` are in.
pub fn detect_script(s: &str) -> Script {
    let mut counts = [0usize; 5];
    for script in s.chars().filter_map(script_of) {
        counts[script as usize] += 1;
    }
    let order = [Script::Latin, Script::Arabic, Script::Cyrillic, Script::Ethiopic, Script::Other];
    order
        .into_iter()
        .filter(|s| counts[*s as usize] > 0)
        .max_by_key(|s| counts[*s as usize])
        .unwrap_or(Script::Other)
}

/// Letter variants that people type interchangeably: Arabic-script variants (keyboard layouts
/// differ between Arabic, Persian and Urdu; hamza seats are often left out) come from
/// `tables/arabic-variants.tsv`; Latin letters such as `ı` or `ø` have no mark to remove.
fn fold_letter(c: char) -> Option<char> {
    if let Some(folded) = crate::tables::arabic_variant(c) {
        return Some(folded);
    }
    Some(match c {
        // Latin letters that carry their mark inside (no decomposition): people type them bare.
        'ı' => 'i',
        'ø' => 'o',
        'đ' | 'ð' => 'd',
        'ł' => 'l',
        'ħ' => 'h',
        // Tatweel stretches words for display only.
        'ـ' => return None,
        other => other,
    })
}

/// Whether `c` only joins or separates parts of a name (hyphens, dots, commas, slashes).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '—' | '.' | ',' | '/' | '_' | '،' | '(' | ')')
}

/// Apostrophes and similar marks that some spellings put in names (`Ma'mun`, `N'Diaye`).
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | 'ʻ' | '`' | '´' | 'ʿ' | 'ʾ')
}

/// A name's normal form: Unicode NFKC, case folded, diacritics and Arabic vowel marks removed,
/// Arabic/Persian letter variants folded, separators turned into single spaces.
///
/// `ё`, `й`, `ї` fold to `е`, `и`, `і` as their marks are removed, which is what people do when
/// they type Cyrillic names on a Latin keyboard layout.
pub fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    let lowered: String = name.nfkc().flat_map(char::to_lowercase).collect();
    // Letters whose mark makes a digraph in English spellings (Ševčenko = Shevchenko, Şükrü =
    // Shukru), spelled out before marks are removed.
    let lowered = if lowered.contains(['š', 'ş', 'č', 'ž']) {
        lowered.replace(['š', 'ş'], "sh").replace('č', "ch").replace('ž', "zh")
    } else {
        lowered
    };
    for c in lowered.nfd() {
        if is_combining_mark(c)
            || matches!(c, '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}')
            || is_apostrophe(c)
        {
            continue;
        }
        if is_separator(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if !c.is_alphanumeric() {
            continue;
        }
        let Some(c) = fold_letter(c) else { continue };
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out.nfc().collect()
}

/// A Latin-letter key of a name in any script (lower case `a`–`z` and spaces), for indexing and
/// for people who can only type Latin letters.
pub fn latin_key(name: &str) -> String {
    let normal = normalise(name);
    let mut out = String::with_capacity(normal.len());
    for token in normal.split(' ') {
        let ascii = any_ascii::any_ascii(token);
        let letters: String =
            ascii.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
        if letters.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&letters);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_diacritics_and_case_are_removed() {
        assert_eq!(normalise("  José-María  NGUYỄN "), "jose maria nguyen");
        assert_eq!(normalise("Şükrü Çağrı"), "shukru cagri");
        assert_eq!(normalise("Ševčenko"), "shevchenko");
        assert_eq!(normalise("N'Diaye"), "ndiaye");
    }

    #[test]
    fn arabic_marks_and_letter_variants_are_folded() {
        // Harakat and shadda removed.
        assert_eq!(normalise("مُحَمَّد"), "محمد");
        // Persian yeh and keheh fold to the Arabic letters; teh marbuta to heh.
        assert_eq!(normalise("علی"), normalise("علي"));
        assert_eq!(normalise("کریم"), normalise("كريم"));
        assert_eq!(normalise("فاطمة"), "فاطمه");
        // Hamza seats and madda fold to bare alif.
        assert_eq!(normalise("أحمد"), "احمد");
        assert_eq!(normalise("إبراهيم"), "ابراهيم");
        assert_eq!(normalise("آمنة"), "امنه");
        // Tatweel and zero-width non-joiner (Persian compound names) disappear.
        assert_eq!(normalise("محـــمد"), "محمد");
        assert_eq!(normalise("ذبیح‌الله"), "ذبيحالله");
    }

    #[test]
    fn cyrillic_breve_and_diaeresis_are_folded() {
        assert_eq!(normalise("Фёдор"), "федор");
        assert_eq!(normalise("Андрій"), "андріи");
        assert_eq!(normalise("Йосип"), "иосип");
    }

    #[test]
    fn ethiopic_is_kept_as_is() {
        assert_eq!(normalise("ተስፋይ"), "ተስፋይ");
    }

    #[test]
    fn scripts_are_detected() {
        assert_eq!(detect_script("Mohammed"), Script::Latin);
        assert_eq!(detect_script("محمد"), Script::Arabic);
        assert_eq!(detect_script("پژمان"), Script::Arabic);
        assert_eq!(detect_script("Мухаммад"), Script::Cyrillic);
        assert_eq!(detect_script("ተስፋይ"), Script::Ethiopic);
        assert_eq!(detect_script("123"), Script::Other);
    }

    #[test]
    fn latin_keys_cover_every_script() {
        assert_eq!(latin_key("محمد"), "mhmd");
        assert_eq!(latin_key("Мухаммад"), "mukhammad");
        assert_eq!(latin_key("ተስፋይ"), "tesfay");
        assert_eq!(latin_key("José María"), "jose maria");
    }
}
