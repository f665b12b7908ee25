//! Why a value cannot be accepted: what the model's validators return. Each variant
//! carries the values needed to explain it; the text a user reads (flag names, what to do)
//! is the CLI's (`cli/error/`). Values that are personal data (emails, person names) are
//! never repeated: a [`Violation`] says what is wrong without the value.

use dbx_spec::Violation;

/// A setting of a rule's user actions that conflicts with another one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionConflict {
    /// Disabling is an update: it needs updates enabled.
    DisableNeedsUpdate,
    /// Deprovisioning by disabling needs disabling enabled.
    RemoveByDisableNeedsDisable,
    /// Dropbox: `cannot_keep_account_and_delete_data`.
    KeepAccountAndWipe,
    /// Dropbox: `cannot_keep_account_and_transfer`.
    KeepAccountAndTransfer,
    /// Dropbox needs an admin told of errors while files are transferred.
    TransferNeedsAdmin,
    /// A staged removal starts with a suspension.
    RemoveAfterNeedsSuspend,
}

/// Which of a rule's transfer settings an email belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TransferRole {
    Destination,
    Admin,
}

/// What a URL of a connection is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    ServiceUri,
    Token,
    AuthorizeUrl,
}

impl Endpoint {
    pub(crate) fn label(self) -> &'static str {
        match self {
            Endpoint::ServiceUri => "service URI",
            Endpoint::Token => "token endpoint",
            Endpoint::AuthorizeUrl => "authorize URL",
        }
    }
}

/// What is wrong with an endpoint URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    PlainHttp,
    Scheme(String),
    QueryOrFragment,
}

/// What is wrong with an LDAP connection's settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LdapProblem {
    /// Not `ldap://` or `ldaps://` with a host, or with a path, query or fragment.
    Url(String),
    /// `ldap://` to another machine without StartTLS: the bind password would travel in
    /// clear text.
    Cleartext(String),
    StarttlsOverLdaps,
    EmptyDn(&'static str),
    PageSize(u32),
}

impl std::fmt::Display for LdapProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LdapProblem::Url(url) => write!(
                f,
                "{url:?} is not an LDAP URL: expected ldap://HOST[:PORT] or ldaps://HOST[:PORT]"
            ),
            LdapProblem::Cleartext(host) => write!(
                f,
                "the bind password would go to {host} in clear text: use ldaps:// or --starttls"
            ),
            LdapProblem::StarttlsOverLdaps => {
                f.write_str("--starttls upgrades ldap://; an ldaps:// URL is already TLS")
            }
            LdapProblem::EmptyDn(which) => write!(f, "the {which} is empty"),
            LdapProblem::PageSize(n) => {
                write!(f, "a page size of {n}: expected 1 to 10000 entries")
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Invalid {
    #[error("{}", conflict_text(*.0))]
    Actions(ActionConflict),
    #[error("{} email {violation}", transfer_text(*.role))]
    TransferEmail {
        role: TransferRole,
        violation: Violation,
    },
    /// A connection or rule name outside the allowed alphabet.
    #[error("invalid {what} name {name:?}")]
    Name { what: &'static str, name: String },
    /// A notifier that cannot work as given (the words never repeat a webhook's URL).
    #[error("{0}")]
    Notifier(String),
    #[error("{} {uri:?} {}", .endpoint.label(), url_text(.problem))]
    Url {
        endpoint: Endpoint,
        uri: String,
        problem: UrlProblem,
    },
    #[error("{} {uri:?} is not a valid URL", .endpoint.label())]
    UrlUnparsable {
        endpoint: Endpoint,
        uri: String,
        #[source]
        source: url::ParseError,
    },
    #[error("email {0}")]
    Email(Violation),
    /// A person's name field (`given name`, `surname`).
    #[error("{field} {violation}")]
    PersonName {
        field: &'static str,
        violation: Violation,
    },
    #[error("username {0:?} must be 1 to 255 characters without spaces")]
    Username(String),
    #[error("{what} name {name:?} must not be empty or start or end with spaces")]
    CollectionNameSpaces { what: &'static str, name: String },
    #[error(
        "{what} name {name:?} must be at most 255 characters, without ';' or control characters"
    )]
    CollectionNameCharacters { what: &'static str, name: String },
    #[error("an attribute name is empty")]
    EmptyAttribute,
    #[error("{0:?} is a user field, not an attribute")]
    AttributeIsField(String),
    #[error("{0:?} is not a count or a percentage")]
    DeleteLimit(String),
    #[error("{0:?} is not a share of the members: a percentage is between 0% and 100%")]
    DeleteLimitRange(String),
    #[error("the client id (app key) is empty")]
    EmptyClientId,
    #[error("{0}")]
    Ldap(LdapProblem),
    /// A setting that only means something for another kind of connection.
    #[error("{setting} is for {kind} connections")]
    NotForKind {
        setting: &'static str,
        kind: &'static str,
    },
}

fn conflict_text(c: ActionConflict) -> &'static str {
    match c {
        ActionConflict::DisableNeedsUpdate => "disabling users needs updating users",
        ActionConflict::RemoveByDisableNeedsDisable => {
            "deprovisioning by disabling needs disabling users"
        }
        ActionConflict::KeepAccountAndWipe => {
            "keeping the account and wiping data cannot be combined (Dropbox: cannot_keep_account_and_delete_data)"
        }
        ActionConflict::KeepAccountAndTransfer => {
            "keeping the account and transferring files cannot be combined (Dropbox: cannot_keep_account_and_transfer)"
        }
        ActionConflict::TransferNeedsAdmin => "a transfer destination needs a transfer admin",
        ActionConflict::RemoveAfterNeedsSuspend => {
            "removing after a number of days needs leavers suspended first"
        }
    }
}

fn transfer_text(role: TransferRole) -> &'static str {
    match role {
        TransferRole::Destination => "transfer destination",
        TransferRole::Admin => "transfer admin",
    }
}

fn url_text(problem: &UrlProblem) -> String {
    match problem {
        UrlProblem::PlainHttp => "uses plain http on a non-loopback host".into(),
        UrlProblem::Scheme(s) => format!("has scheme {s:?}; expected https"),
        UrlProblem::QueryOrFragment => "must not have a query or fragment".into(),
    }
}
