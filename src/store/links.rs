//! Rows of `links`: which member each rule's user is linked to. A member belongs to at
//! most one rule of a connection: a link is written through a claim that the unique index
//! decides.

use std::collections::HashMap;

use rusqlite::{params, Transaction};

use super::db::{is_unique_violation, now, Store};
use crate::error::Result;
use crate::model::Link;

/// What claiming a member for a rule's user found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Claim {
    Claimed,
    /// The member already belongs to a user of a rule of the same connection (possibly
    /// this rule, for another user).
    HeldBy {
        rule: String,
        user_id: String,
    },
}

/// Links a rule's user to a member, unless a user of a rule of the same connection holds
/// it already: the unique index on (connection, member) decides, inside the caller's
/// transaction, so two runs can never both claim one member. `keeps_external_id`: the
/// member's external id is another tool's, left as it is.
pub(crate) fn claim_link(
    tx: &Transaction<'_>,
    rule: &LinkOwner<'_>,
    user_id: &str,
    team_member_id: &str,
    keeps_external_id: bool,
) -> Result<Claim> {
    let inserted = tx
        .prepare_cached(
            "INSERT INTO links (rule_id, connection, user_id, team_member_id, created_at, keeps_external_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (rule_id, user_id) DO UPDATE SET team_member_id = excluded.team_member_id,
                 keeps_external_id = excluded.keeps_external_id",
        )?
        .execute(params![
            rule.id,
            rule.connection,
            user_id,
            team_member_id,
            now(),
            keeps_external_id
        ]);
    match inserted {
        Ok(_) => Ok(Claim::Claimed),
        Err(e) if is_unique_violation(&e) => {
            let (rule, user_id) = tx.query_row(
                "SELECT r.name, l.user_id FROM links l JOIN rules r ON r.id = l.rule_id
                 WHERE l.connection = ?1 AND l.team_member_id = ?2",
                params![rule.connection, team_member_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            Ok(Claim::HeldBy { rule, user_id })
        }
        Err(e) => Err(e.into()),
    }
}

/// The rule a link is written for.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LinkOwner<'a> {
    pub(crate) id: i64,
    pub(crate) connection: &'a str,
}

/// Whether the member of a rule's user is owed a new invitation.
pub(crate) fn set_invitation_owed(
    tx: &Transaction<'_>,
    rule_id: i64,
    user_id: &str,
    owed: bool,
) -> Result<()> {
    tx.prepare_cached("UPDATE links SET invitation_owed = ?3 WHERE rule_id = ?1 AND user_id = ?2")?
        .execute(params![rule_id, user_id, owed])?;
    Ok(())
}

/// When the rule's user left its scope (`None`: it is in scope).
pub(crate) fn set_left_at(
    tx: &Transaction<'_>,
    rule_id: i64,
    user_id: &str,
    left_at: Option<i64>,
) -> Result<()> {
    tx.prepare_cached("UPDATE links SET left_at = ?3 WHERE rule_id = ?1 AND user_id = ?2")?
        .execute(params![rule_id, user_id, left_at])?;
    Ok(())
}

/// Forgets when each of the connection's leavers left (staged removal turned on: their
/// days count from the next run).
pub(crate) fn clear_left_at(tx: &Transaction<'_>, connection: &str) -> Result<()> {
    tx.prepare_cached("UPDATE links SET left_at = NULL WHERE connection = ?1")?
        .execute([connection])?;
    Ok(())
}

pub(crate) fn remove_link(tx: &Transaction<'_>, rule_id: i64, user_id: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM links WHERE rule_id = ?1 AND user_id = ?2")?
        .execute(params![rule_id, user_id])?;
    Ok(())
}

impl Store {
    /// The rules that link the directory user `user_id` to a member, by name.
    pub(crate) fn rules_linking(&self, user_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.read().prepare(
            "SELECT r.name FROM links l JOIN rules r ON r.id = l.rule_id
             WHERE l.user_id = ?1 ORDER BY r.name",
        )?;
        let rows = stmt.query_map([user_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The links of every rule on `connection`.
    pub(crate) fn links_of_connection(&self, connection: &str) -> Result<Vec<Link>> {
        let mut stmt = self.read().prepare(
            "SELECT r.name, l.user_id, l.team_member_id, l.keeps_external_id, l.invitation_owed,
                    l.left_at
             FROM links l JOIN rules r ON r.id = l.rule_id
             WHERE l.connection = ?1",
        )?;
        let rows = stmt.query_map([connection], |r| {
            Ok(Link {
                rule: r.get(0)?,
                user_id: r.get(1)?,
                team_member_id: r.get(2)?,
                keeps_external_id: r.get(3)?,
                invitation_owed: r.get(4)?,
                left_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The rule's users and the members they are linked to.
    pub(crate) fn members_of_rule(&self, rule_id: i64) -> Result<HashMap<String, String>> {
        let mut stmt = self
            .read()
            .prepare("SELECT user_id, team_member_id FROM links WHERE rule_id = ?1")?;
        let rows = stmt.query_map([rule_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The members the rule removed in the last `days` days, and for which of its users:
    /// Dropbox can recover them meanwhile, for whoever carries them once that user is gone.
    pub(crate) fn removed_by_rule(
        &self,
        rule_id: i64,
        days: i64,
    ) -> Result<HashMap<String, String>> {
        let mut stmt = self.read().prepare(
            "SELECT json_extract(j.detail, '$.team_member_id'), j.user_id
             FROM journal j JOIN runs r ON r.id = j.run_id
             WHERE r.rule_id = ?1 AND j.action = 'remove' AND j.status = 'ok'
               AND j.updated_at >= ?2 AND json_extract(j.detail, '$.team_member_id') IS NOT NULL
             ORDER BY j.id",
        )?;
        let since = now() - days * 86_400;
        let rows = stmt.query_map(params![rule_id, since], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The rule's users out of its scope since `left_at`, oldest first, each with its
    /// directory email when it is still in the directory.
    pub(crate) fn leavers_of_rule(
        &self,
        rule_id: i64,
    ) -> Result<Vec<(String, Option<String>, i64)>> {
        let mut stmt = self.read().prepare(
            "SELECT l.user_id, u.email, l.left_at FROM links l LEFT JOIN users u ON u.id = l.user_id
             WHERE l.rule_id = ?1 AND l.left_at IS NOT NULL ORDER BY l.left_at, u.email, l.user_id",
        )?;
        let rows = stmt.query_map([rule_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many members a rule links.
    pub(crate) fn links_of_rule(&self, rule_id: i64) -> Result<u64> {
        Ok(self.read().query_row(
            "SELECT count(*) FROM links WHERE rule_id = ?1",
            [rule_id],
            |r| r.get(0),
        )?)
    }
}
