//! The `members/*` routes as typed calls: listing with pagination, adding in batches of
//! at most 20 with async jobs polled, profile updates, suspend, unsuspend and remove —
//! always sending `wipe_data`, `keep_account` and the transfer destination explicitly,
//! never relying on Dropbox's destructive defaults. Bad data from the server fails as
//! little as it can: a listing that would never end is an error, a malformed entry of an
//! add result fails only its member.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::calls::{by_id, decode, Page};
use super::client::Client;
use super::error::ApiError;
use crate::model::ProfileChanges;

/// Dropbox accepts at most this many new members per `members/add_v2`.
pub(crate) const ADD_BATCH: usize = 20;

/// A member's status; tags Dropbox may add later are kept as `Other`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Active,
    Invited,
    Suspended,
    Removed,
    Other(String),
}

impl Status {
    /// The status as a plan sees it; `None` for a removed member that cannot be
    /// recovered (it is gone).
    pub(crate) fn member_status(&self, recoverable: bool) -> Option<crate::model::MemberStatus> {
        use crate::model::MemberStatus;
        Some(match self {
            Status::Active => MemberStatus::Active,
            Status::Invited => MemberStatus::Invited,
            Status::Suspended => MemberStatus::Suspended,
            Status::Other(_) => MemberStatus::Other,
            Status::Removed if recoverable => MemberStatus::Removed,
            Status::Removed => return None,
        })
    }
}

/// The parts of `TeamMemberProfile` dbxprov uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TeamMember {
    pub(crate) team_member_id: String,
    pub email: String,
    pub(crate) given_name: String,
    pub(crate) surname: String,
    pub(crate) external_id: Option<String>,
    pub status: Status,
    /// Removed, and `members/recover` can still bring it back (`is_recoverable`).
    pub(crate) recoverable: bool,
    /// The ids of the groups the member is in (`profile.groups`).
    pub(crate) groups: Vec<String>,
}

#[derive(Deserialize)]
struct RawName {
    #[serde(default)]
    given_name: String,
    #[serde(default)]
    surname: String,
}

#[derive(Deserialize)]
struct RawProfile {
    team_member_id: String,
    email: String,
    external_id: Option<String>,
    status: Value,
    name: RawName,
    #[serde(default)]
    groups: Vec<String>,
}

impl RawProfile {
    fn into_member(self) -> TeamMember {
        let tag = self.status[".tag"].as_str().unwrap_or("").to_string();
        TeamMember {
            team_member_id: self.team_member_id,
            email: self.email,
            given_name: self.name.given_name,
            surname: self.name.surname,
            external_id: self.external_id,
            groups: self.groups,
            recoverable: tag == "removed" && self.status["is_recoverable"] == true,
            status: match tag.as_str() {
                "active" => Status::Active,
                "invited" => Status::Invited,
                "suspended" => Status::Suspended,
                "removed" => Status::Removed,
                _ => Status::Other(tag),
            },
        }
    }
}

#[derive(Deserialize)]
struct RawInfo {
    profile: RawProfile,
}

#[derive(Deserialize)]
struct ListPage {
    members: Vec<RawInfo>,
    cursor: String,
    has_more: bool,
}

impl Page for ListPage {
    type Item = TeamMember;
    fn ids(&self) -> Vec<&str> {
        let ids = self
            .members
            .iter()
            .map(|i| i.profile.team_member_id.as_str());
        ids.collect()
    }
    fn cursor(&self) -> &str {
        &self.cursor
    }
    fn has_more(&self) -> bool {
        self.has_more
    }
    fn into_items(self) -> Vec<TeamMember> {
        self.members
            .into_iter()
            .map(|i| i.profile.into_member())
            .collect()
    }
}

/// A member to add.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NewMember {
    pub email: String,
    pub given_name: String,
    pub surname: String,
    pub external_id: String,
    pub send_welcome_email: bool,
}

/// The outcome for one member of an add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddOutcome {
    Added(TeamMember),
    /// A failure tag such as `team_license_limit`, with the email it names, or
    /// [`MALFORMED_RESULT`].
    Failed {
        tag: String,
        email: String,
    },
}

/// The failure tag of a member whose entry in an add result could not be read. The
/// member may well have been added (a `success` entry with a broken profile).
pub const MALFORMED_RESULT: &str = "malformed_result";

/// The outcomes of one `members/add_v2` batch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddBatch {
    /// One per member asked for, in order.
    pub outcomes: Vec<AddOutcome>,
    /// The launch call was retried after a 5xx or a network error, so an earlier attempt
    /// may have added some of the members: a failure such as `user_already_on_team` or
    /// `duplicate_external_member_id` may be that attempt's doing.
    pub ambiguous: bool,
}

/// What deprovisioning by removal does with the member's account and data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemoveOptions {
    pub wipe_data: bool,
    pub keep_account: bool,
    pub transfer_dest_email: Option<String>,
    /// Told of transfer errors; Dropbox requires one with a destination.
    pub transfer_admin_email: Option<String>,
}

/// One entry of an add result (`MemberAddV2Result`) for the member `asked` for.
fn add_outcome(result: Value, asked: &NewMember) -> AddOutcome {
    let malformed = || AddOutcome::Failed {
        tag: MALFORMED_RESULT.into(),
        email: asked.email.clone(),
    };
    match result[".tag"].as_str() {
        Some("success") => match serde_json::from_value::<RawInfo>(result) {
            Ok(info) => AddOutcome::Added(info.profile.into_member()),
            Err(_) => malformed(),
        },
        Some(tag) if !tag.is_empty() => AddOutcome::Failed {
            tag: tag.into(),
            email: result[tag].as_str().unwrap_or(&asked.email).to_string(),
        },
        _ => malformed(),
    }
}

const LIST: &str = "team/members/list_v2";
const LIST_CONTINUE: &str = "team/members/list/continue_v2";
const GET_INFO: &str = "team/members/get_info_v2";

impl Client {
    /// Every member that is not removed, following the cursor to the end.
    pub async fn list_members(&self) -> Result<Vec<TeamMember>, ApiError> {
        self.list_members_counted(&|_| {}).await
    }

    /// [`Client::list_members`], telling `on_page` how many members each page brought.
    pub(crate) async fn list_members_counted(
        &self,
        on_page: &(dyn Fn(usize) + Sync),
    ) -> Result<Vec<TeamMember>, ApiError> {
        let mut members = self.list_members_with(false, on_page).await?;
        members.retain(|m| m.status != Status::Removed);
        Ok(members)
    }

    /// Every member, removed ones included (`include_removed`), so that a run can tell a
    /// member it may recover from one that is gone; `on_page` hears how many members each
    /// page brought.
    pub(crate) async fn list_members_removed_too(
        &self,
        on_page: &(dyn Fn(usize) + Sync),
    ) -> Result<Vec<TeamMember>, ApiError> {
        self.list_members_with(true, on_page).await
    }

    async fn list_members_with(
        &self,
        include_removed: bool,
        on_page: &(dyn Fn(usize) + Sync),
    ) -> Result<Vec<TeamMember>, ApiError> {
        let arg = json!({"limit": 1000, "include_removed": include_removed});
        self.list_all::<ListPage>(LIST, arg, LIST_CONTINUE, "member", on_page)
            .await
    }

    /// The member that `selector` (a `UserSelectorArg`) selects, removed ones included
    /// (`members/get_info_v2`); `None` for `id_not_found`.
    async fn get_member(&self, selector: Value) -> Result<Option<TeamMember>, ApiError> {
        let mut found = self.get_members(vec![selector]).await?;
        Ok(found.pop().flatten())
    }

    /// The members `selectors` select, in order, removed ones included, in one call
    /// (`members/get_info_v2`); `None` for each `id_not_found`.
    async fn get_members(
        &self,
        selectors: Vec<Value>,
    ) -> Result<Vec<Option<TeamMember>>, ApiError> {
        let asked = selectors.len();
        let answer: Value = self
            .rpc(GET_INFO, Some(&json!({ "members": selectors })))
            .await?;
        let items = answer["members_info"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        if items.len() != asked {
            return Err(ApiError::Decode {
                target: GET_INFO.into(),
                detail: format!("{} answers for {asked} members", items.len()),
            });
        }
        items
            .into_iter()
            .map(|info| match info[".tag"].as_str() {
                Some("member_info") => {
                    let info: RawInfo = decode(GET_INFO, info)?;
                    Ok(Some(info.profile.into_member()))
                }
                Some("id_not_found") => Ok(None),
                // Guessing "not found" here could have a caller add a member twice.
                _ => Err(ApiError::Decode {
                    target: GET_INFO.into(),
                    detail: format!("unexpected item {info}"),
                }),
            })
            .collect()
    }

    /// The members (not removed) carrying each of `external_ids`, in order, in one call.
    pub(crate) async fn members_by_external_ids(
        &self,
        external_ids: &[&str],
    ) -> Result<Vec<Option<TeamMember>>, ApiError> {
        let selectors = external_ids
            .iter()
            .map(|id| json!({".tag": "external_id", "external_id": id}))
            .collect();
        let found = self.get_members(selectors).await?;
        Ok(found
            .into_iter()
            .map(|m| m.filter(|m| m.status != Status::Removed))
            .collect())
    }

    /// The member whose external id is `external_id`, if there is one and it is not
    /// removed (`members/get_info_v2`).
    pub(crate) async fn member_by_external_id(
        &self,
        external_id: &str,
    ) -> Result<Option<TeamMember>, ApiError> {
        let selector = json!({".tag": "external_id", "external_id": external_id});
        Ok(self
            .get_member(selector)
            .await?
            .filter(|m| m.status != Status::Removed))
    }

    /// The member whose email is `email`, if there is one and it is not removed.
    pub(crate) async fn member_by_email(
        &self,
        email: &str,
    ) -> Result<Option<TeamMember>, ApiError> {
        let selector = json!({".tag": "email", "email": email});
        Ok(self
            .get_member(selector)
            .await?
            .filter(|m| m.status != Status::Removed))
    }

    /// The member `team_member_id`, as it is now: `None` when Dropbox does not know the
    /// id, else the member, whose status may be [`Status::Removed`] (e.g. to tell whether
    /// an ambiguous write took effect).
    pub async fn member_info(&self, team_member_id: &str) -> Result<Option<TeamMember>, ApiError> {
        self.get_member(by_id(team_member_id)).await
    }

    /// `members/add_v2` for at most [`ADD_BATCH`] members; one outcome per member, in
    /// order. A result entry that cannot be read fails its member only
    /// ([`MALFORMED_RESULT`]). An empty name part is left out, never sent as `""`.
    pub async fn add_members(&self, batch: &[NewMember]) -> Result<AddBatch, ApiError> {
        assert!(
            batch.len() <= ADD_BATCH,
            "callers split adds into batches of {ADD_BATCH}"
        );
        let new_members: Vec<Value> = batch
            .iter()
            .map(|m| {
                let mut arg = json!({
                    "member_email": m.email,
                    "member_external_id": m.external_id,
                    "send_welcome_email": m.send_welcome_email,
                });
                for (key, name) in [
                    ("member_given_name", &m.given_name),
                    ("member_surname", &m.surname),
                ] {
                    if !name.is_empty() {
                        arg[key] = json!(name);
                    }
                }
                arg
            })
            .collect();
        let route = "team/members/add_v2";
        let (launched, ambiguous): (Value, bool) = self
            .rpc_noting_retries(
                route,
                Some(&json!({"new_members": new_members, "force_async": false})),
            )
            .await?;
        let launched = self
            .complete("team/members/add/job_status/get_v2", launched)
            .await?;
        match launched[".tag"].as_str() {
            Some("complete") => {}
            // The job ran: it may have added any of the members before it failed.
            Some("failed") => {
                return Err(ApiError::Route {
                    target: route.into(),
                    tag: "failed".into(),
                    user_message: launched["failed"].as_str().map(str::to_string),
                    error: launched,
                    ambiguous: true,
                })
            }
            _ => {
                return Err(ApiError::Decode {
                    target: route.into(),
                    detail: format!("unexpected result {launched}"),
                })
            }
        }
        let results = launched["complete"].as_array().cloned().unwrap_or_default();
        if results.len() != batch.len() {
            return Err(ApiError::Decode {
                target: route.into(),
                detail: format!("{} results for {} members", results.len(), batch.len()),
            });
        }
        Ok(AddBatch {
            outcomes: results
                .into_iter()
                .zip(batch)
                .map(|(r, asked)| add_outcome(r, asked))
                .collect(),
            ambiguous,
        })
    }

    /// `members/set_profile_v2`.
    pub(crate) async fn set_profile(
        &self,
        team_member_id: &str,
        update: &ProfileChanges,
    ) -> Result<TeamMember, ApiError> {
        let mut arg = json!({"user": by_id(team_member_id)});
        for (key, value) in [
            ("new_email", &update.email),
            ("new_given_name", &update.given_name),
            ("new_surname", &update.surname),
            ("new_external_id", &update.external_id),
        ] {
            if let Some(v) = value {
                arg[key] = json!(v);
            }
        }
        #[derive(Deserialize)]
        struct Answer {
            member_info: RawInfo,
        }
        let answer: Answer = self.rpc("team/members/set_profile_v2", Some(&arg)).await?;
        Ok(answer.member_info.profile.into_member())
    }

    /// `members/recover`: a removed member comes back, with its files, shared folders and
    /// groups, in whatever status Dropbox gives it (read it back to know).
    pub(crate) async fn recover(&self, team_member_id: &str) -> Result<(), ApiError> {
        let _: Value = self
            .rpc(
                "team/members/recover",
                Some(&json!({"user": by_id(team_member_id)})),
            )
            .await?;
        Ok(())
    }

    /// `members/send_welcome_email`: a new invitation to the member's current email
    /// (nothing for a member who has joined). The argument is the bare selector.
    pub(crate) async fn send_welcome_email(&self, team_member_id: &str) -> Result<(), ApiError> {
        let _: Value = self
            .rpc(
                "team/members/send_welcome_email",
                Some(&by_id(team_member_id)),
            )
            .await?;
        Ok(())
    }

    /// `members/suspend`, with `wipe_data` always explicit.
    pub async fn suspend(&self, team_member_id: &str, wipe_data: bool) -> Result<(), ApiError> {
        let _: Value = self
            .rpc(
                "team/members/suspend",
                Some(&json!({"user": by_id(team_member_id), "wipe_data": wipe_data})),
            )
            .await?;
        Ok(())
    }

    /// `members/unsuspend`.
    pub(crate) async fn unsuspend(&self, team_member_id: &str) -> Result<(), ApiError> {
        let _: Value = self
            .rpc(
                "team/members/unsuspend",
                Some(&json!({"user": by_id(team_member_id)})),
            )
            .await?;
        Ok(())
    }

    /// `members/remove`, with `wipe_data` and `keep_account` always explicit; waits for
    /// the async job when Dropbox answers with one.
    pub async fn remove(
        &self,
        team_member_id: &str,
        options: &RemoveOptions,
    ) -> Result<(), ApiError> {
        let mut arg = json!({
            "user": by_id(team_member_id),
            "wipe_data": options.wipe_data,
            "keep_account": options.keep_account,
        });
        if let Some(dest) = &options.transfer_dest_email {
            arg["transfer_dest_id"] = json!({".tag": "email", "email": dest});
        }
        if let Some(admin) = &options.transfer_admin_email {
            arg["transfer_admin_id"] = json!({".tag": "email", "email": admin});
        }
        let launched: Value = self.rpc("team/members/remove", Some(&arg)).await?;
        self.complete("team/members/remove/job_status/get", launched)
            .await?;
        Ok(())
    }
}
