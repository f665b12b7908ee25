//! Rows of `inbound_links`: which directory user each member (or LDAP entry) an inbound
//! rule brought in became (the user's provenance); and of `inbound_groups`: which
//! directory group each LDAP group it brought in became.

use std::collections::HashMap;

use rusqlite::{params, Transaction};

use super::db::{now, Store};
use crate::error::Result;
use crate::model::Mirror;

/// A member (or LDAP entry) an inbound rule brought in, and the directory user it became.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct InboundLink {
    /// The member's team member id, or the entry's `objectGUID` / `entryUUID` (kept in
    /// the column `team_member_id`).
    pub(crate) source_id: String,
    pub(crate) user_id: String,
}

/// Records that a member became a directory user of the rule (or, for a member that
/// came back with a new id, that the user now mirrors that member).
pub(crate) fn link_inbound(
    tx: &Transaction<'_>,
    rule_id: i64,
    source_id: &str,
    user_id: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO inbound_links (rule_id, team_member_id, user_id, created_at)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (user_id) DO UPDATE SET team_member_id = excluded.team_member_id",
    )?
    .execute(params![rule_id, source_id, user_id, now()])?;
    Ok(())
}

/// Records that an LDAP group became a directory group of the rule.
pub(crate) fn link_inbound_group(
    tx: &Transaction<'_>,
    rule_id: i64,
    source_id: &str,
    group_id: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO inbound_groups (rule_id, source_id, group_id) VALUES (?1, ?2, ?3)
         ON CONFLICT (rule_id, source_id) DO UPDATE SET group_id = excluded.group_id",
        params![rule_id, source_id, group_id],
    )?;
    Ok(())
}

impl Store {
    /// The directory groups an inbound rule brought in: anchor -> group id.
    pub(crate) fn inbound_groups(&self, rule_id: i64) -> Result<HashMap<String, String>> {
        let mut stmt = self
            .read()
            .prepare("SELECT source_id, group_id FROM inbound_groups WHERE rule_id = ?1")?;
        let rows = stmt.query_map([rule_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn inbound_links(&self, rule_id: i64) -> Result<Vec<InboundLink>> {
        let mut stmt = self.read().prepare(
            "SELECT team_member_id, user_id FROM inbound_links WHERE rule_id = ?1
             ORDER BY created_at, rowid",
        )?;
        let rows = stmt.query_map([rule_id], |r| {
            Ok(InboundLink {
                source_id: r.get(0)?,
                user_id: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many users an inbound rule brought in.
    pub(crate) fn inbound_link_count(&self, rule_id: i64) -> Result<u64> {
        Ok(self.read().query_row(
            "SELECT count(*) FROM inbound_links WHERE rule_id = ?1",
            [rule_id],
            |r| r.get(0),
        )?)
    }

    /// The directory users that inbound rules of `connection` brought in, by user id.
    pub(crate) fn mirrored_users(&self, connection: &str) -> Result<HashMap<String, Mirror>> {
        // The live rules' links last: they win over a deleted rule's.
        let mut stmt = self.read().prepare(
            "SELECT user_id, rule, team_member_id, 1 FROM team_origins WHERE connection = ?1
             UNION ALL
             SELECT il.user_id, r.name, il.team_member_id, 0 FROM inbound_links il
             JOIN rules r ON r.id = il.rule_id WHERE r.connection = ?1
             ORDER BY 4 DESC",
        )?;
        let rows = stmt.query_map([connection], |r| {
            Ok((
                r.get(0)?,
                Mirror {
                    rule: r.get(1)?,
                    team_member_id: r.get(2)?,
                    rule_deleted: r.get(3)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
