//! Rows of `runs` and `journal`: each run of a rule with its outcome and summary, and
//! each of its operations (written before it is sent and completed after); pruning the
//! old ones.

use rusqlite::{params, OptionalExtension, Row, Transaction};
use serde::Serialize;

use super::db::{enum_column, json_column_opt, now, Store};
use crate::error::Result;
use crate::model::{FailureCause, JournalStatus, RecentRun, RunOutcome};

/// One run of a rule.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct RunRecord {
    pub(crate) id: i64,
    pub(crate) rule_id: i64,
    pub(crate) rule: String,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) started_at: i64,
    #[serde(with = "crate::model::as_rfc3339_opt")]
    pub(crate) finished_at: Option<i64>,
    pub(crate) outcome: RunOutcome,
    pub(crate) summary: Option<serde_json::Value>,
    pub(crate) requests: u64,
    pub(crate) error: Option<String>,
    /// Attempts the row stands for: a streak of identical failures is kept as one row.
    #[serde(skip_serializing_if = "is_one")]
    pub(crate) attempts: u32,
    /// Its rule was deleted since: the run stays in the history (it records who was
    /// provisioned and removed) until pruned.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub(crate) rule_deleted: bool,
    /// A run the guard stopped, whose plan was kept: awaiting approval, approved, or
    /// superseded (filled by `ops::history`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) approval: Option<crate::model::Approval>,
}

/// What `sync status` shows of a rule's last run.
#[derive(Clone, Debug)]
pub(crate) struct LastRun {
    pub(crate) finished_at: Option<i64>,
    /// Operations applied, by kind (the summary's `applied`).
    pub(crate) applied: Option<serde_json::Value>,
    /// Members it found changed outside dbxprov (the summary's `changed_outside`).
    pub(crate) changed_outside: u64,
}

/// One operation of a run.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct JournalEntry {
    pub(crate) id: i64,
    pub(crate) user_id: String,
    pub(crate) email: String,
    pub(crate) action: String,
    pub(crate) detail: serde_json::Value,
    pub(crate) reason: String,
    /// What it changed, old -> new (the `diff` of its detail; none in rows written
    /// before it was kept).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) changes: Vec<crate::model::Change>,
    pub(crate) status: JournalStatus,
    pub(crate) error: Option<String>,
    /// How a later run settled an operation whose outcome was unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) note: Option<String>,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) updated_at: i64,
}

fn run_from_row(row: &Row<'_>) -> rusqlite::Result<RunRecord> {
    Ok(RunRecord {
        id: row.get(0)?,
        rule_id: row.get(1)?,
        rule: row.get(2)?,
        started_at: row.get(3)?,
        finished_at: row.get(4)?,
        outcome: enum_column(row, 5, RunOutcome::parse)?,
        summary: json_column_opt(row, 6)?,
        requests: row.get(7)?,
        error: row.get(8)?,
        rule_deleted: row.get(9)?,
        attempts: row.get(10)?,
        approval: None,
    })
}

const RUN_COLUMNS: &str =
    "id, rule_id, rule, started_at, finished_at, outcome, summary, requests, error,
     NOT EXISTS (SELECT 1 FROM rules WHERE rules.id = runs.rule_id), attempts";

fn is_one(n: &u32) -> bool {
    *n == 1
}

fn journal_from_row(r: &Row<'_>) -> rusqlite::Result<JournalEntry> {
    let mut detail: serde_json::Value = json_column_opt(r, 4)?.unwrap_or_default();
    let changes = detail
        .as_object_mut()
        .and_then(|o| o.remove("diff"))
        .and_then(|diff| serde_json::from_value(diff).ok())
        .unwrap_or_default();
    Ok(JournalEntry {
        id: r.get(0)?,
        user_id: r.get(1)?,
        email: r.get(2)?,
        action: r.get(3)?,
        detail,
        reason: r.get(5)?,
        changes,
        status: enum_column(r, 6, JournalStatus::parse)?,
        error: r.get(7)?,
        note: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

/// Starts a run. Runs of the rule still marked running died with their process (the
/// caller holds the rule's lock): they are marked interrupted, and what they had sent
/// without an answer becomes unknown.
pub(crate) fn start_run(
    tx: &Transaction<'_>,
    rule_id: i64,
    rule_name: &str,
    requests: u64,
) -> Result<i64> {
    tx.execute(
        "UPDATE journal SET status = 'unknown' WHERE status = 'pending'
         AND run_id IN (SELECT id FROM runs WHERE rule_id = ?1 AND outcome = 'running')",
        [rule_id],
    )?;
    tx.execute(
        "UPDATE runs SET outcome = 'interrupted' WHERE rule_id = ?1 AND outcome = 'running'",
        [rule_id],
    )?;
    tx.execute(
        "INSERT INTO runs (rule_id, rule, started_at, outcome, requests)
         VALUES (?1, ?2, ?3, 'running', ?4)",
        params![rule_id, rule_name, now(), requests],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Keeps a running run's request count current, so a run that dies still shows it.
pub(crate) fn count_requests(tx: &Transaction<'_>, run_id: i64, requests: u64) -> Result<()> {
    tx.prepare_cached("UPDATE runs SET requests = ?2 WHERE id = ?1")?
        .execute(params![run_id, requests])?;
    Ok(())
}

pub(crate) fn finish_run(
    tx: &Transaction<'_>,
    run_id: i64,
    outcome: RunOutcome,
    summary: &serde_json::Value,
    requests: u64,
    error: Option<&str>,
) -> Result<()> {
    tx.execute(
        "UPDATE runs SET finished_at = ?2, outcome = ?3, summary = ?4, requests = ?5, error = ?6 WHERE id = ?1",
        params![run_id, now(), outcome.as_str(), summary.to_string(), requests, error],
    )?;
    // Whatever was sent and never answered when the run ended is unknown, not failed.
    tx.execute(
        "UPDATE journal SET status = 'unknown' WHERE run_id = ?1 AND status = 'pending'",
        [run_id],
    )?;
    Ok(())
}

/// Ends a run that stopped on an error before it could report, unless it was ended
/// already (an error after its end changes nothing of it). A streak of identical
/// failures (cron every 5 minutes against a revoked token) is one row, from the first
/// attempt to the last: it must not push the real runs out of the history.
pub(crate) fn fail_run(
    tx: &Transaction<'_>,
    run_id: i64,
    error: &str,
    cause: Option<FailureCause>,
) -> Result<()> {
    tx.execute(
        "UPDATE runs SET finished_at = ?2, outcome = 'failed', error = ?3
         WHERE id = ?1 AND outcome = 'running'",
        params![run_id, now(), error],
    )?;
    // Also of a run that recorded its report before it stopped (an outage half-way).
    tx.execute(
        "UPDATE runs SET cause = ?2 WHERE id = ?1",
        params![run_id, cause.map(FailureCause::as_str)],
    )?;
    let previous: Option<(i64, i64)> = tx
        .query_row(
            "SELECT p.id, p.started_at FROM runs p JOIN runs r ON r.id = ?1
             WHERE p.rule_id = r.rule_id AND p.id < r.id AND r.summary IS NULL
             ORDER BY p.id DESC LIMIT 1",
            [run_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let repeated = match previous {
        Some((id, _)) => tx.query_row(
            "SELECT outcome = 'failed' AND summary IS NULL AND error = ?2
                    AND NOT EXISTS (SELECT 1 FROM journal WHERE run_id = ?1)
             FROM runs WHERE id = ?1",
            params![id, error],
            |r| r.get::<_, bool>(0),
        )?,
        None => false,
    };
    if let (true, Some((id, started_at))) = (repeated, previous) {
        tx.execute(
            "UPDATE runs SET started_at = ?2,
                    attempts = 1 + (SELECT attempts FROM runs WHERE id = ?3)
             WHERE id = ?1",
            params![run_id, started_at, id],
        )?;
        tx.execute("DELETE FROM runs WHERE id = ?1", [id])?;
    }
    tx.execute(
        "UPDATE journal SET status = 'unknown' WHERE run_id = ?1 AND status = 'pending'",
        [run_id],
    )?;
    Ok(())
}

/// An operation's journal detail: its action's JSON, and under `diff` what it changes,
/// old -> new (a key that older versions, and settling an unknown outcome, ignore;
/// [`JournalEntry::changes`] when read back).
pub(crate) fn detail_with_changes(
    action: serde_json::Value,
    changes: &[crate::model::Change],
) -> serde_json::Value {
    let mut detail = action;
    if let (Some(object), false) = (detail.as_object_mut(), changes.is_empty()) {
        object.insert("diff".into(), serde_json::json!(changes));
    }
    detail
}

/// Journals an operation as pending; returns its id.
pub(crate) fn journal_pending(
    tx: &Transaction<'_>,
    run_id: i64,
    user_id: &str,
    email: &str,
    action: &str,
    detail: &serde_json::Value,
    reason: &str,
) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO journal (run_id, user_id, email, action, detail, reason, status, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7)",
    )?
    .execute(params![
        run_id,
        user_id,
        email,
        action,
        detail.to_string(),
        reason,
        now()
    ])?;
    Ok(tx.last_insert_rowid())
}

/// A journal entry for a write whose outcome is known as it is recorded (a directory
/// write in the run's own transaction): one row, never pending.
pub(crate) struct Written<'a> {
    pub(crate) user_id: &'a str,
    pub(crate) email: &'a str,
    pub(crate) action: &'a str,
    /// JSON.
    pub(crate) detail: &'a str,
    pub(crate) reason: &'a str,
    pub(crate) status: JournalStatus,
    pub(crate) error: Option<&'a str>,
}

pub(crate) fn journal_written(tx: &Transaction<'_>, run_id: i64, w: &Written<'_>) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO journal (run_id, user_id, email, action, detail, reason, status, error, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        run_id,
        w.user_id,
        w.email,
        w.action,
        w.detail,
        w.reason,
        w.status.as_str(),
        w.error,
        now()
    ])?;
    Ok(())
}

pub(crate) fn journal_done(
    tx: &Transaction<'_>,
    id: i64,
    status: JournalStatus,
    error: Option<&str>,
) -> Result<()> {
    tx.prepare_cached("UPDATE journal SET status = ?2, error = ?3, updated_at = ?4 WHERE id = ?1")?
        .execute(params![id, status.as_str(), error, now()])?;
    Ok(())
}

/// Settles an operation of an earlier run whose outcome was unknown.
pub(crate) fn journal_settle(
    tx: &Transaction<'_>,
    id: i64,
    status: JournalStatus,
    note: &str,
) -> Result<()> {
    tx.prepare_cached("UPDATE journal SET status = ?2, note = ?3, updated_at = ?4 WHERE id = ?1")?
        .execute(params![id, status.as_str(), note, now()])?;
    Ok(())
}

/// The runs beyond the newest `?2` of each rule (of rule `?1`, or every rule when it is
/// null) that may go: finished, with no operation whose outcome a later run must still
/// settle.
const PRUNABLE: &str = "
    SELECT id FROM (
        SELECT x.id, x.outcome,
               ROW_NUMBER() OVER (PARTITION BY x.rule_id ORDER BY x.id DESC) AS newer
        FROM runs x WHERE ?1 IS NULL OR x.rule_id = ?1
    ) r
    WHERE r.newer > ?2 AND r.outcome != 'running'
      AND NOT EXISTS (SELECT 1 FROM journal j
                      WHERE j.run_id = r.id AND j.status IN ('pending', 'unknown'))";

/// What pruning the history removed (or would).
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub(crate) struct Pruned {
    pub(crate) runs: u64,
    pub(crate) journal_rows: u64,
}

/// Deletes (with `apply`; else only counts) the runs [`PRUNABLE`] names, and their
/// journals.
pub(crate) fn prune_runs(
    tx: &Transaction<'_>,
    rule_id: Option<i64>,
    keep: u32,
    apply: bool,
) -> Result<Pruned> {
    let (runs, journal_rows): (u64, u64) = tx.query_row(
        &format!(
            "SELECT COUNT(*), (SELECT COUNT(*) FROM journal WHERE run_id IN ({PRUNABLE}))
             FROM ({PRUNABLE})"
        ),
        params![rule_id, keep],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if apply {
        // The journal goes with its run (ON DELETE CASCADE).
        tx.execute(
            &format!("DELETE FROM runs WHERE id IN ({PRUNABLE})"),
            params![rule_id, keep],
        )?;
    }
    Ok(Pruned { runs, journal_rows })
}

impl Store {
    /// The latest run of a rule that went through (succeeded, or partial: some users
    /// failed), with what it applied read out of its summary by the database (a summary
    /// can list 100,000 operations).
    pub(crate) fn last_completed_run(&self, rule_id: i64) -> Result<Option<LastRun>> {
        Ok(self
            .read()
            .query_row(
                "SELECT finished_at, outcome, json_extract(summary, '$.applied'),
                        coalesce(json_extract(summary, '$.changed_outside'), 0) FROM runs
                 WHERE rule_id = ?1 AND outcome IN ('succeeded', 'partial')
                 ORDER BY id DESC LIMIT 1",
                [rule_id],
                |r| {
                    Ok(LastRun {
                        finished_at: r.get(0)?,
                        applied: json_column_opt(r, 2)?,
                        changed_outside: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    /// The outcome and error of the rule's run before run `run_id`, if there is one.
    pub(crate) fn run_before(
        &self,
        rule_id: i64,
        run_id: i64,
    ) -> Result<Option<(RunOutcome, Option<String>)>> {
        let row: Option<(String, Option<String>)> = self
            .read()
            .query_row(
                "SELECT outcome, error FROM runs WHERE rule_id = ?1 AND id < ?2
                 ORDER BY id DESC LIMIT 1",
                params![rule_id, run_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(row.and_then(|(o, e)| Some((RunOutcome::parse(&o)?, e))))
    }

    /// The newest run's id in the history (0 when there is none): runs started after
    /// it have larger ids.
    pub(crate) fn newest_run_id(&self) -> Result<i64> {
        Ok(self
            .read()
            .query_row("SELECT COALESCE(MAX(id), 0) FROM runs", [], |r| r.get(0))?)
    }

    /// The newest run of rule `rule_id` up to run `id`, if any.
    pub(crate) fn run_up_to(&self, rule_id: i64, id: i64) -> Result<Option<RunRecord>> {
        Ok(self
            .read()
            .query_row(
                &format!(
                    "SELECT {RUN_COLUMNS} FROM runs WHERE rule_id = ?1 AND id <= ?2
                     ORDER BY id DESC LIMIT 1"
                ),
                params![rule_id, id],
                run_from_row,
            )
            .optional()?)
    }

    /// The runs of rule `rule_id` after run `after`, oldest first.
    pub(crate) fn runs_after(&self, rule_id: i64, after: i64) -> Result<Vec<RunRecord>> {
        let mut stmt = self.read().prepare(&format!(
            "SELECT {RUN_COLUMNS} FROM runs WHERE rule_id = ?1 AND id > ?2 ORDER BY id"
        ))?;
        let rows = stmt.query_map(params![rule_id, after], run_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// What quarantine reads of the rule's last `limit` finished runs, newest first
    /// (see [`crate::model::quarantine`]).
    pub(crate) fn recent_runs(&self, rule_id: i64, limit: u32) -> Result<Vec<RecentRun>> {
        let mut stmt = self.read().prepare_cached(
            "SELECT cause, attempts, finished_at FROM runs
             WHERE rule_id = ?1 AND outcome <> 'running' ORDER BY id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![rule_id, limit], |r| {
            let cause: Option<String> = r.get(0)?;
            Ok(RecentRun {
                cause: cause.as_deref().and_then(FailureCause::parse),
                attempts: r.get(1)?,
                finished_at: r.get::<_, Option<i64>>(2)?.unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The id a deleted rule named `name` had (the newest, if several had the name), as
    /// its runs in the history know it.
    pub(crate) fn deleted_rule_id(&self, name: &str) -> Result<Option<i64>> {
        Ok(self.read().query_row(
            "SELECT MAX(rule_id) FROM runs WHERE rule = ?1 COLLATE NOCASE
             AND rule_id NOT IN (SELECT id FROM rules)",
            [name],
            |r| r.get(0),
        )?)
    }

    pub(crate) fn runs(&self, rule_id: Option<i64>, limit: u32) -> Result<Vec<RunRecord>> {
        let mut stmt = self.read().prepare(&format!(
            "SELECT {RUN_COLUMNS} FROM runs WHERE ?1 IS NULL OR rule_id = ?1 ORDER BY id DESC LIMIT ?2"
        ))?;
        let rows = stmt.query_map(params![rule_id, limit], run_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn run(&self, id: i64) -> Result<Option<RunRecord>> {
        Ok(self
            .read()
            .query_row(
                &format!("SELECT {RUN_COLUMNS} FROM runs WHERE id = ?1"),
                [id],
                run_from_row,
            )
            .optional()?)
    }

    /// Hands each operation of a run to `f` as it is read (a run can have 100,000).
    pub(crate) fn each_journal_entry<E: From<crate::error::Error>>(
        &self,
        run_id: i64,
        f: impl FnMut(JournalEntry) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        self.each_row(
            "SELECT id, user_id, email, action, detail, reason, status, error, note, updated_at
             FROM journal WHERE run_id = ?1 ORDER BY id",
            [run_id],
            journal_from_row,
            f,
        )
    }

    /// The last `limit` operations a rule's runs journaled for one user, newest first,
    /// each with its run's id.
    pub(crate) fn journal_of_user(
        &self,
        rule_id: i64,
        user_id: &str,
        limit: u32,
    ) -> Result<Vec<(i64, JournalEntry)>> {
        let mut stmt = self.read().prepare(
            "SELECT j.id, j.user_id, j.email, j.action, j.detail, j.reason, j.status, j.error, j.note, j.updated_at, j.run_id
             FROM journal j JOIN runs x ON x.id = j.run_id
             WHERE x.rule_id = ?1 AND j.user_id = ?2
             ORDER BY j.id DESC LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![rule_id, user_id, limit], |r| {
            Ok((r.get(10)?, journal_from_row(r)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Operations of earlier runs of a rule whose outcome is not known and that no run
    /// settled yet (pending rows of runs that died, unknown rows of runs that stopped
    /// early). The caller holds the rule's lock: a run still marked running is dead.
    pub(crate) fn unsettled(&self, rule_id: i64) -> Result<Vec<JournalEntry>> {
        let mut stmt = self.read().prepare(
            "SELECT j.id, j.user_id, j.email, j.action, j.detail, j.reason, j.status, j.error, j.note, j.updated_at
             FROM journal j JOIN runs x ON x.id = j.run_id
             WHERE x.rule_id = ?1 AND j.note IS NULL AND j.status IN ('pending', 'unknown')
             ORDER BY j.id",
        )?;
        let rows = stmt.query_map([rule_id], journal_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
