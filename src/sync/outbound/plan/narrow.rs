//! A plan narrowed to some users (`sync run RULE --user ...`, provisioning on demand):
//! their operations and verdicts, and of the group plan only what adds or removes their
//! members (with the create or link a group they join needs first). Everything else —
//! other users, renames, deleted groups — waits for a full run. Pure.

use std::collections::HashSet;

use super::operation::{Action, Operation};
use crate::sync::outbound::plan_groups::{GroupAction, GroupOperation, GroupPlan};
use crate::sync::Verdict;

/// Keeps the operations and verdicts of the users `only` (ids), and returns the team
/// member ids those users hold or are deprovisioned from.
pub(super) fn narrow_users(
    operations: &mut Vec<Operation>,
    verdicts: &mut Vec<Verdict>,
    only: &HashSet<String>,
) -> HashSet<String> {
    operations.retain(|o| only.contains(&o.user_id));
    verdicts.retain(|v| only.contains(&v.user_id));
    let held = verdicts.iter().filter_map(|v| v.team_member_id.clone());
    let leaving = operations.iter().filter_map(|o| match &o.action {
        Action::Deprovision { team_member_id, .. } => Some(team_member_id.clone()),
        _ => None,
    });
    held.chain(leaving).collect()
}

/// The group plan's memberships of the users `only` (ids) and of the members they hold,
/// each group's create or link kept where a membership needs it; the counts the guard
/// reads are those of what is kept.
pub(super) fn narrow_groups(
    groups: GroupPlan,
    only: &HashSet<String>,
    members: &HashSet<String>,
) -> GroupPlan {
    let mut kept: Vec<GroupOperation> = Vec::new();
    let mut joined: HashSet<String> = HashSet::new();
    for mut op in groups.operations.iter().cloned() {
        let keep = match &mut op.action {
            GroupAction::AddMembers { users, .. } => {
                users.retain(|u| only.contains(u));
                !users.is_empty()
            }
            GroupAction::RemoveMembers { members: m, .. } => {
                m.retain(|id| members.contains(id));
                !m.is_empty()
            }
            _ => false,
        };
        if keep {
            joined.insert(op.group.clone());
            kept.push(op);
        }
    }
    // A group created or linked for the first time comes before its members.
    let first = groups.operations.into_iter().filter(|op| {
        matches!(
            op.action,
            GroupAction::Create { .. } | GroupAction::Link { .. }
        ) && joined.contains(&op.group)
    });
    let mut operations: Vec<GroupOperation> = first.collect();
    operations.extend(kept);
    let membership_removals = operations.iter().map(|op| op.action.deletions().1).sum();
    GroupPlan {
        counts: crate::sync::guard::GroupCounts {
            deletions: 0,
            membership_removals,
            ..groups.counts
        },
        verdicts: groups
            .verdicts
            .into_iter()
            .filter(|v| joined.contains(&v.group))
            .collect(),
        operations,
    }
}
