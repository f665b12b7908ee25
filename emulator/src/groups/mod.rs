//! Owns the `team/groups/*` routes: list (and continue), get_info, create, update, delete
//! (with its job), and the members of a group: add, remove, list (and continue). Each
//! handler only maps between the wire and the team: `route` checks the request and
//! renders the answer, the team and its group table apply the rules, and their refusals
//! go back as 409s. On top, with the route plumbing.

pub(crate) mod args;
pub(crate) mod group;
pub(crate) mod json;
pub(crate) mod table;

use std::sync::Arc;

use axum::Router;
use serde_json::{json, Value};

use crate::config::Config;
use crate::groups::args::{
    GroupCreateArg, GroupMembersAddArg, GroupMembersRemoveArg, GroupSelector, GroupUpdateArgs,
    GroupsListArg, GroupsMembersListArg, GroupsSelector,
};
use crate::groups::json::group_summary;
use crate::groups::table::{GroupListPosition, MemberListPosition};
use crate::members::args::{ListContinueArg, PollArg};
use crate::state::cursors::INVALID_CURSOR;
use crate::state::jobs::JobKind;
use crate::state::team::Team;
use crate::state::Shared;
use crate::wire::launch::complete_or_job;
use crate::wire::route::{serve, Answer, Route};
use crate::wire::unions::{flattened, tagged};

const READ: &str = "groups.read";
const WRITE: &str = "groups.write";

/// Every groups route, with its scope.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new()
        .merge(serve(Route::read("team/groups/list", READ), list))
        .merge(serve(
            Route::read("team/groups/list/continue", READ),
            list_continue,
        ))
        .merge(serve(Route::read("team/groups/get_info", READ), get_info))
        .merge(serve(Route::write("team/groups/create", WRITE), create))
        .merge(serve(Route::write("team/groups/update", WRITE), update))
        .merge(serve(Route::write("team/groups/delete", WRITE), delete))
        .merge(serve(
            Route::poll("team/groups/job_status/get", WRITE),
            job_status,
        ))
        .merge(serve(
            Route::write("team/groups/members/add", WRITE),
            members_add,
        ))
        .merge(serve(
            Route::write("team/groups/members/remove", WRITE),
            members_remove,
        ))
        .merge(serve(
            Route::read("team/groups/members/list", READ),
            members_list,
        ))
        .merge(serve(
            Route::read("team/groups/members/list/continue", READ),
            members_list_continue,
        ))
}

/// A page of groups, with a new cursor for the next one.
fn groups_page(team: &mut Team, from: GroupListPosition) -> Value {
    let page = team.groups.page(from);
    let cursor = team.group_cursors.issue(&mut team.ids, page.next);
    let groups: Vec<Value> = page
        .items
        .iter()
        .map(|&g| group_summary(team.groups.group(g)))
        .collect();
    json!({"groups": groups, "cursor": cursor, "has_more": page.has_more})
}

/// `team/groups/list`.
fn list(team: &mut Team, _: &Config, arg: GroupsListArg) -> Answer {
    Ok(groups_page(
        team,
        GroupListPosition::first(arg.limit as usize),
    ))
}

/// `team/groups/list/continue`.
fn list_continue(team: &mut Team, config: &Config, arg: ListContinueArg) -> Answer {
    let from = team.group_cursors.resume(&arg.cursor, config)?;
    Ok(groups_page(team, from))
}

/// `team/groups/get_info`: a bare array, one item per id, in order.
fn get_info(team: &mut Team, _: &Config, arg: GroupsSelector) -> Answer {
    let items: Vec<Value> = arg
        .selectors()
        .iter()
        .map(|(id, selector)| match team.groups.lookup(selector) {
            Some(g) => flattened("group_info", team.group_info(g, true)),
            None => tagged("id_not_found", *id),
        })
        .collect();
    Ok(Value::Array(items))
}

/// `team/groups/create`: the new, empty group.
fn create(team: &mut Team, _: &Config, arg: GroupCreateArg) -> Answer {
    let g = team.groups.create(&mut team.ids, &arg)?;
    Ok(team.group_info(g, true))
}

/// `team/groups/update`.
fn update(team: &mut Team, _: &Config, arg: GroupUpdateArgs) -> Answer {
    let g = team.groups.update(&arg)?;
    Ok(team.group_info(g, arg.return_members))
}

/// `team/groups/delete` (the bare selector): refusals are answered at once, even when
/// the deletion would have run as a job.
fn delete(team: &mut Team, config: &Config, arg: GroupSelector) -> Answer {
    team.groups.delete(&arg)?;
    let complete = json!({".tag": "complete"});
    let asynchronous = config.async_group_delete;
    complete_or_job(team, config, JobKind::GroupDelete, asynchronous, complete)
}

/// `team/groups/job_status/get`.
fn job_status(team: &mut Team, _: &Config, arg: PollArg) -> Answer {
    team.jobs.poll(JobKind::GroupDelete, &arg.async_job_id)
}

/// The answer of `groups/members/add` and `remove`, which are synchronous: the job id
/// is vestigial ("for legacy purposes async_job_id will always return one space"), and
/// unknown to `groups/job_status/get`.
fn members_changed(team: &mut Team, g: usize, return_members: bool) -> Answer {
    let group_info = team.group_info(g, return_members);
    Ok(json!({"group_info": group_info, "async_job_id": " "}))
}

/// `team/groups/members/add`, all or nothing.
fn members_add(team: &mut Team, _: &Config, arg: GroupMembersAddArg) -> Answer {
    let g = team.add_group_members(&arg)?;
    members_changed(team, g, arg.return_members)
}

/// `team/groups/members/remove`, all or nothing.
fn members_remove(team: &mut Team, _: &Config, arg: GroupMembersRemoveArg) -> Answer {
    let g = team.remove_group_members(&arg)?;
    members_changed(team, g, arg.return_members)
}

/// A page of a group's members, with a new cursor for the next one; `invalid_cursor`
/// once the group is deleted.
fn members_page(team: &mut Team, from: MemberListPosition) -> Answer {
    let page = team.groups.member_page(from).ok_or(INVALID_CURSOR)?;
    let cursor = team.group_member_cursors.issue(&mut team.ids, page.next);
    let members = team.group_members_info(&page.items);
    Ok(json!({"members": members, "cursor": cursor, "has_more": page.has_more}))
}

/// `team/groups/members/list`.
fn members_list(team: &mut Team, _: &Config, arg: GroupsMembersListArg) -> Answer {
    let g = team.groups.target(&arg.group)?;
    let first = team.groups.first_members(g, arg.limit as usize);
    members_page(team, first)
}

/// `team/groups/members/list/continue`.
fn members_list_continue(team: &mut Team, config: &Config, arg: ListContinueArg) -> Answer {
    let from = team.group_member_cursors.resume(&arg.cursor, config)?;
    members_page(team, from)
}
