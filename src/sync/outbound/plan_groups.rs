//! The group half of the pure plan: which Dropbox groups a rule's directory groups become,
//! which are renamed, whose members are added or removed, and which are deleted. It works
//! from the user half's outcome ([`Placement`]): a group holds the in-scope users that
//! are, or are about to be, linked to a member.
//!
//! A Dropbox group is the rule's when the rule's link says so, or when it carries the
//! directory group's id as its external id (dbxprov created it and the link was lost).
//! A same-name group that dbxprov did not create is adopted only when the rule says so;
//! otherwise it fails and is left untouched. Members dbxprov does not manage stay in
//! their groups unless the rule wants exclusive membership.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::model::{Change, DropboxGroup, GroupLink, GroupState, WantedGroup};
use crate::sync::guard::GroupCounts;

/// Where a wanted user's member will be once the user operations are applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Placement {
    /// Linked (or about to be) to this member.
    Member(String),
    /// Created by this run: its id is known only once the add is applied.
    Created,
    /// The user failed: its member (if any) keeps its memberships as they are.
    Held(Option<String>),
}

/// What the group plan needs beyond the directory's groups and the team's.
pub(crate) struct GroupInput<'a> {
    pub(crate) rule: &'a str,
    pub(crate) wanted: &'a [WantedGroup],
    pub(crate) team: &'a [DropboxGroup],
    /// Group links of every rule of the connection.
    pub(crate) links: &'a [GroupLink],
    /// Dropbox group id -> the team member ids in it (from the members' `profile.groups`).
    pub(crate) members_of: &'a HashMap<String, BTreeSet<String>>,
    /// In-scope user id -> where its member will be.
    pub(crate) placement: &'a HashMap<String, Placement>,
    /// The members this rule manages (linked, or linked by this run).
    pub(crate) managed: &'a HashSet<String>,
    /// Members this run removes from the team: they leave their groups by themselves.
    pub(crate) leaving: &'a HashSet<String>,
    pub(crate) adopt_existing: bool,
    pub(crate) exclusive: bool,
}

/// The kind (in reports and the journal) of a group deletion.
pub(crate) const DELETE_KIND: &str = "group_delete";

/// What one group operation does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub(crate) enum GroupAction {
    /// `groups/create` with the directory group's id as external id, then a link.
    Create {
        name: String,
    },
    /// A link to an existing group: ours by external id, or adopted by name. With
    /// `handed_over_from`, the group was this rule's for that directory group, deleted
    /// and re-created under the same name: the link passes to the new one (and the
    /// group's external id with it), so that its members and shared folders stay.
    Link {
        group_id: String,
        adopted: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        handed_over_from: Option<String>,
    },
    Rename {
        group_id: String,
        name: String,
    },
    /// Adds these users' members; `group_id` is `None` for the group this run creates.
    AddMembers {
        group_id: Option<String>,
        users: Vec<String>,
    },
    RemoveMembers {
        group_id: String,
        members: Vec<String>,
    },
    /// `groups/delete` of a group the rule created or adopted, then the link goes.
    Delete {
        group_id: String,
    },
    /// The group is gone from Dropbox: only the link goes.
    Unlink {
        group_id: String,
    },
}

impl GroupAction {
    /// The name in reports, journals and JSON.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            GroupAction::Create { .. } => "group_create",
            GroupAction::Link { .. } => "group_link",
            GroupAction::Rename { .. } => "group_rename",
            GroupAction::AddMembers { .. } => "group_add_members",
            GroupAction::RemoveMembers { .. } => "group_remove_members",
            GroupAction::Delete { .. } => DELETE_KIND,
            GroupAction::Unlink { .. } => "group_unlink",
        }
    }

    /// Whether the deletion guard counts it: a deleted group, or each removed membership.
    pub(crate) fn deletions(&self) -> (u64, u64) {
        match self {
            GroupAction::Delete { .. } => (1, 0),
            GroupAction::RemoveMembers { members, .. } => (0, members.len() as u64),
            _ => (0, 0),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct GroupOperation {
    /// The directory group's id.
    pub(crate) group: String,
    /// The directory group's name (the Dropbox group's, for a deleted one).
    pub(crate) name: String,
    pub(crate) action: GroupAction,
    pub(crate) reason: String,
    /// What it changes, old -> new (a rename's name).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) changes: Vec<Change>,
}

/// Where a wanted group stands once the planned operations succeed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct GroupVerdict {
    pub(crate) group: String,
    pub(crate) name: String,
    pub(crate) state: GroupState,
    pub(crate) dropbox_group_id: Option<String>,
    /// Members it will have that this rule placed there.
    pub(crate) members: usize,
    pub(crate) reason: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub(crate) struct GroupPlan {
    pub(crate) operations: Vec<GroupOperation>,
    pub(crate) verdicts: Vec<GroupVerdict>,
    pub(crate) counts: GroupCounts,
}

/// How a wanted group was matched to a Dropbox group.
enum Match<'a> {
    Existing(&'a DropboxGroup),
    /// Ours by external id, or adopted by name: linked by this run.
    Linked(&'a DropboxGroup, bool),
    /// This rule's for a directory group no longer wanted whose name a wanted one now
    /// has (the group re-created in the directory): handed over to it.
    HandedOver(&'a DropboxGroup, String),
    Missing,
    Refused(String),
}

/// The team's groups and the links, indexed once: a rule may have a thousand groups.
struct Lookup<'a> {
    by_id: HashMap<&'a str, &'a DropboxGroup>,
    by_external_id: HashMap<&'a str, &'a DropboxGroup>,
    /// Lowercased names (Dropbox keeps them unique case-insensitively).
    by_name: HashMap<String, &'a DropboxGroup>,
    /// Dropbox group id -> the link of whichever rule owns it.
    owner: HashMap<&'a str, &'a GroupLink>,
    /// This rule's links, by directory group id (ordered, so that the plan is too).
    mine: BTreeMap<&'a str, &'a GroupLink>,
}

impl<'a> Lookup<'a> {
    fn new(input: &GroupInput<'a>) -> Self {
        let mut lookup = Lookup {
            by_id: HashMap::new(),
            by_external_id: HashMap::new(),
            by_name: HashMap::new(),
            owner: HashMap::new(),
            mine: BTreeMap::new(),
        };
        for g in input.team {
            lookup.by_id.insert(&g.group_id, g);
            if let Some(x) = g.external_id.as_deref() {
                lookup.by_external_id.entry(x).or_insert(g);
            }
            lookup.by_name.entry(g.name.to_lowercase()).or_insert(g);
        }
        for l in input.links {
            lookup.owner.entry(&l.dropbox_group_id).or_insert(l);
            if l.rule == input.rule {
                lookup.mine.insert(&l.directory_group_id, l);
            }
        }
        lookup
    }
}

pub(crate) fn plan_groups(input: &GroupInput<'_>) -> GroupPlan {
    let lookup = Lookup::new(input);
    let mut plan = GroupPlan::default();
    for group in input.wanted {
        plan_group(input, &lookup, group, &mut plan);
    }
    let wanted: HashSet<&str> = input.wanted.iter().map(|g| g.id.as_str()).collect();
    let handed: HashSet<String> = plan
        .operations
        .iter()
        .filter_map(|op| match &op.action {
            GroupAction::Link {
                handed_over_from: Some(from),
                ..
            } => Some(from.clone()),
            _ => None,
        })
        .collect();
    let mine = || lookup.mine.values();
    let dropped = |l: &&&GroupLink| {
        !wanted.contains(l.directory_group_id.as_str()) && !handed.contains(&l.directory_group_id)
    };
    for link in mine().filter(dropped) {
        plan_dropped(&lookup.by_id, link, &mut plan);
    }
    plan.counts.owned = mine()
        .filter(|l| lookup.by_id.contains_key(l.dropbox_group_id.as_str()))
        .count() as u64;
    plan.counts.memberships = mine()
        .filter_map(|l| input.members_of.get(&l.dropbox_group_id))
        .map(|m| m.len() as u64)
        .sum();
    for op in &plan.operations {
        let (groups, memberships) = op.action.deletions();
        plan.counts.deletions += groups;
        plan.counts.membership_removals += memberships;
        // A deleted group's memberships go with it.
        if let GroupAction::Delete { group_id } = &op.action {
            plan.counts.membership_removals +=
                input.members_of.get(group_id).map_or(0, |m| m.len() as u64);
        }
    }
    plan
}

fn plan_group(
    input: &GroupInput<'_>,
    lookup: &Lookup<'_>,
    group: &WantedGroup,
    plan: &mut GroupPlan,
) {
    let by_id = &lookup.by_id;
    let mut op = |action: GroupAction, reason: String, changes: Vec<Change>| {
        plan.operations.push(GroupOperation {
            group: group.id.clone(),
            name: group.name.clone(),
            action,
            reason,
            changes,
        })
    };
    let link = lookup.mine.get(group.id.as_str());
    if let Some(l) = link.filter(|l| !by_id.contains_key(l.dropbox_group_id.as_str())) {
        let unlink = GroupAction::Unlink {
            group_id: l.dropbox_group_id.clone(),
        };
        op(unlink, "the Dropbox group no longer exists".into(), vec![]);
    }
    let found = match link.and_then(|l| by_id.get(l.dropbox_group_id.as_str())) {
        Some(g) => Match::Existing(g),
        None => correlate(input, lookup, group),
    };
    let (linking, target) = match found {
        Match::Refused(reason) => {
            plan.verdicts
                .push(verdict(group, GroupState::Failed, None, 0, Some(reason)));
            return;
        }
        other => linking(group, other),
    };
    if let Some((action, reason)) = linking {
        op(action, reason, vec![]);
    }
    if let Some(g) = target.filter(|g| g.name != group.name) {
        let rename = GroupAction::Rename {
            group_id: g.group_id.clone(),
            name: group.name.clone(),
        };
        let name = Change {
            attribute: "name".into(),
            old: Some(g.name.clone()),
            new: Some(group.name.clone()),
        };
        let reason = "the name differs from the directory group's".to_string();
        op(rename, reason, vec![name]);
    }
    let id = target.map(|g| g.group_id.clone());
    let (add, remove, members) = membership(input, group, id.as_deref());
    if !remove.is_empty() {
        let group_id = id
            .clone()
            .expect("only an existing group has members to remove");
        let reason = format!("{} members no longer belong in it", remove.len());
        op(
            GroupAction::RemoveMembers {
                group_id,
                members: remove,
            },
            reason,
            vec![],
        );
    }
    if !add.is_empty() {
        let reason = format!("{} members belong in it", add.len());
        let add_members = GroupAction::AddMembers {
            group_id: id.clone(),
            users: add,
        };
        op(add_members, reason, vec![]);
    }
    plan.verdicts
        .push(verdict(group, GroupState::Synced, id, members, None));
}

/// What a match asks of the plan: the link (or create) with its reason, if any, and the
/// Dropbox group the rest of the plan works on (none when it is to be created).
fn linking<'a>(
    group: &WantedGroup,
    found: Match<'a>,
) -> (Option<(GroupAction, String)>, Option<&'a DropboxGroup>) {
    match found {
        Match::Refused(_) => (None, None),
        Match::Missing => {
            let create = GroupAction::Create {
                name: group.name.clone(),
            };
            (Some((create, "in the rule, not in Dropbox".into())), None)
        }
        Match::HandedOver(g, from) => {
            let link = GroupAction::Link {
                group_id: g.group_id.clone(),
                adopted: false,
                handed_over_from: Some(from.clone()),
            };
            let why = format!(
                "the group was re-created in the directory under the same name (was {from}): \
                 the Dropbox group passes to it, with its members and shared folders"
            );
            (Some((link, why)), Some(g))
        }
        Match::Linked(g, adopted) => {
            let link = GroupAction::Link {
                group_id: g.group_id.clone(),
                adopted,
                handed_over_from: None,
            };
            let how = if adopted {
                "adopted by name"
            } else {
                "found by external id"
            };
            (Some((link, how.into())), Some(g))
        }
        Match::Existing(g) => (None, Some(g)),
    }
}

/// A wanted group without a live link: ours by external id, else by name (adopted when
/// allowed), else missing. A group another rule owns, or a system-managed one, is refused.
fn correlate<'a>(input: &GroupInput<'a>, lookup: &Lookup<'a>, group: &WantedGroup) -> Match<'a> {
    let owner = |g: &DropboxGroup| {
        lookup
            .owner
            .get(g.group_id.as_str())
            .map(|l| (l.rule.clone(), l.directory_group_id.clone()))
    };
    let by_external = lookup.by_external_id.get(group.id.as_str()).copied();
    let by_name = || lookup.by_name.get(&group.name.to_lowercase()).copied();
    let (found, ours) = match by_external {
        Some(g) => (g, true),
        None => match by_name() {
            Some(g) => (g, false),
            None => return Match::Missing,
        },
    };
    if let Some((rule, directory_group)) = owner(found) {
        let dropped = !input.wanted.iter().any(|w| w.id == directory_group);
        if rule == input.rule && dropped && found.name.eq_ignore_ascii_case(&group.name) {
            return Match::HandedOver(found, directory_group);
        }
        return Match::Refused(if rule == input.rule {
            format!(
                "the Dropbox group {:?} ({}) is already provisioned from directory group {directory_group}",
                found.name, found.group_id
            )
        } else {
            format!(
                "the Dropbox group {:?} ({}) is managed by rule {rule:?}",
                found.name, found.group_id
            )
        });
    }
    if found.system_managed {
        return Match::Refused(format!(
            "the Dropbox group {:?} is system-managed: Dropbox lets no app change it",
            found.name
        ));
    }
    if ours || input.adopt_existing {
        return Match::Linked(found, !ours);
    }
    Match::Refused(format!(
        "a Dropbox group named {:?} ({}) exists that dbxprov did not create; it is left untouched \
         (adopt it with --adopt-existing-groups)",
        found.name, found.group_id
    ))
}

/// The users to add and the members to remove, and how many members the rule will have
/// placed in the group.
fn membership(
    input: &GroupInput<'_>,
    group: &WantedGroup,
    group_id: Option<&str>,
) -> (Vec<String>, Vec<String>, usize) {
    let empty = BTreeSet::new();
    let current = group_id
        .and_then(|id| input.members_of.get(id))
        .unwrap_or(&empty);
    let mut wanted_members: HashSet<&str> = HashSet::new();
    let mut held: HashSet<&str> = HashSet::new();
    let mut add = Vec::new();
    let mut created = 0;
    for user in &group.user_ids {
        match input.placement.get(user) {
            Some(Placement::Member(id)) => {
                wanted_members.insert(id);
                if !current.contains(id) {
                    add.push(user.clone());
                }
            }
            Some(Placement::Created) => {
                created += 1;
                add.push(user.clone());
            }
            Some(Placement::Held(Some(id))) => {
                held.insert(id);
            }
            Some(Placement::Held(None)) | None => {}
        }
    }
    let placed = wanted_members.len() + created;
    let remove: Vec<String> = current
        .iter()
        .filter(|m| !wanted_members.contains(m.as_str()) && !held.contains(m.as_str()))
        .filter(|m| input.exclusive || input.managed.contains(*m))
        .filter(|m| !input.leaving.contains(*m))
        .cloned()
        .collect();
    (add, remove, placed)
}

/// A group dropped from the rule or deleted in the directory: deleted in Dropbox (it is
/// the rule's: created or adopted), or only unlinked when it is gone already.
fn plan_dropped(by_id: &HashMap<&str, &DropboxGroup>, link: &GroupLink, plan: &mut GroupPlan) {
    let group_id = link.dropbox_group_id.clone();
    let (name, action, reason) = match by_id.get(group_id.as_str()) {
        Some(g) => (
            g.name.clone(),
            GroupAction::Delete { group_id },
            "no longer in the rule, or deleted in the directory",
        ),
        None => (
            String::new(),
            GroupAction::Unlink { group_id },
            "gone from Dropbox and no longer in the rule",
        ),
    };
    plan.operations.push(GroupOperation {
        group: link.directory_group_id.clone(),
        name,
        action,
        reason: reason.into(),
        changes: vec![],
    });
}

fn verdict(
    group: &WantedGroup,
    state: GroupState,
    dropbox_group_id: Option<String>,
    members: usize,
    reason: Option<String>,
) -> GroupVerdict {
    GroupVerdict {
        group: group.id.clone(),
        name: group.name.clone(),
        state,
        dropbox_group_id,
        members,
        reason,
    }
}
