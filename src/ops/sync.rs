//! `sync run`, `sync status`, `sync history`, `sync show`: one outbound run reads the
//! scope and the team, plans, stops at the deletion guard, applies, and records per-user
//! states and the run's outcome.

use std::collections::BTreeMap;
use std::fs::OpenOptions;
use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;

use super::connection::client_settings;
use super::rule::{blocked_by_connection, scope, Scope};
use super::Context;
use crate::dropbox::members::Status;
use crate::dropbox::Client;
use crate::error::{Error, ErrorKind, Result};
use crate::mapping::{Mapper, MappingError};
use crate::model::Rule;
use crate::store::{self, NewState, RunRecord};
use crate::sync::execute::{execute, Job, Progress};
use crate::sync::plan::{
    self, Desired, Guard, Member, MemberStatus, Operation, UserState, Verdict,
};

/// How `sync run` runs.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub dry_run: bool,
    pub allow_deletes: Option<u64>,
    pub concurrency: usize,
    /// The rule is being deleted with deprovisioning: every member it links is
    /// deprovisioned with the connection's remove action, whatever the scope, the
    /// deprovision setting and the deletion limit (the admin asked for exactly that).
    pub deprovision_all: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct FailedItem {
    pub email: String,
    pub user_id: String,
    pub action: String,
    pub error: String,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct StateCounts {
    pub synced: u64,
    pub unsynced: u64,
    pub partially_synced: u64,
    pub failed: u64,
}

/// What one run of one rule did (or, dry, would do).
#[derive(Clone, Debug, Serialize)]
pub struct RunReport {
    pub rule: String,
    pub connection: String,
    pub run_id: Option<i64>,
    pub dry_run: bool,
    /// succeeded, partial, stopped, failed, dry_run
    pub outcome: String,
    pub users_in_scope: usize,
    pub members_read: usize,
    /// Operations by kind: planned, and (not dry) succeeded.
    pub planned: BTreeMap<String, u64>,
    pub applied: BTreeMap<String, u64>,
    pub failures: Vec<FailedItem>,
    pub states: StateCounts,
    pub guard: Guard,
    /// The plan itself (dry runs).
    pub operations: Vec<Operation>,
    pub requests: u64,
    pub duration_ms: u64,
}

/// Held while a rule runs; a second run of the same rule gets exit code 7.
struct RuleLock {
    _file: std::fs::File,
}

fn lock_rule(ctx: &Context, rule: &str) -> Result<RuleLock> {
    let dir = ctx.store.home().join("locks");
    std::fs::create_dir_all(&dir)
        .map_err(|e| Error::internal(format!("cannot create {}", dir.display())).with_source(e))?;
    let path = dir.join(format!("rule-{}.lock", rule.to_lowercase()));
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::internal(format!("cannot open {}", path.display())).with_source(e))?;
    match file.try_lock() {
        Ok(()) => Ok(RuleLock { _file: file }),
        Err(std::fs::TryLockError::WouldBlock) => Err(Error::new(
            ErrorKind::Locked,
            format!("another run of rule {rule:?} is in progress"),
        )
        .with_hint("wait for it to finish; `dbxprov sync history` shows runs")),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(Error::internal(format!("cannot lock {}", path.display())).with_source(e))
        }
    }
}

fn members_for_plan(members: Vec<crate::dropbox::members::TeamMember>) -> Vec<Member> {
    members
        .into_iter()
        .filter_map(|m| {
            let status = match m.status {
                Status::Active => MemberStatus::Active,
                Status::Invited => MemberStatus::Invited,
                Status::Suspended => MemberStatus::Suspended,
                Status::Other(_) => MemberStatus::Other,
                // Removed members are no longer in the team.
                Status::Removed => return None,
            };
            Some(Member {
                team_member_id: m.team_member_id,
                email: m.email,
                given_name: m.given_name,
                surname: m.surname,
                external_id: m.external_id,
                status,
            })
        })
        .collect()
}

/// Runs one rule.
pub async fn run(
    ctx: &mut Context,
    rule_name: &str,
    options: &RunOptions,
    progress: &dyn Progress,
) -> Result<RunReport> {
    let started = Instant::now();
    let rule = ctx.store.rule(rule_name)?;
    let checked = Rule {
        // A disabled rule can still be deleted with deprovisioning.
        enabled: rule.enabled || options.deprovision_all,
        ..rule.clone()
    };
    if let Some(reason) = blocked_by_connection(ctx, &checked)? {
        return Err(Error::config(format!(
            "rule {:?} does not run: {reason}",
            rule.name
        )));
    }
    let _lock = lock_rule(ctx, &rule.name)?;
    let connection = ctx.store.connection(&rule.connection)?;
    let client = Arc::new(Client::new(
        client_settings(ctx, &connection)?,
        ctx.observer.clone(),
    ));

    let mapper = Mapper::new(&rule.mappings)?;
    let reached = if options.deprovision_all {
        Scope::default()
    } else {
        scope(ctx, &rule)?
    };
    let mut actions = connection.actions.clone();
    actions.deprovision_users |= options.deprovision_all;
    let allow_deletes = if options.deprovision_all {
        Some(u64::MAX)
    } else {
        options.allow_deletes
    };
    let mut desired: Vec<Desired> = reached
        .users
        .iter()
        .map(|u| Desired {
            user_id: u.id.clone(),
            email: u.email.clone(),
            profile: mapper.profile(u),
        })
        .collect();
    desired.extend(reached.failed.iter().map(|(u, e)| Desired {
        user_id: u.id.clone(),
        email: u.email.clone(),
        profile: Err(MappingError {
            attribute: "filter",
            expression: rule.filter.clone().unwrap_or_default(),
            message: e.clone(),
        }),
    }));

    progress.begin("reading the team", 0);
    let members = client
        .list_members()
        .await
        .map_err(|e| e.for_connection(&connection.name))?;
    progress.end();
    let members = members_for_plan(members);
    let links = ctx.store.links_of_connection(&connection.name)?;
    let plan = plan::plan(&plan::Input {
        rule: &rule.name,
        desired: &desired,
        members: &members,
        links: &links,
        actions: &actions,
        limit: rule.max_deletes,
        allow_deletes,
    });

    let mut planned: BTreeMap<String, u64> = BTreeMap::new();
    for op in &plan.operations {
        *planned.entry(op.action.kind().to_string()).or_default() += 1;
    }
    let mut report = RunReport {
        rule: rule.name.clone(),
        connection: connection.name.clone(),
        run_id: None,
        dry_run: options.dry_run,
        outcome: String::new(),
        users_in_scope: reached.users.len() + reached.failed.len(),
        members_read: members.len(),
        planned,
        applied: BTreeMap::new(),
        failures: Vec::new(),
        states: StateCounts::default(),
        guard: plan.guard.clone(),
        operations: Vec::new(),
        requests: 0,
        duration_ms: 0,
    };
    let guard_error = || {
        let g = &plan.guard;
        Error::new(
            ErrorKind::Safety,
            if g.empty_scope {
                format!(
                    "rule {:?} has no users in scope but {} linked members: stopped before deprovisioning any; nothing was applied",
                    rule.name, g.linked
                )
            } else {
                format!(
                    "rule {:?} would deprovision {} of its {} linked members, more than its limit of {}; nothing was applied",
                    rule.name, g.deprovisions, g.linked, g.allowed
                )
            },
        )
        .with_hint(format!(
            "check the plan with `dbxprov sync run {} --dry-run`; if it is right, run again with --allow-deletes {}",
            rule.name, g.deprovisions
        ))
    };

    if options.dry_run {
        report.outcome = if plan.guard.tripped {
            "stopped"
        } else {
            "dry_run"
        }
        .into();
        report.states = count_states(plan.verdicts.iter().map(|v| v.state));
        report.failures = plan_failures(&plan.verdicts).collect();
        report.operations = plan.operations;
        report.requests = client.requests();
        report.duration_ms = started.elapsed().as_millis() as u64;
        if plan.guard.tripped {
            return Err(guard_error());
        }
        return Ok(report);
    }

    let run_id = ctx.store.write(|tx| store::start_run(tx, &rule.name))?;
    report.run_id = Some(run_id);
    if plan.guard.tripped {
        let error = guard_error();
        report.outcome = "stopped".into();
        report.requests = client.requests();
        let summary = serde_json::to_value(&report).unwrap_or_default();
        ctx.store.write(|tx| {
            store::finish_run(
                tx,
                run_id,
                "stopped",
                &summary,
                report.requests,
                Some(error.message()),
            )
        })?;
        return Err(error);
    }

    let job = Job {
        rule: &rule.name,
        run_id,
        actions: &actions,
        concurrency: options.concurrency,
    };
    let execution = execute(
        &mut ctx.store,
        client.clone(),
        &job,
        plan.operations,
        progress,
    )
    .await?;

    // States: the plan's verdicts, turned Failed by the operations that failed.
    let mut failed_ops: BTreeMap<String, String> = BTreeMap::new();
    let mut states: Vec<NewState> = Vec::new();
    for op in &execution.not_started {
        let kind = op.action.kind().to_string();
        report.failures.push(FailedItem {
            email: op.email.clone(),
            user_id: op.user_id.clone(),
            action: kind,
            error: "not applied: the run stopped early".into(),
        });
    }
    for a in &execution.applied {
        let kind = a.operation.action.kind().to_string();
        match &a.error {
            None => *report.applied.entry(kind).or_default() += 1,
            Some(e) => report.failures.push(FailedItem {
                email: a.operation.email.clone(),
                user_id: a.operation.user_id.clone(),
                action: kind,
                error: e.clone(),
            }),
        }
    }
    // Every failed operation of a user, in its state's error.
    for f in &report.failures {
        let entry = failed_ops.entry(f.user_id.clone()).or_default();
        if !entry.is_empty() {
            entry.push_str("; ");
        }
        entry.push_str(&format!("{}: {}", f.action, f.error));
    }
    let created: BTreeMap<&str, &str> = execution
        .applied
        .iter()
        .filter(|a| a.error.is_none())
        .filter_map(|a| Some((a.operation.user_id.as_str(), a.team_member_id.as_deref()?)))
        .collect();
    let mut in_scope = std::collections::HashSet::new();
    for v in &plan.verdicts {
        in_scope.insert(v.user_id.clone());
        let (state, error) = match failed_ops.remove(&v.user_id) {
            Some(e) => (UserState::Failed, Some(e)),
            None => (v.state, v.reason.clone()),
        };
        states.push(NewState {
            user_id: v.user_id.clone(),
            email: v.email.clone(),
            state,
            team_member_id: v
                .team_member_id
                .clone()
                .or_else(|| created.get(v.user_id.as_str()).map(|m| m.to_string())),
            error,
        });
    }
    report.failures.extend(plan_failures(&plan.verdicts));
    // Deprovisions that failed: the user is out of scope but still shown, Failed.
    for (user_id, error) in failed_ops {
        if !in_scope.contains(&user_id) {
            let email = report
                .failures
                .iter()
                .find(|f| f.user_id == user_id)
                .map(|f| f.email.clone())
                .unwrap_or_default();
            states.push(NewState {
                user_id,
                email,
                state: UserState::Failed,
                team_member_id: None,
                error: Some(error),
            });
        }
    }
    report.states = count_states(states.iter().map(|s| s.state));
    report.requests = client.requests();
    report.duration_ms = started.elapsed().as_millis() as u64;
    report.outcome = match (&execution.aborted, report.failures.is_empty()) {
        (Some(_), _) => "failed",
        (None, true) => "succeeded",
        (None, false) => "partial",
    }
    .into();
    let summary = serde_json::to_value(&report).unwrap_or_default();
    let aborted = execution
        .aborted
        .map(|e| e.for_connection(&connection.name));
    ctx.store.write(|tx| {
        store::replace_states(tx, &rule.name, run_id, &states)?;
        store::finish_run(
            tx,
            run_id,
            &report.outcome,
            &summary,
            report.requests,
            aborted.as_ref().map(|e| e.message()),
        )
    })?;
    match aborted {
        Some(e) => Err(e),
        None => Ok(report),
    }
}

/// Users the plan itself failed (a mapping error, a conflict with another rule).
fn plan_failures(verdicts: &[Verdict]) -> impl Iterator<Item = FailedItem> + '_ {
    verdicts
        .iter()
        .filter(|v| v.state == UserState::Failed)
        .map(|v| FailedItem {
            email: v.email.clone(),
            user_id: v.user_id.clone(),
            action: "plan".into(),
            error: v.reason.clone().unwrap_or_default(),
        })
}

fn count_states(states: impl Iterator<Item = UserState>) -> StateCounts {
    let mut c = StateCounts::default();
    for s in states {
        match s {
            UserState::Synced => c.synced += 1,
            UserState::Unsynced => c.unsynced += 1,
            UserState::PartiallySynced => c.partially_synced += 1,
            UserState::Failed => c.failed += 1,
        }
    }
    c
}

/// PingOne's sync summary of one rule.
#[derive(Clone, Debug, Serialize)]
pub struct RuleStatus {
    pub rule: String,
    pub connection: String,
    pub last_sync: Option<i64>,
    pub last_outcome: Option<String>,
    pub impacted: u64,
    pub success: u64,
    pub unsynced: u64,
    pub partially_synced: u64,
    pub failed: u64,
}

pub fn status(ctx: &Context, rule: Option<&str>) -> Result<Vec<RuleStatus>> {
    let rules = match rule {
        Some(name) => vec![ctx.store.rule(name)?],
        None => ctx.store.rules()?,
    };
    rules
        .into_iter()
        .map(|r| {
            let states = ctx.store.user_states(&r.name)?;
            let counts = count_states(states.iter().filter_map(|s| parse_state(&s.state)));
            let last = ctx
                .store
                .runs(Some(&r.name), 20)?
                .into_iter()
                .find(|run| run.outcome != "running");
            Ok(RuleStatus {
                rule: r.name,
                connection: r.connection,
                last_sync: last.as_ref().and_then(|l| l.finished_at),
                last_outcome: last.map(|l| l.outcome),
                impacted: states.len() as u64,
                success: counts.synced,
                unsynced: counts.unsynced,
                partially_synced: counts.partially_synced,
                failed: counts.failed,
            })
        })
        .collect()
}

fn parse_state(s: &str) -> Option<UserState> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
}

pub fn user_states(
    ctx: &Context,
    rule: &str,
    state: Option<UserState>,
) -> Result<Vec<store::StateRecord>> {
    let rule = ctx.store.rule(rule)?;
    Ok(ctx
        .store
        .user_states(&rule.name)?
        .into_iter()
        .filter(|s| state.is_none_or(|want| parse_state(&s.state) == Some(want)))
        .collect())
}

pub fn history(ctx: &Context, rule: Option<&str>, limit: u32) -> Result<Vec<RunRecord>> {
    if let Some(r) = rule {
        ctx.store.rule(r)?;
    }
    let mut runs = ctx.store.runs(rule, limit)?;
    // A run still marked running whose rule lock is free died with its process.
    for run in runs.iter_mut().filter(|r| r.outcome == "running") {
        if lock_rule(ctx, &run.rule).is_ok() {
            run.outcome = "interrupted".into();
        }
    }
    Ok(runs)
}

#[derive(Clone, Debug, Serialize)]
pub struct RunDetail {
    #[serde(flatten)]
    pub run: RunRecord,
    pub operations: Vec<store::JournalEntry>,
}

pub fn show_run(ctx: &Context, id: i64) -> Result<RunDetail> {
    let run = ctx.store.run(id)?.ok_or_else(|| {
        Error::config(format!("no run {id}")).with_hint("`dbxprov sync history` lists the runs")
    })?;
    Ok(RunDetail {
        operations: ctx.store.journal(id)?,
        run,
    })
}
