//! Owns the group records: [`Group`] as the emulator keeps it, its members and their
//! [`AccessType`], its [`GroupManagementType`], and [`GroupSnapshot`], the public form
//! tests look at groups through. Plain data, a leaf.

use std::time::SystemTime;

/// Who may manage a group (`team_common.GroupManagementType`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GroupManagementType {
    /// Managed by its owners (members with access type `owner`) as well as by admins.
    UserManaged,
    /// Managed by team admins only: what an admin console makes unless told otherwise.
    #[default]
    CompanyManaged,
    /// Managed by Dropbox itself (e.g. "Everyone at ..."): no API call may change it.
    SystemManaged,
}

impl GroupManagementType {
    pub(crate) const TAGS: [&'static str; 3] =
        ["user_managed", "company_managed", "system_managed"];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            GroupManagementType::UserManaged => Self::TAGS[0],
            GroupManagementType::CompanyManaged => Self::TAGS[1],
            GroupManagementType::SystemManaged => Self::TAGS[2],
        }
    }

    pub(crate) fn from_tag(tag: &str) -> Option<Self> {
        match tag {
            "user_managed" => Some(GroupManagementType::UserManaged),
            "company_managed" => Some(GroupManagementType::CompanyManaged),
            "system_managed" => Some(GroupManagementType::SystemManaged),
            _ => None,
        }
    }
}

/// A member's role in a group (`GroupAccessType`, a closed union).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AccessType {
    Member,
    Owner,
}

impl AccessType {
    pub const TAGS: [&'static str; 2] = ["member", "owner"];

    pub fn as_str(self) -> &'static str {
        match self {
            AccessType::Member => Self::TAGS[0],
            AccessType::Owner => Self::TAGS[1],
        }
    }

    pub fn from_tag(tag: &str) -> Option<Self> {
        match tag {
            "member" => Some(AccessType::Member),
            "owner" => Some(AccessType::Owner),
            _ => None,
        }
    }
}

/// One member of a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct GroupMember {
    /// The member's index in the roster (stable: members are never forgotten).
    pub member: usize,
    pub access: AccessType,
    /// When it joined, counted over the group's whole life: a member list pages in this
    /// order, and a cursor stays right when members leave between pages.
    pub seq: u64,
}

/// A group as the emulator remembers it. A deleted group is kept (tombstone) so that
/// deleting it again is `group_already_deleted`; its name and external id are free again.
pub(crate) struct Group {
    pub group_id: String,
    pub name: String,
    pub external_id: Option<String>,
    pub management_type: GroupManagementType,
    pub created: SystemTime,
    /// In the order they joined.
    pub members: Vec<GroupMember>,
    /// The `seq` the next member to join gets.
    pub next_seq: u64,
    pub deleted: bool,
}

impl Group {
    pub fn has_member(&self, member: usize) -> bool {
        self.members.iter().any(|m| m.member == member)
    }
}

/// What a test may assert about a live group, seen behind the API.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupSnapshot {
    pub group_id: String,
    pub name: String,
    pub external_id: Option<String>,
    pub management_type: GroupManagementType,
    /// The `team_member_id`s of its members (owners included), sorted.
    pub members: Vec<String>,
    /// The `team_member_id`s of those whose access type is `owner`, sorted.
    pub owners: Vec<String>,
}
