//! `connection authorize`: the OAuth code flow with PKCE for an admin who has no refresh
//! token yet; the token Dropbox gives is stored with the scopes it granted, and the
//! connection tested with it.

use serde::Serialize;

use super::test::*;
use crate::dropbox::{self, Pkce, Transport};
use crate::error::{Error, Result};
use crate::model::{
    validate_endpoint, Connection, ConnectionStatus, Endpoint, Invalid, DEFAULT_AUTHORIZE_URL,
    DEFAULT_TOKEN_ENDPOINT,
};
use crate::ops::scopes::{self};
use crate::ops::Context;
use crate::secrets::{Secret, SecretKind};
use crate::store::{self, now};

/// The first half of `connection authorize`: the page the admin opens.
pub(crate) struct AuthorizeStart {
    pub(crate) connection: String,
    pub(crate) url: String,
    pub(super) pkce: Pkce,
}

/// The authorize page of a token endpoint: Dropbox's own for the default endpoint, else
/// the `authorize` sibling of the token endpoint's path (`.../oauth2/token` ->
/// `.../oauth2/authorize`).
pub(crate) fn default_authorize_url(token_endpoint: &str) -> String {
    if token_endpoint == DEFAULT_TOKEN_ENDPOINT {
        return DEFAULT_AUTHORIZE_URL.to_string();
    }
    match token_endpoint.rsplit_once('/') {
        Some((base, _)) => format!("{base}/authorize"),
        None => DEFAULT_AUTHORIZE_URL.to_string(),
    }
}

pub(crate) fn authorize_start(
    ctx: &Context,
    name: &str,
    authorize_url: Option<&str>,
) -> Result<AuthorizeStart> {
    authorize_start_for(&ctx.store.connection(name)?, authorize_url)
}

/// [`authorize_start`] for a connection as given (the wizard's, not saved yet).
pub(crate) fn authorize_start_for(
    c: &Connection,
    authorize_url: Option<&str>,
) -> Result<AuthorizeStart> {
    let base = match authorize_url {
        Some(u) => validate_endpoint(Endpoint::AuthorizeUrl, u)?,
        None => default_authorize_url(&c.token_endpoint),
    };
    let pkce = Pkce::generate();
    let url = dropbox::authorize_url(&base, &c.client_id, &pkce).map_err(|source| {
        Invalid::UrlUnparsable {
            endpoint: Endpoint::AuthorizeUrl,
            uri: base.clone(),
            source,
        }
    })?;
    Ok(AuthorizeStart {
        connection: c.name.clone(),
        url,
        pkce,
    })
}

/// Exchanges the code the admin pasted for a refresh token (and the scopes granted).
pub(crate) async fn exchange_code(
    ctx: &Context,
    c: &Connection,
    client_secret: &Secret,
    start: &AuthorizeStart,
    code: &str,
) -> Result<(Secret, Option<Vec<String>>)> {
    let code = code.trim();
    if code.is_empty() {
        return Err(Error::NoAuthorizationCode);
    }
    let transport = Transport::new(ctx.retry.clone(), ctx.observer.clone());
    let grant = dropbox::exchange_code(
        &transport,
        &c.token_endpoint,
        &c.client_id,
        Some(client_secret),
        code,
        &start.pkce,
    )
    .await
    .map_err(|e| match e {
        dropbox::ApiError::InvalidGrant { .. } => Error::CodeRefused(Box::new(e)),
        other => Error::dropbox(&c.name, other),
    })?;
    let scopes = grant.scopes();
    let token = grant.refresh_token.ok_or(Error::NoRefreshTokenReturned)?;
    Ok((token, scopes))
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct AuthorizeReport {
    pub(crate) connection: String,
    pub(crate) refresh_token_stored_in: &'static str,
    pub(crate) scopes_granted: Option<Vec<String>>,
    pub(crate) test: TestReport,
}

/// The second half: exchanges the code the admin pasted for a refresh token, stores it,
/// and tests the connection with it.
pub(crate) async fn authorize_finish(
    ctx: &mut Context,
    start: AuthorizeStart,
    code: &str,
) -> Result<AuthorizeReport> {
    let c = ctx.store.connection(&start.connection)?;
    let secrets = ctx.secrets_for(&c)?;
    let client_secret = ctx.secret(&c, SecretKind::ClientSecret)?;
    let (refresh_token, scopes_granted) =
        exchange_code(ctx, &c, &client_secret, &start, code).await?;
    ctx.store.write(|tx| {
        let mut updated = c.clone();
        updated.status = ConnectionStatus::Untested;
        updated.team_id = None;
        updated.updated_at = now();
        updated.scopes = scopes_granted
            .as_deref()
            .map(|granted| scopes::from_authorization(&refresh_token, granted));
        store::update_connection(tx, &updated)?;
        secrets.put(&c.name, SecretKind::RefreshToken, &refresh_token)
    })?;
    let test = test_dropbox(ctx, ctx.store.connection(&c.name)?).await?;
    Ok(AuthorizeReport {
        connection: c.name,
        refresh_token_stored_in: secrets.name(),
        scopes_granted,
        test,
    })
}
