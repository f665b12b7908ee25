//! Connections: create, test, authorize, update, enable/disable, delete, list, show.

use std::time::Instant;

use serde::Serialize;

use super::scopes::{self, fingerprint};
use super::{rfc3339, Context};
use crate::dropbox::{self, Client, ClientSettings, Pkce, Transport};
use crate::error::{Error, ErrorKind, Result, Thing};
use crate::model::{
    validate_connection_name, validate_endpoint, Connection, ConnectionStatus, Endpoint,
    GrantedScopes, Invalid, ScopeNeed, TestRecord, UserActionsPatch, DEFAULT_AUTHORIZE_URL,
    DEFAULT_SERVICE_URI, DEFAULT_TOKEN_ENDPOINT,
};
use crate::secrets::{override_env_var, Secret, SecretKind};
use crate::store::{self, now};

/// A connection as the user describes it to `connection create`.
#[derive(Clone, Debug)]
pub struct NewConnection {
    pub name: String,
    pub description: Option<String>,
    pub service_uri: Option<String>,
    pub token_endpoint: Option<String>,
    pub client_id: String,
    pub actions: UserActionsPatch,
}

/// The secrets given at creation. The refresh token may come later, from `authorize`.
#[derive(Clone, Debug)]
pub struct Credentials {
    pub client_secret: Secret,
    pub refresh_token: Option<Secret>,
}

/// Where each secret of a connection comes from at run time.
#[derive(Clone, Debug, Serialize)]
pub struct SecretSources {
    pub store: &'static str,
    pub client_secret: String,
    pub refresh_token: String,
}

/// A connection as `show`, `create` and `update` print it.
#[derive(Clone, Debug, Serialize)]
pub struct ConnectionView {
    #[serde(flatten)]
    pub connection: Connection,
    pub last_tested_at: Option<String>,
    pub secrets: Option<SecretSources>,
}

/// What one connection test saw.
#[derive(Clone, Debug, Serialize)]
pub struct TestReport {
    pub connection: String,
    pub ok: bool,
    pub tested_at: String,
    pub team: Option<dropbox::types::TeamInfo>,
    /// The scopes Dropbox answered for, of those dbxprov uses (`None`: the test failed
    /// before it could ask).
    pub scopes_granted: Option<Vec<String>>,
    /// Scopes the connection's rules (or, without rules, its user actions) need and the
    /// token lacks.
    pub missing_scopes: Vec<ScopeNeed>,
    pub error: Option<String>,
    pub requests: u64,
    pub duration_ms: u64,
}

#[derive(Clone, Debug, Serialize)]
pub struct CreateReport {
    pub connection: ConnectionView,
    pub test: Option<TestReport>,
}

/// Whether `connection create` tests before saving, and saves what fails.
#[derive(Clone, Copy, Debug)]
pub struct CreateOptions {
    pub test: bool,
    pub allow_invalid: bool,
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
pub fn prepare(ctx: &Context, new: NewConnection) -> Result<Connection> {
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
        Endpoint::TokenEndpoint,
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
pub async fn create(
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

/// What a test makes of a connection's status. A pass makes it valid. Credentials that
/// are refused make it invalid (which blocks its rules) only when they have never worked:
/// a connection that has worked keeps running, and each run says what is wrong (exit 3)
/// until it is fixed. Any other failure (network, 5xx) says nothing about the credentials
/// and leaves the status as it was, so an outage never stops cron.
fn status_after(previous: ConnectionStatus, error: Option<&Error>) -> ConnectionStatus {
    match error {
        None => ConnectionStatus::Valid,
        Some(e) if e.kind() == ErrorKind::Auth && previous != ConnectionStatus::Valid => {
            ConnectionStatus::Invalid
        }
        Some(_) => previous,
    }
}

fn record_of(report: &TestReport, at: i64) -> TestRecord {
    TestRecord {
        at,
        ok: report.ok,
        team_name: report.team.as_ref().map(|t| t.name.clone()),
        error: report.error.clone(),
        missing_scopes: report
            .missing_scopes
            .iter()
            .map(|m| m.scope.to_string())
            .collect(),
    }
}

/// The client settings of a stored connection, with its secrets resolved (environment
/// override first, then the store).
pub fn client_settings(ctx: &Context, connection: &Connection) -> Result<ClientSettings> {
    Ok(settings_with(
        ctx,
        connection,
        ctx.secret(connection, SecretKind::ClientSecret)?,
        ctx.secret(connection, SecretKind::RefreshToken)?,
    ))
}

fn settings_with(
    ctx: &Context,
    connection: &Connection,
    client_secret: Secret,
    refresh_token: Secret,
) -> ClientSettings {
    ClientSettings {
        service_uri: connection.service_uri.clone(),
        token_endpoint: connection.token_endpoint.clone(),
        client_id: connection.client_id.clone(),
        client_secret: Some(client_secret),
        refresh_token,
        retry: ctx.retry.clone(),
    }
}

/// Tests a connection that is not saved yet (the wizard's "test, then decide"): the
/// report, and the error when it failed.
pub async fn test_unsaved(
    ctx: &Context,
    connection: &Connection,
    client_secret: Secret,
    refresh_token: Secret,
) -> (TestReport, Option<Error>) {
    let (report, error, _) = run_test(ctx, connection, client_secret, refresh_token).await;
    (report, error)
}

/// Whether the OS keyring answers (the wizard offers it only then).
pub fn keyring_reachable(ctx: &Context) -> bool {
    let home = ctx.store.home();
    let Ok(id) = ctx.store.store_id() else {
        return false;
    };
    crate::secrets::open_kind(crate::model::SecretStoreKind::Keyring, home, &id)
        .get("dbxprov-probe", SecretKind::ClientSecret)
        .is_ok()
}

/// Refresh-token grant, `team/get_info`, then each scope asked for: the report, the error
/// if the credentials or the service failed, and the scopes found.
async fn run_test(
    ctx: &Context,
    connection: &Connection,
    client_secret: Secret,
    refresh_token: Secret,
) -> (TestReport, Option<Error>, Option<GrantedScopes>) {
    let started = Instant::now();
    let token = fingerprint(&refresh_token);
    let client = Client::new(
        settings_with(ctx, connection, client_secret, refresh_token),
        ctx.observer.clone(),
    );
    let mut report = TestReport {
        connection: connection.name.clone(),
        ok: false,
        tested_at: rfc3339(now()),
        team: None,
        scopes_granted: None,
        missing_scopes: Vec::new(),
        error: None,
        requests: 0,
        duration_ms: 0,
    };
    let outcome = async {
        let team = client.get_info().await?;
        let scopes = scopes::probe_all(&client, token).await?;
        Ok::<_, dropbox::ApiError>((scopes, team))
    }
    .await;
    report.requests = client.requests();
    report.duration_ms = started.elapsed().as_millis() as u64;
    match outcome {
        Ok((scopes, team)) => {
            let needs = match scopes::needs_of_connection(ctx, connection) {
                Ok(needs) => needs,
                Err(e) => return (report, Some(e), Some(scopes)),
            };
            report.missing_scopes = scopes::missing(Some(&scopes), &needs);
            report.scopes_granted = Some(scopes.granted.clone());
            report.team = Some(team);
            report.ok = true;
            (report, None, Some(scopes))
        }
        Err(e) => {
            let error = Error::dropbox(&connection.name, e);
            report.error = Some(error.to_string());
            (report, Some(error), None)
        }
    }
}

/// The team a connection reaches, read once (`team/get_info`) when no test recorded it: a
/// run of a second connection to a team that has one is refused before it reads anything.
pub(super) async fn learn_team(ctx: &mut Context, client: &Client, c: &Connection) -> Result<()> {
    if c.team_id.is_some() {
        return Ok(());
    }
    let team = client
        .get_info()
        .await
        .map_err(|e| Error::dropbox(&c.name, e))?;
    ctx.store
        .write(|tx| store::record_team(tx, &c.name, &team.team_id))
}

/// Credentials a run had refused are the connection's last check, failed: `connection
/// list` must not say "ok" while every run fails on them. Its status stays (see
/// [`status_after`]: a connection that has worked keeps running its rules).
pub(super) fn record_refused(ctx: &mut Context, name: &str, error: String) -> Result<()> {
    let connection = ctx.store.connection(name)?;
    let record = TestRecord {
        at: ctx.now(),
        ok: false,
        // The team it reached when it last worked, for the run that works again.
        team_name: connection.last_test.and_then(|t| t.team_name),
        error: Some(error),
        missing_scopes: Vec::new(),
    };
    ctx.store
        .write(|tx| store::record_connection_test(tx, name, connection.status, &record))
}

/// `connection test NAME`: records the outcome and the scopes found; a failure is
/// returned as the error, and so are scopes its rules need that the app lacks
/// ([`Error::MissingScopes`]: the credentials work, so the connection stays valid).
pub async fn test(ctx: &mut Context, name: &str) -> Result<TestReport> {
    let connection = ctx.store.connection(name)?;
    let client_secret = ctx.secret(&connection, SecretKind::ClientSecret)?;
    let refresh_token = ctx.secret(&connection, SecretKind::RefreshToken)?;
    let (report, error, scopes) = run_test(ctx, &connection, client_secret, refresh_token).await;
    let record = record_of(&report, now());
    ctx.store.write(|tx| {
        let status = status_after(connection.status, error.as_ref());
        store::record_connection_test(tx, &connection.name, status, &record)?;
        match &scopes {
            Some(scopes) => store::record_granted_scopes(tx, &connection.name, scopes),
            None => Ok(()),
        }
    })?;
    if let Some(team) = &report.team {
        ctx.store
            .write(|tx| store::record_team(tx, &connection.name, &team.team_id))?;
    }
    match error {
        Some(e) => Err(e),
        None if !report.missing_scopes.is_empty() => Err(Error::MissingScopes {
            connection: connection.name,
            missing: report.missing_scopes,
        }),
        None => Ok(report),
    }
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

pub fn list(ctx: &Context) -> Result<Vec<ConnectionView>> {
    Ok(ctx
        .store
        .connections()?
        .into_iter()
        .map(|c| view(c, None))
        .collect())
}

pub fn show(ctx: &Context, name: &str) -> Result<ConnectionView> {
    let connection = ctx.store.connection(name)?;
    let sources = secret_sources(ctx, &connection);
    Ok(view(connection, Some(sources)))
}

/// What `connection update` changes; `None` leaves a field alone.
#[derive(Clone, Debug, Default)]
pub struct ConnectionChanges {
    pub description: Option<String>,
    pub service_uri: Option<String>,
    pub token_endpoint: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<Secret>,
    pub refresh_token: Option<Secret>,
    pub actions: UserActionsPatch,
}

#[derive(Clone, Debug, Serialize)]
pub struct UpdateReport {
    pub connection: ConnectionView,
    pub changed: bool,
    /// The change touched how dbxprov reaches or authenticates to Dropbox.
    pub needs_test: bool,
    /// The test of the changed values, when one was run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test: Option<TestReport>,
}

pub fn update(ctx: &mut Context, name: &str, changes: ConnectionChanges) -> Result<UpdateReport> {
    let before = ctx.store.connection(name)?;
    let mut c = before.clone();
    if let Some(d) = changes.description {
        c.description = Some(d).filter(|d| !d.is_empty());
    }
    if let Some(uri) = &changes.service_uri {
        c.service_uri = validate_endpoint(Endpoint::ServiceUri, uri)?;
    }
    if let Some(uri) = &changes.token_endpoint {
        c.token_endpoint = validate_endpoint(Endpoint::TokenEndpoint, uri)?;
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

pub fn set_enabled(ctx: &mut Context, name: &str, enabled: bool) -> Result<ConnectionView> {
    let mut c = ctx.store.connection(name)?;
    if c.enabled != enabled {
        c.enabled = enabled;
        c.updated_at = now();
        ctx.store.write(|tx| store::update_connection(tx, &c))?;
    }
    Ok(view(c, None))
}

#[derive(Clone, Debug, Serialize)]
pub struct DeleteReport {
    pub deleted: String,
    pub secrets_removed_from: &'static str,
}

pub fn delete(ctx: &mut Context, name: &str) -> Result<DeleteReport> {
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

/// The first half of `connection authorize`: the page the admin opens.
pub struct AuthorizeStart {
    pub connection: String,
    pub url: String,
    pkce: Pkce,
}

/// The authorize page of a token endpoint: Dropbox's own for the default endpoint, else
/// the `authorize` sibling of the token endpoint's path (`.../oauth2/token` ->
/// `.../oauth2/authorize`).
pub fn default_authorize_url(token_endpoint: &str) -> String {
    if token_endpoint == DEFAULT_TOKEN_ENDPOINT {
        return DEFAULT_AUTHORIZE_URL.to_string();
    }
    match token_endpoint.rsplit_once('/') {
        Some((base, _)) => format!("{base}/authorize"),
        None => DEFAULT_AUTHORIZE_URL.to_string(),
    }
}

pub fn authorize_start(
    ctx: &Context,
    name: &str,
    authorize_url: Option<&str>,
) -> Result<AuthorizeStart> {
    authorize_start_for(&ctx.store.connection(name)?, authorize_url)
}

/// [`authorize_start`] for a connection as given (the wizard's, not saved yet).
pub fn authorize_start_for(c: &Connection, authorize_url: Option<&str>) -> Result<AuthorizeStart> {
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
pub async fn exchange_code(
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
pub struct AuthorizeReport {
    pub connection: String,
    pub refresh_token_stored_in: &'static str,
    pub scopes_granted: Option<Vec<String>>,
    pub test: TestReport,
}

/// The second half: exchanges the code the admin pasted for a refresh token, stores it,
/// and tests the connection with it.
pub async fn authorize_finish(
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
    let test = test(ctx, &c.name).await?;
    Ok(AuthorizeReport {
        connection: c.name,
        refresh_token_stored_in: secrets.name(),
        scopes_granted,
        test,
    })
}

#[cfg(test)]
mod tests;
