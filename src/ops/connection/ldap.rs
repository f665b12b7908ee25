//! Connections to LDAP directories: created (checked, tested by a bind, saved with the
//! bind password in the store it names), updated, and tested — the bind, the root DSE
//! (vendor, naming contexts, paging), and what each of its rules would read, counted
//! with the first five (as GCDS's "Test LDAP query" shows it).

use std::path::PathBuf;
use std::time::Instant;

use super::names::check_new_name;
use super::test::{record_test, status_after};
use super::view::{
    secret_sources, view, ConnectionTest, CreateOptions, CreateReport, LdapTestReport, ReadPreview,
};
use crate::error::{Error, Result};
use crate::ldap::LdapSession;
use crate::model::{
    validate_ldap, Connection, ConnectionKind, ConnectionStatus, Invalid, LdapFlavor, LdapSettings,
    Rule, TestRecord, UserActionsPatch, DEFAULT_PAGE_SIZE,
};
use crate::ops::ldap::{self, every_attribute, read_groups, read_users, Searches};
use crate::ops::{rfc3339, Context};
use crate::secrets::{Secret, SecretKind};
use crate::store::{self, now};

/// An LDAP connection as `connection create --kind ldap` describes it.
#[derive(Clone, Debug, Default)]
pub(crate) struct NewLdapConnection {
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) url: String,
    pub(crate) bind_dn: String,
    pub(crate) base_dn: String,
    pub(crate) starttls: bool,
    pub(crate) ca_file: Option<PathBuf>,
    pub(crate) page_size: Option<u32>,
    pub(crate) actions: UserActionsPatch,
}

/// A CA file as the connection keeps it: absolute (cron runs elsewhere), and readable now.
pub(super) fn ca_file_path(connection: &str, path: &std::path::Path) -> Result<String> {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    if let Err(e) = std::fs::metadata(&absolute) {
        return Err(Error::ldap(
            connection,
            crate::ldap::LdapError::CaFile {
                path: absolute.display().to_string(),
                message: e.to_string(),
            },
        ));
    }
    Ok(absolute.display().to_string())
}

/// The user actions an LDAP connection's rules use (they write the directory); those
/// that only mean something to Dropbox are refused.
pub(super) fn ldap_actions(
    patch: &UserActionsPatch,
    base: &crate::model::UserActions,
) -> Result<crate::model::UserActions> {
    let dropbox_only = patch.wipe_data.is_some()
        || patch.keep_account.is_some()
        || patch.transfer_dest.is_some()
        || patch.transfer_admin.is_some()
        || patch.send_welcome_email.is_some()
        || patch.deprovision_on_rule_deletion.is_some();
    if dropbox_only {
        return Err(Invalid::NotForKind {
            setting: "--wipe-data, --keep-account, --transfer-*, --welcome-email and --deprovision-on-rule-deletion",
            kind: "Dropbox",
        }
        .into());
    }
    Ok(patch.apply(base)?)
}

/// Checks a new LDAP connection against the rules and the existing ones, unsaved.
pub(crate) fn prepare_ldap(ctx: &Context, new: NewLdapConnection) -> Result<Connection> {
    check_new_name(ctx, &new.name)?;
    let settings = LdapSettings {
        bind_dn: new.bind_dn.trim().to_string(),
        base_dn: new.base_dn.trim().to_string(),
        starttls: new.starttls,
        ca_file: new
            .ca_file
            .as_deref()
            .map(|f| ca_file_path(&new.name, f))
            .transpose()?,
        page_size: new.page_size.unwrap_or(DEFAULT_PAGE_SIZE),
        flavor: None,
    };
    let url = validate_ldap(&new.url, &settings)?;
    let created = now();
    Ok(Connection {
        name: new.name,
        kind: ConnectionKind::Ldap,
        description: new.description.filter(|d| !d.is_empty()),
        service_uri: url,
        ldap: Some(settings),
        token_endpoint: String::new(),
        client_id: String::new(),
        enabled: true,
        actions: ldap_actions(&new.actions, &Default::default())?,
        status: ConnectionStatus::Untested,
        secret_store: Some(ctx.secrets.kind()),
        scopes: None,
        team_id: None,
        last_test: None,
        created_at: created,
        updated_at: created,
    })
}

/// Saves a prepared LDAP connection with its bind password, testing it first unless
/// told not to.
pub(crate) async fn create_ldap(
    ctx: &mut Context,
    mut connection: Connection,
    password: Secret,
    options: CreateOptions,
) -> Result<CreateReport> {
    let secrets = ctx.secrets_for(&connection)?;
    secrets.get(&connection.name, SecretKind::BindPassword)?;
    let mut test = None;
    if options.test {
        let (report, error) = test_unsaved_ldap(ctx, &connection, &password).await;
        connection.status = status_after(connection.status, error.as_ref());
        connection.last_test = Some(record_of(&report));
        if let (Some(l), Some(server)) = (connection.ldap.as_mut(), &report.server) {
            l.flavor = Some(server.flavor);
        }
        if let Some(error) = error {
            if !options.allow_invalid {
                return Err(Error::ConnectionTestFailed {
                    connection: connection.name,
                    source: Box::new(error),
                });
            }
        }
        test = Some(ConnectionTest::Ldap(report));
    }
    ctx.store.write(|tx| {
        store::insert_connection(tx, &connection)?;
        secrets.put(&connection.name, SecretKind::BindPassword, &password)
    })?;
    let sources = secret_sources(ctx, &connection);
    Ok(CreateReport {
        connection: view(connection, Some(sources)),
        test,
    })
}

fn record_of(report: &LdapTestReport) -> TestRecord {
    TestRecord {
        at: now(),
        ok: report.ok,
        team_name: report.server.as_ref().map(|s| s.vendor.clone()),
        error: report.error.clone(),
        missing_scopes: Vec::new(),
    }
}

/// Binds, reads the root DSE, then each rule's searches (the server's usual filters for
/// a connection not saved yet): the report, and the error when it failed. Records
/// nothing.
pub(crate) async fn test_unsaved_ldap(
    ctx: &Context,
    connection: &Connection,
    password: &Secret,
) -> (LdapTestReport, Option<Error>) {
    let started = Instant::now();
    let mut report = LdapTestReport {
        connection: connection.name.clone(),
        ok: false,
        tested_at: rfc3339(now()),
        server: None,
        reads: Vec::new(),
        error: None,
        duration_ms: 0,
    };
    let outcome = async {
        let (mut session, dse) = ldap::open_with(connection, password).await?;
        report.server = Some(dse.clone());
        let rules = rules_of(ctx, connection)?;
        let read = previews(&mut session, connection, &rules, dse.flavor).await;
        session.close().await;
        report.reads = read.map_err(|e| Error::ldap(&connection.name, e))?;
        Ok::<_, Error>(())
    }
    .await;
    report.duration_ms = started.elapsed().as_millis() as u64;
    match outcome {
        Ok(()) => {
            report.ok = true;
            (report, None)
        }
        Err(e) => {
            report.error = Some(e.to_string());
            (report, Some(e))
        }
    }
}

/// The connection's rules (a preview of the server's usual filters when it has none).
fn rules_of(ctx: &Context, connection: &Connection) -> Result<Vec<Option<Rule>>> {
    let rules: Vec<Option<Rule>> = ctx
        .store
        .rules()?
        .into_iter()
        .filter(|r| r.connection.eq_ignore_ascii_case(&connection.name))
        .map(Some)
        .collect();
    Ok(if rules.is_empty() { vec![None] } else { rules })
}

async fn previews(
    session: &mut LdapSession,
    connection: &Connection,
    rules: &[Option<Rule>],
    flavor: LdapFlavor,
) -> std::result::Result<Vec<ReadPreview>, crate::ldap::LdapError> {
    let settings = connection
        .ldap
        .as_ref()
        .expect("an LDAP connection has its settings");
    let mut out = Vec::new();
    for rule in rules {
        let query = rule.as_ref().and_then(|r| r.ldap.as_ref());
        let searches = Searches::of(query, settings, flavor);
        let users = read_users(session, &searches, &every_attribute(flavor)).await?;
        let groups: Vec<_> = read_groups(session, &searches)
            .await?
            .into_iter()
            .filter(|g| g.wanted)
            .collect();
        out.push(ReadPreview {
            rule: rule.as_ref().map(|r| r.name.clone()),
            users: users.len(),
            groups: groups.len(),
            first_users: users.iter().take(5).map(|u| u.dn.clone()).collect(),
            first_groups: groups.iter().take(5).map(|g| g.name.clone()).collect(),
            searches,
        });
    }
    Ok(out)
}

/// `connection test NAME` of an LDAP connection: records the outcome (and the server's
/// flavor); a failure is returned as the error.
pub(crate) async fn test_ldap(
    ctx: &mut Context,
    connection: &Connection,
) -> Result<LdapTestReport> {
    let password = ctx.secret(connection, SecretKind::BindPassword)?;
    let (report, error) = test_unsaved_ldap(ctx, connection, &password).await;
    let status = status_after(connection.status, error.as_ref());
    record_test(ctx, &connection.name, status, &record_of(&report))?;
    if let Some(server) = &report.server {
        ldap::learn_flavor(ctx, connection, server.flavor)?;
    }
    match error {
        Some(e) => Err(e),
        None => Ok(report),
    }
}
