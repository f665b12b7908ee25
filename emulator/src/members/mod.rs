//! Owns the `team/members/*` routes: list, get_info, add (with its job), set_profile,
//! suspend, unsuspend, remove (with its job), recover and send_welcome_email. Each handler only maps between the wire
//! and the team: `route` checks the request and renders the answer, the roster applies
//! the rules, and its refusals go back as 409s. On top, with the route plumbing.

pub(crate) mod args;
pub(crate) mod json;
pub(crate) mod member;
pub(crate) mod roster;

use std::sync::Arc;

use axum::Router;
use serde_json::{json, Value};

use crate::config::Config;
use crate::members::args::{
    AddArg, GetInfoArg, ListArg, ListContinueArg, PollArg, RemoveArg, SetProfileArg, SuspendArg,
    UserArg, UserSelectorArg,
};
use crate::members::roster::ListPosition;
use crate::state::jobs::JobKind;
use crate::state::team::Team;
use crate::state::Shared;
use crate::wire::launch::complete_or_job;
use crate::wire::refusal::Refusal;
use crate::wire::route::{serve, Answer, Route};
use crate::wire::unions::{flattened, tagged};

const READ: &str = "members.read";
const WRITE: &str = "members.write";
const DELETE: &str = "members.delete";

/// Every members route, with its scope.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .merge(serve(Route::read("team/members/list_v2", READ), list))
        .merge(serve(
            Route::read("team/members/list/continue_v2", READ),
            list_continue,
        ))
        .merge(serve(
            Route::read("team/members/get_info_v2", READ),
            get_info,
        ))
        .merge(serve(Route::write("team/members/add_v2", WRITE), add))
        .merge(serve(
            Route::poll("team/members/add/job_status/get_v2", WRITE),
            add_job_status,
        ))
        .merge(serve(
            Route::write("team/members/set_profile_v2", WRITE),
            set_profile,
        ))
        .merge(serve(Route::write("team/members/suspend", WRITE), suspend))
        .merge(serve(
            Route::write("team/members/unsuspend", WRITE),
            unsuspend,
        ))
        .merge(serve(Route::write("team/members/remove", DELETE), remove))
        .merge(serve(
            Route::poll("team/members/remove/job_status/get", DELETE),
            remove_job_status,
        ))
        .merge(serve(Route::write("team/members/recover", DELETE), recover))
        .merge(serve(
            Route::write("team/members/send_welcome_email", WRITE),
            send_welcome_email,
        ))
}

/// A page of members, with a new cursor for the next one.
fn page(team: &mut Team, from: ListPosition, repeat: bool) -> Value {
    let page = team.roster.page(from, repeat);
    let cursor = team.member_cursors.issue(&mut team.ids, page.next);
    let members = team.member_infos(&page.members);
    json!({"members": members, "cursor": cursor, "has_more": page.has_more})
}

/// `team/members/list_v2`.
fn list(team: &mut Team, _: &Config, arg: ListArg) -> Answer {
    let first = ListPosition::first(arg.limit as usize, arg.include_removed);
    Ok(page(team, first, false))
}

/// `team/members/list/continue_v2`.
fn list_continue(team: &mut Team, config: &Config, arg: ListContinueArg) -> Answer {
    let from = team.member_cursors.resume(&arg.cursor, config)?;
    Ok(page(team, from, config.member_listing_repeats))
}

/// `team/members/get_info_v2`: one item per selector, in order.
fn get_info(team: &mut Team, _: &Config, arg: GetInfoArg) -> Answer {
    let items: Vec<Value> = arg
        .members
        .iter()
        .map(|user| match team.roster.find(user) {
            Some(i) => flattened("member_info", team.member_info(i)),
            None => tagged("id_not_found", user.key()),
        })
        .collect();
    Ok(json!({"members_info": items}))
}

/// `team/members/add_v2`: the members in order, each succeeding or failing on its own,
/// a failure carrying the member's email.
fn add(team: &mut Team, config: &Config, arg: AddArg) -> Answer {
    let results: Vec<Value> = arg
        .new_members
        .iter()
        .map(|new| match team.roster.add(&mut team.ids, new, config) {
            Ok(i) => flattened("success", team.member_info(i)),
            Err(refusal) => Refusal::carrying(refusal.tag(), new.member_email.as_str()).to_union(),
        })
        .collect();
    let asynchronous = arg.force_async || config.async_add;
    let complete = tagged("complete", results);
    complete_or_job(team, config, JobKind::Add, asynchronous, complete)
}

/// `team/members/add/job_status/get_v2`.
fn add_job_status(team: &mut Team, _: &Config, arg: PollArg) -> Answer {
    team.jobs.poll(JobKind::Add, &arg.async_job_id)
}

/// `team/members/set_profile_v2`.
fn set_profile(team: &mut Team, config: &Config, arg: SetProfileArg) -> Answer {
    let i = team.roster.set_profile(&arg, config)?;
    Ok(json!({"member_info": team.member_info(i)}))
}

/// `team/members/suspend` (Void result).
fn suspend(team: &mut Team, _: &Config, arg: SuspendArg) -> Answer {
    team.roster.suspend(&arg).map(|()| Value::Null)
}

/// `team/members/unsuspend` (Void result).
fn unsuspend(team: &mut Team, config: &Config, arg: UserArg) -> Answer {
    team.roster
        .unsuspend(&arg.user, config)
        .map(|()| Value::Null)
}

/// `team/members/remove`: refusals are answered at once, even when the removal would
/// have run as a job. The member leaves its groups in the same step. A removal job that
/// transfers files holds the receiving member until it is done.
fn remove(team: &mut Team, config: &Config, arg: RemoveArg) -> Answer {
    let dest = team.remove_member(&arg)?;
    let complete = json!({".tag": "complete"});
    let answer = complete_or_job(team, config, JobKind::Remove, config.async_remove, complete)?;
    if let (Some(dest), Some(job)) = (dest, answer["async_job_id"].as_str()) {
        team.transferring_into(dest, job);
    }
    Ok(answer)
}

/// `team/members/recover` (Void result).
fn recover(team: &mut Team, config: &Config, arg: UserArg) -> Answer {
    team.recover_member(&arg.user, config).map(|()| Value::Null)
}

/// `team/members/send_welcome_email` (Void result; the argument is a bare selector).
fn send_welcome_email(team: &mut Team, _: &Config, user: UserSelectorArg) -> Answer {
    team.roster.send_welcome_email(&user).map(|()| Value::Null)
}

/// `team/members/remove/job_status/get`.
fn remove_job_status(team: &mut Team, _: &Config, arg: PollArg) -> Answer {
    team.jobs.poll(JobKind::Remove, &arg.async_job_id)
}
