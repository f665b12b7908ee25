//! The plan: a pure function from (desired profiles, team members, links, user actions,
//! deletion limit) to the operations of one outbound run, each with its reason, and the
//! state every in-scope user ends in if they succeed (the outbound sync's correlate,
//! plan and guard steps in `docs/design.md`).
//!
//! What it guarantees, whatever the input: a member that no link and no correlation ties
//! to a user of this rule gets no operation (unmanaged members are never touched), and a
//! member linked to another rule is never taken over. The desired profiles come from
//! `Mapper::profiles`, which fails users who share an email or external id, so two users
//! never compete for one member here.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::plan_groups::{plan_groups, GroupInput, GroupPlan, Placement};
use crate::model::RemoveAction;
pub(crate) use crate::model::{Member, MemberStatus, ProfileChanges, UserState};
use crate::sync::guard::{deletion_guard, ChangeCounts, GroupCounts, Guard, GuardInput};
use crate::sync::Verdict;

mod found;
mod held;
mod index;
mod leavers;
mod narrow;
mod operation;
mod staged;
mod user;

pub(crate) use found::{member_found, MemberFound};
pub(crate) use held::{difference, HeldPlan};
use index::{Draft, Index};
use leavers::{plan_leavers, plan_strays};
pub(crate) use operation::*;
pub(crate) use staged::PendingRemoval;
use user::plan_user;

/// Turns the directory's wish, the team and the links into operations: the pure half of
/// a sync (the executor applies them).
pub fn plan(input: &Input<'_>) -> Plan {
    plan_of(input, None)
}

/// [`plan`], narrowed to the users `only` (ids): their operations and verdicts, and the
/// group memberships of their members; the guard weighs what is kept (`sync run --user`).
pub(crate) fn plan_for_users(input: &Input<'_>, only: &HashSet<String>) -> Plan {
    plan_of(input, Some(only))
}

fn plan_of(input: &Input<'_>, only: Option<&HashSet<String>>) -> Plan {
    let index = Index::new(input);
    let mut draft = Draft::default();
    for d in input.desired {
        plan_user(input.actions, &index, &mut draft, d);
    }
    let in_scope: HashSet<&str> = input.desired.iter().map(|d| d.user_id.as_str()).collect();
    let strays = plan_strays(input, &index, &in_scope, &mut draft);
    let linked_members = strays + plan_leavers(input, &index, &in_scope, &mut draft);
    let (mut operations, mut verdicts) = (draft.operations, draft.verdicts);
    let (mut left, mut pending_removals) = (draft.left, draft.pending);
    let mut groups = plan_groups_after(input, &index, &operations, &verdicts);
    if let Some(only) = only {
        let members = narrow::narrow_users(&mut operations, &mut verdicts, only);
        groups = narrow::narrow_groups(groups, only, &members);
        left.retain(|l| only.contains(&l.user_id));
        pending_removals.retain(|p| only.contains(&p.user_id));
    }
    let guard = guard(input, &index, &operations, linked_members, &groups.counts);
    operations.sort_by_key(|o| o.action.order());
    pending_removals.sort_by(|a, b| (a.due, &a.email).cmp(&(b.due, &b.email)));
    Plan {
        operations,
        verdicts,
        guard,
        groups,
        left,
        pending_removals,
    }
}

/// The group plan, from where the user operations leave each in-scope user.
fn plan_groups_after(
    input: &Input<'_>,
    index: &Index<'_>,
    operations: &[Operation],
    verdicts: &[Verdict],
) -> GroupPlan {
    let sources = &input.groups;
    if sources.wanted.is_empty() && !sources.links.iter().any(|l| l.rule == input.rule) {
        return GroupPlan::default();
    }
    let created: HashSet<&str> = operations
        .iter()
        .filter(|o| matches!(o.action, Action::Create { .. }))
        .map(|o| o.user_id.as_str())
        .collect();
    let placement: HashMap<String, Placement> = verdicts
        .iter()
        .map(|v| (v.user_id.clone(), placement_of(v, &created)))
        .collect();
    let mut managed: HashSet<String> = index
        .my_links
        .iter()
        .map(|l| l.team_member_id.clone())
        .collect();
    let mut leaving: HashSet<String> = HashSet::new();
    for o in operations {
        match &o.action {
            Action::Link { team_member_id, .. } => {
                managed.insert(team_member_id.clone());
            }
            Action::Deprovision {
                team_member_id,
                how: RemoveAction::Delete,
                ..
            } => {
                leaving.insert(team_member_id.clone());
            }
            _ => {}
        }
    }
    let mut members_of: HashMap<String, BTreeSet<String>> = HashMap::new();
    for m in input.members {
        for g in &m.groups {
            members_of
                .entry(g.clone())
                .or_default()
                .insert(m.team_member_id.clone());
        }
    }
    plan_groups(&GroupInput {
        rule: input.rule,
        wanted: sources.wanted,
        team: sources.team,
        links: sources.links,
        members_of: &members_of,
        placement: &placement,
        managed: &managed,
        leaving: &leaving,
        adopt_existing: sources.adopt_existing,
        exclusive: sources.exclusive,
    })
}

/// Where a user's member will be: linked users keep (or get) theirs, users this run
/// creates get a new one, failed users hold theirs as it is.
fn placement_of(v: &Verdict, created: &HashSet<&str>) -> Placement {
    match (v.state, &v.team_member_id) {
        (UserState::Synced | UserState::PartiallySynced, Some(id)) => Placement::Member(id.clone()),
        (UserState::Synced, None) if created.contains(v.user_id.as_str()) => Placement::Created,
        (_, id) => Placement::Held(id.clone()),
    }
}

/// The deletion guard's reading of the operations: deprovisioned members against the
/// linked ones, deleted groups against the owned ones, removed memberships against those
/// of the rule's groups, each with its own allowance; `--allow-deletes N` lets up to N of
/// each through. Mass changes of identity and mass unsuspends are weighed the same way
/// against every member linked, and `--allow-changes N` lets them through.
fn guard(
    input: &Input<'_>,
    index: &Index<'_>,
    operations: &[Operation],
    linked: u64,
    groups: &GroupCounts,
) -> Guard {
    let deprovisions = operations
        .iter()
        .filter(|o| o.action.is_deprovision())
        .count() as u64;
    deletion_guard(
        &GuardInput {
            limit: input.limit,
            allow_deletes: input.allow_deletes,
            deprovisions,
            linked,
            // An empty scope with members linked is a filter or population gone wrong:
            // stop even when nothing would be deprovisioned (every member would be
            // unlinked).
            empty_scope: input.desired.is_empty() && !index.my_links.is_empty(),
            changes: mass_changes(index, operations),
            allow_changes: input.allow_changes,
        },
        groups,
    )
}

/// The identity changes and unsuspends of a plan, and how many members the rule links.
fn mass_changes(index: &Index<'_>, operations: &[Operation]) -> ChangeCounts {
    let handed: HashSet<&str> = operations
        .iter()
        .filter(|o| o.action.handed_over_from().is_some())
        .map(|o| o.user_id.as_str())
        .collect();
    let rewrites = |id: &str, changes: &ProfileChanges| {
        let had = index
            .team
            .by_id
            .get(id)
            .and_then(|m| m.external_id.as_deref())
            .is_some_and(|x| !x.is_empty());
        changes.email.is_some() || (changes.external_id.is_some() && had)
    };
    let mut counts = ChangeCounts {
        base: index
            .my_links
            .iter()
            .filter(|l| index.team.by_id.contains_key(l.team_member_id.as_str()))
            .count() as u64,
        ..ChangeCounts::default()
    };
    for o in operations {
        match &o.action {
            Action::Update {
                team_member_id,
                changes,
                ..
            } if !handed.contains(o.user_id.as_str()) && rewrites(team_member_id, changes) => {
                counts.identity += 1
            }
            Action::Unsuspend { .. } => counts.unsuspends += 1,
            _ => {}
        }
    }
    counts
}

#[cfg(test)]
mod tests;
