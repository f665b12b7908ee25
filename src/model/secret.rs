//! Secret values and the kinds a connection has; where they are kept is `secrets`.

use std::fmt;

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
        }
    }

    /// Human name, for messages.
    pub(crate) fn label(self) -> &'static str {
        match self {
            SecretKind::ClientSecret => "client secret",
            SecretKind::RefreshToken => "refresh token",
            SecretKind::BindPassword => "bind password",
        }
    }

    pub(crate) fn env_suffix(self) -> &'static str {
        match self {
            SecretKind::ClientSecret => "CLIENT_SECRET",
            SecretKind::RefreshToken => "REFRESH_TOKEN",
            SecretKind::BindPassword => "BIND_PASSWORD",
        }
    }

    /// The variable `connection create` reads when no file is given: `DBXPROV_CLIENT_SECRET`.
    pub(crate) fn creation_env_var(self) -> String {
        format!("DBXPROV_{}", self.env_suffix())
    }
}
