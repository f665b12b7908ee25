//! One outbound run, once it holds its locks: read the scope and the team, settle what
//! earlier runs left unknown, plan, stop at the deletion guard (or on a dry run), apply
//! the users' operations then the groups', and record each user's state (decided here,
//! from the plan's verdicts and what the operations did) and the run's outcome.

use std::collections::HashSet;
use std::sync::Arc;

use super::outbound_groups::GroupSources;
use super::outbound_groups::{
    planned_report, read_groups, states_after as group_states_after, wanted_groups,
};
use super::outbound_states::states_after;
use super::outbound_undo;
use super::report::{failure_reason, Approval, RunOptions, RunReport};
use super::session::{
    close_unapplied, count_kinds, count_states, list_team, mark_proven, new_report, run_actions,
    stored_summary, Session, TeamRead,
};
use crate::dropbox::Client;
use crate::error::{Error, Result};
use crate::mapping::{Mapper, MappingError, Profile};
use crate::model::{Member, Rule, RunOutcome, WantedGroup};
use crate::ops::directory::find_user;
use crate::ops::rule::{scope, Scope};
use crate::ops::Context;
use crate::progress::Progress;
use crate::store::{self, JournalEntry};
use crate::sync::outbound::apply::{execute, Job};
use crate::sync::outbound::apply_groups::apply_groups;
use crate::sync::outbound::drift::drift;
use crate::sync::outbound::licenses::{license_plan, LicensePlan, TeamLicenses};
use crate::sync::outbound::plan::{self, Action, Desired, HeldPlan, MemberFound, Operation, Plan};
use crate::sync::outbound::settle::{self, Settlement};
use crate::sync::outbound::undo::LeftAlone;

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

/// How long Dropbox keeps a removed member recoverable (7 days), and a day's margin.
const RECOVERY_DAYS: i64 = 8;

/// What an outbound plan was made from, and the plan.
pub(in crate::ops) struct Planned {
    /// The in-scope users with their desired profiles.
    pub(in crate::ops) desired: Vec<Desired>,
    pub(in crate::ops) team: TeamRead,
    pub(in crate::ops) groups: GroupSources,
    /// Operations of earlier runs whose outcome is not known yet.
    pub(in crate::ops) unsettled: Vec<JournalEntry>,
    pub(in crate::ops) plan: Plan,
    /// The member found for the user asked about (`sync explain`), if any.
    pub(in crate::ops) found: Option<MemberFound>,
    /// What an undo leaves as the undone run left it, and why.
    pub(in crate::ops) left_alone: Vec<LeftAlone>,
}

/// Reads the directory, the team and its groups, and plans, writing nothing: what a run
/// and `sync explain` share (which asks how the member of user `explained`, with its
/// profile when it maps, is found).
pub(in crate::ops) async fn plan_outbound(
    ctx: &Context,
    session: &Session<'_>,
    options: &RunOptions,
    (progress, explained): (&dyn Progress, Option<(&str, Option<&Profile>)>),
) -> Result<Planned> {
    let (rule, connection, client) = (session.rule, session.connection, session.dropbox());
    progress.begin("reading the directory", 0);
    let (desired, wanted) = desired_state(ctx, rule, options)?;
    progress.end();
    let actions = run_actions(connection, options);
    let team = list_team(client, connection, progress, true).await?;
    let unsettled = ctx.store.unsettled(rule.id)?;
    let unsettled_groups = unsettled.iter().any(|e| e.action.starts_with("group_"));
    let groups = read_groups(ctx, client, rule, wanted, unsettled_groups).await?;
    progress.begin("planning", 0);
    // Read under the connection's lock (a run's): no other run of this team changes them
    // meanwhile.
    let links = ctx.store.links_of_connection(&connection.name)?;
    let directory_users = ctx.store.user_ids()?;
    let removed_by_rule = ctx.store.removed_by_rule(rule.id, RECOVERY_DAYS)?;
    let last_wanted = ctx.store.last_wanted(rule.id)?;
    let lost_creates = settle::lost_creates(&unsettled);
    let input = plan::Input {
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
        now: ctx.now(),
    };
    let (plan, left_alone) = match &options.undoing {
        Some(undoing) => {
            let of = (rule, options, undoing);
            outbound_undo::undo_plan(ctx, of, &team, &groups, &links)?
        }
        None if options.users.is_empty() => (plan::plan(&input), Vec::new()),
        None => {
            let only = users_asked(ctx, &options.users)?;
            (plan::plan_for_users(&input, &only), Vec::new())
        }
    };
    let found =
        explained.and_then(|(user_id, profile)| plan::member_found(&input, user_id, profile));
    progress.end();
    Ok(Planned {
        desired,
        team,
        groups,
        unsettled,
        plan,
        found,
        left_alone,
    })
}

/// The ids of the directory users `sync run --user` names.
pub(super) fn users_asked(ctx: &Context, keys: &[String]) -> Result<HashSet<String>> {
    keys.iter()
        .map(|k| find_user(ctx, k).map(|u| u.id))
        .collect()
}

pub(super) async fn run_outbound(
    ctx: &mut Context,
    session: &Session<'_>,
    options: &RunOptions,
    progress: &dyn Progress,
) -> Result<RunReport> {
    let (rule, connection, client) = (session.rule, session.connection, session.dropbox());
    let Planned {
        desired,
        team,
        groups,
        unsettled,
        plan,
        left_alone,
        ..
    } = plan_outbound(ctx, session, options, (progress, None)).await?;
    // Reading the team proved the credentials.
    mark_proven(ctx, connection)?;
    let actions = run_actions(connection, options);
    if let Some(approval) = &options.approving {
        check_approved(ctx, (rule, &actions, session.run_id), approval, &plan)?;
    }
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
    report.pending_removals = plan.pending_removals.clone();
    if !report.partial() {
        let mirror = ctx.store.mirror_of_rule(rule.id)?;
        report.changed_outside = drift(&mirror, &team.members, &team.recoverable).len() as u64;
    }
    report.left_alone = left_alone;
    report.licenses = license_plan_of(client, connection, &team, &plan).await?;
    if options.dry_run || plan.guard.tripped {
        return finish_unapplied(ctx, session, report, plan);
    }
    let in_scope: HashSet<&str> = desired.iter().map(|d| d.user_id.as_str()).collect();
    let wanted_groups: HashSet<&str> = groups.wanted.iter().map(|g| g.id.as_str()).collect();
    // A run narrowed to some users plans only theirs: it cannot tell whether another
    // user's unknown operation was applied, so settling waits for a full run.
    let unsettled = match report.partial() {
        false => unsettled,
        true => Vec::new(),
    };
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
    let of = (plan, &settlements[..], &team.members[..]);
    apply(ctx, session, job, report, of, progress).await
}

/// An approving run applies the stopped run's plan only if it planned exactly it, under
/// the same user actions, and the stopped run is still the rule's last before it
/// (checked again under the rule's lock).
fn check_approved(
    ctx: &Context,
    (rule, actions, this_run): (&Rule, &crate::model::UserActions, Option<i64>),
    approval: &Approval,
    plan: &Plan,
) -> Result<()> {
    if let Some(stopped) = approval.run_id {
        if let Some(newer) = ctx.store.run_after(rule.id, stopped, this_run)? {
            return Err(Error::superseded(stopped, newer, &rule.name));
        }
    }
    let now = HeldPlan {
        operations: plan.operations.clone(),
        group_operations: plan.groups.operations.clone(),
        actions: Some(actions.clone()),
    };
    let d = plan::difference(&approval.plan, &now);
    match d.is_empty() {
        true => Ok(()),
        false => Err(Error::PlanChanged {
            rule: rule.name.clone(),
            kept: approval.kept.clone(),
            dropped: d.dropped,
            added: d.added,
        }),
    }
}

/// What the plan does to the team's licenses, when it takes any (a create or a
/// recovery): `team/get_info` says how many the team has, and how many its members hold
/// (counted from the members read when Dropbox does not say).
async fn license_plan_of(
    client: &Client,
    connection: &crate::model::Connection,
    team: &super::session::TeamRead,
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
    let report = close_unapplied(ctx, session, report, &plan.verdicts)?;
    if let (Some(run_id), RunOutcome::Stopped) = (session.run_id, report.outcome) {
        // Kept for `sync approve`, which applies exactly it.
        let held = HeldPlan {
            operations: report.operations.clone(),
            group_operations: report.groups.operations.clone(),
            actions: Some(session.connection.actions.clone()),
        };
        let held = serde_json::to_value(&held).unwrap_or_default();
        ctx.store.write(|tx| store::hold_plan(tx, run_id, &held))?;
    }
    Ok(report)
}

/// Applies the plan under a new run id, then records each user's state and the run.
async fn apply(
    ctx: &mut Context,
    applied: &Session<'_>,
    mut job: Job<'_>,
    mut report: RunReport,
    (mut plan, settlements, members): (Plan, &[(i64, Settlement)], &[Member]),
    progress: &dyn Progress,
) -> Result<RunReport> {
    let rule = applied.rule;
    let run_id = applied.run_id.expect("a run that applies has its row");
    report.run_id = Some(run_id);
    report.settled = record_settlements(ctx, run_id, settlements)?;
    job.run_id = run_id;
    let client = applied.dropbox().clone();
    let left = std::mem::take(&mut plan.left);
    let execution = execute(&mut ctx.store, client, &job, plan.operations, progress).await?;
    let states = states_after(&mut report, (&plan.verdicts, members), &execution);
    report.states = count_states(states.iter().map(|s| s.state));
    let (group_states, group_aborted) = match &execution.aborted {
        Some(_) => (None, None),
        None => {
            let member_of = Arc::new(ctx.store.members_of_rule(rule.id)?);
            let client = applied.dropbox().clone();
            let groups = plan.groups;
            let ops = groups.operations.clone();
            let shared = member_of.clone();
            let done = apply_groups(&mut ctx.store, client, &job, ops, shared, progress).await?;
            let of = (&groups, members, &*member_of);
            let states = group_states_after(&mut report.groups, of, &done);
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
        None => failure_reason(&report),
    }
    .filter(|_| report.outcome == RunOutcome::Failed);
    // A run narrowed to some users records their states only; the groups' states are a
    // full run's (they count every member).
    let narrowed = report.partial();
    // Users asked for that have no state now (they left the scope): their old one goes,
    // as a full run's would.
    let mut gone = users_asked(ctx, &report.only_users)?;
    for s in &states {
        gone.remove(&s.user_id);
    }
    ctx.store.write(|tx| {
        match narrowed {
            true => store::merge_states(tx, rule.id, run_id, &states)?,
            false => store::replace_states(tx, rule.id, run_id, &states)?,
        }
        for user_id in &gone {
            store::forget_state(tx, rule.id, user_id)?;
        }
        if let Some(group_states) = group_states.as_ref().filter(|_| !narrowed) {
            store::replace_group_states(tx, rule.id, run_id, group_states)?;
        }
        for left in &left {
            store::set_left_at(tx, rule.id, &left.user_id, left.at)?;
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
