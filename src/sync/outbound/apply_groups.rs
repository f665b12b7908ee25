//! Applying the group half of a plan, after the user half: each group's operations in
//! plan order (link or create, rename, remove members, add members; or delete), groups
//! side by side with bounded concurrency. Every operation is journaled as pending before
//! it is sent, as the user operations are.
//!
//! Membership calls name at most [`MEMBERS_PER_CALL`] members (Dropbox documents no
//! limit, and a call of thousands can outlast a request's time), and each is all or
//! nothing in Dropbox. An add refused with `duplicate_user`
//! (someone added one of them by hand meanwhile) reads the group back and adds the rest;
//! one refused with `users_not_found` drops the members it names; one refused with
//! `members_not_in_team` (which names emails, not ids) adds the rest one by one, so that
//! only the offender fails. A remove refused with `member_not_in_group` reads the group
//! back and removes those still in it. A group is never given up on for one bad member.
//! A create whose answer was lost is read back by its external id.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

use serde_json::Value;
use tokio::task::JoinSet;

use super::apply::{item_error, read_back, Job, Outcome};
use super::plan_groups::{GroupAction, GroupOperation};
use crate::dropbox::{ApiError, Client};
use crate::error::Result;
use crate::progress::Progress;
use crate::store::{self, GroupClaim, LinkOwner, Store};

/// What happened to one group operation.
#[derive(Clone, Debug)]
pub(crate) struct GroupApplied {
    pub(crate) operation: GroupOperation,
    pub(crate) outcome: Outcome,
    /// The Dropbox group it acted on (the new one, for a create).
    pub(crate) group_id: Option<String>,
}

pub(crate) struct GroupExecution {
    pub(crate) applied: Vec<GroupApplied>,
    /// Set when the run stopped early.
    pub(crate) aborted: Option<ApiError>,
}

/// One operation as a task leaves it.
struct Sent {
    journal_id: i64,
    operation: GroupOperation,
    outcome: Outcome,
    group_id: Option<String>,
}

/// How many times a membership call is retried without the members Dropbox named.
const MEMBERSHIP_ROUNDS: usize = 4;

/// The most members one `groups/members/add` or `remove` names.
pub(crate) const MEMBERS_PER_CALL: usize = 250;

/// Applies `operations` (in plan order) under the job's run. `members` maps the rule's
/// users to their members as the user half left them (created members included).
pub(crate) async fn apply_groups(
    store: &mut Store,
    client: Arc<Client>,
    job: &Job<'_>,
    operations: Vec<GroupOperation>,
    members: Arc<HashMap<String, String>>,
    progress: &dyn Progress,
) -> Result<GroupExecution> {
    let mut by_group: Vec<Vec<GroupOperation>> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for op in operations {
        let i = *index.entry(op.group.clone()).or_insert_with(|| {
            by_group.push(Vec::new());
            by_group.len() - 1
        });
        by_group[i].push(op);
    }
    progress.begin("applying groups", by_group.len() as u64);
    let mut queue: VecDeque<Vec<GroupOperation>> = by_group.into();
    let mut running: JoinSet<(Vec<Sent>, Option<ApiError>)> = JoinSet::new();
    let (mut applied, mut aborted) = (Vec::new(), None);
    loop {
        while aborted.is_none() && running.len() < job.units_under_way() {
            let Some(ops) = queue.pop_front() else { break };
            let ids = journal(store, job.run_id, &ops)?;
            let (client, members) = (client.clone(), members.clone());
            running.spawn(async move { apply_group(&client, ids, ops, &members).await });
        }
        let Some(done) = running.join_next().await else {
            break;
        };
        let (sent, error) = done.expect("a group task never panics");
        if let Some(e) = error {
            aborted.get_or_insert(e);
        }
        applied.extend(record(store, job, sent)?);
        progress.advance(1);
    }
    progress.end();
    Ok(GroupExecution { applied, aborted })
}

fn journal(store: &mut Store, run_id: i64, ops: &[GroupOperation]) -> Result<Vec<i64>> {
    store.write(|tx| {
        ops.iter()
            .map(|op| {
                let action = serde_json::to_value(&op.action).unwrap_or(Value::Null);
                let detail = store::detail_with_changes(action, &op.changes);
                store::journal_pending(
                    tx,
                    run_id,
                    &op.group,
                    &op.name,
                    op.action.kind(),
                    &detail,
                    &op.reason,
                )
            })
            .collect()
    })
}

/// One group's operations, in order. A failed create or link leaves the group without a
/// Dropbox group to act on, so the rest is not sent; after a run-wide failure nothing is.
async fn apply_group(
    client: &Client,
    ids: Vec<i64>,
    ops: Vec<GroupOperation>,
    members: &HashMap<String, String>,
) -> (Vec<Sent>, Option<ApiError>) {
    let mut sent = Vec::new();
    let mut group_id: Option<String> = None;
    let mut stop: Option<String> = None;
    let mut aborted = None;
    for (journal_id, operation) in ids.into_iter().zip(ops) {
        let outcome = match &stop {
            Some(why) => Outcome::Failed(format!("not sent: {why}")),
            None => match send(client, &operation, &mut group_id, members).await {
                Ok(outcome) => outcome,
                Err(e) => {
                    let message = format!("outcome unknown: the run stopped ({e})");
                    aborted = Some(e);
                    stop = Some("the run stopped".into());
                    Outcome::Unknown(message)
                }
            },
        };
        let starts_group = matches!(
            operation.action,
            GroupAction::Create { .. } | GroupAction::Link { .. }
        );
        if starts_group && outcome != Outcome::Done && stop.is_none() {
            stop = Some("the group could not be created or linked".into());
        }
        sent.push(Sent {
            journal_id,
            group_id: group_id.clone().or_else(|| acted_on(&operation.action)),
            operation,
            outcome,
        });
    }
    (sent, aborted)
}

fn acted_on(action: &GroupAction) -> Option<String> {
    match action {
        GroupAction::Link { group_id, .. }
        | GroupAction::Rename { group_id, .. }
        | GroupAction::RemoveMembers { group_id, .. }
        | GroupAction::Delete { group_id }
        | GroupAction::Unlink { group_id } => Some(group_id.clone()),
        GroupAction::AddMembers { group_id, .. } => group_id.clone(),
        GroupAction::Create { .. } => None,
    }
}

/// Sends one operation; `Err` only for a failure of the whole run. `group_id` is the
/// group the operations of this group act on, set by a create or a link.
async fn send(
    client: &Client,
    operation: &GroupOperation,
    group_id: &mut Option<String>,
    members: &HashMap<String, String>,
) -> std::result::Result<Outcome, ApiError> {
    let result = match &operation.action {
        // The directory group's id becomes the external id: how a later run knows the
        // group is dbxprov's even if the link is lost.
        GroupAction::Create { name } => {
            return create(client, name, &operation.group, group_id).await;
        }
        GroupAction::Link {
            group_id: id,
            handed_over_from,
            ..
        } => {
            *group_id = Some(id.clone());
            match handed_over_from {
                // The external id says whose group it is, should the link be lost.
                Some(_) => client.set_group_external_id(id, &operation.group).await,
                None => Ok(()),
            }
        }
        GroupAction::Unlink { .. } => Ok(()),
        GroupAction::Rename { group_id: id, name } => client.rename_group(id, name).await,
        GroupAction::Delete { group_id: id } => delete(client, id).await,
        GroupAction::RemoveMembers {
            group_id: id,
            members,
        } => return remove_from_group(client, id, members.clone()).await,
        GroupAction::AddMembers {
            group_id: id,
            users,
        } => {
            let Some(id) = id.clone().or_else(|| group_id.clone()) else {
                return Ok(Outcome::Failed("the group was not created".into()));
            };
            let ids = users
                .iter()
                .filter_map(|u| members.get(u).cloned())
                .collect();
            return add_to_group(client, &id, ids).await;
        }
    };
    match result {
        Ok(()) => Ok(Outcome::Done),
        Err(e) => Ok(Outcome::Failed(item_error(e)?)),
    }
}

/// `groups/create` with the directory group's id as external id. When an earlier attempt
/// of the call may have landed (its answer was lost, and the retry was refused as a
/// duplicate name or external id), the group is read back by that external id: the group
/// carrying it is the one the call created, as a member add is read back.
async fn create(
    client: &Client,
    name: &str,
    external_id: &str,
    group_id: &mut Option<String>,
) -> std::result::Result<Outcome, ApiError> {
    let e = match client.create_group(name, external_id).await {
        Ok(created) => {
            *group_id = Some(created.group_id);
            return Ok(Outcome::Done);
        }
        Err(e) => e,
    };
    let maybe_applied = e.maybe_applied();
    let message = item_error(e)?;
    if !maybe_applied {
        return Ok(Outcome::Failed(message));
    }
    match read_back(client.group_by_external_id(external_id).await)? {
        Ok(Some(created)) => {
            *group_id = Some(created.group_id);
            Ok(Outcome::Done)
        }
        Ok(None) => Ok(Outcome::Failed(message)),
        Err(why) => Ok(Outcome::Failed(format!("{message}; {why}"))),
    }
}

/// `groups/delete`; a group already gone is as good as deleted.
async fn delete(client: &Client, group_id: &str) -> std::result::Result<(), ApiError> {
    match client.delete_group(group_id).await {
        Err(ApiError::Route { tag, .. })
            if tag == "group_not_found" || tag == "group_already_deleted" =>
        {
            Ok(())
        }
        other => other,
    }
}

fn route_tag(e: &ApiError) -> Option<(&str, &Value)> {
    match e {
        ApiError::Route { tag, error, .. } => Some((tag.as_str(), error)),
        _ => None,
    }
}

/// The strings a route error carries under its tag (`users_not_found: [ids]`).
fn named_in(error: &Value, tag: &str) -> Vec<String> {
    error[tag]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Adds `ids` to the group, [`MEMBERS_PER_CALL`] a call, recovering from the
/// all-or-nothing refusals (see the module comment). Members that cannot be added fail
/// the operation, naming them; the others are in the group.
pub async fn add_to_group(
    client: &Client,
    group_id: &str,
    ids: Vec<String>,
) -> std::result::Result<Outcome, ApiError> {
    let mut refused = Vec::new();
    for chunk in ids.chunks(MEMBERS_PER_CALL) {
        if let Err(failed) = add_chunk(client, group_id, chunk.to_vec(), &mut refused).await? {
            let also = match refusal(refused) {
                Outcome::Failed(earlier) => format!("; {earlier}"),
                _ => String::new(),
            };
            return Ok(Outcome::Failed(format!("{failed}{also}")));
        }
    }
    Ok(refusal(refused))
}

/// [`add_to_group`] of one call's worth of members: the members Dropbox refuses go into
/// `refused` (with why); `Err` is the call's own failure (the group gone, say).
async fn add_chunk(
    client: &Client,
    group_id: &str,
    mut ids: Vec<String>,
    refused: &mut Vec<String>,
) -> std::result::Result<std::result::Result<(), String>, ApiError> {
    for _ in 0..MEMBERSHIP_ROUNDS {
        if ids.is_empty() {
            break;
        }
        let e = match client.add_group_members(group_id, &ids).await {
            Ok(()) => return Ok(Ok(())),
            Err(e) => e,
        };
        match route_tag(&e) {
            Some(("duplicate_user", _)) => {
                let present = match read_back(client.group_members(group_id).await)? {
                    Ok(present) => present,
                    Err(why) => return Ok(Err(why)),
                };
                ids.retain(|id| !present.contains(id));
            }
            Some(("users_not_found", error)) => {
                let gone = named_in(error, "users_not_found");
                if gone.is_empty() {
                    return one_by_one(client, group_id, ids, refused).await;
                }
                ids.retain(|id| !gone.contains(id));
                refused.extend(gone.into_iter().map(|id| format!("{id}: users_not_found")));
            }
            Some(("members_not_in_team", _)) => {
                return one_by_one(client, group_id, ids, refused).await;
            }
            _ => return Ok(Err(item_error(e)?)),
        }
    }
    if ids.is_empty() {
        return Ok(Ok(()));
    }
    one_by_one(client, group_id, ids, refused).await
}

/// The last resort of an add: one member per call, so that each refusal names its member.
async fn one_by_one(
    client: &Client,
    group_id: &str,
    ids: Vec<String>,
    refused: &mut Vec<String>,
) -> std::result::Result<std::result::Result<(), String>, ApiError> {
    for id in ids {
        match client
            .add_group_members(group_id, std::slice::from_ref(&id))
            .await
        {
            Ok(()) => {}
            Err(e) if route_tag(&e).is_some_and(|(t, _)| t == "duplicate_user") => {}
            Err(e) => refused.push(format!("{id}: {}", item_error(e)?)),
        }
    }
    Ok(Ok(()))
}

fn refusal(refused: Vec<String>) -> Outcome {
    if refused.is_empty() {
        Outcome::Done
    } else {
        Outcome::Failed(format!("not added: {}", refused.join(", ")))
    }
}

/// Removes `ids` from the group, [`MEMBERS_PER_CALL`] a call; members no longer in it (or
/// no longer in the team) are as good as removed.
pub async fn remove_from_group(
    client: &Client,
    group_id: &str,
    ids: Vec<String>,
) -> std::result::Result<Outcome, ApiError> {
    for chunk in ids.chunks(MEMBERS_PER_CALL) {
        let outcome = remove_chunk(client, group_id, chunk.to_vec()).await?;
        if outcome != Outcome::Done {
            return Ok(outcome);
        }
    }
    Ok(Outcome::Done)
}

/// [`remove_from_group`] of one call's worth of members.
async fn remove_chunk(
    client: &Client,
    group_id: &str,
    mut ids: Vec<String>,
) -> std::result::Result<Outcome, ApiError> {
    for _ in 0..MEMBERSHIP_ROUNDS {
        if ids.is_empty() {
            return Ok(Outcome::Done);
        }
        let e = match client.remove_group_members(group_id, &ids).await {
            Ok(()) => return Ok(Outcome::Done),
            Err(e) => e,
        };
        let gone = match route_tag(&e) {
            Some(("users_not_found", error)) => named_in(error, "users_not_found"),
            _ => Vec::new(),
        };
        match route_tag(&e) {
            Some(("users_not_found", _)) if !gone.is_empty() => {
                ids.retain(|id| !gone.contains(id));
            }
            Some(("member_not_in_group" | "members_not_in_team" | "users_not_found", _)) => {
                match read_back(client.group_members(group_id).await)? {
                    Ok(present) => ids.retain(|id| present.contains(id)),
                    Err(why) => return Ok(Outcome::Failed(why)),
                }
            }
            _ => return Ok(Outcome::Failed(item_error(e)?)),
        }
    }
    Ok(if ids.is_empty() {
        Outcome::Done
    } else {
        Outcome::Failed(format!("still in the group: {}", ids.join(", ")))
    })
}

/// Journals a group's sent operations (one transaction) and keeps the rule's group
/// links in step: a created or linked group is claimed (refused when another rule of
/// the connection owns it), a deleted or vanished one unlinked.
fn record(store: &mut Store, job: &Job<'_>, sent: Vec<Sent>) -> Result<Vec<GroupApplied>> {
    let owner = LinkOwner {
        id: job.rule_id,
        connection: job.connection,
    };
    store.write(|tx| {
        let mut applied = Vec::with_capacity(sent.len());
        for s in sent {
            let mut outcome = s.outcome;
            let (operation, group_id) = (s.operation, s.group_id);
            if outcome == Outcome::Done {
                let group = &operation.group;
                let claim = match (&operation.action, &group_id) {
                    (GroupAction::Create { .. }, Some(id)) => {
                        Some(store::claim_group_link(tx, &owner, group, id, false)?)
                    }
                    (
                        GroupAction::Link {
                            group_id: id,
                            adopted,
                            handed_over_from,
                        },
                        _,
                    ) => {
                        if handed_over_from.is_some() {
                            store::remove_group_link(tx, owner.id, id)?;
                        }
                        Some(store::claim_group_link(tx, &owner, group, id, *adopted)?)
                    }
                    (
                        GroupAction::Delete { group_id: id } | GroupAction::Unlink { group_id: id },
                        _,
                    ) => {
                        store::remove_group_link(tx, owner.id, id)?;
                        None
                    }
                    _ => None,
                };
                if let Some(GroupClaim::HeldBy { rule }) = claim {
                    outcome =
                        Outcome::Failed(format!("the Dropbox group is managed by rule {rule:?}"));
                }
            }
            store::journal_done(tx, s.journal_id, outcome.journal_status(), outcome.error())?;
            applied.push(GroupApplied {
                operation,
                outcome,
                group_id,
            });
        }
        Ok(applied)
    })
}
