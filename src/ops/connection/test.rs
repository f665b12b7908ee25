//! Testing a connection: the refresh-token grant, `team/get_info`, the scopes the app
//! holds (asked for with calls that change nothing), and what the outcome does to the
//! connection's status and last check, whether a test or a run met it.

use std::time::Instant;

use serde::Serialize;

use crate::dropbox::{self, Client, ClientSettings};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Connection, ConnectionStatus, GrantedScopes, ScopeNeed, TestRecord};
use crate::ops::scopes::{self, fingerprint};
use crate::ops::{rfc3339, Context};
use crate::secrets::{Secret, SecretKind};
use crate::store::{self, now};

/// What one connection test saw.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct TestReport {
    pub(crate) connection: String,
    pub(crate) ok: bool,
    pub(crate) tested_at: String,
    pub(crate) team: Option<dropbox::types::TeamInfo>,
    /// The scopes Dropbox answered for, of those dbxprov uses (`None`: the test failed
    /// before it could ask).
    pub(crate) scopes_granted: Option<Vec<String>>,
    /// Scopes the connection's rules (or, without rules, its user actions) need and the
    /// token lacks.
    pub(crate) missing_scopes: Vec<ScopeNeed>,
    pub(crate) error: Option<String>,
    pub(crate) requests: u64,
    pub(crate) duration_ms: u64,
}

/// What a test makes of a connection's status. A pass makes it valid. Credentials that
/// are refused make it invalid (which blocks its rules) only when they have never worked:
/// a connection that has worked keeps running, and each run says what is wrong (exit 3)
/// until it is fixed. Any other failure (network, 5xx) says nothing about the credentials
/// and leaves the status as it was, so an outage never stops cron.
pub(super) fn status_after(previous: ConnectionStatus, error: Option<&Error>) -> ConnectionStatus {
    match error {
        None => ConnectionStatus::Valid,
        Some(e) if e.kind() == ErrorKind::Auth && previous != ConnectionStatus::Valid => {
            ConnectionStatus::Invalid
        }
        Some(_) => previous,
    }
}

pub(super) fn record_of(report: &TestReport, at: i64) -> TestRecord {
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
pub(crate) fn client_settings(ctx: &Context, connection: &Connection) -> Result<ClientSettings> {
    Ok(settings_with(
        ctx,
        connection,
        ctx.secret(connection, SecretKind::ClientSecret)?,
        ctx.secret(connection, SecretKind::RefreshToken)?,
    ))
}

/// A client of a stored connection, for commands that only read the team (`sync
/// explain`, `sync drift`): no run, no lock.
pub(crate) fn reading_client(
    ctx: &Context,
    connection: &Connection,
) -> Result<std::sync::Arc<crate::dropbox::Client>> {
    let settings = client_settings(ctx, connection)?;
    let client = crate::dropbox::Client::new(settings, ctx.observer.clone());
    Ok(std::sync::Arc::new(client))
}

pub(super) fn settings_with(
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
pub(crate) async fn test_unsaved(
    ctx: &Context,
    connection: &Connection,
    client_secret: Secret,
    refresh_token: Secret,
) -> (TestReport, Option<Error>) {
    let (report, error, _) = run_test(ctx, connection, client_secret, refresh_token).await;
    (report, error)
}

/// Whether the OS keyring answers (the wizard offers it only then).
pub(crate) fn keyring_reachable(ctx: &Context) -> bool {
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
pub(super) async fn run_test(
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
pub(in crate::ops) async fn learn_team(
    ctx: &mut Context,
    client: &Client,
    c: &Connection,
) -> Result<()> {
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
pub(in crate::ops) fn record_refused(ctx: &mut Context, name: &str, error: String) -> Result<()> {
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

/// Records a test's outcome as the connection's status and last check.
pub(super) fn record_test(
    ctx: &mut Context,
    name: &str,
    status: ConnectionStatus,
    record: &TestRecord,
) -> Result<()> {
    ctx.store
        .write(|tx| store::record_connection_test(tx, name, status, record))
}

/// `connection test NAME` of a Dropbox connection: records the outcome and the scopes
/// found; a failure is returned as the error, and so are scopes its rules need that the
/// app lacks ([`Error::MissingScopes`]: the credentials work, so the connection stays
/// valid).
pub(crate) async fn test_dropbox(ctx: &mut Context, connection: Connection) -> Result<TestReport> {
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
