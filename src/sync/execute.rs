//! Applying a plan: local link changes first, then the API calls — creates in batches of
//! `members/add_v2` (20), everything else one call each — with bounded concurrency. Each
//! operation is journaled as pending before it is sent and completed after, so a run that
//! dies half-way shows what it sent, and the next run converges.
//!
//! A per-item failure (a route error, a member that could not be added) fails that user
//! and the run goes on; any other failure (authentication, the service gone after
//! retries) stops launching work and ends the run with that error.

use std::collections::VecDeque;
use std::sync::Arc;

use serde_json::json;
use tokio::task::JoinSet;

use super::plan::{Action, Operation};
use crate::dropbox::members::{AddOutcome, NewMember, ProfileUpdate, RemoveOptions, ADD_BATCH};
use crate::dropbox::{ApiError, Client};
use crate::error::Result;
use crate::model::{RemoveAction, UserActions};
use crate::store::{self, Store};

/// How the engine reports progress; the CLI draws a bar on a terminal.
pub trait Progress: Send + Sync {
    fn begin(&self, _label: &str, _total: u64) {}
    fn advance(&self, _n: u64) {}
    fn end(&self) {}
}

pub struct NoProgress;
impl Progress for NoProgress {}

/// What happened to one operation.
#[derive(Clone, Debug)]
pub struct Applied {
    pub operation: Operation,
    /// The member the operation produced or acted on.
    pub team_member_id: Option<String>,
    pub error: Option<String>,
}

/// The outcome of applying a plan.
pub struct Execution {
    pub applied: Vec<Applied>,
    /// Set when the run stopped early.
    pub aborted: Option<ApiError>,
    /// Operations never sent because the run stopped early.
    pub not_started: Vec<Operation>,
}

enum Unit {
    Single(Operation),
    Batch(Vec<Operation>),
}

type UnitResult = (
    Vec<i64>,
    Vec<Operation>,
    std::result::Result<Vec<std::result::Result<Option<String>, String>>, ApiError>,
);

/// A route error, or a request Dropbox refused as malformed (data the local checks let
/// through), is about this item; anything else is about the whole run.
fn item_error(e: ApiError) -> std::result::Result<String, ApiError> {
    match e {
        ApiError::Route {
            tag, user_message, ..
        } => Ok(match user_message {
            Some(m) => format!("{tag}: {m}"),
            None => tag,
        }),
        ApiError::BadRequest { message, .. } => Ok(format!("rejected as malformed: {message}")),
        other => Err(other),
    }
}

type ItemResults = Vec<std::result::Result<Option<String>, String>>;

/// Adds one batch. When Dropbox refuses the whole batch as malformed, the members are
/// added one by one so that only the bad one fails.
async fn add_batch(
    client: &Client,
    members: &[NewMember],
) -> std::result::Result<ItemResults, ApiError> {
    let outcomes = match client.add_members(members).await {
        Ok(batch) => batch.outcomes,
        Err(ApiError::BadRequest { .. }) if members.len() > 1 => {
            let mut results = Vec::new();
            for m in members {
                results.extend(Box::pin(add_batch(client, std::slice::from_ref(m))).await?);
            }
            return Ok(results);
        }
        Err(e) => {
            let message = item_error(e)?;
            return Ok(members.iter().map(|_| Err(message.clone())).collect());
        }
    };
    let mut results = Vec::new();
    for (outcome, asked) in outcomes.into_iter().zip(members) {
        results.push(match outcome {
            AddOutcome::Added(m) => Ok(Some(m.team_member_id)),
            // A retried add whose first attempt had landed: the member with our external
            // id is ours. (Never adopt by email here: that may be someone else.)
            AddOutcome::Failed { tag, .. }
                if tag == "duplicate_external_member_id" || tag == "user_already_on_team" =>
            {
                match client.member_by_external_id(&asked.external_id).await? {
                    Some(m) if m.external_id.as_deref() == Some(asked.external_id.as_str()) => {
                        Ok(Some(m.team_member_id))
                    }
                    _ => Err(tag),
                }
            }
            AddOutcome::Failed { tag, .. } => Err(tag),
        });
    }
    Ok(results)
}

fn member_of(action: &Action) -> Option<String> {
    match action {
        Action::Link { team_member_id }
        | Action::Unlink { team_member_id }
        | Action::Update { team_member_id, .. }
        | Action::Suspend { team_member_id }
        | Action::Unsuspend { team_member_id }
        | Action::Deprovision { team_member_id, .. } => Some(team_member_id.clone()),
        Action::Create { .. } => None,
    }
}

async fn send_single(
    client: &Client,
    op: &Operation,
    actions: &UserActions,
) -> std::result::Result<Option<String>, ApiError> {
    let member = member_of(&op.action);
    match &op.action {
        Action::Update {
            team_member_id,
            changes,
        } => {
            let update = ProfileUpdate {
                email: changes.email.clone(),
                given_name: changes.given_name.clone(),
                surname: changes.surname.clone(),
                external_id: changes.external_id.clone(),
            };
            client.set_profile(team_member_id, &update).await?;
        }
        Action::Suspend { team_member_id } => {
            client.suspend(team_member_id, actions.wipe_data).await?
        }
        Action::Unsuspend { team_member_id } => client.unsuspend(team_member_id).await?,
        Action::Deprovision {
            team_member_id,
            how: RemoveAction::Disable,
            ..
        } => client.suspend(team_member_id, actions.wipe_data).await?,
        Action::Deprovision {
            team_member_id,
            how: RemoveAction::Delete,
            invited,
        } => {
            let options = RemoveOptions {
                wipe_data: actions.wipe_data,
                keep_account: actions.keep_account && !invited,
                transfer_dest_email: actions.transfer_dest.clone(),
                transfer_admin_email: actions.transfer_admin.clone(),
            };
            client.remove(team_member_id, &options).await?
        }
        Action::Link { .. } | Action::Unlink { .. } | Action::Create { .. } => {
            unreachable!("local and batched operations are not sent one by one")
        }
    }
    Ok(member)
}

async fn send_unit(
    client: Arc<Client>,
    unit: Vec<Operation>,
    batch: bool,
    actions: Arc<UserActions>,
) -> std::result::Result<Vec<std::result::Result<Option<String>, String>>, ApiError> {
    if !batch {
        let op = &unit[0];
        return Ok(vec![match send_single(&client, op, &actions).await {
            Ok(member) => Ok(member),
            Err(e) => Err(item_error(e)?),
        }]);
    }
    let members: Vec<NewMember> = unit
        .iter()
        .map(|op| match &op.action {
            Action::Create { profile } => NewMember {
                email: profile.email.clone(),
                given_name: profile.given_name.clone(),
                surname: profile.surname.clone(),
                external_id: profile.external_id.clone(),
                send_welcome_email: actions.send_welcome_email,
            },
            _ => unreachable!("batches hold creates only"),
        })
        .collect();
    add_batch(&client, &members).await
}

fn detail(action: &Action) -> serde_json::Value {
    serde_json::to_value(action).unwrap_or(json!({}))
}

/// Records what a finished unit did: journal rows completed, links written.
fn record(
    store: &mut Store,
    rule: &str,
    ids: &[i64],
    ops: &[Operation],
    results: &[std::result::Result<Option<String>, String>],
) -> Result<Vec<Applied>> {
    store.write(|tx| {
        let mut applied = Vec::new();
        for ((id, op), result) in ids.iter().zip(ops).zip(results) {
            let error = result.as_ref().err().cloned();
            store::journal_done(tx, *id, error.as_deref())?;
            let member = result.as_ref().ok().cloned().flatten();
            if error.is_none() {
                match &op.action {
                    Action::Create { .. } | Action::Link { .. } => {
                        if let Some(m) = &member {
                            store::set_link(tx, rule, &op.user_id, m)?;
                        }
                    }
                    Action::Unlink { .. }
                    | Action::Deprovision {
                        how: RemoveAction::Delete,
                        ..
                    } => store::remove_link(tx, rule, &op.user_id)?,
                    _ => {}
                }
            }
            applied.push(Applied {
                operation: op.clone(),
                team_member_id: member.or_else(|| member_of(&op.action)),
                error,
            });
        }
        Ok(applied)
    })
}

fn journal(store: &mut Store, run_id: i64, ops: &[Operation]) -> Result<Vec<i64>> {
    store.write(|tx| {
        ops.iter()
            .map(|op| {
                store::journal_pending(
                    tx,
                    run_id,
                    &op.user_id,
                    &op.email,
                    op.action.kind(),
                    &detail(&op.action),
                    &op.reason,
                )
            })
            .collect()
    })
}

/// Which run applies a plan, and how.
pub struct Job<'a> {
    pub rule: &'a str,
    pub run_id: i64,
    pub actions: &'a UserActions,
    /// Requests (or add batches) in flight at once.
    pub concurrency: usize,
}

/// Applies `operations` (in plan order), journaling under the job's run.
pub async fn execute(
    store: &mut Store,
    client: Arc<Client>,
    job: &Job<'_>,
    operations: Vec<Operation>,
    progress: &dyn Progress,
) -> Result<Execution> {
    let (rule, run_id, concurrency) = (job.rule, job.run_id, job.concurrency);
    let actions = Arc::new(job.actions.clone());
    let (local, remote): (Vec<Operation>, Vec<Operation>) = operations
        .into_iter()
        .partition(|op| matches!(op.action, Action::Link { .. } | Action::Unlink { .. }));
    progress.begin("applying", (local.len() + remote.len()) as u64);

    let ids = journal(store, run_id, &local)?;
    let results: Vec<_> = local.iter().map(|op| Ok(member_of(&op.action))).collect();
    let mut applied = record(store, rule, &ids, &local, &results)?;
    progress.advance(local.len() as u64);

    let (creates, singles): (Vec<Operation>, Vec<Operation>) = remote
        .into_iter()
        .partition(|op| matches!(op.action, Action::Create { .. }));
    let mut batches = Vec::new();
    let mut creates = creates.into_iter().peekable();
    while creates.peek().is_some() {
        batches.push(Unit::Batch(creates.by_ref().take(ADD_BATCH).collect()));
    }
    // Everything that frees licenses (removes, suspends) finishes before any add starts.
    let mut aborted = None;
    let mut not_started = Vec::new();
    for phase in [
        singles.into_iter().map(Unit::Single).collect::<Vec<_>>(),
        batches,
    ] {
        let mut units: VecDeque<Unit> = phase.into();
        let mut running: JoinSet<UnitResult> = JoinSet::new();
        loop {
            while aborted.is_none() && running.len() < concurrency.max(1) {
                let Some(unit) = units.pop_front() else { break };
                let (ops, batch) = match unit {
                    Unit::Single(op) => (vec![op], false),
                    Unit::Batch(ops) => (ops, true),
                };
                let ids = journal(store, run_id, &ops)?;
                let (client, actions) = (client.clone(), actions.clone());
                running.spawn(async move {
                    let result = send_unit(client, ops.clone(), batch, actions).await;
                    (ids, ops, result)
                });
            }
            let Some(done) = running.join_next().await else {
                break;
            };
            let (ids, ops, result) = done.expect("a send task never panics");
            let results = result.unwrap_or_else(|e| {
                let message = e.to_string();
                aborted.get_or_insert(e);
                ops.iter().map(|_| Err(message.clone())).collect()
            });
            applied.extend(record(store, rule, &ids, &ops, &results)?);
            progress.advance(ops.len() as u64);
        }
        for unit in units {
            match unit {
                Unit::Single(op) => not_started.push(op),
                Unit::Batch(ops) => not_started.extend(ops),
            }
        }
    }
    progress.end();
    Ok(Execution {
        applied,
        aborted,
        not_started,
    })
}
