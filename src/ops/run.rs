//! What every sync run shares, in either direction: its options, its report (and the
//! error a stopped one exits with), the session of one run (rule, connection, client),
//! reading the team, and recording a run that applied nothing.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;

use super::groups::GroupReport;
use super::Context;
use crate::dropbox::{Client, ConcurrencyReport};
use crate::error::{Error, GuardStop, Result};
use crate::model::{Connection, ConnectionStatus, Direction, Rule, RunOutcome, TestRecord};
use crate::store;
use crate::sync::inbound::DirectoryOperation;
use crate::sync::licenses::LicensePlan;
use crate::sync::plan::{Guard, Member, MemberStatus, Operation, UserState, Verdict};
use crate::sync::Progress;

/// How `sync run` runs.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub dry_run: bool,
    pub allow_deletes: Option<u64>,
    /// `--allow-changes N`: identity changes and unsuspends the guard lets through.
    pub allow_changes: Option<u64>,
    /// `--revert-drift`: undo suspensions and removals made in Dropbox outside dbxprov.
    pub revert_drift: bool,
    pub concurrency: usize,
    /// The rule is being deleted with deprovisioning: every member it links is
    /// deprovisioned with the connection's remove action, whatever the scope, the
    /// deprovision setting and the deletion limit (the admin asked for exactly that).
    pub deprovision_all: bool,
    /// `sync run --due` runs it on its schedule: the slot it runs for is taken.
    pub scheduled: bool,
}

impl RunOptions {
    /// A run as `sync run` does it by default.
    pub fn new(dry_run: bool, allow_deletes: Option<u64>) -> RunOptions {
        RunOptions {
            dry_run,
            allow_deletes,
            allow_changes: None,
            revert_drift: false,
            concurrency: 4,
            deprovision_all: false,
            scheduled: false,
        }
    }
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

impl StateCounts {
    /// Users with a state: PingOne's "impacted".
    pub fn total(&self) -> u64 {
        self.synced + self.unsynced + self.partially_synced + self.failed
    }
}

/// What one run of one rule did (or, dry, would do).
#[derive(Clone, Debug, Serialize)]
pub struct RunReport {
    pub rule: String,
    pub direction: Direction,
    pub connection: String,
    pub run_id: Option<i64>,
    pub dry_run: bool,
    pub outcome: RunOutcome,
    pub users_in_scope: usize,
    pub members_read: usize,
    /// Operations by kind: planned, and (not dry) succeeded.
    pub planned: BTreeMap<String, u64>,
    pub applied: BTreeMap<String, u64>,
    pub failures: Vec<FailedItem>,
    pub states: StateCounts,
    pub guard: Guard,
    /// The whole plan, when nothing was applied: a dry run, or a run the guard stopped.
    pub operations: Vec<Operation>,
    /// An inbound rule's whole plan (directory writes), when nothing was applied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub directory_operations: Vec<DirectoryOperation>,
    /// The groups the rule provisions (empty for a rule without groups).
    pub groups: GroupReport,
    /// What the plan does to the team's licenses (outbound runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub licenses: Option<LicensePlan>,
    /// Operations of earlier runs whose outcome was unknown, settled by this run.
    pub settled: u64,
    /// Members suspended or removed in Dropbox outside dbxprov, left as they are.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub drift: u64,
    pub requests: u64,
    /// Requests sent again (after a 5xx, a network error or a 429), and the 429s met.
    #[serde(default)]
    pub retries: u64,
    #[serde(default)]
    pub rate_limited: u64,
    /// Requests in flight: as configured, where the 429s left it, its lowest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<ConcurrencyReport>,
    /// Members (or groups) Dropbox listed twice while the run read the team, each taken
    /// once.
    #[serde(skip_serializing_if = "is_zero")]
    pub listed_twice: u64,
    pub duration_ms: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The error a report stands for, if any: a guard that stopped it (exit 6), or users
/// that failed (exit 5).
pub fn report_error(report: &RunReport) -> Option<Error> {
    if report.outcome == RunOutcome::Stopped {
        return Some(guard_error(report));
    }
    let failed = report.failures.len() + report.groups.failures.len();
    if failed == 0 || report.dry_run {
        return None;
    }
    let items = report
        .failures
        .iter()
        .map(|f| (f.email.as_str(), f.error.as_str()))
        .chain(
            report
                .groups
                .failures
                .iter()
                .map(|f| (f.name.as_str(), f.error.as_str())),
        );
    let (first, reason) = summarize_failures(items);
    Some(Error::ItemsFailed {
        rule: report.rule.clone(),
        failed,
        first,
        reason,
    })
}

/// The first few failed names, and the error most of them share (in plain words when
/// it is a Dropbox error tag) with how many share it: what a cron line has room for.
fn summarize_failures<'a>(
    items: impl Iterator<Item = (&'a str, &'a str)>,
) -> (Vec<String>, Option<(String, usize)>) {
    const FIRST: usize = 3;
    let mut first = Vec::new();
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    let mut total = 0;
    for (name, error) in items {
        if first.len() < FIRST {
            first.push(name.to_string());
        }
        *counts.entry(error).or_default() += 1;
        total += 1;
    }
    if total > FIRST {
        first.push(format!("and {} more", total - FIRST));
    }
    let reason = counts
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(error, n)| (crate::dropbox::plain_words(error), n));
    (first, reason)
}

/// A stopped report as the error the CLI exits with (code 6): what tripped, and the
/// exact `--allow-deletes` that lets the same plan through.
pub fn guard_error(report: &RunReport) -> Error {
    let g = &report.guard;
    Error::GuardStopped(Box::new(GuardStop {
        rule: report.rule.clone(),
        direction: report.direction,
        dry_run: report.dry_run,
        empty_scope: g.empty_scope,
        linked: g.linked,
        deprovisions: g.deprovisions,
        allowed: g.allowed,
        allow_deletes_needed: g.allow_deletes_needed,
        identity_changes: g.identity_changes,
        unsuspends: g.unsuspends,
        changes_linked: g.changes_base,
        changes_allowed: g.changes_allowed,
        allow_changes_needed: g.allow_changes_needed,
        group_deletions: (g.group_deletions, g.groups_owned, g.groups_allowed),
        membership_removals: (g.membership_removals, g.memberships, g.memberships_allowed),
    }))
}

/// The team as a run reads it.
#[derive(Default)]
pub(super) struct TeamRead {
    /// The members on the team: active, invited, suspended.
    pub members: Vec<Member>,
    /// Removed members that Dropbox can still recover (when the listing asked for them).
    pub recoverable: Vec<Member>,
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
pub(super) struct Session<'a> {
    pub rule: &'a Rule,
    pub connection: &'a Connection,
    pub client: &'a Arc<Client>,
    pub started: Instant,
    /// The run's row in the history, started once the run held its locks (none for a
    /// dry run, which records nothing).
    pub run_id: Option<i64>,
}

impl Session<'_> {
    pub(super) fn close(&self, report: &mut RunReport) {
        report.requests = self.client.requests();
        (report.retries, report.rate_limited) = self.client.retries();
        report.concurrency = self.client.concurrency();
        report.listed_twice = self.client.listed_twice();
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
    progress.begin("reading the team, members so far:", 0);
    let on_page = |n: usize| progress.advance(n as u64);
    let members = if recoverable_too {
        client.list_members_removed_too(&on_page).await
    } else {
        client.list_members_counted(&on_page).await
    }
    .map_err(|e| Error::dropbox(&connection.name, e))?;
    progress.end();
    // Dropbox took its credentials: an untested or invalid mark goes, and a last check
    // that failed (a test, or a run that was refused) gives way to one that worked.
    let failed = connection.last_test.as_ref().filter(|t| !t.ok);
    if connection.status != ConnectionStatus::Valid || failed.is_some() {
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
                Some(record) => store::record_connection_test(
                    tx,
                    &connection.name,
                    ConnectionStatus::Valid,
                    record,
                ),
                None => Ok(()),
            }
        })?;
    }
    Ok(members_for_plan(members))
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
        members_read: 0,
        planned,
        applied: BTreeMap::new(),
        failures: Vec::new(),
        states: StateCounts::default(),
        guard,
        operations: Vec::new(),
        directory_operations: Vec::new(),
        groups: GroupReport::default(),
        licenses: None,
        settled: 0,
        drift: 0,
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
fn record_stopped(ctx: &mut Context, run_id: i64, report: &mut RunReport) -> Result<()> {
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
pub(super) fn counted_states(counts: impl IntoIterator<Item = (UserState, u64)>) -> StateCounts {
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
