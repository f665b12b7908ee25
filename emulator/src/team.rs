//! `team/*` routes that describe the team itself.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::state::Shared;
use crate::wire::{accept, Void};

/// `team/get_info` (Void argument, scope `team_info.read`).
pub(crate) async fn get_info(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Err(r) =
        accept::<Void>(&shared, "team/get_info", "team_info.read", &headers, &body).await
    {
        return r;
    }
    let c = &shared.config;
    let (provisioned, used_licenses) = shared.roster().counts();
    axum::Json(json!({
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
    .into_response()
}
