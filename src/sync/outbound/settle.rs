//! Settling the operations of earlier runs whose outcome was never known (the process
//! died, the answer was lost): a pure function from those journal rows, the team as this
//! run read it and this run's plan to how each is settled, and with what evidence. The
//! journal says "applied" only when the team shows it: a create by a member or group
//! that carries the external id it gave; an update, suspension, removal or rename by the
//! member or group read as the operation left it; an operation the team cannot show
//! (a group's added members, a link) by the plan finding nothing of that kind left to do.
//! A newer change of the same kind planned since does not make an applied one "not
//! applied": what the team shows decides.

use std::collections::{HashMap, HashSet};

use super::plan::{Action, LostCreate, Member, Operation};
use super::plan_groups::{GroupAction, GroupOperation};
use crate::model::{DropboxGroup, JournalStatus, MemberStatus, ProfileChanges, RemoveAction};
use crate::store::JournalEntry;

/// How one operation of an earlier run is settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Settlement {
    /// A member or group on the team carries the external id the create gave.
    Created,
    /// The member or group reads as the operation left it.
    Shown,
    /// The member or group reads otherwise: it was not applied (or was undone since).
    NotShown,
    /// The user is still in scope and the plan has nothing of that kind left to do: the
    /// team reads as the operation wanted.
    AsWanted,
    /// The plan does it again: it was not applied.
    Redone,
    /// Nothing on the team carries the external id the create gave.
    NotCreated,
    /// The user or group left the scope, or its member or group is gone: nothing this
    /// run read tells.
    Unknowable,
}

impl Settlement {
    pub(crate) fn status(self) -> JournalStatus {
        match self {
            Settlement::Created | Settlement::Shown | Settlement::AsWanted => JournalStatus::Ok,
            Settlement::Redone | Settlement::NotCreated | Settlement::NotShown => {
                JournalStatus::Failed
            }
            Settlement::Unknowable => JournalStatus::Unknown,
        }
    }

    /// The note the journal keeps, naming the run that settled it.
    pub(crate) fn note(self, run_id: i64) -> String {
        match self {
            Settlement::Created => {
                format!("applied: run {run_id} found what it created on the team")
            }
            Settlement::Shown => {
                format!("applied: run {run_id} read the team as it left it")
            }
            Settlement::NotShown => {
                format!("not applied (or undone since): run {run_id} read the team otherwise")
            }
            Settlement::AsWanted => {
                format!("applied: run {run_id} found nothing of the kind left to do")
            }
            Settlement::Redone => {
                format!("not applied: run {run_id} found it still to do, and does it")
            }
            Settlement::NotCreated => {
                format!("not applied: run {run_id} found nothing with its external id")
            }
            Settlement::Unknowable => {
                format!("unknown: nothing run {run_id} read could tell (left the scope, or gone)")
            }
        }
    }
}

/// The creates among unsettled operations: the members they may have made carry these
/// external ids (the plan claims them for the rule).
pub(crate) fn lost_creates(unsettled: &[JournalEntry]) -> Vec<LostCreate> {
    unsettled
        .iter()
        .filter_map(|e| {
            Some(LostCreate {
                user_id: e.user_id.clone(),
                external_id: external_id_given(e)?,
            })
        })
        .collect()
}

/// The external id a journaled create gave its member.
fn external_id_given(e: &JournalEntry) -> Option<String> {
    match serde_json::from_value(e.detail.clone()) {
        Ok(Action::Create { profile }) => Some(profile.external_id),
        _ => None,
    }
}

/// What this run read and plans, against which earlier operations are settled.
pub(crate) struct Evidence<'a> {
    pub(crate) planned: &'a [Operation],
    pub(crate) planned_groups: &'a [GroupOperation],
    pub(crate) members: &'a [Member],
    /// Removed members Dropbox can still recover.
    pub(crate) recoverable: &'a [Member],
    /// The team's groups; read whenever an unsettled group operation exists.
    pub(crate) groups: &'a [DropboxGroup],
    /// The users in the rule's scope.
    pub(crate) in_scope: &'a HashSet<&'a str>,
    /// The directory groups the rule provisions.
    pub(crate) wanted_groups: &'a HashSet<&'a str>,
}

/// [`Evidence`], indexed once.
struct Index<'a> {
    todo: HashSet<(&'a str, &'a str)>,
    /// Directory group -> the users this run adds to it.
    adding: HashMap<&'a str, HashSet<&'a str>>,
    member: HashMap<&'a str, &'a Member>,
    member_by_external: HashSet<&'a str>,
    group: HashMap<&'a str, &'a DropboxGroup>,
    group_by_external: HashSet<&'a str>,
    evidence: &'a Evidence<'a>,
}

/// How each unsettled operation is settled, by journal row id.
pub(crate) fn settle(
    unsettled: &[JournalEntry],
    evidence: &Evidence<'_>,
) -> Vec<(i64, Settlement)> {
    let users = evidence
        .planned
        .iter()
        .map(|op| (op.user_id.as_str(), op.action.kind()));
    let groups = evidence
        .planned_groups
        .iter()
        .map(|op| (op.group.as_str(), op.action.kind()));
    let mut adding: HashMap<&str, HashSet<&str>> = HashMap::new();
    for op in evidence.planned_groups {
        if let GroupAction::AddMembers { users, .. } = &op.action {
            let users = users.iter().map(String::as_str);
            adding.entry(op.group.as_str()).or_default().extend(users);
        }
    }
    let index = Index {
        todo: users.chain(groups).collect(),
        adding,
        member: evidence
            .members
            .iter()
            .map(|m| (m.team_member_id.as_str(), m))
            .collect(),
        member_by_external: evidence
            .members
            .iter()
            .filter_map(|m| m.external_id.as_deref())
            .collect(),
        group: evidence
            .groups
            .iter()
            .map(|g| (g.group_id.as_str(), g))
            .collect(),
        group_by_external: evidence
            .groups
            .iter()
            .filter_map(|g| g.external_id.as_deref())
            .collect(),
        evidence,
    };
    unsettled.iter().map(|e| (e.id, index.settle(e))).collect()
}

impl Index<'_> {
    fn settle(&self, e: &JournalEntry) -> Settlement {
        let redone = self.redone(e);
        match self.team_shows(e) {
            Some(Shows::Created(true)) => Settlement::Created,
            Some(Shows::Created(false)) if redone => Settlement::Redone,
            Some(Shows::Created(false)) => Settlement::NotCreated,
            Some(Shows::Left(true)) => Settlement::Shown,
            Some(Shows::Left(false)) if redone => Settlement::Redone,
            Some(Shows::Left(false)) => Settlement::NotShown,
            Some(Shows::Gone) => Settlement::Unknowable,
            None if redone => Settlement::Redone,
            None if self.in_scope(e) => Settlement::AsWanted,
            None => Settlement::Unknowable,
        }
    }

    /// Whether this run does the operation again: an operation of that kind for its
    /// subject, or for added members one that adds some of the same users.
    fn redone(&self, e: &JournalEntry) -> bool {
        if e.action == "group_add_members" {
            let Ok(GroupAction::AddMembers { users, .. }) =
                serde_json::from_value(e.detail.clone())
            else {
                return false;
            };
            let adding = self.adding.get(e.user_id.as_str());
            return adding.is_some_and(|a| users.iter().any(|u| a.contains(u.as_str())));
        }
        self.todo.contains(&(e.user_id.as_str(), e.action.as_str()))
    }

    fn in_scope(&self, e: &JournalEntry) -> bool {
        let subject = e.user_id.as_str();
        match e.action.starts_with("group_") {
            true => self.evidence.wanted_groups.contains(subject),
            false => self.evidence.in_scope.contains(subject),
        }
    }

    /// What the team as read says of the operation, when it can say anything.
    fn team_shows(&self, e: &JournalEntry) -> Option<Shows> {
        // A create whose detail cannot be read gave no external id anything carries.
        let unreadable = match e.action.as_str() {
            "create" | "group_create" => Some(Shows::Created(false)),
            _ => None,
        };
        if e.action.starts_with("group_") {
            return match serde_json::from_value(e.detail.clone()) {
                Ok(action) => self.group_shows(&e.user_id, &action),
                Err(_) => unreadable,
            };
        }
        match serde_json::from_value(e.detail.clone()) {
            Ok(action) => self.member_shows(&action),
            Err(_) => unreadable,
        }
    }

    fn member_shows(&self, action: &Action) -> Option<Shows> {
        let on = |id: &String, reads: &dyn Fn(&Member) -> bool| {
            self.member
                .get(id.as_str())
                .map_or(Shows::Gone, |m| Shows::Left(reads(m)))
        };
        let suspended = |m: &Member| m.status == MemberStatus::Suspended;
        Some(match action {
            Action::Create { profile } => Shows::Created(
                self.member_by_external
                    .contains(profile.external_id.as_str()),
            ),
            Action::Update {
                team_member_id,
                changes,
                ..
            } => on(team_member_id, &|m| profile_shows(m, changes)),
            Action::Suspend { team_member_id }
            | Action::Deprovision {
                team_member_id,
                how: RemoveAction::Disable,
                ..
            } => on(team_member_id, &suspended),
            Action::Unsuspend { team_member_id } => on(team_member_id, &|m| !suspended(m)),
            Action::Deprovision {
                team_member_id,
                how: RemoveAction::Delete,
                invited,
            } => self.removal_shows(team_member_id, *invited),
            Action::Recover { team_member_id, .. } => {
                Shows::Left(self.member.contains_key(team_member_id.as_str()))
            }
            Action::Link { .. } | Action::Unlink { .. } | Action::Reinvite { .. } => return None,
        })
    }

    /// A removal shows as a member Dropbox can still recover (an invited one leaves no
    /// trace); a member neither on the team nor recoverable may have been deleted by
    /// hand: nothing tells.
    fn removal_shows(&self, team_member_id: &str, invited: bool) -> Shows {
        let recoverable = self
            .evidence
            .recoverable
            .iter()
            .any(|m| m.team_member_id == team_member_id);
        match self.member.contains_key(team_member_id) {
            true => Shows::Left(false),
            false if recoverable || invited => Shows::Left(true),
            false => Shows::Gone,
        }
    }

    fn group_shows(&self, directory_group: &str, action: &GroupAction) -> Option<Shows> {
        let in_group = |m: &String, group_id: &String| {
            self.member
                .get(m.as_str())
                .is_some_and(|m| m.groups.contains(group_id))
        };
        Some(match action {
            GroupAction::Create { .. } => {
                Shows::Created(self.group_by_external.contains(directory_group))
            }
            GroupAction::Rename { group_id, name } => self
                .group
                .get(group_id.as_str())
                .map_or(Shows::Gone, |g| Shows::Left(g.name == *name)),
            GroupAction::Delete { group_id } => {
                Shows::Left(!self.group.contains_key(group_id.as_str()))
            }
            GroupAction::RemoveMembers { group_id, members } => {
                Shows::Left(!members.iter().any(|m| in_group(m, group_id)))
            }
            GroupAction::AddMembers { .. }
            | GroupAction::Link { .. }
            | GroupAction::Unlink { .. } => return None,
        })
    }
}

/// What the team shows of one operation.
enum Shows {
    /// Whether something carries the external id a create gave.
    Created(bool),
    /// Whether the member or group reads as the operation left it.
    Left(bool),
    /// The member or group it acted on is gone: nothing tells.
    Gone,
}

/// Whether the member carries every change of an update.
fn profile_shows(member: &Member, changes: &ProfileChanges) -> bool {
    let same = |wanted: &Option<String>, has: &str| wanted.as_deref().is_none_or(|w| w == has);
    changes
        .email
        .as_deref()
        .is_none_or(|e| e.eq_ignore_ascii_case(&member.email))
        && same(&changes.given_name, &member.given_name)
        && same(&changes.surname, &member.surname)
        && changes
            .external_id
            .as_deref()
            .is_none_or(|x| member.external_id.as_deref() == Some(x))
}

#[cfg(test)]
mod tests;
