//! Connections to Dropbox teams: create (checked, tested, saved with its secrets in the
//! store it names), list, show (where each secret comes from), update (what changed is
//! tested), enable, disable, delete; testing ([`test`](mod@test)) and authorizing ([`authorize`](mod@authorize))
//! in modules of their own.

mod authorize;
mod ldap;
mod names;
mod test;
mod update;
mod view;

use serde::Serialize;

use crate::error::{Error, Result, Thing};
use crate::model::{
    validate_endpoint, Connection, ConnectionKind, ConnectionStatus, Endpoint, Invalid,
    UserActionsPatch, DEFAULT_SERVICE_URI, DEFAULT_TOKEN_ENDPOINT,
};
use crate::ops::Context;
use crate::secrets::{Secret, SecretKind};
use crate::store::{self, now};

pub(crate) use authorize::*;
pub(crate) use ldap::*;
use names::check_new_name;
pub(crate) use names::check_new_name_beside;
pub(crate) use test::*;
pub(crate) use update::*;
pub(crate) use view::*;

#[cfg(test)]
mod tests;

/// A connection as the user describes it to `connection create`.
#[derive(Clone, Debug)]
pub(crate) struct NewConnection {
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) service_uri: Option<String>,
    pub(crate) token_endpoint: Option<String>,
    pub(crate) client_id: String,
    pub(crate) actions: UserActionsPatch,
}

/// The secrets given at creation. The refresh token may come later, from `authorize`.
#[derive(Clone, Debug)]
pub(crate) struct Credentials {
    pub(crate) client_secret: Secret,
    pub(crate) refresh_token: Option<Secret>,
}

/// Checks a new connection against the rules and the existing ones, without saving it.
pub(crate) fn prepare(ctx: &Context, new: NewConnection) -> Result<Connection> {
    check_new_name(ctx, &new.name)?;
    if new.client_id.trim().is_empty() {
        return Err(Invalid::EmptyClientId.into());
    }
    let service_uri = validate_endpoint(
        Endpoint::ServiceUri,
        new.service_uri.as_deref().unwrap_or(DEFAULT_SERVICE_URI),
    )?;
    let token_endpoint = validate_endpoint(
        Endpoint::Token,
        new.token_endpoint
            .as_deref()
            .unwrap_or(DEFAULT_TOKEN_ENDPOINT),
    )?;
    let actions = new.actions.apply(&Default::default())?;
    let created = now();
    Ok(Connection {
        name: new.name,
        kind: ConnectionKind::Dropbox,
        description: new.description.filter(|d| !d.is_empty()),
        service_uri,
        ldap: None,
        token_endpoint,
        client_id: new.client_id.trim().to_string(),
        enabled: true,
        actions,
        status: ConnectionStatus::Untested,
        // The session's store: where `create` puts the secrets.
        secret_store: Some(ctx.secrets.kind()),
        scopes: None,
        team_id: None,
        last_test: None,
        created_at: created,
        updated_at: created,
    })
}

/// Saves a prepared connection with its secrets, testing it first unless told not to.
pub(crate) async fn create(
    ctx: &mut Context,
    mut connection: Connection,
    credentials: Credentials,
    options: CreateOptions,
) -> Result<CreateReport> {
    // Where the secrets go must work before anything is sent: on a server without a
    // keyring, a test that passes and then a save that cannot keep its secrets wastes the
    // admin's token and leaves nothing.
    let secrets = ctx.secrets_for(&connection)?;
    secrets.get(&connection.name, SecretKind::ClientSecret)?;
    let mut test = None;
    if options.test {
        let Some(refresh_token) = &credentials.refresh_token else {
            return Err(Error::NoRefreshTokenToTest {
                connection: connection.name,
            });
        };
        let (report, error, scopes) = run_test(
            ctx,
            &connection,
            credentials.client_secret.clone(),
            refresh_token.clone(),
        )
        .await;
        connection.status = status_after(connection.status, error.as_ref());
        connection.last_test = Some(record_of(&report, now()));
        connection.scopes = scopes;
        connection.team_id = report.team.as_ref().map(|t| t.team_id.clone());
        let report = ConnectionTest::Dropbox(report);
        if let Some(error) = error {
            if !options.allow_invalid {
                return Err(Error::ConnectionTestFailed {
                    connection: connection.name,
                    source: Box::new(error),
                });
            }
        }
        test = Some(report);
    }

    ctx.store.write(|tx| {
        store::insert_connection(tx, &connection)?;
        // Written while the row's transaction holds the write lock: a second `create` of
        // the same name waits, then fails on the name, and never overwrites these.
        secrets.put(
            &connection.name,
            SecretKind::ClientSecret,
            &credentials.client_secret,
        )?;
        match &credentials.refresh_token {
            Some(token) => secrets.put(&connection.name, SecretKind::RefreshToken, token)?,
            None => secrets.delete(&connection.name, SecretKind::RefreshToken)?,
        }
        Ok(())
    })?;
    let sources = secret_sources(ctx, &connection);
    Ok(CreateReport {
        connection: view(connection, Some(sources)),
        test,
    })
}

/// `connection test NAME`, for either kind.
pub(crate) async fn test(ctx: &mut Context, name: &str) -> Result<ConnectionTest> {
    let connection = ctx.store.connection(name)?;
    Ok(match connection.kind {
        ConnectionKind::Dropbox => ConnectionTest::Dropbox(test_dropbox(ctx, connection).await?),
        ConnectionKind::Ldap => ConnectionTest::Ldap(test_ldap(ctx, &connection).await?),
    })
}

pub(crate) fn list(ctx: &Context) -> Result<Vec<ConnectionView>> {
    Ok(ctx
        .store
        .connections()?
        .into_iter()
        .map(|c| view(c, None))
        .collect())
}

pub(crate) fn show(ctx: &Context, name: &str) -> Result<ConnectionView> {
    let connection = ctx.store.connection(name)?;
    let sources = secret_sources(ctx, &connection);
    Ok(view(connection, Some(sources)))
}

pub(crate) fn set_enabled(ctx: &mut Context, name: &str, enabled: bool) -> Result<ConnectionView> {
    let mut c = ctx.store.connection(name)?;
    if c.enabled != enabled {
        c.enabled = enabled;
        c.updated_at = now();
        ctx.store.write(|tx| store::update_connection(tx, &c))?;
    }
    Ok(view(c, None))
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct DeleteReport {
    pub(crate) deleted: String,
    pub(crate) secrets_removed_from: &'static str,
}

pub(crate) fn delete(ctx: &mut Context, name: &str) -> Result<DeleteReport> {
    let c = ctx.store.connection(name)?;
    let rules: Vec<String> = ctx
        .store
        .rules()?
        .into_iter()
        .filter(|r| r.connection.eq_ignore_ascii_case(&c.name))
        .map(|r| r.name)
        .collect();
    if !rules.is_empty() {
        return Err(Error::InUse {
            thing: Thing::Connection,
            name: c.name,
            rules,
        });
    }
    let secrets = ctx.secrets_for(&c)?;
    ctx.store.write(|tx| {
        store::delete_connection(tx, &c.name)?;
        for kind in SecretKind::ALL {
            secrets.delete(&c.name, kind)?;
        }
        Ok(())
    })?;
    Ok(DeleteReport {
        deleted: c.name,
        secrets_removed_from: secrets.name(),
    })
}

/// The connection named `name` (an error with a did-you-mean when there is none).
pub(crate) fn get(ctx: &Context, name: &str) -> Result<Connection> {
    ctx.store.connection(name)
}

/// Whether a connection is named `name` (case-insensitively).
pub(crate) fn exists(ctx: &Context, name: &str) -> Result<bool> {
    Ok(ctx.store.find_connection(name)?.is_some())
}
