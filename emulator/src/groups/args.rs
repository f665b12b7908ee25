//! Owns the argument types of the `team/groups/*` routes as the Stone spec defines them:
//! the `GroupSelector` and `GroupsSelector` unions, the structs (unknown fields and tags
//! rejected, limits checked by [`Validate`]), and how the void unions `GroupAccessType`
//! and `GroupManagementType` are read. Plain data above `groups::group`, `members::args` and
//! `validate`. Group names have no pattern in the spec: their rules are route errors
//! (`groups::table`), not 400s.

use serde::{Deserialize, Deserializer};

use crate::groups::group::{AccessType, Group, GroupManagementType};
use crate::members::args::{yes, UserSelectorArg};
use crate::wire::unions::void_tag;
use crate::wire::validate::{check_list_limit, default_list_limit, Validate};

/// Selects one group (a closed union: any other tag is a 400).
#[derive(Clone, Debug, Deserialize)]
#[serde(tag = ".tag", rename_all = "snake_case", deny_unknown_fields)]
pub(crate) enum GroupSelector {
    GroupId { group_id: String },
    GroupExternalId { group_external_id: String },
}

impl GroupSelector {
    pub fn selects(&self, group: &Group) -> bool {
        match self {
            GroupSelector::GroupId { group_id } => group.group_id == *group_id,
            GroupSelector::GroupExternalId { group_external_id } => {
                group.external_id.as_deref() == Some(group_external_id.as_str())
            }
        }
    }
}

/// The argument of `groups/get_info`: several groups, by one kind of id.
#[derive(Debug, Deserialize)]
#[serde(tag = ".tag", rename_all = "snake_case", deny_unknown_fields)]
pub(crate) enum GroupsSelector {
    GroupIds { group_ids: Vec<String> },
    GroupExternalIds { group_external_ids: Vec<String> },
}

impl GroupsSelector {
    /// One selector per id, in the order given.
    pub fn selectors(&self) -> Vec<(&str, GroupSelector)> {
        match self {
            GroupsSelector::GroupIds { group_ids } => group_ids
                .iter()
                .map(|id| {
                    (
                        id.as_str(),
                        GroupSelector::GroupId {
                            group_id: id.clone(),
                        },
                    )
                })
                .collect(),
            GroupsSelector::GroupExternalIds { group_external_ids } => group_external_ids
                .iter()
                .map(|id| {
                    let selector = GroupSelector::GroupExternalId {
                        group_external_id: id.clone(),
                    };
                    (id.as_str(), selector)
                })
                .collect(),
        }
    }
}

impl Validate for GroupsSelector {
    fn validate(&self) -> Result<(), String> {
        Ok(())
    }
}

/// `groups/delete` takes the bare selector.
impl Validate for GroupSelector {
    fn validate(&self) -> Result<(), String> {
        Ok(())
    }
}

impl<'de> Deserialize<'de> for AccessType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = void_tag(deserializer, &AccessType::TAGS)?;
        Ok(AccessType::from_tag(tag).expect("a tag of TAGS"))
    }
}

impl<'de> Deserialize<'de> for GroupManagementType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let tag = void_tag(deserializer, &GroupManagementType::TAGS)?;
        Ok(GroupManagementType::from_tag(tag).expect("a tag of TAGS"))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GroupsListArg {
    #[serde(default = "default_list_limit")]
    pub limit: u32,
}

impl Validate for GroupsListArg {
    fn validate(&self) -> Result<(), String> {
        check_list_limit(self.limit)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GroupCreateArg {
    pub group_name: String,
    /// A team app has no creator to add: accepted, and without effect.
    #[serde(default)]
    #[allow(dead_code)]
    pub add_creator_as_owner: bool,
    pub group_external_id: Option<String>,
    pub group_management_type: Option<GroupManagementType>,
}

impl Validate for GroupCreateArg {
    fn validate(&self) -> Result<(), String> {
        Ok(())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GroupUpdateArgs {
    pub group: GroupSelector,
    #[serde(default = "yes")]
    pub return_members: bool,
    pub new_group_name: Option<String>,
    /// `""` clears the group's external id.
    pub new_group_external_id: Option<String>,
    pub new_group_management_type: Option<GroupManagementType>,
}

impl Validate for GroupUpdateArgs {
    fn validate(&self) -> Result<(), String> {
        Ok(())
    }
}

/// One member to add to a group, and its role there.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MemberAccess {
    pub user: UserSelectorArg,
    pub access_type: AccessType,
}

/// The most members one `groups/members/add` or `groups/members/remove` names. The spec
/// puts no limit on them, and Dropbox's is not known: the emulator takes the stricter
/// choice and refuses more than a listing page holds, as a 400.
pub(crate) const GROUP_MEMBERS_PER_CALL_MAX: usize = 1_000;

fn check_members_per_call(field: &str, n: usize) -> Result<(), String> {
    if n > GROUP_MEMBERS_PER_CALL_MAX {
        return Err(format!(
            "{field}: has more than {GROUP_MEMBERS_PER_CALL_MAX} items, got {n}"
        ));
    }
    Ok(())
}

/// `groups/members/add`, at most [`GROUP_MEMBERS_PER_CALL_MAX`] members.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GroupMembersAddArg {
    pub group: GroupSelector,
    pub members: Vec<MemberAccess>,
    #[serde(default = "yes")]
    pub return_members: bool,
}

impl Validate for GroupMembersAddArg {
    fn validate(&self) -> Result<(), String> {
        check_members_per_call("members", self.members.len())?;
        self.members
            .iter()
            .enumerate()
            .try_for_each(|(i, m)| m.user.check(&format!("members: {i}: user")))
    }
}

/// `groups/members/remove`, at most [`GROUP_MEMBERS_PER_CALL_MAX`] users.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GroupMembersRemoveArg {
    pub group: GroupSelector,
    pub users: Vec<UserSelectorArg>,
    #[serde(default = "yes")]
    pub return_members: bool,
}

impl Validate for GroupMembersRemoveArg {
    fn validate(&self) -> Result<(), String> {
        check_members_per_call("users", self.users.len())?;
        self.users
            .iter()
            .enumerate()
            .try_for_each(|(i, user)| user.check(&format!("users: {i}")))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GroupsMembersListArg {
    pub group: GroupSelector,
    #[serde(default = "default_list_limit")]
    pub limit: u32,
}

impl Validate for GroupsMembersListArg {
    fn validate(&self) -> Result<(), String> {
        check_list_limit(self.limit)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;

    #[test]
    fn void_unions_take_both_forms_and_nothing_else() {
        let parse = |v: Value| serde_json::from_value::<AccessType>(v);
        assert_eq!(parse(json!("owner")).unwrap(), AccessType::Owner);
        assert_eq!(
            parse(json!({".tag": "member"})).unwrap(),
            AccessType::Member
        );
        assert!(parse(json!("admin")).is_err());
        assert!(parse(json!({".tag": "member", "x": 1})).is_err());
        assert!(parse(json!({})).is_err());
        assert!(parse(json!(1)).is_err());
        let parse = |v: Value| serde_json::from_value::<GroupManagementType>(v);
        assert_eq!(
            parse(json!("system_managed")).unwrap(),
            GroupManagementType::SystemManaged
        );
    }

    #[test]
    fn group_selectors_are_a_closed_union() {
        let parse = |v: Value| serde_json::from_value::<GroupSelector>(v);
        assert!(parse(json!({".tag": "group_id", "group_id": "g:1"})).is_ok());
        assert!(parse(json!({".tag": "group_external_id", "group_external_id": "e"})).is_ok());
        assert!(parse(json!({".tag": "group_name", "group_name": "x"})).is_err());
        assert!(parse(json!({".tag": "group_id", "group_id": "g:1", "x": 1})).is_err());
    }
}
