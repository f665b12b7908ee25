//! Owns the `team/*` routes that describe the team itself (`team/get_info`). On top, with
//! the route plumbing.

use std::sync::Arc;

use axum::Router;
use serde_json::json;

use crate::config::Config;
use crate::state::team::Team;
use crate::state::Shared;
use crate::wire::route::{serve, Answer, Route, Void};

pub(crate) fn routes() -> Router<Arc<Shared>> {
    serve(Route::read("team/get_info", "team_info.read"), get_info)
}

/// `team/get_info` (Void argument).
fn get_info(team: &mut Team, c: &Config, _: Void) -> Answer {
    let (provisioned, used_licenses) = team.roster.counts();
    Ok(json!({
        "name": c.team_name,
        "team_id": c.team_id,
        "num_licensed_users": c.num_licensed_users,
        "num_provisioned_users": provisioned,
        "num_used_licenses": used_licenses,
        "policies": {
            "sharing": {
                "shared_folder_member_policy": {".tag": "team"},
                "shared_folder_join_policy": {".tag": "from_anyone"},
                "shared_link_create_policy": {".tag": "team_only"},
            },
            "emm_state": {".tag": "disabled"},
            "office_addin": {".tag": "disabled"},
        },
    }))
}
