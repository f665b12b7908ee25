//! What an outbound plan is made of: the desired users it starts from, the operations
//! it plans (each an [`Action`] with its reason), and what it is given and gives back.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::mapping::{MappingError, Profile, WantedStatus};
use crate::model::{
    DeleteLimit, DropboxGroup, GroupLink, Link, Member, Mirror, ProfileChanges, RemoveAction,
    UserActions, WantedGroup,
};
use crate::sync::guard::Guard;
use crate::sync::outbound::plan_groups::GroupPlan;
use crate::sync::Verdict;

/// An in-scope directory user and what its mappings made of it.
#[derive(Clone, Debug)]
pub(crate) struct Desired {
    pub(crate) user_id: String,
    /// The directory email, for people reading the plan.
    pub(crate) email: String,
    pub(crate) profile: Result<Profile, MappingError>,
    /// The user was brought in from this team by an inbound rule: the member is the
    /// source, so the outbound plan never creates, changes or claims it.
    pub(crate) mirror: Option<Mirror>,
}

/// What one operation does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub(crate) enum Action {
    /// Remember a member found by external id or email (no API call); with
    /// `keep_external_id`, its external id is another tool's and stays as it is. With
    /// `handed_over_from`, the member was linked to that user of the rule, who is no
    /// longer in the directory: its link passes to this user (a rehire, a person
    /// re-created by an HR export), in one transaction.
    Link {
        team_member_id: String,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        keep_external_id: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        handed_over_from: Option<String>,
    },
    /// Forget a link (no API call).
    Unlink { team_member_id: String },
    /// `members/add_v2`.
    Create { profile: Profile },
    /// `members/recover` of a removed member, with its files, shared folders and groups;
    /// then `changes` (`members/set_profile_v2`), and an unsuspend if it comes back
    /// suspended. `keep_external_id` as for [`Action::Link`].
    Recover {
        team_member_id: String,
        changes: ProfileChanges,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        keep_external_id: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        handed_over_from: Option<String>,
    },
    /// `members/set_profile_v2`; with `reinvite`, then `members/send_welcome_email`: the
    /// member is still invited and its email changes, so the invitation that went to the
    /// old address is dead.
    Update {
        team_member_id: String,
        changes: ProfileChanges,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        reinvite: bool,
    },
    /// `members/send_welcome_email`: a new invitation for a member still invited whose
    /// address changed in an earlier run that could not send one.
    Reinvite { team_member_id: String },
    /// `members/suspend`: the directory user is disabled.
    Suspend { team_member_id: String },
    /// `members/unsuspend`.
    Unsuspend { team_member_id: String },
    /// The user left the scope or the directory: the connection's remove action
    /// (`members/remove` or `members/suspend`), then the link is dropped on remove.
    /// `invited`: the member never joined, so it cannot keep an account.
    Deprovision {
        team_member_id: String,
        how: RemoveAction,
        invited: bool,
    },
}

impl Action {
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Action::Link { .. } => "link",
            Action::Unlink { .. } => "unlink",
            Action::Create { .. } => "create",
            Action::Recover { .. } => "recover",
            Action::Update { .. } => "update",
            Action::Reinvite { .. } => "reinvite",
            Action::Suspend { .. } => "suspend",
            Action::Unsuspend { .. } => "unsuspend",
            Action::Deprovision {
                how: RemoveAction::Delete,
                ..
            } => "remove",
            Action::Deprovision {
                how: RemoveAction::Disable,
                ..
            } => "deprovision_suspend",
        }
    }

    /// The user of the rule, gone from the directory, whose link this operation takes.
    pub(crate) fn handed_over_from(&self) -> Option<&str> {
        match self {
            Action::Link {
                handed_over_from, ..
            }
            | Action::Recover {
                handed_over_from, ..
            } => handed_over_from.as_deref(),
            _ => None,
        }
    }

    /// Removes and suspends: what the deletion guard counts.
    pub(crate) fn is_deprovision(&self) -> bool {
        matches!(self, Action::Suspend { .. } | Action::Deprovision { .. })
    }

    /// The member it acts on (none for a create).
    pub(crate) fn team_member_id(&self) -> Option<&str> {
        match self {
            Action::Create { .. } => None,
            Action::Link { team_member_id, .. }
            | Action::Unlink { team_member_id }
            | Action::Recover { team_member_id, .. }
            | Action::Update { team_member_id, .. }
            | Action::Reinvite { team_member_id }
            | Action::Suspend { team_member_id }
            | Action::Unsuspend { team_member_id }
            | Action::Deprovision { team_member_id, .. } => Some(team_member_id),
        }
    }

    pub(crate) fn order(&self) -> u8 {
        // Local bookkeeping first, then what frees licenses (removals), then what takes
        // them; the executor waits for the removals only when the creates need their
        // licenses (see `super::licenses`).
        match self {
            Action::Link { .. } | Action::Unlink { .. } => 0,
            Action::Deprovision { .. } | Action::Suspend { .. } => 1,
            Action::Update { .. } | Action::Reinvite { .. } => 2,
            Action::Unsuspend { .. } => 3,
            Action::Create { .. } | Action::Recover { .. } => 4,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Operation {
    pub(crate) user_id: String,
    pub(crate) email: String,
    pub(crate) action: Action,
    pub(crate) reason: String,
    /// What it changes, old -> new (an update's fields).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) changes: Vec<crate::model::Change>,
}

pub struct Input<'a> {
    pub(crate) rule: &'a str,
    pub(crate) desired: &'a [Desired],
    pub(crate) members: &'a [Member],
    /// Removed members Dropbox can still recover: a user in scope with no member on the
    /// team gets its old one back instead of a new, empty account.
    pub(crate) recoverable: &'a [Member],
    /// Links of every rule on the connection (to recognise other rules' members).
    pub(crate) links: &'a [Link],
    pub(crate) actions: &'a UserActions,
    /// Ids of every directory user, in scope or not: a linked user not among them is
    /// gone, and its member passes to a user in scope that carries its email or external
    /// id.
    pub(crate) directory_users: &'a HashSet<String>,
    /// team_member_id -> user: members this rule removed lately (its links are gone with
    /// them), recovered for whoever carries them once that user is gone.
    pub(crate) removed_by_rule: &'a HashMap<String, String>,
    /// Creates of this rule whose answer was lost: a member carrying the external id one
    /// gave is the rule's, even with no link.
    pub(crate) lost_creates: &'a [LostCreate],
    /// The rule's deletion limit; `None` is the default.
    pub(crate) limit: Option<DeleteLimit>,
    /// `--allow-deletes N`: up to N deprovisions pass whatever the limit.
    pub(crate) allow_deletes: Option<u64>,
    /// `--allow-changes N`: up to N identity changes and N unsuspends pass.
    pub(crate) allow_changes: Option<u64>,
    pub(crate) groups: GroupSources<'a>,
    /// Replace the external ids other tools set on members the rule adopts.
    pub(crate) take_external_ids: bool,
    /// The status each user's member was wanted in at the rule's last run: a member
    /// then wanted active and now suspended or removed was changed outside dbxprov.
    pub(crate) last_wanted: &'a HashMap<String, WantedStatus>,
    /// `--revert-drift`: undo those changes (unsuspend, recover or re-create).
    pub(crate) revert_drift: bool,
    /// The time of the run (unix; `DBXPROV_NOW` moves it): staged removals fall due by it.
    pub(crate) now: i64,
}

/// A create of the rule whose answer was lost (the process died, the answer never came):
/// the member it may have made carries `external_id`, and no link remembers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LostCreate {
    pub(crate) user_id: String,
    pub(crate) external_id: String,
}

/// The groups side of a plan's input; empty when the rule provisions no groups.
#[derive(Clone, Copy, Default)]
pub(crate) struct GroupSources<'a> {
    pub(crate) wanted: &'a [WantedGroup],
    pub(crate) team: &'a [DropboxGroup],
    /// Group links of every rule of the connection.
    pub(crate) links: &'a [GroupLink],
    pub(crate) adopt_existing: bool,
    pub(crate) exclusive: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plan {
    pub(crate) operations: Vec<Operation>,
    pub(crate) verdicts: Vec<Verdict>,
    pub(crate) guard: Guard,
    pub(crate) groups: GroupPlan,
    /// What the links' `left_at` become once the run is applied.
    #[serde(skip)]
    pub(crate) left: Vec<super::staged::LeftAt>,
    /// Suspended leavers a staged removal removes later, with the day.
    pub(crate) pending_removals: Vec<super::staged::PendingRemoval>,
}

/// The member's status `action` changes, old -> new (none for an action that keeps it).
pub(super) fn status_change(member: &Member, action: &Action) -> Vec<crate::model::Change> {
    let new = match action {
        Action::Suspend { .. }
        | Action::Deprovision {
            how: RemoveAction::Disable,
            ..
        } => "suspended",
        Action::Unsuspend { .. } => "active",
        Action::Deprovision { .. } => "removed",
        _ => return Vec::new(),
    };
    vec![crate::model::Change {
        attribute: "status".into(),
        old: Some(member.status.as_str().to_string()),
        new: Some(new.to_string()),
    }]
}

/// [`op`] on `member`, with the status it changes.
pub(super) fn op_on(
    member: &Member,
    user_id: &str,
    action: Action,
    reason: impl Into<String>,
) -> Operation {
    Operation {
        changes: status_change(member, &action),
        ..op(user_id, &member.email, action, reason)
    }
}

pub(super) fn op(
    user_id: &str,
    email: &str,
    action: Action,
    reason: impl Into<String>,
) -> Operation {
    Operation {
        user_id: user_id.to_string(),
        email: email.to_string(),
        action,
        reason: reason.into(),
        changes: Vec::new(),
    }
}
