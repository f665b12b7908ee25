//! Secret values and the kinds a connection has; where they are kept is `secrets`.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A secret value. Formatting it prints `[redacted]`; only [`Secret::expose`] reveals it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// The secrets a connection has: a Dropbox one its client secret and refresh token, an
/// LDAP one its bind password.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretKind {
    ClientSecret,
    RefreshToken,
    BindPassword,
    /// A notifier's: a webhook's URL (its credential), or an SMTP password.
    NotifySecret,
}

impl SecretKind {
    pub(crate) const ALL: [SecretKind; 3] = [
        SecretKind::ClientSecret,
        SecretKind::RefreshToken,
        SecretKind::BindPassword,
    ];

    /// The key inside a store (`client-secret`, `refresh-token`).
    pub(crate) fn key(self) -> &'static str {
        match self {
            SecretKind::ClientSecret => "client-secret",
            SecretKind::RefreshToken => "refresh-token",
            SecretKind::BindPassword => "bind-password",
            SecretKind::NotifySecret => "notify-secret",
        }
    }

    /// Human name, for messages.
    pub(crate) fn label(self) -> &'static str {
        match self {
            SecretKind::ClientSecret => "client secret",
            SecretKind::RefreshToken => "refresh token",
            SecretKind::BindPassword => "bind password",
            SecretKind::NotifySecret => "webhook URL or SMTP password",
        }
    }

    pub(crate) fn env_suffix(self) -> &'static str {
        match self {
            SecretKind::ClientSecret => "CLIENT_SECRET",
            SecretKind::RefreshToken => "REFRESH_TOKEN",
            SecretKind::BindPassword => "BIND_PASSWORD",
            SecretKind::NotifySecret => "SECRET",
        }
    }

    /// The variable `connection create` reads when no file is given: `DBXPROV_CLIENT_SECRET`.
    pub(crate) fn creation_env_var(self) -> String {
        match self {
            SecretKind::NotifySecret => "DBXPROV_SMTP_PASSWORD".into(),
            _ => format!("DBXPROV_{}", self.env_suffix()),
        }
    }
}

/// Where a connection's secrets are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum SecretStoreKind {
    /// The OS keyring (Secret Service, Keychain, Credential Manager).
    Keyring,
    /// A 0600 file in the home.
    File,
}

impl SecretStoreKind {
    const ALL: [SecretStoreKind; 2] = [SecretStoreKind::Keyring, SecretStoreKind::File];

    pub(crate) fn parse(text: &str) -> Option<SecretStoreKind> {
        Self::ALL.into_iter().find(|v| v.as_str() == text)
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            SecretStoreKind::Keyring => "keyring",
            SecretStoreKind::File => "file",
        }
    }
}
