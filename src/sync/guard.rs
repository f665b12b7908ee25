//! The deletion guard, in either direction: before anything is sent, the deprovisions,
//! group deletions and membership removals of a plan are weighed against the rule's
//! limit (`--max-deletes`), and mass changes of identity and mass unsuspends against
//! the same limit over every member linked; a plan over any of them stops the run
//! unless `--allow-deletes` / `--allow-changes` let exactly it through.

use serde::{Deserialize, Serialize};

use crate::model::DeleteLimit;

/// The deletion guard's reading of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Guard {
    pub(crate) deprovisions: u64,
    /// Active or invited members linked to the rule (suspended ones need no guarding).
    pub(crate) linked: u64,
    pub(crate) allowed: u64,
    /// The scope is empty while members are linked (a filter or population gone wrong).
    pub(crate) empty_scope: bool,
    pub(crate) tripped: bool,
    /// When tripped: the `--allow-deletes N` that lets exactly this plan through.
    pub(crate) allow_deletes_needed: Option<u64>,
    /// Groups the plan deletes, of those the rule owns, and how many may go.
    #[serde(default)]
    pub(crate) group_deletions: u64,
    #[serde(default)]
    pub(crate) groups_owned: u64,
    #[serde(default)]
    pub(crate) groups_allowed: u64,
    /// Memberships the plan removes, of those in the rule's groups, and how many may go.
    #[serde(default)]
    pub(crate) membership_removals: u64,
    #[serde(default)]
    pub(crate) memberships: u64,
    #[serde(default)]
    pub(crate) memberships_allowed: u64,
    /// Members whose email changes, or whose external id is rewritten (not set where
    /// there was none, nor passed on with a member handed over): a mapping gone wrong
    /// re-addresses everyone at once.
    #[serde(default)]
    pub(crate) identity_changes: u64,
    /// Members unsuspended.
    #[serde(default)]
    pub(crate) unsuspends: u64,
    /// Members linked to the rule, whatever their status (the base of their limit).
    #[serde(default)]
    pub(crate) changes_base: u64,
    #[serde(default)]
    pub(crate) changes_allowed: u64,
    /// When mass changes tripped it: the `--allow-changes N` that lets this plan through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) allow_changes_needed: Option<u64>,
}

impl Guard {
    /// The `--allow-deletes` and `--allow-changes` that let exactly what it read
    /// through: its deprovisions, group deletions and membership removals; its identity
    /// changes and unsuspends (a plan shown and confirmed, or approved).
    pub(crate) fn allowances(&self) -> (u64, u64) {
        let deletes = self
            .deprovisions
            .max(self.group_deletions)
            .max(self.membership_removals);
        (deletes, self.identity_changes.max(self.unsuspends))
    }
}

/// The figures the deletion guard reads.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct GroupCounts {
    /// Groups the rule owns now.
    pub(crate) owned: u64,
    pub(crate) deletions: u64,
    /// Memberships in the rule's groups now.
    pub(crate) memberships: u64,
    pub(crate) membership_removals: u64,
}

/// Mass changes the guard weighs besides deprovisions (none for inbound rules).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ChangeCounts {
    pub(crate) identity: u64,
    pub(crate) unsuspends: u64,
    /// Members linked to the rule, whatever their status.
    pub(crate) base: u64,
}

/// What the deletion guard weighs, in either direction.
pub(crate) struct GuardInput {
    pub(crate) limit: Option<DeleteLimit>,
    pub(crate) allow_deletes: Option<u64>,
    pub(crate) deprovisions: u64,
    /// What the rule holds that could be deprovisioned (the base of a percentage).
    pub(crate) linked: u64,
    pub(crate) empty_scope: bool,
    pub(crate) changes: ChangeCounts,
    pub(crate) allow_changes: Option<u64>,
}

/// The deletion guard: the deprovisions, group deletions and membership removals of a
/// plan against the rule's limit, and what `--allow-deletes` lets through.
pub(crate) fn deletion_guard(input: &GuardInput, groups: &GroupCounts) -> Guard {
    let (deprovisions, linked, empty_scope) = (input.deprovisions, input.linked, input.empty_scope);
    let allowed = DeleteLimit::allowed(input.limit, linked);
    // Deleting a group cuts its members off its shared folders: no floor of a few.
    let groups_allowed = DeleteLimit::allowed_at_least(input.limit, groups.owned, 1);
    let memberships_allowed = DeleteLimit::allowed(input.limit, groups.memberships);
    let removals = groups.membership_removals;
    let over: Vec<u64> = [
        (deprovisions, deprovisions > allowed || empty_scope),
        (groups.deletions, groups.deletions > groups_allowed),
        (removals, removals > memberships_allowed),
    ]
    .into_iter()
    .filter(|(_, over)| *over)
    .map(|(n, _)| n)
    .collect();
    let deletes_tripped = !over.is_empty()
        && input
            .allow_deletes
            .is_none_or(|n| over.iter().any(|o| *o > n));
    let changes = input.changes;
    let changes_allowed = DeleteLimit::allowed(input.limit, changes.base);
    let changes_over = [changes.identity, changes.unsuspends]
        .into_iter()
        .filter(|n| *n > changes_allowed)
        .max();
    let changes_tripped =
        changes_over.is_some_and(|n| input.allow_changes.is_none_or(|allowed| n > allowed));
    Guard {
        deprovisions,
        linked,
        allowed,
        empty_scope,
        tripped: deletes_tripped || changes_tripped,
        allow_deletes_needed: deletes_tripped.then(|| over.iter().copied().max().unwrap_or(0)),
        identity_changes: changes.identity,
        unsuspends: changes.unsuspends,
        changes_base: changes.base,
        changes_allowed,
        allow_changes_needed: changes_over.filter(|_| changes_tripped),
        group_deletions: groups.deletions,
        groups_owned: groups.owned,
        groups_allowed,
        membership_removals: removals,
        memberships: groups.memberships,
        memberships_allowed,
    }
}
