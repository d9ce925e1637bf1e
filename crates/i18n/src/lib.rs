//! Every user-facing string, through Fluent: the `.ftl` files under `locales/` are embedded in
//! the binary at build time, and a [`Localizer`] formats a message in the user's languages,
//! falling back message by message to English, so that a missing translation shows English
//! rather than an id.
//!
//! Bidi isolation stays on for display: a Latin name inside Arabic text (or an Arabic name
//! inside English) is wrapped in FSI/PDI marks so that it does not reorder the sentence around it.
//!
//! Numbers and dates are shown in the locale's own digits, separators and date pattern (CLDR,
//! through ICU4X): `١٬٢٣٤` in Arabic, `۱٬۲۳۴` in Farsi, `1 234` in French.

pub mod check;
mod format;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// One Fluent file: embedded in the binary (`'static`) or read from disk by a translator's check.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// Locale folder name (`en`, `ar`, …).
    pub locale: &'a str,
    /// File name (`errors.ftl`).
    pub file: &'a str,
    /// Its text.
    pub text: &'a str,
}

/// Whether a translated file has been checked by a fluent reviewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewStatus {
    /// Translated, not yet reviewed: reviewers start here.
    Draft,
    /// Checked by a fluent speaker who knows the field.
    Reviewed,
}

impl ReviewStatus {
    /// The manifest's word for it.
    pub fn code(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Reviewed => "reviewed",
        }
    }
}

/// A shipped locale as the manifest lists it.
#[derive(Debug, Clone, Copy)]
pub struct LocaleInfo {
    /// Locale code (`ti`).
    pub code: &'static str,
    /// The language's name in itself (`ትግርኛ`), so a person can point to their language.
    pub name: &'static str,
    /// Review status of each file.
    pub files: &'static [(&'static str, ReviewStatus)],
}

include!(concat!(env!("OUT_DIR"), "/sources.rs"));

/// Every shipped locale with its own name and review status, in manifest order.
pub fn manifest() -> &'static [LocaleInfo] {
    MANIFEST
}

/// The name of `locale` in its own language and script, if it ships.
pub fn native_name(locale: &str) -> Option<&'static str> {
    MANIFEST.iter().find(|l| l.code == locale).map(|l| l.name)
}

/// The source locale: every message exists in it.
pub const SOURCE_LOCALE: &str = "en";

/// Every embedded Fluent file, for the UI (which formats with `@fluent/bundle` on the same
/// text) and for the coverage check.
pub fn sources() -> &'static [Source<'static>] {
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
    /// A number: formatted in the locale's digits and separators (CLDR), and used to pick
    /// plural forms. Identifiers that are digits (case codes) are [`Arg::Text`].
    Number(f64),
    /// A calendar date, shown in the locale's medium style (`Nov 30, 2026`, `٣٠‏/١١‏/٢٠٢٦`).
    Date(chrono::NaiveDate),
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

impl From<chrono::NaiveDate> for Arg {
    fn from(d: chrono::NaiveDate) -> Self {
        Arg::Date(d)
    }
}

impl Arg {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Date(d) => FluentValue::Custom(Box::new(format::FluentDate(*d))),
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

/// An empty bundle for `locale` that shows numbers and dates in the locale's own style.
fn empty_bundle(locale: &str) -> Bundle {
    let id: LanguageIdentifier = locale.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.set_formatter(Some(format::format_number));
    // Fluent's NUMBER(): a number with options (minimumIntegerDigits: 2 for "09" minutes),
    // then formatted in the locale's digits like any number. A new bundle has no function
    // yet, so adding this one cannot fail.
    bundle
        .add_function("NUMBER", |positional, named| match positional.first() {
            Some(FluentValue::Number(n)) => {
                let mut n = n.clone();
                n.options.merge(named);
                FluentValue::Number(n)
            }
            _ => FluentValue::Error,
        })
        .unwrap_or_else(|_| unreachable!("a new bundle has no NUMBER yet"));
    bundle
}

fn bundle(locale: &str) -> Bundle {
    let mut bundle = empty_bundle(locale);
    for source in SOURCES.iter().filter(|s| s.locale == locale) {
        // A file with a syntax error still yields its good messages; the coverage check and
        // the tests report the error, so the field never sees a crash for a typo.
        let resource = FluentResource::try_new(source.text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

impl Localizer {
    /// A localizer for a command-line tool: the language asked for with `--lang`, else
    /// `$LANG` (`ar_SY.UTF-8` → `ar-SY`), else English; without isolation marks, since
    /// terminals do not lay out bidi text and printed paths must copy as they are.
    pub fn for_terminal(lang: Option<&str>) -> Self {
        let from_env = std::env::var("LANG").ok();
        let lang = lang.or(from_env.as_deref()).unwrap_or("en");
        let lang = lang.split(['.', '@']).next().unwrap_or("en").replace('_', "-");
        Self::new(&[lang.as_str()]).without_isolation()
    }

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
    fn every_shipped_file_is_in_the_manifest_and_every_listed_locale_ships() {
        for source in sources() {
            let info = manifest().iter().find(|l| l.code == source.locale);
            let info = info.unwrap_or_else(|| panic!("{} is not in locales/manifest.json", source.locale));
            assert!(
                info.files.iter().any(|(f, _)| *f == source.file),
                "{}/{} has no status",
                source.locale,
                source.file
            );
        }
        for info in manifest() {
            assert!(available_locales().contains(&info.code), "{} is listed but ships no file", info.code);
        }
        assert_eq!(native_name("ti"), Some("ትግርኛ"));
        assert_eq!(native_name("ar"), Some("العربية"));
        assert_eq!(native_name("uk"), Some("Українська"));
    }

    /// Plural forms per locale: each category of the locale gives its own text, and the
    /// number itself appears, in the locale's digits, where the translation shows it.
    #[test]
    fn plurals_follow_each_locale() {
        let forms = |locale: &str, counts: &[i64]| -> Vec<String> {
            let l = Localizer::new(&[locale]);
            assert_eq!(l.locale(), locale);
            counts.iter().map(|n| l.format("cli-demo-data-created", &[("count", Arg::from(*n))])).collect()
        };
        let distinct = |v: &[String]| v.iter().collect::<std::collections::BTreeSet<_>>().len();
        // Arabic: zero, one, two, few (3), many (11), other (100), in Arabic-Indic digits.
        let ar = forms("ar", &[0, 1, 2, 3, 11, 100]);
        assert_eq!(distinct(&ar), 6, "{ar:#?}");
        assert_eq!(ar[3], "أُنشئت \u{2068}٣\u{2069} حالات تجريبية.");
        assert_eq!(ar[4], "أُنشئت \u{2068}١١\u{2069} حالة تجريبية.");
        assert!(ar[5].contains("\u{2068}١٠٠\u{2069}"), "{ar:#?}");
        // Russian: one (1, 21), few (3), many (5).
        let ru = forms("ru", &[1, 21, 3, 5]);
        assert_eq!(ru[0].replace('1', ""), ru[1].replace("21", ""), "{ru:#?}");
        assert_eq!(distinct(&ru[1..]), 3, "{ru:#?}");
        assert_eq!(ru[2], "Создано \u{2068}3\u{2069} синтетических дела.");
        assert_eq!(ru[3], "Создано \u{2068}5\u{2069} синтетических дел.");
        // Farsi counts in Persian digits; Tigrinya in Latin ones (CLDR's default for ti).
        let fa = forms("fa", &[1, 7]);
        assert_eq!(fa[1], "\u{2068}۷\u{2069} پروندهٔ آزمایشی ساخته شد.");
        let ti = forms("ti", &[1, 7]);
        assert_eq!(ti, ["\u{2068}1\u{2069} ናይ ፈተነ ጉዳይ ተፈጢሩ።", "\u{2068}7\u{2069} ናይ ፈተነ ጉዳያት ተፈጢሮም።"]);
    }

    /// A message with a name and a number, as HQ prints it: the name isolated, the hours in the
    /// locale's digits and plural form, the code (an identifier, passed as text) as it is.
    #[test]
    fn a_name_and_a_number_in_each_locale() {
        let code = |locale: &str, hours: i64| {
            let args =
                [("site", Arg::from("Camp Amina")), ("code", Arg::from("4821")), ("hours", Arg::from(hours))];
            let text = Localizer::new(&[locale]).format("hq-device-code", &args);
            assert!(text.contains("\u{2068}Camp Amina\u{2069}"), "{locale}: {text:?}");
            assert!(text.contains("\u{2068}4821\u{2069}"), "{locale}: {text:?}");
            text
        };
        let fsi = |s: &str| format!("\u{2068}{s}\u{2069}");
        // Arabic: few (3), one (1), many (11), in Arabic-Indic digits.
        assert!(code("ar", 3).ends_with(&format!("لمدة {}.", fsi(&format!("{} ساعات", fsi("٣"))))));
        assert!(code("ar", 1).ends_with(&format!("لمدة {}.", fsi(&format!("ساعة واحدة ({})", fsi("١"))))));
        assert!(code("ar", 11).ends_with(&format!("لمدة {}.", fsi(&format!("{} ساعة", fsi("١١"))))));
        assert_eq!(
            code("fa", 3),
            format!(
                "کد ثبت\u{200c}نام یک دستگاه در محل {}: {} (معتبر به مدت {}، فقط برای یک بار).",
                fsi("Camp Amina"),
                fsi("4821"),
                fsi(&format!("{} ساعت", fsi("۳")))
            )
        );
        assert!(code("ti", 3).contains(&fsi(&format!("{} ሰዓታት", fsi("3")))));
        assert!(code("ti", 1).contains(&fsi(&format!("{} ሰዓት", fsi("1")))));
        assert_eq!(
            code("ru", 3),
            format!(
                "Код регистрации для устройства в пункте {}: {} (действует {}, одноразовый).",
                fsi("Camp Amina"),
                fsi("4821"),
                fsi(&format!("{} часа", fsi("3")))
            )
        );
        assert!(code("ru", 5).contains(&fsi(&format!("{} часов", fsi("5")))));
    }

    /// A date argument is shown in the style of the locale whose text shows it, and so is a
    /// number next to it.
    #[test]
    fn dates_reach_messages_in_the_locale_style() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("a real date");
        let seen = |locale: &str| {
            let mut bundle = empty_bundle(locale);
            let resource = FluentResource::try_new("seen = { $date } ({ $cases })".to_owned());
            bundle.add_resource_overriding(resource.expect("valid Fluent"));
            let l = Localizer { chain: vec![bundle], locales: vec![locale.to_owned()] }.without_isolation();
            l.format("seen", &[("date", date.into()), ("cases", Arg::from(1250i64))])
        };
        assert_eq!(seen("en"), "Nov 30, 2026 (1,250)");
        assert_eq!(seen("ar"), "٣٠\u{200f}/١١\u{200f}/٢٠٢٦ (١٬٢٥٠)");
        assert_eq!(seen("fa"), "۳۰ نوامبر ۲۰۲۶ (۱٬۲۵۰)");
        assert_eq!(seen("uk"), "30 лист. 2026\u{202f}р. (1\u{a0}250)");
    }

    /// NUMBER() takes its options (two digits for minutes) and the number keeps the locale's
    /// digits: a time reads "٠٩:٠٥" in Arabic, "09:05" in English.
    #[test]
    fn number_with_options_keeps_the_locale_digits() {
        let time = |locale: &str| {
            let mut bundle = empty_bundle(locale);
            let text = "t = { NUMBER($h, minimumIntegerDigits: 2) }:{ NUMBER($m, minimumIntegerDigits: 2) }";
            bundle.add_resource_overriding(FluentResource::try_new(text.to_owned()).expect("valid Fluent"));
            let l = Localizer { chain: vec![bundle], locales: vec![locale.to_owned()] }.without_isolation();
            l.format("t", &[("h", Arg::from(9i64)), ("m", Arg::from(5i64))])
        };
        assert_eq!(time("en"), "09:05");
        assert_eq!(time("ar"), "٠٩:٠٥");
        assert_eq!(time("fa"), "۰۹:۰۵");
    }

    /// A Latin name inside right-to-left text is isolated, so it cannot reorder the sentence.
    #[test]
    fn names_are_isolated_inside_right_to_left_text() {
        for locale in ["ar", "fa", "ur"] {
            if !available_locales().contains(&locale) {
                continue;
            }
            let text =
                Localizer::new(&[locale]).format("error-unknown-user", &[("user", "officer-amina".into())]);
            assert!(text.contains("\u{2068}officer-amina\u{2069}"), "{locale}: {text:?}");
            assert!(text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "{locale}: {text}");
        }
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
