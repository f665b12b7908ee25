//! Connections to LDAP directories (OpenLDAP, Active Directory): what kind a connection
//! is, how an LDAP one is reached and read, and the checks its values pass.

use serde::{Deserialize, Serialize};

use std::net::IpAddr;

use super::invalid::{Invalid, LdapProblem};

/// What a connection reaches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionKind {
    /// A Dropbox team (OAuth, the team API).
    #[default]
    Dropbox,
    /// An LDAP directory or Active Directory, read by inbound rules.
    Ldap,
}

impl ConnectionKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ConnectionKind::Dropbox => "dropbox",
            ConnectionKind::Ldap => "ldap",
        }
    }

    /// "a Dropbox" / "an LDAP", for sentences.
    pub(crate) fn label_with_article(self) -> &'static str {
        match self {
            ConnectionKind::Dropbox => "a Dropbox",
            ConnectionKind::Ldap => "an LDAP",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<ConnectionKind> {
        [ConnectionKind::Dropbox, ConnectionKind::Ldap]
            .into_iter()
            .find(|k| k.as_str() == text)
    }
}

/// Which dialect a directory speaks: it decides the anchor (`objectGUID` or
/// `entryUUID`), the default mappings and how a disabled account is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum LdapFlavor {
    ActiveDirectory,
    /// OpenLDAP and other LDAPv3 servers.
    Ldap,
}

impl LdapFlavor {
    pub(crate) fn label(self) -> &'static str {
        match self {
            LdapFlavor::ActiveDirectory => "Active Directory",
            LdapFlavor::Ldap => "LDAP",
        }
    }

    /// The attribute that never changes for an entry: what a user is linked by.
    pub(crate) fn anchor_attribute(self) -> &'static str {
        match self {
            LdapFlavor::ActiveDirectory => "objectGUID",
            LdapFlavor::Ldap => "entryUUID",
        }
    }

    /// Who a rule reads when it says nothing else: people with an address (service
    /// accounts have none, and a member needs one).
    pub(crate) fn default_user_filter(self) -> &'static str {
        match self {
            LdapFlavor::ActiveDirectory => "(&(objectCategory=person)(objectClass=user)(mail=*))",
            LdapFlavor::Ldap => "(&(objectClass=inetOrgPerson)(mail=*))",
        }
    }

    pub(crate) fn default_group_filter(self) -> &'static str {
        match self {
            LdapFlavor::ActiveDirectory => "(objectClass=group)",
            LdapFlavor::Ldap => "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames))",
        }
    }
}

/// Entries a page asks for when nothing else is said: under slapd's and AD's usual
/// limits (AD caps a page at 1,000).
pub(crate) const DEFAULT_PAGE_SIZE: u32 = 500;

/// How an LDAP connection reaches and reads its directory (its URL is the connection's
/// `service_uri`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct LdapSettings {
    pub(crate) bind_dn: String,
    /// Where its rules search unless they say otherwise.
    pub(crate) base_dn: String,
    /// Upgrade `ldap://` with StartTLS before binding.
    #[serde(default)]
    pub(crate) starttls: bool,
    /// PEM file of a private CA the server's certificate is checked against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) ca_file: Option<String>,
    pub(crate) page_size: u32,
    /// What the last test read from the root DSE (`None` until one did).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) flavor: Option<LdapFlavor>,
}

/// Whether `url`'s host is this machine (`localhost`, 127.0.0.0/8, `::1`). URLs of
/// schemes the URL standard does not know (`ldap://`) keep an address as text.
pub(crate) fn is_loopback_url(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => {
            let address = d.trim_start_matches('[').trim_end_matches(']');
            d.eq_ignore_ascii_case("localhost")
                || address.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
        }
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

/// Checks an LDAP connection's URL and settings; returns the URL without a trailing
/// slash.
pub(crate) fn validate_ldap(url: &str, settings: &LdapSettings) -> Result<String, Invalid> {
    let bad = |p| Err(Invalid::Ldap(p));
    let trimmed = url.trim().trim_end_matches('/');
    let parsed = match url::Url::parse(trimmed) {
        Ok(u) if matches!(u.scheme(), "ldap" | "ldaps") && u.host_str().is_some() => u,
        _ => return bad(LdapProblem::Url(url.to_string())),
    };
    if !(parsed.path().is_empty() || parsed.path() == "/")
        || parsed.query().is_some()
        || parsed.fragment().is_some()
    {
        return bad(LdapProblem::Url(url.to_string()));
    }
    if parsed.scheme() == "ldaps" && settings.starttls {
        return bad(LdapProblem::StarttlsOverLdaps);
    }
    let clear = parsed.scheme() == "ldap" && !settings.starttls;
    if clear && !is_loopback_url(&parsed) {
        return bad(LdapProblem::Cleartext(
            parsed.host_str().unwrap_or_default().to_string(),
        ));
    }
    for (which, dn) in [
        ("bind DN", &settings.bind_dn),
        ("base DN", &settings.base_dn),
    ] {
        if dn.trim().is_empty() {
            return bad(LdapProblem::EmptyDn(which));
        }
    }
    if !(1..=10_000).contains(&settings.page_size) {
        return bad(LdapProblem::PageSize(settings.page_size));
    }
    Ok(trimmed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(starttls: bool) -> LdapSettings {
        LdapSettings {
            bind_dn: "cn=reader,dc=example,dc=com".into(),
            base_dn: "dc=example,dc=com".into(),
            starttls,
            ca_file: None,
            page_size: DEFAULT_PAGE_SIZE,
            flavor: None,
        }
    }

    #[test]
    fn a_password_never_goes_in_clear_text_to_another_host() {
        let ok = |url, tls| validate_ldap(url, &settings(tls)).is_ok();
        assert!(ok("ldaps://dc1.corp.example:636", false));
        assert!(ok("ldap://dc1.corp.example", true));
        assert!(ok("ldap://127.0.0.1:3890/", false));
        assert!(ok("ldap://localhost", false));
        assert!(ok("ldap://[::1]:389", false));
        assert!(!ok("ldap://127.0.0.1.evil.example", false));
        let problem = |url, tls| match validate_ldap(url, &settings(tls)) {
            Err(Invalid::Ldap(p)) => p,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            problem("ldap://dc1.corp.example", false),
            LdapProblem::Cleartext("dc1.corp.example".into())
        );
        assert_eq!(problem("ldaps://dc1", true), LdapProblem::StarttlsOverLdaps);
        assert!(matches!(problem("https://dc1", false), LdapProblem::Url(_)));
        assert!(matches!(
            problem("ldap://dc1/dc=x?uid", true),
            LdapProblem::Url(_)
        ));
    }
}
