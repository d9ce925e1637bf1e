//! HTTP plumbing shared by the API and the pages: cookies, sessions, CSRF, the UI language,
//! error responses, and the router.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use waypoint_i18n::Localizer;

use super::{DashError, Dashboard, StaffSession, actions, api, html, pages};

/// The session cookie.
pub(crate) const SESSION_COOKIE: &str = "wp_session";
/// The UI language cookie (not secret: a language code).
pub(crate) const LANG_COOKIE: &str = "wp_lang";
/// The network address a request came from (see [`crate::peer`]).
pub(crate) use crate::peer::Peer;

/// The address a sign-in comes from (see [`crate::peer::sender`]).
pub(crate) fn address(d: &Dashboard, peer: Peer, headers: &HeaderMap) -> Option<std::net::IpAddr> {
    crate::peer::sender(peer, headers, d.behind_proxy)
}

/// The pre-session token of the sign-in form (double-submit), against login CSRF.
pub(crate) const LOGIN_COOKIE: &str = "wp_login";

/// The value of cookie `name`, if sent.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A cookie's name as HQ sends it: with the `__Host-` prefix when cookies are Secure (HQ
/// reached over HTTPS, or off loopback), so that a browser takes it from this host only — a
/// sibling subdomain cannot plant a session or sign-in token.
pub(crate) fn cookie_name(d: &Dashboard, base: &str) -> String {
    if d.secure_cookies { format!("__Host-{base}") } else { base.to_owned() }
}

/// The value of HQ's cookie `base` (named as [`cookie_name`] says), if sent.
pub(crate) fn own_cookie<'a>(d: &Dashboard, headers: &'a HeaderMap, base: &str) -> Option<&'a str> {
    cookie(headers, &cookie_name(d, base))
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Strict, Path=/, Secure (and `__Host-`) when HQ is
/// reached over HTTPS or off loopback.
pub(crate) fn set_cookie(d: &Dashboard, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let secure = if d.secure_cookies { "; Secure" } else { "" };
    let name = cookie_name(d, name);
    let text = format!("{name}={value}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age}{secure}");
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static("wp_invalid=; Max-Age=0"))
}

/// The signed-in session of a request.
pub(crate) fn session(d: &Dashboard, headers: &HeaderMap) -> Result<StaffSession, DashError> {
    let token = own_cookie(d, headers, SESSION_COOKIE).ok_or(DashError::Unauthenticated)?;
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(DashError::Unauthenticated);
    }
    d.staff_session(token)?.ok_or(DashError::Unauthenticated)
}

fn same(a: &str, b: &str) -> bool {
    // Constant time over equal lengths: a token's prefix cannot be guessed byte by byte.
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The session of a state-changing request: the CSRF token (form field or `X-CSRF-Token`
/// header) must equal the session's, and a browser saying the request is cross-site is refused.
pub(crate) fn session_for_change(
    d: &Dashboard,
    headers: &HeaderMap,
    form_token: Option<&str>,
) -> Result<StaffSession, DashError> {
    let s = session(d, headers)?;
    if headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site") {
        return Err(DashError::Forbidden);
    }
    let sent = form_token.or_else(|| headers.get("x-csrf-token").and_then(|v| v.to_str().ok()));
    match sent {
        Some(t) if same(t, &s.csrf) => Ok(s),
        _ => Err(DashError::Forbidden),
    }
}

/// A localizer per language, built once (each parses every file of its locale).
pub(crate) fn localizer(lang: &str) -> Arc<Localizer> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<Localizer>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut map = cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    map.entry(lang.to_owned()).or_insert_with(|| Arc::new(Localizer::new(&[lang]))).clone()
}

/// The UI language of a request: the cookie if it names a shipped locale, else the browser's
/// Accept-Language, else English.
pub(crate) fn ui_language(headers: &HeaderMap) -> Arc<Localizer> {
    let available = waypoint_i18n::available_locales();
    // Either name: a language is no secret, and this runs before HQ's settings are at hand.
    if let Some(l) =
        cookie(headers, &format!("__Host-{LANG_COOKIE}")).or_else(|| cookie(headers, LANG_COOKIE))
        && available.contains(&l)
    {
        return localizer(l);
    }
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let wanted: Vec<&str> = accept.split(',').filter_map(|p| p.split(';').next()).map(str::trim).collect();
    let chosen = waypoint_i18n::negotiate(&wanted);
    localizer(chosen.first().map_or("en", String::as_str))
}

/// The status of an error.
pub(crate) fn status(e: &DashError) -> StatusCode {
    match e {
        DashError::Unauthenticated | DashError::LoginRefused => StatusCode::UNAUTHORIZED,
        DashError::Forbidden => StatusCode::FORBIDDEN,
        DashError::NotFound => StatusCode::NOT_FOUND,
        DashError::BadRequest(_) | DashError::PasswordTooShort | DashError::Refused(_) => {
            StatusCode::BAD_REQUEST
        }
        DashError::AccountExists => StatusCode::CONFLICT,
        DashError::Store(_) | DashError::Doc(_) | DashError::Hashing(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The message id shown for an error.
pub(crate) fn message_id(e: &DashError) -> &str {
    match e {
        DashError::Refused(refusal) => &refusal.id,
        DashError::Unauthenticated => "hq-error-signed-out",
        DashError::LoginRefused => "hq-login-failed",
        DashError::Forbidden => "hq-error-forbidden",
        DashError::NotFound => "hq-error-not-found",
        DashError::BadRequest(id) => id,
        DashError::PasswordTooShort => "hq-user-password-short",
        DashError::AccountExists => "hq-user-exists",
        DashError::Store(_) | DashError::Doc(_) | DashError::Hashing(_) => "hq-error-internal",
    }
}

/// The arguments of an error's message.
pub(crate) fn message_args(e: &DashError) -> Vec<(&'static str, waypoint_i18n::Arg)> {
    match e {
        DashError::PasswordTooShort => {
            vec![("count", waypoint_i18n::Arg::from(crate::accounts::MIN_PASSWORD_CHARS))]
        }
        // The engine's arguments are numbers, codes and field names, never personal data.
        DashError::Refused(refusal) => refusal
            .args
            .iter()
            .filter_map(|(k, v)| {
                let value = v
                    .parse::<i64>()
                    .map_or_else(|_| waypoint_i18n::Arg::from(v.clone()), waypoint_i18n::Arg::from);
                Some((refusal_arg(k)?, value))
            })
            .collect(),
        DashError::Unauthenticated
        | DashError::Forbidden
        | DashError::NotFound
        | DashError::BadRequest(_)
        | DashError::LoginRefused
        | DashError::AccountExists
        | DashError::Store(_)
        | DashError::Hashing(_)
        | DashError::Doc(_) => Vec::new(),
    }
}

/// The names of the engine's message arguments (static, as the localiser takes them).
fn refusal_arg(name: &str) -> Option<&'static str> {
    ["max", "min", "question", "entry", "case"].into_iter().find(|n| *n == name)
}

/// Logs a failure that is HQ's fault (ids only in the error text).
pub(crate) fn log(e: &DashError) {
    if matches!(e, DashError::Store(_) | DashError::Doc(_) | DashError::Hashing(_)) {
        tracing::error!(error = %e, "dashboard request failed");
    }
}

/// A redirect that also works for a `303 See Other` after a form.
pub(crate) fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// The dashboard: pages at `/`, the JSON API under `/api`, assets under `/assets`.
pub fn router(d: Arc<Dashboard>) -> Router {
    let hsts_for = d.clone();
    Router::new()
        .route("/", get(pages::home))
        .route("/login", get(pages::login_page).post(pages::login_submit))
        .route("/logout", post(pages::logout))
        .route("/lang", get(pages::set_language))
        .route("/cases", get(pages::cases))
        .route("/cases/{id}", get(pages::case))
        .route("/conflicts", get(pages::conflicts))
        .route("/conflicts/resolve", post(actions::form::resolve))
        .route("/matches", get(pages::matches))
        .route("/matches/decide", post(actions::form::decide_match))
        .route("/duplicates/decide", post(actions::form::decide_duplicate))
        .route("/transfers", get(pages::transfers).post(actions::form::transfer))
        .route("/devices", get(pages::devices))
        .route("/devices/enroll", post(pages::enroll))
        .route("/devices/revoke", get(pages::revoke_confirm).post(actions::form::revoke))
        .route("/erasures", get(pages::erasures).post(actions::form::erase))
        .route("/erasures/confirm", get(pages::erase_confirm))
        .route("/audit", get(pages::audit))
        .route("/figures", get(pages::figures))
        .route("/welcome", get(pages::welcome))
        .route("/accounts", get(pages::accounts).post(actions::form::add_account))
        .route("/accounts/role", post(actions::form::account_role))
        .route("/accounts/sites", post(actions::form::account_sites))
        .route("/devices/approve", post(actions::form::approve_device))
        .route("/accounts/remove", get(pages::remove_account_confirm).post(actions::form::remove_account))
        .route("/figures.csv", get(api::figures_csv))
        .route("/assets/dashboard.css", get(html::css))
        .route("/assets/fonts/{name}", get(html::font))
        .route("/api/login", post(api::login))
        .route("/api/logout", post(api::logout))
        .route("/api/me", get(api::me))
        .route("/api/cases", get(api::cases))
        .route("/api/cases/{id}", get(api::case))
        .route("/api/conflicts", get(api::conflicts))
        .route("/api/conflicts/resolve", post(actions::api::resolve))
        .route("/api/matches", get(api::matches))
        .route("/api/matches/decide", post(actions::api::decide_match))
        .route("/api/duplicates", get(api::duplicates))
        .route("/api/duplicates/decide", post(actions::api::decide_duplicate))
        .route("/api/transfers", get(api::transfers).post(actions::api::transfer))
        .route("/api/devices", get(api::devices))
        .route("/api/devices/enroll", post(api::enroll))
        .route("/api/devices/revoke", post(actions::api::revoke))
        .route("/api/erasures", get(api::erasures).post(actions::api::erase))
        .route("/api/audit", get(api::audit))
        .route("/api/figures", get(api::figures))
        .route("/api/accounts", get(api::accounts).post(actions::api::add_account))
        .route("/api/accounts/role", post(actions::api::account_role))
        .route("/api/accounts/sites", post(actions::api::account_sites))
        .route("/api/devices/approve", post(actions::api::approve_device))
        .route("/api/accounts/remove", post(actions::api::remove_account))
        .route("/api/figures.csv", get(api::figures_csv))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(d)
        .layer(axum::middleware::map_response(move |mut r: Response| {
            let secure = hsts_for.secure_cookies;
            async move {
                if secure {
                    // Browsers that once reached HQ over HTTPS never fall back to plain HTTP.
                    r.headers_mut().insert(
                        header::STRICT_TRANSPORT_SECURITY,
                        HeaderValue::from_static("max-age=31536000"),
                    );
                }
                r
            }
        }))
}

/// Headers every dashboard response carries: no framing, no sniffing, no referrer, no cache
/// of personal data, and a content security policy that allows only this origin.
async fn security_headers(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    h.insert(
        "content-security-policy",
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; frame-ancestors 'none'; form-action 'self'",
        ),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    r
}
