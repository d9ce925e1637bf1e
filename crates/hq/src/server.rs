//! The HTTP face of HQ: `GET /health`, `POST /v1/enroll`, `POST /v1/sync`. Bodies are the
//! protocol's binary frames; a refused request gets a 4xx status and a refusal frame whose
//! detail says what was wrong, and changes nothing.

use std::sync::Arc;

use axum::Router;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::HeaderMap;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::{get, post};
use futures_util::StreamExt;
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
        RefusalCode::TooManyEnrollments => StatusCode::TOO_MANY_REQUESTS,
        RefusalCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// A protocol frame as an HTTP answer.
fn framed(status: StatusCode, frame: Vec<u8>) -> Response {
    (status, [(axum::http::header::CONTENT_TYPE, "application/vnd.waypoint.sync")], frame).into_response()
}

fn frame(message: &Message) -> Response {
    let status = match message {
        Message::Refusal(r) => status_of(r.code),
        _ => StatusCode::OK,
    };
    framed(status, wire::encode(message))
}

fn refusal(code: RefusalCode, detail: &str) -> Message {
    Message::Refusal(Refusal { code, detail: detail.to_owned() })
}

async fn health() -> &'static str {
    "ok"
}

async fn enroll(
    State(state): State<Shared>,
    peer: crate::peer::Peer,
    headers: HeaderMap,
    body: Bytes,
) -> impl IntoResponse {
    let answer = tokio::task::spawn_blocking(move || {
        // Enrollment requests are small and never compressed: a few bytes never inflate.
        let request = match wire::decode_plain(&body) {
            Ok(m @ (Message::Enroll(_) | Message::EnrollFinish(_))) => m,
            Ok(_) => return refusal(RefusalCode::Malformed, "expected an enrollment request"),
            Err(e) => return refusal(e.refusal(), &e.to_string()),
        };
        if !state.may_enroll(peer, &headers) {
            return refusal(
                RefusalCode::TooManyEnrollments,
                "too many enrollment requests from this network; try again in ten minutes",
            );
        }
        if let Message::EnrollFinish(f) = &request
            && !waypoint_sync::signing::is_enrollable(&waypoint_sync::signing::VerifyingKey(f.public_key))
        {
            return refusal(RefusalCode::Malformed, "the device key is not a usable Ed25519 key");
        }
        let enrolled = state.with(|store| store.enroll(&request, state.certificate(), now_ms()));
        let Some(enrolled) = enrolled else { return refusal(RefusalCode::Internal, "state unavailable") };
        match enrolled {
            Ok((answer, _)) => answer,
            Err(StorageError::ForeignCertificate) => refusal(
                RefusalCode::Certificate,
                "the device met another TLS certificate than headquarters' own; the code still works",
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

/// How long a sender may take over the first bytes of its request, and a request may wait
/// for its share of the budget for bodies.
const SHORT_WAIT: Duration = Duration::from_secs(10);
/// The slowest a request body may arrive (bytes per second) — a 256 KiB batch over a 16 kbit/s
/// link — with at least a minute for any body: a slow honest link is served, a stalled sender
/// does not hold its share of the budget for long.
const SLOWEST_BODY: usize = 2 * 1024;

/// A refusal of a sync request HQ could not authenticate, signed for no request (the device
/// acts on nothing of it; it tells why, for logs and tests).
fn refused(state: &Shared, code: RefusalCode, detail: &str) -> Response {
    let answer = match state.hq_key() {
        Some(key) => hub::unbound_answer(key, refusal(code, detail), None).frame,
        None => wire::encode(&refusal(code, detail)),
    };
    framed(status_of(code), answer)
}

async fn sync(State(state): State<Shared>, headers: HeaderMap, body: Body) -> Response {
    let length = headers
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let Some(length) = length.filter(|l| *l <= wire::MAX_BODY + 64 * 1024) else {
        return refused(&state, RefusalCode::TooLarge, "a request must give its length, at most 16 MiB");
    };
    // Who is sending is asked first, from the request's first bytes: only an enrolled device's
    // request waits for a share of the budget for bodies and is read whole.
    let mut chunks = body.into_data_stream();
    let mut read = Vec::with_capacity(64);
    let first = tokio::time::timeout(SHORT_WAIT, async {
        while read.len() < 64.min(length) {
            match chunks.next().await {
                Some(Ok(chunk)) => read.extend_from_slice(&chunk),
                _ => break,
            }
        }
    })
    .await;
    let device = match (first, wire::signed_device(&read)) {
        (Ok(()), Some(device)) => device,
        _ => return refused(&state, RefusalCode::Malformed, "not the start of a signed request"),
    };
    let lookup = {
        let state = state.clone();
        tokio::task::spawn_blocking(move || state.with(|store| store.device(&device)))
    };
    let Ok(Some(Ok(Some(record)))) = lookup.await else {
        return refused(&state, RefusalCode::UnknownDevice, "this device is not enrolled");
    };
    let share = match tokio::time::timeout(SHORT_WAIT, state.body_budget(length)).await {
        Ok(Some(share)) => share,
        Ok(None) => return refused(&state, RefusalCode::TooLarge, "the request is too large"),
        Err(_) => {
            return refused(&state, RefusalCode::Internal, "headquarters is busy; try again shortly");
        }
    };
    let allowed = Duration::from_secs(60).max(Duration::from_secs((length / SLOWEST_BODY) as u64));
    let rest = tokio::time::timeout(allowed, async {
        while let Some(chunk) = chunks.next().await {
            let chunk = chunk.map_err(drop)?;
            if read.len() + chunk.len() > length {
                return Err(());
            }
            read.extend_from_slice(&chunk);
        }
        Ok(())
    })
    .await;
    if !matches!(rest, Ok(Ok(()))) || read.len() != length {
        return refused(&state, RefusalCode::Malformed, "the request's body did not arrive whole");
    }
    let body = read;
    let shared = state.clone();
    let answered = tokio::task::spawn_blocking(move || {
        let state = shared;
        // Who is asking is checked before the request takes a store for its work: the
        // signature over the raw payload, with the key found from the first bytes (the same
        // bytes name the device here).
        let record =
            |signer: &DeviceKey| Ok::<_, std::convert::Infallible>((*signer == device).then_some(record));
        let answer = match hub::authenticate(&body, record) {
            Ok(request) => state.with(|store| hub::handle_authenticated(store, request, now_ms()))?,
            Err(Ok(refused)) => hub::unbound_answer(state.hq_key()?, refused, None),
            Err(Err(never)) => match never {},
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
        Ok(Some(answer)) => framed(answer.refusal().map_or(StatusCode::OK, status_of), answer.frame),
        // No store could sign an answer: the device hears an unsigned refusal, which it does
        // not act on, and tries again later.
        _ => refused(&state, RefusalCode::Internal, "sync failed; try again"),
    }
}

/// The HQ application.
pub fn router(state: Shared) -> Router {
    Router::new()
        .route("/health", get(health))
        // Enrollment requests are under 200 bytes.
        .route("/v1/enroll", post(enroll).layer(DefaultBodyLimit::max(1024)))
        // Its body is read by the handler, on its stated length and a budget.
        .route("/v1/sync", post(sync))
        .with_state(state)
}
