//! Rows of `held_plans`: the plan of a run the deletion guard stopped, kept so that
//! `sync approve` can apply exactly it, and the run that did. A pruned run's goes with it.

use rusqlite::{params, OptionalExtension, Transaction};

use super::db::Store;
use crate::error::Result;

/// A stopped run's plan, and the run that applied it once approved.
#[derive(Clone, Debug)]
pub(crate) struct HeldPlanRow {
    pub(crate) plan: serde_json::Value,
    pub(crate) approved_by: Option<i64>,
}

/// Keeps the plan of the stopped run `run_id`.
pub(crate) fn hold_plan(tx: &Transaction<'_>, run_id: i64, plan: &serde_json::Value) -> Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO held_plans (run_id, plan) VALUES (?1, ?2)",
        params![run_id, plan.to_string()],
    )?;
    Ok(())
}

/// Records that run `by` applied the plan run `run_id` held.
pub(crate) fn mark_approved(tx: &Transaction<'_>, run_id: i64, by: i64) -> Result<()> {
    tx.execute(
        "UPDATE held_plans SET approved_by = ?2 WHERE run_id = ?1",
        params![run_id, by],
    )?;
    Ok(())
}

impl Store {
    /// The plan the stopped run `run_id` holds, if it holds one.
    pub(crate) fn held_plan(&self, run_id: i64) -> Result<Option<HeldPlanRow>> {
        let row = self
            .read()
            .query_row(
                "SELECT plan, approved_by FROM held_plans WHERE run_id = ?1",
                [run_id],
                |r| Ok((r.get::<_, String>(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(row.map(|(plan, approved_by)| HeldPlanRow {
            plan: serde_json::from_str(&plan).unwrap_or_default(),
            approved_by,
        }))
    }

    /// The first run of rule `rule_id` after run `run_id` (other than run `except`, the
    /// one asking): a stopped run's plan is superseded by it.
    pub(crate) fn run_after(
        &self,
        rule_id: i64,
        run_id: i64,
        except: Option<i64>,
    ) -> Result<Option<i64>> {
        Ok(self
            .read()
            .query_row(
                "SELECT id FROM runs WHERE rule_id = ?1 AND id > ?2 AND id IS NOT ?3
                 ORDER BY id LIMIT 1",
                params![rule_id, run_id, except],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Whether run `run_id` holds a plan, and the run that applied it (cheap: for the
    /// history's stopped runs).
    pub(crate) fn held_state(&self, run_id: i64) -> Result<Option<Option<i64>>> {
        Ok(self
            .read()
            .query_row(
                "SELECT approved_by FROM held_plans WHERE run_id = ?1",
                [run_id],
                |r| r.get(0),
            )
            .optional()?)
    }
}
