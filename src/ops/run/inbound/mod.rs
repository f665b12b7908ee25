//! One inbound run, whatever it reads: its source ([`team`]: a Dropbox team;
//! [`directory`]: an LDAP directory) gives the members or entries the rule's filter (and
//! `sync_only_active`) keeps, mapped; then the directory writes are planned, stopped at
//! the guard or on a dry run, else written in one transaction, the groups an LDAP rule
//! brings in after them ([`groups`]), and states, the run and the schedule recorded.
//! `sync run --due` asks [`due`] which rules to run; `rule test-mapping` of an inbound
//! rule is [`test_mapping`].

mod directory;
mod groups;
mod source;
mod team;

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::report::{FailedItem, RunOptions, RunReport};
use super::session::{
    close_unapplied, count_kinds, count_states, new_report, plan_failures, stored_summary, Session,
};
use crate::error::Result;
use crate::model::{ConnectionKind, Direction, Rule, RunOutcome, User, UserState};
use crate::ops::rule::MappingTest;
use crate::ops::Context;
use crate::progress::Progress;
use crate::store::{self, NewState, UserFilter};
use crate::sync::inbound::{
    apply_inbound, plan_inbound, DirectoryAction, InboundInput, InboundPlan, Origin, Written,
};
use crate::sync::Verdict;

/// `rule test-mapping` of an inbound rule: the member or entry named, read from the
/// source, through the rule's filter and mappings.
pub(crate) async fn test_mapping(ctx: &Context, rule: &Rule, who: &str) -> Result<MappingTest> {
    let connection = ctx.store.connection(&rule.connection)?;
    match connection.kind {
        ConnectionKind::Dropbox => team::test_mapping(ctx, rule, &connection, who).await,
        ConnectionKind::Ldap => directory::test_mapping(ctx, rule, &connection, who).await,
    }
}

/// The directory as the plan reads it: the rule's users, and every user's email and
/// username.
struct Directory {
    owned: HashMap<String, User>,
    emails: HashMap<String, String>,
    usernames: HashMap<String, String>,
}

fn read_directory(ctx: &Context, links: &[store::InboundLink]) -> Result<Directory> {
    let mine: HashSet<&str> = links.iter().map(|l| l.user_id.as_str()).collect();
    let mut d = Directory {
        owned: HashMap::new(),
        emails: HashMap::new(),
        usernames: HashMap::new(),
    };
    for u in ctx.store.users(&UserFilter::default())? {
        d.emails.insert(u.email.to_lowercase(), u.id.clone());
        d.usernames.insert(u.username.to_lowercase(), u.id.clone());
        if mine.contains(u.id.as_str()) {
            d.owned.insert(u.id.clone(), u);
        }
    }
    Ok(d)
}

pub(super) async fn run(
    ctx: &mut Context,
    session: &Session<'_>,
    options: &RunOptions,
    progress: &dyn Progress,
) -> Result<RunReport> {
    let rule = session.rule;
    let mut read = match session.connection.kind {
        ConnectionKind::Dropbox => team::read(ctx, session, options, progress).await?,
        ConnectionKind::Ldap => directory::read(ctx, session, options, progress).await?,
    };
    progress.begin("planning", 0);
    let links = ctx.store.inbound_links(rule.id)?;
    let directory = read_directory(ctx, &links)?;
    let population = rule.populations.first().cloned().unwrap_or_default();
    // The groups as they would be planned now (users this run creates join them when it
    // writes them): what they take away counts for the guard.
    let (groups_now, group_counts) = match &read.groups {
        Some(wanted) => {
            let (plan, counts) = groups::plan(ctx, rule, wanted, options.deprovision_all)?;
            (Some(plan), counts)
        }
        None => (None, Default::default()),
    };
    let plan = plan_inbound(&InboundInput {
        population: &population,
        candidates: &read.candidates,
        excluded: &read.excluded,
        links: &links,
        owned: &directory.owned,
        provisioned: &read.provisioned,
        emails: &directory.emails,
        usernames: &directory.usernames,
        actions: &session.connection.actions,
        limit: rule.max_deletes,
        allow_deletes: options.allow_deletes,
        deprovision_all: options.deprovision_all,
        groups: group_counts,
        origin: match read.from_directory {
            true => Origin::Ldap,
            false => Origin::Team,
        },
    });
    progress.end();
    let kinds = plan.operations.iter().map(|o| o.action.kind());
    let mut report = new_report(rule, options, count_kinds(kinds), plan.guard.clone());
    report.users_in_scope = read.candidates.len();
    report.members_read = read.read;
    report.from_directory = read.from_directory;
    report.requests = read.requests;
    // The plan holds what it needs of them: 100,000 profiles need not be kept twice.
    drop(std::mem::take(&mut read.candidates));
    drop(std::mem::take(&mut read.excluded));
    if options.dry_run || plan.guard.tripped {
        if let Some(groups) = &groups_now {
            groups::count_planned(&mut report, groups);
        }
        report.directory_operations = plan.operations.clone();
        report.directory_group_operations = groups_now.map(|g| g.operations).unwrap_or_default();
        let report = close_unapplied(ctx, session, report, &plan.verdicts)?;
        if options.scheduled && !report.dry_run {
            take_slot(ctx, rule)?;
        }
        return Ok(report);
    }
    let run_id = session.run_id.expect("a run that applies has its row");
    report.run_id = Some(run_id);
    if plan.operations.len() > BULK {
        // One transaction of this many writes would spill the page cache to disk.
        ctx.store.cache_for_bulk_writes()?;
    }
    let written = apply_inbound(
        &mut ctx.store,
        rule.id,
        &population,
        run_id,
        &plan,
        &directory.owned,
    )?;
    let states = states_after(&mut report, &plan, &written);
    if let Some(wanted) = &read.groups {
        let deleting = options.deprovision_all;
        groups::write(ctx, (rule, run_id), wanted, deleting, &mut report)?;
    }
    finish(ctx, session, options, report, &states)
}

/// Writes from which a run's transaction gets the bulk page cache (as an import's does).
const BULK: usize = 5_000;

/// Records an applied run: its states, its row in the history, its schedule.
fn finish(
    ctx: &mut Context,
    session: &Session<'_>,
    options: &RunOptions,
    mut report: RunReport,
    states: &[NewState],
) -> Result<RunReport> {
    let (rule, run_id) = (
        session.rule,
        report.run_id.expect("an applied run has its row"),
    );
    report.states = count_states(states.iter().map(|s| s.state));
    session.close(&mut report);
    let applied = report.applied.values().sum();
    report.outcome = RunOutcome::of_run(false, applied, report.failures.len() as u64);
    let error = (report.outcome == RunOutcome::Failed)
        .then(|| super::report::failure_reason(&report))
        .flatten();
    let summary = stored_summary(&report);
    let now = ctx.now();
    ctx.store.write(|tx| {
        store::replace_states(tx, rule.id, run_id, states)?;
        let (outcome, requests) = (report.outcome, report.requests);
        store::finish_run(tx, run_id, outcome, &summary, requests, error.as_deref())?;
        // The first full sync that finishes sets the time of day of the schedule.
        store::start_schedule(tx, rule.id, now)
    })?;
    if options.scheduled {
        take_slot(ctx, rule)?;
    }
    Ok(report)
}

/// A scheduled run took its slot (whatever its outcome: a run the guard stopped waits
/// for the admin, not for the next cron line).
fn take_slot(ctx: &mut Context, rule: &Rule) -> Result<()> {
    let Some(schedule) = ctx.store.schedule(rule.id)? else {
        return Ok(());
    };
    let slot = schedule.slot_at(ctx.now());
    ctx.store.write(|tx| store::take_slot(tx, rule.id, slot))
}

/// The members' states after the writes: the plan's verdicts, turned Failed by the writes
/// that failed, with the ids of the users just created. Fills the report's counts and
/// failures.
fn states_after(report: &mut RunReport, plan: &InboundPlan, written: &[Written]) -> Vec<NewState> {
    let mut created: HashMap<&str, &str> = HashMap::new();
    let mut failed: HashMap<String, String> = HashMap::new();
    for w in written {
        let op = &w.operation;
        let kind = op.action.kind();
        match &w.result {
            Ok(user_id) => {
                *report.applied.entry(kind.to_string()).or_default() += 1;
                if let DirectoryAction::Create { source_id, .. } = &op.action {
                    created.insert(source_id.as_str(), user_id.as_str());
                }
            }
            Err(e) => {
                let key = match &op.action {
                    DirectoryAction::Create { source_id, .. } => source_id.clone(),
                    _ => op.user_id.clone(),
                };
                failed.insert(key.clone(), format!("{kind}: {e}"));
                report.failures.push(FailedItem {
                    email: op.email.clone(),
                    user_id: key,
                    action: kind.to_string(),
                    error: e.clone(),
                });
            }
        }
    }
    report.failures.extend(plan_failures(&plan.verdicts));
    plan.verdicts
        .iter()
        .map(|v| state_of(v, &created, &mut failed))
        .collect()
}

fn state_of(
    v: &Verdict,
    created: &HashMap<&str, &str>,
    failed: &mut HashMap<String, String>,
) -> NewState {
    let member = v.team_member_id.clone().unwrap_or_default();
    let user_id = if v.user_id.is_empty() {
        created
            .get(member.as_str())
            .map_or(member.clone(), |u| u.to_string())
    } else {
        v.user_id.clone()
    };
    let error = failed.remove(&user_id).or_else(|| failed.remove(&member));
    let (state, error) = match error {
        Some(e) => (UserState::Failed, Some(e)),
        None => (v.state, v.reason.clone()),
    };
    NewState {
        user_id,
        email: v.email.clone(),
        state,
        team_member_id: Some(member),
        member_status: None,
        error,
        wanted_status: None,
        member_profile: None,
    }
}

/// Whether a rule runs on `sync run --due`, and why.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Due {
    pub(crate) rule: String,
    pub(crate) due: bool,
    /// When the rule runs next on its schedule (inbound rules that have had their first
    /// full sync), RFC 3339.
    pub(crate) next_run: Option<String>,
}

/// The enabled rules and whether each is due now: outbound rules always (a run with
/// nothing to change costs only the list requests), and LDAP rules unless they run daily
/// (a directory read is cheap, and outbound rules should see today's directory);
/// other inbound rules on their schedule, or at once when they have not had their first
/// full sync.
pub(crate) fn due(ctx: &Context) -> Result<Vec<Due>> {
    let now = ctx.now();
    ctx.store
        .rules()?
        .into_iter()
        .filter(|r| r.enabled)
        .map(|r| {
            let every_run = match (&r.direction, &r.ldap) {
                (Direction::Outbound, _) => true,
                (Direction::Inbound, Some(query)) => !query.daily,
                (Direction::Inbound, None) => false,
            };
            let schedule = match every_run {
                true => None,
                false => ctx.store.schedule(r.id)?,
            };
            Ok(Due {
                due: every_run || schedule.is_none_or(|s| s.is_due(now)),
                next_run: schedule.map(|s| crate::ops::rfc3339(s.next())),
                rule: r.name,
            })
        })
        .collect()
}
