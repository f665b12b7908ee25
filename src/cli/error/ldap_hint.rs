//! What to do about a failed LDAP read: the words for each way a bind, a handshake or a
//! search can fail, in terms of commands and flags.

use crate::ldap::{LdapError, Truncation};
use crate::model::SecretKind;
use crate::settings::Settings;

pub(super) fn ldap_hint(e: &LdapError, connection: &str, settings: &Settings) -> Option<String> {
    Some(match e {
        LdapError::BindRefused { .. } => {
            match crate::secrets::overridden_by(settings, connection, SecretKind::BindPassword) {
                Some(var) => format!(
                    "the password comes from {var}: correct or unset it; else check the bind DN and `dbxprov connection update {connection} --bind-password-file FILE`"
                ),
                None => format!(
                    "check the bind DN (`dbxprov connection show {connection}`) and set the password again with `dbxprov connection update {connection} --bind-password-file FILE`"
                ),
            }
        }
        LdapError::Tls { .. } => format!(
            "give the CA that signed the server's certificate: `dbxprov connection update {connection} --ca-file CA.pem`"
        ),
        LdapError::CaFile { .. } => format!(
            "point --ca-file at a PEM file of certificates: `dbxprov connection update {connection} --ca-file CA.pem`"
        ),
        LdapError::Connect { .. } | LdapError::Protocol { .. } => format!(
            "check the URL (`dbxprov connection show {connection}`), that the server is up, and the network"
        ),
        LdapError::Cleartext { .. } => {
            "use ldaps://HOST (port 636) or --starttls; clear text is allowed only to 127.0.0.1, ::1 or localhost".into()
        }
        LdapError::EmptyPassword => format!(
            "set the password: `dbxprov connection update {connection} --bind-password-file FILE`"
        ),
        LdapError::NoSuchBase { .. } => format!(
            "check the base DN (`dbxprov connection show {connection}`) or the rule's --search-base"
        ),
        LdapError::Search { rc: 87, .. } => {
            "write the filter as RFC 4515 says, in parentheses: --user-filter '(objectClass=inetOrgPerson)'".into()
        }
        LdapError::Search { .. } => return None,
        LdapError::Incomplete { truncation, .. } => return truncation_hint(truncation, connection),
    })
}

/// Nothing was written: what lets the next run read everything.
fn truncation_hint(t: &Truncation, connection: &str) -> Option<String> {
    let nothing = "nothing was written";
    Some(match t {
        Truncation::SizeLimit | Truncation::TimeLimit => format!(
            "{nothing}; the reader's limits cut a paged search: raise them for the bind DN (slapd: `limits` with size.prtotal and time), or lower --page-size"
        ),
        Truncation::AdminLimit(text) if text.contains("not allowed") => format!(
            "{nothing}; the server refuses paged results to this reader: allow them for the bind DN (slapd: `limits` with size.prtotal); dbxprov never reads without paging"
        ),
        Truncation::AdminLimit(_) => format!(
            "{nothing}; the server refuses pages this large: `dbxprov connection update {connection} --page-size 500` (or lower)"
        ),
        Truncation::Referral(_) => format!(
            "{nothing}; search within one naming context (the rule's --search-base), or connect to the server that holds the referred entries"
        ),
        Truncation::PagingIgnored | Truncation::PagingUnavailable(_) => format!(
            "{nothing}; dbxprov reads only servers that page results (RFC 2696): without paging, a server's size limit would hide people"
        ),
        Truncation::Unanchored { attribute, .. } => format!(
            "{nothing}; let the bind DN read {attribute} of every entry its searches match"
        ),
        Truncation::RangeUnfinished { .. } => return None,
    })
}
