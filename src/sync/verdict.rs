//! Where a user stands once a plan's operations succeed, in either direction: the
//! state it is recorded in, with its member and why.

use serde::{Deserialize, Serialize};

use crate::mapping::WantedStatus;
use crate::model::{MemberStatus, UserState};

/// Where an in-scope user stands once the planned operations succeed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Verdict {
    pub(crate) user_id: String,
    pub(crate) email: String,
    pub(crate) state: UserState,
    pub(crate) team_member_id: Option<String>,
    /// The member's status as the plan read it (before its operations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) member_status: Option<MemberStatus>,
    /// Why the state is not `synced` (or what is pending).
    pub(crate) reason: Option<String>,
    /// The status the directory wants the member in (none when the mapping failed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) wanted_status: Option<WantedStatus>,
    /// Its member was suspended or removed in Dropbox outside dbxprov, and is left so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(crate) drift: bool,
}
