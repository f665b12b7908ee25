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
    /// Removed, and `members/recover` can still bring it back (see `Member::recoverable`).
    pub recoverable: bool,
    /// The address the member's pending invitation went to: its email when the
    /// invitation is current, another one after the email was changed (that invitation
    /// is dead until `members/send_welcome_email` sends a new one), `None` when none was
    /// sent (`send_welcome_email: false`, a member seeded other than invited) or the
    /// member has joined. Only a current invitation can be accepted.
    pub invitation_sent_to: Option<String>,
    /// How many invitations were sent: at the add, and by `members/send_welcome_email`.
    pub invitations_sent: u32,
}

/// How long a removed member stays recoverable (`members/recover`), as Dropbox keeps it.
pub const RECOVERY_WINDOW: std::time::Duration = std::time::Duration::from_secs(7 * 24 * 3600);

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
    /// When it was removed (on the emulator's clock), and the status it had then:
    /// `members/recover` brings it back in that status.
    pub removed: Option<(SystemTime, MemberStatus)>,
    /// The groups (indices) it was in when removed; a recovery puts it back in the ones
    /// still there.
    pub groups_before_removal: Vec<usize>,
    pub invitation_sent_to: Option<String>,
    pub invitations_sent: u32,
}

impl Member {
    /// Invited, active and suspended members are on the team and hold a license.
    pub fn on_team(&self) -> bool {
        self.status != MemberStatus::Removed
    }

    /// Removed after `cutoff` (the start of the recovery window, [`RECOVERY_WINDOW`]
    /// by default), and recoverable: not an invitation that never joined (its removal
    /// frees the address), not kept as a personal account, and its files not transferred
    /// to another member ("until the account has been permanently deleted or
    /// transferred to another account").
    pub fn recoverable(&self, cutoff: SystemTime) -> bool {
        match self.removed {
            Some((at, before)) => {
                before != MemberStatus::Invited
                    && !self.kept_account
                    && self.transferred_to.is_none()
                    && at > cutoff
            }
            None => false,
        }
    }

    /// On the team, or recoverable (removed after `cutoff`): what Dropbox counts when it
    /// refuses another member the same email, external id or persistent id.
    pub fn holds_keys(&self, cutoff: SystemTime) -> bool {
        self.on_team() || self.recoverable(cutoff)
    }

    pub fn is_team_admin(&self) -> bool {
        self.role.is_some_and(|r| r.id == TEAM_ADMIN.id)
    }

    /// What a test sees; `cutoff` is the start of the recovery window.
    pub fn snapshot(&self, cutoff: SystemTime) -> MemberSnapshot {
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
            recoverable: self.recoverable(cutoff),
            invitation_sent_to: self.invitation_sent_to.clone(),
            invitations_sent: self.invitations_sent,
        }
    }
}
