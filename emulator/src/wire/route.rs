//! Owns the plumbing every `/2/...` route shares, so that a routes module (members, team,
//! groups) only declares its [`Route`]s and handlers: the request counters, injected
//! latency and faults, the select-user headers, bearer-token authentication and scopes,
//! reading and validating the JSON argument, the audit of write calls, the team lock, and
//! rendering answers. Enforced the way Dropbox enforces them: plain-text 400s for
//! malformed requests (bad JSON, unknown fields, values outside the spec's limits), JSON
//! 401s for auth, JSON 409s for route errors ([`Refusal`]s), 429 with `Retry-After`.
//! The top of the stack with the routes modules, above `state` and `state::team`.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::config::Config;
use crate::state::team::Team;
use crate::state::Shared;
use crate::wire::faults::{rate_limited, server_error};
use crate::wire::refusal::Refusal;
use crate::wire::validate::Validate;

/// A route as the plumbing sees it.
#[derive(Clone, Copy)]
pub(crate) struct Route {
    /// The API function, as Dropbox names it in errors and as the audit records it; the
    /// path is `/2/{function}`.
    function: &'static str,
    scope: &'static str,
    /// Write routes go into the audit, so tests can see exactly what a client sent, and
    /// are the calls whose answer `Config::rate_5xx_after_apply` may lose.
    audited: bool,
}

impl Route {
    pub const fn read(function: &'static str, scope: &'static str) -> Self {
        Route {
            function,
            scope,
            audited: false,
        }
    }

    pub const fn write(function: &'static str, scope: &'static str) -> Self {
        Route {
            function,
            scope,
            audited: true,
        }
    }

    /// A job's poll: it needs the scope of the call that launched the job.
    pub const fn poll(function: &'static str, scope: &'static str) -> Self {
        Route::read(function, scope)
    }
}

/// What a handler returns: the route's result, or why it refuses (answered 409).
pub(crate) type Answer = Result<Value, Refusal>;

/// The router of one route: the checks of [`accept`], the audit, then `handle` with the
/// team locked for the rest of the call (a Dropbox call is atomic; no lock is held across
/// an `.await`), and for a write call the injected loss of its answer
/// (`Config::rate_5xx_after_apply`).
pub(crate) fn serve<A, F>(route: Route, handle: F) -> Router<Arc<Shared>>
where
    A: Arg + Send + 'static,
    F: Fn(&mut Team, &Config, A) -> Answer + Clone + Send + Sync + 'static,
{
    let handler = move |State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes| {
        let handle = handle.clone();
        async move {
            let (arg, sent) =
                match accept::<A>(&shared, route.function, route.scope, &headers, &body).await {
                    Ok(accepted) => accepted,
                    Err(response) => return response,
                };
            let answer = {
                let mut team = shared.team();
                if route.audited {
                    team.record_write(route.function, sent);
                }
                handle(&mut team, &shared.config, arg)
            };
            // Rolled with the team unlocked: the dice are behind the other lock.
            let applied = answer.is_ok();
            let lost = route.audited.then(|| shared.roll_fault_after_apply());
            let lost_once = applied && shared.take_lost_answer(route.function);
            match lost.flatten().or(lost_once.then_some(503)) {
                Some(code) => server_error(code),
                None => reply(answer, &shared.config),
            }
        }
    };
    Router::new().route(&format!("/2/{}", route.function), post(handler))
}

fn reply(answer: Answer, config: &Config) -> Response {
    match answer {
        Ok(value) => axum::Json(value).into_response(),
        Err(refusal) if refusal.is_rate_limit() => rate_limited(config, refusal.tag()),
        Err(refusal) => error_response(StatusCode::CONFLICT, &refusal),
    }
}

/// A 401 (auth) or 409 (route error) with the refusal's error body.
fn error_response(status: StatusCode, refusal: &Refusal) -> Response {
    (status, axum::Json(refusal.to_error_body())).into_response()
}

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

/// How a route's argument is read from the body: the parsed value, and the JSON as the
/// client sent it (defaults not filled in), so the audit can tell an explicit
/// `wipe_data: true` from an omitted one.
pub(crate) trait Arg: Sized {
    fn parse(call: &Call<'_>, headers: &HeaderMap, body: &Bytes)
        -> Result<(Self, Value), Response>;
}

impl Arg for Void {
    fn parse(
        call: &Call<'_>,
        headers: &HeaderMap,
        body: &Bytes,
    ) -> Result<(Self, Value), Response> {
        if body.is_empty() {
            return Ok((Void, Value::Null));
        }
        check_content_type(call, headers)?;
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Null) => Ok((Void, Value::Null)),
            Ok(_) => Err(call.bad_request("request body: expected null, got value")),
            Err(_) => Err(call.bad_request("request body: could not decode input as JSON")),
        }
    }
}

/// A JSON struct argument, its shape checked by serde and its limits by [`Validate`].
impl<T: DeserializeOwned + Validate> Arg for T {
    fn parse(
        call: &Call<'_>,
        headers: &HeaderMap,
        body: &Bytes,
    ) -> Result<(Self, Value), Response> {
        check_content_type(call, headers)?;
        let raw: Value = serde_json::from_slice(body)
            .map_err(|_| call.bad_request("request body: could not decode input as JSON"))?;
        let arg =
            T::deserialize(&raw).map_err(|e| call.bad_request(&format!("request body: {e}")))?;
        arg.validate()
            .map_err(|e| call.bad_request(&format!("request body: {e}")))?;
        Ok((arg, raw))
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
/// and returns the parsed argument and the JSON sent. `route` is the function name
/// (`team/get_info`).
async fn accept<A: Arg>(
    shared: &Shared,
    route: &str,
    required_scope: &'static str,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<(A, Value), Response> {
    shared.record(&format!("/2/{route}"));
    let call = Call { shared, route };
    let arrival = shared.arrive();
    if !shared.config.latency.is_zero() {
        tokio::time::sleep(shared.config.latency).await;
    }
    // Beyond the calls a team may have at once, or on a route in a storm, a 429; else
    // the dice.
    let storm = shared.in_storm(route);
    let fault = if arrival.over_limit || storm {
        crate::wire::faults::Fault::RateLimited
    } else {
        shared.roll_fault()
    };
    drop(arrival);
    if let Some(fault) = fault.answer(&shared.config) {
        return Err(fault);
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
        Err(true) => return Err(auth_error(&Refusal::new("expired_access_token"))),
        Err(false) => return Err(auth_error(&Refusal::new("invalid_access_token"))),
    };
    let parsed = A::parse(&call, headers, body)?;
    if !scopes.iter().any(|s| s == required_scope) {
        let missing = json!({"required_scope": required_scope});
        return Err(auth_error(&Refusal::with_fields("missing_scope", missing)));
    }
    Ok(parsed)
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

fn auth_error(refusal: &Refusal) -> Response {
    error_response(StatusCode::UNAUTHORIZED, refusal)
}

/// Any path the emulator does not serve, as Dropbox answers an unknown function.
pub(crate) async fn unknown_route(uri: Uri) -> Response {
    let function = uri.path().trim_start_matches("/2/");
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("Unknown API function: \"{function}\""),
    )
        .into_response()
}
