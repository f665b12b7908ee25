//! Where a user stands once a plan's operations succeed, in either direction: the
//! state it is recorded in, with its member and why.

use serde::{Deserialize, Serialize};

use crate::mapping::WantedStatus;
use crate::model::{MemberStatus, UserState};

/// Where an in-scope user stands once the planned operations succeed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub user_id: String,
    pub email: String,
    pub state: UserState,
    pub team_member_id: Option<String>,
    /// The member's status as the plan read it (before its operations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_status: Option<MemberStatus>,
    /// Why the state is not `synced` (or what is pending).
    pub reason: Option<String>,
    /// The status the directory wants the member in (none when the mapping failed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wanted_status: Option<WantedStatus>,
    /// Its member was suspended or removed in Dropbox outside dbxprov, and is left so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub drift: bool,
}
