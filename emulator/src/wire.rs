//! The wire rules every `/2/...` route shares, enforced the way Dropbox enforces them:
//! plain-text 400s for malformed requests (bad JSON, unknown fields, values outside the
//! spec's limits), JSON 401s for auth, JSON 409s for route errors, 429 with `Retry-After`,
//! and the injected faults.

use std::sync::Arc;

use axum::body::Bytes;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::state::{Fault, Shared};

/// The call being answered: the route a 400 names, and the counters it goes into.
pub(crate) struct Call<'a> {
    shared: &'a Shared,
    /// The function name (`team/get_info`).
    route: &'a str,
}

impl Call<'_> {
    /// A malformed request: 400, plain text, as the real service words it. Every 400 of
    /// the API goes through here, so `Stats::malformed` counts them all.
    fn bad_request(&self, message: &str) -> Response {
        self.shared.record_malformed();
        (
            StatusCode::BAD_REQUEST,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!(
                "Error in call to API function \"{}\": {message}",
                self.route
            ),
        )
            .into_response()
    }
}

/// The argument of a route whose argument type is Void: no body, or the body `null`.
#[derive(Debug)]
pub(crate) struct Void;

/// How a route's argument is read from the body.
pub(crate) trait Arg: Sized {
    fn parse(call: &Call<'_>, headers: &HeaderMap, body: &Bytes) -> Result<Self, Response>;
}

impl Arg for Void {
    fn parse(call: &Call<'_>, headers: &HeaderMap, body: &Bytes) -> Result<Self, Response> {
        if body.is_empty() {
            return Ok(Void);
        }
        check_content_type(call, headers)?;
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Null) => Ok(Void),
            Ok(_) => Err(call.bad_request("request body: expected null, got value")),
            Err(_) => Err(call.bad_request("request body: could not decode input as JSON")),
        }
    }
}

/// The limits the Stone spec puts on an argument beyond its shape (string lengths and
/// patterns, list sizes, number ranges). Serde checks the shape; the real service checks
/// both before the route runs, and answers a 400 either way.
pub(crate) trait Validate {
    /// `Err("field: problem")`, the part of the 400 after `request body: `.
    fn validate(&self) -> Result<(), String>;
}

/// A JSON struct argument: the parsed value, and the JSON as the client sent it (defaults
/// not filled in), so the audit can tell an explicit `wipe_data: true` from an omitted one.
pub(crate) struct Body<T> {
    pub arg: T,
    pub raw: Value,
}

impl<T: DeserializeOwned + Validate> Arg for Body<T> {
    fn parse(call: &Call<'_>, headers: &HeaderMap, body: &Bytes) -> Result<Self, Response> {
        check_content_type(call, headers)?;
        let raw: Value = serde_json::from_slice(body)
            .map_err(|_| call.bad_request("request body: could not decode input as JSON"))?;
        let arg =
            T::deserialize(&raw).map_err(|e| call.bad_request(&format!("request body: {e}")))?;
        arg.validate()
            .map_err(|e| call.bad_request(&format!("request body: {e}")))?;
        Ok(Body { arg, raw })
    }
}

const ACCEPTED_CONTENT_TYPES: &[&str] = &[
    "application/json",
    "application/json; charset=utf-8",
    "text/plain; charset=dropbox-cors-hack",
];

fn check_content_type(call: &Call<'_>, headers: &HeaderMap) -> Result<(), Response> {
    let given = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if ACCEPTED_CONTENT_TYPES
        .iter()
        .any(|ok| ok.eq_ignore_ascii_case(given.trim()))
    {
        return Ok(());
    }
    Err(call.bad_request(&format!(
            "Bad HTTP \"Content-Type\" header: \"{given}\".  Expecting one of \"application/json\", \"application/json; charset=utf-8\", \"text/plain; charset=dropbox-cors-hack\"."
    )))
}

/// Runs the checks every RPC route shares, in the order the real service applies them,
/// and returns the parsed argument. `route` is the function name (`team/get_info`).
pub(crate) async fn accept<A: Arg>(
    shared: &Arc<Shared>,
    route: &str,
    required_scope: &str,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<A, Response> {
    shared.record(&format!("/2/{route}"));
    let call = Call { shared, route };
    if !shared.config.latency.is_zero() {
        tokio::time::sleep(shared.config.latency).await;
    }
    match shared.roll_fault() {
        Fault::None => {}
        Fault::RateLimited => {
            return Err(too_many_requests(
                shared.config.retry_after_secs,
                shared.config.retry_after_header,
            ))
        }
        Fault::ServerError(code) => return Err(server_error(code)),
    }
    for select in ["dropbox-api-select-user", "dropbox-api-select-admin"] {
        if headers.contains_key(select) {
            return Err(call.bad_request(&format!(
                "Unexpected \"{select}\" header: team routes act as the team, not as a member."
            )));
        }
    }
    let token = bearer_token(&call, headers)?;
    let scopes = match shared.check_access_token(token) {
        Ok(scopes) => scopes,
        Err(true) => return Err(auth_error(json!({".tag": "expired_access_token"}))),
        Err(false) => return Err(auth_error(json!({".tag": "invalid_access_token"}))),
    };
    let arg = A::parse(&call, headers, body)?;
    if !scopes.iter().any(|s| s == required_scope) {
        return Err(auth_error(
            json!({".tag": "missing_scope", "required_scope": required_scope}),
        ));
    }
    Ok(arg)
}

fn bearer_token<'h>(call: &Call<'_>, headers: &'h HeaderMap) -> Result<&'h str, Response> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Err(call.bad_request(
            "Must provide HTTP header \"Authorization\" or URL parameter \"authorization\".",
        ));
    };
    let value = value.to_str().unwrap_or("");
    match value.strip_prefix("Bearer ") {
        Some(token) if !token.trim().is_empty() => Ok(token.trim()),
        _ => Err(call.bad_request(&format!(
                "Invalid authorization value in HTTP header \"Authorization\": \"{}\".  Expecting \"Bearer <oauth2-access-token>\".",
                value.split_whitespace().next().unwrap_or("")
        ))),
    }
}

/// An injected 500 or 503.
pub(crate) fn server_error(code: u16) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, "Internal Server Error (injected by dbx-emulator)").into_response()
}

fn error_summary(error: &Value) -> String {
    let tag = error.get(".tag").and_then(Value::as_str).unwrap_or("other");
    format!("{tag}/...")
}

pub(crate) fn auth_error(error: Value) -> Response {
    let body = json!({"error_summary": error_summary(&error), "error": error});
    (StatusCode::UNAUTHORIZED, axum::Json(body)).into_response()
}

/// A route-specific error: 409 with the error union, e.g. `{".tag": "invalid_cursor"}`.
pub(crate) fn route_error(error: Value) -> Response {
    let body = json!({"error_summary": error_summary(&error), "error": error});
    (StatusCode::CONFLICT, axum::Json(body)).into_response()
}

fn too_many_requests(retry_after: u64, in_header: bool) -> Response {
    let body = json!({
        "error_summary": "too_many_requests/...",
        "error": {"reason": {".tag": "too_many_requests"}, "retry_after": retry_after},
    });
    let mut response = (StatusCode::TOO_MANY_REQUESTS, axum::Json(body)).into_response();
    if in_header {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, retry_after.into());
    }
    response
}

pub(crate) async fn unknown_route(uri: Uri) -> Response {
    let function = uri.path().trim_start_matches("/2/");
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("Unknown API function: \"{function}\""),
    )
        .into_response()
}
