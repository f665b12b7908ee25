//! One inbound run: read the team, take the members the rule's filter (and
//! `sync_only_active`) keeps, map them, plan the directory writes, stop at the guard or
//! on a dry run, else write them in one transaction and record states, the run and the
//! schedule. `sync run --due` asks [`due`] which rules to run; `rule test-mapping` of an
//! inbound rule is [`test_mapping`].

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use super::report::{FailedItem, RunOptions, RunReport};
use super::session::{
    close_unapplied, count_kinds, count_states, members_for_plan, new_report, plan_failures,
    read_team, stored_summary, Session,
};
use crate::dropbox::Client;
use crate::error::{Error, Result};
use crate::mapping::inbound::{InboundMapper, MemberView};
use crate::mapping::Filter;
use crate::model::{Direction, Member, MemberStatus, Rule, RunOutcome, User, UserState};
use crate::ops::connection::client_settings;
use crate::ops::rule::MappingTest;
use crate::ops::Context;
use crate::progress::Progress;
use crate::store::{self, NewState, UserFilter};
use crate::sync::inbound::{
    apply_inbound, plan_inbound, Candidate, DirectoryAction, Excluded, InboundInput, InboundPlan,
    Written,
};
use crate::sync::Verdict;

/// The members of the team as the rule sees them: in scope (mapped), or out and why.
fn candidates(
    rule: &Rule,
    members: &[Member],
    group_names: &BTreeMap<String, String>,
    options: &RunOptions,
) -> Result<(Vec<Candidate>, HashMap<String, Excluded>)> {
    let mut candidates = Vec::new();
    let mut excluded = HashMap::new();
    if options.deprovision_all {
        return Ok((candidates, excluded));
    }
    let mapper = InboundMapper::new(&rule.mappings)?;
    let filter = rule.filter.as_deref().map(Filter::new).transpose()?;
    for m in members {
        let view = MemberView::new(m, group_names);
        let why = if rule.sync_only_active && m.status != MemberStatus::Active {
            Some(Excluded::NotActive)
        } else {
            match filter.as_ref().map(|f| f.matches_as("member", &view)) {
                None | Some(Ok(true)) => None,
                Some(Ok(false)) => Some(Excluded::Filtered),
                Some(Err(e)) => Some(Excluded::FilterFailed(e)),
            }
        };
        match why {
            Some(why) => {
                excluded.insert(m.team_member_id.clone(), why);
            }
            None => candidates.push(Candidate {
                team_member_id: m.team_member_id.clone(),
                email: m.email.clone(),
                profile: mapper.profile(&view),
            }),
        }
    }
    Ok((candidates, excluded))
}

/// Group names by id, read only when an expression of the rule can use them (one request
/// a page).
async fn group_names(
    client: &Client,
    connection: &str,
    rule: &Rule,
) -> Result<BTreeMap<String, String>> {
    if !rule.reads_group_names() {
        return Ok(BTreeMap::new());
    }
    let groups = client
        .list_groups()
        .await
        .map_err(|e| Error::dropbox(connection, e))?;
    Ok(groups.into_iter().map(|g| (g.group_id, g.name)).collect())
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
    // Deleting everything the rule brought in needs nothing from Dropbox: it works when
    // the team is gone or its token revoked.
    let (members, names) = if options.deprovision_all {
        (Vec::new(), BTreeMap::new())
    } else {
        let members = read_team(ctx, session.client, session.connection, progress, false)
            .await?
            .members;
        (
            members,
            group_names(session.client, &session.connection.name, rule).await?,
        )
    };
    progress.begin("planning", 0);
    let (candidates, excluded) = candidates(rule, &members, &names, options)?;
    let links = ctx.store.inbound_links(rule.id)?;
    let directory = read_directory(ctx, &links)?;
    let provisioned: HashMap<String, (String, String)> = ctx
        .store
        .links_of_connection(&session.connection.name)?
        .into_iter()
        .map(|l| (l.team_member_id, (l.rule, l.user_id)))
        .collect();
    let population = rule.populations.first().cloned().unwrap_or_default();
    let plan = plan_inbound(&InboundInput {
        population: &population,
        candidates: &candidates,
        excluded: &excluded,
        links: &links,
        owned: &directory.owned,
        provisioned: &provisioned,
        emails: &directory.emails,
        usernames: &directory.usernames,
        actions: &session.connection.actions,
        limit: rule.max_deletes,
        allow_deletes: options.allow_deletes,
        deprovision_all: options.deprovision_all,
    });
    progress.end();
    let kinds = plan.operations.iter().map(|o| o.action.kind());
    let mut report = new_report(rule, options, count_kinds(kinds), plan.guard.clone());
    report.users_in_scope = candidates.len();
    report.members_read = members.len();
    if options.dry_run || plan.guard.tripped {
        report.directory_operations = plan.operations.clone();
        let report = close_unapplied(ctx, session, report, &plan.verdicts)?;
        if options.scheduled && !report.dry_run {
            take_slot(ctx, rule)?;
        }
        return Ok(report);
    }
    let run_id = session.run_id.expect("a run that applies has its row");
    report.run_id = Some(run_id);
    let written = apply_inbound(
        &mut ctx.store,
        rule.id,
        &population,
        run_id,
        &plan,
        &directory.owned,
    )?;
    let states = states_after(&mut report, &plan, &written);
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
        store::replace_states(tx, rule.id, run_id, &states)?;
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
                if let DirectoryAction::Create { team_member_id, .. } = &op.action {
                    created.insert(team_member_id.as_str(), user_id.as_str());
                }
            }
            Err(e) => {
                let key = match &op.action {
                    DirectoryAction::Create { team_member_id, .. } => team_member_id.clone(),
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
/// nothing to change costs only the list requests), inbound rules on their schedule, or
/// at once when they have not had their first full sync.
pub(crate) fn due(ctx: &Context) -> Result<Vec<Due>> {
    let now = ctx.now();
    ctx.store
        .rules()?
        .into_iter()
        .filter(|r| r.enabled)
        .map(|r| {
            let schedule = match r.direction {
                Direction::Outbound => None,
                Direction::Inbound => ctx.store.schedule(r.id)?,
            };
            Ok(Due {
                due: r.direction == Direction::Outbound || schedule.is_none_or(|s| s.is_due(now)),
                next_run: schedule.map(|s| crate::ops::rfc3339(s.next())),
                rule: r.name,
            })
        })
        .collect()
}

/// `rule test-mapping` of an inbound rule: the member with this email, read from the
/// team, through the rule's filter and mappings.
pub(crate) async fn test_mapping(ctx: &Context, rule: &Rule, email: &str) -> Result<MappingTest> {
    let connection = ctx.store.connection(&rule.connection)?;
    let client = Client::new(client_settings(ctx, &connection)?, ctx.observer.clone());
    let missing = || Error::NoSuchMember {
        connection: connection.name.clone(),
    };
    let found = client
        .member_by_email(email)
        .await
        .map_err(|e| Error::dropbox(&connection.name, e))?
        .ok_or_else(missing)?;
    let members = members_for_plan(vec![found]).members;
    let member = members.first().ok_or_else(missing)?;
    let names = group_names(&client, &connection.name, rule).await?;
    let view = MemberView::new(member, &names);
    let filter = rule.filter.as_deref().map(Filter::new).transpose()?;
    let scope_note = match filter.map(|f| f.matches_as("member", &view)) {
        Some(Err(e)) => Some(e),
        Some(Ok(false)) => Some(format!(
            "out of the rule's filter ({})",
            rule.filter.as_deref().unwrap_or_default()
        )),
        _ if rule.sync_only_active && view.status != "active" => Some(format!(
            "the member is {}, and the rule syncs only active members",
            view.status
        )),
        _ => None,
    };
    Ok(MappingTest {
        rule: rule.name.clone(),
        user: member.email.clone(),
        user_id: member.team_member_id.clone(),
        in_scope: scope_note.is_none(),
        scope_note,
        values: InboundMapper::new(&rule.mappings)?.evaluate(&view),
    })
}
