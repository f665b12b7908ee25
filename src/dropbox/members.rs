//! The `members/*` routes as typed calls: listing with pagination, adding in batches of
//! at most 20 with async jobs polled, profile updates, suspend, unsuspend and remove —
//! always sending `wipe_data`, `keep_account` and the transfer destination explicitly,
//! never relying on Dropbox's destructive defaults.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::client::Client;
use super::error::ApiError;

/// Dropbox accepts at most this many new members per `members/add_v2`.
pub const ADD_BATCH: usize = 20;

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

/// The parts of `TeamMemberProfile` dbxprov uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TeamMember {
    pub team_member_id: String,
    pub email: String,
    pub given_name: String,
    pub surname: String,
    pub external_id: Option<String>,
    pub status: Status,
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
    /// A failure tag such as `team_license_limit`, with the email it names.
    Failed {
        tag: String,
        email: String,
    },
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

/// The new values of `members/set_profile_v2`; `None` leaves a field alone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProfileUpdate {
    pub email: Option<String>,
    pub given_name: Option<String>,
    pub surname: Option<String>,
    pub external_id: Option<String>,
}

fn by_id(team_member_id: &str) -> Value {
    json!({".tag": "team_member_id", "team_member_id": team_member_id})
}

fn decode<T: serde::de::DeserializeOwned>(route: &str, value: Value) -> Result<T, ApiError> {
    serde_json::from_value(value).map_err(|e| ApiError::Decode {
        target: route.into(),
        detail: e.to_string(),
    })
}

/// Polls start fast and slow down; a job still running after this long fails its items
/// (a removal that transfers a large account can take minutes).
const FIRST_POLL: Duration = Duration::from_millis(200);
const SLOWEST_POLL: Duration = Duration::from_secs(5);
const JOB_PATIENCE: Duration = Duration::from_secs(30 * 60);

impl Client {
    /// Every member that is not removed, following the cursor to the end.
    pub async fn list_members(&self) -> Result<Vec<TeamMember>, ApiError> {
        let mut page: ListPage = self
            .rpc(
                "team/members/list_v2",
                Some(&json!({"limit": 1000, "include_removed": false})),
            )
            .await?;
        let mut members = Vec::new();
        loop {
            members.extend(page.members.into_iter().map(|i| i.profile.into_member()));
            if !page.has_more {
                break;
            }
            page = self
                .rpc(
                    "team/members/list/continue_v2",
                    Some(&json!({"cursor": page.cursor})),
                )
                .await?;
        }
        members.retain(|m| m.status != Status::Removed);
        Ok(members)
    }

    /// Polls an async job until it is no longer `in_progress`; returns the final result.
    async fn wait_for_job(&self, route: &str, job_id: &str) -> Result<Value, ApiError> {
        let started = std::time::Instant::now();
        let mut delay = FIRST_POLL;
        loop {
            let status: Value = self
                .rpc(route, Some(&json!({"async_job_id": job_id})))
                .await?;
            if status[".tag"] != "in_progress" {
                return Ok(status);
            }
            if started.elapsed() > JOB_PATIENCE {
                // About these items, not the run: a route-level error.
                return Err(ApiError::Route {
                    target: route.into(),
                    tag: "job_still_running".into(),
                    user_message: Some(format!(
                        "job {job_id} still in progress after {} minutes",
                        JOB_PATIENCE.as_secs() / 60
                    )),
                    error: status,
                });
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(SLOWEST_POLL);
        }
    }

    /// The member whose external id is `external_id`, if there is one
    /// (`members/get_info_v2`).
    pub async fn member_by_external_id(
        &self,
        external_id: &str,
    ) -> Result<Option<TeamMember>, ApiError> {
        let answer: Value = self
            .rpc(
                "team/members/get_info_v2",
                Some(&json!({"members": [{".tag": "external_id", "external_id": external_id}]})),
            )
            .await?;
        let info = &answer["members_info"][0];
        if info[".tag"] != "member_info" {
            return Ok(None);
        }
        let info: RawInfo = decode("team/members/get_info_v2", info.clone())?;
        Ok(Some(info.profile.into_member()).filter(|m| m.status != Status::Removed))
    }

    /// `members/add_v2` for at most [`ADD_BATCH`] members; one outcome per member, in order.
    pub async fn add_members(&self, batch: &[NewMember]) -> Result<Vec<AddOutcome>, ApiError> {
        assert!(
            batch.len() <= ADD_BATCH,
            "callers split adds into batches of {ADD_BATCH}"
        );
        let new_members: Vec<Value> = batch
            .iter()
            .map(|m| {
                json!({
                    "member_email": m.email,
                    "member_given_name": m.given_name,
                    "member_surname": m.surname,
                    "member_external_id": m.external_id,
                    "send_welcome_email": m.send_welcome_email,
                })
            })
            .collect();
        let route = "team/members/add_v2";
        let mut launched: Value = self
            .rpc(
                route,
                Some(&json!({"new_members": new_members, "force_async": false})),
            )
            .await?;
        if launched[".tag"] == "async_job_id" {
            let job = launched["async_job_id"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            launched = self
                .wait_for_job("team/members/add/job_status/get_v2", &job)
                .await?;
        }
        match launched[".tag"].as_str() {
            Some("complete") => {}
            Some("failed") => {
                return Err(ApiError::Route {
                    target: route.into(),
                    tag: "failed".into(),
                    user_message: launched["failed"].as_str().map(str::to_string),
                    error: launched,
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
        results
            .into_iter()
            .zip(batch)
            .map(|(r, asked)| {
                let tag = r[".tag"].as_str().unwrap_or("").to_string();
                if tag == "success" {
                    let info: RawInfo = decode(route, r)?;
                    Ok(AddOutcome::Added(info.profile.into_member()))
                } else {
                    let email = r[tag.as_str()].as_str().unwrap_or(&asked.email).to_string();
                    Ok(AddOutcome::Failed { tag, email })
                }
            })
            .collect()
    }

    /// `members/set_profile_v2`.
    pub async fn set_profile(
        &self,
        team_member_id: &str,
        update: &ProfileUpdate,
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
    pub async fn unsuspend(&self, team_member_id: &str) -> Result<(), ApiError> {
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
        if launched[".tag"] == "async_job_id" {
            let job = launched["async_job_id"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            self.wait_for_job("team/members/remove/job_status/get", &job)
                .await?;
        }
        Ok(())
    }
}
