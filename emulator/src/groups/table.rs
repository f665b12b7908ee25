//! Owns [`GroupTable`], the team's groups, and the rules of the groups routes that need
//! only the groups: names (non-blank, no control characters, at most 255 characters,
//! unique case-insensitively among the live groups), unique external ids, which groups an
//! API call may change (not system-managed ones), who is in a group, and paging through
//! groups and through a group's members. It sits in the `Team` next to the roster, under
//! the same lock, so that removing a member takes it out of its groups atomically. Above
//! the group records, their argument types, `Refusal` and `Ids`; below the team.
//!
//! Groups are never forgotten: a deleted group stays as a tombstone (so that deleting it
//! again is `group_already_deleted`), listed nowhere; its name and external id are free.

use std::collections::HashMap;
use std::time::SystemTime;

use crate::groups::args::{GroupCreateArg, GroupSelector, GroupUpdateArgs};
use crate::groups::group::{AccessType, Group, GroupManagementType, GroupMember};
use crate::ids::Ids;
use crate::wire::refusal::Refusal;

/// The longest group name Dropbox takes, in characters.
const GROUP_NAME_MAX: usize = 255;

const GROUP_NOT_FOUND: Refusal = Refusal::new("group_not_found");
const SYSTEM_MANAGED: Refusal = Refusal::new("system_managed_group_disallowed");

/// Where a `groups/list` page starts (an index into the groups, stable because they are
/// never removed). What a groups list cursor stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct GroupListPosition {
    next: usize,
    limit: usize,
}

impl GroupListPosition {
    pub fn first(limit: usize) -> Self {
        GroupListPosition { next: 0, limit }
    }
}

/// Where a `groups/members/list` page starts: the group, and the join order (`seq`) of
/// the next member to show, so members who leave between pages shift nothing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct MemberListPosition {
    group: usize,
    next_seq: u64,
    limit: usize,
}

/// One page of a listing, and where the next one starts.
pub(crate) struct Page<T, P> {
    pub items: Vec<T>,
    pub next: P,
    pub has_more: bool,
}

/// The first `limit` of `listed`, and whether more remain.
fn take_page<T>(mut listed: Vec<T>, limit: usize) -> (Vec<T>, bool) {
    let has_more = listed.len() > limit;
    listed.truncate(limit);
    (listed, has_more)
}

#[derive(Default)]
pub(crate) struct GroupTable {
    groups: Vec<Group>,
}

/// `group_name_invalid`: empty or blank, a control character, or too long.
fn check_name_shape(name: &str) -> Result<(), Refusal> {
    let invalid = name.trim().is_empty()
        || name.chars().any(char::is_control)
        || name.chars().count() > GROUP_NAME_MAX;
    if invalid {
        return Err(Refusal::new("group_name_invalid"));
    }
    Ok(())
}

impl GroupTable {
    pub fn group(&self, index: usize) -> &Group {
        &self.groups[index]
    }

    /// The live groups' indices, in creation order.
    pub fn live(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.groups.len()).filter(|&g| !self.groups[g].deleted)
    }

    /// The group a selector names: the live one if there is one, else the most recently
    /// deleted (an external id may have belonged to several).
    fn find(&self, selector: &GroupSelector) -> Option<usize> {
        (0..self.groups.len())
            .filter(|&g| selector.selects(&self.groups[g]))
            .max_by_key(|&g| (!self.groups[g].deleted, g))
    }

    /// The live group a selector names, if any (`groups/get_info`).
    pub fn lookup(&self, selector: &GroupSelector) -> Option<usize> {
        self.find(selector).filter(|&g| !self.groups[g].deleted)
    }

    /// The live group a route acts on, or `group_not_found`.
    pub fn target(&self, selector: &GroupSelector) -> Result<usize, Refusal> {
        self.lookup(selector).ok_or(GROUP_NOT_FOUND)
    }

    /// The live group a route changes: not a system-managed one.
    pub fn writable(&self, selector: &GroupSelector) -> Result<usize, Refusal> {
        let g = self.target(selector)?;
        if self.groups[g].management_type == GroupManagementType::SystemManaged {
            return Err(SYSTEM_MANAGED);
        }
        Ok(g)
    }

    /// Another live group (other than `except`) that `matches`.
    fn others(&self, except: Option<usize>, matches: impl Fn(&Group) -> bool) -> bool {
        self.live()
            .any(|g| Some(g) != except && matches(&self.groups[g]))
    }

    fn check_name(&self, except: Option<usize>, name: &str) -> Result<(), Refusal> {
        check_name_shape(name)?;
        let folded = name.to_lowercase();
        if self.others(except, |other| other.name.to_lowercase() == folded) {
            return Err(Refusal::new("group_name_already_used"));
        }
        Ok(())
    }

    fn check_external_id(&self, except: Option<usize>, id: &str) -> Result<(), Refusal> {
        if self.others(except, |other| other.external_id.as_deref() == Some(id)) {
            return Err(Refusal::new("external_id_already_in_use"));
        }
        Ok(())
    }

    fn push(
        &mut self,
        ids: &mut Ids,
        name: &str,
        external_id: Option<String>,
        management_type: GroupManagementType,
    ) -> usize {
        self.groups.push(Group {
            group_id: ids.hex("g:", 32),
            name: name.to_string(),
            external_id,
            management_type,
            created: SystemTime::now(),
            members: Vec::new(),
            next_seq: 0,
            deleted: false,
        });
        self.groups.len() - 1
    }

    /// `groups/create`: the new group's index. An empty external id is no external id.
    pub fn create(&mut self, ids: &mut Ids, arg: &GroupCreateArg) -> Result<usize, Refusal> {
        self.check_name(None, &arg.group_name)?;
        let external_id = arg.group_external_id.clone().filter(|id| !id.is_empty());
        if let Some(id) = &external_id {
            self.check_external_id(None, id)?;
        }
        let management_type = arg.group_management_type.unwrap_or_default();
        if management_type == GroupManagementType::SystemManaged {
            return Err(SYSTEM_MANAGED);
        }
        Ok(self.push(ids, &arg.group_name, external_id, management_type))
    }

    /// Puts a group on the team directly, as an admin console (or Dropbox, for a
    /// system-managed group) would, with `members` (roster indices) as plain members.
    /// Panics on a name or external id already taken: that is a broken test.
    pub fn seed(
        &mut self,
        ids: &mut Ids,
        name: &str,
        external_id: Option<&str>,
        management_type: GroupManagementType,
        members: &[usize],
    ) -> usize {
        if let Err(refusal) = self.check_name(None, name) {
            panic!("seed_group: {name:?}: {}", refusal.tag());
        }
        if let Some(id) = external_id {
            assert!(
                self.check_external_id(None, id).is_ok(),
                "seed_group: external id {id:?} is taken"
            );
        }
        let g = self.push(ids, name, external_id.map(str::to_string), management_type);
        let additions: Vec<(usize, AccessType)> =
            members.iter().map(|&m| (m, AccessType::Member)).collect();
        assert!(
            self.check_additions(g, &additions).is_ok(),
            "seed_group: a member is listed twice"
        );
        self.add_members(g, &additions);
        g
    }

    /// `groups/update`: the group's index. `""` as the new external id clears it.
    pub fn update(&mut self, arg: &GroupUpdateArgs) -> Result<usize, Refusal> {
        let g = self.writable(&arg.group)?;
        if arg.new_group_management_type == Some(GroupManagementType::SystemManaged) {
            return Err(SYSTEM_MANAGED);
        }
        if let Some(name) = &arg.new_group_name {
            self.check_name(Some(g), name)?;
        }
        let external_id = arg
            .new_group_external_id
            .as_ref()
            .map(|id| Some(id.clone()).filter(|id| !id.is_empty()));
        if let Some(Some(id)) = &external_id {
            self.check_external_id(Some(g), id)?;
        }
        let group = &mut self.groups[g];
        if let Some(name) = &arg.new_group_name {
            group.name = name.clone();
        }
        if let Some(id) = external_id {
            group.external_id = id;
        }
        if let Some(management_type) = arg.new_group_management_type {
            group.management_type = management_type;
        }
        Ok(g)
    }

    /// `groups/delete`: the group is deleted, its members out of it.
    pub fn delete(&mut self, selector: &GroupSelector) -> Result<(), Refusal> {
        let g = self.find(selector).ok_or(GROUP_NOT_FOUND)?;
        let group = &mut self.groups[g];
        if group.deleted {
            return Err(Refusal::new("group_already_deleted"));
        }
        if group.management_type == GroupManagementType::SystemManaged {
            return Err(SYSTEM_MANAGED);
        }
        group.deleted = true;
        group.members.clear();
        Ok(())
    }

    /// `duplicate_user` if one of `additions` is in group `g` already, or listed twice.
    pub fn check_additions(
        &self,
        g: usize,
        additions: &[(usize, AccessType)],
    ) -> Result<(), Refusal> {
        let group = &self.groups[g];
        let twice = additions
            .iter()
            .enumerate()
            .any(|(i, (m, _))| additions[..i].iter().any(|(other, _)| other == m));
        if twice || additions.iter().any(|(m, _)| group.has_member(*m)) {
            return Err(Refusal::new("duplicate_user"));
        }
        Ok(())
    }

    /// Adds members (roster indices) that passed `check_additions`.
    pub fn add_members(&mut self, g: usize, additions: &[(usize, AccessType)]) {
        let group = &mut self.groups[g];
        for &(member, access) in additions {
            let seq = group.next_seq;
            group.next_seq += 1;
            group.members.push(GroupMember {
                member,
                access,
                seq,
            });
        }
    }

    /// Takes members (roster indices) out of group `g`, all or none:
    /// `member_not_in_group` if one of them is not in it.
    pub fn remove_members(&mut self, g: usize, members: &[usize]) -> Result<(), Refusal> {
        let group = &mut self.groups[g];
        if !members.iter().all(|&m| group.has_member(m)) {
            return Err(Refusal::new("member_not_in_group"));
        }
        group.members.retain(|m| !members.contains(&m.member));
        Ok(())
    }

    /// Takes a member (a roster index) out of every group, as its removal from the team
    /// does: the groups (indices) it was in.
    pub fn forget_member(&mut self, member: usize) -> Vec<usize> {
        let mut left = Vec::new();
        for (g, group) in self.groups.iter_mut().enumerate() {
            if group.has_member(member) {
                group.members.retain(|m| m.member != member);
                left.push(g);
            }
        }
        left
    }

    /// Whether group `g` is still there (not deleted).
    pub fn is_live(&self, g: usize) -> bool {
        !self.groups[g].deleted
    }

    /// The ids of the live groups a member (a roster index) is in, in creation order.
    pub fn groups_of(&self, member: usize) -> Vec<String> {
        self.live()
            .map(|g| &self.groups[g])
            .filter(|group| group.has_member(member))
            .map(|group| group.group_id.clone())
            .collect()
    }

    /// The ids of the live groups each member (a roster index) is in, in creation order:
    /// [`Self::groups_of`] for a whole page of members in one pass over the groups.
    pub fn groups_by_member(&self) -> HashMap<usize, Vec<String>> {
        let mut of: HashMap<usize, Vec<String>> = HashMap::new();
        for group in self.live().map(|g| &self.groups[g]) {
            for m in &group.members {
                of.entry(m.member).or_default().push(group.group_id.clone());
            }
        }
        of
    }

    /// The `groups/list` page that starts at `from`: group indices.
    pub fn page(&self, from: GroupListPosition) -> Page<usize, GroupListPosition> {
        let listed: Vec<usize> = self.live().filter(|&g| g >= from.next).collect();
        let (items, has_more) = take_page(listed, from.limit);
        let next = items.last().map_or(from.next, |last| last + 1);
        Page {
            items,
            next: GroupListPosition { next, ..from },
            has_more,
        }
    }

    /// The first `groups/members/list` position of group `g`.
    pub fn first_members(&self, g: usize, limit: usize) -> MemberListPosition {
        MemberListPosition {
            group: g,
            next_seq: 0,
            limit,
        }
    }

    /// The `groups/members/list` page that starts at `from`, or `None` once the group is
    /// deleted (its cursors are then `invalid_cursor`).
    pub fn member_page(
        &self,
        from: MemberListPosition,
    ) -> Option<Page<GroupMember, MemberListPosition>> {
        let group = self.groups.get(from.group).filter(|group| !group.deleted)?;
        let listed: Vec<GroupMember> = group
            .members
            .iter()
            .filter(|m| m.seq >= from.next_seq)
            .copied()
            .collect();
        let (items, has_more) = take_page(listed, from.limit);
        let next_seq = items.last().map_or(from.next_seq, |last| last.seq + 1);
        Some(Page {
            items,
            next: MemberListPosition { next_seq, ..from },
            has_more,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_names_must_be_visible_short_and_without_control_characters() {
        for bad in ["", "   ", "\t", "a\nb", "a\u{7f}b", &"x".repeat(256)] {
            assert_eq!(
                check_name_shape(bad),
                Err(Refusal::new("group_name_invalid")),
                "{bad:?}"
            );
        }
        for good in [
            "Sales",
            " Sales ",
            "Équipe R&D / Paris: 2024?",
            &"é".repeat(255),
        ] {
            assert_eq!(check_name_shape(good), Ok(()), "{good:?}");
        }
    }
}
