//! The `groups/*` routes as typed calls: listing with pagination, create, rename, delete
//! (an async job polled to its end), and membership adds and removes, which Dropbox
//! applies all or nothing. Membership is read from the members' `profile.groups`, so a
//! sync never needs `groups/members/list` but to recover from `duplicate_user`.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::calls::{by_id, decode, group_by_id, Page};
use super::client::Client;
use super::error::ApiError;

const LIST: &str = "team/groups/list";
const LIST_CONTINUE: &str = "team/groups/list/continue";
const MEMBERS_LIST: &str = "team/groups/members/list";
const MEMBERS_LIST_CONTINUE: &str = "team/groups/members/list/continue";

/// Dropbox answers at most this many groups or group members per page.
const PAGE: u32 = 1000;

/// The parts of `GroupSummary` dbxprov uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct TeamGroup {
    pub(crate) group_id: String,
    pub(crate) name: String,
    pub(crate) external_id: Option<String>,
    /// `user_managed`, `company_managed`, `system_managed`, or a tag Dropbox adds later.
    pub(crate) management: String,
    pub(crate) member_count: Option<u64>,
}

#[derive(Deserialize)]
struct RawGroup {
    group_id: String,
    group_name: String,
    group_external_id: Option<String>,
    #[serde(default)]
    group_management_type: Value,
    member_count: Option<u64>,
}

impl RawGroup {
    fn into_group(self) -> TeamGroup {
        TeamGroup {
            group_id: self.group_id,
            name: self.group_name,
            external_id: self.group_external_id,
            management: self.group_management_type[".tag"]
                .as_str()
                .unwrap_or("")
                .to_string(),
            member_count: self.member_count,
        }
    }
}

#[derive(Deserialize)]
struct GroupPage {
    groups: Vec<RawGroup>,
    cursor: String,
    has_more: bool,
}

#[derive(Deserialize)]
struct GroupMemberProfile {
    team_member_id: String,
}

#[derive(Deserialize)]
struct GroupMember {
    profile: GroupMemberProfile,
}

#[derive(Deserialize)]
struct MemberPage {
    members: Vec<GroupMember>,
    cursor: String,
    has_more: bool,
}

impl Page for GroupPage {
    type Item = TeamGroup;
    fn ids(&self) -> Vec<&str> {
        self.groups.iter().map(|g| g.group_id.as_str()).collect()
    }
    fn cursor(&self) -> &str {
        &self.cursor
    }
    fn has_more(&self) -> bool {
        self.has_more
    }
    fn into_items(self) -> Vec<TeamGroup> {
        self.groups.into_iter().map(RawGroup::into_group).collect()
    }
}

impl Page for MemberPage {
    type Item = String;
    fn ids(&self) -> Vec<&str> {
        let ids = self
            .members
            .iter()
            .map(|m| m.profile.team_member_id.as_str());
        ids.collect()
    }
    fn cursor(&self) -> &str {
        &self.cursor
    }
    fn has_more(&self) -> bool {
        self.has_more
    }
    fn into_items(self) -> Vec<String> {
        self.members
            .into_iter()
            .map(|m| m.profile.team_member_id)
            .collect()
    }
}

impl Client {
    /// Every group of the team, following the cursor to the end.
    pub(crate) async fn list_groups(&self) -> Result<Vec<TeamGroup>, ApiError> {
        let arg = json!({ "limit": PAGE });
        self.list_all::<GroupPage>(LIST, arg, LIST_CONTINUE, "group", &|_| {})
            .await
    }

    /// The ids of a group's members (`groups/members/list`), following the cursor.
    pub(crate) async fn group_members(&self, group_id: &str) -> Result<Vec<String>, ApiError> {
        let arg = json!({"group": group_by_id(group_id), "limit": PAGE});
        self.list_all::<MemberPage>(
            MEMBERS_LIST,
            arg,
            MEMBERS_LIST_CONTINUE,
            "group member",
            &|_| {},
        )
        .await
    }

    /// The group that carries `external_id` (`groups/get_info` by external id), if any.
    pub(crate) async fn group_by_external_id(
        &self,
        external_id: &str,
    ) -> Result<Option<TeamGroup>, ApiError> {
        let route = "team/groups/get_info";
        let arg = json!({".tag": "group_external_ids", "group_external_ids": [external_id]});
        let items: Value = self.rpc(route, Some(&arg)).await?;
        let found = items.as_array().and_then(|a| a.first()).cloned();
        match found {
            Some(item) if item[".tag"] == "group_info" => {
                Ok(Some(decode::<RawGroup>(route, item)?.into_group()))
            }
            _ => Ok(None),
        }
    }

    /// `groups/create`: a company-managed group (admins manage it, not its members)
    /// carrying `external_id`, without the app's admin as owner.
    pub(crate) async fn create_group(
        &self,
        name: &str,
        external_id: &str,
    ) -> Result<TeamGroup, ApiError> {
        let route = "team/groups/create";
        let arg = json!({
            "group_name": name,
            "add_creator_as_owner": false,
            "group_external_id": external_id,
            "group_management_type": {".tag": "company_managed"},
        });
        let info: Value = self.rpc(route, Some(&arg)).await?;
        Ok(decode::<RawGroup>(route, info)?.into_group())
    }

    /// `groups/update` with a new external id (the directory group it is provisioned from).
    pub(crate) async fn set_group_external_id(
        &self,
        group_id: &str,
        external_id: &str,
    ) -> Result<(), ApiError> {
        let arg = json!({
            "group": group_by_id(group_id),
            "return_members": false,
            "new_group_external_id": external_id,
        });
        let _: Value = self.rpc("team/groups/update", Some(&arg)).await?;
        Ok(())
    }

    /// `groups/update` with a new name; the group keeps its id (and its shared folders).
    pub(crate) async fn rename_group(
        &self,
        group_id: &str,
        new_name: &str,
    ) -> Result<(), ApiError> {
        let arg = json!({
            "group": group_by_id(group_id),
            "return_members": false,
            "new_group_name": new_name,
        });
        let _: Value = self.rpc("team/groups/update", Some(&arg)).await?;
        Ok(())
    }

    /// `groups/delete`, waiting for its job when Dropbox answers with one.
    pub(crate) async fn delete_group(&self, group_id: &str) -> Result<(), ApiError> {
        let launched: Value = self
            .rpc("team/groups/delete", Some(&group_by_id(group_id)))
            .await?;
        self.complete("team/groups/job_status/get", launched)
            .await?;
        Ok(())
    }

    /// `groups/members/add` of `team_member_ids` as plain members. All or nothing: one
    /// already in the group fails the call with `duplicate_user`.
    pub(crate) async fn add_group_members(
        &self,
        group_id: &str,
        team_member_ids: &[String],
    ) -> Result<(), ApiError> {
        let members: Vec<Value> = team_member_ids
            .iter()
            .map(|id| json!({"user": by_id(id), "access_type": {".tag": "member"}}))
            .collect();
        let arg = json!({
            "group": group_by_id(group_id),
            "members": members,
            "return_members": false,
        });
        let _: Value = self.rpc("team/groups/members/add", Some(&arg)).await?;
        Ok(())
    }

    /// `groups/members/remove` of `team_member_ids`. All or nothing: one not in the group
    /// fails the call with `member_not_in_group`.
    pub(crate) async fn remove_group_members(
        &self,
        group_id: &str,
        team_member_ids: &[String],
    ) -> Result<(), ApiError> {
        let users: Vec<Value> = team_member_ids.iter().map(|id| by_id(id)).collect();
        let arg = json!({
            "group": group_by_id(group_id),
            "users": users,
            "return_members": false,
        });
        let _: Value = self.rpc("team/groups/members/remove", Some(&arg)).await?;
        Ok(())
    }
}
