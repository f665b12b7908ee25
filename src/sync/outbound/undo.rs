//! The inverse of a run (`sync undo RUN`), from its journal and the team read now: what
//! it suspended is unsuspended, what it removed recovered (while Dropbox keeps it
//! recoverable), what it unsuspended suspended, the names, emails and external ids it
//! changed restored, group memberships and names put back, deleted groups re-created
//! (new ones: a new id, no folder access). Whatever reads otherwise than the run left it
//! is left alone and named, unless forced. Creates and recoveries are not undone (a
//! member goes by leaving the scope). Pure.

use std::collections::HashMap;

use serde::Serialize;

use super::plan::{Action, Member, Operation};
use super::plan_groups::{GroupAction, GroupOperation};
use crate::mapping::WantedStatus;
use crate::model::{Change, DropboxGroup, JournalStatus, MemberStatus, ProfileChanges};
use crate::store::JournalEntry;

/// What the undo reads.
pub(crate) struct UndoInput<'a> {
    pub(crate) run_id: i64,
    /// The run's journal.
    pub(crate) journal: &'a [JournalEntry],
    /// The team now: its members, the removed ones Dropbox can recover, its groups.
    pub(crate) members: &'a [Member],
    pub(crate) recoverable: &'a [Member],
    pub(crate) groups: &'a [DropboxGroup],
    /// The rule's users by member (for group memberships, which name users).
    pub(crate) user_of_member: &'a HashMap<String, String>,
    /// How many days ago the run was.
    pub(crate) age_days: i64,
    /// Undo also what changed since the run.
    pub(crate) force: bool,
}

/// An operation of the run that the undo leaves as it is, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct LeftAlone {
    pub(crate) email: String,
    pub(crate) action: String,
    pub(crate) why: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct UndoPlan {
    pub(crate) operations: Vec<Operation>,
    pub(crate) group_operations: Vec<GroupOperation>,
    pub(crate) left_alone: Vec<LeftAlone>,
}

/// The inverse of the run's operations that succeeded.
pub(crate) fn plan_undo(input: &UndoInput<'_>) -> UndoPlan {
    let mut plan = UndoPlan::default();
    let by_id: HashMap<&str, &Member> = input
        .members
        .iter()
        .map(|m| (m.team_member_id.as_str(), m))
        .collect();
    for e in input
        .journal
        .iter()
        .filter(|e| e.status == JournalStatus::Ok)
    {
        let inverse = match e.action.starts_with("group_") {
            true => undo_group(input, e).map(|g| plan.group_operations.extend(g)),
            false => undo_user(input, &by_id, e).map(|o| plan.operations.extend(o)),
        };
        if let Err(why) = inverse {
            plan.left_alone.push(LeftAlone {
                email: e.email.clone(),
                action: e.action.clone(),
                why,
            });
        }
    }
    plan
}

/// The inverse of one user operation (none for bookkeeping), or why it is left alone.
fn undo_user(
    input: &UndoInput<'_>,
    by_id: &HashMap<&str, &Member>,
    e: &JournalEntry,
) -> Result<Option<Operation>, String> {
    let Ok(action) = serde_json::from_value::<Action>(e.detail.clone()) else {
        return Err("its record cannot be read".into());
    };
    let run = input.run_id;
    let now = |id: &str| by_id.get(id).copied();
    let (action, reason, changes) = match action {
        Action::Suspend { team_member_id }
        | Action::Deprovision {
            team_member_id,
            how: crate::model::RemoveAction::Disable,
            ..
        } => {
            expect_status(input, now(&team_member_id), MemberStatus::Suspended)?;
            let change = status(MemberStatus::Suspended, MemberStatus::Active);
            (
                Action::Unsuspend { team_member_id },
                format!("run {run} suspended it"),
                vec![change],
            )
        }
        Action::Unsuspend { team_member_id } => {
            expect_status(input, now(&team_member_id), MemberStatus::Active)?;
            let change = status(MemberStatus::Active, MemberStatus::Suspended);
            (
                Action::Suspend { team_member_id },
                format!("run {run} unsuspended it"),
                vec![change],
            )
        }
        Action::Deprovision {
            team_member_id,
            invited,
            ..
        } => {
            return recover(input, e, team_member_id, invited).map(Some);
        }
        Action::Update { team_member_id, .. } => {
            let m = now(&team_member_id).ok_or("its member is no longer on the team")?;
            let (back, changes) = restore(input, m, &e.changes)?;
            let action = Action::Update {
                team_member_id,
                changes: back,
                reinvite: false,
            };
            (action, format!("run {run} changed it"), changes)
        }
        Action::Create { .. } | Action::Recover { .. } => {
            return Err(
                "a member the run created or recovered is not removed by an undo: \
                        take its user out of the rule's scope"
                    .into(),
            )
        }
        Action::Link { .. } | Action::Unlink { .. } | Action::Reinvite { .. } => return Ok(None),
    };
    Ok(Some(Operation {
        user_id: e.user_id.clone(),
        email: e.email.clone(),
        action,
        reason,
        changes,
    }))
}

fn status(old: MemberStatus, new: MemberStatus) -> Change {
    Change {
        attribute: "status".into(),
        old: Some(old.as_str().into()),
        new: Some(new.as_str().into()),
    }
}

/// Whether the member is in `status` as the run left it (or the undo is forced).
fn expect_status(
    input: &UndoInput<'_>,
    member: Option<&Member>,
    status: MemberStatus,
) -> Result<(), String> {
    let m = member.ok_or("its member is no longer on the team")?;
    match m.status == status || input.force {
        true => Ok(()),
        false => Err(format!(
            "it is {} now, not {} as the run left it (--force undoes it anyway)",
            m.status.as_str(),
            status.as_str()
        )),
    }
}

/// A removed member recovered, while Dropbox keeps it recoverable.
fn recover(
    input: &UndoInput<'_>,
    e: &JournalEntry,
    team_member_id: String,
    invited: bool,
) -> Result<Operation, String> {
    if invited {
        return Err("an invitation that was removed cannot be recovered (it had no data)".into());
    }
    if input
        .members
        .iter()
        .any(|m| m.team_member_id == team_member_id)
    {
        return Err("its member is on the team again".into());
    }
    if !input
        .recoverable
        .iter()
        .any(|m| m.team_member_id == team_member_id)
    {
        return Err(match input.age_days >= 7 {
            true => format!(
                "removed {} days ago: Dropbox keeps a removed member recoverable for 7 days",
                input.age_days
            ),
            false => "Dropbox no longer lists it as recoverable".into(),
        });
    }
    Ok(Operation {
        user_id: e.user_id.clone(),
        email: e.email.clone(),
        action: Action::Recover {
            team_member_id,
            changes: ProfileChanges::default(),
            keep_external_id: false,
            handed_over_from: None,
        },
        reason: format!("run {} removed it", input.run_id),
        changes: vec![status(MemberStatus::Removed, MemberStatus::Active)],
    })
}

/// The profile fields the run changed, back to their old values, when the member still
/// has the run's (or the undo is forced).
fn restore(
    input: &UndoInput<'_>,
    m: &Member,
    changed: &[Change],
) -> Result<(ProfileChanges, Vec<Change>), String> {
    if changed.is_empty() {
        return Err("the run kept no old values for it (it ran before they were kept)".into());
    }
    let mut back = ProfileChanges::default();
    let mut undone = Vec::new();
    for c in changed {
        let (now, field) = match c.attribute.as_str() {
            "email" => (Some(m.email.clone()), &mut back.email),
            "given_name" => (Some(m.given_name.clone()), &mut back.given_name),
            "surname" => (Some(m.surname.clone()), &mut back.surname),
            "external_id" => (m.external_id.clone(), &mut back.external_id),
            _ => continue,
        };
        if now != c.new && !input.force {
            return Err(format!(
                "its {} is {:?} now, not {:?} as the run left it (--force undoes it anyway)",
                c.attribute,
                now.unwrap_or_default(),
                c.new.clone().unwrap_or_default()
            ));
        }
        let Some(old) = c.old.clone().filter(|o| !o.is_empty()) else {
            continue;
        };
        let taken = input.members.iter().any(|other| {
            other.team_member_id != m.team_member_id && other.email.eq_ignore_ascii_case(&old)
        });
        if c.attribute == "email" && taken {
            return Err(format!("its old email {old} is another member's now"));
        }
        *field = Some(old.clone());
        undone.push(Change {
            attribute: c.attribute.clone(),
            old: now,
            new: Some(old),
        });
    }
    match undone.is_empty() {
        true => Err("it had no value before the run to put back".into()),
        false => Ok((back, undone)),
    }
}

/// The inverse of one group operation, or why it is left alone.
fn undo_group(input: &UndoInput<'_>, e: &JournalEntry) -> Result<Vec<GroupOperation>, String> {
    let Ok(action) = serde_json::from_value::<GroupAction>(e.detail.clone()) else {
        return Err("its record cannot be read".into());
    };
    let run = input.run_id;
    let exists = |id: &str| input.groups.iter().find(|g| g.group_id == id);
    let op = |action, reason: String, changes| GroupOperation {
        group: e.user_id.clone(),
        name: e.email.clone(),
        action,
        reason,
        changes,
    };
    let undone = match action {
        GroupAction::Rename { group_id, .. } => {
            let g = exists(&group_id).ok_or("the group is gone from Dropbox")?;
            let old = e.changes.iter().find(|c| c.attribute == "name");
            let old = old.and_then(|c| c.old.clone()).ok_or("the run kept no old name for it")?;
            if g.name != e.email && !input.force {
                return Err(format!("it is named {:?} now, not {:?} as the run left it", g.name, e.email));
            }
            let change = Change { attribute: "name".into(), old: Some(g.name.clone()), new: Some(old.clone()) };
            op(GroupAction::Rename { group_id, name: old }, format!("run {run} renamed it"), vec![change])
        }
        GroupAction::RemoveMembers { group_id, members } => {
            exists(&group_id).ok_or("the group is gone from Dropbox")?;
            let (users, missing) = linked(members.iter(), input.user_of_member)?;
            let reason = format!("run {run} removed these members{missing}");
            op(GroupAction::AddMembers { group_id: Some(group_id), users }, reason, vec![])
        }
        GroupAction::AddMembers { group_id: Some(group_id), users } => {
            exists(&group_id).ok_or("the group is gone from Dropbox")?;
            let member_of: HashMap<String, String> =
                input.user_of_member.iter().map(|(m, u)| (u.clone(), m.clone())).collect();
            let (members, missing) = linked(users.iter(), &member_of)?;
            let reason = format!("run {run} added these members{missing}");
            op(GroupAction::RemoveMembers { group_id, members }, reason, vec![])
        }
        GroupAction::Delete { .. } => op(
            GroupAction::Create { name: e.email.clone() },
            format!("run {run} deleted it; re-created as a new, empty group (a new id: its shared folders' access is not restored)"),
            vec![],
        ),
        GroupAction::Create { .. } => return Err("a group the run created is not deleted by an undo: drop it from the rule".into()),
        GroupAction::AddMembers { group_id: None, .. }
        | GroupAction::Link { .. }
        | GroupAction::Unlink { .. } => return Ok(vec![]),
    };
    Ok(vec![undone])
}

/// `keys` through `map` (members to the users they are linked to, or back): those found,
/// and a note naming how many are not (none found: left alone).
fn linked<'k>(
    keys: impl Iterator<Item = &'k String>,
    map: &HashMap<String, String>,
) -> Result<(Vec<String>, String), String> {
    let (mut found, mut missing) = (Vec::new(), 0);
    for k in keys {
        match map.get(k) {
            Some(v) => found.push(v.clone()),
            None => missing += 1,
        }
    }
    if found.is_empty() {
        return Err("none of its members is linked to a user of the rule any more".into());
    }
    let note = match missing {
        0 => String::new(),
        n => format!(" ({n} of them left out: no longer linked to a user of the rule)"),
    };
    Ok((found, note))
}

/// What the deletion guard weighs of an undo: the suspensions it makes, the identity
/// changes and unsuspends, the memberships it removes.
pub(crate) struct UndoLimits {
    pub(crate) limit: Option<crate::model::DeleteLimit>,
    pub(crate) allow_deletes: Option<u64>,
    pub(crate) allow_changes: Option<u64>,
    /// Members the rule links, and those of them not suspended.
    pub(crate) linked: u64,
    pub(crate) active: u64,
    pub(crate) groups: crate::sync::guard::GroupCounts,
}

/// The undo as a plan a run applies: its operations in the executor's order, each
/// touched user unsynced (the rule's next run redoes the change unless the directory
/// changed), its group operations, and the guard's reading of it.
pub(crate) fn as_plan(undo: UndoPlan, limits: &UndoLimits) -> super::plan::Plan {
    use crate::sync::guard::{deletion_guard, ChangeCounts, GuardInput};
    let mut operations = undo.operations;
    operations.sort_by_key(|o| o.action.order());
    let count = |f: fn(&Action) -> bool| operations.iter().filter(|o| f(&o.action)).count() as u64;
    let changes = ChangeCounts {
        identity: count(
            |a| matches!(a, Action::Update { changes, .. } if changes.email.is_some() || changes.external_id.is_some()),
        ),
        unsuspends: count(|a| matches!(a, Action::Unsuspend { .. })),
        base: limits.linked,
    };
    let membership_removals = undo
        .group_operations
        .iter()
        .map(|g| g.action.deletions().1)
        .sum();
    let groups = crate::sync::guard::GroupCounts {
        deletions: 0,
        membership_removals,
        ..limits.groups.clone()
    };
    let guard = deletion_guard(
        &GuardInput {
            limit: limits.limit,
            allow_deletes: limits.allow_deletes,
            deprovisions: count(Action::is_deprovision),
            linked: limits.active,
            empty_scope: false,
            changes,
            allow_changes: limits.allow_changes,
        },
        &groups,
    );
    let verdicts = operations.iter().map(undone_verdict).collect();
    super::plan::Plan {
        operations,
        verdicts,
        guard,
        groups: super::plan_groups::GroupPlan {
            operations: undo.group_operations,
            verdicts: Vec::new(),
            counts: groups,
        },
        left: Vec::new(),
        pending_removals: Vec::new(),
    }
}

/// A user whose change the undo takes back: unsynced until the directory agrees.
fn undone_verdict(o: &Operation) -> crate::sync::Verdict {
    crate::sync::Verdict {
        user_id: o.user_id.clone(),
        email: o.email.clone(),
        state: crate::model::UserState::Unsynced,
        team_member_id: o.action.team_member_id().map(str::to_string),
        member_status: None,
        reason: Some(
            "an undo took back the rule's change: its next run makes it again unless the \
             directory changed"
                .into(),
        ),
        // The status the undo leaves the member in is the one wanted now: a suspension
        // by hand after it is drift, left alone. An update leaves what was recorded.
        wanted_status: match o.action {
            Action::Unsuspend { .. } | Action::Recover { .. } => Some(WantedStatus::Active),
            Action::Suspend { .. } => Some(WantedStatus::Suspended),
            _ => None,
        },
        drift: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(n: u32, email: &str, status: MemberStatus) -> Member {
        Member {
            team_member_id: format!("dbmid:{n}"),
            email: email.into(),
            given_name: "New".into(),
            surname: "S".into(),
            external_id: None,
            status,
            groups: vec![],
        }
    }

    fn entry(action: serde_json::Value, changes: Vec<Change>) -> JournalEntry {
        JournalEntry {
            id: 1,
            user_id: "u-1".into(),
            email: "a@x.co".into(),
            action: "update".into(),
            detail: action,
            reason: String::new(),
            changes,
            status: JournalStatus::Ok,
            error: None,
            note: None,
            updated_at: 0,
        }
    }

    fn undo(journal: &[JournalEntry], members: &[Member], force: bool) -> UndoPlan {
        plan_undo(&UndoInput {
            run_id: 7,
            journal,
            members,
            recoverable: &[],
            groups: &[],
            user_of_member: &HashMap::new(),
            age_days: 0,
            force,
        })
    }

    fn change(attribute: &str, old: &str, new: &str) -> Change {
        Change {
            attribute: attribute.into(),
            old: Some(old.into()),
            new: Some(new.into()),
        }
    }

    #[test]
    fn a_rename_is_put_back_unless_it_changed_since_or_forced() {
        let update = serde_json::json!({"op": "update", "team_member_id": "dbmid:1", "changes": {"given_name": "New"}});
        let journal = [entry(update, vec![change("given_name", "Old", "New")])];
        let p = undo(
            &journal,
            &[member(1, "a@x.co", MemberStatus::Active)],
            false,
        );
        assert_eq!(
            p.operations[0].changes,
            [change("given_name", "New", "Old")]
        );
        // Renamed again by hand: left alone, named; forced: put back.
        let mut renamed = member(1, "a@x.co", MemberStatus::Active);
        renamed.given_name = "Hand".into();
        let p = undo(&journal, std::slice::from_ref(&renamed), false);
        assert!(p.operations.is_empty());
        assert!(
            p.left_alone[0].why.contains("\"Hand\" now"),
            "{:?}",
            p.left_alone
        );
        let p = undo(&journal, &[renamed], true);
        assert_eq!(p.operations.len(), 1);
    }

    #[test]
    fn an_old_email_another_member_holds_is_not_put_back() {
        let update = serde_json::json!({"op": "update", "team_member_id": "dbmid:1", "changes": {"email": "b@x.co"}});
        let journal = [entry(update, vec![change("email", "a@x.co", "b@x.co")])];
        let members = [
            member(1, "b@x.co", MemberStatus::Active),
            member(2, "a@x.co", MemberStatus::Active),
        ];
        let p = undo(&journal, &members, false);
        assert!(p.operations.is_empty(), "{:?}", p.operations);
        assert!(
            p.left_alone[0].why.contains("another member's"),
            "{:?}",
            p.left_alone
        );
    }
}
