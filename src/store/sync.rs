//! Rows of the sync tables: `links`, `runs`, `journal` (one row per operation, written
//! before it is sent and completed after) and `user_states`.

use rusqlite::{params, OptionalExtension, Row, Transaction};
use serde::Serialize;

use super::{now, Store};
use crate::error::Result;
use crate::sync::plan::{Link, UserState};

/// One run of a rule.
#[derive(Clone, Debug, Serialize)]
pub struct RunRecord {
    pub id: i64,
    pub rule: String,
    pub started_at: i64,
    pub finished_at: Option<i64>,
    /// running, succeeded, partial, stopped, failed, interrupted
    pub outcome: String,
    pub summary: Option<serde_json::Value>,
    pub requests: u64,
    pub error: Option<String>,
}

/// One operation of a run.
#[derive(Clone, Debug, Serialize)]
pub struct JournalEntry {
    pub id: i64,
    pub user_id: String,
    pub email: String,
    pub action: String,
    pub detail: serde_json::Value,
    pub reason: String,
    /// pending, ok, failed
    pub status: String,
    pub error: Option<String>,
    pub updated_at: i64,
}

/// A user's state for a rule.
#[derive(Clone, Debug, Serialize)]
pub struct StateRecord {
    pub rule: String,
    pub user_id: String,
    pub email: String,
    pub state: String,
    pub team_member_id: Option<String>,
    pub error: Option<String>,
    pub run_id: Option<i64>,
    pub updated_at: i64,
}

fn json_column(row: &Row<'_>, i: usize) -> rusqlite::Result<Option<serde_json::Value>> {
    let text: Option<String> = row.get(i)?;
    text.map(|t| {
        serde_json::from_str(&t).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    })
    .transpose()
}

fn run_from_row(row: &Row<'_>) -> rusqlite::Result<RunRecord> {
    Ok(RunRecord {
        id: row.get(0)?,
        rule: row.get(1)?,
        started_at: row.get(2)?,
        finished_at: row.get(3)?,
        outcome: row.get(4)?,
        summary: json_column(row, 5)?,
        requests: row.get(6)?,
        error: row.get(7)?,
    })
}

const RUN_COLUMNS: &str = "id, rule, started_at, finished_at, outcome, summary, requests, error";

impl Store {
    /// The links of every rule on `connection`.
    pub fn links_of_connection(&self, connection: &str) -> Result<Vec<Link>> {
        let mut stmt = self.read().prepare(
            "SELECT r.name, l.user_id, l.team_member_id FROM links l JOIN rules r ON r.name = l.rule
             WHERE r.connection = ?1",
        )?;
        let rows = stmt.query_map([connection], |r| {
            Ok(Link {
                rule: r.get(0)?,
                user_id: r.get(1)?,
                team_member_id: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many members a rule links.
    pub fn links_of_rule(&self, rule: &str) -> Result<u64> {
        Ok(self
            .read()
            .query_row("SELECT count(*) FROM links WHERE rule = ?1", [rule], |r| {
                r.get(0)
            })?)
    }

    pub fn runs(&self, rule: Option<&str>, limit: u32) -> Result<Vec<RunRecord>> {
        let mut stmt = self.read().prepare(&format!(
            "SELECT {RUN_COLUMNS} FROM runs WHERE ?1 IS NULL OR rule = ?1 ORDER BY id DESC LIMIT ?2"
        ))?;
        let rows = stmt.query_map(params![rule, limit], run_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn run(&self, id: i64) -> Result<Option<RunRecord>> {
        Ok(self
            .read()
            .query_row(
                &format!("SELECT {RUN_COLUMNS} FROM runs WHERE id = ?1"),
                [id],
                run_from_row,
            )
            .optional()?)
    }

    pub fn journal(&self, run_id: i64) -> Result<Vec<JournalEntry>> {
        let mut stmt = self.read().prepare(
            "SELECT id, user_id, email, action, detail, reason, status, error, updated_at
             FROM journal WHERE run_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([run_id], |r| {
            Ok(JournalEntry {
                id: r.get(0)?,
                user_id: r.get(1)?,
                email: r.get(2)?,
                action: r.get(3)?,
                detail: json_column(r, 4)?.unwrap_or_default(),
                reason: r.get(5)?,
                status: r.get(6)?,
                error: r.get(7)?,
                updated_at: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn user_states(&self, rule: &str) -> Result<Vec<StateRecord>> {
        let mut stmt = self.read().prepare(
            "SELECT rule, user_id, email, state, team_member_id, error, run_id, updated_at
             FROM user_states WHERE rule = ?1 ORDER BY email",
        )?;
        let rows = stmt.query_map([rule], |r| {
            Ok(StateRecord {
                rule: r.get(0)?,
                user_id: r.get(1)?,
                email: r.get(2)?,
                state: r.get(3)?,
                team_member_id: r.get(4)?,
                error: r.get(5)?,
                run_id: r.get(6)?,
                updated_at: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

pub fn set_link(
    tx: &Transaction<'_>,
    rule: &str,
    user_id: &str,
    team_member_id: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO links (rule, user_id, team_member_id, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (rule, user_id) DO UPDATE SET team_member_id = ?3",
    )?
    .execute(params![rule, user_id, team_member_id, now()])?;
    Ok(())
}

pub fn remove_link(tx: &Transaction<'_>, rule: &str, user_id: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM links WHERE rule = ?1 AND user_id = ?2")?
        .execute(params![rule, user_id])?;
    Ok(())
}

/// Starts a run; runs of the rule still marked running died with their process (the
/// caller holds the rule's lock) and are marked interrupted.
pub fn start_run(tx: &Transaction<'_>, rule: &str) -> Result<i64> {
    tx.execute(
        "UPDATE runs SET outcome = 'interrupted' WHERE rule = ?1 AND outcome = 'running'",
        [rule],
    )?;
    tx.execute(
        "INSERT INTO runs (rule, started_at, outcome) VALUES (?1, ?2, 'running')",
        params![rule, now()],
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn finish_run(
    tx: &Transaction<'_>,
    run_id: i64,
    outcome: &str,
    summary: &serde_json::Value,
    requests: u64,
    error: Option<&str>,
) -> Result<()> {
    tx.execute(
        "UPDATE runs SET finished_at = ?2, outcome = ?3, summary = ?4, requests = ?5, error = ?6 WHERE id = ?1",
        params![run_id, now(), outcome, summary.to_string(), requests, error],
    )?;
    Ok(())
}

/// Journals an operation as pending; returns its id.
pub fn journal_pending(
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

pub fn journal_done(tx: &Transaction<'_>, id: i64, error: Option<&str>) -> Result<()> {
    tx.prepare_cached("UPDATE journal SET status = ?2, error = ?3, updated_at = ?4 WHERE id = ?1")?
        .execute(params![
            id,
            if error.is_some() { "failed" } else { "ok" },
            error,
            now()
        ])?;
    Ok(())
}

/// A user's state as a run leaves it.
#[derive(Clone, Debug)]
pub struct NewState {
    pub user_id: String,
    pub email: String,
    pub state: UserState,
    pub team_member_id: Option<String>,
    pub error: Option<String>,
}

/// Replaces the rule's user states with `states`.
pub fn replace_states(
    tx: &Transaction<'_>,
    rule: &str,
    run_id: i64,
    states: &[NewState],
) -> Result<()> {
    tx.execute("DELETE FROM user_states WHERE rule = ?1", [rule])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO user_states (rule, user_id, email, state, team_member_id, error, run_id, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let t = now();
    for s in states {
        insert.execute(params![
            rule,
            s.user_id,
            s.email,
            s.state.as_str(),
            s.team_member_id,
            s.error,
            run_id,
            t
        ])?;
    }
    Ok(())
}
