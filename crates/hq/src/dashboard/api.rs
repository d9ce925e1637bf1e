//! The JSON API under `/api/…`. Reads need a session; writes also need the session's CSRF
//! token in `X-CSRF-Token`. The role checks are in [`Dashboard`]'s methods, so calling an
//! endpoint directly is refused exactly as the page would be (403).

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::web::{self, SESSION_COOKIE, session, session_for_change};
use super::{DashError, Dashboard, cases};

fn fail(e: &DashError) -> Response {
    web::log(e);
    (web::status(e), Json(json!({ "error": web::message_id(e) }))).into_response()
}

fn reply<T: Serialize>(r: Result<T, DashError>) -> Response {
    match r {
        Ok(v) => Json(v).into_response(),
        Err(e) => fail(&e),
    }
}

/// `{"ok": true}`, or the error.
pub(super) fn done(r: Result<(), DashError>) -> Response {
    reply(r.map(|()| json!({ "ok": true })))
}

/// A request body for `POST /api/login`.
#[derive(Deserialize)]
pub struct LoginBody {
    name: String,
    password: String,
}

/// Signs in: sets the session cookie and returns the CSRF token and role.
pub async fn login(
    State(d): State<Arc<Dashboard>>,
    peer: web::Peer,
    headers: HeaderMap,
    Json(body): Json<LoginBody>,
) -> Response {
    let address = web::address(&d, peer, &headers);
    let dash = d.clone();
    let result = tokio::task::spawn_blocking(move || dash.login(&body.name, &body.password, address))
        .await
        .unwrap_or(Err(DashError::LoginRefused));
    match result {
        Ok((token, s)) => {
            let mut r = Json(json!({ "user": s.user, "role": s.role, "csrf": s.csrf })).into_response();
            r.headers_mut().insert(
                header::SET_COOKIE,
                web::set_cookie(&d, SESSION_COOKIE, &token, super::MAX_SESSION_MS / 1000),
            );
            r
        }
        Err(e) => {
            // A failed sign-in is answered slowly: guessing is slow even across names.
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            fail(&e)
        }
    }
}

/// Signs out.
pub async fn logout(State(d): State<Arc<Dashboard>>, headers: HeaderMap) -> Response {
    let r = session_for_change(&d, &headers, None).and_then(|s| d.logout(&s));
    let mut r = done(r);
    r.headers_mut().insert(header::SET_COOKIE, web::set_cookie(&d, SESSION_COOKIE, "", 0));
    r
}

/// Who is signed in.
pub async fn me(State(d): State<Arc<Dashboard>>, headers: HeaderMap) -> Response {
    reply(session(&d, &headers).map(|s| json!({ "user": s.user, "role": s.role, "csrf": s.csrf })))
}

/// `?q=` for searches.
#[derive(Deserialize, Default)]
pub struct SearchQuery {
    /// Name in any script, or a case code.
    #[serde(default)]
    pub q: String,
}

/// Case search across sites.
pub async fn cases(
    State(d): State<Arc<Dashboard>>,
    headers: HeaderMap,
    Query(q): Query<SearchQuery>,
) -> Response {
    reply(session(&d, &headers).and_then(|s| d.search(&s, &q.q)))
}

/// One case for review: the case document, age status, risk with reasons, conflicts.
pub async fn case(State(d): State<Arc<Dashboard>>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    reply(session(&d, &headers).and_then(|s| d.case(&s, &id)).map(|e| {
        json!({
            "summary": e.summary,
            "case": e.case,
            "age": e.age,
            "risk": {
                "level": e.risk.level.code(),
                "score": e.risk.score,
                "reasons": e.risk.reasons.iter().map(|r| r.message_id()).collect::<Vec<_>>(),
                "referral_prompt": e.risk.referral_prompt,
            },
            "conflicts": conflicts_json(&e),
        })
    }))
}

fn conflicts_json(e: &cases::CaseEntry) -> Vec<serde_json::Value> {
    e.conflicts
        .iter()
        .map(|c| {
            let values: Vec<_> = c
                .values
                .iter()
                .map(|v| {
                    json!({ "value": v.value, "written_by": v.written_by, "written_at": v.written_at, "sent_by": e.sender_of(v) })
                })
                .collect();
            json!({ "case_id": e.id, "code": e.summary.code, "site": e.site, "path": c.path_string(), "values": values })
        })
        .collect()
}

/// Every unresolved conflict, each with all its values, who wrote each and when.
pub async fn conflicts(State(d): State<Arc<Dashboard>>, headers: HeaderMap) -> Response {
    reply(
        session(&d, &headers)
            .and_then(|s| d.conflicts(&s))
            .map(|list| list.iter().flat_map(|e| conflicts_json(e)).collect::<Vec<_>>()),
    )
}

/// Body of `POST /api/devices/enroll`.
#[derive(Deserialize)]
pub struct EnrollBody {
    site: String,
}

/// A one-time enrollment code.
pub async fn enroll(
    State(d): State<Arc<Dashboard>>,
    headers: HeaderMap,
    Json(b): Json<EnrollBody>,
) -> Response {
    reply(
        session_for_change(&d, &headers, None)
            .and_then(|s| d.enroll(&s, &b.site))
            .map(|code| json!({ "code": code })),
    )
}

/// Read endpoints: the signed-in staff member's view, as JSON.
macro_rules! reads {
    ($($(#[$doc:meta])* $name:ident => |$d:ident, $s:ident| $call:expr;)*) => {
        $(
            $(#[$doc])*
            pub async fn $name(State($d): State<Arc<Dashboard>>, headers: HeaderMap) -> Response {
                reply(session(&$d, &headers).and_then(|$s| $call))
            }
        )*
    };
}

reads! {
    /// Tracing matches across sites.
    matches => |d, s| d.matches(&s);
    /// Possible duplicates, those confirmed as one person marked (pairs of two people left out).
    duplicates => |d, s| d.duplicates(&s);
    /// Transfers so far.
    transfers => |d, s| d.transfers(&s);
    /// Devices.
    devices => |d, s| d.devices(&s);
    /// Dashboard accounts (admins).
    accounts => |d, s| d.accounts(&s);
    /// Erased cases.
    erasures => |d, s| d.erasures(&s);
    /// The audit trail.
    audit => |d, s| d.audit_trail(&s);
    /// Anonymised figures as JSON.
    figures => |d, s| d.figures(&s, false);
}

/// Anonymised figures as CSV (a download).
pub async fn figures_csv(State(d): State<Arc<Dashboard>>, headers: HeaderMap) -> Response {
    match session(&d, &headers).and_then(|s| d.figures(&s, true)) {
        Ok(f) => {
            let mut r = (StatusCode::OK, cases::figures_csv(&f)).into_response();
            let h = r.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
            h.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"waypoint-figures.csv\""),
            );
            r
        }
        Err(e) => fail(&e),
    }
}
