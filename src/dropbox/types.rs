//! Results of the team routes, as the client reads them. Fields dbxprov does not use are
//! ignored, so new fields from Dropbox never break parsing.

use serde::{Deserialize, Serialize};

/// `team/get_info`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamInfo {
    pub name: String,
    pub(crate) team_id: String,
    pub(crate) num_licensed_users: u64,
    pub(crate) num_provisioned_users: u64,
    #[serde(default)]
    pub(crate) num_used_licenses: Option<u64>,
}
