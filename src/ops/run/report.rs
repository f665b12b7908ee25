//! What a run is asked ([`RunOptions`]) and what it reports ([`RunReport`]), in either
//! direction, and the error a report stands for: a guard that stopped it, or items that
//! failed.

use std::collections::BTreeMap;

use serde::Serialize;

use super::outbound_groups::GroupReport;
use crate::dropbox::ConcurrencyReport;
use crate::error::{Error, GuardStop};
use crate::model::{Direction, RunOutcome};
use crate::sync::guard::Guard;
use crate::sync::inbound::{DirectoryGroupOperation, DirectoryOperation};
use crate::sync::outbound::licenses::LicensePlan;
use crate::sync::outbound::plan::{HeldPlan, Operation, PendingRemoval};
use crate::sync::outbound::undo::LeftAlone;

/// How `sync run` runs.
#[derive(Clone, Debug)]
pub(crate) struct RunOptions {
    pub(crate) dry_run: bool,
    pub(crate) allow_deletes: Option<u64>,
    /// `--allow-changes N`: identity changes and unsuspends the guard lets through.
    pub(crate) allow_changes: Option<u64>,
    /// `--revert-drift`: undo suspensions and removals made in Dropbox outside dbxprov.
    pub(crate) revert_drift: bool,
    pub(crate) concurrency: usize,
    /// The rule is being deleted with deprovisioning: every member it links is
    /// deprovisioned with the connection's remove action, whatever the scope, the
    /// deprovision setting and the deletion limit (the admin asked for exactly that).
    pub(crate) deprovision_all: bool,
    /// `sync run --due` runs it on its schedule: the slot it runs for is taken.
    pub(crate) scheduled: bool,
    /// `sync run RULE --user U...`: only these directory users (ids, usernames or
    /// emails) are provisioned; none is every user in scope.
    pub(crate) users: Vec<String>,
    /// `sync approve`: the stopped run whose plan this run must find again to apply it.
    pub(crate) approving: Option<std::sync::Arc<Approval>>,
    /// `sync undo`: the run whose changes this run takes back (instead of planning from
    /// the directory).
    pub(crate) undoing: Option<Undoing>,
}

/// The run an undo takes back, and whether what changed since is undone too.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Undoing {
    pub(crate) run_id: i64,
    pub(crate) force: bool,
}

/// A plan kept or shown (a stopped run's, an undo's shown before it was confirmed),
/// which a run applies only if it plans exactly it.
#[derive(Clone, Debug)]
pub(crate) struct Approval {
    /// The stopped run it approves (none for an undo's).
    pub(crate) run_id: Option<i64>,
    /// Which plan: "the one run 3 stopped".
    pub(crate) kept: String,
    pub(crate) plan: HeldPlan,
}

impl RunOptions {
    /// A run as `sync run` does it by default.
    pub(crate) fn new(dry_run: bool, allow_deletes: Option<u64>) -> RunOptions {
        RunOptions {
            dry_run,
            allow_deletes,
            allow_changes: None,
            revert_drift: false,
            concurrency: 4,
            deprovision_all: false,
            scheduled: false,
            users: Vec::new(),
            approving: None,
            undoing: None,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct FailedItem {
    pub(crate) email: String,
    pub(crate) user_id: String,
    pub(crate) action: String,
    pub(crate) error: String,
}

#[derive(Clone, Debug, Default, Serialize)]
pub(crate) struct StateCounts {
    pub(crate) synced: u64,
    pub(crate) unsynced: u64,
    pub(crate) partially_synced: u64,
    pub(crate) failed: u64,
}

impl StateCounts {
    /// Users with a state: PingOne's "impacted".
    pub(crate) fn total(&self) -> u64 {
        self.synced + self.unsynced + self.partially_synced + self.failed
    }
}

/// What one run of one rule did (or, dry, would do).
#[derive(Clone, Debug, Serialize)]
pub(crate) struct RunReport {
    pub(crate) rule: String,
    pub(crate) direction: Direction,
    pub(crate) connection: String,
    pub(crate) run_id: Option<i64>,
    pub(crate) dry_run: bool,
    pub(crate) outcome: RunOutcome,
    pub(crate) users_in_scope: usize,
    /// The run whose changes this run takes back (`sync undo`), and what it left alone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) undoes: Option<i64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) left_alone: Vec<LeftAlone>,
    /// The stopped run whose plan this run applied (`sync approve`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) approves: Option<i64>,
    /// The users a run was narrowed to (`--user`), as asked; empty for a full run.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) only_users: Vec<String>,
    /// Team members, or directory entries, read.
    pub(crate) members_read: usize,
    /// An inbound rule of an LDAP directory: it read entries, not team members.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(crate) from_directory: bool,
    /// Operations by kind: planned, and (not dry) succeeded.
    pub(crate) planned: BTreeMap<String, u64>,
    pub(crate) applied: BTreeMap<String, u64>,
    pub(crate) failures: Vec<FailedItem>,
    pub(crate) states: StateCounts,
    pub(crate) guard: Guard,
    /// The whole plan, when nothing was applied: a dry run, or a run the guard stopped.
    pub(crate) operations: Vec<Operation>,
    /// An inbound rule's whole plan (directory writes), when nothing was applied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) directory_operations: Vec<DirectoryOperation>,
    /// An LDAP rule's group writes, when nothing was applied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) directory_group_operations: Vec<DirectoryGroupOperation>,
    /// The groups the rule provisions (empty for a rule without groups).
    pub(crate) groups: GroupReport,
    /// Suspended leavers a staged removal removes later, with the day (outbound runs).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) pending_removals: Vec<PendingRemoval>,
    /// What the plan does to the team's licenses (outbound runs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) licenses: Option<LicensePlan>,
    /// Operations of earlier runs whose outcome was unknown, settled by this run.
    pub(crate) settled: u64,
    /// Members the rule manages changed in Dropbox outside dbxprov since its last run
    /// (`sync drift` lists them).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub(crate) changed_outside: u64,
    /// Members suspended or removed in Dropbox outside dbxprov, left as they are.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub(crate) drift: u64,
    pub(crate) requests: u64,
    /// Requests sent again (after a 5xx, a network error or a 429), and the 429s met.
    #[serde(default)]
    pub(crate) retries: u64,
    #[serde(default)]
    pub(crate) rate_limited: u64,
    /// Requests in flight: as configured, where the 429s left it, its lowest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) concurrency: Option<ConcurrencyReport>,
    /// Members (or groups) Dropbox listed twice while the run read the team, each taken
    /// once.
    #[serde(skip_serializing_if = "is_zero")]
    pub(crate) listed_twice: u64,
    pub(crate) duration_ms: u64,
}

impl RunReport {
    /// A run that planned only some users (`--user`), or undid another: it records only
    /// its users' states, and leaves settling, drift and the groups' states to full runs.
    pub(crate) fn partial(&self) -> bool {
        !self.only_users.is_empty() || self.undoes.is_some()
    }
}

pub(super) fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// Whether a run read all it had to and the guard let it through: what the rules after
/// it may build on. A run whose items failed (an entry's mapping, a name taken) read
/// everything; one that failed as a whole returns an error instead of a report.
pub(crate) fn went_through(report: &RunReport) -> bool {
    report.outcome != RunOutcome::Stopped
}

/// The error a report stands for, if any: a guard that stopped it (exit 6), or users
/// that failed (exit 5).
pub(crate) fn report_error(report: &RunReport) -> Option<Error> {
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
pub(super) fn summarize_failures<'a>(
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

/// Why a run whose every item failed is `failed`, as its history row keeps it: the
/// failures summed up, without the rule's name (the row is the rule's).
pub(crate) fn failure_reason(report: &RunReport) -> Option<String> {
    let text = report_error(report)?.to_string();
    let prefix = format!("rule {:?}: ", report.rule);
    Some(text.strip_prefix(&prefix).unwrap_or(&text).to_string())
}

/// A stopped report as the error the CLI exits with (code 6): what tripped, and the
/// exact `--allow-deletes` that lets the same plan through.
pub(crate) fn guard_error(report: &RunReport) -> Error {
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
