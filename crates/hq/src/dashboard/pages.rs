//! Server-rendered pages. Each reads through the same [`Dashboard`] methods as the API (so
//! the same role checks apply), and every state-changing form carries the session's CSRF
//! token. All text comes from Fluent (`locales/*/hq.ftl`, and the app's own messages for
//! the parts of a case).

use std::sync::Arc;

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use serde::Deserialize;
use waypoint_case::messages::Labelled;
use waypoint_i18n::{Arg, Localizer};
use waypoint_model::{AnswerValue, BirthDate, Conflict};

use super::cases::{CaseEntry, DIMENSIONS, Figures};
use super::html::{bars, csrf_field, esc, html, page, t, ta, when};
use super::web::{self, LANG_COOKIE, LOGIN_COOKIE, SESSION_COOKIE, session, session_for_change, ui_language};
use super::{DashError, Dashboard, ERASURE_REASONS, StaffSession};
use crate::accounts::{Permission, Role};

type D = State<Arc<Dashboard>>;

/// Renders a page for a signed-in user, or the error (sign-in page when signed out).
fn render(
    d: &Dashboard,
    headers: &HeaderMap,
    current: &str,
    build: impl FnOnce(&Localizer, &StaffSession) -> Result<(String, String), DashError>,
) -> Response {
    let l = ui_language(headers);
    let s = match session(d, headers) {
        Ok(s) => s,
        Err(_) => return web::see_other("/login"),
    };
    match build(&l, &s) {
        Ok((title, body)) => html(StatusCode::OK, page(&l, Some(&s), current, &title, &body)),
        Err(e) => error_page(&l, Some(&s), current, &e),
    }
}

fn error_page(l: &Localizer, s: Option<&StaffSession>, current: &str, e: &DashError) -> Response {
    if matches!(e, DashError::Unauthenticated) {
        return web::see_other("/login");
    }
    web::log(e);
    let body =
        format!(r#"<p class="error" role="alert">{}</p>"#, ta(l, web::message_id(e), &web::message_args(e)));
    html(web::status(e), page(l, s, current, &t(l, "hq-title"), &body))
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

fn notice(l: &Localizer, done: &Done) -> String {
    if done.done.is_some() {
        format!(r#"<p class="notice" role="status">{}</p>"#, t(l, "hq-done"))
    } else {
        String::new()
    }
}

/// `/`: the first page the role may see.
pub async fn home(State(d): D, headers: HeaderMap) -> Response {
    let Ok(s) = session(&d, &headers) else { return web::see_other("/login") };
    let to = if s.role.can(Permission::ReadCases) {
        "/cases"
    } else if s.role.can(Permission::ViewFigures) {
        "/figures"
    } else {
        "/devices"
    };
    web::see_other(to)
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
    let failed = if q.failed.is_some() {
        format!(r#"<p class="error" role="alert">{}</p>"#, t(&l, "hq-login-failed"))
    } else {
        String::new()
    };
    let body = format!(
        r#"<div class="login card">{failed}<form method="post" action="/login">
<input type="hidden" name="login_token" value="{token}">
<label>{name}<input name="name" autocomplete="username" required autofocus></label>
<label>{password}<input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">{submit}</button></form></div>"#,
        name = t(&l, "hq-login-name"),
        password = t(&l, "hq-login-password"),
        submit = t(&l, "hq-login-submit"),
    );
    let mut r = html(StatusCode::OK, page(&l, None, "/login", &t(&l, "hq-login-title"), &body));
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
pub async fn login_submit(State(d): D, headers: HeaderMap, Form(f): Form<LoginForm>) -> Response {
    let expected = web::cookie(&headers, LOGIN_COOKIE).unwrap_or("");
    if expected.is_empty() || expected != f.login_token {
        return web::see_other("/login?failed=1");
    }
    let dash = d.clone();
    let result = tokio::task::spawn_blocking(move || dash.login(&f.name, &f.password))
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
    let back = if q.back.starts_with('/') && !q.back.starts_with("//") { q.back.as_str() } else { "/" };
    let mut r = web::see_other(back);
    if waypoint_i18n::available_locales().contains(&q.set.as_str()) {
        r.headers_mut().append(header::SET_COOKIE, web::set_cookie(&d, LANG_COOKIE, &q.set, 365 * 24 * 3600));
    }
    r
}

fn status_label(l: &Localizer, code: &str) -> String {
    t(l, &format!("app-status-{code}"))
}

fn risk_label(l: &Localizer, code: &str) -> String {
    t(l, &format!("app-risk-{code}"))
}

fn band_label(l: &Localizer, band: &str) -> String {
    t(l, &format!("app-age-band-{}", band.replace('+', "-plus")))
}

fn case_rows(l: &Localizer, rows: &[waypoint_case::CaseSummary]) -> String {
    if rows.is_empty() {
        return format!(r#"<p class="muted">{}</p>"#, t(l, "hq-none"));
    }
    let mut out = format!(
        r#"<div class="table-scroll"><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>"#,
        t(l, "hq-col-code"),
        t(l, "hq-col-name"),
        t(l, "hq-col-site"),
        t(l, "hq-col-status"),
        t(l, "hq-col-age"),
        t(l, "hq-col-risk"),
    );
    for r in rows {
        let conflicts = if r.conflicts > 0 {
            format!(
                r#" <span class="tag medium">{}</span>"#,
                ta(l, "app-conflicts-count", &[("count", Arg::from(r.conflicts))])
            )
        } else {
            String::new()
        };
        out.push_str(&format!(
            r#"<tr><td><a class="code" href="/cases/{id}">{code}</a></td><td><bdi>{name}</bdi>{conflicts}</td><td>{site}</td><td>{status}</td><td>{band}</td><td><span class="tag {risk}">{risk_label}</span></td></tr>"#,
            id = esc(&r.case_id),
            code = esc(&r.code),
            name = esc(&r.display_name),
            site = esc(&r.site),
            status = status_label(l, &r.status),
            band = band_label(l, &r.age_band),
            risk = esc(&r.risk),
            risk_label = risk_label(l, &r.risk),
        ));
    }
    out.push_str("</tbody></table></div>");
    out
}

/// Case search.
pub async fn cases(State(d): D, headers: HeaderMap, Query(q): Query<super::api::SearchQuery>) -> Response {
    render(&d, &headers, "/cases", |l, s| {
        let hits = d.search(s, &q.q)?;
        let rows: Vec<_> = hits.into_iter().map(|h| h.summary).collect();
        let body = format!(
            r#"<form class="row card" method="get" action="/cases" role="search"><label>{label}<input name="q" value="{q}" size="32" dir="auto"></label><button type="submit">{submit}</button></form>{table}"#,
            label = t(l, "hq-search-label"),
            q = esc(&q.q),
            submit = t(l, "hq-search-submit"),
            table = case_rows(l, &rows),
        );
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
    waypoint_model::template::intake_v1().question(question).map_or_else(|| esc(question), |q| t(l, &q.text))
}

fn field_label(l: &Localizer, c: &Conflict) -> String {
    let path = c.path_string();
    match path.strip_prefix("interview/answers/") {
        Some(rest) => question_label(l, rest.split('/').next().unwrap_or(rest)),
        None => esc(&path),
    }
}

/// An answer's value in words: yes/no and choices through the template's messages.
fn answer_value(l: &Localizer, question: &str, a: &waypoint_model::Answer) -> String {
    let choice = |id: &str| {
        waypoint_model::template::intake_v1()
            .question(question)
            .and_then(|q| q.choices.iter().find(|c| c.id == id))
            .map_or_else(|| esc(id), |c| t(l, &c.text))
    };
    match &a.value {
        Some(AnswerValue::Text(s) | AnswerValue::Date(s)) => esc(s),
        Some(AnswerValue::Choice(s)) => choice(s),
        Some(AnswerValue::YesNo(b)) => t(l, if *b { "app-yes" } else { "app-no" }),
        Some(AnswerValue::Choices(v)) => v.iter().map(|c| choice(c)).collect::<Vec<_>>().join(", "),
        Some(AnswerValue::Number(n)) => n.to_string(),
        None => String::new(),
    }
}

fn review(l: &Localizer, e: &CaseEntry) -> String {
    let c = &e.case;
    let r = &c.registration;
    let mut out = String::new();
    // Registration.
    let names: Vec<String> = r.names.iter().map(|n| format!("<bdi>{}</bdi>", esc(&n.text))).collect();
    let sex = r.sex.map_or_else(|| t(l, "app-not-known"), |s| t(l, &s.message_id()));
    let birth = match &r.birth {
        BirthDate::Unknown => t(l, "app-birth-kind-unknown"),
        BirthDate::Exact { date } => esc(date),
        BirthDate::Approximate { year, month } => {
            esc(&month.map_or_else(|| year.to_string(), |m| format!("{year}-{m:02}")))
        }
        BirthDate::StatedAge { years, .. } => format!("{} ({})", years, t(l, "app-birth-kind-stated-age")),
    };
    let accompaniment =
        r.accompaniment.status.map_or_else(|| t(l, "app-not-known"), |a| t(l, &a.message_id()));
    out.push_str(&format!(
        r#"<section><h2>{h}</h2><dl><dt>{names_l}</dt><dd>{names}</dd><dt>{sex_l}</dt><dd>{sex}</dd><dt>{birth_l}</dt><dd>{birth}</dd><dt>{nat_l}</dt><dd>{nat}</dd><dt>{acc_l}</dt><dd>{accompaniment}</dd><dt>{site_l}</dt><dd>{site} · {met}</dd></dl></section>"#,
        h = t(l, "app-tab-registration"),
        names_l = t(l, "app-names"),
        names = names.join(" · "),
        sex_l = t(l, "app-sex"),
        birth_l = t(l, "app-birth"),
        nat_l = ta(l, "hq-dimension", &[("dimension", Arg::from("nationality"))]),
        nat = esc(&r.nationalities.join(", ")),
        acc_l = t(l, "app-accompaniment"),
        site_l = t(l, "hq-col-site"),
        site = esc(&e.site),
        met = when(r.encounter.at.0),
    ));
    // Age and risk.
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
    let range = e.age.range.map_or_else(String::new, |(min, max)| {
        let max = max.map_or_else(|| "?".to_owned(), |m| m.to_string());
        ta(l, "app-age-range", &[("min", Arg::from(min.to_string())), ("max", Arg::from(max))])
    });
    let mut assessments = String::new();
    for a in &c.age_assessments {
        let method = a.method.message_id();
        let show = |n: Option<u64>| n.map_or_else(|| "?".to_owned(), |n| n.to_string());
        let disputed = if a.disputed { format!(" · {}", t(l, "app-age-disputed")) } else { String::new() };
        assessments.push_str(&format!(
            "<li>{} · {} · {}{disputed}</li>",
            t(l, &method),
            ta(
                l,
                "app-age-range",
                &[("min", Arg::from(show(a.min_age))), ("max", Arg::from(show(a.max_age)))]
            ),
            when(a.date.0),
        ));
    }
    let reasons: Vec<String> =
        e.risk.reasons.iter().map(|r| format!("<li>{}</li>", t(l, &r.message_id()))).collect();
    out.push_str(&format!(
        r#"<section><h2>{age_h}</h2><p>{age} {range}</p><ul>{assessments}</ul><h2>{risk_h}</h2><p><span class="tag {level}">{level_label}</span></p><ul>{reasons}</ul></section>"#,
        age_h = t(l, "app-tab-age"),
        risk_h = t(l, "hq-case-risk"),
        level = esc(e.risk.level.code()),
        level_label = risk_label(l, e.risk.level.code()),
        reasons = reasons.join(""),
    ));
    // Consent.
    let mut consent = String::new();
    for k in &c.consents {
        consent.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            ta(l, "app-consent-purpose", &[("purpose", Arg::from(k.purpose.code()))]),
            t(l, &k.decision.message_id()),
            when(k.at.0)
        ));
    }
    out.push_str(&format!(
        r#"<section><h2>{}</h2><table><tbody>{}</tbody></table></section>"#,
        t(l, "app-tab-consent"),
        if consent.is_empty() {
            format!("<tr><td>{}</td></tr>", t(l, "app-consent-not-asked"))
        } else {
            consent
        }
    ));
    // Interview answers.
    let mut answers = String::new();
    for (q, a) in &c.interview.answers {
        let state = a.state.message_id();
        let lang = a.language.as_deref().unwrap_or("");
        answers.push_str(&format!(
            r#"<tr><td>{}</td><td><bdi lang="{lang}">{}</bdi></td><td>{}</td><td>{}</td></tr>"#,
            question_label(l, q),
            answer_value(l, q, a),
            t(l, &state),
            esc(lang),
            lang = esc(lang),
        ));
    }
    out.push_str(&format!(
        r#"<section><h2>{}</h2><table><tbody>{}</tbody></table></section>"#,
        t(l, "hq-case-answers"),
        if answers.is_empty() { format!("<tr><td>{}</td></tr>", t(l, "hq-none")) } else { answers }
    ));
    out
}

/// One case for review.
pub async fn case(State(d): D, headers: HeaderMap, Path(id): Path<String>) -> Response {
    render(&d, &headers, "/cases", |l, s| {
        let e = d.case(s, &id)?;
        let mut body = String::new();
        if !e.conflicts.is_empty() {
            body.push_str(&format!(
                r#"<p class="error"><a href="/conflicts">{}</a></p>"#,
                ta(l, "app-conflicts-count", &[("count", Arg::from(e.conflicts.len()))])
            ));
        }
        body.push_str(&review(l, &e));
        Ok((ta(l, "hq-case-title", &[("code", Arg::from(e.summary.code.as_str()))]), body))
    })
}

/// Conflicts to resolve, both values side by side.
pub async fn conflicts(State(d): D, headers: HeaderMap, Query(done): Query<Done>) -> Response {
    render(&d, &headers, "/conflicts", |l, s| {
        let list = d.conflicts(s)?;
        let can_resolve = s.role.can(Permission::ResolveConflicts);
        let mut body = notice(l, &done);
        body.push_str(&format!(r#"<p class="muted">{}</p>"#, t(l, "hq-conflict-explain")));
        if list.is_empty() {
            body.push_str(&format!(r#"<p class="muted">{}</p>"#, t(l, "hq-none")));
        }
        for e in &list {
            for c in &e.conflicts {
                let mut values = String::new();
                for (i, v) in c.values.iter().enumerate() {
                    let by = v.written_by.as_ref().map_or("?", |u| u.as_str());
                    let at = v.written_at.map_or_else(String::new, |t| when(t.0));
                    let form = if can_resolve {
                        format!(
                            r#"<form method="post" action="/conflicts/resolve">{csrf}<input type="hidden" name="case_id" value="{id}"><input type="hidden" name="path" value="{path}"><input type="hidden" name="choice" value="{i}"><button type="submit">{keep}</button></form>"#,
                            csrf = csrf_field(s),
                            id = esc(&e.id),
                            path = esc(&c.path_string()),
                            keep = t(l, "hq-value-keep"),
                        )
                    } else {
                        String::new()
                    };
                    values.push_str(&format!(
                        r#"<div class="value"><pre dir="auto">{}</pre><p class="muted">{}</p>{form}</div>"#,
                        esc(&show_value(&v.value)),
                        ta(l, "hq-value-by", &[("user", Arg::from(by)), ("when", Arg::from(at))]),
                    ));
                }
                body.push_str(&format!(
                    r#"<section class="conflict"><h2><a class="code" href="/cases/{id}">{code}</a> · {field}</h2><div class="pair">{values}</div></section>"#,
                    id = esc(&e.id),
                    code = esc(&e.summary.code),
                    field = field_label(l, c),
                ));
            }
        }
        Ok((t(l, "hq-nav-conflicts"), body))
    })
}

/// Tracing matches and possible duplicates.
pub async fn matches(State(d): D, headers: HeaderMap, Query(done): Query<Done>) -> Response {
    render(&d, &headers, "/matches", |l, s| {
        let list = d.matches(s)?;
        let dups = d.duplicates(s)?;
        let can_decide = s.role.can(Permission::DecideMatches);
        let mut body = notice(l, &done);
        body.push_str(&format!("<h2>{}</h2>", t(l, "hq-nav-matches")));
        if list.is_empty() {
            body.push_str(&format!(r#"<p class="muted">{}</p>"#, t(l, "hq-none")));
        }
        for m in &list {
            let reasons: Vec<String> = m.reasons.iter().map(|r| t(l, r)).collect();
            let actions = if can_decide && m.status == "potential" {
                let form = |confirm: bool, label: &str, class: &str| {
                    format!(
                        r#"<form class="inline" method="post" action="/matches/decide">{csrf}<input type="hidden" name="seeker_case" value="{seeker}"><input type="hidden" name="sought_person" value="{sought}"><input type="hidden" name="candidate_case" value="{cand}"><input type="hidden" name="confirm" value="{confirm}"><button type="submit" class="{class}">{label}</button></form>"#,
                        csrf = csrf_field(s),
                        seeker = esc(&m.seeker_case),
                        sought = esc(&m.sought_person),
                        cand = esc(&m.candidate_case),
                        label = t(l, label),
                    )
                };
                format!(
                    "{} {}",
                    form(true, "hq-match-confirm", ""),
                    form(false, "hq-match-reject", "secondary")
                )
            } else {
                format!(
                    r#"<span class="tag">{}</span>"#,
                    ta(l, "hq-match-status", &[("status", Arg::from(m.status))])
                )
            };
            body.push_str(&format!(
                r#"<section class="match"><p>{sought}</p><p><a class="code" href="/cases/{cand_id}">{cand_code}</a> <bdi>{cand_name}</bdi> · {site} · {score_l} {score:.2}</p><p class="muted">{reasons}</p>{actions}</section>"#,
                sought = ta(
                    l,
                    "hq-match-sought",
                    &[
                        ("name", Arg::from(m.sought_name.as_str())),
                        ("relationship", Arg::from(m.relationship.as_str())),
                        ("code", Arg::from(m.seeker_code.as_str())),
                    ]
                ),
                cand_id = esc(&m.candidate_case),
                cand_code = esc(&m.candidate_code),
                cand_name = esc(&m.candidate_name),
                site = esc(&m.candidate_site),
                score_l = t(l, "hq-col-score"),
                score = m.score,
                reasons = reasons.join(" · "),
            ));
        }
        body.push_str(&format!("<h2>{}</h2>", t(l, "hq-duplicates")));
        if dups.is_empty() {
            body.push_str(&format!(r#"<p class="muted">{}</p>"#, t(l, "hq-none")));
        }
        for p in &dups {
            let actions = if p.confirmed_by.is_some() {
                format!(r#"<p class="tag">{}</p>"#, t(l, "hq-duplicate-confirmed"))
            } else if s.role.can(Permission::DecideDuplicates) {
                let form = |same: bool, label: &str, class: &str| {
                    format!(
                        r#"<form class="inline" method="post" action="/duplicates/decide">{csrf}<input type="hidden" name="a" value="{a}"><input type="hidden" name="b" value="{b}"><input type="hidden" name="same_person" value="{same}"><button type="submit" class="{class}">{label}</button></form>"#,
                        csrf = csrf_field(s),
                        a = esc(&p.a.case_id),
                        b = esc(&p.b.case_id),
                        label = t(l, label),
                    )
                };
                format!(
                    "{} {}",
                    form(true, "hq-duplicate-same", ""),
                    form(false, "hq-duplicate-different", "secondary")
                )
            } else {
                String::new()
            };
            body.push_str(&format!(
                r#"<section class="duplicate" data-pair="{a} {b}">{rows}<p class="muted">{score_l} {score:.2}</p>{actions}</section>"#,
                a = esc(&p.a.case_id),
                b = esc(&p.b.case_id),
                rows = case_rows(l, &[p.a.clone(), p.b.clone()]),
                score_l = t(l, "hq-col-score"),
                score = p.score,
            ));
        }
        Ok((t(l, "hq-nav-matches"), body))
    })
}

/// Transfers.
pub async fn transfers(State(d): D, headers: HeaderMap, Query(done): Query<Done>) -> Response {
    render(&d, &headers, "/transfers", |l, s| {
        let list = d.transfers(s)?;
        let mut body = notice(l, &done);
        if s.role.can(Permission::Transfer) {
            body.push_str(&format!(
                r#"<form class="row card" method="post" action="/transfers">{csrf}<label>{case_l}<input name="case_id" required size="38"></label><label>{site_l}<input name="site" required></label><button type="submit">{submit}</button></form>"#,
                csrf = csrf_field(s),
                case_l = t(l, "hq-transfer-case"),
                site_l = t(l, "hq-transfer-site"),
                submit = t(l, "hq-transfer-submit"),
            ));
        }
        let mut rows = String::new();
        for tr in &list {
            rows.push_str(&format!(
                r#"<tr><td><a class="code" href="/cases/{}">{}</a></td><td>{}</td><td>{}</td></tr>"#,
                esc(&tr.case_id),
                esc(&tr.code),
                esc(&tr.from_site),
                esc(&tr.to_site)
            ));
        }
        body.push_str(&format!(
            r#"<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table>"#,
            t(l, "hq-col-case"),
            t(l, "hq-col-site"),
            t(l, "hq-transfer-site"),
            rows
        ));
        Ok((t(l, "hq-nav-transfers"), body))
    })
}

fn devices_body(d: &Dashboard, l: &Localizer, s: &StaffSession, shown: &str) -> Result<String, DashError> {
    let list = d.devices(s)?;
    let manage = s.role.can(Permission::ManageDevices);
    let mut body = shown.to_owned();
    if manage {
        body.push_str(&format!(
            r#"<form class="row card" method="post" action="/devices/enroll">{csrf}<label>{site_l}<input name="site" required></label><button type="submit">{submit}</button></form>"#,
            csrf = csrf_field(s),
            site_l = t(l, "hq-col-site"),
            submit = t(l, "hq-device-enroll"),
        ));
    }
    let mut rows = String::new();
    for dev in &list {
        let action = if manage && !dev.revoked {
            format!(
                r#"<form method="post" action="/devices/revoke">{}<input type="hidden" name="device" value="{}"><button type="submit" class="danger">{}</button></form>"#,
                csrf_field(s),
                esc(&dev.id),
                t(l, "hq-device-revoke")
            )
        } else {
            String::new()
        };
        rows.push_str(&format!(
            r#"<tr data-device="{id}"><td class="code">{id}</td><td>{site}</td><td class="when">{when}</td><td>{state}</td><td>{action}</td></tr>"#,
            id = esc(&dev.id),
            site = esc(&dev.site),
            when = when(dev.enrolled_at),
            state = ta(l, "hq-device-state", &[("revoked", Arg::from(if dev.revoked { "yes" } else { "no" }))]),
        ));
    }
    body.push_str(&format!(
        r#"<div class="table-scroll"><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th></th></tr></thead><tbody>{}</tbody></table></div>"#,
        t(l, "hq-col-device"),
        t(l, "hq-col-site"),
        t(l, "hq-col-when"),
        t(l, "hq-col-status"),
        rows
    ));
    Ok(body)
}

/// Devices.
pub async fn devices(State(d): D, headers: HeaderMap, Query(done): Query<Done>) -> Response {
    render(&d, &headers, "/devices", |l, s| {
        Ok((t(l, "hq-nav-devices"), devices_body(&d, l, s, &notice(l, &done))?))
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
        let shown = format!(
            r#"<p class="notice" role="status" id="enrollment-code">{}</p>"#,
            ta(l, "hq-device-code-shown", &[("site", Arg::from(f.site.trim())), ("code", Arg::from(code))])
        );
        Ok((t(l, "hq-nav-devices"), devices_body(&d, l, &s, &shown)?))
    })
}

fn role_options(l: &Localizer, selected: &str) -> String {
    Role::ALL
        .iter()
        .map(|r| {
            let mark = if r.code() == selected { " selected" } else { "" };
            format!(
                r#"<option value="{code}"{mark}>{name}</option>"#,
                code = r.code(),
                name = ta(l, "hq-role", &[("role", Arg::from(r.code()))])
            )
        })
        .collect()
}

/// Accounts: the list, a form to add one, and per account its role and removal.
pub async fn accounts(State(d): D, headers: HeaderMap, Query(done): Query<Done>) -> Response {
    render(&d, &headers, "/accounts", |l, s| {
        let list = d.accounts(s)?;
        let mut body = notice(l, &done);
        body.push_str(&format!(
            r#"<form class="row card" method="post" action="/accounts">{csrf}<label>{name_l}<input name="name" required maxlength="64" autocomplete="off"></label><label>{role_l}<select name="role">{roles}</select></label><label>{pw_l}<input name="password" type="password" required minlength="{min}" autocomplete="new-password"></label><button type="submit">{submit}</button></form><p class="muted">{hint}</p>"#,
            csrf = csrf_field(s),
            name_l = t(l, "hq-col-name"),
            role_l = t(l, "hq-col-role"),
            roles = role_options(l, "officer"),
            pw_l = t(l, "hq-accounts-password"),
            min = crate::accounts::MIN_PASSWORD_CHARS,
            submit = t(l, "hq-accounts-add"),
            hint = ta(l, "hq-accounts-password-hint", &[("count", Arg::from(crate::accounts::MIN_PASSWORD_CHARS))]),
        ));
        let mut rows = String::new();
        for u in &list {
            let own = u.name.to_lowercase() == s.user.to_lowercase();
            let actions = if own {
                t(l, "hq-accounts-you")
            } else {
                format!(
                    r#"<form class="row" method="post" action="/accounts/role">{csrf}<input type="hidden" name="name" value="{name}"><select name="role" aria-label="{role_l}">{roles}</select><button type="submit">{change}</button></form><form method="post" action="/accounts/remove">{csrf}<input type="hidden" name="name" value="{name}"><button type="submit" class="danger">{remove}</button></form>"#,
                    csrf = csrf_field(s),
                    name = esc(&u.name),
                    role_l = t(l, "hq-col-role"),
                    roles = role_options(l, &u.role),
                    change = t(l, "hq-accounts-change-role"),
                    remove = t(l, "hq-accounts-remove"),
                )
            };
            rows.push_str(&format!(
                r#"<tr data-account="{name}"><td><bdi>{name}</bdi></td><td>{role}</td><td class="when">{when}</td><td>{actions}</td></tr>"#,
                name = esc(&u.name),
                role = ta(l, "hq-role", &[("role", Arg::from(u.role.as_str()))]),
                when = when(u.created_at),
            ));
        }
        body.push_str(&format!(
            r#"<div class="table-scroll"><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th></th></tr></thead><tbody>{}</tbody></table></div>"#,
            t(l, "hq-col-name"),
            t(l, "hq-col-role"),
            t(l, "hq-col-when"),
            rows
        ));
        Ok((t(l, "hq-nav-accounts"), body))
    })
}

/// Erasure orders.
pub async fn erasures(State(d): D, headers: HeaderMap, Query(done): Query<Done>) -> Response {
    render(&d, &headers, "/erasures", |l, s| {
        let list = d.erasures(s)?;
        let mut options = String::new();
        for r in ERASURE_REASONS {
            options.push_str(&format!(
                r#"<option value="{r}">{}</option>"#,
                ta(l, "hq-erase-reason-option", &[("reason", Arg::from(r))])
            ));
        }
        let mut body = notice(l, &done);
        body.push_str(&format!(
            r#"<section><h2>{title}</h2><p>{explain}</p><form class="row" method="post" action="/erasures">{csrf}<label>{case_l}<input name="case_id" required size="38"></label><label>{reason_l}<select name="reason" required>{options}</select></label><button type="submit" class="danger">{submit}</button></form></section>"#,
            title = t(l, "hq-erase-title"),
            explain = t(l, "hq-erase-explain"),
            csrf = csrf_field(s),
            case_l = t(l, "hq-transfer-case"),
            reason_l = t(l, "hq-erase-reason"),
            submit = t(l, "hq-erase-submit"),
        ));
        let mut rows = String::new();
        for e in &list {
            rows.push_str(&format!(
                r#"<tr><td class="code">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"#,
                esc(&e.case_id),
                esc(&e.site),
                when(e.at),
                e.reason.as_deref().map_or_else(String::new, |r| ta(
                    l,
                    "hq-erase-reason-option",
                    &[("reason", Arg::from(r))]
                )),
                esc(e.by.as_deref().unwrap_or("")),
                ta(l, "hq-erase-confirmations", &[("count", Arg::from(e.confirmations))]),
            ));
        }
        body.push_str(&format!(
            r#"<div class="table-scroll"><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th></th></tr></thead><tbody>{}</tbody></table></div>"#,
            t(l, "hq-col-case"),
            t(l, "hq-col-site"),
            t(l, "hq-col-when"),
            t(l, "hq-erase-reason"),
            t(l, "hq-col-user"),
            rows
        ));
        Ok((t(l, "hq-nav-erasures"), body))
    })
}

/// The audit trail.
pub async fn audit(State(d): D, headers: HeaderMap) -> Response {
    render(&d, &headers, "/audit", |l, s| {
        let rows = d.audit_trail(s)?;
        let mut out = String::new();
        for r in &rows {
            out.push_str(&format!(
                r#"<tr><td class="when">{}</td><td>{}</td><td class="code">{}</td><td class="code">{}</td><td>{}</td></tr>"#,
                when(r.at),
                esc(&r.user),
                esc(&r.action),
                esc(r.case_id.as_deref().unwrap_or("")),
                esc(&r.detail)
            ));
        }
        let body = format!(
            r#"<div class="table-scroll"><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table></div>"#,
            t(l, "hq-col-when"),
            t(l, "hq-col-user"),
            t(l, "hq-col-action"),
            t(l, "hq-col-case"),
            t(l, "hq-col-detail"),
            out
        );
        Ok((t(l, "hq-nav-audit"), body))
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

fn figures_body(l: &Localizer, f: &Figures) -> String {
    let mut body = format!(
        r#"<p>{} {}</p><p><strong>{}</strong></p><p><a class="button" href="/figures.csv" download>{}</a></p>"#,
        t(l, "hq-figures-explain"),
        t(l, "hq-figures-hidden"),
        ta(l, "hq-figures-total", &[("total", Arg::from(f.total.as_str()))]),
        t(l, "hq-figures-csv"),
    );
    for table in &f.tables {
        debug_assert!(DIMENSIONS.contains(&table.dimension));
        let chart: Vec<(String, u64)> =
            table.rows.iter().map(|r| (value_text(l, table.dimension, &r.value), r.chart)).collect();
        let mut head =
            format!("<th>{}</th>", ta(l, "hq-dimension", &[("dimension", Arg::from(table.dimension))]));
        for m in &f.months {
            head.push_str(&format!(r#"<th class="num">{}</th>"#, esc(m)));
        }
        head.push_str(&format!(r#"<th class="num">{}</th>"#, t(l, "hq-figures-all-months")));
        let mut rows = String::new();
        for r in &table.rows {
            let cells: String =
                r.months.iter().map(|c| format!(r#"<td class="num">{}</td>"#, esc(c))).collect();
            rows.push_str(&format!(
                r#"<tr><td>{}</td>{cells}<td class="num"><strong>{}</strong></td></tr>"#,
                value_label(l, table.dimension, &r.value),
                esc(&r.total)
            ));
        }
        body.push_str(&format!(
            r#"<section data-dimension="{dim}"><h2>{title}</h2>{chart}<div class="table-scroll"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></section>"#,
            dim = table.dimension,
            title = ta(l, "hq-dimension", &[("dimension", Arg::from(table.dimension))]),
            chart = bars(&chart, l.is_rtl()),
        ));
    }
    body
}

/// A value's label as plain text (for the SVG, which escapes it itself).
fn value_text(l: &Localizer, dimension: &str, value: &str) -> String {
    match (dimension, value) {
        ("age_band", band) => l.format(&format!("app-age-band-{}", band.replace('+', "-plus")), &[]),
        ("sex", sex) => l.format(&format!("app-sex-{}", sex.replace('_', "-")), &[]),
        ("accompaniment", a) if a != "unknown" => l.format(&format!("app-accompaniment-{a}"), &[]),
        _ => l.format("hq-figure-value", &[("value", Arg::from(value))]),
    }
}

/// The analyst's figures: tables, bar charts, CSV.
pub async fn figures(State(d): D, headers: HeaderMap) -> Response {
    render(&d, &headers, "/figures", |l, s| {
        let f = d.figures(s, false)?;
        Ok((t(l, "hq-figures-title"), figures_body(l, &f)))
    })
}
