//! Connection names: one not taken, and none two connections would share through the
//! environment variables that override their secrets.

use crate::error::{Error, Result};
use crate::model::validate_connection_name;
use crate::ops::Context;
use crate::secrets::{override_env_var, SecretKind};
use crate::store;

/// A new connection's name: valid, not taken, sharing no override variable.
pub(crate) fn check_new_name(ctx: &Context, name: &str) -> Result<()> {
    validate_connection_name(name)?;
    if ctx.store.find_connection(name)?.is_some() {
        return Err(store::connection_exists(name));
    }
    check_env_names_distinct(ctx, name)
}

/// [`check_new_name`], and beside `pending`, a connection not saved yet (the wizard's
/// Dropbox connection, when it asks for the directory's).
pub(crate) fn check_new_name_beside(ctx: &Context, name: &str, pending: &str) -> Result<()> {
    check_new_name(ctx, name)?;
    distinct(name, pending)
}

/// Two connection names must not share the environment variables that override their
/// secrets (`prod-eu` and `prod_eu` would).
fn check_env_names_distinct(ctx: &Context, name: &str) -> Result<()> {
    for other in ctx.store.connections()? {
        distinct(name, &other.name)?;
    }
    Ok(())
}

/// `name` beside `other`: the same name (in any case) is taken, not shadowed; a shared
/// override variable is refused.
fn distinct(name: &str, other: &str) -> Result<()> {
    if other.eq_ignore_ascii_case(name) {
        return Err(store::connection_exists(name));
    }
    let var = override_env_var(name, SecretKind::RefreshToken);
    if override_env_var(other, SecretKind::RefreshToken) == var {
        return Err(Error::EnvOverridesShared {
            name: name.to_string(),
            other: other.to_string(),
            var,
        });
    }
    Ok(())
}
