//! `sync run`, `sync status`, `sync history`, `sync show`: a run takes its rule's and its
//! connection's locks, then goes its direction's way; one outbound run reads the scope
//! and the team, plans, stops at the deletion guard, applies, and records per-user states
//! and the run's outcome (an inbound run is `ops::inbound`'s; both share `ops::run`).

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;

use super::connection::{client_settings, learn_team, record_refused};
use super::groups::{
    group_status, planned_report, read_groups, states_after as group_states_after, wanted_groups,
    GroupStatus,
};
use super::rule::{blocked_by_connection, lock_rule, scope, Scope};
use super::run::{
    close_unapplied, count_kinds, count_states, counted_states, new_report, plan_failures,
    read_team, stored_summary, Session,
};
pub use super::run::{guard_error, report_error, FailedItem, RunOptions, RunReport, StateCounts};
use super::scopes::{self, fingerprint};
use super::Context;
use crate::dropbox::Client;
use crate::error::{Error, ErrorKind, Result, Thing};
use crate::mapping::{Mapper, MappingError, WantedStatus};
use crate::model::{
    Direction, JournalStatus, MemberStatus, RemoveAction, Rule, RunOutcome, UserActions,
    WantedGroup,
};
use crate::store::{self, LockKey, NewState, RunRecord};
use crate::sync::apply_groups::apply_groups;
use crate::sync::execute::{execute, Job};
use crate::sync::licenses::{license_plan, LicensePlan, TeamLicenses};
use crate::sync::plan::{self, Action, Desired, Operation, Plan, UserState, Verdict};
use crate::sync::settle::{self, Settlement};
use crate::sync::Progress;

/// How often a run waiting for its connection looks again.
const LOCK_POLL: std::time::Duration = std::time::Duration::from_millis(200);
/// How long a run waits for its connection before it gives up (exit 7): longer than a
/// large run takes, shorter than a holder that never ends would keep it.
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// One run of a Dropbox team at a time: two rules of one connection read the same team
/// and claim its members, so the later one must plan with the earlier one's links. A run
/// that finds the team busy waits (saying so) rather than exit: its work still needs doing;
/// after [`LOCK_PATIENCE`] it gives up, naming the holder.
async fn lock_connection(
    ctx: &Context,
    rule: &Rule,
    progress: &dyn Progress,
) -> Result<store::RunLock> {
    let holder = format!("sync run of rule {:?}", rule.name);
    let key = LockKey::Connection(&rule.connection);
    let (mut told, mut first) = (false, true);
    let started = Instant::now();
    loop {
        match store::try_lock(ctx.store.home(), key, &holder)? {
            Ok(lock) => return Ok(lock),
            Err(held_by) if started.elapsed() > ctx.retry.scaled(LOCK_PATIENCE) => {
                return Err(Error::ConnectionBusy {
                    rule: rule.name.clone(),
                    connection: rule.connection.clone(),
                    holder: held_by,
                    waited_secs: ctx.retry.unscaled(started.elapsed()).as_secs(),
                });
            }
            Err(held_by) => {
                // A holder that has just taken the lock may not have written who it is
                // yet: an anonymous one is told about from the second look on.
                if !told && (!first || held_by.contains("(pid")) {
                    progress.notice(&format!(
                        "waiting for connection {:?}: {held_by} is using it",
                        rule.connection
                    ));
                    told = true;
                }
                first = false;
            }
        }
        tokio::time::sleep(ctx.retry.scaled(LOCK_POLL)).await;
    }
}

/// The in-scope users and their desired profiles (filter failures as mapping errors),
/// and the directory groups the rule provisions with their in-scope users.
fn desired_state(
    ctx: &Context,
    rule: &Rule,
    options: &RunOptions,
) -> Result<(Vec<Desired>, Vec<WantedGroup>)> {
    let mapper = Mapper::new(&rule.mappings)?;
    let reached = if options.deprovision_all {
        Scope::default()
    } else {
        scope(ctx, rule)?
    };
    let profiles = mapper.profiles(&reached.users);
    let mut mirrored = ctx.store.mirrored_users(&rule.connection)?;
    let mut desired: Vec<Desired> = reached
        .users
        .iter()
        .zip(profiles)
        .map(|(u, profile)| Desired {
            user_id: u.id.clone(),
            email: u.email.clone(),
            profile,
            mirror: mirrored.remove(&u.id),
        })
        .collect();
    desired.extend(reached.failed.iter().map(|(u, e)| Desired {
        user_id: u.id.clone(),
        email: u.email.clone(),
        profile: Err(MappingError {
            attribute: "filter".into(),
            expression: rule.filter.clone().unwrap_or_default(),
            message: e.clone(),
        }),
        mirror: None,
    }));
    // Deprovisioning everything drops the rule's groups too: it wants none, so the plan
    // deletes the ones it owns.
    let wanted = if options.deprovision_all {
        Vec::new()
    } else {
        wanted_groups(ctx, rule, &reached.users)?
    };
    Ok((desired, wanted))
}

/// Runs one rule: read the team, correlate and plan, stop at the guard or on a dry run,
/// else apply the plan and record what happened.
pub async fn run(
    ctx: &mut Context,
    rule_name: &str,
    options: &RunOptions,
    progress: &dyn Progress,
) -> Result<RunReport> {
    let rule = ctx.store.rule(rule_name)?;
    run_rule(ctx, &rule, options, progress).await
}

/// [`run`], of a rule as given (a dry run of a change not saved yet previews it).
pub async fn run_rule(
    ctx: &mut Context,
    rule: &Rule,
    options: &RunOptions,
    progress: &dyn Progress,
) -> Result<RunReport> {
    let started = Instant::now();
    check_runnable(ctx, rule, options)?;
    let _rule_lock = lock_rule(ctx, rule, "sync run")?;
    let _team_lock = lock_connection(ctx, rule, progress).await?;
    // Every attempt is in the history from here: one that fails before it can report
    // (credentials refused, Dropbox down) says why, and one that is killed shows as
    // interrupted.
    let run_id = match options.dry_run {
        true => None,
        false => Some(
            ctx.store
                .write(|tx| store::start_run(tx, rule.id, &rule.name, 0))?,
        ),
    };
    let result = run_locked(ctx, rule, options, progress, (started, run_id)).await;
    if let (Err(e), Some(run_id)) = (&result, run_id) {
        // The run's own error is the one to tell: a failure to record it (the database
        // failing too) leaves the row running, and the next look calls it interrupted.
        let _ = record_failure(ctx, rule, run_id, e);
    }
    result
}

/// A run that failed before it could report: its row says why, and credentials Dropbox
/// refused are its connection's last check (see [`record_refused`]).
fn record_failure(ctx: &mut Context, rule: &Rule, run_id: i64, e: &Error) -> Result<()> {
    let error = e.to_string();
    ctx.store.write(|tx| store::fail_run(tx, run_id, &error))?;
    if e.kind() == ErrorKind::Auth {
        let what = format!("refused to run {run_id} of rule {:?}: {error}", rule.name);
        record_refused(ctx, &rule.connection, what)?;
    }
    Ok(())
}

/// [`run_rule`] once the run holds its locks (and its row in the history).
async fn run_locked(
    ctx: &mut Context,
    rule: &Rule,
    options: &RunOptions,
    progress: &dyn Progress,
    (started, run_id): (Instant, Option<i64>),
) -> Result<RunReport> {
    let connection = ctx.store.connection(&rule.connection)?;
    let settings = client_settings(ctx, &connection)?;
    let token = fingerprint(&settings.refresh_token);
    let client = Client::new(settings, ctx.observer.clone());
    let client = Arc::new(client.with_concurrency(options.concurrency));
    // Before anything is read or written: a scope missing would fail the run half-way.
    let actions = run_actions(&connection, options);
    scopes::check_for_run(ctx, &client, &connection, rule, &actions, token).await?;
    learn_team(ctx, &client, &connection).await?;
    let session = Session {
        rule,
        connection: &connection,
        client: &client,
        started,
        run_id,
    };
    match rule.direction {
        Direction::Inbound => super::inbound::run(ctx, &session, options, progress).await,
        Direction::Outbound => run_outbound(ctx, &session, options, progress).await,
    }
}

/// How long Dropbox keeps a removed member recoverable (7 days), and a day's margin.
const RECOVERY_DAYS: i64 = 8;

async fn run_outbound(
    ctx: &mut Context,
    session: &Session<'_>,
    options: &RunOptions,
    progress: &dyn Progress,
) -> Result<RunReport> {
    let (rule, connection, client) = (session.rule, session.connection, session.client);
    progress.begin("reading the directory", 0);
    let (desired, wanted) = desired_state(ctx, rule, options)?;
    progress.end();
    let actions = run_actions(connection, options);
    let team = read_team(ctx, client, connection, progress, true).await?;
    let unsettled = ctx.store.unsettled(rule.id)?;
    let unsettled_groups = unsettled.iter().any(|e| e.action.starts_with("group_"));
    let groups = read_groups(ctx, client, rule, wanted, unsettled_groups).await?;
    progress.begin("planning", 0);
    // Read under the connection's lock: no other run of this team changes them meanwhile.
    let links = ctx.store.links_of_connection(&connection.name)?;
    let directory_users = ctx.store.user_ids()?;
    let removed_by_rule = ctx.store.removed_by_rule(rule.id, RECOVERY_DAYS)?;
    let last_wanted = ctx.store.last_wanted(rule.id)?;
    let lost_creates = settle::lost_creates(&unsettled);
    let plan = plan::plan(&plan::Input {
        rule: &rule.name,
        desired: &desired,
        members: &team.members,
        recoverable: &team.recoverable,
        links: &links,
        directory_users: &directory_users,
        removed_by_rule: &removed_by_rule,
        lost_creates: &lost_creates,
        actions: &actions,
        limit: rule.max_deletes,
        allow_deletes: options.allow_deletes,
        allow_changes: options.allow_changes,
        groups: plan::GroupSources {
            wanted: &groups.wanted,
            team: &groups.team,
            links: &groups.links,
            adopt_existing: rule.adopt_existing_groups,
            exclusive: rule.exclusive_group_membership,
        },
        take_external_ids: rule.take_external_ids,
        last_wanted: &last_wanted,
        revert_drift: options.revert_drift,
    });
    progress.end();
    let mut report = new_report(
        rule,
        options,
        count_kinds(plan.operations.iter().map(|o| o.action.kind())),
        plan.guard.clone(),
    );
    report.groups = planned_report(&plan.groups);
    report.users_in_scope = desired.len();
    report.drift = plan.verdicts.iter().filter(|v| v.drift).count() as u64;
    report.members_read = team.members.len();
    report.licenses = license_plan_of(client, connection, &team, &plan).await?;
    if options.dry_run || plan.guard.tripped {
        return finish_unapplied(ctx, session, report, plan);
    }
    let in_scope: HashSet<&str> = desired.iter().map(|d| d.user_id.as_str()).collect();
    let wanted_groups: HashSet<&str> = groups.wanted.iter().map(|g| g.id.as_str()).collect();
    let settlements = settle::settle(
        &unsettled,
        &settle::Evidence {
            planned: &plan.operations,
            planned_groups: &plan.groups.operations,
            members: &team.members,
            recoverable: &team.recoverable,
            groups: &groups.team,
            in_scope: &in_scope,
            wanted_groups: &wanted_groups,
        },
    );
    let job = Job {
        rule_id: rule.id,
        connection: &connection.name,
        run_id: 0,
        actions: &actions,
        concurrency: options.concurrency,
        removals_first: report.licenses.as_ref().is_some_and(|l| l.removals_first()),
    };
    apply(ctx, session, job, report, (plan, &settlements), progress).await
}

/// What the plan does to the team's licenses, when it takes any (a create or a
/// recovery): `team/get_info` says how many the team has, and how many its members hold
/// (counted from the members read when Dropbox does not say).
async fn license_plan_of(
    client: &Client,
    connection: &crate::model::Connection,
    team: &super::run::TeamRead,
    plan: &Plan,
) -> Result<Option<LicensePlan>> {
    let takes =
        |op: &Operation| matches!(op.action, Action::Create { .. } | Action::Recover { .. });
    if !plan.operations.iter().any(takes) {
        return Ok(None);
    }
    let info = client
        .get_info()
        .await
        .map_err(|e| Error::dropbox(&connection.name, e))?;
    let licenses = TeamLicenses {
        licensed: info.num_licensed_users,
        used: info.num_used_licenses.unwrap_or(team.members.len() as u64),
    };
    Ok(Some(license_plan(
        licenses,
        &plan.operations,
        &team.members,
    )))
}

/// What a run may do: the connection's user actions, deprovisioning forced on when the
/// rule is being deleted with deprovisioning.
fn run_actions(connection: &crate::model::Connection, options: &RunOptions) -> UserActions {
    let mut actions = connection.actions.clone();
    actions.deprovision_users |= options.deprovision_all;
    actions
}

/// A rule that is disabled, or whose connection is missing, disabled or invalid, does not
/// run; a disabled rule can still be deleted with deprovisioning.
fn check_runnable(ctx: &Context, rule: &Rule, options: &RunOptions) -> Result<()> {
    let checked = Rule {
        enabled: rule.enabled || options.deprovision_all,
        ..rule.clone()
    };
    match blocked_by_connection(ctx, &checked)? {
        Some(reason) => Err(Error::RuleBlocked {
            rule: rule.name.clone(),
            reason,
        }),
        None => Ok(()),
    }
}

/// A dry run, or a run the guard stopped: the report carries the whole plan; a stopped
/// run goes into the history with nothing applied.
fn finish_unapplied(
    ctx: &mut Context,
    session: &Session<'_>,
    mut report: RunReport,
    plan: Plan,
) -> Result<RunReport> {
    report.operations = plan.operations;
    report.groups.operations = plan.groups.operations;
    close_unapplied(ctx, session, report, &plan.verdicts)
}

/// Applies the plan under a new run id, then records each user's state and the run.
async fn apply(
    ctx: &mut Context,
    applied: &Session<'_>,
    mut job: Job<'_>,
    mut report: RunReport,
    (plan, settlements): (Plan, &[(i64, Settlement)]),
    progress: &dyn Progress,
) -> Result<RunReport> {
    let rule = applied.rule;
    let run_id = applied.run_id.expect("a run that applies has its row");
    report.run_id = Some(run_id);
    report.settled = record_settlements(ctx, run_id, settlements)?;
    job.run_id = run_id;
    let client = applied.client.clone();
    let execution = execute(&mut ctx.store, client, &job, plan.operations, progress).await?;
    let states = states_after(&mut report, &plan.verdicts, &execution);
    report.states = count_states(states.iter().map(|s| s.state));
    let (group_states, group_aborted) = match &execution.aborted {
        Some(_) => (None, None),
        None => {
            let members = Arc::new(ctx.store.members_of_rule(rule.id)?);
            let client = applied.client.clone();
            let groups = plan.groups;
            let ops = groups.operations.clone();
            let done = apply_groups(&mut ctx.store, client, &job, ops, members, progress).await?;
            let states = group_states_after(&mut report.groups, &groups, &done);
            (Some(states), done.aborted)
        }
    };
    let aborted_error = execution.aborted.or(group_aborted);
    applied.close(&mut report);
    let applied_count = report
        .applied
        .values()
        .chain(report.groups.applied.values())
        .sum();
    let failed = report.failures.len() + report.groups.failures.len();
    report.outcome = RunOutcome::of_run(aborted_error.is_some(), applied_count, failed as u64);
    let summary = stored_summary(&report);
    let aborted = aborted_error.map(|e| Error::dropbox(&applied.connection.name, e));
    let error_text = match &aborted {
        Some(e) => Some(e.to_string()),
        None => report_error(&report).map(|e| e.to_string()),
    }
    .filter(|_| report.outcome == RunOutcome::Failed);
    ctx.store.write(|tx| {
        store::replace_states(tx, rule.id, run_id, &states)?;
        if let Some(group_states) = &group_states {
            store::replace_group_states(tx, rule.id, run_id, group_states)?;
        }
        store::finish_run(
            tx,
            run_id,
            report.outcome,
            &summary,
            report.requests,
            error_text.as_deref(),
        )
    })?;
    match aborted {
        Some(e) => Err(e),
        None => Ok(report),
    }
}

/// Writes how operations of earlier runs whose outcome was unknown were settled (see
/// [`settle::settle`]). Returns how many.
fn record_settlements(
    ctx: &mut Context,
    run_id: i64,
    settlements: &[(i64, Settlement)],
) -> Result<u64> {
    ctx.store.write(|tx| {
        for (id, settlement) in settlements {
            store::journal_settle(tx, *id, settlement.status(), &settlement.note(run_id))?;
        }
        Ok(settlements.len() as u64)
    })
}

/// The users' states after a run: the plan's verdicts, turned Failed by the operations
/// that failed, did not finish or were never sent. Fills the report's counts and failures.
fn states_after(
    report: &mut RunReport,
    verdicts: &[Verdict],
    execution: &crate::sync::execute::Execution,
) -> Vec<NewState> {
    for op in &execution.not_started {
        report.failures.push(FailedItem {
            email: op.email.clone(),
            user_id: op.user_id.clone(),
            action: op.action.kind().to_string(),
            error: "not applied: the run stopped early".into(),
        });
    }
    for a in &execution.applied {
        let kind = a.operation.action.kind().to_string();
        match a.outcome.error() {
            None => *report.applied.entry(kind).or_default() += 1,
            Some(e) => report.failures.push(FailedItem {
                email: a.operation.email.clone(),
                user_id: a.operation.user_id.clone(),
                action: kind,
                error: e.to_string(),
            }),
        }
    }
    // Every failed operation of a user, in its state's error.
    let mut failed_ops: BTreeMap<String, String> = BTreeMap::new();
    for f in &report.failures {
        let entry = failed_ops.entry(f.user_id.clone()).or_default();
        if !entry.is_empty() {
            entry.push_str("; ");
        }
        entry.push_str(&format!("{}: {}", f.action, f.error));
    }
    let produced: BTreeMap<&str, &str> = execution
        .applied
        .iter()
        .filter(|a| a.outcome.error().is_none())
        .filter_map(|a| Some((a.operation.user_id.as_str(), a.team_member_id.as_deref()?)))
        .collect();
    let moved = statuses_moved(execution);
    let removed = members_removed(execution);
    let mut states = Vec::new();
    let mut in_scope = HashSet::new();
    for v in verdicts {
        in_scope.insert(v.user_id.clone());
        let gone = removed.get(v.user_id.as_str());
        let (state, error) = match failed_ops.remove(&v.user_id) {
            Some(e) => (UserState::Failed, Some(e)),
            None => (
                v.state,
                v.reason.clone().or(gone.map(|why| why.to_string())),
            ),
        };
        let member_status = moved
            .get(v.user_id.as_str())
            .copied()
            .unwrap_or(v.member_status);
        states.push(NewState {
            user_id: v.user_id.clone(),
            email: v.email.clone(),
            state,
            team_member_id: v
                .team_member_id
                .clone()
                .or_else(|| produced.get(v.user_id.as_str()).map(|m| m.to_string()))
                .filter(|_| gone.is_none()),
            member_status,
            error,
            wanted_status: held_status(v, member_status),
        });
    }
    report.failures.extend(plan_failures(verdicts));
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
                member_status: None,
                error: Some(error),
                wanted_status: None,
            });
        }
    }
    states
}

/// The status the run leaves a user's member wanted in, as far as it got there: a member
/// still suspended is recorded so (an unsuspend that failed is tried again, not taken for
/// drift), unless it is drift, which stays recorded as wanted active.
fn held_status(v: &Verdict, member_status: Option<MemberStatus>) -> Option<WantedStatus> {
    match (v.drift, member_status) {
        (true, _) => Some(WantedStatus::Active),
        (false, Some(MemberStatus::Suspended)) => Some(WantedStatus::Suspended),
        _ => v.wanted_status,
    }
}

/// The users whose member the run removed, with the note their state keeps: it has no
/// member any more (a disabled user's invited member is removed, as Dropbox cannot
/// suspend an invitation).
fn members_removed(execution: &crate::sync::execute::Execution) -> BTreeMap<&str, &'static str> {
    let ok = execution
        .applied
        .iter()
        .filter(|a| a.outcome.error().is_none());
    ok.filter_map(|a| match &a.operation.action {
        Action::Deprovision {
            how: RemoveAction::Delete,
            invited,
            ..
        } => Some((
            a.operation.user_id.as_str(),
            match invited {
                true => "its invited member was removed (Dropbox cannot suspend an invitation)",
                false => "its member was removed",
            },
        )),
        _ => None,
    })
    .collect()
}

/// The status of each member that an operation of the run changed, by user: what an add
/// answered, active again after a recovery or an unsuspend, suspended, or (removed) none.
fn statuses_moved(
    execution: &crate::sync::execute::Execution,
) -> BTreeMap<&str, Option<MemberStatus>> {
    let mut moved = BTreeMap::new();
    for a in execution
        .applied
        .iter()
        .filter(|a| a.outcome.error().is_none())
    {
        let status = match &a.operation.action {
            Action::Create { .. } => a.member_status,
            Action::Recover { .. } | Action::Unsuspend { .. } => Some(MemberStatus::Active),
            Action::Suspend { .. }
            | Action::Deprovision {
                how: RemoveAction::Disable,
                ..
            } => Some(MemberStatus::Suspended),
            Action::Deprovision {
                how: RemoveAction::Delete,
                ..
            } => None,
            _ => continue,
        };
        moved.insert(a.operation.user_id.as_str(), status);
    }
    moved
}

/// PingOne's sync summary of one rule.
#[derive(Clone, Debug, Serialize)]
pub struct RuleStatus {
    pub rule: String,
    pub direction: Direction,
    pub connection: String,
    /// When the last attempt ended (or started, when it did not end: running, killed).
    #[serde(with = "crate::model::as_rfc3339_opt")]
    pub last_sync: Option<i64>,
    pub last_outcome: Option<RunOutcome>,
    /// Why the last attempt failed or stopped, when it did not go through.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// When the last run that went through (succeeded, or partial) ended.
    #[serde(with = "crate::model::as_rfc3339_opt")]
    pub last_completed: Option<i64>,
    /// Why its failed users failed: the most common causes, each with how many share it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failure_causes: Vec<FailureCause>,
    /// When this was read (how long ago the last completed run was is told from it).
    #[serde(skip)]
    pub now: i64,
    pub impacted: u64,
    pub success: u64,
    pub unsynced: u64,
    pub partially_synced: u64,
    pub failed: u64,
    /// PingOne's group section: the groups the rule provisions.
    pub groups: GroupStatus,
    /// Inbound: what its last run wrote in the directory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub directory: Option<DirectoryCounts>,
    /// Inbound: when `sync run --due` runs it next (RFC 3339; `None` before its first
    /// full sync, when it is due at once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_run: Option<String>,
}

/// A cause its failed users share, and how many.
#[derive(Clone, Debug, Serialize)]
pub struct FailureCause {
    pub error: String,
    pub users: u64,
}

/// The directory writes of an inbound run.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DirectoryCounts {
    pub created: u64,
    pub updated: u64,
    pub deleted: u64,
    pub disabled: u64,
}

impl DirectoryCounts {
    /// From what a run applied, by kind (its summary's `applied`).
    fn of_run(applied: Option<&serde_json::Value>) -> DirectoryCounts {
        let applied = |kind: &str| applied.and_then(|a| a.get(kind)?.as_u64()).unwrap_or(0);
        DirectoryCounts {
            created: applied("create"),
            updated: applied("update"),
            deleted: applied("delete"),
            disabled: applied("disable"),
        }
    }
}

/// The rule named, or every rule.
fn rules_named(ctx: &Context, rule: Option<&str>) -> Result<Vec<Rule>> {
    match rule {
        Some(name) => Ok(vec![ctx.store.rule(name)?]),
        None => ctx.store.rules(),
    }
}

pub fn status(ctx: &Context, rule: Option<&str>) -> Result<Vec<RuleStatus>> {
    let rules = rules_named(ctx, rule)?;
    rules
        .into_iter()
        .map(|r| {
            let counts = counted_states(ctx.store.state_counts(r.id)?);
            let completed = ctx.store.last_completed_run(r.id)?;
            // The last attempt, whatever became of it: a run still marked running is
            // running, or died with its process.
            let newest = ctx.store.runs(Some(r.id), 1)?.pop();
            let last_outcome = match &newest {
                Some(run) => Some(seen_outcome(ctx, run)?),
                None => None,
            };
            let last_error = newest
                .as_ref()
                .filter(|_| last_outcome.is_some_and(RunOutcome::is_trouble))
                .and_then(|n| n.error.clone());
            let inbound = r.direction == Direction::Inbound;
            let schedule = ctx.store.schedule(r.id)?;
            Ok(RuleStatus {
                direction: r.direction,
                directory: inbound.then(|| {
                    DirectoryCounts::of_run(completed.as_ref().and_then(|l| l.applied.as_ref()))
                }),
                next_run: schedule
                    .filter(|_| inbound)
                    .map(|s| super::rfc3339(s.next())),
                rule: r.name,
                connection: r.connection,
                last_sync: newest.map(|n| n.finished_at.unwrap_or(n.started_at)),
                last_outcome,
                last_error,
                last_completed: completed.and_then(|c| c.finished_at),
                failure_causes: ctx
                    .store
                    .failure_causes(r.id, 3)?
                    .into_iter()
                    .map(|(error, users)| FailureCause { error, users })
                    .collect(),
                now: ctx.now(),
                impacted: counts.total(),
                success: counts.synced,
                unsynced: counts.unsynced,
                partially_synced: counts.partially_synced,
                failed: counts.failed,
                groups: group_status(&ctx.store.group_states(r.id)?),
            })
        })
        .collect()
}

/// The users of one rule, or of every rule (by rule name), with their state.
pub fn user_states(
    ctx: &Context,
    rule: Option<&str>,
    state: Option<UserState>,
) -> Result<Vec<store::StateRecord>> {
    let mut rows = Vec::new();
    each_user_state(ctx, rule, state, |s| {
        rows.push(s);
        Ok::<(), Error>(())
    })?;
    Ok(rows)
}

/// Hands [`user_states`]' rows to `f` as they are read, holding none.
pub fn each_user_state<E: From<Error>>(
    ctx: &Context,
    rule: Option<&str>,
    state: Option<UserState>,
    mut f: impl FnMut(store::StateRecord) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let rules = rules_named(ctx, rule)?;
    for rule in rules {
        ctx.store.each_user_state(rule.id, state, &mut f)?;
    }
    Ok(())
}

/// Each group of one rule, or of every rule, as its last run left it.
pub fn group_states(ctx: &Context, rule: Option<&str>) -> Result<Vec<store::GroupStateRow>> {
    let rules = rules_named(ctx, rule)?;
    let mut rows = Vec::new();
    for rule in rules {
        rows.extend(ctx.store.group_states(rule.id)?);
    }
    Ok(rows)
}

/// `sync history --prune`: what was (or, in a dry run, would be) deleted.
#[derive(Clone, Debug, Serialize)]
pub struct PruneReport {
    pub rule: Option<String>,
    pub keep: u32,
    pub dry_run: bool,
    #[serde(flatten)]
    pub pruned: store::Pruned,
}

/// Deletes each rule's runs (or `rule`'s) beyond its newest `keep`, with their journals;
/// a run still running, or with an operation whose outcome a later run must settle,
/// stays whatever its age.
pub fn prune_history(
    ctx: &mut Context,
    rule: Option<&str>,
    keep: u32,
    dry_run: bool,
) -> Result<PruneReport> {
    let rule_id = rule.map(|r| ctx.store.rule(r)).transpose()?.map(|r| r.id);
    let pruned = ctx
        .store
        .write(|tx| store::prune_runs(tx, rule_id, keep, !dry_run))?;
    Ok(PruneReport {
        rule: rule.map(str::to_string),
        keep,
        dry_run,
        pruned,
    })
}

/// The newest runs, of one rule (a deleted one too, by the name it had) or of all.
pub fn history(ctx: &Context, rule: Option<&str>, limit: u32) -> Result<Vec<RunRecord>> {
    let rule_id = match rule {
        None => None,
        Some(name) => match ctx.store.rule(name) {
            Ok(rule) => Some(rule.id),
            Err(e) => Some(ctx.store.deleted_rule_id(name)?.ok_or(e)?),
        },
    };
    let mut runs = ctx.store.runs(rule_id, limit)?;
    for run in runs.iter_mut() {
        run.outcome = seen_outcome(ctx, run)?;
    }
    Ok(runs)
}

/// A run still marked running whose rule lock is free died with its process.
fn seen_outcome(ctx: &Context, run: &RunRecord) -> Result<RunOutcome> {
    if run.outcome != RunOutcome::Running {
        return Ok(run.outcome);
    }
    let free = store::lock_is_free(ctx.store.home(), LockKey::Rule(run.rule_id))?;
    Ok(if free {
        RunOutcome::Interrupted
    } else {
        RunOutcome::Running
    })
}

#[derive(Clone, Debug, Serialize)]
pub struct RunDetail {
    #[serde(flatten)]
    pub run: RunRecord,
    pub operations: Vec<store::JournalEntry>,
}

pub fn show_run(ctx: &Context, id: i64) -> Result<RunDetail> {
    let run = run_record(ctx, id)?;
    let mut operations = Vec::new();
    each_operation(ctx, &run, |o| {
        operations.push(o);
        Ok::<(), Error>(())
    })?;
    Ok(RunDetail { operations, run })
}

/// One run, as its outcome is seen now (a run marked running whose process died is
/// interrupted).
pub fn run_record(ctx: &Context, id: i64) -> Result<RunRecord> {
    let mut run = ctx
        .store
        .run(id)?
        .ok_or_else(|| Error::not_found(Thing::Run, id.to_string()))?;
    run.outcome = seen_outcome(ctx, &run)?;
    Ok(run)
}

/// Hands each operation of `run` to `f` as it is read, holding none.
pub fn each_operation<E: From<Error>>(
    ctx: &Context,
    run: &RunRecord,
    mut f: impl FnMut(store::JournalEntry) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let interrupted = run.outcome == RunOutcome::Interrupted;
    ctx.store.each_journal_entry(run.id, |mut o| {
        // What a dead run sent without an answer is unknown, not pending.
        if interrupted && o.status == JournalStatus::Pending {
            o.status = JournalStatus::Unknown;
        }
        f(o)
    })
}
