//! The LDAP client for directories (OpenLDAP, Active Directory, any LDAPv3 server):
//! connecting over TLS (rustls with ring, a private CA), binding, the root DSE, and
//! searches whose result is complete or an error — paged, every limit and referral an
//! error, ranged attributes read to the end — with entries parsed byte for byte.

mod connect;
mod entry;
mod error;
mod root_dse;
mod search;

use ldap3::{Ldap, Scope};

pub(crate) use connect::LdapTarget;
#[cfg(test)]
pub(crate) use entry::Attribute;
pub(crate) use entry::{guid_text, Entry};
pub(crate) use error::{LdapError, Truncation};
pub(crate) use root_dse::RootDse;
pub(crate) use search::Query;

use crate::model::{LdapFlavor, Secret};
use search::Paging;

/// Checks an LDAP filter's syntax (RFC 4515) without a server.
pub(crate) fn check_filter(filter: &str) -> Result<(), LdapError> {
    ldap3::parse_filter(filter)
        .map(|_| ())
        .map_err(|_| LdapError::Search {
            base: "(no search yet)".into(),
            filter: filter.to_string(),
            rc: 87,
            text: "the filter is not valid LDAP filter syntax".into(),
        })
}

/// One bound connection to a directory.
pub(crate) struct LdapSession {
    ldap: Ldap,
    target: LdapTarget,
    /// Active Directory: searches carry the domain-scope control.
    flavor: LdapFlavor,
    /// Requests sent: the bind, the root DSE, each page and each range.
    requests: u64,
}

impl LdapSession {
    /// Connects and binds (an error says whether the bind was refused).
    pub(crate) async fn open(
        target: &LdapTarget,
        password: &Secret,
    ) -> Result<LdapSession, LdapError> {
        Ok(LdapSession {
            ldap: connect::connect(target, password).await?,
            target: target.clone(),
            flavor: LdapFlavor::Ldap,
            requests: 1,
        })
    }

    /// The root DSE; the session then searches as that server wants (AD's domain scope).
    pub(crate) async fn root_dse(&mut self) -> Result<RootDse, LdapError> {
        self.requests += 1;
        let dse = root_dse::read_root_dse(&mut self.ldap, &self.target.url).await?;
        self.flavor = dse.flavor;
        Ok(dse)
    }

    /// Every entry under `base` that `filter` matches, with `attributes`: complete, or an
    /// error that says what may be missing.
    pub(crate) async fn search_all(
        &mut self,
        base: &str,
        filter: &str,
        attributes: &[&str],
    ) -> Result<Vec<Entry>, LdapError> {
        let query = Query {
            base,
            scope: Scope::Subtree,
            filter,
            attributes,
        };
        let paging = self.paging();
        search::search_all(&mut self.ldap, &query, paging, &mut self.requests).await
    }

    /// The entry at `dn` when `filter` matches it (no entry when it does not, or none is
    /// there).
    pub(crate) async fn search_base(
        &mut self,
        dn: &str,
        filter: &str,
        attributes: &[&str],
    ) -> Result<Vec<Entry>, LdapError> {
        let query = Query {
            base: dn,
            scope: Scope::Base,
            filter,
            attributes,
        };
        let paging = self.paging();
        match search::search_all(&mut self.ldap, &query, paging, &mut self.requests).await {
            Err(LdapError::NoSuchBase { .. }) => Ok(Vec::new()),
            other => other,
        }
    }

    fn paging(&self) -> Paging {
        Paging {
            page_size: self.target.page_size,
            domain_scope: self.flavor == LdapFlavor::ActiveDirectory,
            timeout: self.target.timeout,
        }
    }

    /// The requests sent so far.
    pub(crate) fn requests(&self) -> u64 {
        self.requests
    }

    /// Says goodbye to the server (errors are of no interest then).
    pub(crate) async fn close(mut self) {
        let _ = self.ldap.unbind().await;
    }
}
