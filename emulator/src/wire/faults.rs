//! Owns the injected faults: what the dice (or the token endpoint's counters) decided for
//! a request ([`Fault`]) and the answers Dropbox gives for them, a 500/503 or a 429 with
//! `Retry-After`, JSON or plain text. Above `config` only, so the API's route plumbing
//! and the OAuth endpoints answer faults alike.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::config::Config;

/// What the dice decided for one request.
pub(crate) enum Fault {
    None,
    RateLimited,
    ServerError(u16),
}

impl Fault {
    /// The answer that replaces the request's, if there is a fault.
    pub fn answer(self, config: &Config) -> Option<Response> {
        match self {
            Fault::None => None,
            Fault::RateLimited => Some(rate_limited(config, "too_many_requests")),
            Fault::ServerError(code) => Some(server_error(code)),
        }
    }
}

/// An injected 500 or 503.
pub(crate) fn server_error(code: u16) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, "Internal Server Error (injected by dbx-emulator)").into_response()
}

/// A 429 for `reason` (`too_many_requests`: the team's rate limit;
/// `too_many_write_operations`: lock contention on one namespace), asking for
/// `Config::retry_after_secs`: in the `Retry-After` header (unless
/// `Config::retry_after_header` is off), and in a JSON body unless
/// `Config::plain_text_429` asks for plain text, which carries no wait of its own.
pub(crate) fn rate_limited(config: &Config, reason: &str) -> Response {
    let retry_after = config.retry_after_secs;
    let mut response = if config.plain_text_429 {
        (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "Too Many Requests",
        )
            .into_response()
    } else {
        let body = json!({
            "error_summary": format!("{reason}/..."),
            "error": {"reason": {".tag": reason}, "retry_after": retry_after},
        });
        (StatusCode::TOO_MANY_REQUESTS, axum::Json(body)).into_response()
    };
    if config.retry_after_header {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, retry_after.into());
    }
    response
}
