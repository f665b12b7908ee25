//! The totals the metrics file counts, summed by the database over the history: runs
//! by outcome with their requests and 429s, and journaled operations by kind and result.

use super::db::Store;
use crate::error::Result;

/// A rule's runs of one outcome, and what they cost.
#[derive(Clone, Debug)]
pub(crate) struct RunTotals {
    pub(crate) rule_id: i64,
    pub(crate) outcome: String,
    pub(crate) runs: u64,
    pub(crate) requests: u64,
    pub(crate) rate_limited: u64,
}

/// A rule's journaled operations of one kind and result.
#[derive(Clone, Debug)]
pub(crate) struct OperationTotals {
    pub(crate) rule_id: i64,
    pub(crate) operation: String,
    pub(crate) result: String,
    pub(crate) count: u64,
}

impl Store {
    /// Every rule's runs still in the history, by outcome, a streak of identical
    /// failures kept as one row counted for each attempt (a run's 429s are in its
    /// summary).
    pub(crate) fn run_totals(&self) -> Result<Vec<RunTotals>> {
        let mut stmt = self.read().prepare_cached(
            "SELECT rule_id, outcome, SUM(attempts), SUM(requests),
                    SUM(COALESCE(json_extract(summary, '$.rate_limited'), 0))
             FROM runs GROUP BY rule_id, outcome",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(RunTotals {
                rule_id: r.get(0)?,
                outcome: r.get(1)?,
                runs: r.get(2)?,
                requests: r.get(3)?,
                rate_limited: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every rule's journaled operations still in the history, by kind and result.
    pub(crate) fn operation_totals(&self) -> Result<Vec<OperationTotals>> {
        let mut stmt = self.read().prepare_cached(
            "SELECT runs.rule_id, journal.action, journal.status, COUNT(*)
             FROM journal JOIN runs ON runs.id = journal.run_id
             GROUP BY runs.rule_id, journal.action, journal.status",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(OperationTotals {
                rule_id: r.get(0)?,
                operation: r.get(1)?,
                result: r.get(2)?,
                count: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
