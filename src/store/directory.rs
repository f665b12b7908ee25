//! Rows of the directory: `users`, `groups`, `group_members`, `populations`.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, OptionalExtension, Row, Transaction};

use super::db::{json_column, now, unique_or, Store};
use crate::error::{Error, Result, Thing};
use crate::model::{Group, Population, User};

/// Which users a listing returns.
#[derive(Clone, Debug, Default)]
pub(crate) struct UserFilter {
    pub(crate) population: Option<String>,
    pub(crate) group: Option<String>,
}

const USER_SELECT: &str = "SELECT u.id, u.username, u.email, u.given_name, u.surname, u.enabled,
        p.name, u.attributes,
        (SELECT r.name FROM inbound_links il JOIN rules r ON r.id = il.rule_id WHERE il.user_id = u.id),
        u.created_at, u.updated_at,
        (SELECT group_concat(g.name, char(31)) FROM group_members m JOIN groups g ON g.id = m.group_id
          WHERE m.user_id = u.id)
    FROM users u JOIN populations p ON p.id = u.population_id";

fn user_from_row(row: &Row<'_>) -> rusqlite::Result<User> {
    let groups: Option<String> = row.get(11)?;
    let mut groups: Vec<String> = groups
        .map(|g| g.split('\u{1f}').map(str::to_string).collect())
        .unwrap_or_default();
    groups.sort_by_key(|g| g.to_lowercase());
    Ok(User {
        id: row.get(0)?,
        username: row.get(1)?,
        email: row.get(2)?,
        given_name: row.get(3)?,
        surname: row.get(4)?,
        enabled: row.get(5)?,
        population: row.get(6)?,
        attributes: json_column(row, 7)?,
        provenance: row.get(8)?,
        created_at: row.get(9)?,
        updated_at: row.get(10)?,
        groups,
    })
}

impl Store {
    pub(crate) fn users(&self, filter: &UserFilter) -> Result<Vec<User>> {
        let sql = format!(
            "{USER_SELECT} WHERE (?1 IS NULL OR p.name = ?1)
               AND (?2 IS NULL OR u.id IN (SELECT m.user_id FROM group_members m
                                           JOIN groups g ON g.id = m.group_id WHERE g.name = ?2))
             ORDER BY u.email"
        );
        let mut stmt = self.read().prepare(&sql)?;
        let rows = stmt.query_map(params![filter.population, filter.group], user_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The ids of every directory user.
    pub(crate) fn user_ids(&self) -> Result<HashSet<String>> {
        let mut stmt = self.read().prepare("SELECT id FROM users")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The users whose id, email or username (in that order of preference) is `key`.
    pub(crate) fn find_users(&self, key: &str) -> Result<Vec<User>> {
        let mut stmt = self.read().prepare(&format!(
            "{USER_SELECT} WHERE u.id = ?1 OR u.email = ?1 OR u.username = ?1
             ORDER BY u.id = ?1 DESC, u.email = ?1 DESC"
        ))?;
        let rows = stmt.query_map([key], user_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn populations(&self) -> Result<Vec<Population>> {
        let mut stmt = self.read().prepare(
            "SELECT p.name, (SELECT count(*) FROM users u WHERE u.population_id = p.id), p.created_at
             FROM populations p ORDER BY p.name",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Population {
                name: r.get(0)?,
                users: r.get(1)?,
                created_at: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn groups(&self) -> Result<Vec<Group>> {
        let mut stmt = self.read().prepare(
            "SELECT g.id, g.name, (SELECT count(*) FROM group_members m WHERE m.group_id = g.id),
                    g.created_at, g.updated_at
             FROM groups g ORDER BY g.name",
        )?;
        let rows = stmt.query_map([], group_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every group's members: group id -> user ids.
    pub(crate) fn memberships(&self) -> Result<HashMap<String, HashSet<String>>> {
        let mut stmt = self
            .read()
            .prepare("SELECT group_id, user_id FROM group_members")?;
        let mut map: HashMap<String, HashSet<String>> = HashMap::new();
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
        for row in rows {
            let (group, user) = row?;
            map.entry(group).or_default().insert(user);
        }
        Ok(map)
    }

    pub(crate) fn find_group(&self, name: &str) -> Result<Option<Group>> {
        Ok(self
            .read()
            .query_row(
                "SELECT g.id, g.name, (SELECT count(*) FROM group_members m WHERE m.group_id = g.id),
                        g.created_at, g.updated_at
                 FROM groups g WHERE g.name = ?1",
                [name],
                group_from_row,
            )
            .optional()?)
    }
}

fn group_from_row(r: &Row<'_>) -> rusqlite::Result<Group> {
    Ok(Group {
        id: r.get(0)?,
        name: r.get(1)?,
        members: r.get(2)?,
        created_at: r.get(3)?,
        updated_at: r.get(4)?,
    })
}

/// Population ids by lower-cased name, for writes that name populations.
pub(crate) fn population_ids(tx: &Transaction<'_>) -> Result<HashMap<String, i64>> {
    let mut stmt = tx.prepare("SELECT name, id FROM populations")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?.to_lowercase(), r.get(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Group ids by lower-cased name.
pub(crate) fn group_ids(tx: &Transaction<'_>) -> Result<HashMap<String, String>> {
    let mut stmt = tx.prepare("SELECT name, id FROM groups")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?.to_lowercase(), r.get(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn insert_population(tx: &Transaction<'_>, name: &str) -> Result<i64> {
    unique_or(
        tx.execute(
            "INSERT INTO populations (name, created_at) VALUES (?1, ?2)",
            params![name, now()],
        ),
        || Error::already_exists(Thing::Population, name),
    )?;
    Ok(tx.last_insert_rowid())
}

pub(crate) fn delete_population(tx: &Transaction<'_>, name: &str) -> Result<()> {
    tx.execute("DELETE FROM populations WHERE name = ?1", [name])?;
    Ok(())
}

fn user_conflict(user: &User) -> Error {
    Error::DuplicateUser {
        email: user.email.clone(),
        username: user.username.clone(),
    }
}

/// Inserts or replaces a user row (not its groups, nor its provenance, which is its
/// inbound link). `population_id` must exist.
pub(crate) fn upsert_user(tx: &Transaction<'_>, user: &User, population_id: i64) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO users (id, username, email, given_name, surname, enabled, population_id,
                            attributes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (id) DO UPDATE SET username = ?2, email = ?3, given_name = ?4, surname = ?5,
             enabled = ?6, population_id = ?7, attributes = ?8, updated_at = ?10",
    )?;
    let attributes = serde_json::to_string(&user.attributes).expect("strings serialize");
    let result = stmt.execute(params![
        user.id,
        user.username,
        user.email,
        user.given_name,
        user.surname,
        user.enabled,
        population_id,
        attributes,
        user.created_at,
        user.updated_at,
    ]);
    unique_or(result, || user_conflict(user))?;
    Ok(())
}

/// Makes the user a member of exactly `group_ids`.
pub(crate) fn set_user_groups(
    tx: &Transaction<'_>,
    user_id: &str,
    group_ids: &[String],
) -> Result<()> {
    tx.prepare_cached("DELETE FROM group_members WHERE user_id = ?1")?
        .execute([user_id])?;
    let mut add = tx.prepare_cached(
        "INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?1, ?2)",
    )?;
    for g in group_ids {
        add.execute([g, user_id])?;
    }
    Ok(())
}

/// Gives a user a placeholder email and username, unique by its id, inside a transaction
/// that then writes its real ones: how users that swap addresses pass the unique indexes.
pub(crate) fn park_identity(tx: &Transaction<'_>, user_id: &str) -> Result<()> {
    tx.prepare_cached(
        "UPDATE users SET email = 'parked.' || id || '@invalid', username = 'parked.' || id
         WHERE id = ?1",
    )?
    .execute([user_id])?;
    Ok(())
}

pub(crate) fn delete_user(tx: &Transaction<'_>, user_id: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM users WHERE id = ?1")?
        .execute([user_id])?;
    Ok(())
}

pub(crate) fn insert_group(tx: &Transaction<'_>, id: &str, name: &str) -> Result<()> {
    let t = now();
    unique_or(
        tx.execute(
            "INSERT INTO groups (id, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            params![id, name, t],
        ),
        || Error::already_exists(Thing::Group, name),
    )?;
    Ok(())
}

pub(crate) fn rename_group(tx: &Transaction<'_>, id: &str, new_name: &str) -> Result<()> {
    unique_or(
        tx.execute(
            "UPDATE groups SET name = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, new_name, now()],
        ),
        || Error::already_exists(Thing::Group, new_name),
    )?;
    Ok(())
}

pub(crate) fn delete_group(tx: &Transaction<'_>, id: &str) -> Result<()> {
    tx.execute("DELETE FROM groups WHERE id = ?1", [id])?;
    Ok(())
}

/// Adds (`member = true`) or removes a membership; returns whether anything changed.
pub(crate) fn set_membership(
    tx: &Transaction<'_>,
    group_id: &str,
    user_id: &str,
    member: bool,
) -> Result<bool> {
    let n = if member {
        tx.prepare_cached(
            "INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?1, ?2)",
        )?
        .execute([group_id, user_id])?
    } else {
        tx.prepare_cached("DELETE FROM group_members WHERE group_id = ?1 AND user_id = ?2")?
            .execute([group_id, user_id])?
    };
    Ok(n > 0)
}
