//! The groups an LDAP rule brings in, once its users are written: planned against the
//! directory's groups and the rule's links (users written this run are members at once),
//! then written; counted in the run's report as `group create`, `group rename`, `group
//! members` and `group delete`, with each conflict and failure a failure of the run.

use std::collections::HashMap;

use crate::error::Result;
use crate::model::Rule;
use crate::ops::run::report::{FailedItem, RunReport};
use crate::ops::Context;
use crate::sync::guard::GroupCounts;
use crate::sync::inbound::{
    apply_groups, plan_groups, DirectoryGroup, GroupAction, GroupsInput, GroupsPlan, WantedGroup,
};

/// The plan of the rule's groups as the directory stands now, and what it takes away
/// (for the guard); `deleting_rule`: the rule is deleted with deprovisioning, and its
/// groups go with it.
pub(super) fn plan(
    ctx: &Context,
    rule: &Rule,
    wanted: &[WantedGroup],
    deleting_rule: bool,
) -> Result<(GroupsPlan, GroupCounts)> {
    let owned = ctx.store.inbound_groups(rule.id)?;
    let mut memberships = ctx.store.memberships()?;
    let groups: HashMap<String, DirectoryGroup> = ctx
        .store
        .groups()?
        .into_iter()
        .map(|g| {
            let members = memberships.remove(&g.id).unwrap_or_default();
            (
                g.id,
                DirectoryGroup {
                    name: g.name,
                    members,
                },
            )
        })
        .collect();
    let user_of: HashMap<String, String> = ctx
        .store
        .inbound_links(rule.id)?
        .into_iter()
        .map(|l| (l.source_id, l.user_id))
        .collect();
    let mut plan = plan_groups(&GroupsInput {
        wanted,
        owned: &owned,
        groups: &groups,
        user_of: &user_of,
    });
    if !deleting_rule {
        keep_all_when_none_found(&mut plan, wanted, owned.len());
    }
    let counts = counts(&owned, &groups, &plan);
    Ok((plan, counts))
}

/// A group search that finds none of the groups the rule brought in is a filter gone
/// wrong, not every group deleted: they are kept, and the run says so.
fn keep_all_when_none_found(plan: &mut GroupsPlan, wanted: &[WantedGroup], owned: usize) {
    if !wanted.is_empty() || owned == 0 {
        return;
    }
    let deleted = plan.operations.len();
    plan.operations.retain(|o| o.action != GroupAction::Delete);
    if deleted > 0 {
        plan.conflicts.push((
            format!("{owned} groups"),
            "the group search found none of the groups the rule brought in: they are kept \
             (check --group-filter; `rule delete --deprovision` removes them)"
                .into(),
        ));
    }
}

/// What a plan of the rule's groups takes away, for the deletion guard: the groups it
/// deletes, and the memberships it removes (a deleted group's included).
fn counts(
    owned: &HashMap<String, String>,
    groups: &HashMap<String, DirectoryGroup>,
    plan: &GroupsPlan,
) -> GroupCounts {
    let size = |id: &str| groups.get(id).map_or(0, |g| g.members.len() as u64);
    let mut counts = GroupCounts {
        owned: owned.len() as u64,
        memberships: owned.values().map(|id| size(id)).sum(),
        ..GroupCounts::default()
    };
    for op in &plan.operations {
        match &op.action {
            GroupAction::Delete => {
                counts.deletions += 1;
                counts.membership_removals += size(&op.group_id);
            }
            GroupAction::Members { remove, .. } => {
                counts.membership_removals += remove.len() as u64;
            }
            _ => {}
        }
    }
    counts
}

/// Adds the group plan to a report that applies nothing (a dry run, a stopped run).
pub(super) fn count_planned(report: &mut RunReport, plan: &GroupsPlan) {
    for op in &plan.operations {
        *report.planned.entry(op.action.kind().into()).or_default() += 1;
    }
    report.failures.extend(conflicts(plan));
}

/// Plans and writes the rule's groups, adding what happened to the report.
pub(super) fn write(
    ctx: &mut Context,
    (rule, run_id): (&Rule, i64),
    wanted: &[WantedGroup],
    deleting_rule: bool,
    report: &mut RunReport,
) -> Result<()> {
    let (plan, _) = plan(ctx, rule, wanted, deleting_rule)?;
    for op in &plan.operations {
        *report.planned.entry(op.action.kind().into()).or_default() += 1;
    }
    report.failures.extend(conflicts(&plan));
    for (op, result) in apply_groups(&mut ctx.store, (rule.id, run_id), &plan)? {
        let kind = op.action.kind();
        match result {
            Ok(_) => *report.applied.entry(kind.into()).or_default() += 1,
            Err(error) => report.failures.push(FailedItem {
                email: op.name,
                user_id: op.group_id,
                action: kind.into(),
                error,
            }),
        }
    }
    Ok(())
}

fn conflicts(plan: &GroupsPlan) -> impl Iterator<Item = FailedItem> + '_ {
    plan.conflicts.iter().map(|(name, why)| FailedItem {
        email: name.clone(),
        user_id: String::new(),
        action: "group".into(),
        error: why.clone(),
    })
}
