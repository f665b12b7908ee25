//! The team's members as the emulator remembers them, and the rules of the members routes:
//! who may be added, suspended, unsuspended, changed or removed, and which route error
//! says why not. Also the state those routes leave behind: list cursors, async jobs, and
//! the audit of write calls that tests read through the `EmulatorHandle`.
//!
//! Members are never forgotten: a removed member stays (status `removed`) so
//! `include_removed` can list it, and its email can be added again as a new member. The
//! vector's order is creation order, which is the order `members/list_v2` pages through.

use std::collections::HashMap;
use std::time::SystemTime;

use rand::distr::Alphanumeric;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{json, Value};

use crate::config::Config;
use crate::member_types::{MemberAddV2Arg, RemoveArg, SetProfileArg, SuspendArg, UserSelectorArg};

/// A route error's tag (`user_not_found`, ...): the handler answers it with a 409.
pub(crate) type Refusal = &'static str;

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
/// through [`crate::EmulatorHandle::seed_members`], with no license or uniqueness checks
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

/// A write call (add, set_profile, suspend, unsuspend, remove) that passed the wire checks,
/// whatever its outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditEntry {
    /// The API function, as Dropbox names it in errors: `team/members/remove`.
    pub route: String,
    /// The argument exactly as sent: an omitted field is absent, not defaulted.
    pub arg: Value,
}

/// An admin role a member can hold (`role_ids` of `members/add_v2`).
pub(crate) struct Role {
    pub id: &'static str,
    pub name: &'static str,
    pub description: &'static str,
}

const TEAM_ADMIN: &Role = &ROLES[0];

const ROLES: [Role; 3] = [
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
    fn on_team(&self) -> bool {
        self.status != MemberStatus::Removed
    }

    fn is_team_admin(&self) -> bool {
        self.role.is_some_and(|r| r.id == TEAM_ADMIN.id)
    }

    fn snapshot(&self) -> MemberSnapshot {
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

/// Why a selector found no member on the team.
enum Miss {
    NotFound,
    Removed,
}

/// Where a `members/list_v2` page ends: the next member to look at (an index into the
/// members, stable because they are never deleted) and the listing's options.
#[derive(Clone, Copy)]
struct Cursor {
    next: usize,
    limit: usize,
    include_removed: bool,
}

pub(crate) struct Page<'a> {
    pub members: Vec<&'a Member>,
    pub cursor: String,
    pub has_more: bool,
}

/// Which poll route may ask about a job: an add job id is unknown to the remove poll.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum JobKind {
    Add,
    Remove,
}

struct Job {
    kind: JobKind,
    polls_in_progress: u32,
    /// The `complete` answer, computed at launch.
    complete: Value,
}

pub(crate) struct Roster {
    rng: StdRng,
    members: Vec<Member>,
    cursors: HashMap<String, Cursor>,
    jobs: HashMap<String, Job>,
    audit: Vec<AuditEntry>,
}

impl Roster {
    pub fn new(seed: u64) -> Self {
        Roster {
            // Apart from the fault dice, so ids do not depend on how many faults were rolled.
            rng: StdRng::seed_from_u64(seed ^ 0x006d_656d_6265_7273),
            members: Vec::new(),
            cursors: HashMap::new(),
            jobs: HashMap::new(),
            audit: Vec::new(),
        }
    }

    fn random(&mut self, prefix: &str, len: usize) -> String {
        let body: String = (&mut self.rng)
            .sample_iter(Alphanumeric)
            .take(len)
            .map(char::from)
            .collect();
        format!("{prefix}{body}")
    }

    fn new_member(&mut self, email: &str, status: MemberStatus, now: SystemTime) -> Member {
        let joined = status != MemberStatus::Invited;
        Member {
            team_member_id: self.random("dbmid:", 40),
            account_id: self.random("dbid:", 40),
            email: email.to_string(),
            email_verified: joined,
            given_name: String::new(),
            surname: String::new(),
            external_id: None,
            persistent_id: None,
            is_directory_restricted: None,
            status,
            role: None,
            invited_on: Some(now),
            joined_on: joined.then_some(now),
            suspended_on: (status == MemberStatus::Suspended).then_some(now),
            member_folder_id: self.rng.random_range(1_000_000u32..100_000_000).to_string(),
            root_folder_id: self.rng.random_range(1_000_000u32..100_000_000).to_string(),
            wiped: false,
            kept_account: false,
            transferred_to: None,
        }
    }

    pub fn member(&self, index: usize) -> &Member {
        &self.members[index]
    }

    pub fn snapshots(&self) -> Vec<MemberSnapshot> {
        self.members.iter().map(Member::snapshot).collect()
    }

    /// `(num_provisioned_users, num_used_licenses)` of `team/get_info`: invited and active
    /// members are provisioned; suspended ones still hold a license.
    pub fn counts(&self) -> (usize, usize) {
        let provisioned = self
            .members
            .iter()
            .filter(|m| matches!(m.status, MemberStatus::Active | MemberStatus::Invited))
            .count();
        (provisioned, self.used_licenses())
    }

    fn used_licenses(&self) -> usize {
        self.members.iter().filter(|m| m.on_team()).count()
    }

    fn licenses_left(&self, config: &Config) -> bool {
        self.used_licenses() < config.num_licensed_users as usize
    }

    /// The members on the team other than `except` (an index) that `matches`.
    fn others_on_team(&self, except: Option<usize>, matches: impl Fn(&Member) -> bool) -> bool {
        self.members
            .iter()
            .enumerate()
            .any(|(i, m)| Some(i) != except && m.on_team() && matches(m))
    }

    fn email_on_team(&self, except: Option<usize>, email: &str) -> bool {
        self.others_on_team(except, |m| m.email.eq_ignore_ascii_case(email))
    }

    /// The member a selector names: the one on the team if there is one, else the most
    /// recently removed (an email or external id may have belonged to several).
    pub fn find(&self, user: &UserSelectorArg) -> Option<usize> {
        self.members
            .iter()
            .enumerate()
            .filter(|(_, m)| user.selects(m))
            .max_by_key(|(i, m)| (m.on_team(), *i))
            .map(|(i, _)| i)
    }

    fn resolve(&self, user: &UserSelectorArg) -> Result<usize, Miss> {
        match self.find(user) {
            None => Err(Miss::NotFound),
            Some(i) if !self.members[i].on_team() => Err(Miss::Removed),
            Some(i) => Ok(i),
        }
    }

    /// The member a route acts on: `user_not_found`, or `user_not_in_team` once removed.
    fn target(&self, user: &UserSelectorArg) -> Result<usize, Refusal> {
        self.resolve(user).map_err(|miss| match miss {
            Miss::NotFound => "user_not_found",
            Miss::Removed => "user_not_in_team",
        })
    }

    /// The team's only active team admin cannot be suspended or removed.
    fn is_last_admin(&self, index: usize) -> bool {
        let m = &self.members[index];
        m.is_team_admin()
            && m.status == MemberStatus::Active
            && !self.others_on_team(Some(index), |o| {
                o.is_team_admin() && o.status == MemberStatus::Active
            })
    }

    /// Puts members on the team directly. Panics on an email already on the team: that is
    /// a broken test, not an API error.
    pub fn seed(&mut self, seeds: &[SeedMember]) -> Vec<String> {
        let now = SystemTime::now();
        seeds
            .iter()
            .map(|seed| {
                assert!(
                    seed.status == MemberStatus::Removed || !self.email_on_team(None, &seed.email),
                    "seed_members: {} is already on the team",
                    seed.email
                );
                let mut member = self.new_member(&seed.email, seed.status, now);
                member.given_name = seed.given_name.clone();
                member.surname = seed.surname.clone();
                member.external_id = seed.external_id.clone();
                member.role = seed.admin.then_some(TEAM_ADMIN);
                let id = member.team_member_id.clone();
                self.members.push(member);
                id
            })
            .collect()
    }

    /// Every invited member accepts the invitation.
    pub fn accept_invites(&mut self) {
        let now = SystemTime::now();
        for m in &mut self.members {
            if m.status == MemberStatus::Invited {
                m.status = MemberStatus::Active;
                m.joined_on = Some(now);
                m.email_verified = true;
            }
        }
    }

    pub fn record(&mut self, route: &str, arg: Value) {
        self.audit.push(AuditEntry {
            route: route.to_string(),
            arg,
        });
    }

    pub fn audit(&self) -> Vec<AuditEntry> {
        self.audit.clone()
    }

    /// The first page of `members/list_v2`.
    pub fn list(&mut self, limit: usize, include_removed: bool) -> Page<'_> {
        self.page(Cursor {
            next: 0,
            limit,
            include_removed,
        })
    }

    /// The page after `cursor`. Cursors stay valid: asking twice gives the same page.
    pub fn list_continue(&mut self, cursor: &str) -> Result<Page<'_>, Refusal> {
        let from = *self.cursors.get(cursor).ok_or("invalid_cursor")?;
        Ok(self.page(from))
    }

    fn page(&mut self, from: Cursor) -> Page<'_> {
        let listed: Vec<usize> = (from.next..self.members.len())
            .filter(|&i| from.include_removed || self.members[i].on_team())
            .collect();
        let shown = &listed[..listed.len().min(from.limit)];
        let next = shown.last().map_or(from.next, |last| last + 1);
        let has_more = listed.len() > shown.len();
        let cursor = self.random("", 48);
        self.cursors.insert(cursor.clone(), Cursor { next, ..from });
        Page {
            members: shown.iter().map(|&i| &self.members[i]).collect(),
            cursor,
            has_more,
        }
    }

    /// One member of a `members/add_v2` batch: its index, or the failure tag that the
    /// result carries with the email.
    pub fn add(&mut self, arg: &MemberAddV2Arg, config: &Config) -> Result<usize, Refusal> {
        let email = &arg.member_email;
        if self.email_on_team(None, email) {
            return Err("user_already_on_team");
        }
        if config
            .emails_on_other_teams
            .iter()
            .any(|e| e.eq_ignore_ascii_case(email))
        {
            return Err("user_on_another_team");
        }
        if let Some(id) = &arg.member_external_id {
            if self.others_on_team(None, |m| m.external_id.as_ref() == Some(id)) {
                return Err("duplicate_external_member_id");
            }
        }
        if let Some(id) = &arg.member_persistent_id {
            if self.others_on_team(None, |m| m.persistent_id.as_ref() == Some(id)) {
                return Err("duplicate_member_persistent_id");
            }
        }
        // The spec has no tag for a role that does not exist; creation fails.
        let role = match arg.role_ids.as_deref().and_then(<[String]>::first) {
            None => None,
            Some(id) => Some(
                ROLES
                    .iter()
                    .find(|r| r.id == id)
                    .ok_or("user_creation_failed")?,
            ),
        };
        if !self.licenses_left(config) {
            return Err("team_license_limit");
        }
        let status = if config.invites_accepted_immediately {
            MemberStatus::Active
        } else {
            MemberStatus::Invited
        };
        let mut member = self.new_member(email, status, SystemTime::now());
        member.given_name = arg.member_given_name.clone().unwrap_or_default();
        member.surname = arg.member_surname.clone().unwrap_or_default();
        member.external_id = arg.member_external_id.clone();
        member.persistent_id = arg.member_persistent_id.clone();
        member.is_directory_restricted = arg.is_directory_restricted;
        member.role = role;
        self.members.push(member);
        Ok(self.members.len() - 1)
    }

    pub fn set_profile(&mut self, arg: &SetProfileArg, config: &Config) -> Result<usize, Refusal> {
        let i = self.target(&arg.user)?;
        let new_data = [
            &arg.new_email,
            &arg.new_external_id,
            &arg.new_given_name,
            &arg.new_surname,
            &arg.new_persistent_id,
        ];
        if new_data.iter().all(|v| v.is_none()) && arg.new_is_directory_restricted.is_none() {
            return Err("no_new_data_specified");
        }
        if matches!(arg.user, UserSelectorArg::ExternalId { .. }) && arg.new_external_id.is_some() {
            return Err("external_id_and_new_external_id_unsafe");
        }
        if [&arg.new_given_name, &arg.new_surname]
            .iter()
            .any(|v| v.as_deref() == Some(""))
        {
            return Err("param_cannot_be_empty");
        }
        if let Some(email) = &arg.new_email {
            let elsewhere = config
                .emails_on_other_teams
                .iter()
                .any(|e| e.eq_ignore_ascii_case(email));
            if elsewhere || self.email_on_team(Some(i), email) {
                return Err("email_reserved_for_other_user");
            }
        }
        // An empty new external id clears it.
        let external_id = arg
            .new_external_id
            .as_ref()
            .map(|id| Some(id.clone()).filter(|id| !id.is_empty()));
        if let Some(Some(id)) = &external_id {
            if self.others_on_team(Some(i), |m| m.external_id.as_ref() == Some(id)) {
                return Err("external_id_used_by_other_user");
            }
        }
        if let Some(id) = &arg.new_persistent_id {
            if self.others_on_team(Some(i), |m| m.persistent_id.as_ref() == Some(id)) {
                return Err("persistent_id_used_by_other_user");
            }
        }
        let m = &mut self.members[i];
        if let Some(email) = &arg.new_email {
            if !m.email.eq_ignore_ascii_case(email) {
                // A new address has to be confirmed by its owner.
                m.email_verified = false;
            }
            m.email = email.clone();
        }
        if let Some(id) = external_id {
            m.external_id = id;
        }
        if let Some(name) = &arg.new_given_name {
            m.given_name = name.clone();
        }
        if let Some(name) = &arg.new_surname {
            m.surname = name.clone();
        }
        if let Some(id) = &arg.new_persistent_id {
            m.persistent_id = Some(id.clone());
        }
        if let Some(restricted) = arg.new_is_directory_restricted {
            m.is_directory_restricted = Some(restricted);
        }
        Ok(i)
    }

    pub fn suspend(&mut self, arg: &SuspendArg) -> Result<(), Refusal> {
        let i = self.target(&arg.user)?;
        // Invited members have nothing to suspend; suspended ones are suspended already.
        if self.members[i].status != MemberStatus::Active {
            return Err("suspend_inactive_user");
        }
        if self.is_last_admin(i) {
            return Err("suspend_last_admin");
        }
        let m = &mut self.members[i];
        m.status = MemberStatus::Suspended;
        m.suspended_on = Some(SystemTime::now());
        m.wiped |= arg.wipe_data;
        Ok(())
    }

    pub fn unsuspend(&mut self, user: &UserSelectorArg, config: &Config) -> Result<(), Refusal> {
        let i = self.target(user)?;
        if self.members[i].status != MemberStatus::Suspended {
            return Err("unsuspend_non_suspended_member");
        }
        // A suspended member keeps its license, so this only bites on a team that has more
        // members than licenses (seeded so, or licenses reduced).
        if self.used_licenses() > config.num_licensed_users as usize {
            return Err("team_license_limit");
        }
        let m = &mut self.members[i];
        m.status = MemberStatus::Active;
        m.suspended_on = None;
        Ok(())
    }

    pub fn remove(&mut self, arg: &RemoveArg) -> Result<(), Refusal> {
        let i = self.target(&arg.user)?;
        if arg.keep_account {
            if arg.transfer_dest_id.is_some() {
                return Err("cannot_keep_account_and_transfer");
            }
            if arg.wipe_data {
                return Err("cannot_keep_account_and_delete_data");
            }
            if self.members[i].status == MemberStatus::Invited {
                return Err("cannot_keep_invited_user_account");
            }
        }
        if arg.retain_team_shares {
            if arg.wipe_data {
                return Err("cannot_retain_shares_when_data_wiped");
            }
            if !arg.keep_account {
                return Err("cannot_retain_shares_when_no_account_kept");
            }
        }
        let dest = match &arg.transfer_dest_id {
            None => None,
            Some(user) => Some(self.resolve(user).map_err(|miss| match miss {
                Miss::NotFound => "transfer_dest_user_not_found",
                Miss::Removed => "transfer_dest_user_not_in_team",
            })?),
        };
        if let Some(dest) = dest {
            if dest == i {
                return Err("removed_and_transfer_dest_should_differ");
            }
            if !self.members[dest].email_verified {
                return Err("recipient_not_verified");
            }
            // Whoever receives the files needs an admin to hear about transfer errors.
            if arg.transfer_admin_id.is_none() {
                return Err("unspecified_transfer_admin_id");
            }
        }
        if let Some(user) = &arg.transfer_admin_id {
            let admin = self.resolve(user).map_err(|miss| match miss {
                Miss::NotFound => "transfer_admin_user_not_found",
                Miss::Removed => "transfer_admin_user_not_in_team",
            })?;
            if admin == i {
                return Err("removed_and_transfer_admin_should_differ");
            }
            if !self.members[admin].is_team_admin() {
                return Err("transfer_admin_is_not_admin");
            }
        }
        if self.is_last_admin(i) {
            return Err("remove_last_admin");
        }
        let transferred_to = dest.map(|d| self.members[d].team_member_id.clone());
        let m = &mut self.members[i];
        m.status = MemberStatus::Removed;
        m.wiped |= arg.wipe_data;
        m.kept_account = arg.keep_account;
        m.transferred_to = transferred_to;
        Ok(())
    }

    /// Remembers a job whose work is done, and returns its id.
    pub fn launch(&mut self, kind: JobKind, polls_in_progress: u32, complete: Value) -> String {
        let id = format!("dbjid:{}", self.random("", 40));
        self.jobs.insert(
            id.clone(),
            Job {
                kind,
                polls_in_progress,
                complete,
            },
        );
        id
    }

    /// `in_progress` for the configured number of polls, then the job's `complete` answer.
    pub fn poll(&mut self, kind: JobKind, id: &str) -> Result<Value, Refusal> {
        let job = self
            .jobs
            .get_mut(id)
            .filter(|job| job.kind == kind)
            .ok_or("invalid_async_job_id")?;
        if job.polls_in_progress > 0 {
            job.polls_in_progress -= 1;
            return Ok(json!({".tag": "in_progress"}));
        }
        Ok(job.complete.clone())
    }
}
