//! Where client secrets and refresh tokens live: the OS keyring (default), an explicit
//! 0600 file (`DBXPROV_SECRET_STORE=file`), and per-connection environment overrides
//! for cron (`DBXPROV_<NAME>_CLIENT_SECRET`, `DBXPROV_<NAME>_REFRESH_TOKEN`).
//!
//! There is no silent fallback from the keyring to the file: an unreachable keyring is an
//! error that names both ways out. Secret values travel inside [`Secret`], whose `Debug`
//! and `Display` never show them.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, FileAction, Result};
use crate::model::SecretStoreKind;
use crate::settings::Settings;

pub use crate::model::{Secret, SecretKind};

/// `DBXPROV_<NAME>_<KIND>`: NAME upper-cased, every non-alphanumeric as `_`.
pub(crate) fn override_env_var(connection: &str, kind: SecretKind) -> String {
    let name: String = connection
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("DBXPROV_{name}_{}", kind.env_suffix())
}

/// A place secrets are kept, keyed by connection name and kind.
pub(crate) trait SecretStore {
    fn kind(&self) -> SecretStoreKind;
    /// `keyring` or `file`, for messages.
    fn name(&self) -> &'static str {
        self.kind().as_str()
    }
    fn get(&self, connection: &str, kind: SecretKind) -> Result<Option<Secret>>;
    fn put(&self, connection: &str, kind: SecretKind, value: &Secret) -> Result<()>;
    /// Deleting what is not there is not an error.
    fn delete(&self, connection: &str, kind: SecretKind) -> Result<()>;
}

/// Opens the store `DBXPROV_SECRET_STORE` names (`keyring`, the default, or `file`).
/// `store_id` keeps the keyring entries of different homes apart.
pub(crate) fn open_store(
    home: &Path,
    store_id: &str,
    settings: &Settings,
) -> Result<Box<dyn SecretStore>> {
    let kind = match settings.secret_store.as_deref().unwrap_or_default() {
        "" => SecretStoreKind::Keyring,
        other => SecretStoreKind::parse(other)
            .ok_or_else(|| Error::UnknownSecretStore(other.to_string()))?,
    };
    Ok(open_kind(kind, home, store_id))
}

/// The store of `kind` for the home `home` (whose id is `store_id`).
pub(crate) fn open_kind(
    kind: SecretStoreKind,
    home: &Path,
    store_id: &str,
) -> Box<dyn SecretStore> {
    match kind {
        SecretStoreKind::Keyring => Box::new(KeyringStore {
            service: format!("dbxprov:{store_id}"),
        }),
        SecretStoreKind::File => Box::new(FileStore::in_home(home)),
    }
}

/// The environment variable that overrides the connection's stored secret of `kind`
/// now, if one does (its name): an error about that secret must point there.
pub(crate) fn overridden_by(
    settings: &Settings,
    connection: &str,
    kind: SecretKind,
) -> Option<String> {
    let var = override_env_var(connection, kind);
    settings.secret_override(&var).is_some().then_some(var)
}

/// The secret a connection uses at run time: its environment override if set, else the store.
pub(crate) fn resolve(
    store: &dyn SecretStore,
    settings: &Settings,
    connection: &str,
    kind: SecretKind,
) -> Result<Secret> {
    let var = override_env_var(connection, kind);
    if let Some(value) = settings.secret_override(&var) {
        return Ok(value.clone());
    }
    store
        .get(connection, kind)?
        .ok_or_else(|| Error::MissingSecret {
            connection: connection.to_string(),
            secret: kind,
            store: store.name(),
            var,
        })
}

fn keyring_unreachable(e: keyring::Error) -> Error {
    Error::KeyringUnavailable(Box::new(e))
}

/// The OS keyring through keyring-rs: Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows.
pub(crate) struct KeyringStore {
    service: String,
}

impl KeyringStore {
    fn entry(&self, connection: &str, kind: SecretKind) -> Result<keyring::Entry> {
        keyring::Entry::new(&self.service, &format!("{connection}/{}", kind.key()))
            .map_err(keyring_unreachable)
    }
}

impl SecretStore for KeyringStore {
    fn kind(&self) -> SecretStoreKind {
        SecretStoreKind::Keyring
    }

    fn get(&self, connection: &str, kind: SecretKind) -> Result<Option<Secret>> {
        match self.entry(connection, kind)?.get_password() {
            Ok(value) => Ok(Some(Secret::new(value))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_unreachable(e)),
        }
    }

    fn put(&self, connection: &str, kind: SecretKind, value: &Secret) -> Result<()> {
        self.entry(connection, kind)?
            .set_password(value.expose())
            .map_err(keyring_unreachable)
    }

    fn delete(&self, connection: &str, kind: SecretKind) -> Result<()> {
        match self.entry(connection, kind)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(keyring_unreachable(e)),
        }
    }
}

pub(crate) use crate::home::SECRETS_FILE;

/// A JSON file `{connection: {kind: value}}`, mode 0600, refused when others can read it.
pub(crate) struct FileStore {
    path: PathBuf,
}

type FileContents = BTreeMap<String, BTreeMap<String, String>>;

impl FileStore {
    /// The store in `home` (`<home>/secrets.json`).
    pub(crate) fn in_home(home: &Path) -> FileStore {
        FileStore {
            path: home.join(SECRETS_FILE),
        }
    }

    fn load(&self) -> Result<FileContents> {
        let file = match std::fs::File::open(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileContents::new()),
            Err(e) => return Err(Error::file(FileAction::Read, &self.path, e)),
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = file
                .metadata()
                .map_err(|e| Error::file(FileAction::Stat, &self.path, e))?
                .permissions()
                .mode();
            if mode & 0o077 != 0 {
                return Err(Error::SecretsFileExposed {
                    path: self.path.clone(),
                    mode: mode & 0o777,
                });
            }
        }
        serde_json::from_reader(std::io::BufReader::new(file)).map_err(|e| Error::NotSecretsFile {
            path: self.path.clone(),
            source: Box::new(e),
        })
    }

    fn save(&self, contents: &FileContents) -> Result<()> {
        let tmp = self.path.with_extension("json.tmp");
        let io_err = |e| Error::file(FileAction::Write, &self.path, e);
        let mut file = crate::home::open_private(&tmp, true)?;
        let text = serde_json::to_vec_pretty(contents).expect("strings always serialize");
        file.write_all(&text).map_err(io_err)?;
        file.sync_all().map_err(io_err)?;
        std::fs::rename(&tmp, &self.path).map_err(io_err)
    }
}

impl SecretStore for FileStore {
    fn kind(&self) -> SecretStoreKind {
        SecretStoreKind::File
    }

    fn get(&self, connection: &str, kind: SecretKind) -> Result<Option<Secret>> {
        Ok(self
            .load()?
            .get(connection)
            .and_then(|m| m.get(kind.key()))
            .map(|v| Secret::new(v.clone())))
    }

    fn put(&self, connection: &str, kind: SecretKind, value: &Secret) -> Result<()> {
        let mut contents = self.load()?;
        contents
            .entry(connection.to_string())
            .or_default()
            .insert(kind.key().to_string(), value.expose().to_string());
        self.save(&contents)
    }

    fn delete(&self, connection: &str, kind: SecretKind) -> Result<()> {
        let mut contents = self.load()?;
        let Some(entry) = contents.get_mut(connection) else {
            return Ok(());
        };
        entry.remove(kind.key());
        if entry.is_empty() {
            contents.remove(connection);
        }
        self.save(&contents)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_never_formats_its_value() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s}"), "[redacted]");
        assert_eq!(format!("{s:?}"), "[redacted]");
        assert_eq!(format!("{:?}", Some(s.clone())), "Some([redacted])");
        assert_eq!(s.expose(), "hunter2");
    }

    #[test]
    fn override_names() {
        assert_eq!(
            override_env_var("prod-eu.1", SecretKind::RefreshToken),
            "DBXPROV_PROD_EU_1_REFRESH_TOKEN"
        );
        assert_eq!(
            override_env_var("prod", SecretKind::ClientSecret),
            "DBXPROV_PROD_CLIENT_SECRET"
        );
    }
}
