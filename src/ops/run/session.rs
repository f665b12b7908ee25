//! What every step of one run shares: the session (rule, connection, client, its row
//! in the history), reading the team, the report it starts and closes, and recording a
//! run that applied nothing.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use super::outbound_groups::GroupReport;
use super::report::{guard_error, FailedItem, RunOptions, RunReport, StateCounts};
use crate::dropbox::Client;
use crate::error::{Error, Result};
use crate::model::{Connection, ConnectionStatus, Rule, RunOutcome, TestRecord, UserActions};
use crate::ops::Context;
use crate::progress::Progress;
use crate::store::{self};
use crate::sync::guard::Guard;
use crate::sync::outbound::plan::{Member, MemberStatus, UserState};
use crate::sync::Verdict;

/// The team as a run reads it.
#[derive(Default)]
pub(in crate::ops) struct TeamRead {
    /// The members on the team: active, invited, suspended.
    pub(crate) members: Vec<Member>,
    /// Removed members that Dropbox can still recover (when the listing asked for them).
    pub(crate) recoverable: Vec<Member>,
}

/// The members the client read, as the plan sees them; removed members that cannot be
/// recovered are gone.
pub(super) fn members_for_plan(members: Vec<crate::dropbox::members::TeamMember>) -> TeamRead {
    let mut team = TeamRead::default();
    for m in members {
        let Some(status) = m.status.member_status(m.recoverable) else {
            continue;
        };
        let member = Member {
            team_member_id: m.team_member_id,
            email: m.email,
            given_name: m.given_name,
            surname: m.surname,
            external_id: m.external_id,
            status,
            groups: m.groups,
        };
        match status {
            MemberStatus::Removed => team.recoverable.push(member),
            _ => team.members.push(member),
        }
    }
    team
}

/// What every step of one run shares.
pub(in crate::ops) struct Session<'a> {
    pub(crate) rule: &'a Rule,
    pub(crate) connection: &'a Connection,
    /// The Dropbox client (`None` for an LDAP directory's rule, which reads through
    /// `ops::ldap`).
    pub(crate) client: Option<&'a Arc<Client>>,
    pub(crate) started: Instant,
    /// The run's row in the history, started once the run held its locks (none for a
    /// dry run, which records nothing).
    pub(crate) run_id: Option<i64>,
}

impl Session<'_> {
    /// The Dropbox client of a run of a Dropbox connection.
    pub(in crate::ops) fn dropbox(&self) -> &Arc<Client> {
        self.client
            .expect("the rules of Dropbox connections run with a client")
    }

    pub(super) fn close(&self, report: &mut RunReport) {
        if let Some(client) = self.client {
            report.requests += client.requests();
            (report.retries, report.rate_limited) = client.retries();
            report.concurrency = client.concurrency();
            report.listed_twice = client.listed_twice();
        }
        report.duration_ms = self.started.elapsed().as_millis() as u64;
    }
}

/// The team's members, and with `recoverable_too` the removed ones Dropbox can still
/// recover; reading them proves the credentials, so the connection is marked valid
/// whatever an earlier test said.
pub(super) async fn read_team(
    ctx: &mut Context,
    client: &Client,
    connection: &Connection,
    progress: &dyn Progress,
    recoverable_too: bool,
) -> Result<TeamRead> {
    let team = list_team(client, connection, progress, recoverable_too).await?;
    mark_proven(ctx, connection)?;
    Ok(team)
}

/// [`read_team`] without writing anything (for `sync explain`, which only reads).
pub(in crate::ops) async fn list_team(
    client: &Client,
    connection: &Connection,
    progress: &dyn Progress,
    recoverable_too: bool,
) -> Result<TeamRead> {
    progress.begin("reading the team, members so far:", 0);
    let on_page = |n: usize| progress.advance(n as u64);
    let members = if recoverable_too {
        client.list_members_removed_too(&on_page).await
    } else {
        client.list_members_counted(&on_page).await
    }
    .map_err(|e| Error::dropbox(&connection.name, e))?;
    progress.end();
    Ok(members_for_plan(members))
}

/// Dropbox took the connection's credentials: an untested or invalid mark goes, and a
/// last check that failed (a test, or a run that was refused) gives way to one that
/// worked.
pub(super) fn mark_proven(ctx: &mut Context, connection: &Connection) -> Result<()> {
    let failed = connection.last_test.as_ref().filter(|t| !t.ok);
    if connection.status == ConnectionStatus::Valid && failed.is_none() {
        return Ok(());
    }
    let worked = failed.map(|t| TestRecord {
        at: ctx.now(),
        ok: true,
        team_name: t.team_name.clone(),
        error: None,
        missing_scopes: Vec::new(),
    });
    ctx.store.write(|tx| {
        store::mark_connection_valid(tx, &connection.name)?;
        match &worked {
            Some(record) => {
                store::record_connection_test(tx, &connection.name, ConnectionStatus::Valid, record)
            }
            None => Ok(()),
        }
    })
}

pub(super) fn new_report(
    rule: &Rule,
    options: &RunOptions,
    planned: BTreeMap<String, u64>,
    guard: Guard,
) -> RunReport {
    RunReport {
        rule: rule.name.clone(),
        direction: rule.direction,
        connection: rule.connection.clone(),
        run_id: None,
        dry_run: options.dry_run,
        outcome: RunOutcome::DryRun,
        users_in_scope: 0,
        only_users: options.users.clone(),
        approves: options.approving.as_ref().and_then(|a| a.run_id),
        undoes: options.undoing.map(|u| u.run_id),
        left_alone: Vec::new(),
        members_read: 0,
        from_directory: false,
        planned,
        applied: BTreeMap::new(),
        failures: Vec::new(),
        states: StateCounts::default(),
        guard,
        operations: Vec::new(),
        directory_operations: Vec::new(),
        directory_group_operations: Vec::new(),
        pending_removals: Vec::new(),
        groups: GroupReport::default(),
        licenses: None,
        settled: 0,
        drift: 0,
        changed_outside: 0,
        requests: 0,
        retries: 0,
        rate_limited: 0,
        concurrency: None,
        listed_twice: 0,
        duration_ms: 0,
    }
}

/// The last step of a run that applied nothing, in either direction.
pub(super) fn close_unapplied(
    ctx: &mut Context,
    session: &Session<'_>,
    mut report: RunReport,
    verdicts: &[Verdict],
) -> Result<RunReport> {
    report.outcome = if report.guard.tripped {
        RunOutcome::Stopped
    } else {
        RunOutcome::DryRun
    };
    report.states = count_states(verdicts.iter().map(|v| v.state));
    report.failures = plan_failures(verdicts).collect();
    session.close(&mut report);
    if let Some(run_id) = session.run_id {
        record_stopped(ctx, run_id, &mut report)?;
    }
    Ok(report)
}

pub(super) fn count_kinds<'a>(kinds: impl Iterator<Item = &'a str>) -> BTreeMap<String, u64> {
    let mut planned: BTreeMap<String, u64> = BTreeMap::new();
    for kind in kinds {
        *planned.entry(kind.to_string()).or_default() += 1;
    }
    planned
}

/// The report as the history keeps it: without its lists of operations, which the
/// journal holds one row each (a run's could list 100,000).
pub(super) fn stored_summary(report: &RunReport) -> serde_json::Value {
    let mut summary = serde_json::to_value(report).unwrap_or_default();
    if let Some(fields) = summary.as_object_mut() {
        fields.remove("operations");
        fields.remove("directory_operations");
    }
    summary
}

/// A run the guard stopped stays in the history, with nothing applied.
pub(super) fn record_stopped(ctx: &mut Context, run_id: i64, report: &mut RunReport) -> Result<()> {
    let error = guard_error(report);
    report.run_id = Some(run_id);
    let summary = stored_summary(report);
    ctx.store.write(|tx| {
        store::finish_run(
            tx,
            run_id,
            RunOutcome::Stopped,
            &summary,
            report.requests,
            Some(&error.to_string()),
        )
    })
}

/// Users the plan itself failed (a mapping error, a conflict with another rule).
pub(super) fn plan_failures(verdicts: &[Verdict]) -> impl Iterator<Item = FailedItem> + '_ {
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

pub(super) fn count_states(states: impl Iterator<Item = UserState>) -> StateCounts {
    counted_states(states.map(|s| (s, 1)))
}

/// [`StateCounts`] from counts by state (the database's, or ones of one each).
pub(in crate::ops) fn counted_states(
    counts: impl IntoIterator<Item = (UserState, u64)>,
) -> StateCounts {
    let mut c = StateCounts::default();
    for (s, n) in counts {
        match s {
            UserState::Synced => c.synced += n,
            UserState::Unsynced => c.unsynced += n,
            UserState::PartiallySynced => c.partially_synced += n,
            UserState::Failed => c.failed += n,
        }
    }
    c
}

/// What a run may do: the connection's user actions, deprovisioning forced on when the
/// rule is being deleted with deprovisioning.
pub(in crate::ops) fn run_actions(
    connection: &crate::model::Connection,
    options: &RunOptions,
) -> UserActions {
    let mut actions = connection.actions.clone();
    actions.deprovision_users |= options.deprovision_all;
    if options.deprovision_all {
        // The rule and its links go with this run: no later run would remove the
        // members a staged removal suspends, so none is promised.
        actions.remove_after_days = None;
    }
    actions
}
