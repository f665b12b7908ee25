//! The members whose users left the rule's scope or the directory: deprovisioned with
//! the connection's remove action (or unlinked), and the members linked to no one.

use std::collections::HashSet;

use super::index::{Draft, Index};
use super::operation::*;
use super::staged::{day_of, staged, LeftAt, PendingRemoval, Staged};
use crate::model::{Link, Member, MemberStatus, RemoveAction};

/// Links of users no longer in scope (or no longer in the directory): deprovisioned or
/// unlinked, but for members handed over to a user in scope. Returns how many linked
/// members the guard counts (active or invited; suspended ones need no guarding).
pub(super) fn plan_leavers<'a>(
    input: &Input<'a>,
    index: &Index<'a>,
    in_scope: &HashSet<&str>,
    draft: &mut Draft<'a>,
) -> u64 {
    let actions = input.actions;
    let mut linked_members = 0u64;
    for link in &index.my_links {
        let member = index.team.by_id.get(link.team_member_id.as_str()).copied();
        if member.is_some_and(|m| m.status != MemberStatus::Suspended) {
            linked_members += 1;
        }
        let back = in_scope.contains(link.user_id.as_str());
        if back && link.left_at.is_some() {
            draft.left.push(LeftAt {
                user_id: link.user_id.clone(),
                at: None,
            });
        }
        if back || draft.handed.contains(link.team_member_id.as_str()) {
            continue;
        }
        if link.left_at.is_none() && actions.remove_after_days.is_some() {
            draft.left.push(LeftAt {
                user_id: link.user_id.clone(),
                at: Some(input.now),
            });
        }
        let left = index.why_left(&link.user_id);
        let email = member.map(|m| m.email.as_str()).unwrap_or("");
        let unlink = Action::Unlink {
            team_member_id: link.team_member_id.clone(),
        };
        let (action, reason) = match member {
            None => (unlink, "the member is no longer in the team"),
            Some(_) if !actions.deprovision_users => (
                unlink,
                "out of scope; the connection does not deprovision users, so the member is left as it is",
            ),
            Some(m) => {
                plan_leaver(input, link, m, left, draft);
                continue;
            }
        };
        draft
            .operations
            .push(op(&link.user_id, email, action, reason));
    }
    linked_members
}

/// A leaver's member, deprovisioned with the remove action; under a staged removal,
/// removed once out of scope long enough, else listed with the day it will be.
fn plan_leaver(input: &Input<'_>, link: &Link, m: &Member, left: &str, draft: &mut Draft<'_>) {
    let actions = input.actions;
    let due = match staged(actions, link, m, input.now) {
        Staged::RemoveNow { days_out, days } => {
            let action = Action::Deprovision {
                team_member_id: m.team_member_id.clone(),
                how: RemoveAction::Delete,
                invited: false,
            };
            let reason = format!(
                "{left} for {days_out} days, past the connection's {days}: removed (a suspended member holds a license)"
            );
            draft
                .operations
                .push(op_on(m, &link.user_id, action, reason));
            return;
        }
        Staged::Pending { due } => {
            draft.pending.push(PendingRemoval {
                user_id: link.user_id.clone(),
                email: m.email.clone(),
                team_member_id: m.team_member_id.clone(),
                due,
            });
            Some(due)
        }
        Staged::No => None,
    };
    if let Some(action) = deprovision_of(actions.remove_action, m) {
        let mut reason = leaver_reason(left, actions.remove_action, &action);
        if let Some(due) = due {
            reason.push_str(&format!(
                "; removed on {} unless back in scope",
                day_of(due)
            ));
        }
        draft
            .operations
            .push(op_on(m, &link.user_id, action, reason));
    }
}

/// Members this rule created for users now out of scope whose creates' answers were lost,
/// so that no link remembers them: found by the external id the create gave, linked to
/// their user and deprovisioned as any leaver's (never left active with no one managing
/// them). Returns how many the guard counts.
pub(super) fn plan_strays<'a>(
    input: &Input<'a>,
    index: &Index<'a>,
    in_scope: &HashSet<&str>,
    draft: &mut Draft<'a>,
) -> u64 {
    let actions = input.actions;
    let mut counted = 0;
    for lost in input.lost_creates {
        let user = lost.user_id.as_str();
        if !actions.deprovision_users
            || in_scope.contains(user)
            || index.my_link_of_user.contains_key(user)
        {
            continue;
        }
        let Some(m) = index
            .team
            .by_external
            .get(lost.external_id.as_str())
            .copied()
        else {
            continue;
        };
        let id = m.team_member_id.as_str();
        if index.owner.contains_key(id) || draft.matched.insert(id, m.email.as_str()).is_some() {
            continue;
        }
        let link = Action::Link {
            team_member_id: id.to_string(),
            keep_external_id: false,
            handed_over_from: None,
        };
        let created = "created for this user by a run whose answer was lost: the member carries the external id it gave";
        draft.operations.push(op(user, &m.email, link, created));
        if m.status != MemberStatus::Suspended {
            counted += 1;
        }
        if let Some(action) = deprovision_of(actions.remove_action, m) {
            let reason = leaver_reason(index.why_left(user), actions.remove_action, &action);
            draft.operations.push(op_on(m, user, action, reason));
        }
    }
    counted
}

/// Why a leaver's member is deprovisioned so: the remove action says suspend, but an
/// invited member cannot be suspended, and the plan must say why it removes one.
pub(super) fn leaver_reason(left: &str, remove_action: RemoveAction, action: &Action) -> String {
    match (remove_action, action) {
        (
            RemoveAction::Disable,
            Action::Deprovision {
                how: RemoveAction::Delete,
                ..
            },
        ) => format!("{left}; still invited, and an invitation cannot be suspended: removed (it has no data)"),
        _ => left.to_string(),
    }
}

/// How a leaver's member is deprovisioned; `None` when it already is (suspended, and the
/// remove action suspends).
pub(super) fn deprovision_of(remove_action: RemoveAction, m: &Member) -> Option<Action> {
    let how = match (remove_action, m.status) {
        // An invited member cannot be suspended; it has no data to keep.
        (RemoveAction::Disable, MemberStatus::Invited) => RemoveAction::Delete,
        (RemoveAction::Disable, MemberStatus::Suspended) => return None,
        (how, _) => how,
    };
    Some(Action::Deprovision {
        team_member_id: m.team_member_id.clone(),
        how,
        invited: m.status == MemberStatus::Invited,
    })
}
