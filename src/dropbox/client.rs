//! A client for one connection: RPC calls to `/2/team/*` with a cached access token that
//! is refreshed shortly before it expires and once more on `expired_access_token`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::auth;
use super::error::{ApiError, AuthError};
use super::transport::{Observer, RetryPolicy, Transport};
use super::types::TeamInfo;
use crate::secrets::Secret;

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
    refresh_at: Instant,
    scopes: Option<Vec<String>>,
}

pub struct Client {
    settings: ClientSettings,
    transport: Transport,
    token: tokio::sync::Mutex<Option<CachedToken>>,
}

impl Client {
    pub fn new(settings: ClientSettings, observer: Arc<dyn Observer>) -> Client {
        Client {
            transport: Transport::new(settings.retry.clone(), observer),
            settings,
            token: tokio::sync::Mutex::new(None),
        }
    }

    /// HTTP requests sent so far (token requests and retries included).
    pub fn requests(&self) -> u64 {
        self.transport.requests()
    }

    /// The scopes of the current access token, as the token endpoint reported them.
    pub async fn granted_scopes(&self) -> Result<Option<Vec<String>>, ApiError> {
        self.access_token(None).await?;
        Ok(self
            .token
            .lock()
            .await
            .as_ref()
            .and_then(|t| t.scopes.clone()))
    }

    /// A valid access token: the cached one while it is fresh, else a new one. With
    /// `rejected`, the cached token was refused as expired: refresh unless another task
    /// already replaced it.
    async fn access_token(&self, rejected: Option<&Secret>) -> Result<Secret, ApiError> {
        let mut cached = self.token.lock().await;
        if let Some(t) = cached.as_ref() {
            let replaced = rejected.is_some_and(|r| *r != t.token);
            if (rejected.is_none() && Instant::now() < t.refresh_at) || replaced {
                return Ok(t.token.clone());
            }
        }
        let grant = auth::refresh(
            &self.transport,
            &self.settings.token_endpoint,
            &self.settings.client_id,
            self.settings.client_secret.as_ref(),
            &self.settings.refresh_token,
        )
        .await?;
        let lifetime = Duration::from_secs(grant.expires_in.unwrap_or(14_400));
        // Refresh a little early: five minutes, or a tenth of a short lifetime.
        let margin = (lifetime / 10).min(Duration::from_secs(300));
        let token = grant.access_token.clone();
        *cached = Some(CachedToken {
            token: grant.access_token.clone(),
            refresh_at: Instant::now() + lifetime - margin,
            scopes: grant.scopes(),
        });
        Ok(token)
    }

    /// Calls `/2/<route>` with `arg` (`None` for a Void argument).
    pub async fn rpc<R: DeserializeOwned>(
        &self,
        route: &str,
        arg: Option<&Value>,
    ) -> Result<R, ApiError> {
        let url = format!("{}/{route}", self.settings.service_uri);
        let mut token = self.access_token(None).await?;
        let mut refreshed = false;
        loop {
            let response = self
                .transport
                .send(route, || {
                    let request = self.transport.http().post(&url).bearer_auth(token.expose());
                    match arg {
                        Some(arg) => request.json(arg),
                        None => request,
                    }
                })
                .await?;
            let status = response.status();
            let text = response.text().await.map_err(|e| ApiError::Decode {
                target: route.into(),
                detail: e.to_string(),
            })?;
            let json = || serde_json::from_str::<Value>(&text).unwrap_or(Value::Null);
            return Err(match status {
                StatusCode::OK => {
                    return serde_json::from_str(&text).map_err(|e| ApiError::Decode {
                        target: route.into(),
                        detail: e.to_string(),
                    })
                }
                StatusCode::UNAUTHORIZED => {
                    let error = AuthError::from_body(&json());
                    // An expired token is refreshed once; so is a revoked one, since a new
                    // grant says whether the refresh token itself still works.
                    let renewable = matches!(
                        error,
                        AuthError::ExpiredAccessToken | AuthError::InvalidAccessToken
                    );
                    if renewable && !refreshed {
                        refreshed = true;
                        token = self.access_token(Some(&token)).await?;
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
