//! The HTTP face of HQ: `GET /health`, `POST /v1/enroll`, `POST /v1/sync`. Bodies are the
//! protocol's binary frames; a refused request gets a 4xx status and a refusal frame whose
//! detail says what was wrong, and changes nothing.

use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::HeaderMap;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::{get, post};
use waypoint_sync::hub;
use waypoint_sync::hub::HubStorage;
use waypoint_sync::wire::{self, DeviceKey, Message, Refusal, RefusalCode};

use crate::pool::HubPool;
use crate::store::StorageError;

/// Shared HQ state: the stores requests are served with (one for SQLite, `--workers` for
/// PostgreSQL), each request in a blocking task of its own.
pub type Shared = Arc<HubPool>;

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// The HTTP status a refusal is sent with.
pub fn status_of(code: RefusalCode) -> StatusCode {
    match code {
        RefusalCode::Malformed | RefusalCode::Version | RefusalCode::Clock => StatusCode::BAD_REQUEST,
        RefusalCode::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        RefusalCode::UnknownDevice | RefusalCode::BadSignature => StatusCode::UNAUTHORIZED,
        RefusalCode::Revoked | RefusalCode::EnrollmentCode | RefusalCode::Certificate => {
            StatusCode::FORBIDDEN
        }
        RefusalCode::Replayed => StatusCode::CONFLICT,
        RefusalCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn frame(message: &Message) -> (StatusCode, [(axum::http::HeaderName, &'static str); 1], Vec<u8>) {
    let status = match message {
        Message::Refusal(r) => status_of(r.code),
        _ => StatusCode::OK,
    };
    (status, [(axum::http::header::CONTENT_TYPE, "application/vnd.waypoint.sync")], wire::encode(message))
}

fn refusal(code: RefusalCode, detail: &str) -> Message {
    Message::Refusal(Refusal { code, detail: detail.to_owned() })
}

async fn health() -> &'static str {
    "ok"
}

async fn enroll(State(state): State<Shared>, body: Bytes) -> impl IntoResponse {
    let answer = tokio::task::spawn_blocking(move || {
        let request = match wire::decode(&body) {
            Ok(m @ (Message::Enroll(_) | Message::EnrollFinish(_))) => m,
            Ok(_) => return refusal(RefusalCode::Malformed, "expected an enrollment request"),
            Err(e) => return refusal(e.refusal(), &e.to_string()),
        };
        if let Message::EnrollFinish(f) = &request
            && !waypoint_sync::signing::is_enrollable(&waypoint_sync::signing::VerifyingKey(f.public_key))
        {
            return refusal(RefusalCode::Malformed, "the device key is not a usable Ed25519 key");
        }
        let enrolled = state.with(|store| store.enroll(&request, state.certificate(), now_ms()));
        let Some(enrolled) = enrolled else { return refusal(RefusalCode::Internal, "state unavailable") };
        match enrolled {
            Ok((answer, enrolled)) => {
                if let Some((_, site)) = enrolled {
                    tracing::info!(site, "device enrolled");
                }
                answer
            }
            Err(StorageError::ForeignCertificate) => refusal(
                RefusalCode::Certificate,
                "the device met another TLS certificate than headquarters' own; the code is used up",
            ),
            Err(StorageError::BadCode) => {
                refusal(RefusalCode::EnrollmentCode, "the enrollment code is wrong, used or expired")
            }
            Err(e) => {
                tracing::error!(error = %e, "enrollment failed");
                refusal(RefusalCode::Internal, "enrollment failed; try again")
            }
        }
    })
    .await
    .unwrap_or_else(|_| refusal(RefusalCode::Internal, "enrollment failed; try again"));
    frame(&answer)
}

/// How long a request body may take to arrive once its share of the budget is held.
const BODY_TIME: std::time::Duration = std::time::Duration::from_secs(60);

async fn sync(State(state): State<Shared>, headers: HeaderMap, body: Body) -> Response {
    // The body is read only once its share of HQ's budget for bodies is free: however many
    // requests come, unauthenticated ones included, HQ holds at most that much.
    let length = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let Some(length) = length.filter(|l| *l <= wire::MAX_BODY + 64 * 1024) else {
        return frame(&refusal(RefusalCode::TooLarge, "a request must give its length, at most 16 MiB"))
            .into_response();
    };
    let Some(share) = state.body_budget(length).await else {
        return frame(&refusal(RefusalCode::TooLarge, "the request is too large")).into_response();
    };
    let body = match tokio::time::timeout(BODY_TIME, axum::body::to_bytes(body, length)).await {
        Ok(Ok(body)) => body,
        _ => {
            return frame(&refusal(RefusalCode::Malformed, "the request's body did not arrive whole"))
                .into_response();
        }
    };
    let answered = tokio::task::spawn_blocking(move || {
        // Who is asking is checked before the request takes a store for its work: the
        // device's key (a brief lookup), then its signature over the raw payload.
        let lookup = |device: &DeviceKey| state.with(|store| store.device(device)).unwrap_or(Ok(None));
        let answer = match hub::authenticate(&body, lookup) {
            Ok(request) => state.with(|store| hub::handle_authenticated(store, request, now_ms()))?,
            Err(Ok(refused)) => hub::unbound_answer(state.hq_key()?, refused, None),
            Err(Err(e)) => hub::unbound_answer(
                state.hq_key()?,
                refusal(RefusalCode::Internal, "sync failed; try again"),
                Some(e.to_string()),
            ),
        };
        // The body is handled: its share of the budget is free again.
        drop((body, share));
        if let Some(failure) = &answer.failure {
            // Ids and codes only: storage errors never carry a case's content.
            tracing::error!(error = %failure, "sync request failed; nothing of it was kept");
        }
        Some(answer)
    })
    .await;
    match answered {
        Ok(Some(answer)) => {
            let status = answer.refusal().map_or(StatusCode::OK, status_of);
            (status, [(axum::http::header::CONTENT_TYPE, "application/vnd.waypoint.sync")], answer.frame)
                .into_response()
        }
        // No store could sign an answer: the device hears an unsigned refusal, which it does
        // not act on, and tries again later.
        _ => frame(&refusal(RefusalCode::Internal, "sync failed; try again")).into_response(),
    }
}

/// The HQ application.
pub fn router(state: Shared) -> Router {
    Router::new()
        .route("/health", get(health))
        .route("/v1/enroll", post(enroll))
        .route("/v1/sync", post(sync))
        // The body limit answers an oversized request with 413 before reading it all.
        .layer(DefaultBodyLimit::max(wire::MAX_BODY + 64 * 1024))
        .with_state(state)
}
