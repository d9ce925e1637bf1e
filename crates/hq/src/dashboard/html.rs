//! HTML building blocks: the page layout (language, direction, navigation by role), the bar
//! chart, the stylesheet and the bundled fonts. Markup is written with maud's `html!`, which
//! escapes every value spliced in. No script: every action is a plain form.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{DOCTYPE, Markup, html};
use waypoint_i18n::{Arg, Localizer};

use super::StaffSession;
use crate::accounts::Permission;

/// A message (plain text: maud escapes it where it is spliced in).
pub(crate) fn t(l: &Localizer, id: &str) -> String {
    l.format(id, &[])
}

/// A message with arguments.
pub(crate) fn ta(l: &Localizer, id: &str, args: &[(&str, Arg)]) -> String {
    l.format(id, args)
}

/// A time (ms) in the reader's language — its date pattern and digits — with the hour and
/// minute in UTC, saying so: staff at several sites read the same trail.
pub(crate) fn when(l: &Localizer, ms: i64) -> String {
    use chrono::Timelike;
    let Some(d) = waypoint_model::Timestamp(ms).to_datetime() else { return String::new() };
    // The time is one placeable of its own: isolated as a whole it reads left to right, hour
    // then minute, inside right-to-left text too.
    let time = ta(
        l,
        "hq-time",
        &[("hour", Arg::from(i64::from(d.hour()))), ("minute", Arg::from(i64::from(d.minute())))],
    );
    ta(l, "hq-when", &[("date", Arg::from(d.date_naive())), ("time", Arg::from(time))])
}

/// The hidden CSRF field of a form.
pub(crate) fn csrf_field(s: &StaffSession) -> Markup {
    html! { input type="hidden" name="csrf" value=(s.csrf); }
}

const NAV: [(&str, &str, Permission); 9] = [
    ("/cases", "hq-nav-cases", Permission::ReadCases),
    ("/conflicts", "hq-nav-conflicts", Permission::ReadCases),
    ("/matches", "hq-nav-matches", Permission::ReadCases),
    ("/transfers", "hq-nav-transfers", Permission::ReadCases),
    ("/devices", "hq-nav-devices", Permission::ViewDevices),
    ("/erasures", "hq-nav-erasures", Permission::Erase),
    ("/audit", "hq-nav-audit", Permission::ViewAudit),
    ("/figures", "hq-nav-figures", Permission::ViewFigures),
    ("/accounts", "hq-nav-accounts", Permission::ManageAccounts),
];

fn language_form(l: &Localizer, back: &str) -> Markup {
    html! {
        form.lang method="get" action="/lang" {
            input type="hidden" name="back" value=(back);
            label {
                (t(l, "hq-language")) " "
                select name="set" {
                    @for info in waypoint_i18n::manifest() {
                        option value=(info.code) lang=(info.code) selected[info.code == l.locale()] {
                            (info.name)
                        }
                    }
                }
            }
            " "
            button type="submit" { (t(l, "hq-language-submit")) }
        }
    }
}

/// A whole page: `lang` and `dir` from the UI language, navigation for the role.
pub(crate) fn page(
    l: &Localizer,
    s: Option<&StaffSession>,
    current: &str,
    title: &str,
    body: Markup,
) -> Markup {
    let app = t(l, "hq-title");
    html! {
        (DOCTYPE)
        html lang=(l.locale()) dir=(if l.is_rtl() { "rtl" } else { "ltr" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (app) }
                link rel="stylesheet" href="/assets/dashboard.css";
            }
            body {
                // Keyboard users pass the header and the pages' links in one step.
                a.skip href="#content" { (t(l, "hq-skip")) }
                header {
                    div.brand { (app) }
                    @if let Some(s) = s {
                        @let role = ta(l, "hq-role", &[("role", s.role.code().into())]);
                        @let user = [("user", Arg::from(s.user.as_str())), ("role", Arg::from(role))];
                        div.account {
                            span { (ta(l, "hq-signed-in-as", &user)) }
                            form method="post" action="/logout" {
                                (csrf_field(s))
                                button type="submit" { (t(l, "hq-logout")) }
                            }
                        }
                    }
                    (language_form(l, current))
                }
                @if let Some(s) = s {
                    nav aria-label=(t(l, "hq-nav-label")) {
                        ul {
                            @for (href, id, p) in NAV {
                                @if s.role.can(p) {
                                    @let here = current.starts_with(href).then_some("page");
                                    li { a href=(href) aria-current=[here] { (t(l, id)) } }
                                }
                            }
                        }
                    }
                }
                main id="content" tabindex="-1" {
                    h1 { (title) }
                    (body)
                }
            }
        }
    }
}

/// A horizontal bar chart as inline SVG: one bar per (label, value). Suppressed values are 0
/// and drawn as no bar, so a chart never shows more than the table.
pub(crate) fn bars(rows: &[(String, u64)], rtl: bool, name: &str) -> Markup {
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    // Each row: its label on a line of its own (labels such as "separated from parents or usual
    // caregiver" are longer than any column beside a bar), then the bar and its value.
    let row_h = 50;
    let height = row_h * rows.len().max(1);
    html! {
        // An image with a name (screen readers say it, then read the table that follows). Its
        // geometry is mirrored here for right-to-left pages, so the drawing itself is laid out
        // left to right: inheriting the page's direction flipped the anchors, and Arabic labels
        // were drawn outside the image and values over their bars.
        svg.chart role="img" aria-label=(name) viewBox={ "0 0 600 " (height) } width="600" height=(height)
            direction="ltr" xmlns="http://www.w3.org/2000/svg" {
            title { (name) }
            @for (i, (label, v)) in rows.iter().enumerate() {
                @let y = i * row_h;
                @let w = (*v as f64 / max as f64 * 520.0).round();
                @let (label_x, anchor, bar_x, value_x) = if rtl {
                    (600.0, "end", 600.0 - w, 600.0 - 6.0 - w)
                } else {
                    (0.0, "start", 0.0, 6.0 + w)
                };
                text x=(label_x) y=(y + 17) text-anchor=(anchor) font-size="15" fill="#1f2a37" { (label) }
                rect x=(bar_x) y=(y + 29) width=(w) height="18" rx="3" fill="#2f6f8f" {}
                text x=(value_x) y=(y + 43) text-anchor=(anchor) font-size="14" fill="#1f2a37" {
                    @if *v > 0 { (v) }
                }
            }
        }
    }
}

/// The stylesheet: calm colours, large targets, logical properties only (so right-to-left
/// pages mirror without a second stylesheet).
pub(crate) async fn css() -> Response {
    let mut r = CSS.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("max-age=3600"));
    r
}

const CSS: &str = r#"
@font-face { font-family: "Noto Sans"; src: url("/assets/fonts/NotoSans-Regular.ttf"); font-weight: 400; }
@font-face { font-family: "Noto Sans"; src: url("/assets/fonts/NotoSans-Bold.ttf"); font-weight: 700; }
@font-face { font-family: "Noto Naskh Arabic"; src: url("/assets/fonts/NotoNaskhArabic-Regular.ttf"); font-weight: 400; }
@font-face { font-family: "Noto Naskh Arabic"; src: url("/assets/fonts/NotoNaskhArabic-Bold.ttf"); font-weight: 700; }
@font-face { font-family: "Noto Sans Ethiopic"; src: url("/assets/fonts/NotoSansEthiopic-Regular.ttf"); font-weight: 400; }
@font-face { font-family: "Noto Sans Ethiopic"; src: url("/assets/fonts/NotoSansEthiopic-Bold.ttf"); font-weight: 700; }
:root { --ink: #1f2a37; --muted: #52606d; --line: #d5dde5; --bg: #f6f8fa; --accent: #2f6f8f; --warn: #8a3b12; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans", "Noto Naskh Arabic", "Noto Sans Ethiopic", sans-serif; font-size: 17px; line-height: 1.5; color: var(--ink); background: var(--bg); }
body { margin: 0; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; padding-block: 0.75rem; padding-inline: 1.5rem; background: #fff; border-block-end: 1px solid var(--line); }
.brand { font-weight: 700; font-size: 1.15rem; margin-inline-end: auto; }
.account { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem; }
.account form, .lang { margin: 0; display: flex; gap: 0.5rem; align-items: center; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0; padding-block: 0.5rem; padding-inline: 1.25rem; background: #fff; border-block-end: 1px solid var(--line); }
nav a { display: inline-block; padding-block: 0.6rem; padding-inline: 0.9rem; border-radius: 6px; color: var(--accent); text-decoration: none; font-weight: 700; }
nav a[aria-current="page"] { background: var(--accent); color: #fff; }
main { max-width: 72rem; margin-inline: auto; padding-block: 1rem 3rem; padding-inline: 1.5rem; }
h1 { font-size: 1.6rem; margin-block: 0.5rem 1rem; }
h2 { font-size: 1.25rem; margin-block: 1.5rem 0.5rem; }
section > h2:first-child { margin-block-start: 0; }
section, .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding-block: 1rem; padding-inline: 1.25rem; margin-block-end: 1rem; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: start; padding-block: 0.55rem; padding-inline: 0.75rem; border-block-end: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 700; }
td.when { white-space: nowrap; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
a { color: var(--accent); }
/* A focus anyone can see, on every control, in every theme of the page. */
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible, main:focus-visible { outline: 3px solid #0b3c5d; outline-offset: 2px; }
.skip { position: absolute; inset-inline-start: -9999px; top: 0.5rem; z-index: 10; padding: 0.6rem 1rem; background: #fff; border-radius: 6px; }
.skip:focus { inset-inline-start: 0.5rem; }
button, input, select { font: inherit; min-height: 2.75rem; }
input, select { padding-inline: 0.6rem; border: 1px solid #9aa5b1; border-radius: 6px; background: #fff; }
button, .button { min-height: 2.75rem; padding-inline: 1.1rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; font-weight: 700; cursor: pointer; text-decoration: none; display: inline-flex; align-items: center; }
button.secondary { background: #e4e9ee; color: var(--ink); }
button.danger { background: var(--warn); }
form.inline { display: inline-flex; gap: 0.5rem; margin: 0; }
.row { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; }
.row label { display: flex; flex-direction: column; gap: 0.25rem; max-inline-size: 100%; }
/* Large text on a narrow screen: fields shrink to the width, they never push it. */
input, select, textarea { max-inline-size: 100%; box-sizing: border-box; }
.login { max-width: 26rem; margin-inline: auto; }
.login label { display: flex; flex-direction: column; gap: 0.25rem; margin-block-end: 1rem; }
.login input { inline-size: 100%; }
.notice { background: #e8f3ea; border: 1px solid #9cc7a4; border-radius: 8px; padding-block: 0.75rem; padding-inline: 1rem; margin-block-end: 1rem; }
.error { background: #fbeaea; border: 1px solid #e0a3a3; border-radius: 8px; padding-block: 0.75rem; padding-inline: 1rem; margin-block-end: 1rem; }
.muted { color: var(--muted); }
.code { font-family: monospace; font-size: 1.05rem; letter-spacing: 0.05em; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.value { border: 1px solid var(--line); border-radius: 8px; padding-block: 0.75rem; padding-inline: 1rem; background: var(--bg); }
.value pre { white-space: pre-wrap; font-family: inherit; margin-block: 0 0.5rem; font-size: 1.05rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1.25rem; margin: 0; }
dt { color: var(--muted); }
dd { margin: 0; }
.tag { display: inline-block; padding-inline: 0.5rem; border-radius: 4px; background: #e4e9ee; margin-inline-end: 0.25rem; }
.tag.high, .tag.medium { background: #f6dccc; color: var(--warn); }
.chart { max-inline-size: 100%; block-size: auto; }
.table-scroll { overflow-x: auto; }
"#;

static FONTS: &[(&str, &[u8])] = &[
    ("NotoSans-Regular.ttf", include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf")),
    ("NotoSans-Bold.ttf", include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf")),
    ("NotoNaskhArabic-Regular.ttf", include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Regular.ttf")),
    ("NotoNaskhArabic-Bold.ttf", include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Bold.ttf")),
    ("NotoSansEthiopic-Regular.ttf", include_bytes!("../../../../assets/fonts/NotoSansEthiopic-Regular.ttf")),
    ("NotoSansEthiopic-Bold.ttf", include_bytes!("../../../../assets/fonts/NotoSansEthiopic-Bold.ttf")),
];

/// A bundled font (the repo's `assets/fonts`, compiled in: no network, no file lookups).
pub(crate) async fn font(Path(name): Path<String>) -> Response {
    match FONTS.iter().find(|(n, _)| *n == name) {
        Some((_, bytes)) => {
            let mut r = bytes.into_response();
            let h = r.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("font/ttf"));
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("max-age=86400"));
            r
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
