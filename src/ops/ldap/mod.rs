//! Reading LDAP directories for the operations that need one: a stored connection
//! opened with its password (environment override first), and what a rule reads from
//! it ([`read`](mod@read)).

mod read;

use std::path::PathBuf;
use std::time::Duration;

use crate::error::{Error, Result};
use crate::ldap::{LdapSession, LdapTarget, RootDse};
use crate::model::{Connection, ConnectionKind, LdapSettings, Secret, SecretKind};
use crate::ops::Context;

pub(crate) use read::*;

/// How long a connection, a bind or one search reply may take.
const TIMEOUT: Duration = Duration::from_secs(30);

/// The LDAP settings of `connection`, or the error of using a Dropbox one as a directory.
pub(crate) fn settings_of<'a>(connection: &'a Connection, what: &str) -> Result<&'a LdapSettings> {
    match (&connection.ldap, connection.kind) {
        (Some(ldap), ConnectionKind::Ldap) => Ok(ldap),
        _ => Err(Error::WrongConnectionKind {
            connection: connection.name.clone(),
            kind: connection.kind,
            what: what.to_string(),
        }),
    }
}

pub(crate) fn target_of(connection: &Connection, ldap: &LdapSettings) -> LdapTarget {
    LdapTarget {
        url: connection.service_uri.clone(),
        bind_dn: ldap.bind_dn.clone(),
        starttls: ldap.starttls,
        ca_file: ldap.ca_file.as_ref().map(PathBuf::from),
        page_size: ldap.page_size,
        timeout: TIMEOUT,
    }
}

/// A bound session to the connection's directory, and its root DSE.
pub(crate) async fn open(ctx: &Context, connection: &Connection) -> Result<(LdapSession, RootDse)> {
    let password = ctx.secret(connection, SecretKind::BindPassword)?;
    open_with(connection, &password).await
}

/// As [`open`], with the password given (a connection not saved yet).
pub(crate) async fn open_with(
    connection: &Connection,
    password: &Secret,
) -> Result<(LdapSession, RootDse)> {
    let ldap = settings_of(connection, "it is not a directory")?;
    let failed = |e| Error::ldap(&connection.name, e);
    let mut session = LdapSession::open(&target_of(connection, ldap), password)
        .await
        .map_err(failed)?;
    let dse = session.root_dse().await.map_err(failed)?;
    Ok((session, dse))
}

/// Records the server's flavor the root DSE showed, when it is news (the first test or
/// run, or a server replaced): it decides the defaults `rule show` lists.
pub(crate) fn learn_flavor(
    ctx: &mut Context,
    connection: &Connection,
    flavor: crate::model::LdapFlavor,
) -> Result<()> {
    let Some(ldap) = &connection.ldap else {
        return Ok(());
    };
    if ldap.flavor == Some(flavor) {
        return Ok(());
    }
    let mut c = ctx.store.connection(&connection.name)?;
    if let Some(l) = c.ldap.as_mut() {
        l.flavor = Some(flavor);
    }
    ctx.store
        .write(|tx| crate::store::update_connection(tx, &c))
}
