//! What the commands do, on plain settings: each function takes values the CLI parsed
//! and returns `Serialize` data the CLI prints. Nothing here prints or prompts.

pub(crate) mod approve;
pub(crate) mod connection;
pub(crate) mod deletion;
pub mod directory;
pub(crate) mod drift;
pub(crate) mod explain;
pub(crate) mod history;
pub(crate) mod ldap;
pub(crate) mod monitor;
pub(crate) mod notify;
pub(crate) mod resync;
pub(crate) mod rule;
pub(crate) mod run;
pub(crate) mod scopes;
pub(crate) mod status;
pub(crate) mod undo;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::dropbox::{Observer, RetryPolicy};
use crate::error::Result;
use crate::model::Connection;
use crate::secrets::{self, Secret, SecretKind, SecretStore};
use crate::settings::Settings;
use crate::store::Store;

/// An open home: its database, its secret store, and how remote calls behave.
pub struct Context {
    pub(crate) store: Store,
    pub(crate) secrets: Box<dyn SecretStore>,
    pub(crate) observer: Arc<dyn Observer>,
    pub(crate) retry: RetryPolicy,
    /// The clock schedules read (`DBXPROV_NOW` sets it, for tests and for checking what
    /// `sync run --due` would do at another time); `None` is the system clock.
    pub(crate) now: Option<i64>,
    /// What the environment set (the secret overrides are read from it).
    pub(crate) settings: Settings,
}

impl Context {
    /// The store that holds `connection`'s secrets: the one recorded when it was
    /// created, else (older connections) the session's.
    pub(crate) fn secrets_for(&self, connection: &Connection) -> Result<Box<dyn SecretStore>> {
        let kind = connection.secret_store.unwrap_or(self.secrets.kind());
        Ok(secrets::open_kind(
            kind,
            self.store.home(),
            &self.store.store_id()?,
        ))
    }

    /// The secret of `kind` that `connection` uses now: its environment override if
    /// set, else the one in the store it was kept in.
    pub(crate) fn secret(&self, connection: &Connection, kind: SecretKind) -> Result<Secret> {
        let store = self.secrets_for(connection)?;
        secrets::resolve(&*store, &self.settings, &connection.name, kind)
    }

    /// The home this context opened.
    pub(crate) fn home(&self) -> &Path {
        self.store.home()
    }

    /// Unix seconds, by the context's clock.
    pub fn now(&self) -> i64 {
        self.now.unwrap_or_else(crate::store::now)
    }
}

impl Context {
    /// Opens `home` for `access`, with the secret store `DBXPROV_SECRET_STORE` names.
    pub fn open(
        home: &Path,
        access: Access,
        observer: Arc<dyn Observer>,
        settings: Settings,
    ) -> Result<Context> {
        let store = Store::open_for(home, access)?;
        let secrets = secrets::open_store(home, &store.store_id()?, &settings)?;
        Ok(Self::with_parts(store, secrets, observer, settings))
    }

    /// Opens `home` with a secret store chosen by the caller (the demo's file store).
    pub(crate) fn open_with_secrets(
        home: &Path,
        secrets: Box<dyn SecretStore>,
        observer: Arc<dyn Observer>,
        settings: Settings,
    ) -> Result<Context> {
        Ok(Self::with_parts(
            Store::open(home)?,
            secrets,
            observer,
            settings,
        ))
    }

    fn with_parts(
        store: Store,
        secrets: Box<dyn SecretStore>,
        observer: Arc<dyn Observer>,
        settings: Settings,
    ) -> Context {
        Context {
            store,
            secrets,
            observer,
            retry: RetryPolicy {
                time_scale: settings.retry_scale,
                ..RetryPolicy::default()
            },
            now: None,
            settings,
        }
    }
}

/// The home used when neither `--home` nor `DBXPROV_HOME` is given.
pub(crate) fn default_home() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("dbxprov"))
}

pub(crate) use crate::model::{parse_rfc3339, rfc3339};
pub use crate::store::{now, Access};
