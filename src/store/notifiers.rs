//! Rows of `notifiers` (each one JSON document) and `deliveries` (each notification
//! sent, or not).

use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;

use super::db::{json_column, unique_or, Store};
use crate::error::{Error, Result, Thing};
use crate::model::Notifier;

/// How many deliveries are kept per notifier.
const DELIVERIES_KEPT: i64 = 100;

/// One notification: delivered, or why not.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Delivery {
    pub(crate) notifier: String,
    pub(crate) run_id: Option<i64>,
    /// The rule of the run it told (read back with it; not stored).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) rule: Option<String>,
    pub(crate) event: String,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) at: i64,
    pub(crate) attempts: u32,
    /// Why it was not delivered (`None`: it was).
    pub(crate) error: Option<String>,
}

fn to_json(n: &Notifier) -> String {
    serde_json::to_string(n).expect("a notifier always serializes")
}

pub(crate) fn insert_notifier(tx: &Transaction<'_>, n: &Notifier) -> Result<()> {
    unique_or(
        tx.execute(
            "INSERT INTO notifiers (name, notifier) VALUES (?1, ?2)",
            params![n.name, to_json(n)],
        ),
        || Error::already_exists(Thing::Notifier, &n.name),
    )?;
    Ok(())
}

pub(crate) fn delete_notifier(tx: &Transaction<'_>, name: &str) -> Result<()> {
    tx.execute("DELETE FROM notifiers WHERE name = ?1", [name])?;
    tx.execute("DELETE FROM deliveries WHERE notifier = ?1", [name])?;
    Ok(())
}

/// Records a notification's delivery, keeping the notifier's last [`DELIVERIES_KEPT`].
pub(crate) fn record_delivery(tx: &Transaction<'_>, d: &Delivery) -> Result<()> {
    tx.execute(
        "INSERT INTO deliveries (notifier, run_id, event, at, attempts, error)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![d.notifier, d.run_id, d.event, d.at, d.attempts, d.error],
    )?;
    tx.execute(
        "DELETE FROM deliveries WHERE notifier = ?1 AND id NOT IN
         (SELECT id FROM deliveries WHERE notifier = ?1 ORDER BY id DESC LIMIT ?2)",
        params![d.notifier, DELIVERIES_KEPT],
    )?;
    Ok(())
}

impl Store {
    pub(crate) fn notifiers(&self) -> Result<Vec<Notifier>> {
        let mut stmt = self
            .read()
            .prepare("SELECT notifier FROM notifiers ORDER BY name")?;
        let rows = stmt.query_map([], |r| json_column(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn find_notifier(&self, name: &str) -> Result<Option<Notifier>> {
        Ok(self
            .read()
            .query_row(
                "SELECT notifier FROM notifiers WHERE name = ?1",
                [name],
                |r| json_column(r, 0),
            )
            .optional()?)
    }

    /// Each notifier's last delivery, when it was not delivered.
    pub(crate) fn undelivered(&self) -> Result<Vec<Delivery>> {
        let mut stmt = self.read().prepare(
            "SELECT d.notifier, d.run_id, d.event, d.at, d.attempts, d.error, runs.rule
             FROM deliveries d LEFT JOIN runs ON runs.id = d.run_id
             WHERE d.error IS NOT NULL
               AND d.id = (SELECT MAX(x.id) FROM deliveries x WHERE x.notifier = d.notifier)
             ORDER BY d.notifier",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Delivery {
                notifier: r.get(0)?,
                run_id: r.get(1)?,
                event: r.get(2)?,
                at: r.get(3)?,
                attempts: r.get(4)?,
                error: r.get(5)?,
                rule: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
