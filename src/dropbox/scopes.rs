//! Finding out which scopes the app's token holds, since Dropbox's refresh answers do not
//! say: each scope is asked of a route that needs it, with an argument that changes
//! nothing whatever the answer (a listing of one, the poll of a job that does not exist).
//! Dropbox checks the scope before the route runs: a 401 `missing_scope` means the scope
//! is not granted; any answer from the route itself (a result, a route error such as
//! `invalid_async_job_id`) means it is.

use serde_json::{json, Value};

use super::client::Client;
use super::error::{ApiError, AuthError};
use crate::model::Scope;

/// A job id no job has: its poll is refused by the route, never applied.
const NO_JOB: &str = "dbxprov-scope-probe";

/// The route that asks for `scope`, and its harmless argument.
fn probe(scope: Scope) -> (&'static str, Option<Value>) {
    let no_job = || Some(json!({"async_job_id": NO_JOB}));
    match scope {
        Scope::TeamInfoRead => ("team/get_info", None),
        Scope::MembersRead => ("team/members/list_v2", Some(json!({"limit": 1}))),
        Scope::MembersWrite => ("team/members/add/job_status/get_v2", no_job()),
        Scope::MembersDelete => ("team/members/remove/job_status/get", no_job()),
        Scope::GroupsRead => ("team/groups/list", Some(json!({"limit": 1}))),
        Scope::GroupsWrite => ("team/groups/job_status/get", no_job()),
    }
}

impl Client {
    /// Whether each of `scopes` is granted, one request each. Other failures (the
    /// credentials refused, the service unreachable) are errors.
    pub(crate) async fn probe_scopes(
        &self,
        scopes: &[Scope],
    ) -> Result<Vec<(Scope, bool)>, ApiError> {
        let mut found = Vec::new();
        for &scope in scopes {
            let (route, arg) = probe(scope);
            let granted = match self.rpc::<Value>(route, arg.as_ref()).await {
                Ok(_) | Err(ApiError::Route { .. }) => true,
                Err(ApiError::Auth {
                    error: AuthError::MissingScope { .. },
                    ..
                }) => false,
                Err(e) => return Err(e),
            };
            found.push((scope, granted));
        }
        Ok(found)
    }
}
