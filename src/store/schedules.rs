//! Rows of `schedules`: when each inbound rule runs next (the time of day its first full
//! sync finished, and the last slot it ran for).

use rusqlite::{params, OptionalExtension, Transaction};

use super::db::Store;
use crate::error::Result;
use crate::model::Schedule;

/// The first full sync of an inbound rule finished at `at`: its schedule starts there.
/// Later calls change nothing (manual runs never move the schedule).
pub(crate) fn start_schedule(tx: &Transaction<'_>, rule_id: i64, at: i64) -> Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO schedules (rule_id, anchor, last_slot) VALUES (?1, ?2, ?2)",
        params![rule_id, at],
    )?;
    Ok(())
}

/// A scheduled run took the slot `slot` (and every earlier one).
pub(crate) fn take_slot(tx: &Transaction<'_>, rule_id: i64, slot: i64) -> Result<()> {
    tx.execute(
        "UPDATE schedules SET last_slot = max(last_slot, ?2) WHERE rule_id = ?1",
        params![rule_id, slot],
    )?;
    Ok(())
}

impl Store {
    pub(crate) fn schedule(&self, rule_id: i64) -> Result<Option<Schedule>> {
        Ok(self
            .read()
            .query_row(
                "SELECT anchor, last_slot FROM schedules WHERE rule_id = ?1",
                [rule_id],
                |r| {
                    Ok(Schedule {
                        anchor: r.get(0)?,
                        last_slot: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }
}
