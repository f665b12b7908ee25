//! The root DSE: what the server says of itself before anything is searched (its vendor,
//! its naming contexts, whether it pages), and from that whether it is Active Directory.

use ldap3::{Ldap, Scope, SearchResult};

use super::entry::parse_entry;
use super::error::LdapError;
use crate::model::LdapFlavor;

/// AD's LDAP_CAP_ACTIVE_DIRECTORY_OID, in `supportedCapabilities`.
const AD_CAPABILITY: &str = "1.2.840.113556.1.4.800";
const PAGED_RESULTS: &str = "1.2.840.113556.1.4.319";
const STARTTLS: &str = "1.3.6.1.4.1.1466.20037";

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub(crate) struct RootDse {
    pub(crate) flavor: LdapFlavor,
    /// `vendorName` and `vendorVersion`, or what the DSE's class says (slapd sends no
    /// vendor).
    pub(crate) vendor: String,
    pub(crate) naming_contexts: Vec<String>,
    /// The server lists the paged-results control.
    pub(crate) paged_results: bool,
    /// The server lists the StartTLS extended operation.
    pub(crate) starttls: bool,
}

pub(crate) async fn read_root_dse(ldap: &mut Ldap, url: &str) -> Result<RootDse, LdapError> {
    let failed = |message: String| LdapError::Protocol {
        url: url.to_string(),
        message: format!("cannot read the root DSE: {message}"),
    };
    let SearchResult(items, result) = ldap
        .search("", Scope::Base, "(objectClass=*)", vec!["*", "+"])
        .await
        .map_err(|e| failed(e.to_string()))?;
    if result.rc != 0 {
        return Err(failed(super::error::result_name(result.rc)));
    }
    let dse = items
        .into_iter()
        .find_map(|i| parse_entry(i.0))
        .ok_or_else(|| failed("the server sent no root DSE".into()))?;
    let has = |attr: &str, value: &str| dse.texts(attr).iter().any(|v| v == value);
    let flavor = if has("supportedCapabilities", AD_CAPABILITY)
        || dse.values("rootDomainNamingContext").is_some()
    {
        LdapFlavor::ActiveDirectory
    } else {
        LdapFlavor::Ldap
    };
    let vendor = match (dse.text("vendorName"), dse.text("vendorVersion")) {
        (Some(name), Some(version)) => format!("{name} {version}"),
        (Some(name), None) => name,
        _ if flavor == LdapFlavor::ActiveDirectory => "Microsoft Active Directory".into(),
        _ if has("objectClass", "OpenLDAProotDSE") => "OpenLDAP".into(),
        _ => "unknown (the server does not say)".into(),
    };
    Ok(RootDse {
        flavor,
        vendor,
        naming_contexts: dse.texts("namingContexts"),
        paged_results: has("supportedControl", PAGED_RESULTS),
        starttls: has("supportedExtension", STARTTLS),
    })
}
