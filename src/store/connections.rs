//! Rows of the `connections` table.

use rusqlite::{params, params_from_iter, OptionalExtension, Row, Transaction};

use super::db::{enum_column, json_column, json_column_opt, unique_or, Store};
use crate::error::{Error, Result, Thing};
use crate::model::{
    Connection, ConnectionKind, ConnectionStatus, GrantedScopes, SecretStoreKind, TestRecord,
};

const COLUMNS: &str = "name, description, service_uri, token_endpoint, client_id, enabled, \
                       actions, status, last_test, created_at, updated_at, secret_store, scopes, team_id, kind, ldap";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Connection> {
    Ok(Connection {
        name: row.get(0)?,
        description: row.get(1)?,
        service_uri: row.get(2)?,
        token_endpoint: row.get(3)?,
        client_id: row.get(4)?,
        enabled: row.get(5)?,
        actions: json_column(row, 6)?,
        status: enum_column(row, 7, ConnectionStatus::parse)?,
        last_test: json_column_opt(row, 8)?,
        created_at: row.get(9)?,
        updated_at: row.get(10)?,
        secret_store: row
            .get::<_, Option<String>>(11)?
            .and_then(|s| SecretStoreKind::parse(&s)),
        scopes: json_column_opt::<StoredScopes>(row, 12)?.map(StoredScopes::into_scopes),
        team_id: row.get(13)?,
        kind: enum_column(row, 14, ConnectionKind::parse)?,
        ldap: json_column_opt(row, 15)?,
    })
}

/// [`GrantedScopes`] as the database keeps them: with the token fingerprint, which the
/// value's own serialization (what `--json` shows) leaves out.
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredScopes {
    token: String,
    #[serde(flatten)]
    scopes: GrantedScopes,
}

impl StoredScopes {
    fn of(scopes: &GrantedScopes) -> String {
        to_json(&StoredScopes {
            token: scopes.token.clone(),
            scopes: scopes.clone(),
        })
    }

    fn into_scopes(self) -> GrantedScopes {
        GrantedScopes {
            token: self.token,
            ..self.scopes
        }
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("plain data always serializes")
}

impl Store {
    pub(crate) fn connections(&self) -> Result<Vec<Connection>> {
        let mut stmt = self
            .read()
            .prepare(&format!("SELECT {COLUMNS} FROM connections ORDER BY name"))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn find_connection(&self, name: &str) -> Result<Option<Connection>> {
        Ok(self
            .read()
            .query_row(
                &format!("SELECT {COLUMNS} FROM connections WHERE name = ?1"),
                [name],
                from_row,
            )
            .optional()?)
    }

    pub(crate) fn connection(&self, name: &str) -> Result<Connection> {
        match self.find_connection(name)? {
            Some(c) => Ok(c),
            None => {
                let all = self.connections()?;
                let names = all.iter().map(|c| c.name.as_str());
                Err(Error::not_found_among(Thing::Connection, name, names))
            }
        }
    }
}

/// Every column of a row, in the order of `COLUMNS` (`?1` is the name).
fn row_values(c: &Connection) -> [Box<dyn rusqlite::ToSql + '_>; 16] {
    [
        Box::new(&c.name),
        Box::new(&c.description),
        Box::new(&c.service_uri),
        Box::new(&c.token_endpoint),
        Box::new(&c.client_id),
        Box::new(c.enabled),
        Box::new(to_json(&c.actions)),
        Box::new(c.status.as_str()),
        Box::new(c.last_test.as_ref().map(to_json)),
        Box::new(c.created_at),
        Box::new(c.updated_at),
        Box::new(c.secret_store.map(SecretStoreKind::as_str)),
        Box::new(c.scopes.as_ref().map(StoredScopes::of)),
        Box::new(&c.team_id),
        Box::new(c.kind.as_str()),
        Box::new(c.ldap.as_ref().map(to_json)),
    ]
}

/// Inserts a new connection; a name taken (case-insensitively) is a config error, and so
/// is a team another connection reaches.
pub(crate) fn insert_connection(tx: &Transaction<'_>, c: &Connection) -> Result<()> {
    if let Some(team) = &c.team_id {
        refuse_second_connection(tx, &c.name, team)?;
    }
    let result = tx.execute(
        &format!("INSERT INTO connections ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"),
        params_from_iter(row_values(c)),
    );
    unique_or(result, || connection_exists(&c.name))?;
    Ok(())
}

/// Records the Dropbox team a connection reaches (read by a test or a run).
pub(crate) fn record_team(tx: &Transaction<'_>, name: &str, team_id: &str) -> Result<()> {
    refuse_second_connection(tx, name, team_id)?;
    tx.execute(
        "UPDATE connections SET team_id = ?2 WHERE name = ?1",
        params![name, team_id],
    )?;
    Ok(())
}

/// A team has one connection: its rules claim members per connection, so rules of two
/// connections to one team would both manage the same members.
fn refuse_second_connection(tx: &Transaction<'_>, name: &str, team_id: &str) -> Result<()> {
    let other: Option<String> = tx
        .query_row(
            "SELECT name FROM connections WHERE team_id = ?1 AND name != ?2",
            params![team_id, name],
            |r| r.get(0),
        )
        .optional()?;
    match other {
        Some(other) => Err(Error::SecondConnectionToTeam {
            connection: name.to_string(),
            team_id: team_id.to_string(),
            other,
        }),
        None => Ok(()),
    }
}

pub(crate) fn connection_exists(name: &str) -> Error {
    Error::already_exists(Thing::Connection, name)
}

/// Writes every field of an existing connection (found by name) but its creation time.
pub(crate) fn update_connection(tx: &Transaction<'_>, c: &Connection) -> Result<()> {
    let n = tx.execute(
        "UPDATE connections SET description = ?2, service_uri = ?3, token_endpoint = ?4,
             client_id = ?5, enabled = ?6, actions = ?7, status = ?8, last_test = ?9,
             updated_at = ?11, secret_store = ?12, scopes = ?13, team_id = ?14, ldap = ?16
         WHERE name = ?1",
        params_from_iter(row_values(c)),
    )?;
    if n == 0 {
        return Err(Error::not_found(Thing::Connection, &c.name));
    }
    Ok(())
}

/// Records a test outcome without touching anything else (a test may run long after
/// the connection was read, while an update happened).
pub(crate) fn record_connection_test(
    tx: &Transaction<'_>,
    name: &str,
    status: ConnectionStatus,
    record: &TestRecord,
) -> Result<()> {
    tx.execute(
        "UPDATE connections SET status = ?2, last_test = ?3 WHERE name = ?1",
        params![name, status.as_str(), to_json(record)],
    )?;
    Ok(())
}

/// Records what is now known of the scopes of a connection's refresh token, touching
/// nothing else.
pub(crate) fn record_granted_scopes(
    tx: &Transaction<'_>,
    name: &str,
    scopes: &GrantedScopes,
) -> Result<()> {
    tx.execute(
        "UPDATE connections SET scopes = ?2 WHERE name = ?1",
        params![name, StoredScopes::of(scopes)],
    )?;
    Ok(())
}

pub(crate) fn delete_connection(tx: &Transaction<'_>, name: &str) -> Result<bool> {
    Ok(tx.execute("DELETE FROM connections WHERE name = ?1", [name])? > 0)
}

/// A run authenticated with the connection's credentials: it is valid, whatever an
/// earlier test said.
pub(crate) fn mark_connection_valid(tx: &Transaction<'_>, name: &str) -> Result<()> {
    tx.execute(
        "UPDATE connections SET status = 'valid' WHERE name = ?1",
        [name],
    )?;
    Ok(())
}
