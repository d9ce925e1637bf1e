//! Coverage of each locale against the English source: what a reviewer and CI need to know
//! before a locale ships (missing, extra and malformed messages, and translations whose
//! placeables differ from English, such as one that drops `{ $name }`).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::{SOURCE_LOCALE, Source};

/// What is wrong with one translated file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileReport {
    /// Locale.
    pub locale: String,
    /// File name.
    pub file: String,
    /// Messages English has and this file lacks.
    pub missing: Vec<String>,
    /// Messages this file has and English does not.
    pub extra: Vec<String>,
    /// Syntax errors, as `line N: <text>`; the text around them is lost to Fluent.
    pub malformed: Vec<String>,
    /// Messages whose variables differ from English: (id, English's, this file's).
    pub placeables: Vec<(String, Vec<String>, Vec<String>)>,
}

impl FileReport {
    /// Whether the file has no problem.
    pub fn is_clean(&self) -> bool {
        self.missing.is_empty()
            && self.extra.is_empty()
            && self.malformed.is_empty()
            && self.placeables.is_empty()
    }
}

/// One locale's coverage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// Locale.
    pub locale: String,
    /// English messages with a sound translation (present, parsed, same placeables).
    pub translated: usize,
    /// English messages.
    pub total: usize,
}

impl Coverage {
    /// Coverage in percent, rounded down (so 99.9 % never reads as 100 %).
    pub fn percent(&self) -> u32 {
        if self.total == 0 {
            return 100;
        }
        u32::try_from(self.translated * 100 / self.total).unwrap_or(0)
    }
}

/// The result of checking every locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Per file, in locale and file order (English files included: they can be malformed too).
    pub files: Vec<FileReport>,
    /// Per locale, in locale order.
    pub coverage: Vec<Coverage>,
}

impl Report {
    /// Whether every locale is complete and every file is clean.
    pub fn passes(&self) -> bool {
        self.files.iter().all(FileReport::is_clean) && self.coverage.iter().all(|c| c.translated == c.total)
    }
}

/// A parsed file: message id → variables it uses; plus syntax errors.
struct Parsed {
    messages: BTreeMap<String, BTreeSet<String>>,
    errors: Vec<String>,
}

fn parse(text: &str) -> Parsed {
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors),
    };
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        value.iter().for_each(|p| pattern_vars(p, &mut vars));
        attributes.iter().for_each(|a| pattern_vars(&a.value, &mut vars));
        messages.insert(id, vars);
    }
    let errors = errors
        .iter()
        .map(|e| {
            let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
            format!("line {line}: {}", e.kind)
        })
        .collect();
    Parsed { messages, errors }
}

fn pattern_vars(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            variants.iter().for_each(|v| pattern_vars(&v.value, out));
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline_vars(a, out));
            arguments.named.iter().for_each(|a| inline_vars(&a.value, out));
        }
        InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            arguments.positional.iter().for_each(|a| inline_vars(a, out));
            arguments.named.iter().for_each(|a| inline_vars(&a.value, out));
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// Checks every locale of `sources` against the English files among them.
pub fn check(sources: &[Source<'_>]) -> Report {
    let english: BTreeMap<&str, Parsed> =
        sources.iter().filter(|s| s.locale == SOURCE_LOCALE).map(|s| (s.file, parse(s.text))).collect();
    let total: usize = english.values().map(|p| p.messages.len()).sum();
    let locales: BTreeSet<&str> = sources.iter().map(|s| s.locale).collect();
    let mut files = Vec::new();
    let mut coverage = Vec::new();
    for locale in locales {
        let mut translated = 0;
        for (file, en) in &english {
            let mut report =
                FileReport { locale: locale.to_owned(), file: (*file).to_owned(), ..FileReport::default() };
            let Some(source) = sources.iter().find(|s| s.locale == locale && s.file == *file) else {
                report.missing = en.messages.keys().cloned().collect();
                files.push(report);
                continue;
            };
            let parsed = if locale == SOURCE_LOCALE { None } else { Some(parse(source.text)) };
            let parsed = parsed.as_ref().unwrap_or(en);
            report.malformed.clone_from(&parsed.errors);
            for (id, vars) in &en.messages {
                match parsed.messages.get(id) {
                    None => report.missing.push(id.clone()),
                    Some(found) if found != vars => report.placeables.push((
                        id.clone(),
                        vars.iter().cloned().collect(),
                        found.iter().cloned().collect(),
                    )),
                    Some(_) => translated += 1,
                }
            }
            report.extra =
                parsed.messages.keys().filter(|id| !en.messages.contains_key(*id)).cloned().collect();
            files.push(report);
        }
        for source in sources.iter().filter(|s| s.locale == locale && !english.contains_key(s.file)) {
            let parsed = parse(source.text);
            files.push(FileReport {
                locale: locale.to_owned(),
                file: source.file.to_owned(),
                extra: parsed.messages.keys().cloned().collect(),
                malformed: parsed.errors,
                ..FileReport::default()
            });
        }
        coverage.push(Coverage { locale: locale.to_owned(), translated, total });
    }
    Report { files, coverage }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "greeting = Hello { $name }!\ncount = { $n ->\n    [one] one case\n   *[other] { $n } cases\n}\nbye = Bye\n";

    fn src(locale: &'static str, text: &'static str) -> Source<'static> {
        Source { locale, file: "app.ftl", text }
    }

    #[test]
    fn a_complete_translation_passes() {
        let fr = "greeting = Bonjour { $name } !\ncount = { $n ->\n    [one] un dossier\n   *[other] { $n } dossiers\n}\nbye = Au revoir\n";
        let report = check(&[src("en", EN), src("fr", fr)]);
        assert!(report.passes(), "{report:?}");
        assert_eq!(report.coverage[1].percent(), 100);
    }

    #[test]
    fn a_missing_key_fails() {
        let fr = "greeting = Bonjour { $name } !\ncount = { $n } dossiers\n";
        let report = check(&[src("en", EN), src("fr", fr)]);
        assert!(!report.passes());
        let file = report.files.iter().find(|f| f.locale == "fr").expect("fr");
        assert_eq!(file.missing, vec!["bye".to_string()]);
        assert_eq!(report.coverage[1].percent(), 66);
    }

    #[test]
    fn a_dropped_placeable_fails() {
        let fr = "greeting = Bonjour !\ncount = { $n } dossiers\nbye = Au revoir\n";
        let report = check(&[src("en", EN), src("fr", fr)]);
        assert!(!report.passes());
        let file = report.files.iter().find(|f| f.locale == "fr").expect("fr");
        assert_eq!(file.placeables, vec![("greeting".to_string(), vec!["name".to_string()], vec![])]);
    }

    #[test]
    fn malformed_and_extra_messages_are_reported() {
        let fr = "greeting = Bonjour { $name !\ncount = { $n } dossiers\nbye = Au revoir\nextra = En trop\n";
        let report = check(&[src("en", EN), src("fr", fr)]);
        let file = report.files.iter().find(|f| f.locale == "fr").expect("fr");
        assert_eq!(file.malformed.len(), 1, "{file:?}");
        assert!(file.malformed[0].starts_with("line 1"), "{file:?}");
        assert_eq!(file.missing, vec!["greeting".to_string()]);
        assert_eq!(file.extra, vec!["extra".to_string()]);
    }

    #[test]
    fn the_shipped_locales_are_complete() {
        let report = check(crate::sources());
        let problems: Vec<&FileReport> = report.files.iter().filter(|f| !f.is_clean()).collect();
        assert!(problems.is_empty(), "{problems:#?}");
        assert!(report.passes(), "{:?}", report.coverage);
    }
}
