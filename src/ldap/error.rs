//! Every way reading an LDAP directory can fail, and above all the ways a result can be
//! incomplete: each is an error, never a shorter list (what the error kinds and hints of
//! each are is decided above: `error/`, `cli/error/`).

use std::fmt;

/// Why a search's result may be incomplete: a run that read it would delete the people
/// it did not see.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Truncation {
    /// `sizeLimitExceeded` (4): the server stopped at its size limit.
    SizeLimit,
    /// `timeLimitExceeded` (3).
    TimeLimit,
    /// `adminLimitExceeded` (11), with the server's words (slapd: a page size over its
    /// `size.pr`).
    AdminLimit(String),
    /// A referral (10) or a continuation reference: entries live on another server that
    /// is not followed.
    Referral(Vec<String>),
    /// The server answered a paged search without the paged-results control: it may
    /// have ignored paging and cut the result at its limit.
    PagingIgnored,
    /// The server refused the paged-results control (it is sent critical).
    PagingUnavailable(String),
    /// A ranged attribute (`member;range=0-1499`) whose last range could not be read.
    RangeUnfinished { dn: String, attribute: String },
    /// An entry the search matched without the attribute it is known by (an ACL may
    /// hide it): its user would look gone.
    Unanchored { dn: String, attribute: String },
}

impl fmt::Display for Truncation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Truncation::SizeLimit => f.write_str("the server's size limit was reached (sizeLimitExceeded)"),
            Truncation::TimeLimit => f.write_str("the server's time limit was reached (timeLimitExceeded)"),
            Truncation::AdminLimit(text) => write!(f, "an administrative limit was exceeded (adminLimitExceeded: {text})"),
            Truncation::Referral(urls) => write!(
                f,
                "the server referred part of the result elsewhere ({}), and referrals are not followed",
                urls.join(", ")
            ),
            Truncation::PagingIgnored => f.write_str(
                "the server answered without the paged-results control: it may have cut the result at its limit",
            ),
            Truncation::PagingUnavailable(text) => {
                write!(f, "the server refused paged results ({text})")
            }
            Truncation::RangeUnfinished { dn, attribute } => {
                write!(f, "the values of {attribute} of {dn} could not be read to the end")
            }
            Truncation::Unanchored { dn, attribute } => {
                write!(f, "{dn} came without its {attribute}, which it is known by")
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LdapError {
    #[error("{url}: cannot connect: {message}")]
    Connect { url: String, message: String },
    #[error("{url}: the TLS handshake failed: {message}")]
    Tls { url: String, message: String },
    #[error("cannot read the CA file {path}: {message}")]
    CaFile { path: String, message: String },
    #[error("{url}: the server refused the bind as {bind_dn} ({code}{text})", code = result_name(*.rc), text = words(.text))]
    BindRefused {
        url: String,
        bind_dn: String,
        rc: u32,
        text: String,
    },
    #[error(
        "refusing to send the bind password in clear text to {host}: use ldaps:// or --starttls"
    )]
    Cleartext { host: String },
    /// A simple bind with an empty password is an anonymous bind, which many servers
    /// accept: it would read what anonymous may read, not what the reader may.
    #[error("the bind password is empty")]
    EmptyPassword,
    #[error("the search of {base} ({filter}) may be incomplete: {truncation}")]
    Incomplete {
        base: String,
        filter: String,
        truncation: Truncation,
    },
    #[error("the search base {base} does not exist on the server (noSuchObject)")]
    NoSuchBase { base: String },
    #[error("the server refused the search of {base} ({filter}): {code}{text}", code = result_name(*.rc), text = words(.text))]
    Search {
        base: String,
        filter: String,
        rc: u32,
        text: String,
    },
    #[error("{url}: {message}")]
    Protocol { url: String, message: String },
}

/// The server's words after the result's name, when it gave some.
fn words(text: &str) -> String {
    if text.trim().is_empty() {
        String::new()
    } else {
        format!(": {}", text.trim())
    }
}

/// An LDAP result code's name (RFC 4511 appendix A), with its number.
pub(crate) fn result_name(rc: u32) -> String {
    let name = match rc {
        1 => "operationsError",
        2 => "protocolError",
        3 => "timeLimitExceeded",
        4 => "sizeLimitExceeded",
        7 => "authMethodNotSupported",
        8 => "strongerAuthRequired",
        10 => "referral",
        11 => "adminLimitExceeded",
        12 => "unavailableCriticalExtension",
        13 => "confidentialityRequired",
        32 => "noSuchObject",
        34 => "invalidDNSyntax",
        48 => "inappropriateAuthentication",
        49 => "invalidCredentials",
        50 => "insufficientAccessRights",
        51 => "busy",
        52 => "unavailable",
        53 => "unwillingToPerform",
        _ => return format!("result {rc}"),
    };
    format!("{name} ({rc})")
}

impl LdapError {
    /// The server refused who we are (the bind): an authentication failure.
    pub(crate) fn is_auth(&self) -> bool {
        matches!(self, LdapError::BindRefused { .. })
    }

    /// Something the admin configured is wrong (not the server's failure).
    pub(crate) fn is_config(&self) -> bool {
        matches!(
            self,
            LdapError::Cleartext { .. }
                | LdapError::EmptyPassword
                | LdapError::CaFile { .. }
                | LdapError::NoSuchBase { .. }
        )
    }
}
