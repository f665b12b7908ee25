//! `connection update`: what changed is checked for the connection's kind, saved with the
//! secrets given, and marks the connection untested when how it is reached changed (the
//! CLI then tests it).

use std::path::PathBuf;

use serde::Serialize;

use super::view::{secret_sources, view, ConnectionTest, ConnectionView};
use crate::error::Result;
use crate::model::{
    validate_endpoint, validate_ldap, Connection, ConnectionKind, ConnectionStatus, Endpoint,
    Invalid, UserActionsPatch,
};
use crate::ops::Context;
use crate::secrets::{Secret, SecretKind};
use crate::store::{self, now};

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
    pub(crate) ldap: LdapChanges,
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct UpdateReport {
    pub(crate) connection: ConnectionView,
    pub(crate) changed: bool,
    /// The change touched how dbxprov reaches or authenticates to Dropbox.
    pub(crate) needs_test: bool,
    /// The test of the changed values, when one was run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) test: Option<ConnectionTest>,
}

/// What `connection update` changes of an LDAP connection; `None` leaves a field
/// alone.
#[derive(Clone, Debug, Default)]
pub(crate) struct LdapChanges {
    pub(crate) url: Option<String>,
    pub(crate) bind_dn: Option<String>,
    pub(crate) base_dn: Option<String>,
    pub(crate) starttls: Option<bool>,
    /// `Some(None)` goes back to the system's roots.
    pub(crate) ca_file: Option<Option<PathBuf>>,
    pub(crate) page_size: Option<u32>,
    pub(crate) bind_password: Option<Secret>,
}

impl LdapChanges {
    pub(crate) fn is_empty(&self) -> bool {
        self.url.is_none()
            && self.bind_dn.is_none()
            && self.base_dn.is_none()
            && self.starttls.is_none()
            && self.ca_file.is_none()
            && self.page_size.is_none()
            && self.bind_password.is_none()
    }
}

pub(crate) fn update(
    ctx: &mut Context,
    name: &str,
    changes: ConnectionChanges,
) -> Result<UpdateReport> {
    let before = ctx.store.connection(name)?;
    let mut c = before.clone();
    if let Some(d) = &changes.description {
        c.description = Some(d.clone()).filter(|d| !d.is_empty());
    }
    if c.kind == ConnectionKind::Ldap {
        return update_ldap(ctx, before, c, changes);
    }
    if !changes.ldap.is_empty() {
        return Err(Invalid::NotForKind {
            setting: "--url, --bind-dn, --base-dn, --starttls, --ca-file, --page-size and the bind password",
            kind: "LDAP",
        }
        .into());
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
    let secrets = [
        (SecretKind::ClientSecret, changes.client_secret),
        (SecretKind::RefreshToken, changes.refresh_token),
    ];
    save_update(ctx, &before, c, needs_test, &secrets)
}

/// Saves an updated connection (and the secrets given), marking it untested when how it
/// is reached changed.
pub(super) fn save_update(
    ctx: &mut Context,
    before: &Connection,
    mut c: Connection,
    needs_test: bool,
    secrets: &[(SecretKind, Option<Secret>)],
) -> Result<UpdateReport> {
    if needs_test {
        c.status = ConnectionStatus::Untested;
        // The last test was of what just changed: it says nothing of the new values.
        c.last_test = None;
        // Another app, endpoint or token may hold other scopes, or reach another team:
        // asked again.
        c.scopes = None;
        c.team_id = None;
    }
    let changed = c != *before || needs_test;
    if changed {
        c.updated_at = now();
        let store = ctx.secrets_for(&c)?;
        // Staged removal turned on: every leaver's days count from now, not from an old
        // clock left by an earlier time it was on.
        let staging_on =
            c.actions.remove_after_days.is_some() && before.actions.remove_after_days.is_none();
        ctx.store.write(|tx| {
            store::update_connection(tx, &c)?;
            if staging_on {
                store::clear_left_at(tx, &c.name)?;
            }
            for (kind, value) in secrets {
                if let Some(value) = value {
                    store.put(&c.name, *kind, value)?;
                }
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

/// [`update`] of an LDAP connection: its settings checked as at creation; a change of
/// where or how it binds is tested.
fn update_ldap(
    ctx: &mut Context,
    before: Connection,
    mut c: Connection,
    changes: ConnectionChanges,
) -> Result<UpdateReport> {
    let dropbox_only = changes.service_uri.is_some()
        || changes.token_endpoint.is_some()
        || changes.client_id.is_some()
        || changes.client_secret.is_some()
        || changes.refresh_token.is_some();
    if dropbox_only {
        return Err(Invalid::NotForKind {
            setting: "--service-uri, --token-endpoint, --client-id and the OAuth secrets",
            kind: "Dropbox",
        }
        .into());
    }
    let l = changes.ldap;
    let Some(mut settings) = c.ldap.clone() else {
        return Err(crate::error::Error::WrongConnectionKind {
            connection: c.name,
            kind: c.kind,
            what: "it has no LDAP settings".into(),
        });
    };
    crate::model::set(&mut settings.bind_dn, &l.bind_dn);
    crate::model::set(&mut settings.base_dn, &l.base_dn);
    crate::model::set(&mut settings.starttls, &l.starttls);
    crate::model::set(&mut settings.page_size, &l.page_size);
    if let Some(ca) = &l.ca_file {
        settings.ca_file = ca
            .as_deref()
            .map(|f| super::ldap::ca_file_path(&c.name, f))
            .transpose()?;
    }
    c.service_uri = validate_ldap(l.url.as_deref().unwrap_or(&c.service_uri), &settings)?;
    c.actions = super::ldap::ldap_actions(&changes.actions, &c.actions)?;
    let reached =
        |s: &crate::model::LdapSettings| (s.bind_dn.clone(), s.starttls, s.ca_file.clone());
    let needs_test = c.service_uri != before.service_uri
        || before.ldap.as_ref().map(reached) != Some(reached(&settings))
        || l.bind_password.is_some();
    if needs_test {
        // Another server may be of another flavor.
        settings.flavor = None;
    }
    c.ldap = Some(settings);
    save_update(
        ctx,
        &before,
        c,
        needs_test,
        &[(SecretKind::BindPassword, l.bind_password)],
    )
}
