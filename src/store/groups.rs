//! Rows of the `group_links` and `group_states` tables: which rule owns which Dropbox
//! group (claimed under a unique index, as member links are), and how each of a rule's
//! groups stands after its last run.

use rusqlite::types::Value;
use rusqlite::{params, Row, Transaction};
use serde::Serialize;

use super::db::{enum_column, is_unique_violation, now, write_changed, StateTable, Store};
use super::links::LinkOwner;
use crate::error::Result;
use crate::model::{GroupLink, GroupState};

/// The outcome of claiming a Dropbox group for a rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum GroupClaim {
    Claimed,
    /// A rule of the same connection owns it already.
    HeldBy {
        rule: String,
    },
}

/// A group's state for a rule, as `sync status --groups` shows it.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct GroupStateRow {
    /// The rule the state is for.
    pub(crate) rule: String,
    /// The directory group's id.
    pub(crate) group: String,
    pub(crate) name: String,
    pub(crate) state: GroupState,
    pub(crate) dropbox_group_id: Option<String>,
    pub(crate) members: u64,
    pub(crate) error: Option<String>,
    pub(crate) run_id: Option<i64>,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) updated_at: i64,
}

/// A group's state as a run leaves it.
#[derive(Clone, Debug)]
pub(crate) struct NewGroupState {
    pub(crate) group: String,
    pub(crate) name: String,
    pub(crate) state: GroupState,
    pub(crate) dropbox_group_id: Option<String>,
    pub(crate) members: u64,
    pub(crate) error: Option<String>,
    /// The Dropbox group's members as the run left it (JSON array of team member ids).
    pub(crate) member_ids: Option<String>,
}

/// An outbound rule's Dropbox group as its last run left it.
#[derive(Clone, Debug)]
pub(crate) struct GroupMirrorRow {
    pub(crate) name: String,
    pub(crate) dropbox_group_id: String,
    pub(crate) member_ids: Vec<String>,
}

fn state_from_row(r: &Row<'_>) -> rusqlite::Result<GroupStateRow> {
    Ok(GroupStateRow {
        group: r.get(0)?,
        name: r.get(1)?,
        state: enum_column(r, 2, GroupState::parse)?,
        dropbox_group_id: r.get(3)?,
        members: r.get(4)?,
        error: r.get(5)?,
        run_id: r.get(6)?,
        updated_at: r.get(7)?,
        rule: r.get(8)?,
    })
}

impl Store {
    /// The rule's Dropbox groups whose members its last run recorded.
    pub(crate) fn group_mirror_of_rule(&self, rule_id: i64) -> Result<Vec<GroupMirrorRow>> {
        let mut stmt = self.read().prepare(
            "SELECT name, dropbox_group_id, member_ids FROM group_states
             WHERE rule_id = ?1 AND dropbox_group_id IS NOT NULL AND member_ids IS NOT NULL
             ORDER BY name",
        )?;
        let rows = stmt.query_map([rule_id], |r| {
            let ids: String = r.get(2)?;
            Ok(GroupMirrorRow {
                name: r.get(0)?,
                dropbox_group_id: r.get(1)?,
                member_ids: serde_json::from_str(&ids).unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Store {
    /// How many Dropbox groups a rule created or adopted.
    pub(crate) fn group_links_of_rule(&self, rule_id: i64) -> Result<u64> {
        Ok(self.read().query_row(
            "SELECT count(*) FROM group_links WHERE rule_id = ?1",
            [rule_id],
            |r| r.get(0),
        )?)
    }

    /// The group links of every rule of a connection.
    pub(crate) fn group_links_of_connection(&self, connection: &str) -> Result<Vec<GroupLink>> {
        let mut stmt = self.read().prepare(
            "SELECT r.name, g.directory_group_id, g.dropbox_group_id, g.adopted
             FROM group_links g JOIN rules r ON r.id = g.rule_id WHERE g.connection = ?1",
        )?;
        let rows = stmt.query_map([connection], |r| {
            Ok(GroupLink {
                rule: r.get(0)?,
                directory_group_id: r.get(1)?,
                dropbox_group_id: r.get(2)?,
                adopted: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn group_states(&self, rule_id: i64) -> Result<Vec<GroupStateRow>> {
        let mut stmt = self.read().prepare(
            "SELECT s.directory_group_id, s.name, s.state, s.dropbox_group_id, s.members,
                    s.error, s.run_id, s.updated_at, r.name
             FROM group_states s JOIN rules r ON r.id = s.rule_id
             WHERE s.rule_id = ?1 ORDER BY s.name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([rule_id], state_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Claims a Dropbox group for a rule's directory group, unless a rule of the same
/// connection owns it: the unique index on (connection, group) decides, in the caller's
/// transaction, so two rules never both own one group.
pub(crate) fn claim_group_link(
    tx: &Transaction<'_>,
    rule: &LinkOwner<'_>,
    directory_group_id: &str,
    dropbox_group_id: &str,
    adopted: bool,
) -> Result<GroupClaim> {
    let inserted = tx
        .prepare_cached(
            "INSERT INTO group_links
                 (rule_id, connection, directory_group_id, dropbox_group_id, adopted, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (rule_id, directory_group_id) DO UPDATE
                 SET dropbox_group_id = excluded.dropbox_group_id, adopted = excluded.adopted",
        )?
        .execute(params![
            rule.id,
            rule.connection,
            directory_group_id,
            dropbox_group_id,
            adopted,
            now()
        ]);
    match inserted {
        Ok(_) => Ok(GroupClaim::Claimed),
        Err(e) if is_unique_violation(&e) => {
            let rule = tx.query_row(
                "SELECT r.name FROM group_links g JOIN rules r ON r.id = g.rule_id
                 WHERE g.connection = ?1 AND g.dropbox_group_id = ?2",
                params![rule.connection, dropbox_group_id],
                |r| r.get(0),
            )?;
            Ok(GroupClaim::HeldBy { rule })
        }
        Err(e) => Err(e.into()),
    }
}

pub(crate) fn remove_group_link(
    tx: &Transaction<'_>,
    rule_id: i64,
    dropbox_group_id: &str,
) -> Result<()> {
    tx.prepare_cached("DELETE FROM group_links WHERE rule_id = ?1 AND dropbox_group_id = ?2")?
        .execute(params![rule_id, dropbox_group_id])?;
    Ok(())
}

/// Replaces a rule's group states with those a run leaves.
const GROUP_STATES: StateTable = StateTable {
    keys: "SELECT directory_group_id FROM group_states WHERE rule_id = ?1",
    upsert: "INSERT INTO group_states (rule_id, directory_group_id, name, state, dropbox_group_id,
                                      members, error, run_id, updated_at, member_ids)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (rule_id, directory_group_id) DO UPDATE SET
                 name = excluded.name, state = excluded.state,
                 dropbox_group_id = excluded.dropbox_group_id, members = excluded.members,
                 error = excluded.error, member_ids = excluded.member_ids,
                 run_id = CASE WHEN (name, state, dropbox_group_id, members, error)
                     IS NOT (excluded.name, excluded.state, excluded.dropbox_group_id,
                             excluded.members, excluded.error)
                     THEN excluded.run_id ELSE run_id END,
                 updated_at = CASE WHEN (name, state, dropbox_group_id, members, error)
                     IS NOT (excluded.name, excluded.state, excluded.dropbox_group_id,
                             excluded.members, excluded.error)
                     THEN excluded.updated_at ELSE updated_at END
             WHERE (name, state, dropbox_group_id, members, error, member_ids)
                 IS NOT (excluded.name, excluded.state, excluded.dropbox_group_id,
                         excluded.members, excluded.error, excluded.member_ids)",
    delete: "DELETE FROM group_states WHERE rule_id = ?1 AND directory_group_id = ?2",
};

/// Makes the rule's group states `states`, writing only those that changed.
pub(crate) fn replace_group_states(
    tx: &Transaction<'_>,
    rule_id: i64,
    run_id: i64,
    states: &[NewGroupState],
) -> Result<()> {
    let t = now();
    let rows = states.iter().map(|s| {
        let params = vec![
            Value::Integer(rule_id),
            Value::Text(s.group.clone()),
            Value::Text(s.name.clone()),
            Value::Text(s.state.as_str().into()),
            s.dropbox_group_id.clone().into(),
            Value::Integer(s.members as i64),
            s.error.clone().into(),
            Value::Integer(run_id),
            Value::Integer(t),
            s.member_ids.clone().into(),
        ];
        (s.group.clone(), params)
    });
    write_changed(tx, &GROUP_STATES, rule_id, rows)
}
