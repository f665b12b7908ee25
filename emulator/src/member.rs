//! Owns the member records: [`Member`] as the emulator keeps it, its [`MemberStatus`] and
//! admin [`Role`], and the public forms tests use to put members on the team
//! ([`SeedMember`]) and to look at them ([`MemberSnapshot`]). Plain data, a leaf.

use std::time::SystemTime;

/// A member's status on the team.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MemberStatus {
    #[default]
    Active,
    /// Added, and has not accepted the invitation yet.
    Invited,
    Suspended,
    Removed,
}

/// A member to put on the team directly, as if they had been there before the test:
/// through `EmulatorHandle::seed_members`, with no license or uniqueness checks
/// beyond one member per email.
#[derive(Clone, Debug)]
pub struct SeedMember {
    pub email: String,
    pub given_name: String,
    pub surname: String,
    pub status: MemberStatus,
    pub external_id: Option<String>,
    /// Holds the "Team admin" role.
    pub admin: bool,
}

impl SeedMember {
    /// An active member without external id or admin role; set the other fields with
    /// struct update syntax.
    pub fn new(email: &str, given_name: &str, surname: &str) -> Self {
        SeedMember {
            email: email.into(),
            given_name: given_name.into(),
            surname: surname.into(),
            status: MemberStatus::Active,
            external_id: None,
            admin: false,
        }
    }
}

/// What a test may assert about a member, including what the API does not show: whether
/// a suspend or remove wiped the member's data, kept the account, or moved the files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberSnapshot {
    pub team_member_id: String,
    pub account_id: String,
    pub email: String,
    pub given_name: String,
    pub surname: String,
    pub external_id: Option<String>,
    pub persistent_id: Option<String>,
    pub status: MemberStatus,
    pub admin: bool,
    /// A suspend or remove with `wipe_data: true` (the default) wiped the member's devices.
    pub wiped: bool,
    /// Removed with `keep_account: true`: the account lives on as a personal one.
    pub kept_account: bool,
    /// The `team_member_id` that received the files of this removed member.
    pub transferred_to: Option<String>,
}

/// An admin role a member can hold (`role_ids` of `members/add_v2`).
pub(crate) struct Role {
    pub id: &'static str,
    pub name: &'static str,
    pub description: &'static str,
}

pub(crate) const TEAM_ADMIN: &Role = &ROLES[0];

pub(crate) const ROLES: [Role; 3] = [
    Role {
        id: "pid_dbtmr:team_admin",
        name: "Team admin",
        description: "Can manage all aspects of the team, including billing and admin roles",
    },
    Role {
        id: "pid_dbtmr:user_management_admin",
        name: "User management admin",
        description: "Can add, remove and manage members",
    },
    Role {
        id: "pid_dbtmr:support_admin",
        name: "Support admin",
        description: "Can help members with their accounts",
    },
];

/// A member as the emulator remembers it, including what the API does not show.
pub(crate) struct Member {
    pub team_member_id: String,
    pub account_id: String,
    pub email: String,
    pub email_verified: bool,
    pub given_name: String,
    pub surname: String,
    pub external_id: Option<String>,
    pub persistent_id: Option<String>,
    pub is_directory_restricted: Option<bool>,
    pub status: MemberStatus,
    pub role: Option<&'static Role>,
    pub invited_on: Option<SystemTime>,
    pub joined_on: Option<SystemTime>,
    pub suspended_on: Option<SystemTime>,
    pub member_folder_id: String,
    pub root_folder_id: String,
    pub wiped: bool,
    pub kept_account: bool,
    pub transferred_to: Option<String>,
}

impl Member {
    /// Invited, active and suspended members are on the team and hold a license.
    pub fn on_team(&self) -> bool {
        self.status != MemberStatus::Removed
    }

    pub fn is_team_admin(&self) -> bool {
        self.role.is_some_and(|r| r.id == TEAM_ADMIN.id)
    }

    pub fn snapshot(&self) -> MemberSnapshot {
        MemberSnapshot {
            team_member_id: self.team_member_id.clone(),
            account_id: self.account_id.clone(),
            email: self.email.clone(),
            given_name: self.given_name.clone(),
            surname: self.surname.clone(),
            external_id: self.external_id.clone(),
            persistent_id: self.persistent_id.clone(),
            status: self.status,
            admin: self.is_team_admin(),
            wiped: self.wiped,
            kept_account: self.kept_account,
            transferred_to: self.transferred_to.clone(),
        }
    }
}
