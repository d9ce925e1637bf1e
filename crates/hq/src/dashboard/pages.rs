//! Server-rendered pages. Each reads through the same [`Dashboard`] methods as the API (so
//! the same role checks apply), and every state-changing form carries the session's CSRF
//! token. All text comes from Fluent (`locales/*/hq.ftl`, and the app's own messages for
//! the parts of a case), as plain text that maud escapes.

use std::sync::Arc;

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use serde::Deserialize;
use waypoint_case::CaseSummary;
use waypoint_case::messages::Labelled;
use waypoint_i18n::{Arg, Localizer};
use waypoint_model::{AnswerValue, BirthDate, Conflict};

use super::cases::{CaseEntry, Figures, Sender};
use super::html::{bars, csrf_field, page, t, ta, when};
use super::web::{self, LANG_COOKIE, LOGIN_COOKIE, SESSION_COOKIE, session, session_for_change, ui_language};
use super::{DashError, Dashboard, ERASURE_REASONS, StaffSession};
use crate::accounts::{MIN_PASSWORD_CHARS, Permission, Role};

type D = State<Arc<Dashboard>>;

/// Renders a page for a signed-in user, or the error (sign-in page when signed out).
fn render(
    d: &Dashboard,
    headers: &HeaderMap,
    current: &str,
    build: impl FnOnce(&Localizer, &StaffSession) -> Result<(String, Markup), DashError>,
) -> Response {
    let l = ui_language(headers);
    let Ok(s) = session(d, headers) else { return web::see_other("/login") };
    match build(&l, &s) {
        Ok((title, body)) => page(&l, Some(&s), current, &title, body).into_response(),
        Err(e) => error_page(&l, Some(&s), current, &e),
    }
}

fn error_page(l: &Localizer, s: Option<&StaffSession>, current: &str, e: &DashError) -> Response {
    if matches!(e, DashError::Unauthenticated) {
        return web::see_other("/login");
    }
    web::log(e);
    // The way back to the page the form or link came from (a path of the dashboard's own).
    let body = html! {
        p.error role="alert" { (ta(l, web::message_id(e), &web::message_args(e))) }
        @if s.is_some() {
            p { a.button href=(current) { (t(l, "hq-back")) } }
        }
    };
    (web::status(e), page(l, s, current, &t(l, "hq-title"), body)).into_response()
}

/// After a form: back to `to` with a notice, or the error page.
pub(super) fn after_form(d: &Dashboard, headers: &HeaderMap, to: &str, r: Result<(), DashError>) -> Response {
    match r {
        Ok(()) => web::see_other(&format!("{to}?done=1")),
        Err(e) => {
            let l = ui_language(headers);
            let s = session(d, headers).ok();
            error_page(&l, s.as_ref(), to, &e)
        }
    }
}

/// `?done=1` after a form.
#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

fn notice(l: &Localizer, done: &Done) -> Markup {
    html! {
        @if done.done.is_some() {
            p.notice role="status" { (t(l, "hq-done")) }
        }
    }
}

/// `/`: the first page the role may see.
pub async fn home(State(d): D, headers: HeaderMap) -> Response {
    let Ok(s) = session(&d, &headers) else { return web::see_other("/login") };
    let to = if s.role.can(Permission::ReadCases) {
        "/cases"
    } else if s.role.can(Permission::ViewFigures) {
        "/figures"
    } else if s.role.can(Permission::ViewDevices) {
        "/devices"
    } else {
        "/welcome"
    };
    web::see_other(to)
}

/// `/welcome`: for a role with no page at headquarters (an interpreter works on the devices).
pub async fn welcome(State(d): D, headers: HeaderMap) -> Response {
    render(&d, &headers, "/welcome", |l, _| {
        Ok((t(l, "hq-nav-welcome"), html! { p { (t(l, "hq-nothing-for-role")) } }))
    })
}

/// `?failed=1` after a refused sign-in.
#[derive(Deserialize, Default)]
pub struct LoginQuery {
    #[serde(default)]
    failed: Option<String>,
}

/// The sign-in page. It sets a one-off token in a cookie and in the form (double submit), so
/// another site cannot sign a browser in to an account of its choosing.
pub async fn login_page(State(d): D, headers: HeaderMap, Query(q): Query<LoginQuery>) -> Response {
    if session(&d, &headers).is_ok() {
        return web::see_other("/");
    }
    let l = ui_language(&headers);
    let token = crate::accounts::random_token();
    let body = html! {
        div.login.card {
            @if q.failed.is_some() {
                p.error role="alert" { (t(&l, "hq-login-failed")) }
            }
            form method="post" action="/login" {
                input type="hidden" name="login_token" value=(token);
                label {
                    (t(&l, "hq-login-name"))
                    input name="name" autocomplete="username" required autofocus;
                }
                label {
                    (t(&l, "hq-login-password"))
                    input name="password" type="password" autocomplete="current-password" required;
                }
                button type="submit" { (t(&l, "hq-login-submit")) }
            }
        }
    };
    let mut r = page(&l, None, "/login", &t(&l, "hq-login-title"), body).into_response();
    r.headers_mut().append(header::SET_COOKIE, web::set_cookie(&d, LOGIN_COOKIE, &token, 1800));
    r
}

/// The sign-in form.
#[derive(Deserialize)]
pub struct LoginForm {
    name: String,
    password: String,
    login_token: String,
}

/// Signs in from the form.
pub async fn login_submit(
    State(d): D,
    peer: web::Peer,
    headers: HeaderMap,
    Form(f): Form<LoginForm>,
) -> Response {
    let expected = web::own_cookie(&d, &headers, LOGIN_COOKIE).unwrap_or("");
    if expected.is_empty() || expected != f.login_token {
        return web::see_other("/login?failed=1");
    }
    let address = web::address(&d, peer, &headers);
    let dash = d.clone();
    let result = tokio::task::spawn_blocking(move || dash.login(&f.name, &f.password, address))
        .await
        .unwrap_or(Err(DashError::LoginRefused));
    match result {
        Ok((token, _)) => {
            let mut r = web::see_other("/");
            let h = r.headers_mut();
            h.append(
                header::SET_COOKIE,
                web::set_cookie(&d, SESSION_COOKIE, &token, super::MAX_SESSION_MS / 1000),
            );
            h.append(header::SET_COOKIE, web::set_cookie(&d, LOGIN_COOKIE, "", 0));
            r
        }
        Err(_) => {
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            web::see_other("/login?failed=1")
        }
    }
}

/// A form that only carries the CSRF token.
#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// Signs out.
pub async fn logout(State(d): D, headers: HeaderMap, Form(f): Form<CsrfForm>) -> Response {
    if let Ok(s) = session_for_change(&d, &headers, Some(&f.csrf)) {
        let _ = d.logout(&s);
    }
    let mut r = web::see_other("/login");
    r.headers_mut().append(header::SET_COOKIE, web::set_cookie(&d, SESSION_COOKIE, "", 0));
    r
}

/// `?set=ar&back=/cases`.
#[derive(Deserialize)]
pub struct LangQuery {
    set: String,
    #[serde(default)]
    back: String,
}

/// Chooses the UI language (a cookie; nothing changes on the server).
pub async fn set_language(State(d): D, Query(q): Query<LangQuery>) -> Response {
    let mut r = web::see_other(local_path(&q.back));
    if waypoint_i18n::available_locales().contains(&q.set.as_str()) {
        r.headers_mut().append(header::SET_COOKIE, web::set_cookie(&d, LANG_COOKIE, &q.set, 365 * 24 * 3600));
    }
    r
}

/// `back` if it is a path on this site, else `/`. Browsers read `/\host` (and `//host`, and
/// those with a tab or newline inside) as another site: a link to `/lang?back=/%5Cevil.example`
/// must not send a signed-in supervisor there.
fn local_path(back: &str) -> &str {
    let mut chars = back.chars();
    let local = chars.next() == Some('/')
        && !matches!(chars.next(), Some('/' | '\\'))
        && !back.chars().any(|c| c == '\\' || c.is_control());
    if local { back } else { "/" }
}

fn risk_label(l: &Localizer, code: &str) -> String {
    t(l, &format!("app-risk-{code}"))
}

fn band_label(l: &Localizer, band: &str) -> String {
    t(l, &format!("app-age-band-{}", band.replace('+', "-plus")))
}

/// A table: a column per message id (`""` for a column without a heading), and its rows.
fn table(l: &Localizer, columns: &[&str], rows: Markup) -> Markup {
    html! {
        table {
            thead {
                tr {
                    @for id in columns {
                        th { @if !id.is_empty() { (t(l, id)) } }
                    }
                }
            }
            tbody { (rows) }
        }
    }
}

/// A table that scrolls sideways on a narrow screen.
fn wide_table(l: &Localizer, columns: &[&str], rows: Markup) -> Markup {
    html! { div.table-scroll { (table(l, columns, rows)) } }
}

/// A case's code, linking to its review.
fn case_link(id: &str, code: &str) -> Markup {
    html! { a.code href={ "/cases/" (id) } { (code) } }
}

fn case_rows(l: &Localizer, rows: &[CaseSummary]) -> Markup {
    if rows.is_empty() {
        return html! { p.muted { (t(l, "hq-none")) } };
    }
    let columns = ["hq-col-code", "hq-col-name", "hq-col-site", "hq-col-status", "hq-col-age", "hq-col-risk"];
    let body = html! {
        @for r in rows {
            tr {
                td { (case_link(&r.case_id, &r.code)) }
                td {
                    bdi { (r.display_name) }
                    @if r.conflicts > 0 {
                        " "
                        span.tag.medium { (ta(l, "app-conflicts-count", &[("count", r.conflicts.into())])) }
                    }
                }
                td { (r.site) }
                td { (t(l, &format!("app-status-{}", r.status))) }
                td { (band_label(l, &r.age_band)) }
                td { span.tag.(r.risk) { (risk_label(l, &r.risk)) } }
            }
        }
    };
    wide_table(l, &columns, body)
}

/// Case search.
pub async fn cases(State(d): D, headers: HeaderMap, Query(q): Query<super::api::SearchQuery>) -> Response {
    render(&d, &headers, "/cases", |l, s| {
        let rows: Vec<_> = d.search(s, &q.q)?.into_iter().map(|h| h.summary).collect();
        let body = html! {
            form.row.card method="get" action="/cases" role="search" {
                label {
                    (t(l, "hq-search-label"))
                    input name="q" value=(q.q) size="32" dir="auto";
                }
                button type="submit" { (t(l, "hq-search-submit")) }
            }
            (case_rows(l, &rows))
        };
        Ok((t(l, "hq-nav-cases"), body))
    })
}

/// A conflict's or an answer's value in words: the answer's text or choice, else the JSON.
fn show_value(v: &serde_json::Value) -> String {
    use serde_json::Value as J;
    match v {
        J::String(s) => s.clone(),
        J::Null => String::new(),
        // An answer is `{ …, "value": { "Text": "…" } }` in the document.
        J::Object(m) => match (m.get("value"), m.len()) {
            (Some(inner), _) => show_value(inner),
            (None, 1) => m.values().next().map_or_else(String::new, show_value),
            _ => m.get("text").map_or_else(|| v.to_string(), show_value),
        },
        J::Array(items) => items.iter().map(show_value).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn question_label(l: &Localizer, question: &str) -> String {
    waypoint_model::template::intake_v1()
        .question(question)
        .map_or_else(|| question.to_owned(), |q| t(l, &q.text))
}

fn field_label(l: &Localizer, c: &Conflict) -> String {
    let path = c.path_string();
    match path.strip_prefix("interview/answers/") {
        Some(rest) => question_label(l, rest.split('/').next().unwrap_or(rest)),
        None => path,
    }
}

/// An answer's value in words: yes/no and choices through the template's messages.
fn answer_value(l: &Localizer, question: &str, a: &waypoint_model::Answer) -> String {
    let choice = |id: &str| {
        waypoint_model::template::intake_v1()
            .question(question)
            .and_then(|q| q.choices.iter().find(|c| c.id == id))
            .map_or_else(|| id.to_owned(), |c| t(l, &c.text))
    };
    match &a.value {
        Some(AnswerValue::Text(s) | AnswerValue::Date(s)) => s.clone(),
        Some(AnswerValue::Choice(s)) => choice(s),
        Some(AnswerValue::YesNo(b)) => t(l, if *b { "app-yes" } else { "app-no" }),
        Some(AnswerValue::Choices(v)) => v.iter().map(|c| choice(c)).collect::<Vec<_>>().join(", "),
        Some(AnswerValue::Number(n)) => n.to_string(),
        None => String::new(),
    }
}

fn review(l: &Localizer, e: &CaseEntry) -> Markup {
    let c = &e.case;
    let r = &c.registration;
    let sex = r.sex.map_or_else(|| t(l, "app-not-known"), |s| t(l, &s.message_id()));
    let birth = match &r.birth {
        BirthDate::Unknown => t(l, "app-birth-kind-unknown"),
        BirthDate::Exact { date } => date.clone(),
        BirthDate::Approximate { year, month } => {
            month.map_or_else(|| year.to_string(), |m| format!("{year}-{m:02}"))
        }
        BirthDate::StatedAge { years, .. } => format!("{} ({})", years, t(l, "app-birth-kind-stated-age")),
    };
    let accompaniment =
        r.accompaniment.status.map_or_else(|| t(l, "app-not-known"), |a| t(l, &a.message_id()));
    let age = if e.age.treated_as_child {
        let basis = match e.age.basis {
            waypoint_case::rules::AgeBasis::Doubt => "doubt",
            waypoint_case::rules::AgeBasis::DisputedAssessment => "disputed_assessment",
            _ => "other",
        };
        ta(l, "app-age-treated-as-child", &[("basis", Arg::from(basis))])
    } else {
        t(l, "app-age-adult")
    };
    let age_range = |min: Option<u64>, max: Option<u64>| {
        let show = |n: Option<u64>| n.map_or_else(|| "?".to_owned(), |n| n.to_string());
        ta(l, "app-age-range", &[("min", Arg::from(show(min))), ("max", Arg::from(show(max)))])
    };
    let range = e.age.range.map_or_else(String::new, |(min, max)| age_range(Some(min), max));
    let level = e.risk.level.code();
    html! {
        @if !e.conflicts.is_empty() {
            p.error {
                a href="/conflicts" { (ta(l, "app-conflicts-count", &[("count", e.conflicts.len().into())])) }
            }
        }
        section {
            h2 { (t(l, "app-tab-registration")) }
            dl {
                dt { (t(l, "app-names")) }
                dd {
                    @for (i, n) in r.names.iter().enumerate() {
                        @if i > 0 { " · " }
                        bdi { (n.text) }
                    }
                }
                dt { (t(l, "app-sex")) }
                dd { (sex) }
                dt { (t(l, "app-birth")) }
                dd { (birth) }
                dt { (ta(l, "hq-dimension", &[("dimension", Arg::from("nationality"))])) }
                dd { (r.nationalities.join(", ")) }
                dt { (t(l, "app-accompaniment")) }
                dd { (accompaniment) }
                dt { (t(l, "hq-col-site")) }
                dd { (e.site) " · " (when(l, r.encounter.at.0)) }
            }
        }
        section {
            h2 { (t(l, "app-tab-age")) }
            p { (age) " " (range) }
            ul {
                @for a in &c.age_assessments {
                    li {
                        (t(l, &a.method.message_id())) " · " (age_range(a.min_age, a.max_age))
                        " · " (when(l, a.date.0))
                        @if a.disputed { " · " (t(l, "app-age-disputed")) }
                    }
                }
            }
            h2 { (t(l, "hq-case-risk")) }
            p { span.tag.(level) { (risk_label(l, level)) } }
            ul {
                @for reason in &e.risk.reasons {
                    li { (t(l, &reason.message_id())) }
                }
            }
        }
        section {
            h2 { (t(l, "app-tab-consent")) }
            table {
                tbody {
                    @for k in &c.consents {
                        tr {
                            td { (ta(l, "app-consent-purpose", &[("purpose", Arg::from(k.purpose.code()))])) }
                            td { (t(l, &k.decision.message_id())) }
                            td { (when(l, k.at.0)) }
                        }
                    }
                    @if c.consents.is_empty() {
                        tr { td { (t(l, "app-consent-not-asked")) } }
                    }
                }
            }
        }
        section {
            h2 { (t(l, "hq-case-answers")) }
            table {
                tbody {
                    @for (q, a) in &c.interview.answers {
                        @let lang = a.language.as_deref().unwrap_or("");
                        tr {
                            td { (question_label(l, q)) }
                            td { bdi lang=(lang) { (answer_value(l, q, a)) } }
                            td { (t(l, &a.state.message_id())) }
                            td { (lang) }
                        }
                    }
                    @if c.interview.answers.is_empty() {
                        tr { td { (t(l, "hq-none")) } }
                    }
                }
            }
        }
    }
}

/// One case for review.
pub async fn case(State(d): D, headers: HeaderMap, Path(id): Path<String>) -> Response {
    render(&d, &headers, "/cases", |l, s| {
        let e = d.case(s, &id)?;
        Ok((ta(l, "hq-case-title", &[("code", Arg::from(e.summary.code.as_str()))]), review(l, &e)))
    })
}

/// Who sent the change behind a value: the author above is only what that device claimed.
fn sent_by(l: &Localizer, sender: Option<&Sender>) -> String {
    match sender {
        Some(Sender::Device { device, site }) => {
            let short = device.get(..8).unwrap_or(device);
            ta(l, "hq-value-sent-by", &[("device", Arg::from(short)), ("site", Arg::from(site.as_str()))])
        }
        Some(Sender::Hq) => t(l, "hq-value-sent-at-hq"),
        Some(Sender::Unknown) | None => t(l, "hq-value-sender-unknown"),
    }
}

/// Conflicts to resolve, both values side by side.
pub async fn conflicts(State(d): D, headers: HeaderMap, Query(done): Query<Done>) -> Response {
    render(&d, &headers, "/conflicts", |l, s| {
        let list = d.conflicts(s)?;
        let can_resolve = s.role.can(Permission::ResolveConflicts);
        let body = html! {
            (notice(l, &done))
            p.muted { (t(l, "hq-conflict-explain")) }
            @if list.is_empty() {
                p.muted { (t(l, "hq-none")) }
            }
            @for e in &list {
                @for (c_index, c) in e.conflicts.iter().enumerate() {
                    section.conflict {
                        h2 { (case_link(&e.id, &e.summary.code)) " · " (field_label(l, c)) }
                        div.pair {
                            @for (i, v) in c.values.iter().enumerate() {
                                // Each "keep" button is told apart by the value it keeps.
                                @let value_id = format!("value-{}-{}-{}", e.id, c_index, i);
                                @let by = Arg::from(v.written_by.as_ref().map_or("?", |u| u.as_str()));
                                @let at = Arg::from(v.written_at.map_or_else(String::new, |t| when(l, t.0)));
                                @let written = ta(l, "hq-value-by", &[("user", by), ("when", at)]);
                                div.value {
                                    pre dir="auto" id=(value_id) { (show_value(&v.value)) }
                                    p.muted { (written) }
                                    p.muted { (sent_by(l, e.sender_of(v))) }
                                    @if can_resolve {
                                        form method="post" action="/conflicts/resolve" {
                                            (csrf_field(s))
                                            input type="hidden" name="case_id" value=(e.id);
                                            input type="hidden" name="path" value=(c.path_string());
                                            input type="hidden" name="choice" value=(i);
                                            button type="submit" aria-describedby=(value_id) { (t(l, "hq-value-keep")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        };
        Ok((t(l, "hq-nav-conflicts"), body))
    })
}

/// Tracing matches and possible duplicates.
pub async fn matches(State(d): D, headers: HeaderMap, Query(done): Query<Done>) -> Response {
    render(&d, &headers, "/matches", |l, s| {
        let list = d.matches(s)?;
        let dups = d.duplicates(s)?;
        let can_decide = s.role.can(Permission::DecideMatches);
        let can_decide_duplicates = s.role.can(Permission::DecideDuplicates);
        let body = html! {
            (notice(l, &done))
            h2 { (t(l, "hq-nav-matches")) }
            @if list.is_empty() {
                p.muted { (t(l, "hq-none")) }
            }
            @for m in &list {
                @let sought = [
                    ("name", Arg::from(m.sought_name.as_str())),
                    ("relationship", Arg::from(m.relationship.as_str())),
                    ("code", Arg::from(m.seeker_code.as_str())),
                ];
                @let reasons: Vec<String> = m.reasons.iter().map(|r| t(l, r)).collect();
                section.match {
                    p { (ta(l, "hq-match-sought", &sought)) }
                    p {
                        (case_link(&m.candidate_case, &m.candidate_code)) " "
                        bdi { (m.candidate_name) }
                        " · " (m.candidate_site)
                        " · " (t(l, "hq-col-score")) " " (format!("{:.2}", m.score))
                    }
                    p.muted { (reasons.join(" · ")) }
                    @if can_decide && m.status == "potential" {
                        (decision_forms(
                            l,
                            s,
                            "/matches/decide",
                            &[
                                ("seeker_case", &m.seeker_case),
                                ("sought_person", &m.sought_person),
                                ("candidate_case", &m.candidate_case),
                            ],
                            ("confirm", ["hq-match-confirm", "hq-match-reject"]),
                        ))
                    } @else {
                        span.tag { (ta(l, "hq-match-status", &[("status", Arg::from(m.status))])) }
                    }
                }
            }
            h2 { (t(l, "hq-duplicates")) }
            @if dups.is_empty() {
                p.muted { (t(l, "hq-none")) }
            }
            @for pair in &dups {
                section.duplicate data-pair={ (pair.a.case_id) " " (pair.b.case_id) } {
                    (case_rows(l, &[pair.a.clone(), pair.b.clone()]))
                    p.muted { (t(l, "hq-col-score")) " " (format!("{:.2}", pair.score)) }
                    @if pair.confirmed_by.is_some() {
                        p.tag { (t(l, "hq-duplicate-confirmed")) }
                    } @else if can_decide_duplicates {
                        (decision_forms(
                            l,
                            s,
                            "/duplicates/decide",
                            &[("a", &pair.a.case_id), ("b", &pair.b.case_id)],
                            ("same_person", ["hq-duplicate-same", "hq-duplicate-different"]),
                        ))
                    }
                }
            }
        };
        Ok((t(l, "hq-nav-matches"), body))
    })
}

/// A yes-or-no decision as two inline forms, yes first and no as the secondary button: each
/// posts `fields` and `choice` (its field name, `true` or `false`) to `action`.
fn decision_forms(
    l: &Localizer,
    s: &StaffSession,
    action: &str,
    fields: &[(&str, &str)],
    (choice, labels): (&str, [&str; 2]),
) -> Markup {
    html! {
        @for (yes, label, class) in [(true, labels[0], ""), (false, labels[1], "secondary")] {
            @if !yes { " " }
            form.inline method="post" action=(action) {
                (csrf_field(s))
                @for (name, value) in fields {
                    input type="hidden" name=(name) value=(value);
                }
                input type="hidden" name=(choice) value=(yes);
                button type="submit" class=(class) { (t(l, label)) }
            }
        }
    }
}

/// Transfers.
pub async fn transfers(State(d): D, headers: HeaderMap, Query(done): Query<Done>) -> Response {
    render(&d, &headers, "/transfers", |l, s| {
        let list = d.transfers(s)?;
        let rows = html! {
            @for transfer in &list {
                tr {
                    td { (case_link(&transfer.case_id, &transfer.code)) }
                    td { (transfer.from_site) }
                    td { (transfer.to_site) }
                }
            }
        };
        let body = html! {
            (notice(l, &done))
            @if s.role.can(Permission::Transfer) {
                form.row.card method="post" action="/transfers" {
                    (csrf_field(s))
                    label {
                        (t(l, "hq-transfer-case"))
                        input name="case_id" required size="38";
                    }
                    label {
                        (t(l, "hq-transfer-site"))
                        input name="site" required;
                    }
                    button type="submit" { (t(l, "hq-transfer-submit")) }
                }
            }
            (table(l, &["hq-col-case", "hq-col-site", "hq-transfer-site"], rows))
        };
        Ok((t(l, "hq-nav-transfers"), body))
    })
}

fn devices_body(d: &Dashboard, l: &Localizer, s: &StaffSession, shown: Markup) -> Result<Markup, DashError> {
    let list = d.devices(s)?;
    let manage = s.role.can(Permission::ManageDevices);
    let rows = html! {
        @for dev in &list {
            @let revoked = if dev.revoked { "yes" } else { "no" };
            tr data-device=(dev.id) {
                td.code id={ "device-" (dev.id) } { (dev.id) }
                td { (dev.site) }
                td.when { (when(l, dev.enrolled_at)) }
                td {
                    (ta(l, "hq-device-state", &[("revoked", revoked.into())]))
                    @if !dev.approved && !dev.revoked {
                        " " span.tag data-testid="awaiting-approval" { (t(l, "hq-device-awaiting")) }
                    }
                }
                td {
                    @if !dev.approved && !dev.revoked && s.role.can(Permission::ApproveDevices) && s.sites.includes(&dev.site) {
                        form method="post" action="/devices/approve" {
                            (csrf_field(s))
                            input type="hidden" name="device" value=(dev.id);
                            button type="submit" aria-describedby={ "device-" (dev.id) } { (t(l, "hq-device-approve")) }
                        }
                    }
                    @if manage && !dev.revoked {
                        // A revocation wipes a device at its next contact: asked again first.
                        a.button.danger href={ "/devices/revoke?device=" (dev.id) } aria-describedby={ "device-" (dev.id) } { (t(l, "hq-device-revoke-ask")) }
                    }
                }
            }
        }
    };
    Ok(html! {
        (shown)
        @if manage {
            form.row.card method="post" action="/devices/enroll" {
                (csrf_field(s))
                label {
                    (t(l, "hq-col-site"))
                    input name="site" required;
                }
                button type="submit" { (t(l, "hq-device-enroll")) }
            }
        }
        (wide_table(l, &["hq-col-device", "hq-col-site", "hq-col-when", "hq-col-status", "hq-col-actions"], rows))
    })
}

/// A step that cannot be undone, asked once more: what it does, the button that does it (a
/// form posting `fields` to `action`), and the way back to `back`. One page for every such step.
fn confirmation(
    l: &Localizer,
    s: &StaffSession,
    explain: &str,
    action: &str,
    fields: &[(&str, &str)],
    confirm: &str,
    back: &str,
) -> Markup {
    html! {
        section.card {
            p { (explain) }
            form.row method="post" action=(action) {
                (csrf_field(s))
                @for (name, value) in fields {
                    input type="hidden" name=(name) value=(value);
                }
                button type="submit" class="danger" { (t(l, confirm)) }
                a.button href=(back) { (t(l, "hq-cancel")) }
            }
        }
    }
}

/// Which device a confirmation is about.
#[derive(Deserialize)]
pub struct DeviceQuery {
    #[serde(default)]
    device: String,
}

/// Revoking a device, asked once more: what it does, then the button that does it.
pub async fn revoke_confirm(State(d): D, headers: HeaderMap, Query(q): Query<DeviceQuery>) -> Response {
    render(&d, &headers, "/devices", |l, s| {
        if !s.role.can(Permission::ManageDevices) {
            return Err(DashError::Forbidden);
        }
        let device = d
            .devices(s)?
            .into_iter()
            .find(|dev| dev.id == q.device && !dev.revoked)
            .ok_or(DashError::NotFound)?;
        let explain = ta(
            l,
            "hq-device-revoke-explain",
            &[("device", Arg::from(device.id.as_str())), ("site", Arg::from(device.site.as_str()))],
        );
        let body = confirmation(
            l,
            s,
            &explain,
            "/devices/revoke",
            &[("device", &device.id)],
            "hq-device-revoke",
            "/devices",
        );
        Ok((t(l, "hq-device-revoke-title"), body))
    })
}

/// Devices.
pub async fn devices(State(d): D, headers: HeaderMap, Query(done): Query<Done>) -> Response {
    render(&d, &headers, "/devices", |l, s| {
        Ok((t(l, "hq-nav-devices"), devices_body(&d, l, s, notice(l, &done))?))
    })
}

/// The enrollment form.
#[derive(Deserialize)]
pub struct EnrollForm {
    #[serde(default)]
    csrf: String,
    site: String,
}

/// Creates an enrollment code and shows it once (this response is never cached).
pub async fn enroll(State(d): D, headers: HeaderMap, Form(f): Form<EnrollForm>) -> Response {
    render(&d, &headers, "/devices", |l, _| {
        let s = session_for_change(&d, &headers, Some(&f.csrf))?;
        let code = d.enroll(&s, &f.site)?;
        let args = [("site", Arg::from(f.site.trim())), ("code", Arg::from(code))];
        let shown = html! {
            p.notice role="status" id="enrollment-code" { (ta(l, "hq-device-code-shown", &args)) }
        };
        Ok((t(l, "hq-nav-devices"), devices_body(&d, l, &s, shown)?))
    })
}

fn role_options(l: &Localizer, selected: &str) -> Markup {
    html! {
        @for r in Role::ALL {
            option value=(r.code()) selected[r.code() == selected] {
                (ta(l, "hq-role", &[("role", r.code().into())]))
            }
        }
    }
}

/// Which account a confirmation is about.
#[derive(Deserialize)]
pub struct AccountQuery {
    #[serde(default)]
    name: String,
}

/// Removing an account, asked once more: whose, what it does, and the button.
pub async fn remove_account_confirm(
    State(d): D,
    headers: HeaderMap,
    Query(q): Query<AccountQuery>,
) -> Response {
    render(&d, &headers, "/accounts", |l, s| {
        if !s.role.can(Permission::ManageAccounts) {
            return Err(DashError::Forbidden);
        }
        if q.name.trim().eq_ignore_ascii_case(&s.user) {
            return Err(DashError::BadRequest("hq-accounts-not-yourself"));
        }
        let account = d.accounts(s)?.into_iter().find(|u| u.name == q.name).ok_or(DashError::NotFound)?;
        let explain = ta(l, "hq-accounts-remove-explain", &[("user", Arg::from(account.name.as_str()))]);
        let fields = [("name", account.name.as_str())];
        let body =
            confirmation(l, s, &explain, "/accounts/remove", &fields, "hq-accounts-remove", "/accounts");
        Ok((t(l, "hq-accounts-remove-title"), body))
    })
}

/// An account's sites as the accounts page shows them.
fn sites_label(l: &Localizer, stored: &str) -> String {
    match stored.trim() {
        "*" => t(l, "hq-sites-every"),
        "" => t(l, "hq-sites-none"),
        sites => sites.to_owned(),
    }
}

/// Accounts: the list, a form to add one, and per account its role, sites and removal.
pub async fn accounts(State(d): D, headers: HeaderMap, Query(done): Query<Done>) -> Response {
    render(&d, &headers, "/accounts", |l, s| {
        let list = d.accounts(s)?;
        let rows = html! {
            @for u in &list {
                @let name_id = format!("account-{}", u.name.bytes().map(|b| format!("{b:02x}")).collect::<String>());
                tr data-account=(u.name) {
                    td id=(name_id) { bdi { (u.name) } }
                    td { (ta(l, "hq-role", &[("role", Arg::from(u.role.as_str()))])) }
                    td.sites { (sites_label(l, &u.sites)) }
                    td.when { (when(l, u.created_at)) }
                    td {
                        @if u.name.to_lowercase() == s.user.to_lowercase() {
                            (t(l, "hq-accounts-you"))
                        } @else {
                            form.row method="post" action="/accounts/role" {
                                (csrf_field(s))
                                input type="hidden" name="name" value=(u.name);
                                select name="role" aria-label=(t(l, "hq-col-role")) {
                                    (role_options(l, &u.role))
                                }
                                button type="submit" aria-describedby=(name_id) { (t(l, "hq-accounts-change-role")) }
                            }
                            form.row method="post" action="/accounts/sites" {
                                (csrf_field(s))
                                input type="hidden" name="name" value=(u.name);
                                input name="sites" value=(u.sites) maxlength="2000" autocomplete="off" dir="ltr"
                                    aria-label=(t(l, "hq-col-sites"));
                                button type="submit" aria-describedby=(name_id) { (t(l, "hq-accounts-change-sites")) }
                            }
                            // Removing an account is asked once more, on a page of its own.
                            form method="get" action="/accounts/remove" {
                                input type="hidden" name="name" value=(u.name);
                                button type="submit" class="secondary" aria-describedby=(name_id) { (t(l, "hq-accounts-remove-ask")) }
                            }
                        }
                    }
                }
            }
        };
        let body = html! {
            (notice(l, &done))
            form.row.card method="post" action="/accounts" {
                (csrf_field(s))
                label {
                    (t(l, "hq-col-name"))
                    input name="name" required maxlength="64" autocomplete="off";
                }
                label {
                    (t(l, "hq-col-role"))
                    select name="role" { (role_options(l, "officer")) }
                }
                label {
                    (t(l, "hq-col-sites"))
                    input name="sites" maxlength="2000" autocomplete="off" dir="ltr";
                }
                label {
                    (t(l, "hq-accounts-password"))
                    input name="password" type="password" required minlength=(MIN_PASSWORD_CHARS)
                        autocomplete="new-password";
                }
                button type="submit" { (t(l, "hq-accounts-add")) }
            }
            p.muted { (ta(l, "hq-accounts-password-hint", &[("count", MIN_PASSWORD_CHARS.into())])) }
            p.muted { (t(l, "hq-accounts-sites-hint")) }
            (wide_table(l, &["hq-col-name", "hq-col-role", "hq-col-sites", "hq-col-when", "hq-col-actions"], rows))
        };
        Ok((t(l, "hq-nav-accounts"), body))
    })
}

/// Erasure orders.
pub async fn erasures(State(d): D, headers: HeaderMap, Query(done): Query<Done>) -> Response {
    render(&d, &headers, "/erasures", |l, s| {
        let list = d.erasures(s)?;
        let reason = |r: &str| ta(l, "hq-erase-reason-option", &[("reason", r.into())]);
        let columns = [
            "hq-col-case",
            "hq-col-site",
            "hq-col-when",
            "hq-erase-reason",
            "hq-col-user",
            "hq-col-confirmations",
        ];
        let rows = html! {
            @for e in &list {
                tr {
                    td.code { (e.case_id) }
                    td { (e.site) }
                    td { (when(l, e.at)) }
                    td { @if let Some(r) = &e.reason { (reason(r)) } }
                    td { (e.by.as_deref().unwrap_or("")) }
                    td { (ta(l, "hq-erase-confirmations", &[("count", e.confirmations.into())])) }
                }
            }
        };
        let body = html! {
            (notice(l, &done))
            section {
                h2 { (t(l, "hq-erase-title")) }
                p { (t(l, "hq-erase-explain")) }
                // Asked once more on a page of its own, which names the case: an erasure
                // cannot be undone.
                form.row method="get" action="/erasures/confirm" {
                    label {
                        (t(l, "hq-transfer-case"))
                        input name="case_id" required size="38";
                    }
                    label {
                        (t(l, "hq-erase-reason"))
                        select name="reason" required {
                            @for r in ERASURE_REASONS {
                                option value=(r) { (reason(r)) }
                            }
                        }
                    }
                    button type="submit" { (t(l, "hq-erase-ask")) }
                }
            }
            (wide_table(l, &columns, rows))
        };
        Ok((t(l, "hq-nav-erasures"), body))
    })
}

/// What an erasure is asked for: the case and the reason.
#[derive(Deserialize)]
pub struct EraseQuery {
    #[serde(default)]
    case_id: String,
    #[serde(default)]
    reason: String,
}

/// An erasure, asked once more: which case (its code and site), what it does, and the button.
pub async fn erase_confirm(State(d): D, headers: HeaderMap, Query(q): Query<EraseQuery>) -> Response {
    render(&d, &headers, "/erasures", |l, s| {
        if !s.role.can(Permission::Erase) {
            return Err(DashError::Forbidden);
        }
        if !ERASURE_REASONS.contains(&q.reason.as_str()) {
            return Err(DashError::BadRequest("hq-error-reason"));
        }
        let e = d.case(s, q.case_id.trim())?;
        let reason = ta(l, "hq-erase-reason-option", &[("reason", q.reason.as_str().into())]);
        let explain = ta(
            l,
            "hq-erase-confirm-explain",
            &[
                ("code", Arg::from(e.summary.code.as_str())),
                ("site", Arg::from(e.site.as_str())),
                ("reason", Arg::from(reason)),
            ],
        );
        let fields = [("case_id", e.id.as_str()), ("reason", q.reason.as_str())];
        let body = confirmation(l, s, &explain, "/erasures", &fields, "hq-erase-submit", "/erasures");
        Ok((t(l, "hq-erase-confirm-title"), body))
    })
}

/// The audit trail.
pub async fn audit(
    State(d): D,
    headers: HeaderMap,
    Query(filter): Query<super::store::AuditFilter>,
) -> Response {
    render(&d, &headers, "/audit", |l, s| {
        let rows = d.audit_trail_matching(s, &filter)?;
        let search = html! {
            form.row.card method="get" action="/audit" role="search" {
                label { (t(l, "hq-col-user")) input name="user" value=(filter.user) dir="auto"; }
                label { (t(l, "hq-col-action")) input name="action" value=(filter.action) dir="ltr"; }
                label { (t(l, "hq-col-case")) input name="case" value=(filter.case) dir="ltr"; }
                button type="submit" { (t(l, "hq-audit-filter")) }
            }
            p.muted {
                (ta(l, "hq-audit-shown", &[
                    ("count", Arg::from(i64::try_from(rows.len()).unwrap_or(i64::MAX))),
                    ("max", Arg::from(i64::try_from(super::AUDIT_SHOWN).unwrap_or(i64::MAX))),
                ]))
            }
        };
        let rows = html! {
            @for r in &rows {
                tr {
                    td.when { (when(l, r.at)) }
                    td { (r.user) }
                    td.code { (r.action) }
                    td.code { (r.case_id.as_deref().unwrap_or("")) }
                    td dir="ltr" { (r.detail) }
                }
            }
        };
        let columns = ["hq-col-when", "hq-col-user", "hq-col-action", "hq-col-case", "hq-col-detail"];
        Ok((t(l, "hq-nav-audit"), html! { (search) (wide_table(l, &columns, rows)) }))
    })
}

/// The label of a figure's value.
fn value_label(l: &Localizer, dimension: &str, value: &str) -> String {
    match (dimension, value) {
        ("age_band", band) => band_label(l, band),
        ("sex", sex) => t(l, &format!("app-sex-{}", sex.replace('_', "-"))),
        ("accompaniment", a) if a != "unknown" => t(l, &format!("app-accompaniment-{a}")),
        _ => ta(l, "hq-figure-value", &[("value", Arg::from(value))]),
    }
}

fn figures_body(l: &Localizer, f: &Figures) -> Markup {
    html! {
        p { (t(l, "hq-figures-explain")) " " (t(l, "hq-figures-hidden")) }
        p { (t(l, "hq-figures-withheld")) }
        p { strong { (ta(l, "hq-figures-total", &[("total", Arg::from(f.total.as_str()))])) } }
        p { a.button href="/figures.csv" download { (t(l, "hq-figures-csv")) } }
        @for figure in &f.tables {
            @let dimension = ta(l, "hq-dimension", &[("dimension", Arg::from(figure.dimension))]);
            @let chart: Vec<_> =
                figure.rows.iter().map(|r| (value_label(l, figure.dimension, &r.value), r.chart)).collect();
            section data-dimension=(figure.dimension) {
                h2 { (dimension) }
                (bars(&chart, l.is_rtl(), &ta(l, "hq-figures-chart", &[("dimension", Arg::from(dimension.as_str()))])))
                div.table-scroll {
                    table {
                        thead {
                            tr {
                                th { (dimension) }
                                @for m in &f.months {
                                    th.num { (m) }
                                }
                                th.num { (t(l, "hq-figures-all-months")) }
                            }
                        }
                        tbody {
                            @for (r, (label, _)) in figure.rows.iter().zip(&chart) {
                                tr {
                                    td { (label) }
                                    @for c in &r.months {
                                        td.num { (c) }
                                    }
                                    td.num { strong { (r.total) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The analyst's figures: tables, bar charts, CSV.
pub async fn figures(State(d): D, headers: HeaderMap) -> Response {
    render(&d, &headers, "/figures", |l, s| {
        let f = d.figures(s, false)?;
        Ok((t(l, "hq-figures-title"), figures_body(l, &f)))
    })
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn the_language_switch_returns_only_to_a_page_of_this_site() {
        for page in ["/", "/cases?done=1", "/cases/0190f5b2-6c1e-7cc0-8000-000000000001"] {
            assert_eq!(local_path(page), page);
        }
        for elsewhere in [
            "//evil.example",
            "/\\evil.example",
            "/\tevil.example",
            "/x\\y",
            "https://evil.example",
            "",
            "evil",
        ] {
            assert_eq!(local_path(elsewhere), "/", "{elsewhere:?}");
        }
    }
}
