//! Owns [`Roster`], the team's members, and the rules of the members routes: who may be
//! added, suspended, unsuspended, changed or removed, and which [`Refusal`] says why not;
//! and which members a group change names (`resolve_all`).
//! Above the member records, their argument types and `Refusal`; below the team.
//!
//! Members are never forgotten: a removed member stays (status `removed`) so
//! `include_removed` can list it. For `Config::recovery_window` (7 days) after its removal it is
//! recoverable (`members/recover`) and keeps its email, external id and persistent id
//! from everyone else (adds of them are refused); after that its email can be added again
//! as a new member. The window runs on the roster's own clock, which tests move forward
//! ([`Roster::advance_clock`]). The vector's order is creation order, which is the order
//! `members/list_v2` pages through.

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use crate::config::Config;
use crate::ids::Ids;
use crate::members::args::{MemberAddV2Arg, RemoveArg, SetProfileArg, SuspendArg, UserSelectorArg};
use crate::members::member::{Member, MemberSnapshot, MemberStatus, SeedMember, ROLES, TEAM_ADMIN};
use crate::wire::refusal::Refusal;

mod fields;
mod keys;
mod listing;

use fields::{apply_profile, new_member};
use keys::{KeyKind, Keys};
pub(crate) use listing::{ListPosition, Page};

/// Why a selector found no member on the team.
enum Miss {
    NotFound,
    Removed,
}

pub(crate) struct Roster {
    members: Vec<Member>,
    /// `team_member_id` -> index: ids never change and removed members stay listed, so
    /// the index only grows (group calls name thousands of members by id).
    by_id: HashMap<String, usize>,
    /// The members each email, external id and persistent id names.
    keys: Keys,
    /// Members on the team (not removed): each holds a license.
    on_team: usize,
    /// How far the roster's clock is ahead of the system's ([`Roster::advance_clock`]).
    clock_offset: Duration,
    /// How long a removed member stays recoverable (`Config::recovery_window`).
    recovery_window: Duration,
}

impl Roster {
    /// An empty team whose removed members stay recoverable for `recovery_window`.
    pub fn new(recovery_window: Duration) -> Roster {
        Roster {
            members: Vec::new(),
            by_id: HashMap::new(),
            keys: Keys::default(),
            on_team: 0,
            clock_offset: Duration::ZERO,
            recovery_window,
        }
    }

    pub fn member(&self, index: usize) -> &Member {
        &self.members[index]
    }

    pub fn snapshots(&self) -> Vec<MemberSnapshot> {
        let cutoff = self.cutoff();
        self.members.iter().map(|m| m.snapshot(cutoff)).collect()
    }

    /// The start of the recovery window: members removed after it are recoverable.
    fn cutoff(&self) -> SystemTime {
        self.now()
            .checked_sub(self.recovery_window)
            .unwrap_or(SystemTime::UNIX_EPOCH)
    }

    /// The time on the roster's clock: the system's, moved forward by
    /// [`Roster::advance_clock`].
    pub fn now(&self) -> SystemTime {
        SystemTime::now() + self.clock_offset
    }

    /// Moves the roster's clock forward, as if `by` had passed (a removed member's
    /// recovery window closes).
    pub fn advance_clock(&mut self, by: Duration) {
        self.clock_offset += by;
    }

    /// Whether member `index` is removed and still recoverable now.
    pub fn recoverable(&self, index: usize) -> bool {
        self.members[index].recoverable(self.cutoff())
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
        self.on_team
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

    /// Whether a member other than `except` holds `key`: one on the team, or a removed
    /// one still recoverable ("including in recoverable state", as the spec says of adds;
    /// for profile changes Dropbox does not say, and the stricter reading is taken).
    fn key_held(&self, except: Option<usize>, kind: KeyKind, key: &str) -> bool {
        let cutoff = self.cutoff();
        self.keys
            .holders(kind, key)
            .iter()
            .any(|&i| Some(i) != except && self.members[i].holds_keys(cutoff))
    }

    fn email_held(&self, except: Option<usize>, email: &str) -> bool {
        self.key_held(except, KeyKind::Email, email)
    }

    /// The member a selector names: the one on the team if there is one, else the most
    /// recently removed (an email or external id may have belonged to several).
    pub fn find(&self, user: &UserSelectorArg) -> Option<usize> {
        let holders = match user {
            UserSelectorArg::TeamMemberId { team_member_id } => {
                return self.by_id.get(team_member_id).copied();
            }
            UserSelectorArg::Email { email } => self.keys.holders(KeyKind::Email, email),
            UserSelectorArg::ExternalId { external_id } => {
                self.keys.holders(KeyKind::ExternalId, external_id)
            }
        };
        holders
            .iter()
            .copied()
            .max_by_key(|&i| (self.members[i].on_team(), i))
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
            Miss::NotFound => Refusal::new("user_not_found"),
            Miss::Removed => Refusal::new("user_not_in_team"),
        })
    }

    /// The members a group change names, in order, all or none. A selector by email that
    /// names no member on the team goes into `members_not_in_team`, one by team member id
    /// or external id into `users_not_found`, each carrying the values as given; when both
    /// kinds miss, the ids are reported (they are looked up first).
    pub fn resolve_all<'a>(
        &self,
        users: impl IntoIterator<Item = &'a UserSelectorArg>,
    ) -> Result<Vec<usize>, Refusal> {
        let (mut found, mut not_found, mut not_in_team) = (Vec::new(), Vec::new(), Vec::new());
        for user in users {
            match (self.resolve(user), user) {
                (Ok(i), _) => found.push(i),
                (Err(_), UserSelectorArg::Email { email }) => not_in_team.push(email.clone()),
                (Err(_), _) => not_found.push(user.key().to_string()),
            }
        }
        if !not_found.is_empty() {
            return Err(Refusal::carrying("users_not_found", not_found));
        }
        if !not_in_team.is_empty() {
            return Err(Refusal::carrying("members_not_in_team", not_in_team));
        }
        Ok(found)
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
    pub fn seed(&mut self, ids: &mut Ids, seeds: &[SeedMember]) -> Vec<String> {
        let now = self.now();
        seeds
            .iter()
            .map(|seed| {
                assert!(
                    seed.status == MemberStatus::Removed || !self.email_held(None, &seed.email),
                    "seed_members: {} is already on the team",
                    seed.email
                );
                let mut member = new_member(ids, &seed.email, seed.status, now);
                member.given_name = seed.given_name.clone();
                member.surname = seed.surname.clone();
                member.external_id = seed.external_id.clone();
                member.role = seed.admin.then_some(TEAM_ADMIN);
                if seed.status == MemberStatus::Removed {
                    member.removed = Some((now, MemberStatus::Active));
                }
                if seed.status == MemberStatus::Invited {
                    member.invitation_sent_to = Some(seed.email.clone());
                    member.invitations_sent = 1;
                }
                let id = member.team_member_id.clone();
                self.push(member);
                id
            })
            .collect()
    }

    /// Every invited member whose invitation went to its current address accepts it (an
    /// invitation sent to an address the member no longer has, or none at all, cannot
    /// be accepted).
    pub fn accept_invites(&mut self) {
        let now = self.now();
        for m in &mut self.members {
            let live = m.invitation_sent_to.as_deref() == Some(m.email.as_str());
            if m.status == MemberStatus::Invited && live {
                m.status = MemberStatus::Active;
                m.joined_on = Some(now);
                m.email_verified = true;
                m.invitation_sent_to = None;
            }
        }
    }

    /// The page that starts at `from`. With `repeat`, a page after the first begins
    /// with the last member of the page before, as a listing over a team that changes
    /// while it is read may show a member twice.
    pub fn page(&self, from: ListPosition, repeat: bool) -> Page {
        let listable = |i: &usize| from.include_removed || self.members[*i].on_team();
        let again = from.last_shown.filter(|_| repeat).filter(listable);
        // One more than the page holds tells whether there are more.
        let mut listed = again
            .into_iter()
            .chain((from.next..self.members.len()).filter(listable))
            .take(from.limit + 1);
        let shown: Vec<usize> = listed.by_ref().take(from.limit).collect();
        let has_more = listed.next().is_some();
        let last = shown.last().copied();
        let next = last.map_or(from.next, |last| (last + 1).max(from.next));
        Page {
            members: shown,
            next: ListPosition {
                next,
                last_shown: last,
                ..from
            },
            has_more,
        }
    }

    /// One member of a `members/add_v2` batch: its index, or the failure tag that the
    /// result carries with the email.
    pub fn add(
        &mut self,
        ids: &mut Ids,
        arg: &MemberAddV2Arg,
        config: &Config,
    ) -> Result<usize, Refusal> {
        let email = &arg.member_email;
        if self.email_held(None, email) {
            return Err(Refusal::new("user_already_on_team"));
        }
        if config
            .emails_on_other_teams
            .iter()
            .any(|e| e.eq_ignore_ascii_case(email))
        {
            return Err(Refusal::new("user_on_another_team"));
        }
        if let Some(id) = &arg.member_external_id {
            if self.key_held(None, KeyKind::ExternalId, id) {
                return Err(Refusal::new("duplicate_external_member_id"));
            }
        }
        if let Some(id) = &arg.member_persistent_id {
            if self.key_held(None, KeyKind::PersistentId, id) {
                return Err(Refusal::new("duplicate_member_persistent_id"));
            }
        }
        // The spec has no tag for a role that does not exist; creation fails.
        let role = match arg.role_ids.as_deref().and_then(<[String]>::first) {
            None => None,
            Some(id) => Some(
                ROLES
                    .iter()
                    .find(|r| r.id == id)
                    .ok_or(Refusal::new("user_creation_failed"))?,
            ),
        };
        if !self.licenses_left(config) {
            return Err(Refusal::new("team_license_limit"));
        }
        let status = if config.invites_accepted_immediately {
            MemberStatus::Active
        } else {
            MemberStatus::Invited
        };
        let mut member = new_member(ids, email, status, self.now());
        if status == MemberStatus::Invited && arg.send_welcome_email {
            member.invitation_sent_to = Some(email.clone());
            member.invitations_sent = 1;
        }
        member.given_name = arg.member_given_name.clone().unwrap_or_default();
        member.surname = arg.member_surname.clone().unwrap_or_default();
        member.external_id = arg.member_external_id.clone();
        member.persistent_id = arg.member_persistent_id.clone();
        member.is_directory_restricted = arg.is_directory_restricted;
        member.role = role;
        Ok(self.push(member))
    }

    fn push(&mut self, member: Member) -> usize {
        let i = self.members.len();
        self.by_id.insert(member.team_member_id.clone(), i);
        self.keys.insert(i, &member);
        self.on_team += usize::from(member.on_team());
        self.members.push(member);
        i
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
            return Err(Refusal::new("no_new_data_specified"));
        }
        if matches!(arg.user, UserSelectorArg::ExternalId { .. }) && arg.new_external_id.is_some() {
            return Err(Refusal::new("external_id_and_new_external_id_unsafe"));
        }
        if let Some(email) = &arg.new_email {
            let elsewhere = config
                .emails_on_other_teams
                .iter()
                .any(|e| e.eq_ignore_ascii_case(email));
            if elsewhere || self.email_held(Some(i), email) {
                return Err(Refusal::new("email_reserved_for_other_user"));
            }
        }
        // An empty new external id clears it.
        let external_id = arg
            .new_external_id
            .as_ref()
            .map(|id| Some(id.clone()).filter(|id| !id.is_empty()));
        if let Some(Some(id)) = &external_id {
            if self.key_held(Some(i), KeyKind::ExternalId, id) {
                return Err(Refusal::new("external_id_used_by_other_user"));
            }
        }
        if let Some(id) = &arg.new_persistent_id {
            if self.key_held(Some(i), KeyKind::PersistentId, id) {
                return Err(Refusal::new("persistent_id_used_by_other_user"));
            }
        }
        self.keys.remove(i, &self.members[i]);
        apply_profile(&mut self.members[i], arg, external_id);
        self.keys.insert(i, &self.members[i]);
        Ok(i)
    }

    pub fn suspend(&mut self, arg: &SuspendArg) -> Result<(), Refusal> {
        let i = self.target(&arg.user)?;
        // Invited members have nothing to suspend; suspended ones are suspended already.
        if self.members[i].status != MemberStatus::Active {
            return Err(Refusal::new("suspend_inactive_user"));
        }
        if self.is_last_admin(i) {
            return Err(Refusal::new("suspend_last_admin"));
        }
        let now = self.now();
        let m = &mut self.members[i];
        m.status = MemberStatus::Suspended;
        m.suspended_on = Some(now);
        m.wiped |= arg.wipe_data;
        Ok(())
    }

    pub fn unsuspend(&mut self, user: &UserSelectorArg, config: &Config) -> Result<(), Refusal> {
        let i = self.target(user)?;
        if self.members[i].status != MemberStatus::Suspended {
            return Err(Refusal::new("unsuspend_non_suspended_member"));
        }
        // A suspended member keeps its license, so this only bites on a team that has more
        // members than licenses (seeded so, or licenses reduced).
        if self.used_licenses() > config.num_licensed_users as usize {
            return Err(Refusal::new("team_license_limit"));
        }
        let m = &mut self.members[i];
        m.status = MemberStatus::Active;
        m.suspended_on = None;
        Ok(())
    }

    /// The checks of `members/remove`: the member to remove, and the member who receives
    /// its files, if any. Nothing is changed yet (see [`Roster::remove`]).
    pub fn check_remove(&self, arg: &RemoveArg) -> Result<(usize, Option<usize>), Refusal> {
        let i = self.target(&arg.user)?;
        if arg.keep_account {
            if arg.transfer_dest_id.is_some() {
                return Err(Refusal::new("cannot_keep_account_and_transfer"));
            }
            if arg.wipe_data {
                return Err(Refusal::new("cannot_keep_account_and_delete_data"));
            }
            if self.members[i].status == MemberStatus::Invited {
                return Err(Refusal::new("cannot_keep_invited_user_account"));
            }
        }
        if arg.retain_team_shares {
            if arg.wipe_data {
                return Err(Refusal::new("cannot_retain_shares_when_data_wiped"));
            }
            if !arg.keep_account {
                return Err(Refusal::new("cannot_retain_shares_when_no_account_kept"));
            }
        }
        let dest = self.transfer_dest(i, arg)?;
        if self.is_last_admin(i) {
            return Err(Refusal::new("remove_last_admin"));
        }
        Ok((i, dest))
    }

    /// `members/remove` of member `i`, its files going to `dest`, once
    /// [`Roster::check_remove`] passed; `groups` are the groups it leaves (a recovery
    /// puts it back in them).
    pub fn remove(
        &mut self,
        (i, dest): (usize, Option<usize>),
        arg: &RemoveArg,
        groups: Vec<usize>,
    ) {
        let transferred_to = dest.map(|d| self.members[d].team_member_id.clone());
        let now = self.now();
        self.on_team -= 1;
        let m = &mut self.members[i];
        m.removed = Some((now, m.status));
        m.status = MemberStatus::Removed;
        m.wiped |= arg.wipe_data;
        m.kept_account = arg.keep_account;
        m.transferred_to = transferred_to;
        m.invitation_sent_to = None;
        m.groups_before_removal = groups;
    }

    /// `members/recover`: the member removed less than a recovery window ago comes back
    /// in the status it had, with its profile; the groups it was in are returned for the
    /// team to put it back in. A member on the team, or one that cannot be recovered, is
    /// `user_unrecoverable` (the spec does not say what a member on the team gets; a
    /// refusal is the stricter reading).
    pub fn recover(
        &mut self,
        user: &UserSelectorArg,
        config: &Config,
    ) -> Result<(usize, Vec<usize>), Refusal> {
        let i = self.find(user).ok_or(Refusal::new("user_not_found"))?;
        if !self.recoverable(i) {
            return Err(Refusal::new("user_unrecoverable"));
        }
        if !self.licenses_left(config) {
            return Err(Refusal::new("team_license_limit"));
        }
        let m = &mut self.members[i];
        let (_, before) = m.removed.take().expect("a recoverable member was removed");
        m.status = before;
        self.on_team += 1;
        Ok((
            i,
            std::mem::take(&mut self.members[i].groups_before_removal),
        ))
    }

    /// `members/send_welcome_email`: a new invitation to the member's current email if it
    /// is still invited ("pending"); for any other member on the team, nothing.
    pub fn send_welcome_email(&mut self, user: &UserSelectorArg) -> Result<(), Refusal> {
        let i = self.target(user)?;
        let m = &mut self.members[i];
        if m.status == MemberStatus::Invited {
            m.invitation_sent_to = Some(m.email.clone());
            m.invitations_sent += 1;
        }
        Ok(())
    }

    /// The member who receives the files of member `i`, removed as `arg` says, checked
    /// with the admin who hears about transfer errors.
    fn transfer_dest(&self, i: usize, arg: &RemoveArg) -> Result<Option<usize>, Refusal> {
        let dest = match &arg.transfer_dest_id {
            None => None,
            Some(user) => Some(self.resolve(user).map_err(|miss| match miss {
                Miss::NotFound => Refusal::new("transfer_dest_user_not_found"),
                Miss::Removed => Refusal::new("transfer_dest_user_not_in_team"),
            })?),
        };
        if let Some(dest) = dest {
            if dest == i {
                return Err(Refusal::new("removed_and_transfer_dest_should_differ"));
            }
            if !self.members[dest].email_verified {
                return Err(Refusal::new("recipient_not_verified"));
            }
            // Whoever receives the files needs an admin to hear about transfer errors.
            if arg.transfer_admin_id.is_none() {
                return Err(Refusal::new("unspecified_transfer_admin_id"));
            }
        }
        if let Some(user) = &arg.transfer_admin_id {
            let admin = self.resolve(user).map_err(|miss| match miss {
                Miss::NotFound => Refusal::new("transfer_admin_user_not_found"),
                Miss::Removed => Refusal::new("transfer_admin_user_not_in_team"),
            })?;
            if admin == i {
                return Err(Refusal::new("removed_and_transfer_admin_should_differ"));
            }
            if !self.members[admin].is_team_admin() {
                return Err(Refusal::new("transfer_admin_is_not_admin"));
            }
        }
        Ok(dest)
    }
}
