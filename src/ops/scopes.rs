//! What dbxprov knows of the scopes a connection's refresh token holds, and the checks
//! against what its rules need: `connection test` asks for every scope and records the
//! answers, `connection authorize` records the ones Dropbox granted; a run checks the
//! scopes its rule needs before it writes anything (asking only for those not known for
//! the token in use); `rule create` and `rule update` warn of what the connection lacks.

use sha2::{Digest, Sha256};

use super::Context;
use crate::dropbox::Client;
use crate::error::{Error, Result};
use crate::model::{
    merge_needs, Connection, Direction, GrantedScopes, Rule, Scope, ScopeNeed, ScopeSource, Secret,
    UserActions,
};
use crate::store::{self, now};

/// A fingerprint of a refresh token: the first 16 hex digits of its SHA-256, which tells
/// one token from another and says nothing of either.
pub(crate) fn fingerprint(token: &Secret) -> String {
    let digest = Sha256::digest(token.expose().as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The scopes a connection needs: those of every rule on it, or, with no rule yet, what
/// its user actions let an outbound rule do.
pub(crate) fn needs_of_connection(
    ctx: &Context,
    connection: &Connection,
) -> Result<Vec<ScopeNeed>> {
    let rules: Vec<Rule> = ctx
        .store
        .rules()?
        .into_iter()
        .filter(|r| r.connection.eq_ignore_ascii_case(&connection.name))
        .collect();
    let mut lists: Vec<Vec<ScopeNeed>> = rules
        .iter()
        .map(|r| r.required_scopes(&connection.actions))
        .collect();
    if !rules.iter().any(|r| r.direction == Direction::Outbound) {
        lists.push(connection.actions.required_scopes());
    }
    Ok(merge_needs(lists))
}

/// Every scope dbxprov uses, asked of Dropbox for the token `client` holds (`token` is its
/// fingerprint), once `team/get_info` answered (which proves `team_info.read`).
pub(crate) async fn probe_all(
    client: &Client,
    token: String,
) -> std::result::Result<GrantedScopes, crate::dropbox::ApiError> {
    let others: Vec<Scope> = Scope::ALL
        .into_iter()
        .filter(|s| *s != Scope::TeamInfoRead)
        .collect();
    let mut probed = client.probe_scopes(&others).await?;
    probed.push((Scope::TeamInfoRead, true));
    Ok(empty(token).with_probe(&probed, now()))
}

/// Nothing known yet of the scopes of the token `token` (a fingerprint).
fn empty(token: String) -> GrantedScopes {
    GrantedScopes {
        token,
        granted: Vec::new(),
        refused: Vec::new(),
        source: ScopeSource::Probe,
        at: now(),
    }
}

/// The scopes the exchange that issued a refresh token granted, as known scopes of it.
pub(crate) fn from_authorization(token: &Secret, granted: &[String]) -> GrantedScopes {
    let mut granted = granted.to_vec();
    granted.sort();
    GrantedScopes {
        token: fingerprint(token),
        granted,
        refused: Vec::new(),
        source: ScopeSource::Authorization,
        at: now(),
    }
}

/// The needs of `needs` that `known` says are not met (nothing when nothing is known).
pub(crate) fn missing(known: Option<&GrantedScopes>, needs: &[ScopeNeed]) -> Vec<ScopeNeed> {
    known.map_or_else(Vec::new, |k| {
        k.check(needs).0.into_iter().cloned().collect()
    })
}

/// Before a run of `rule` writes anything: the scopes it needs (with `actions`, what the
/// run may do) are granted to the token `client` holds (`token`, its fingerprint). What is not known for that token is asked
/// of Dropbox and recorded. A scope missing is [`Error::MissingScopes`].
pub(crate) async fn check_for_run(
    ctx: &mut Context,
    client: &Client,
    connection: &Connection,
    rule: &Rule,
    actions: &UserActions,
    token: String,
) -> Result<()> {
    let needs = rule.required_scopes(actions);
    let known = connection
        .scopes
        .clone()
        .filter(|k| k.token == token)
        .unwrap_or_else(|| empty(token));
    let (_, unknown) = known.check(&needs);
    let known = if unknown.is_empty() {
        known
    } else {
        let probed = client
            .probe_scopes(&unknown)
            .await
            .map_err(|e| Error::dropbox(&connection.name, e))?;
        let known = known.with_probe(&probed, now());
        ctx.store
            .write(|tx| store::record_granted_scopes(tx, &connection.name, &known))?;
        known
    };
    let missing = missing(Some(&known), &needs);
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Error::MissingScopes {
            connection: connection.name.clone(),
            missing,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fingerprint_tells_tokens_apart_and_shows_neither() {
        let a = fingerprint(&Secret::new("refresh-token-a"));
        let b = fingerprint(&Secret::new("refresh-token-b"));
        assert_eq!(a.len(), 16);
        assert_ne!(a, b);
        assert!(!a.contains("refresh"));
        assert_eq!(a, fingerprint(&Secret::new("refresh-token-a")));
    }
}
