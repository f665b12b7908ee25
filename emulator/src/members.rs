//! `team/members/*` routes: list, get_info, add (with its job), set_profile, suspend,
//! unsuspend and remove (with its job). Each handler only maps between the wire and the
//! roster: `wire::accept` checks the request, the roster applies the rules, and route
//! errors go back as 409s carrying the roster's tag.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::config::Config;
use crate::member_types::{
    flattened, member_info, tagged, AddArg, GetInfoArg, ListArg, ListContinueArg, PollArg,
    RemoveArg, SetProfileArg, SuspendArg, UserArg,
};
use crate::roster::{JobKind, Page, Refusal, Roster};
use crate::state::Shared;
use crate::wire::{accept, route_error, server_error, Body, Validate};

const READ: &str = "members.read";
const WRITE: &str = "members.write";
const DELETE: &str = "members.delete";

/// A members route as the wire sees it.
#[derive(Clone, Copy)]
struct Route {
    /// The API function, as Dropbox names it in errors and as the audit records it; the
    /// path is `/2/{function}`.
    function: &'static str,
    scope: &'static str,
    /// Write routes go into the audit, so tests can see exactly what a client sent, and
    /// are the calls whose answer `Config::rate_5xx_after_apply` may lose.
    audited: bool,
}

const fn read(function: &'static str) -> Route {
    Route {
        function,
        scope: READ,
        audited: false,
    }
}

const fn write(function: &'static str, scope: &'static str) -> Route {
    Route {
        function,
        scope,
        audited: true,
    }
}

/// A job's poll: it needs the scope of the call that launched the job.
const fn poll(function: &'static str, scope: &'static str) -> Route {
    Route {
        function,
        scope,
        audited: false,
    }
}

/// Every members route, with its scope.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .merge(serve(read("team/members/list_v2"), list))
        .merge(serve(read("team/members/list/continue_v2"), list_continue))
        .merge(serve(read("team/members/get_info_v2"), get_info))
        .merge(serve(write("team/members/add_v2", WRITE), add))
        .merge(serve(
            poll("team/members/add/job_status/get_v2", WRITE),
            add_job_status,
        ))
        .merge(serve(
            write("team/members/set_profile_v2", WRITE),
            set_profile,
        ))
        .merge(serve(write("team/members/suspend", WRITE), suspend))
        .merge(serve(write("team/members/unsuspend", WRITE), unsuspend))
        .merge(serve(write("team/members/remove", DELETE), remove))
        .merge(serve(
            poll("team/members/remove/job_status/get", DELETE),
            remove_job_status,
        ))
}

/// The HTTP side every members route shares: the wire checks of `wire::accept`, the
/// audit, then `handle` with the roster locked for the rest of the call (a Dropbox call
/// is atomic; no lock is held across an `.await`), and for a write call the injected
/// loss of its answer (`Config::rate_5xx_after_apply`).
fn serve<A, F>(route: Route, handle: F) -> Router<Arc<Shared>>
where
    A: DeserializeOwned + Validate,
    F: Fn(&mut Roster, &Config, A) -> Response + Clone + Send + Sync + 'static,
{
    let handler = move |State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes| {
        let handle = handle.clone();
        async move {
            let accepted =
                accept::<Body<A>>(&shared, route.function, route.scope, &headers, &body).await;
            let Body { arg, raw } = match accepted {
                Ok(body) => body,
                Err(response) => return response,
            };
            let answer = {
                let mut roster = shared.roster();
                if route.audited {
                    roster.record(route.function, raw);
                }
                handle(&mut roster, &shared.config, arg)
            };
            // Rolled with the roster unlocked: the dice are behind the other lock.
            let lost = route.audited.then(|| shared.roll_fault_after_apply());
            match lost.flatten() {
                Some(code) => server_error(code),
                None => answer,
            }
        }
    };
    Router::new().route(&format!("/2/{}", route.function), post(handler))
}

fn reply(result: Result<Value, Refusal>) -> Response {
    match result {
        Ok(value) => axum::Json(value).into_response(),
        Err(tag) => route_error(json!({".tag": tag})),
    }
}

/// The answer of a route that may run as a job: `complete` at once, or a job id when
/// asked (or configured) to be asynchronous.
fn complete_or_job(
    roster: &mut Roster,
    config: &Config,
    kind: JobKind,
    asynchronous: bool,
    complete: Value,
) -> Response {
    if !asynchronous {
        return reply(Ok(complete));
    }
    let id = roster.launch(kind, config.async_polls_in_progress, complete);
    reply(Ok(tagged("async_job_id", id)))
}

fn page(page: Page<'_>) -> Value {
    let members: Vec<Value> = page.members.into_iter().map(member_info).collect();
    json!({"members": members, "cursor": page.cursor, "has_more": page.has_more})
}

/// `team/members/list_v2`.
fn list(roster: &mut Roster, _: &Config, arg: ListArg) -> Response {
    reply(Ok(page(
        roster.list(arg.limit as usize, arg.include_removed),
    )))
}

/// `team/members/list/continue_v2`.
fn list_continue(roster: &mut Roster, _: &Config, arg: ListContinueArg) -> Response {
    reply(roster.list_continue(&arg.cursor).map(page))
}

/// `team/members/get_info_v2`: one item per selector, in order.
fn get_info(roster: &mut Roster, _: &Config, arg: GetInfoArg) -> Response {
    let items: Vec<Value> = arg
        .members
        .iter()
        .map(|user| match roster.find(user) {
            Some(i) => flattened("member_info", member_info(roster.member(i))),
            None => tagged("id_not_found", user.key()),
        })
        .collect();
    reply(Ok(json!({"members_info": items})))
}

/// `team/members/add_v2`: the members in order, each succeeding or failing on its own.
fn add(roster: &mut Roster, config: &Config, arg: AddArg) -> Response {
    let results: Vec<Value> = arg
        .new_members
        .iter()
        .map(|new| match roster.add(new, config) {
            Ok(i) => flattened("success", member_info(roster.member(i))),
            Err(tag) => tagged(tag, new.member_email.as_str()),
        })
        .collect();
    let asynchronous = arg.force_async || config.async_add;
    let complete = tagged("complete", results);
    complete_or_job(roster, config, JobKind::Add, asynchronous, complete)
}

/// `team/members/add/job_status/get_v2`.
fn add_job_status(roster: &mut Roster, _: &Config, arg: PollArg) -> Response {
    reply(roster.poll(JobKind::Add, &arg.async_job_id))
}

/// `team/members/set_profile_v2`.
fn set_profile(roster: &mut Roster, config: &Config, arg: SetProfileArg) -> Response {
    let result = roster.set_profile(&arg, config);
    reply(result.map(|i| json!({"member_info": member_info(roster.member(i))})))
}

/// `team/members/suspend` (Void result).
fn suspend(roster: &mut Roster, _: &Config, arg: SuspendArg) -> Response {
    reply(roster.suspend(&arg).map(|()| Value::Null))
}

/// `team/members/unsuspend` (Void result).
fn unsuspend(roster: &mut Roster, config: &Config, arg: UserArg) -> Response {
    reply(roster.unsuspend(&arg.user, config).map(|()| Value::Null))
}

/// `team/members/remove`.
fn remove(roster: &mut Roster, config: &Config, arg: RemoveArg) -> Response {
    match roster.remove(&arg) {
        Ok(()) => {
            let complete = json!({".tag": "complete"});
            complete_or_job(
                roster,
                config,
                JobKind::Remove,
                config.async_remove,
                complete,
            )
        }
        Err(tag) => reply(Err(tag)),
    }
}

/// `team/members/remove/job_status/get`.
fn remove_job_status(roster: &mut Roster, _: &Config, arg: PollArg) -> Response {
    reply(roster.poll(JobKind::Remove, &arg.async_job_id))
}
