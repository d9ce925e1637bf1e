//! Every state-changing action of the dashboard, declared once for the JSON API (the CSRF token
//! in `X-CSRF-Token`, a JSON answer) and for the pages' forms (the token in the form's `csrf`
//! field, then back to the page with a notice): the body it takes, what it calls on
//! [`Dashboard`], and the page a form returns to.

use std::sync::Arc;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::{Form, Json};

use super::Dashboard;
use super::web::session_for_change;

macro_rules! actions {
    ($($(#[$doc:meta])* $name:ident($body:ident { $($field:ident: $ty:ty),* $(,)? }) back to $back:literal
        => |$d:ident, $s:ident, $b:ident| $call:expr;)*) => {
        $(
            #[doc = concat!("The body of the `", stringify!($name), "` action (a page's form also carries `csrf`).")]
            #[derive(serde::Deserialize)]
            pub struct $body {
                #[serde(default)]
                csrf: String,
                $(#[serde(default)] $field: $ty,)*
            }
        )*

        /// The actions as JSON API handlers.
        pub mod api {
            use super::*;
            $(
                $(#[$doc])*
                pub async fn $name(State($d): State<Arc<Dashboard>>, headers: HeaderMap, Json($b): Json<$body>) -> Response {
                    super::super::api::done(session_for_change(&$d, &headers, None).and_then(|$s| $call))
                }
            )*
        }

        /// The actions as the pages' form handlers.
        pub mod form {
            use super::*;
            $(
                $(#[$doc])*
                pub async fn $name(State($d): State<Arc<Dashboard>>, headers: HeaderMap, Form($b): Form<$body>) -> Response {
                    let done = session_for_change(&$d, &headers, Some(&$b.csrf)).and_then(|$s| $call);
                    super::super::pages::after_form(&$d, &headers, $back, done)
                }
            )*
        }
    };
}

actions! {
    /// Resolves a conflict by picking one of its values.
    resolve(ResolveBody { case_id: String, path: String, choice: usize }) back to "/conflicts"
        => |d, s, b| d.resolve(&s, &b.case_id, &b.path, b.choice);
    /// Confirms or rejects a tracing match.
    decide_match(DecideBody { seeker_case: String, sought_person: String, candidate_case: String, confirm: bool })
        back to "/matches"
        => |d, s, b| d.decide_match(&s, &b.seeker_case, &b.sought_person, &b.candidate_case, b.confirm);
    /// Records whether two cases are the same person.
    decide_duplicate(DuplicateBody { a: String, b: String, same_person: bool }) back to "/matches"
        => |d, s, body| d.decide_duplicate(&s, &body.a, &body.b, body.same_person);
    /// Gives a case to another site.
    transfer(TransferBody { case_id: String, site: String }) back to "/transfers"
        => |d, s, b| d.transfer(&s, &b.case_id, &b.site);
    /// Revokes a device.
    revoke(RevokeBody { device: String }) back to "/devices" => |d, s, b| d.revoke(&s, &b.device);
    /// Lets a device an admin enrolled receive its site's cases.
    approve_device(ApproveBody { device: String }) back to "/devices" => |d, s, b| d.approve_device(&s, &b.device);
    /// Adds an account.
    add_account(AccountBody { name: String, role: String, password: String, sites: String }) back to "/accounts"
        => |d, s, b| d.create_account(&s, &b.name, &b.role, &b.password, &b.sites);
    /// Gives an account other sites.
    account_sites(SitesBody { name: String, sites: String }) back to "/accounts"
        => |d, s, b| d.change_sites(&s, &b.name, &b.sites);
    /// Gives an account another role.
    account_role(RoleBody { name: String, role: String }) back to "/accounts"
        => |d, s, b| d.change_role(&s, &b.name, &b.role);
    /// Removes an account.
    remove_account(RemoveBody { name: String }) back to "/accounts" => |d, s, b| d.remove_account(&s, &b.name);
    /// Orders a case erased everywhere.
    erase(EraseBody { case_id: String, reason: String }) back to "/erasures"
        => |d, s, b| d.erase(&s, &b.case_id, &b.reason);
}
