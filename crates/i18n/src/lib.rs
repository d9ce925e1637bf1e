//! Every user-facing string, through Fluent: the `.ftl` files under `locales/` are embedded in
//! the binary at build time, and a [`Localizer`] formats a message in the user's languages,
//! falling back message by message to English, so that a missing translation shows English
//! rather than an id.
//!
//! Bidi isolation stays on for display: a Latin name inside Arabic text (or an Arabic name
//! inside English) is wrapped in FSI/PDI marks so that it does not reorder the sentence around it.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// One embedded Fluent file.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    /// Locale folder name (`en`, `ar`, …).
    pub locale: &'static str,
    /// File name (`errors.ftl`).
    pub file: &'static str,
    /// Its text.
    pub text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/sources.rs"));

/// The source locale: every message exists in it.
pub const SOURCE_LOCALE: &str = "en";

/// Every embedded Fluent file, for the UI (which formats with `@fluent/bundle` on the same
/// text) and for the coverage check.
pub fn sources() -> &'static [Source] {
    SOURCES
}

/// Locales that ship at least one file, sorted.
pub fn available_locales() -> Vec<&'static str> {
    let mut out: Vec<&str> = SOURCES.iter().map(|s| s.locale).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `locale` is written right to left (Arabic, Farsi, Pashto, Urdu …), which mirrors the
/// layout.
pub fn is_rtl(locale: &str) -> bool {
    locale.parse::<LanguageIdentifier>().is_ok_and(|id| id.character_direction() == CharacterDirection::RTL)
}

/// A value for a message placeable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as is (isolated in bidi text).
    Text(String),
    /// A number: formatted for the locale and used to pick plural forms.
    Number(f64),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

impl Arg {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

/// Formats messages in a chain of locales: the negotiated ones, then English.
pub struct Localizer {
    chain: Vec<Bundle>,
    locales: Vec<String>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("locales", &self.locales).finish()
    }
}

/// The negotiated chain for `requested` (BCP 47 tags, most wanted first), ending in English.
pub fn negotiate(requested: &[&str]) -> Vec<String> {
    let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| r.parse().ok()).collect();
    let available: Vec<LanguageIdentifier> =
        available_locales().into_iter().filter_map(|l| l.parse().ok()).collect();
    let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering);
    let mut out: Vec<String> = chosen.into_iter().map(ToString::to_string).collect();
    if !out.iter().any(|l| l == SOURCE_LOCALE) {
        out.push(SOURCE_LOCALE.to_owned());
    }
    out
}

fn bundle(locale: &str) -> Bundle {
    let id: LanguageIdentifier = locale.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    for source in SOURCES.iter().filter(|s| s.locale == locale) {
        // A file with a syntax error still yields its good messages; the coverage check and
        // the tests report the error, so the field never sees a crash for a typo.
        let resource = FluentResource::try_new(source.text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

impl Localizer {
    /// A localizer for `requested` languages (most wanted first), with English as the last
    /// fallback.
    pub fn new(requested: &[&str]) -> Self {
        let locales = negotiate(requested);
        let chain = locales.iter().map(|l| bundle(l)).collect();
        Self { chain, locales }
    }

    /// Turns bidi isolation marks off: for terminals, which do not lay out bidi text, and where
    /// a printed path must be copied as is.
    pub fn without_isolation(mut self) -> Self {
        for bundle in &mut self.chain {
            bundle.set_use_isolating(false);
        }
        self
    }

    /// The locale messages come from first.
    pub fn locale(&self) -> &str {
        self.locales.first().map_or(SOURCE_LOCALE, String::as_str)
    }

    /// The chain of locales, most wanted first.
    pub fn locales(&self) -> &[String] {
        &self.locales
    }

    /// Whether the UI in this locale is laid out right to left.
    pub fn is_rtl(&self) -> bool {
        is_rtl(self.locale())
    }

    /// Whether any locale of the chain has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.chain.iter().any(|b| b.has_message(id))
    }

    /// Message `id` formatted with `args`, or `None` when no locale has it.
    pub fn try_format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.to_fluent());
        }
        self.chain.iter().find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            Some(text.into_owned())
        })
    }

    /// Message `id` formatted with `args`; the id itself when no locale has it (a bug that the
    /// coverage tests catch, shown rather than hidden).
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.try_format(id, args).unwrap_or_else(|| id.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_ships_and_every_file_parses_cleanly() {
        assert!(available_locales().contains(&"en"));
        for source in sources() {
            if let Err((_, errors)) = fluent_syntax::parser::parse(source.text) {
                panic!("{}/{} has syntax errors: {errors:?}", source.locale, source.file);
            }
        }
    }

    #[test]
    fn unknown_languages_fall_back_to_english() {
        let l = Localizer::new(&["xx-YY", "not a tag"]);
        assert_eq!(l.locale(), "en");
        assert_eq!(
            l.format("error-wrong-passphrase", &[]),
            Localizer::new(&["en"]).format("error-wrong-passphrase", &[])
        );
        assert!(!l.format("error-wrong-passphrase", &[]).is_empty());
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        let l = Localizer::new(&["en"]);
        assert_eq!(l.try_format("no-such-message", &[]), None);
        assert_eq!(l.format("no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn plurals_and_isolation() {
        let l = Localizer::new(&["en"]);
        let one = l.format("cli-demo-data-created", &[("count", Arg::from(1i64))]);
        let many = l.format("cli-demo-data-created", &[("count", Arg::from(5i64))]);
        assert_ne!(one.replace('1', ""), many.replace('5', ""), "plural forms differ: {one} / {many}");
        let isolated = l.format("error-unknown-user", &[("user", "amal".into())]);
        assert!(isolated.contains("\u{2068}amal\u{2069}"), "{isolated:?}");
        let plain = Localizer::new(&["en"])
            .without_isolation()
            .format("error-unknown-user", &[("user", "amal".into())]);
        assert!(plain.contains("amal") && !plain.contains('\u{2068}'), "{plain:?}");
    }

    #[test]
    fn right_to_left_locales() {
        for rtl in ["ar", "fa", "ps", "ur", "ar-EG"] {
            assert!(is_rtl(rtl), "{rtl}");
        }
        for ltr in ["en", "ti", "am", "uk", "so", "tr", "nonsense tag"] {
            assert!(!is_rtl(ltr), "{ltr}");
        }
    }
}
