//! Every way a Dropbox call can fail, by HTTP status (what the error kinds and hints of
//! each are is decided above: `error/`, `cli/error/`).

use serde_json::Value;

/// The `.tag` of a 401 body. Unknown tags are kept, never a parse failure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthError {
    InvalidAccessToken,
    ExpiredAccessToken,
    UserSuspended,
    MissingScope { required_scope: String },
    RouteAccessDenied,
    Other(String),
}

impl AuthError {
    pub fn from_body(body: &Value) -> AuthError {
        let error = &body["error"];
        match error[".tag"].as_str().unwrap_or("") {
            "invalid_access_token" => AuthError::InvalidAccessToken,
            "expired_access_token" => AuthError::ExpiredAccessToken,
            "user_suspended" => AuthError::UserSuspended,
            "missing_scope" => AuthError::MissingScope {
                required_scope: error["required_scope"].as_str().unwrap_or("?").to_string(),
            },
            "route_access_denied" => AuthError::RouteAccessDenied,
            other => AuthError::Other(other.to_string()),
        }
    }
}

impl std::fmt::Display for AuthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AuthError::InvalidAccessToken => f.write_str("invalid_access_token"),
            AuthError::ExpiredAccessToken => f.write_str("expired_access_token"),
            AuthError::UserSuspended => f.write_str("user_suspended"),
            AuthError::MissingScope { required_scope } => {
                write!(f, "missing_scope (needs {required_scope})")
            }
            AuthError::RouteAccessDenied => f.write_str("route_access_denied"),
            AuthError::Other(tag) => write!(f, "{tag}"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("the token endpoint refused the refresh token: {description}")]
    InvalidGrant { description: String },
    #[error("the token endpoint refused the client id or client secret: {description}")]
    InvalidClient { description: String },
    #[error("the token endpoint answered {status} {error}: {description}")]
    OAuth {
        status: u16,
        error: String,
        description: String,
    },
    #[error("{target}: authentication failed: {error}")]
    Auth { target: String, error: AuthError },
    #[error("{target}: access denied (403): {body}")]
    Access { target: String, body: String },
    #[error("{target}: the request was rejected as malformed (400): {message}")]
    BadRequest { target: String, message: String },
    #[error("{target}: {tag}")]
    Route {
        target: String,
        tag: String,
        error: Value,
        user_message: Option<String>,
        /// An earlier attempt of the same call may have been applied (see
        /// [`ApiError::maybe_applied`]): for a write, the error may describe the state
        /// that attempt left (`user_already_on_team` after our own add) rather than a
        /// refusal.
        ambiguous: bool,
    },
    #[error("{}", rate_limited_text(.target, *.attempts, *.asked_wait))]
    RateLimited {
        target: String,
        attempts: u32,
        /// The wait Dropbox last asked for, when it was longer than the retry budget has
        /// left (the call was given up without waiting).
        asked_wait: Option<std::time::Duration>,
        /// An earlier attempt ended in a 5xx or a network error and may have been applied.
        ambiguous: bool,
    },
    #[error("{target}: server error {status} after {attempts} attempts")]
    Server {
        target: String,
        status: u16,
        attempts: u32,
    },
    #[error("{target}: no answer after {attempts} attempts")]
    Network {
        target: String,
        attempts: u32,
        /// Some attempt (the last included) may have reached the server: it ended in a
        /// 5xx, or failed after the connection was made. False when every attempt failed
        /// to connect.
        ambiguous: bool,
        #[source]
        source: reqwest::Error,
    },
    #[error("{target}: unexpected answer: {detail}")]
    Decode { target: String, detail: String },
}

fn rate_limited_text(
    target: &str,
    attempts: u32,
    asked_wait: Option<std::time::Duration>,
) -> String {
    match asked_wait {
        Some(wait) => format!(
            "{target}: rate limited (429): Dropbox asks to wait {} s, longer than the retry budget",
            wait.as_secs().max(1)
        ),
        None => format!("{target}: still rate limited (429) after {attempts} attempts"),
    }
}

impl ApiError {
    /// Whether the call may have taken effect although it did not succeed, so that a
    /// caller that cares must read the state back: a route error after an attempt that
    /// may have been applied, giving up on 5xx (Dropbox may apply a request and still
    /// fail the answer), or network and rate-limit failures after such an attempt.
    pub fn maybe_applied(&self) -> bool {
        match self {
            ApiError::Server { .. } => true,
            ApiError::Route { ambiguous, .. }
            | ApiError::RateLimited { ambiguous, .. }
            | ApiError::Network { ambiguous, .. } => *ambiguous,
            _ => false,
        }
    }

    /// The error of a call that is part of a larger one (a retry after a refresh, a
    /// poll of a launched job), marked ambiguous when the larger call already was.
    pub(super) fn ambiguous_if(mut self, earlier: bool) -> ApiError {
        if let ApiError::Route { ambiguous, .. }
        | ApiError::RateLimited { ambiguous, .. }
        | ApiError::Network { ambiguous, .. } = &mut self
        {
            *ambiguous |= earlier;
        }
        self
    }
}

/// A Dropbox error tag in plain words (with the tag, for searching); other text as it is.
pub fn plain_words(error: &str) -> String {
    let words = match error {
        "team_license_limit" => "the team has no free license",
        "free_team_member_limit_reached" => "the free team's member limit is reached",
        "user_already_on_team" => "the address is already a member of this team",
        "user_on_another_team" => "the address belongs to a member of another Dropbox team",
        "user_already_paired" => "the address is already paired with another account",
        "duplicate_external_member_id" => "another member has this external id",
        "duplicate_member_persistent_id" => "another member has this persistent id",
        "user_creation_failed" => "Dropbox could not create the account",
        "suspend_inactive_user" => "an invited member cannot be suspended",
        "suspend_last_admin" => "the team's last admin cannot be suspended",
        "user_not_found" | "user_not_in_team" => "the member is no longer in the team",
        _ => return error.to_string(),
    };
    format!("{words} ({error})")
}
