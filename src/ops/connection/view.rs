//! A connection as commands give it back: its settings, where each of its secrets comes
//! from, and what creating or testing it reported, for either kind.

use serde::Serialize;

use super::test::TestReport;
use crate::ldap::RootDse;
use crate::model::{Connection, ConnectionKind};
use crate::ops::ldap::Searches;
use crate::ops::{rfc3339, Context};
use crate::secrets::SecretKind;

/// Where each secret of a connection comes from at run time (those of its kind).
#[derive(Clone, Debug, Serialize)]
pub(crate) struct SecretSources {
    pub(crate) store: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) client_secret: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) refresh_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) bind_password: Option<String>,
}

/// A connection as `show`, `create` and `update` print it.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct ConnectionView {
    #[serde(flatten)]
    pub(crate) connection: Connection,
    pub(crate) last_tested_at: Option<String>,
    pub(crate) secrets: Option<SecretSources>,
}

/// What a connection test saw, by kind.
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub(crate) enum ConnectionTest {
    Dropbox(TestReport),
    Ldap(LdapTestReport),
}

impl ConnectionTest {
    pub(crate) fn ok(&self) -> bool {
        match self {
            ConnectionTest::Dropbox(t) => t.ok,
            ConnectionTest::Ldap(t) => t.ok,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct CreateReport {
    pub(crate) connection: ConnectionView,
    pub(crate) test: Option<ConnectionTest>,
}

/// What one LDAP connection test saw.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct LdapTestReport {
    pub(crate) connection: String,
    pub(crate) ok: bool,
    pub(crate) tested_at: String,
    /// What the root DSE says (`None`: the test failed before it could read it).
    pub(crate) server: Option<RootDse>,
    /// What each of its rules (or, with none, the server's usual filters) would read.
    pub(crate) reads: Vec<ReadPreview>,
    pub(crate) error: Option<String>,
    pub(crate) duration_ms: u64,
}

/// What one rule's searches find: counts, and the first five of each.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct ReadPreview {
    /// The rule (`None`: the server's usual filters, for a connection with no rule yet).
    pub(crate) rule: Option<String>,
    #[serde(flatten)]
    pub(crate) searches: Searches,
    pub(crate) users: usize,
    pub(crate) groups: usize,
    /// The first users' DNs, and the first groups' names.
    pub(crate) first_users: Vec<String>,
    pub(crate) first_groups: Vec<String>,
}

/// Whether `connection create` tests before saving, and saves what fails.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CreateOptions {
    pub(crate) test: bool,
    pub(crate) allow_invalid: bool,
}

pub(crate) fn view(connection: Connection, secrets: Option<SecretSources>) -> ConnectionView {
    ConnectionView {
        last_tested_at: connection.last_test.as_ref().map(|t| rfc3339(t.at)),
        connection,
        secrets,
    }
}

/// Where a connection's secrets come from; never fails (an unreachable store is shown).
pub(crate) fn secret_sources(ctx: &Context, connection: &Connection) -> SecretSources {
    let name = connection.name.as_str();
    let store = ctx.secrets_for(connection);
    let store_name = store.as_ref().map_or("keyring", |s| s.name());
    let source = |kind: SecretKind| {
        if let Some(var) = crate::secrets::overridden_by(&ctx.settings, name, kind) {
            return Some(format!("environment ({var})"));
        }
        let found = match &store {
            Ok(store) => store.get(name, kind),
            Err(e) => return Some(format!("unknown ({e})")),
        };
        Some(match found {
            Ok(Some(_)) => format!("{store_name} store"),
            Ok(None) => "missing".to_string(),
            Err(e) => format!("unknown ({e})"),
        })
    };
    let dropbox = connection.kind == ConnectionKind::Dropbox;
    SecretSources {
        store: store_name,
        client_secret: source(SecretKind::ClientSecret).filter(|_| dropbox),
        refresh_token: source(SecretKind::RefreshToken).filter(|_| dropbox),
        bind_password: source(SecretKind::BindPassword).filter(|_| !dropbox),
    }
}
