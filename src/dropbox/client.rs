//! A client for one connection: RPC calls to `/2/team/*` with a cached access token that
//! every attempt checks (refreshed when it would expire before the request can finish,
//! and once more on `expired_access_token`), and whether a failed or retried call may
//! already have been applied.

use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::auth;
use super::error::{ApiError, AuthError};
use super::transport::{Observer, RetryPolicy, Transport, REQUEST_TIMEOUT};
use super::types::TeamInfo;
use crate::model::Secret;

/// Everything a client needs to reach one team.
#[derive(Clone, Debug)]
pub struct ClientSettings {
    pub service_uri: String,
    pub token_endpoint: String,
    pub client_id: String,
    pub client_secret: Option<Secret>,
    pub refresh_token: Secret,
    pub retry: RetryPolicy,
}

struct CachedToken {
    token: Secret,
    expires_at: Instant,
    /// The token is not handed out once it has less than this left: a request that
    /// starts with it must be able to finish before it expires.
    headroom: Duration,
}

/// Dropbox's access tokens live about four hours; that is assumed when a token response
/// does not say. A lifetime it does say is believed within bounds: a huge `expires_in`
/// would overflow `Instant`, and 0 would have every request refresh first.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(4 * 3600);
const SHORTEST_LIFETIME: Duration = Duration::from_secs(1);
const LONGEST_LIFETIME: Duration = Duration::from_secs(24 * 3600);

impl CachedToken {
    /// `asked` is when the grant was requested, so that the expiry computed here is never
    /// later than the one the server computed.
    fn new(grant: auth::TokenGrant, asked: Instant) -> CachedToken {
        let lifetime = grant.expires_in.map_or(DEFAULT_LIFETIME, |secs| {
            Duration::from_secs(secs).clamp(SHORTEST_LIFETIME, LONGEST_LIFETIME)
        });
        CachedToken {
            token: grant.access_token,
            expires_at: asked + lifetime,
            // A whole request timeout, except that a short-lived token must still be
            // usable for most of its life.
            headroom: REQUEST_TIMEOUT.min(lifetime / 4),
        }
    }

    fn fresh(&self) -> bool {
        Instant::now() + self.headroom < self.expires_at
    }
}

pub struct Client {
    settings: ClientSettings,
    transport: Transport,
    token: tokio::sync::Mutex<Option<CachedToken>>,
    /// How long each poll route's jobs have been taking (see `job_pace::JobPace`).
    pub(super) job_pace: super::job_pace::JobPace,
    /// Items listings gave twice (and kept once).
    listed_twice: std::sync::atomic::AtomicU64,
}

impl Client {
    pub fn new(settings: ClientSettings, observer: Arc<dyn Observer>) -> Client {
        Client {
            transport: Transport::new(settings.retry.clone(), observer),
            settings,
            token: tokio::sync::Mutex::new(None),
            job_pace: super::job_pace::JobPace::default(),
            listed_twice: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// Items that listings so far gave twice, each kept once (a long listing over a team
    /// that changes while it is read may repeat one).
    pub(crate) fn listed_twice(&self) -> u64 {
        self.listed_twice.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub(super) fn note_listed_twice(&self, n: u64) {
        self.listed_twice
            .fetch_add(n, std::sync::atomic::Ordering::Relaxed);
    }

    /// At most `max` requests in flight, halved on 429 and grown back (see
    /// [`super::limit`]); a client without it has no limit of its own.
    pub(crate) fn with_concurrency(mut self, max: usize) -> Client {
        self.transport = self.transport.with_concurrency(max);
        self
    }

    /// What the concurrency limit did so far, if the client has one.
    pub(crate) fn concurrency(&self) -> Option<super::limit::ConcurrencyReport> {
        self.transport.concurrency()
    }

    /// How hard and how patiently this client tries.
    pub(super) fn retry(&self) -> &RetryPolicy {
        &self.settings.retry
    }

    /// HTTP requests sent so far (token requests and retries included).
    pub fn requests(&self) -> u64 {
        self.transport.requests()
    }

    /// `(retries, 429 answers)` so far.
    pub(crate) fn retries(&self) -> (u64, u64) {
        self.transport.retries()
    }

    /// An access token that lasts long enough for one request: the cached one while it
    /// does, else a new one. With `rejected`, the server refused that token: refresh
    /// unless another task already replaced it. The lock is held across the refresh, so
    /// concurrent tasks that find the token stale share one refresh.
    async fn access_token(&self, rejected: Option<&Secret>) -> Result<Secret, ApiError> {
        let mut cached = self.token.lock().await;
        if let Some(t) = cached.as_ref() {
            let replaced = rejected.is_none_or(|r| *r != t.token);
            if replaced && t.fresh() {
                return Ok(t.token.clone());
            }
        }
        let asked = Instant::now();
        let grant = auth::refresh(
            &self.transport,
            &self.settings.token_endpoint,
            &self.settings.client_id,
            self.settings.client_secret.as_ref(),
            &self.settings.refresh_token,
        )
        .await?;
        let fresh = CachedToken::new(grant, asked);
        let token = fresh.token.clone();
        *cached = Some(fresh);
        Ok(token)
    }

    /// Calls `/2/<route>` with `arg` (`None` for a Void argument).
    pub(crate) async fn rpc<R: DeserializeOwned>(
        &self,
        route: &str,
        arg: Option<&Value>,
    ) -> Result<R, ApiError> {
        Ok(self.rpc_noting_retries(route, arg).await?.0)
    }

    /// [`Client::rpc`], also telling whether the call is ambiguous: an attempt before the
    /// one answered ended in a 5xx or a network error, and may have been applied. Errors
    /// carry the same in [`ApiError::maybe_applied`].
    pub(super) async fn rpc_noting_retries<R: DeserializeOwned>(
        &self,
        route: &str,
        arg: Option<&Value>,
    ) -> Result<(R, bool), ApiError> {
        let url = &format!("{}/{route}", self.settings.service_uri);
        // The token the latest attempt carried, so that a 401 refuses that one.
        let carried = &std::sync::Mutex::new(None::<Secret>);
        let build = move || async move {
            let token = self.access_token(None).await?;
            let request = self.transport.http().post(url).bearer_auth(token.expose());
            *carried.lock().unwrap_or_else(|e| e.into_inner()) = Some(token);
            Ok(match arg {
                Some(arg) => request.json(arg),
                None => request,
            })
        };
        let mut refreshed = false;
        let mut ambiguous = false;
        loop {
            let delivered = self
                .transport
                .send(route, build)
                .await
                .map_err(|e| e.ambiguous_if(ambiguous))?;
            ambiguous |= delivered.ambiguous;
            let status = delivered.response.status();
            let text = delivered
                .response
                .text()
                .await
                .map_err(|e| ApiError::Decode {
                    target: route.into(),
                    detail: e.to_string(),
                })?;
            let json = || serde_json::from_str::<Value>(&text).unwrap_or(Value::Null);
            return Err(match status {
                StatusCode::OK => {
                    return match serde_json::from_str(&text) {
                        Ok(value) => Ok((value, ambiguous)),
                        Err(e) => Err(ApiError::Decode {
                            target: route.into(),
                            detail: e.to_string(),
                        }),
                    }
                }
                StatusCode::UNAUTHORIZED => {
                    let error = AuthError::from_body(&json());
                    // An expired token is refreshed once; so is a revoked one, since a new
                    // grant says whether the refresh token itself still works.
                    let renewable = matches!(
                        error,
                        AuthError::ExpiredAccessToken | AuthError::InvalidAccessToken
                    );
                    let rejected = carried.lock().unwrap_or_else(|e| e.into_inner()).take();
                    if let Some(rejected) = rejected.filter(|_| renewable && !refreshed) {
                        refreshed = true;
                        self.access_token(Some(&rejected)).await?;
                        continue;
                    }
                    ApiError::Auth {
                        target: route.into(),
                        error,
                    }
                }
                StatusCode::BAD_REQUEST => ApiError::BadRequest {
                    target: route.into(),
                    message: text.chars().take(500).collect(),
                },
                StatusCode::FORBIDDEN => ApiError::Access {
                    target: route.into(),
                    body: text.chars().take(500).collect(),
                },
                StatusCode::CONFLICT => {
                    let body = json();
                    ApiError::Route {
                        target: route.into(),
                        tag: body["error"][".tag"]
                            .as_str()
                            .unwrap_or("other")
                            .to_string(),
                        user_message: body["user_message"]["text"].as_str().map(str::to_string),
                        error: body["error"].clone(),
                        ambiguous,
                    }
                }
                other => ApiError::Decode {
                    target: route.into(),
                    detail: format!("HTTP status {other}"),
                },
            });
        }
    }

    /// `team/get_info`.
    pub async fn get_info(&self) -> Result<TeamInfo, ApiError> {
        self.rpc("team/get_info", None).await
    }
}
