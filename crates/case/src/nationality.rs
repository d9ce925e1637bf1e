//! Nationalities as ISO 3166-1 codes. A device records what the person states (a code where
//! known); where a nationality is counted or compared, only a code from the fixed list counts,
//! so free text never becomes a row label in the analyst's figures.

/// `alpha-2 <tab> alpha-3`, one country per line (ISO 3166-1).
const CODES: &str = include_str!("../data/iso3166-1.tsv");

/// The ISO 3166-1 alpha-3 code of a nationality written as an alpha-2 or alpha-3 code (any
/// letter case, spaces around ignored); `None` for anything else.
pub fn iso_code(stated: &str) -> Option<&'static str> {
    let stated = stated.trim();
    if !(2..=3).contains(&stated.len()) || !stated.is_ascii() {
        return None;
    }
    CODES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .find(|(two, three)| two.eq_ignore_ascii_case(stated) || three.eq_ignore_ascii_case(stated))
        .map(|(_, three)| three)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_of_either_length_are_one_country_and_free_text_is_none() {
        assert_eq!(iso_code("SD"), Some("SDN"));
        assert_eq!(iso_code(" sdn "), Some("SDN"));
        assert_eq!(iso_code("er"), Some("ERI"));
        assert_eq!(iso_code("Sudanese"), None);
        assert_eq!(iso_code("XX"), None);
        assert_eq!(iso_code("Ωx"), None);
        assert_eq!(CODES.lines().filter(|l| !l.starts_with('#')).count(), 249);
    }
}
