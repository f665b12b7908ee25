//! Rows of the sync tables: `links`, `runs`, `journal` (one row per operation, written
//! before it is sent and completed after) and `user_states`.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension, Row, Transaction};
use serde::Serialize;

use super::db::{
    enum_column, is_unique_violation, json_column_opt, now, write_changed, StateTable, Store,
};
use crate::error::Result;
use crate::mapping::WantedStatus;
use crate::model::{JournalStatus, RunOutcome};
use crate::model::{Link, MemberStatus, UserState};

/// One run of a rule.
#[derive(Clone, Debug, Serialize)]
pub struct RunRecord {
    pub id: i64,
    pub rule_id: i64,
    pub rule: String,
    #[serde(with = "crate::model::as_rfc3339")]
    pub started_at: i64,
    #[serde(with = "crate::model::as_rfc3339_opt")]
    pub finished_at: Option<i64>,
    pub outcome: RunOutcome,
    pub summary: Option<serde_json::Value>,
    pub requests: u64,
    pub error: Option<String>,
    /// Its rule was deleted since: the run stays in the history (it records who was
    /// provisioned and removed) until pruned.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub rule_deleted: bool,
}

/// A rule's user states (in state `?2`, if not null) by email: read in the order of the
/// `user_states_email` index, so that a listing holds no rows.
pub(super) const STATES_BY_EMAIL: &str =
    "SELECT r.name, s.user_id, s.email, s.state, s.team_member_id, s.error, s.run_id, s.updated_at,
            s.member_status
     FROM user_states s JOIN rules r ON r.id = s.rule_id
     WHERE s.rule_id = ?1 AND (?2 IS NULL OR s.state = ?2) ORDER BY s.email";

/// What `sync status` shows of a rule's last run.
#[derive(Clone, Debug)]
pub struct LastRun {
    pub finished_at: Option<i64>,
    pub outcome: RunOutcome,
    /// Operations applied, by kind (the summary's `applied`).
    pub applied: Option<serde_json::Value>,
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
    pub status: JournalStatus,
    pub error: Option<String>,
    /// How a later run settled an operation whose outcome was unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(with = "crate::model::as_rfc3339")]
    pub updated_at: i64,
}

/// A user's state for a rule.
#[derive(Clone, Debug, Serialize)]
pub struct StateRecord {
    pub rule: String,
    pub user_id: String,
    pub email: String,
    pub state: UserState,
    pub team_member_id: Option<String>,
    /// Its member's status as the last run left it (`invited`: the person has not
    /// accepted the invitation yet).
    pub member_status: Option<MemberStatus>,
    pub error: Option<String>,
    pub run_id: Option<i64>,
    #[serde(with = "crate::model::as_rfc3339")]
    pub updated_at: i64,
}

/// What claiming a member for a rule's user found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Claim {
    Claimed,
    /// The member already belongs to a user of a rule of the same connection (possibly
    /// this rule, for another user).
    HeldBy {
        rule: String,
        user_id: String,
    },
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
    })
}

const RUN_COLUMNS: &str =
    "id, rule_id, rule, started_at, finished_at, outcome, summary, requests, error,
     NOT EXISTS (SELECT 1 FROM rules WHERE rules.id = runs.rule_id)";

impl Store {
    /// The rules that link the directory user `user_id` to a member, by name.
    pub fn rules_linking(&self, user_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.read().prepare(
            "SELECT r.name FROM links l JOIN rules r ON r.id = l.rule_id
             WHERE l.user_id = ?1 ORDER BY r.name",
        )?;
        let rows = stmt.query_map([user_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The links of every rule on `connection`.
    pub fn links_of_connection(&self, connection: &str) -> Result<Vec<Link>> {
        let mut stmt = self.read().prepare(
            "SELECT r.name, l.user_id, l.team_member_id, l.keeps_external_id, l.invitation_owed
             FROM links l JOIN rules r ON r.id = l.rule_id
             WHERE l.connection = ?1",
        )?;
        let rows = stmt.query_map([connection], |r| {
            Ok(Link {
                rule: r.get(0)?,
                user_id: r.get(1)?,
                team_member_id: r.get(2)?,
                keeps_external_id: r.get(3)?,
                invitation_owed: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The rule's users and the members they are linked to.
    pub fn members_of_rule(&self, rule_id: i64) -> Result<HashMap<String, String>> {
        let mut stmt = self
            .read()
            .prepare("SELECT user_id, team_member_id FROM links WHERE rule_id = ?1")?;
        let rows = stmt.query_map([rule_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The members the rule removed in the last `days` days, and for which of its users:
    /// Dropbox can recover them meanwhile, for whoever carries them once that user is gone.
    pub fn removed_by_rule(&self, rule_id: i64, days: i64) -> Result<HashMap<String, String>> {
        let mut stmt = self.read().prepare(
            "SELECT json_extract(j.detail, '$.team_member_id'), j.user_id
             FROM journal j JOIN runs r ON r.id = j.run_id
             WHERE r.rule_id = ?1 AND j.action = 'remove' AND j.status = 'ok'
               AND j.updated_at >= ?2 AND json_extract(j.detail, '$.team_member_id') IS NOT NULL
             ORDER BY j.id",
        )?;
        let since = now() - days * 86_400;
        let rows = stmt.query_map(params![rule_id, since], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The status the rule's last run wanted each user's member in.
    pub fn last_wanted(&self, rule_id: i64) -> Result<HashMap<String, WantedStatus>> {
        let mut stmt = self.read().prepare(
            "SELECT user_id, wanted_status FROM user_states
             WHERE rule_id = ?1 AND wanted_status IS NOT NULL",
        )?;
        let rows = stmt.query_map([rule_id], |r| {
            let status: String = r.get(1)?;
            Ok((r.get::<_, String>(0)?, status))
        })?;
        let mut wanted = HashMap::new();
        for row in rows {
            let (user, status) = row?;
            if let Some(status) = WantedStatus::parse(&status) {
                wanted.insert(user, status);
            }
        }
        Ok(wanted)
    }

    /// How many members a rule links.
    pub fn links_of_rule(&self, rule_id: i64) -> Result<u64> {
        Ok(self.read().query_row(
            "SELECT count(*) FROM links WHERE rule_id = ?1",
            [rule_id],
            |r| r.get(0),
        )?)
    }

    /// How many of a rule's users are in each state, counted by the database.
    pub fn state_counts(&self, rule_id: i64) -> Result<Vec<(UserState, u64)>> {
        let mut stmt = self.read().prepare_cached(
            "SELECT state, COUNT(*) FROM user_states WHERE rule_id = ?1 GROUP BY state",
        )?;
        let rows = stmt.query_map([rule_id], |r| {
            Ok((enum_column(r, 0, UserState::parse)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Why a rule's users failed, the most common cause first, with how many share it
    /// (at most `limit` causes).
    pub fn failure_causes(&self, rule_id: i64, limit: u32) -> Result<Vec<(String, u64)>> {
        let mut stmt = self.read().prepare_cached(
            "SELECT COALESCE(error, ''), COUNT(*) FROM user_states
             WHERE rule_id = ?1 AND state = 'failed'
             GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![rule_id, limit], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The latest run of a rule that went through (succeeded, or partial: some users
    /// failed), with what it applied read out of its summary by the database (a summary
    /// can list 100,000 operations).
    pub fn last_completed_run(&self, rule_id: i64) -> Result<Option<LastRun>> {
        Ok(self
            .read()
            .query_row(
                "SELECT finished_at, outcome, json_extract(summary, '$.applied') FROM runs
                 WHERE rule_id = ?1 AND outcome IN ('succeeded', 'partial')
                 ORDER BY id DESC LIMIT 1",
                [rule_id],
                |r| {
                    Ok(LastRun {
                        finished_at: r.get(0)?,
                        outcome: enum_column(r, 1, RunOutcome::parse)?,
                        applied: json_column_opt(r, 2)?,
                    })
                },
            )
            .optional()?)
    }

    /// The id a deleted rule named `name` had (the newest, if several had the name), as
    /// its runs in the history know it.
    pub fn deleted_rule_id(&self, name: &str) -> Result<Option<i64>> {
        Ok(self.read().query_row(
            "SELECT MAX(rule_id) FROM runs WHERE rule = ?1 COLLATE NOCASE
             AND rule_id NOT IN (SELECT id FROM rules)",
            [name],
            |r| r.get(0),
        )?)
    }

    pub fn runs(&self, rule_id: Option<i64>, limit: u32) -> Result<Vec<RunRecord>> {
        let mut stmt = self.read().prepare(&format!(
            "SELECT {RUN_COLUMNS} FROM runs WHERE ?1 IS NULL OR rule_id = ?1 ORDER BY id DESC LIMIT ?2"
        ))?;
        let rows = stmt.query_map(params![rule_id, limit], run_from_row)?;
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

    /// Hands each operation of a run to `f` as it is read (a run can have 100,000).
    pub fn each_journal_entry<E: From<crate::error::Error>>(
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

    /// Operations of earlier runs of a rule whose outcome is not known and that no run
    /// settled yet (pending rows of runs that died, unknown rows of runs that stopped
    /// early). The caller holds the rule's lock: a run still marked running is dead.
    pub fn unsettled(&self, rule_id: i64) -> Result<Vec<JournalEntry>> {
        let mut stmt = self.read().prepare(
            "SELECT j.id, j.user_id, j.email, j.action, j.detail, j.reason, j.status, j.error, j.note, j.updated_at
             FROM journal j JOIN runs x ON x.id = j.run_id
             WHERE x.rule_id = ?1 AND j.note IS NULL AND j.status IN ('pending', 'unknown')
             ORDER BY j.id",
        )?;
        let rows = stmt.query_map([rule_id], journal_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Hands each of a rule's user states (in `state` only, if given) to `f` as it is
    /// read, by email.
    pub fn each_user_state<E: From<crate::error::Error>>(
        &self,
        rule_id: i64,
        state: Option<UserState>,
        f: impl FnMut(StateRecord) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let params = params![rule_id, state.map(|s| s.as_str())];
        self.each_row(STATES_BY_EMAIL, params, state_from_row, f)
    }
}

fn state_from_row(r: &Row<'_>) -> rusqlite::Result<StateRecord> {
    Ok(StateRecord {
        rule: r.get(0)?,
        user_id: r.get(1)?,
        email: r.get(2)?,
        state: enum_column(r, 3, UserState::parse)?,
        team_member_id: r.get(4)?,
        member_status: r
            .get::<_, Option<String>>(8)?
            .and_then(|s| MemberStatus::parse(&s)),
        error: r.get(5)?,
        run_id: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

fn journal_from_row(r: &Row<'_>) -> rusqlite::Result<JournalEntry> {
    Ok(JournalEntry {
        id: r.get(0)?,
        user_id: r.get(1)?,
        email: r.get(2)?,
        action: r.get(3)?,
        detail: json_column_opt(r, 4)?.unwrap_or_default(),
        reason: r.get(5)?,
        status: enum_column(r, 6, JournalStatus::parse)?,
        error: r.get(7)?,
        note: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

/// Links a rule's user to a member, unless a user of a rule of the same connection holds
/// it already: the unique index on (connection, member) decides, inside the caller's
/// transaction, so two runs can never both claim one member. `keeps_external_id`: the
/// member's external id is another tool's, left as it is.
pub fn claim_link(
    tx: &Transaction<'_>,
    rule: &LinkOwner<'_>,
    user_id: &str,
    team_member_id: &str,
    keeps_external_id: bool,
) -> Result<Claim> {
    let inserted = tx
        .prepare_cached(
            "INSERT INTO links (rule_id, connection, user_id, team_member_id, created_at, keeps_external_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (rule_id, user_id) DO UPDATE SET team_member_id = excluded.team_member_id,
                 keeps_external_id = excluded.keeps_external_id",
        )?
        .execute(params![
            rule.id,
            rule.connection,
            user_id,
            team_member_id,
            now(),
            keeps_external_id
        ]);
    match inserted {
        Ok(_) => Ok(Claim::Claimed),
        Err(e) if is_unique_violation(&e) => {
            let (rule, user_id) = tx.query_row(
                "SELECT r.name, l.user_id FROM links l JOIN rules r ON r.id = l.rule_id
                 WHERE l.connection = ?1 AND l.team_member_id = ?2",
                params![rule.connection, team_member_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            Ok(Claim::HeldBy { rule, user_id })
        }
        Err(e) => Err(e.into()),
    }
}

/// The rule a link is written for.
#[derive(Clone, Copy, Debug)]
pub struct LinkOwner<'a> {
    pub id: i64,
    pub connection: &'a str,
}

/// Whether the member of a rule's user is owed a new invitation.
pub fn set_invitation_owed(
    tx: &Transaction<'_>,
    rule_id: i64,
    user_id: &str,
    owed: bool,
) -> Result<()> {
    tx.prepare_cached("UPDATE links SET invitation_owed = ?3 WHERE rule_id = ?1 AND user_id = ?2")?
        .execute(params![rule_id, user_id, owed])?;
    Ok(())
}

pub fn remove_link(tx: &Transaction<'_>, rule_id: i64, user_id: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM links WHERE rule_id = ?1 AND user_id = ?2")?
        .execute(params![rule_id, user_id])?;
    Ok(())
}

/// Starts a run. Runs of the rule still marked running died with their process (the
/// caller holds the rule's lock): they are marked interrupted, and what they had sent
/// without an answer becomes unknown.
pub fn start_run(
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
pub fn count_requests(tx: &Transaction<'_>, run_id: i64, requests: u64) -> Result<()> {
    tx.prepare_cached("UPDATE runs SET requests = ?2 WHERE id = ?1")?
        .execute(params![run_id, requests])?;
    Ok(())
}

pub fn finish_run(
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
pub fn fail_run(tx: &Transaction<'_>, run_id: i64, error: &str) -> Result<()> {
    tx.execute(
        "UPDATE runs SET finished_at = ?2, outcome = 'failed', error = ?3
         WHERE id = ?1 AND outcome = 'running'",
        params![run_id, now(), error],
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
            "UPDATE runs SET started_at = ?2 WHERE id = ?1",
            params![run_id, started_at],
        )?;
        tx.execute("DELETE FROM runs WHERE id = ?1", [id])?;
    }
    tx.execute(
        "UPDATE journal SET status = 'unknown' WHERE run_id = ?1 AND status = 'pending'",
        [run_id],
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

pub fn journal_done(
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
pub fn journal_settle(
    tx: &Transaction<'_>,
    id: i64,
    status: JournalStatus,
    note: &str,
) -> Result<()> {
    tx.prepare_cached("UPDATE journal SET status = ?2, note = ?3, updated_at = ?4 WHERE id = ?1")?
        .execute(params![id, status.as_str(), note, now()])?;
    Ok(())
}

/// A user's state as a run leaves it.
#[derive(Clone, Debug)]
pub struct NewState {
    pub user_id: String,
    pub email: String,
    pub state: UserState,
    pub team_member_id: Option<String>,
    pub member_status: Option<MemberStatus>,
    pub error: Option<String>,
    /// The status the run wanted the member in (outbound).
    pub wanted_status: Option<WantedStatus>,
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
pub struct Pruned {
    pub runs: u64,
    pub journal_rows: u64,
}

/// Deletes (with `apply`; else only counts) the runs [`PRUNABLE`] names, and their
/// journals.
pub fn prune_runs(
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

const USER_STATES: StateTable = StateTable {
    keys: "SELECT user_id FROM user_states WHERE rule_id = ?1",
    upsert: "INSERT INTO user_states (rule_id, user_id, email, state, team_member_id, error, run_id, updated_at, member_status, wanted_status)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT (rule_id, user_id) DO UPDATE SET
                 email = excluded.email, state = excluded.state,
                 team_member_id = excluded.team_member_id, error = excluded.error,
                 run_id = excluded.run_id, updated_at = excluded.updated_at,
                 member_status = excluded.member_status, wanted_status = excluded.wanted_status
             WHERE (email, state, team_member_id, error, member_status, wanted_status)
                 IS NOT (excluded.email, excluded.state, excluded.team_member_id, excluded.error,
                         excluded.member_status, excluded.wanted_status)",
    delete: "DELETE FROM user_states WHERE rule_id = ?1 AND user_id = ?2",
};

/// Makes the rule's user states `states`, writing only those that changed (a state as
/// it was keeps the run and time that set it).
pub fn replace_states(
    tx: &Transaction<'_>,
    rule_id: i64,
    run_id: i64,
    states: &[NewState],
) -> Result<()> {
    let t = now();
    let rows = states.iter().map(|s| {
        let params = vec![
            Value::Integer(rule_id),
            Value::Text(s.user_id.clone()),
            Value::Text(s.email.clone()),
            Value::Text(s.state.as_str().into()),
            s.team_member_id.clone().into(),
            s.error.clone().into(),
            Value::Integer(run_id),
            Value::Integer(t),
            s.member_status.map(|m| m.as_str().to_string()).into(),
            s.wanted_status.map(|w| w.as_str().to_string()).into(),
        ];
        (s.user_id.clone(), params)
    });
    write_changed(tx, &USER_STATES, rule_id, rows)
}
