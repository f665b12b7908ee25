//! OAuth 2 against the token endpoint: the refresh-token grant every run uses, and the
//! authorization-code grant with PKCE that `connection authorize` uses to obtain a
//! refresh token.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::distr::Alphanumeric;
use rand::Rng;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::error::ApiError;
use super::transport::Transport;
use crate::model::Secret;

/// A successful token response.
#[derive(Debug)]
pub(crate) struct TokenGrant {
    pub(crate) access_token: Secret,
    pub(crate) expires_in: Option<u64>,
    /// Space-separated scopes: only the authorization-code exchange says (a refresh
    /// answer carries none).
    pub(crate) scope: Option<String>,
    /// Only from the authorization-code grant with `token_access_type=offline`.
    pub(crate) refresh_token: Option<Secret>,
}

impl TokenGrant {
    pub(crate) fn scopes(&self) -> Option<Vec<String>> {
        self.scope
            .as_ref()
            .map(|s| s.split_whitespace().map(str::to_string).collect())
    }
}

#[derive(Deserialize)]
struct RawGrant {
    access_token: String,
    expires_in: Option<u64>,
    scope: Option<String>,
    refresh_token: Option<String>,
}

#[derive(Deserialize)]
struct RawOAuthError {
    error: String,
    #[serde(default)]
    error_description: String,
}

const TOKEN_TARGET: &str = "oauth2/token";

async fn token_request(
    transport: &Transport,
    endpoint: &str,
    form: &[(&str, &str)],
) -> Result<TokenGrant, ApiError> {
    let response = transport
        .send(TOKEN_TARGET, || async {
            Ok(transport.http().post(endpoint).form(form))
        })
        .await?
        .response;
    let status = response.status();
    let text = response.text().await.map_err(|e| ApiError::Decode {
        target: TOKEN_TARGET.into(),
        detail: e.to_string(),
    })?;
    if status.is_success() {
        // Not serde's message: it may quote a value of the response, which holds tokens.
        let raw: RawGrant = serde_json::from_str(&text).map_err(|e| ApiError::Decode {
            target: TOKEN_TARGET.into(),
            detail: format!(
                "token response is not a grant ({:?} error at line {}, column {})",
                e.classify(),
                e.line(),
                e.column()
            ),
        })?;
        return Ok(TokenGrant {
            access_token: Secret::new(raw.access_token),
            expires_in: raw.expires_in,
            scope: raw.scope,
            refresh_token: raw.refresh_token.map(Secret::new),
        });
    }
    let (error, description) = match serde_json::from_str::<RawOAuthError>(&text) {
        Ok(e) => (e.error, e.error_description),
        Err(_) => (format!("http_{}", status.as_u16()), first_line(&text)),
    };
    Err(match error.as_str() {
        "invalid_grant" => ApiError::InvalidGrant { description },
        "invalid_client" => ApiError::InvalidClient { description },
        _ => ApiError::OAuth {
            status: status.as_u16(),
            error,
            description,
        },
    })
}

fn first_line(text: &str) -> String {
    text.lines()
        .next()
        .unwrap_or("")
        .chars()
        .take(200)
        .collect()
}

/// The refresh-token grant: a fresh access token.
pub(super) async fn refresh(
    transport: &Transport,
    endpoint: &str,
    client_id: &str,
    client_secret: Option<&Secret>,
    refresh_token: &Secret,
) -> Result<TokenGrant, ApiError> {
    let mut form = vec![
        ("grant_type", "refresh_token"),
        ("refresh_token", refresh_token.expose()),
        ("client_id", client_id),
    ];
    if let Some(secret) = client_secret {
        form.push(("client_secret", secret.expose()));
    }
    token_request(transport, endpoint, &form).await
}

/// The authorization-code grant with the PKCE verifier: a refresh token (when the code
/// was issued for `token_access_type=offline`).
pub(crate) async fn exchange_code(
    transport: &Transport,
    endpoint: &str,
    client_id: &str,
    client_secret: Option<&Secret>,
    code: &str,
    pkce: &Pkce,
) -> Result<TokenGrant, ApiError> {
    let mut form = vec![
        ("grant_type", "authorization_code"),
        ("code", code),
        ("client_id", client_id),
        ("code_verifier", pkce.verifier.expose()),
    ];
    if let Some(secret) = client_secret {
        form.push(("client_secret", secret.expose()));
    }
    token_request(transport, endpoint, &form).await
}

/// A PKCE verifier and its S256 challenge (RFC 7636).
pub(crate) struct Pkce {
    verifier: Secret,
    pub(crate) challenge: String,
}

impl Pkce {
    pub(crate) fn generate() -> Pkce {
        let verifier: String = rand::rng()
            .sample_iter(Alphanumeric)
            .take(64)
            .map(char::from)
            .collect();
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        Pkce {
            verifier: Secret::new(verifier),
            challenge,
        }
    }
}

/// The page the admin opens to approve the app, asking for an offline (refresh) token.
pub(crate) fn authorize_url(
    base: &str,
    client_id: &str,
    pkce: &Pkce,
) -> Result<String, url::ParseError> {
    let url = reqwest::Url::parse_with_params(
        base,
        &[
            ("client_id", client_id),
            ("response_type", "code"),
            ("token_access_type", "offline"),
            ("code_challenge", pkce.challenge.as_str()),
            ("code_challenge_method", "S256"),
        ],
    )?;
    Ok(url.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_challenge_is_s256_of_verifier() {
        let p = Pkce::generate();
        assert_eq!(p.verifier.expose().len(), 64);
        assert_eq!(
            p.challenge,
            URL_SAFE_NO_PAD.encode(Sha256::digest(p.verifier.expose().as_bytes()))
        );
        let url = authorize_url("https://www.dropbox.com/oauth2/authorize", "key", &p).unwrap();
        assert!(url.contains("token_access_type=offline"));
        assert!(url.contains("code_challenge_method=S256"));
        assert!(!url.contains(p.verifier.expose()));
    }
}
