//! Owns `/oauth2/authorize` and `/oauth2/token`: the authorization-code grant (with PKCE)
//! and the refresh-token grant, with the error bodies of RFC 6749 that Dropbox sends, and
//! the faults injected on the token endpoint. On top, above `state` and `faults`.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::state::{PendingCode, Shared, CODE_LIFETIME};

/// The consent page. The emulator approves at once, as if the team admin clicked "Allow",
/// and shows the code (or redirects to `redirect_uri` with it).
pub(crate) async fn authorize(
    State(shared): State<Arc<Shared>>,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    shared.record("/oauth2/authorize");
    let text_error = |msg: &str| {
        (
            StatusCode::BAD_REQUEST,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("Error (400): {msg}"),
        )
            .into_response()
    };
    match params.get("client_id") {
        Some(id) if *id == shared.config.client_id => {}
        Some(_) => return text_error("Invalid client_id."),
        None => return text_error("Missing client_id."),
    }
    if params.get("response_type").map(String::as_str) != Some("code") {
        return text_error("response_type must be \"code\".");
    }
    let offline = match params.get("token_access_type").map(String::as_str) {
        None | Some("legacy") | Some("online") => false,
        Some("offline") => true,
        Some(other) => return text_error(&format!("Unknown token_access_type \"{other}\".")),
    };
    let challenge = match code_challenge(&params) {
        Ok(challenge) => challenge,
        Err(msg) => return text_error(msg),
    };
    let code = shared.random_token("", 43);
    let redirect_uri = params.get("redirect_uri").cloned();
    shared.store_code(
        code.clone(),
        PendingCode {
            challenge,
            offline,
            redirect_uri: redirect_uri.clone(),
            issued: Instant::now(),
        },
    );
    if let Some(uri) = redirect_uri {
        let mut target = format!("{uri}?code={code}");
        if let Some(state) = params.get("state") {
            target.push_str(&format!("&state={state}"));
        }
        return Redirect::to(&target).into_response();
    }
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!(
            "dbx-emulator: the admin of \"{}\" approved this app.\nEnter this access code into the app to finish:\n{code}\n",
            shared.config.team_name
        ),
    )
        .into_response()
}

/// The PKCE challenge of an authorization request, `(method, challenge)`: none, or one
/// of 43 to 128 characters with method `S256` or `plain` (the default). `Err` is the
/// message of the 400.
fn code_challenge(
    params: &HashMap<String, String>,
) -> Result<Option<(String, String)>, &'static str> {
    match (
        params.get("code_challenge"),
        params.get("code_challenge_method"),
    ) {
        (None, None) => Ok(None),
        (Some(c), Some(m)) if m == "S256" || m == "plain" => {
            if c.len() < 43 || c.len() > 128 {
                return Err("code_challenge must be 43 to 128 characters.");
            }
            Ok(Some((m.clone(), c.clone())))
        }
        (Some(c), None) => Ok(Some(("plain".to_string(), c.clone()))),
        _ => Err("code_challenge_method must be \"S256\" or \"plain\" with a code_challenge."),
    }
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (
        status,
        axum::Json(json!({"error": error, "error_description": description})),
    )
        .into_response()
}

fn invalid_request(description: &str) -> Response {
    oauth_error(StatusCode::BAD_REQUEST, "invalid_request", description)
}

fn invalid_client() -> Response {
    oauth_error(
        StatusCode::BAD_REQUEST,
        "invalid_client",
        "Invalid client_id or client_secret",
    )
}

/// The client credentials of a token request: HTTP Basic, or form fields, never both.
fn client_credentials(
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<(Option<String>, Option<String>), Response> {
    let basic = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "));
    match basic {
        Some(encoded) => {
            if form.contains_key("client_id") || form.contains_key("client_secret") {
                return Err(invalid_request(
                    "client credentials given both in the Authorization header and the body",
                ));
            }
            let decoded = STANDARD
                .decode(encoded.trim())
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or_else(|| invalid_request("malformed HTTP Basic credentials"))?;
            let (id, secret) = decoded
                .split_once(':')
                .ok_or_else(|| invalid_request("malformed HTTP Basic credentials"))?;
            Ok((Some(id.to_string()), Some(secret.to_string())))
        }
        None => Ok((
            form.get("client_id").cloned(),
            form.get("client_secret").cloned(),
        )),
    }
}

/// The token endpoint: the injected faults first (`Config::token_5xx_count`,
/// `token_429_count`), then the form and the client's credentials, then the grant.
pub(crate) async fn token(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    shared.record("/oauth2/token");
    if let Some(fault) = shared.take_token_fault().answer(&shared.config) {
        return fault;
    }
    let form = match token_form(&headers, &body) {
        Ok(form) => form,
        Err(r) => return r,
    };
    let (client_id, client_secret) = match client_credentials(&headers, &form) {
        Ok(c) => c,
        Err(r) => return r,
    };
    if client_id.as_deref() != Some(shared.config.client_id.as_str()) {
        return invalid_client();
    }
    let secret_ok = match client_secret.as_deref() {
        Some(s) if s == shared.config.client_secret => true,
        Some(_) => return invalid_client(),
        None => false,
    };
    let result = match form.get("grant_type").map(String::as_str) {
        Some("refresh_token") => refresh_token_grant(&shared, &form, secret_ok),
        Some("authorization_code") => authorization_code_grant(&shared, &form, secret_ok),
        Some(other) => Err(oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            &format!("grant_type \"{other}\" is not supported"),
        )),
        None => Err(invalid_request("missing grant_type")),
    };
    result.unwrap_or_else(|refused| refused)
}

/// The form of a token request, each parameter at most once.
fn token_form(headers: &HeaderMap, body: &Bytes) -> Result<HashMap<String, String>, Response> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !content_type
        .to_ascii_lowercase()
        .starts_with("application/x-www-form-urlencoded")
    {
        return Err(invalid_request(
            "Content-Type must be application/x-www-form-urlencoded",
        ));
    }
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(body).map_err(|_| invalid_request("malformed form body"))?;
    let mut form = HashMap::new();
    for (k, v) in pairs {
        if form.insert(k.clone(), v).is_some() {
            return Err(invalid_request(&format!(
                "parameter \"{k}\" given more than once"
            )));
        }
    }
    Ok(form)
}

fn invalid_grant(description: &str) -> Response {
    oauth_error(StatusCode::BAD_REQUEST, "invalid_grant", description)
}

/// `grant_type=refresh_token`: a new access token for a live refresh token, which needs
/// the client secret unless it was obtained through PKCE.
fn refresh_token_grant(
    shared: &Shared,
    form: &HashMap<String, String>,
    secret_ok: bool,
) -> Result<Response, Response> {
    let refresh_token = form
        .get("refresh_token")
        .ok_or_else(|| invalid_request("missing refresh_token"))?;
    // `Config::token_invalid_grant` refuses every refresh token, as if all were revoked.
    let grant = (!shared.config.token_invalid_grant)
        .then(|| shared.refresh_grant(refresh_token))
        .flatten();
    let (pkce, scopes) =
        grant.ok_or_else(|| invalid_grant("refresh token is invalid or revoked"))?;
    if !pkce && !secret_ok {
        return Err(invalid_client());
    }
    Ok(token_response(shared, scopes, Grant::Refresh))
}

/// `grant_type=authorization_code`: the code of `/oauth2/authorize`, once, with the
/// same `redirect_uri` and the PKCE verifier if it was issued with a challenge.
fn authorization_code_grant(
    shared: &Shared,
    form: &HashMap<String, String>,
    secret_ok: bool,
) -> Result<Response, Response> {
    let code = form
        .get("code")
        .ok_or_else(|| invalid_request("missing code"))?;
    let pending = shared
        .take_code(code)
        .filter(|pending| pending.issued.elapsed() <= CODE_LIFETIME)
        .ok_or_else(|| invalid_grant("code doesn't exist or has expired"))?;
    if pending.redirect_uri.as_deref() != form.get("redirect_uri").map(String::as_str) {
        return Err(invalid_grant("redirect_uri mismatch"));
    }
    let pkce = check_code_verifier(&pending, form.get("code_verifier"))?;
    if !pkce && !secret_ok {
        return Err(invalid_client());
    }
    let scopes = shared.config.scopes.clone();
    let refresh = pending
        .offline
        .then(|| shared.issue_refresh_token(pkce, scopes.clone()));
    Ok(token_response(shared, scopes, Grant::Code { refresh }))
}

/// Whether the code was obtained through PKCE (its challenge met by the verifier); a
/// verifier for a code without challenge, or the reverse, is an error.
fn check_code_verifier(pending: &PendingCode, verifier: Option<&String>) -> Result<bool, Response> {
    match (&pending.challenge, verifier) {
        (Some((method, challenge)), Some(verifier)) => {
            let computed = if method == "S256" {
                URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
            } else {
                verifier.clone()
            };
            if computed != *challenge {
                return Err(invalid_grant("invalid code verifier"));
            }
            Ok(true)
        }
        (Some(_), None) => Err(invalid_request("missing code_verifier")),
        (None, Some(_)) => Err(invalid_request(
            "code_verifier given for a code issued without a challenge",
        )),
        (None, None) => Ok(false),
    }
}

/// Which grant a token answers.
enum Grant {
    /// `refresh_token`: an access token, and nothing about the scopes it carries.
    Refresh,
    /// `authorization_code`: the scopes granted, and a refresh token if asked for.
    Code { refresh: Option<String> },
}

/// A token answer. Only the authorization-code exchange says which scopes were granted,
/// as Dropbox's does: its refresh answers carry no `scope`.
fn token_response(shared: &Shared, scopes: Vec<String>, grant: Grant) -> Response {
    let scope = scopes.join(" ");
    let access_token = shared.issue_access_token(scopes);
    let mut body = json!({
        "access_token": access_token,
        "token_type": "bearer",
        "expires_in": shared.config.token_lifetime.as_secs(),
    });
    if let (Grant::Code { refresh }, Value::Object(map)) = (grant, &mut body) {
        map.insert("scope".into(), json!(scope));
        map.insert("team_id".into(), json!(shared.config.team_id));
        map.insert("account_id".into(), json!("dbid:AAemulated-admin"));
        map.insert("uid".into(), json!("12345"));
        if let Some(refresh) = refresh {
            map.insert("refresh_token".into(), json!(refresh));
        }
    }
    axum::Json(body).into_response()
}
