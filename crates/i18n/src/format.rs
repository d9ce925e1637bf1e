//! Numbers and dates in each locale's own style, from CLDR through ICU4X (data compiled in, so
//! it works offline): the locale's digits (Arabic-Indic in Arabic, Persian in Farsi and Pashto),
//! its decimal and grouping separators, and its medium date pattern.
//!
//! Fluent-bundle prints numbers itself with Latin digits and no grouping; [`format_number`] is
//! set as every bundle's formatter instead, and dates are a custom Fluent type. Both build their
//! ICU4X formatter once per bundle through the bundle's memoizer, which knows its locale.
//! Plural selection is untouched: Fluent still picks the form from the number, not from the
//! formatted text.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentValue;
use fluent_bundle::types::{FluentNumber, FluentType};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::{Decimal, FloatPrecision};
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale::{Locale, LocaleExpander};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// The locale whose CLDR conventions a bundle formats with: its language in its likely region
/// (CLDR likely subtags: `ar` → `ar-Arab-EG`, `fa` → `fa-Arab-IR`, `ur` → `ur-Arab-PK`).
///
/// The bundles are per language, but CLDR's defaults for a bare language can differ from what
/// most of its readers use: bare `ar` (like `ar-MA`, `ar-AE`) has Latin digits, while `ar-EG`,
/// `ar-SY`, `ar-IQ`, `ar-SD`, `ar-YE` and `ar-SA` have Arabic-Indic ones. The likely region
/// picks the latter.
fn formatting_locale(lang: &LanguageIdentifier) -> Locale {
    let mut locale = Locale::try_from_str(&lang.to_string()).unwrap_or(Locale::UNKNOWN);
    LocaleExpander::new_common().maximize(&mut locale.id);
    locale
}

/// The locale's decimal formatter, one per grouping choice (`NUMBER($n, useGrouping: "false")`).
struct Numbers(DecimalFormatter);

impl Memoizable for Numbers {
    type Args = (bool,);
    type Error = ();

    fn construct(lang: LanguageIdentifier, (grouping,): Self::Args) -> Result<Self, ()> {
        let mut options = DecimalFormatterOptions::default();
        if !grouping {
            options.grouping_strategy = Some(GroupingStrategy::Never);
        }
        DecimalFormatter::try_new((&formatting_locale(&lang)).into(), options).map(Numbers).map_err(|_| ())
    }
}

/// The number as a decimal, with the fraction digits the message or the caller asked for.
fn to_decimal(number: &FluentNumber) -> Option<Decimal> {
    let mut decimal = Decimal::try_from_f64(number.value, FloatPrecision::RoundTrip).ok()?;
    let digits = |n: usize| -> i16 { n.min(30) as i16 };
    if let Some(max) = number.options.maximum_fraction_digits {
        decimal.round(-digits(max));
        decimal.absolute.trim_end();
    }
    if let Some(min) = number.options.minimum_fraction_digits {
        decimal.absolute.pad_end(-digits(min));
    }
    if let Some(min) = number.options.minimum_integer_digits {
        decimal.absolute.pad_start(digits(min));
    }
    Some(decimal)
}

/// The bundle formatter: a number in the bundle locale's digits and separators. `None` (Fluent's
/// own formatting) for anything else, and for NaN or infinity.
pub(crate) fn format_number(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    let decimal = to_decimal(number)?;
    intls
        .with_try_get::<Numbers, _, _>((number.options.use_grouping,), |f| f.0.format(&decimal).to_string())
        .ok()
}

/// The locale's medium date pattern in the Gregorian calendar (Farsi's default calendar is the
/// Solar Hijri one; case records keep Gregorian dates).
struct Dates(FixedCalendarDateTimeFormatter<Gregorian, YMD>);

impl Memoizable for Dates {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, (): ()) -> Result<Self, ()> {
        FixedCalendarDateTimeFormatter::try_new((&formatting_locale(&lang)).into(), YMD::medium())
            .map(Dates)
            .map_err(|_| ())
    }
}

/// A calendar date as a Fluent value, formatted in the locale of the bundle that shows it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FluentDate(pub(crate) NaiveDate);

impl FluentDate {
    /// The same day in ICU4X's Gregorian calendar.
    fn gregorian(&self) -> Option<Date<Gregorian>> {
        let month = u8::try_from(self.0.month()).ok()?;
        let day = u8::try_from(self.0.day()).ok()?;
        Date::try_new_gregorian(self.0.year(), month, day).ok()
    }

    /// ISO 8601, if the locale has no pattern: unambiguous everywhere.
    fn iso(&self) -> Cow<'static, str> {
        self.0.format("%Y-%m-%d").to_string().into()
    }
}

impl FluentType for FluentDate {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, intls: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        let Some(date) = self.gregorian() else { return self.iso() };
        intls
            .with_try_get::<Dates, _, _>((), |f| f.0.format(&date).to_string().into())
            .unwrap_or_else(|()| self.iso())
    }

    fn as_string_threadsafe(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        let Some(date) = self.gregorian() else { return self.iso() };
        intls
            .with_try_get::<Dates, _, _>((), |f| f.0.format(&date).to_string().into())
            .unwrap_or_else(|()| self.iso())
    }
}

#[cfg(test)]
mod tests {
    use fluent_bundle::types::FluentNumberOptions;

    use super::*;

    fn memoizer(locale: &str) -> IntlLangMemoizer {
        IntlLangMemoizer::new(locale.parse().expect("a valid tag"))
    }

    fn number(locale: &str, value: f64, options: FluentNumberOptions) -> Option<String> {
        format_number(&FluentValue::Number(FluentNumber::new(value, options)), &memoizer(locale))
    }

    /// CLDR's digits, decimal and grouping separators, as ICU's `Intl.NumberFormat` shows them
    /// for the same locale in its likely region (`ar-EG`, `fa-IR`, `ps-AF`, `ur-PK`).
    #[test]
    fn numbers_in_each_locales_digits_and_separators() {
        let cases: &[(&str, [&str; 4])] = &[
            ("en", ["1,234", "12,345", "1,234,567.5", "-0.25"]),
            // A narrow no-break space groups in French, a no-break space in Russian and Ukrainian.
            ("fr", ["1\u{202f}234", "12\u{202f}345", "1\u{202f}234\u{202f}567,5", "-0,25"]),
            ("ru", ["1\u{a0}234", "12\u{a0}345", "1\u{a0}234\u{a0}567,5", "-0,25"]),
            ("uk", ["1\u{a0}234", "12\u{a0}345", "1\u{a0}234\u{a0}567,5", "-0,25"]),
            // Spanish groups only from five digits on (minimum grouping digits 2).
            ("es", ["1234", "12.345", "1.234.567,5", "-0,25"]),
            ("pt", ["1.234", "12.345", "1.234.567,5", "-0,25"]),
            ("ar", ["١٬٢٣٤", "١٢٬٣٤٥", "١٬٢٣٤٬٥٦٧٫٥", "\u{61c}-٠٫٢٥"]),
            ("fa", ["۱٬۲۳۴", "۱۲٬۳۴۵", "۱٬۲۳۴٬۵۶۷٫۵", "\u{200e}−۰٫۲۵"]),
            ("ps", ["۱٬۲۳۴", "۱۲٬۳۴۵", "۱٬۲۳۴٬۵۶۷٫۵", "\u{200e}-\u{200e}۰٫۲۵"]),
            // Urdu is written right to left, but CLDR's default digits for it are Latin.
            ("ur", ["1,234", "12,345", "1,234,567.5", "\u{200e}-0.25"]),
            ("ti", ["1,234", "12,345", "1,234,567.5", "-0.25"]),
        ];
        for (locale, expected) in cases {
            let shown: Vec<Option<String>> = [1234.0, 12345.0, 1_234_567.5, -0.25]
                .into_iter()
                .map(|n| number(locale, n, FluentNumberOptions::default()))
                .collect();
            let expected: Vec<Option<String>> = expected.iter().map(|s| Some((*s).to_owned())).collect();
            assert_eq!(shown, expected, "{locale}");
        }
    }

    /// `NUMBER()` options in a message still apply, in the locale's digits; what cannot be a
    /// decimal is left to Fluent.
    #[test]
    fn number_options_and_odd_values() {
        let two_places = FluentNumberOptions { minimum_fraction_digits: Some(2), ..Default::default() };
        assert_eq!(number("ar", 3.0, two_places.clone()).as_deref(), Some("٣٫٠٠"));
        assert_eq!(number("en", 2.5, two_places).as_deref(), Some("2.50"));
        let at_most_one = FluentNumberOptions { maximum_fraction_digits: Some(1), ..Default::default() };
        assert_eq!(number("fr", 0.96, at_most_one).as_deref(), Some("1"));
        let ungrouped = FluentNumberOptions { use_grouping: false, ..Default::default() };
        assert_eq!(number("fa", 12345.0, ungrouped).as_deref(), Some("۱۲۳۴۵"));
        assert_eq!(number("en", f64::NAN, FluentNumberOptions::default()), None);
        assert_eq!(number("en", f64::INFINITY, FluentNumberOptions::default()), None);
        assert_eq!(format_number(&FluentValue::from("12345"), &memoizer("ar")), None, "text stays as it is");
    }

    /// The medium date style of each locale, Gregorian calendar, in the locale's digits. The
    /// same as `Intl.DateTimeFormat(locale, {dateStyle: "medium", calendar: "gregory"})`,
    /// except that ICU4X 2.4's data has a narrow no-break space before the Ukrainian and
    /// Russian year abbreviation where ICU 78 has a plain space.
    #[test]
    fn dates_in_each_locales_medium_style() {
        let date = |locale: &str, y: i32, m: u32, d: u32| {
            let day = NaiveDate::from_ymd_opt(y, m, d).expect("a real date");
            FluentDate(day).as_string_threadsafe(&memoizer(locale)).into_owned()
        };
        assert_eq!(date("en", 2026, 11, 30), "Nov 30, 2026");
        assert_eq!(date("ar", 2026, 11, 30), "٣٠\u{200f}/١١\u{200f}/٢٠٢٦");
        // Gregorian, not Farsi's default Solar Hijri calendar, in Persian digits.
        assert_eq!(date("fa", 2026, 11, 30), "۳۰ نوامبر ۲۰۲۶");
        assert_eq!(date("uk", 2026, 11, 30), "30 лист. 2026\u{202f}р.");
        assert_eq!(date("ru", 2026, 3, 8), "8 мар. 2026\u{202f}г.");
        assert_eq!(date("fr", 2026, 11, 30), "30 nov. 2026");
        assert_eq!(date("es", 2026, 11, 30), "30 nov 2026");
        // The single-threaded memoizer gives the same text.
        let day = NaiveDate::from_ymd_opt(2026, 11, 30).expect("a real date");
        let single = intl_memoizer::IntlLangMemoizer::new("fa".parse().expect("a valid tag"));
        assert_eq!(FluentDate(day).as_string(&single), "۳۰ نوامبر ۲۰۲۶");
    }
}
