//! Groups as a sync sees them: the directory groups a rule provisions, the Dropbox groups
//! of the team, a rule's claim on a Dropbox group, and how each of a rule's groups
//! stands after a run. No I/O.

use serde::{Deserialize, Serialize};

/// A directory group a rule provisions, with the users of it that are in the rule's scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WantedGroup {
    /// The directory group's id: the Dropbox group's `group_external_id`.
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) user_ids: Vec<String>,
}

/// A Dropbox group as the plan needs it. Its members are read from the members'
/// `profile.groups` ([`super::Member::groups`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DropboxGroup {
    pub(crate) group_id: String,
    pub(crate) name: String,
    pub(crate) external_id: Option<String>,
    /// Dropbox never lets an app change a system-managed group (e.g. "Everyone").
    pub(crate) system_managed: bool,
}

/// A rule's claim on a Dropbox group: one rule of a connection at most (the store's
/// unique index decides).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct GroupLink {
    pub(crate) rule: String,
    /// The directory group it provisions.
    pub(crate) directory_group_id: String,
    pub(crate) dropbox_group_id: String,
    /// Found in Dropbox and taken over (`--adopt-existing-groups`) rather than created.
    pub(crate) adopted: bool,
}

/// Where one of a rule's groups stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum GroupState {
    /// The Dropbox group exists with the directory group's name and wanted members.
    Synced,
    /// Something about it failed (a conflict, a refused call, a membership change).
    Failed,
}

impl GroupState {
    pub(crate) fn parse(text: &str) -> Option<GroupState> {
        match text {
            "synced" => Some(GroupState::Synced),
            "failed" => Some(GroupState::Failed),
            _ => None,
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            GroupState::Synced => "synced",
            GroupState::Failed => "failed",
        }
    }
}
