//! Owns [`Team`], everything the team routes read and change, kept together under one
//! lock (see `state`) so that each call is atomic, as Dropbox's are, and a change that
//! touches members and groups (a member's removal, a group's members) is one step; and
//! the views that join the two (a member's profile lists its groups, a group's members
//! show their profiles). Above the roster, the group table, cursors, jobs, audit and ids;
//! below the route plumbing.

use serde_json::Value;

use crate::audit::AuditEntry;
use crate::config::Config;
use crate::groups::args::{GroupMembersAddArg, GroupMembersRemoveArg};
use crate::groups::group::{AccessType, GroupManagementType, GroupMember, GroupSnapshot};
use crate::groups::json::{group_full_info, group_member_info};
use crate::groups::table::{GroupListPosition, GroupTable, MemberListPosition};
use crate::ids::Ids;
use crate::members::args::{RemoveArg, UserSelectorArg};
use crate::members::json::member_info;
use crate::members::member::MemberStatus;
use crate::members::roster::{ListPosition, Roster};
use crate::state::cursors::Cursors;
use crate::state::jobs::Jobs;
use crate::wire::refusal::Refusal;

pub(crate) struct Team {
    /// One source for every id the team hands out, in the order calls ask for them.
    pub ids: Ids,
    pub roster: Roster,
    pub groups: GroupTable,
    pub member_cursors: Cursors<ListPosition>,
    pub group_cursors: Cursors<GroupListPosition>,
    pub group_member_cursors: Cursors<MemberListPosition>,
    pub jobs: Jobs,
    /// The write calls, oldest first.
    pub audit: Vec<AuditEntry>,
    /// Removal jobs moving a member's files into another member (by the receiving
    /// member's index): while one runs, another transfer into the same member is refused
    /// `too_many_write_operations` (lock contention on its namespace).
    transfers_into: std::collections::HashMap<usize, String>,
}

impl Team {
    pub fn new(seed: u64, recovery_window: std::time::Duration) -> Self {
        Team {
            // Apart from the fault dice, so ids do not depend on how many faults were rolled.
            ids: Ids::new(seed ^ 0x006d_656d_6265_7273),
            roster: Roster::new(recovery_window),
            groups: GroupTable::default(),
            member_cursors: Cursors::new(),
            group_cursors: Cursors::new(),
            group_member_cursors: Cursors::new(),
            jobs: Jobs::new(),
            audit: Vec::new(),
            transfers_into: std::collections::HashMap::new(),
        }
    }

    /// Records a write call that passed the wire checks, whatever its outcome.
    pub fn record_write(&mut self, function: &str, sent: Value) {
        self.audit.push(AuditEntry {
            route: function.to_string(),
            arg: sent,
        });
    }

    /// `TeamMemberInfoV2` of member `i`, its profile listing its groups.
    pub fn member_info(&self, i: usize) -> Value {
        let recoverable = self.roster.recoverable(i);
        member_info(self.roster.member(i), self.groups.groups_of(i), recoverable)
    }

    /// `TeamMemberInfoV2` of each of `members` (a listing page).
    pub fn member_infos(&self, members: &[usize]) -> Vec<Value> {
        let mut groups = self.groups.groups_by_member();
        members
            .iter()
            .map(|&i| {
                let recoverable = self.roster.recoverable(i);
                let groups = groups.remove(&i).unwrap_or_default();
                member_info(self.roster.member(i), groups, recoverable)
            })
            .collect()
    }

    /// `GroupMemberInfo` of each of `members`.
    pub fn group_members_info(&self, members: &[GroupMember]) -> Vec<Value> {
        members
            .iter()
            .map(|m| group_member_info(self.roster.member(m.member), m))
            .collect()
    }

    /// `GroupFullInfo` of group `g`, with its members if `with_members`.
    pub fn group_info(&self, g: usize, with_members: bool) -> Value {
        let group = self.groups.group(g);
        let members = with_members.then(|| self.group_members_info(&group.members));
        group_full_info(group, members)
    }

    /// `members/remove`: the member leaves the team and, in the same step, its groups.
    /// Returns the member receiving its files, if any. A transfer into a member that a
    /// running removal job is still transferring into is refused
    /// `too_many_write_operations`.
    pub fn remove_member(&mut self, arg: &RemoveArg) -> Result<Option<usize>, Refusal> {
        let (i, dest) = self.roster.check_remove(arg)?;
        if let Some(d) = dest {
            if let Some(job) = self.transfers_into.get(&d) {
                if self.jobs.running(job) {
                    return Err(Refusal::too_many_write_operations());
                }
            }
        }
        let groups = self.groups.forget_member(i);
        self.roster.remove((i, dest), arg, groups);
        Ok(dest)
    }

    /// A removal job `job_id` transfers files into member `dest` until it is done.
    pub fn transferring_into(&mut self, dest: usize, job_id: &str) {
        self.transfers_into.insert(dest, job_id.to_string());
    }

    /// `members/recover`: the member comes back, and into the groups it was in that are
    /// still there.
    pub fn recover_member(
        &mut self,
        user: &UserSelectorArg,
        config: &Config,
    ) -> Result<(), Refusal> {
        let (i, groups) = self.roster.recover(user, config)?;
        for g in groups {
            if self.groups.is_live(g) && !self.groups.group(g).has_member(i) {
                self.groups.add_members(g, &[(i, AccessType::Member)]);
            }
        }
        Ok(())
    }

    /// `groups/members/add`, all or nothing: the group's index. Only an active member
    /// can be an owner, and only of a group that is not company-managed.
    pub fn add_group_members(&mut self, arg: &GroupMembersAddArg) -> Result<usize, Refusal> {
        let g = self.groups.writable(&arg.group)?;
        let members = self
            .roster
            .resolve_all(arg.members.iter().map(|m| &m.user))?;
        let additions: Vec<(usize, AccessType)> = members
            .into_iter()
            .zip(arg.members.iter().map(|m| m.access_type))
            .collect();
        self.groups.check_additions(g, &additions)?;
        let owners: Vec<(usize, &UserSelectorArg)> = additions
            .iter()
            .zip(&arg.members)
            .filter(|((_, access), _)| *access == AccessType::Owner)
            .map(|((i, _), m)| (*i, &m.user))
            .collect();
        if owners
            .iter()
            .any(|(i, _)| self.roster.member(*i).status != MemberStatus::Active)
        {
            return Err(Refusal::new("user_must_be_active_to_be_owner"));
        }
        let company = self.groups.group(g).management_type == GroupManagementType::CompanyManaged;
        if company && !owners.is_empty() {
            let named: Vec<String> = owners.iter().map(|(_, u)| u.key().to_string()).collect();
            return Err(Refusal::carrying(
                "user_cannot_be_manager_of_company_managed_group",
                named,
            ));
        }
        self.groups.add_members(g, &additions);
        Ok(g)
    }

    /// `groups/members/remove`, all or nothing: the group's index.
    pub fn remove_group_members(&mut self, arg: &GroupMembersRemoveArg) -> Result<usize, Refusal> {
        let g = self.groups.writable(&arg.group)?;
        let members = self.roster.resolve_all(&arg.users)?;
        self.groups.remove_members(g, &members)?;
        Ok(g)
    }

    /// Puts a group on the team directly, its members given by `team_member_id`: the
    /// new group's id. Panics on an unknown or removed member, or a name or external id
    /// already taken: that is a broken test.
    pub fn seed_group(
        &mut self,
        name: &str,
        external_id: Option<&str>,
        management_type: GroupManagementType,
        members: &[&str],
    ) -> String {
        let users: Vec<UserSelectorArg> = members
            .iter()
            .map(|id| UserSelectorArg::TeamMemberId {
                team_member_id: id.to_string(),
            })
            .collect();
        let members = match self.roster.resolve_all(&users) {
            Ok(members) => members,
            Err(refusal) => panic!("seed_group {name:?}: {}", refusal.to_union()),
        };
        let g = self
            .groups
            .seed(&mut self.ids, name, external_id, management_type, &members);
        self.groups.group(g).group_id.clone()
    }

    /// Every live group, in creation order, as tests see it.
    pub fn group_snapshots(&self) -> Vec<GroupSnapshot> {
        let id = |m: &GroupMember| self.roster.member(m.member).team_member_id.clone();
        self.groups
            .live()
            .map(|g| {
                let group = self.groups.group(g);
                let sorted = |owners_only: bool| {
                    let mut ids: Vec<String> = group
                        .members
                        .iter()
                        .filter(|m| !owners_only || m.access == AccessType::Owner)
                        .map(id)
                        .collect();
                    ids.sort();
                    ids
                };
                GroupSnapshot {
                    group_id: group.group_id.clone(),
                    name: group.name.clone(),
                    external_id: group.external_id.clone(),
                    management_type: group.management_type,
                    members: sorted(false),
                    owners: sorted(true),
                }
            })
            .collect()
    }
}
