//! Rows of the `rules` table. The columns that other tables and queries select on are
//! columns; the rest of a rule is one JSON document (`spec`).

use rusqlite::{params, OptionalExtension, Row, Transaction};

use super::db::{json_column, now, unique_or, Store};
use crate::error::{Error, Result, Thing};
use crate::model::Rule;

fn rule_from_row(row: &Row<'_>) -> rusqlite::Result<Rule> {
    let mut rule: Rule = json_column(row, 1)?;
    rule.id = row.get(0)?;
    Ok(rule)
}

fn spec(rule: &Rule) -> String {
    serde_json::to_string(rule).expect("plain data always serializes")
}

impl Store {
    pub(crate) fn rules(&self) -> Result<Vec<Rule>> {
        let mut stmt = self
            .read()
            .prepare("SELECT id, spec FROM rules ORDER BY name")?;
        let rows = stmt.query_map([], rule_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn find_rule(&self, name: &str) -> Result<Option<Rule>> {
        Ok(self
            .read()
            .query_row(
                "SELECT id, spec FROM rules WHERE name = ?1",
                [name],
                rule_from_row,
            )
            .optional()?)
    }

    pub(crate) fn rule(&self, name: &str) -> Result<Rule> {
        match self.find_rule(name)? {
            Some(rule) => Ok(rule),
            None => {
                let all = self.rules()?;
                let names = all.iter().map(|r| r.name.as_str());
                Err(Error::not_found_among(Thing::Rule, name, names))
            }
        }
    }
}

/// Inserts a new rule; returns its id.
pub(crate) fn insert_rule(tx: &Transaction<'_>, rule: &Rule) -> Result<i64> {
    let result = tx.execute(
        "INSERT INTO rules (name, connection, enabled, spec, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            rule.name,
            rule.connection,
            rule.enabled,
            spec(rule),
            rule.created_at,
            rule.updated_at
        ],
    );
    unique_or(result, || Error::already_exists(Thing::Rule, &rule.name))?;
    Ok(tx.last_insert_rowid())
}

pub(crate) fn update_rule(tx: &Transaction<'_>, rule: &Rule) -> Result<()> {
    tx.execute(
        "UPDATE rules SET connection = ?2, enabled = ?3, spec = ?4, updated_at = ?5 WHERE id = ?1",
        params![
            rule.id,
            rule.connection,
            rule.enabled,
            spec(rule),
            rule.updated_at
        ],
    )?;
    Ok(())
}

/// Deletes a rule; its links, states and run history go with it (foreign keys).
/// Deletes a rule with its links, states and runs. The users an inbound rule brought in
/// and that stay in the directory keep where they came from (`team_origins`).
pub(crate) fn delete_rule(tx: &Transaction<'_>, id: i64) -> Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO team_origins (connection, team_member_id, user_id, rule, created_at)
         SELECT r.connection, il.team_member_id, il.user_id, r.name, ?2
         FROM inbound_links il JOIN rules r ON r.id = il.rule_id WHERE il.rule_id = ?1",
        params![id, now()],
    )?;
    // Its groups stay in the directory, no longer the rule's.
    tx.execute("DELETE FROM inbound_groups WHERE rule_id = ?1", [id])?;
    tx.execute("DELETE FROM rules WHERE id = ?1", [id])?;
    Ok(())
}
