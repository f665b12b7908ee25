//! The group side of `sync run` and `sync status`: which directory groups a rule wants
//! with which in-scope users, reading the team's groups when the rule has any, the group
//! part of a run's report, and each group's state after a run.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;

use crate::dropbox::Client;
use crate::error::{Error, Result};
use crate::model::{DropboxGroup, GroupLink, GroupState, Member, Rule, User, WantedGroup};
use crate::ops::Context;
use crate::store::{GroupStateRow, NewGroupState};
use crate::sync::outbound::apply_groups::GroupExecution;
use crate::sync::outbound::plan_groups::{GroupAction, GroupOperation, GroupPlan, DELETE_KIND};

/// What the group plan reads, when the rule provisions or owns groups.
#[derive(Default)]
pub(crate) struct GroupSources {
    pub(crate) wanted: Vec<WantedGroup>,
    pub(crate) team: Vec<DropboxGroup>,
    pub(crate) links: Vec<GroupLink>,
}

/// The directory groups a rule provisions that still exist, each with the users of
/// `in_scope` in it.
pub(crate) fn wanted_groups(
    ctx: &Context,
    rule: &Rule,
    in_scope: &[User],
) -> Result<Vec<WantedGroup>> {
    if rule.provision_groups.is_empty() {
        return Ok(Vec::new());
    }
    let directory = ctx.store.groups()?;
    // Users name their groups; directory group names are unique ASCII-case-insensitively.
    let mut users_of: HashMap<String, Vec<String>> = HashMap::new();
    for u in in_scope {
        for name in &u.groups {
            users_of
                .entry(name.to_ascii_lowercase())
                .or_default()
                .push(u.id.clone());
        }
    }
    let by_id: HashMap<&str, _> = directory.iter().map(|g| (g.id.as_str(), g)).collect();
    Ok(rule
        .provision_groups
        .iter()
        .filter_map(|id| by_id.get(id.as_str()))
        .map(|g| WantedGroup {
            id: g.id.clone(),
            name: g.name.clone(),
            user_ids: users_of
                .get(&g.name.to_ascii_lowercase())
                .cloned()
                .unwrap_or_default(),
        })
        .collect())
}

/// The team's groups and the connection's group links, read only when the rule wants
/// groups, owns some or has group operations to settle (a rule without groups costs no
/// group request).
pub(crate) async fn read_groups(
    ctx: &Context,
    client: &Client,
    rule: &Rule,
    wanted: Vec<WantedGroup>,
    unsettled: bool,
) -> Result<GroupSources> {
    let links = ctx.store.group_links_of_connection(&rule.connection)?;
    if wanted.is_empty() && !unsettled && !links.iter().any(|l| l.rule == rule.name) {
        return Ok(GroupSources::default());
    }
    let team = client
        .list_groups()
        .await
        .map_err(|e| Error::dropbox(&rule.connection, e))?
        .into_iter()
        .map(|g| DropboxGroup {
            system_managed: g.management == "system_managed",
            group_id: g.group_id,
            name: g.name,
            external_id: g.external_id,
        })
        .collect();
    Ok(GroupSources {
        wanted,
        team,
        links,
    })
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct FailedGroup {
    /// The directory group's id.
    pub(crate) group: String,
    pub(crate) name: String,
    pub(crate) action: Option<String>,
    pub(crate) error: String,
}

/// The group part of a run report (PingOne's group section).
#[derive(Clone, Debug, Default, Serialize)]
pub(crate) struct GroupReport {
    /// Groups the run planned anything for.
    pub(crate) impacted: u64,
    pub(crate) synced: u64,
    pub(crate) failed: u64,
    pub(crate) planned: BTreeMap<String, u64>,
    pub(crate) applied: BTreeMap<String, u64>,
    pub(crate) failures: Vec<FailedGroup>,
    /// The whole group plan, when nothing was applied.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) operations: Vec<GroupOperation>,
}

impl GroupReport {
    pub(crate) fn is_empty(&self) -> bool {
        self.impacted == 0 && self.synced == 0 && self.failed == 0
    }

    /// Dropbox groups the run deleted.
    pub(crate) fn deleted(&self) -> u64 {
        self.applied.get(DELETE_KIND).copied().unwrap_or(0)
    }
}

/// The report of a plan not applied (yet): its counts and the groups it failed.
pub(crate) fn planned_report(plan: &GroupPlan) -> GroupReport {
    let mut report = GroupReport::default();
    for op in &plan.operations {
        *report.planned.entry(op.action.kind().into()).or_default() += 1;
    }
    let impacted: HashSet<&str> = plan.operations.iter().map(|o| o.group.as_str()).collect();
    report.impacted = impacted.len() as u64;
    for v in &plan.verdicts {
        match v.state {
            GroupState::Synced => report.synced += 1,
            GroupState::Failed => {
                report.failed += 1;
                report.failures.push(FailedGroup {
                    group: v.group.clone(),
                    name: v.name.clone(),
                    action: None,
                    error: v.reason.clone().unwrap_or_default(),
                });
            }
        }
    }
    report
}

/// The groups' states after a run: the plan's verdicts, turned Failed by the operations
/// that failed. Fills the report's applied counts and failures.
pub(crate) fn states_after(
    report: &mut GroupReport,
    (plan, team, member_of): (&GroupPlan, &[Member], &HashMap<String, String>),
    execution: &GroupExecution,
) -> Vec<NewGroupState> {
    let mut failed: BTreeMap<&str, String> = BTreeMap::new();
    // The Dropbox group each directory group's operations acted on (a new one for a create).
    let mut acted_on: BTreeMap<&str, &str> = BTreeMap::new();
    for a in &execution.applied {
        let kind = a.operation.action.kind();
        match a.outcome.error() {
            None => {
                *report.applied.entry(kind.into()).or_default() += 1;
                if let Some(id) = &a.group_id {
                    acted_on.insert(&a.operation.group, id);
                }
            }
            Some(e) => {
                report.failures.push(FailedGroup {
                    group: a.operation.group.clone(),
                    name: a.operation.name.clone(),
                    action: Some(kind.into()),
                    error: e.to_string(),
                });
                let entry = failed.entry(&a.operation.group).or_default();
                if !entry.is_empty() {
                    entry.push_str("; ");
                }
                entry.push_str(&format!("{kind}: {e}"));
            }
        }
    }
    let states: Vec<NewGroupState> = plan
        .verdicts
        .iter()
        .map(|v| {
            let error = failed.get(v.group.as_str()).cloned();
            NewGroupState {
                group: v.group.clone(),
                name: v.name.clone(),
                state: if error.is_some() {
                    GroupState::Failed
                } else {
                    v.state
                },
                dropbox_group_id: v
                    .dropbox_group_id
                    .clone()
                    .or_else(|| acted_on.get(v.group.as_str()).map(|s| s.to_string())),
                members: v.members as u64,
                error: error.or_else(|| v.reason.clone()),
                member_ids: None,
            }
        })
        .map(|mut s| {
            s.member_ids = s.dropbox_group_id.as_deref().map(|gid| {
                let ids = members_left(gid, &s.group, (team, member_of), execution);
                serde_json::to_string(&ids).unwrap_or_default()
            });
            s
        })
        .collect();
    report.synced = states
        .iter()
        .filter(|s| s.state == GroupState::Synced)
        .count() as u64;
    report.failed = states.len() as u64 - report.synced;
    states
}

/// The members of Dropbox group `gid` (directory group `group`) as the run leaves it: as
/// read, with the memberships its operations added and removed.
fn members_left(
    gid: &str,
    group: &str,
    (team, member_of): (&[Member], &HashMap<String, String>),
    execution: &GroupExecution,
) -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = team
        .iter()
        .filter(|m| m.groups.iter().any(|g| g == gid))
        .map(|m| m.team_member_id.clone())
        .collect();
    let done = execution
        .applied
        .iter()
        .filter(|a| a.outcome.error().is_none());
    for a in done.filter(|a| a.operation.group == group) {
        match &a.operation.action {
            GroupAction::AddMembers { users, .. } => {
                ids.extend(users.iter().filter_map(|u| member_of.get(u).cloned()));
            }
            GroupAction::RemoveMembers { members, .. } => {
                for m in members {
                    ids.remove(m);
                }
            }
            _ => {}
        }
    }
    ids
}

/// `sync status`'s group section of one rule.
#[derive(Clone, Debug, Default, Serialize)]
pub(crate) struct GroupStatus {
    pub(crate) impacted: u64,
    pub(crate) success: u64,
    pub(crate) failed: u64,
}

pub(crate) fn group_status(states: &[GroupStateRow]) -> GroupStatus {
    let failed = states
        .iter()
        .filter(|s| s.state == GroupState::Failed)
        .count() as u64;
    GroupStatus {
        impacted: states.len() as u64,
        success: states.len() as u64 - failed,
        failed,
    }
}
