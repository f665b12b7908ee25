//! What an inbound rule reads from its directory: its users (every attribute, with the
//! anchor and `memberOf` named, as operational attributes must be) and its groups, with
//! the groups nested in them; the searches' defaults are the server's usual ones.

use std::collections::{HashMap, HashSet};

use crate::ldap::{guid_text, Entry, LdapError, LdapSession};
use crate::model::{LdapFlavor, LdapQuery, LdapSettings};
use crate::sync::inbound::SourceGroup;

/// The searches of one rule (or, for `connection test`, of a rule with no settings).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Searches {
    pub(crate) base: String,
    pub(crate) user_filter: String,
    pub(crate) group_filter: String,
    pub(crate) flavor: LdapFlavor,
}

impl Searches {
    pub(crate) fn of(
        query: Option<&LdapQuery>,
        ldap: &LdapSettings,
        flavor: LdapFlavor,
    ) -> Searches {
        let q = query.cloned().unwrap_or_default();
        Searches {
            base: q.search_base.unwrap_or_else(|| ldap.base_dn.clone()),
            user_filter: q
                .user_filter
                .unwrap_or_else(|| flavor.default_user_filter().to_string()),
            group_filter: q
                .group_filter
                .unwrap_or_else(|| flavor.default_group_filter().to_string()),
            flavor,
        }
    }
}

/// A DN as `member` values are compared: lower-cased, without spaces around `,` and `=`.
pub(crate) fn normalize_dn(dn: &str) -> String {
    dn.split(',')
        .map(|rdn| rdn.split('=').map(str::trim).collect::<Vec<_>>().join("="))
        .collect::<Vec<_>>()
        .join(",")
        .to_lowercase()
}

/// An entry's anchor: its `objectGUID` as AD shows it, or its `entryUUID`.
pub(crate) fn anchor_of(entry: &Entry, flavor: LdapFlavor) -> Option<String> {
    let value = entry.values(flavor.anchor_attribute())?.first()?;
    match flavor {
        LdapFlavor::ActiveDirectory => guid_text(value),
        LdapFlavor::Ldap => Some(String::from_utf8_lossy(value).to_lowercase()),
    }
    .filter(|a| !a.is_empty())
}

/// Every user the rule's user filter matches, with `attributes`.
pub(crate) async fn read_users(
    session: &mut LdapSession,
    searches: &Searches,
    attributes: &[&str],
) -> Result<Vec<Entry>, LdapError> {
    session
        .search_all(&searches.base, &searches.user_filter, attributes)
        .await
}

/// Every attribute of an entry, its anchor and `memberOf` included (operational
/// attributes must be named).
pub(crate) fn every_attribute(flavor: LdapFlavor) -> [&'static str; 3] {
    ["*", flavor.anchor_attribute(), "memberOf"]
}

/// The rule's groups, and every group of the server's usual kind that may be nested in
/// them (read once more only when the rule's filter is not that one).
pub(crate) async fn read_groups(
    session: &mut LdapSession,
    searches: &Searches,
) -> Result<Vec<SourceGroup>, LdapError> {
    let attributes = [
        "cn",
        searches.flavor.anchor_attribute(),
        "member",
        "uniqueMember",
    ];
    let wanted = session
        .search_all(&searches.base, &searches.group_filter, &attributes)
        .await?;
    let usual = searches.flavor.default_group_filter();
    let nested = if searches.group_filter == usual {
        Vec::new()
    } else {
        session
            .search_all(&searches.base, usual, &attributes)
            .await?
    };
    let wanted_dns: HashSet<String> = wanted.iter().map(|e| normalize_dn(&e.dn)).collect();
    let mut seen = HashSet::new();
    Ok(wanted
        .iter()
        .chain(nested.iter())
        .filter(|e| seen.insert(normalize_dn(&e.dn)))
        .filter_map(|e| {
            let dn = normalize_dn(&e.dn);
            Some(SourceGroup {
                source_id: anchor_of(e, searches.flavor)?,
                name: e.text("cn").unwrap_or_else(|| first_rdn_value(&e.dn)),
                members: member_dns(e),
                wanted: wanted_dns.contains(&dn),
                dn,
            })
        })
        .collect())
}

/// `member` and `uniqueMember` values (the latter without its optional `#'…'B` UID).
fn member_dns(group: &Entry) -> Vec<String> {
    let unique = group
        .texts("uniqueMember")
        .into_iter()
        .map(|v| match v.rsplit_once('#') {
            Some((dn, uid)) if uid.starts_with('\'') => dn.to_string(),
            _ => v,
        });
    group
        .texts("member")
        .into_iter()
        .chain(unique)
        .map(|dn| normalize_dn(&dn))
        .collect()
}

fn first_rdn_value(dn: &str) -> String {
    dn.split(',')
        .next()
        .and_then(|rdn| rdn.split_once('='))
        .map_or_else(|| dn.to_string(), |(_, v)| v.trim().to_string())
}

/// The users' anchors by normalized DN, and what their `memberOf` names (users given
/// with their anchors).
pub(crate) fn user_index(
    users: &[(String, Entry)],
) -> (HashMap<String, String>, HashMap<String, Vec<String>>) {
    let mut by_dn = HashMap::new();
    let mut member_of = HashMap::new();
    for (anchor, u) in users {
        let anchor = anchor.clone();
        let dn = normalize_dn(&u.dn);
        let of: Vec<String> = u
            .texts("memberOf")
            .iter()
            .map(|g| normalize_dn(g))
            .collect();
        if !of.is_empty() {
            member_of.insert(dn.clone(), of);
        }
        by_dn.insert(dn, anchor);
    }
    (by_dn, member_of)
}

/// The one user `who` names within the rule's user filter: by DN, or by mail, uid,
/// sAMAccountName or userPrincipalName.
pub(crate) async fn find_user(
    session: &mut LdapSession,
    searches: &Searches,
    who: &str,
) -> Result<Option<Entry>, LdapError> {
    let value = ldap3::ldap_escape(who);
    let filter = format!(
        "(&{}(|(mail={value})(uid={value})(sAMAccountName={value})(userPrincipalName={value})))",
        searches.user_filter
    );
    let attributes = every_attribute(searches.flavor);
    let found = if who.contains('=') {
        session
            .search_base(who, &searches.user_filter, &attributes)
            .await?
    } else {
        session
            .search_all(&searches.base, &filter, &attributes)
            .await?
    };
    Ok(found.into_iter().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_compare_without_case_or_spaces() {
        assert_eq!(
            normalize_dn("CN=Ann Lee, OU=Staff ,DC=Corp,DC=example"),
            "cn=ann lee,ou=staff,dc=corp,dc=example"
        );
        assert_eq!(first_rdn_value("cn=Sales,ou=groups,dc=x"), "Sales");
    }
}
