//! Connections to Dropbox teams: create (checked, tested, saved with its secrets in the
//! store it names), list, show (where each secret comes from), update (what changed is
//! tested), enable, disable, delete; testing ([`test`](mod@test)) and authorizing ([`authorize`](mod@authorize))
//! in modules of their own.

mod authorize;
mod test;

use serde::Serialize;

use crate::error::{Error, Result, Thing};
use crate::model::{
    validate_connection_name, validate_endpoint, Connection, ConnectionStatus, Endpoint, Invalid,
    UserActionsPatch, DEFAULT_SERVICE_URI, DEFAULT_TOKEN_ENDPOINT,
};
use crate::ops::{rfc3339, Context};
use crate::secrets::{override_env_var, Secret, SecretKind};
use crate::store::{self, now};

pub(crate) use authorize::*;
pub(crate) use test::*;

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

/// Where each secret of a connection comes from at run time.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct SecretSources {
    pub(crate) store: &'static str,
    pub(crate) client_secret: String,
    pub(crate) refresh_token: String,
}

/// A connection as `show`, `create` and `update` print it.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct ConnectionView {
    #[serde(flatten)]
    pub(crate) connection: Connection,
    pub(crate) last_tested_at: Option<String>,
    pub(crate) secrets: Option<SecretSources>,
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct CreateReport {
    pub(crate) connection: ConnectionView,
    pub(crate) test: Option<TestReport>,
}

/// Whether `connection create` tests before saving, and saves what fails.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CreateOptions {
    pub(crate) test: bool,
    pub(crate) allow_invalid: bool,
}

fn view(connection: Connection, secrets: Option<SecretSources>) -> ConnectionView {
    ConnectionView {
        last_tested_at: connection.last_test.as_ref().map(|t| rfc3339(t.at)),
        connection,
        secrets,
    }
}

/// Two connection names must not share the environment variables that override their
/// secrets (`prod-eu` and `prod_eu` would).
fn check_env_names_distinct(ctx: &Context, name: &str) -> Result<()> {
    let var = override_env_var(name, SecretKind::RefreshToken);
    for other in ctx.store.connections()? {
        // The same name (created meanwhile by another process) is taken, not shadowed.
        if other.name.eq_ignore_ascii_case(name) {
            return Err(store::connection_exists(name));
        }
        if override_env_var(&other.name, SecretKind::RefreshToken) == var {
            return Err(Error::EnvOverridesShared {
                name: name.to_string(),
                other: other.name,
                var,
            });
        }
    }
    Ok(())
}

/// Checks a new connection against the rules and the existing ones, without saving it.
pub(crate) fn prepare(ctx: &Context, new: NewConnection) -> Result<Connection> {
    validate_connection_name(&new.name)?;
    if ctx.store.find_connection(&new.name)?.is_some() {
        return Err(store::connection_exists(&new.name));
    }
    check_env_names_distinct(ctx, &new.name)?;
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
        description: new.description.filter(|d| !d.is_empty()),
        service_uri,
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

/// Where a connection's secrets come from; never fails (an unreachable store is shown).
fn secret_sources(ctx: &Context, connection: &Connection) -> SecretSources {
    let name = connection.name.as_str();
    let store = ctx.secrets_for(connection);
    let store_name = store.as_ref().map_or("keyring", |s| s.name());
    let source = |kind: SecretKind| {
        if let Some(var) = crate::secrets::overridden_by(&ctx.settings, name, kind) {
            return format!("environment ({var})");
        }
        let found = match &store {
            Ok(store) => store.get(name, kind),
            Err(e) => return format!("unknown ({e})"),
        };
        match found {
            Ok(Some(_)) => format!("{store_name} store"),
            Ok(None) => "missing".to_string(),
            Err(e) => format!("unknown ({e})"),
        }
    };
    SecretSources {
        store: store_name,
        client_secret: source(SecretKind::ClientSecret),
        refresh_token: source(SecretKind::RefreshToken),
    }
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

/// What `connection update` changes; `None` leaves a field alone.
#[derive(Clone, Debug, Default)]
pub(crate) struct ConnectionChanges {
    pub(crate) description: Option<String>,
    pub(crate) service_uri: Option<String>,
    pub(crate) token_endpoint: Option<String>,
    pub(crate) client_id: Option<String>,
    pub(crate) client_secret: Option<Secret>,
    pub(crate) refresh_token: Option<Secret>,
    pub(crate) actions: UserActionsPatch,
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct UpdateReport {
    pub(crate) connection: ConnectionView,
    pub(crate) changed: bool,
    /// The change touched how dbxprov reaches or authenticates to Dropbox.
    pub(crate) needs_test: bool,
    /// The test of the changed values, when one was run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) test: Option<TestReport>,
}

pub(crate) fn update(
    ctx: &mut Context,
    name: &str,
    changes: ConnectionChanges,
) -> Result<UpdateReport> {
    let before = ctx.store.connection(name)?;
    let mut c = before.clone();
    if let Some(d) = changes.description {
        c.description = Some(d).filter(|d| !d.is_empty());
    }
    if let Some(uri) = &changes.service_uri {
        c.service_uri = validate_endpoint(Endpoint::ServiceUri, uri)?;
    }
    if let Some(uri) = &changes.token_endpoint {
        c.token_endpoint = validate_endpoint(Endpoint::Token, uri)?;
    }
    if let Some(id) = &changes.client_id {
        if id.trim().is_empty() {
            return Err(Invalid::EmptyClientId.into());
        }
        c.client_id = id.trim().to_string();
    }
    c.actions = changes.actions.apply(&c.actions)?;
    let needs_test = c.service_uri != before.service_uri
        || c.token_endpoint != before.token_endpoint
        || c.client_id != before.client_id
        || changes.client_secret.is_some()
        || changes.refresh_token.is_some();
    if needs_test {
        c.status = ConnectionStatus::Untested;
        // The last test was of what just changed: it says nothing of the new values.
        c.last_test = None;
        // Another app, endpoint or token may hold other scopes, or reach another team:
        // asked again.
        c.scopes = None;
        c.team_id = None;
    }
    let changed = c != before || needs_test;
    if changed {
        c.updated_at = now();
        let secrets = ctx.secrets_for(&c)?;
        ctx.store.write(|tx| {
            store::update_connection(tx, &c)?;
            if let Some(s) = &changes.client_secret {
                secrets.put(&c.name, SecretKind::ClientSecret, s)?;
            }
            if let Some(t) = &changes.refresh_token {
                secrets.put(&c.name, SecretKind::RefreshToken, t)?;
            }
            Ok(())
        })?;
    }
    let sources = secret_sources(ctx, &c);
    Ok(UpdateReport {
        connection: view(c, Some(sources)),
        changed,
        needs_test,
        test: None,
    })
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
