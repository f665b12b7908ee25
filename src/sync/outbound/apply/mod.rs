//! Applying a plan: local link changes first, then the API calls — creates in batches of
//! `members/add_v2` (20), everything else one call each — with bounded concurrency. Each
//! operation is journaled as pending before it is sent and completed after, so a run that
//! dies half-way shows what it sent, and the next run converges. The removals go first
//! only when the creates need the licenses they free (`Job::removals_first`); a removal
//! that moves files into the transfer destination never goes beside another (they would
//! contend for its namespace).
//!
//! A per-item failure (a route error, a member that could not be added, a call still
//! rate limited when its retry budget ran out, a read-back that failed so) fails that
//! user and the run goes on; any other failure (authentication, the service gone after
//! retries) stops launching work and ends the run with that error, and what was in
//! flight then is journaled `unknown` (it may have been applied), for the next run to
//! settle from the team it reads. A write whose outcome is uncertain is read back; an
//! invitation is never confirmed that way, and one not known to be sent stays owed.
//!
//! A member is linked through the store's claim, which refuses a member that a user of
//! any rule of the connection already holds: the operation fails as a conflict naming the
//! owner, and nothing else is sent for that user.

use std::collections::VecDeque;
use std::sync::Arc;

use serde_json::json;
use tokio::task::JoinSet;

use super::plan::{Action, Operation};
use crate::dropbox::members::ADD_BATCH;
use crate::dropbox::{ApiError, Client};
use crate::error::Result;
use crate::model::{MemberStatus, RemoveAction, UserActions};
use crate::progress::Progress;
use crate::store::{self, Claim, LinkOwner, Store};

mod outcome;
mod send;

pub use outcome::Outcome;
use outcome::{ItemResult, Unit, UnitResult};

pub(in crate::sync::outbound) use send::{item_error, read_back};
use send::{member_of, send_unit, transfer_of};

/// What happened to one operation.
#[derive(Clone, Debug)]
pub(crate) struct Applied {
    pub(crate) operation: Operation,
    /// The member the operation produced or acted on.
    pub(crate) team_member_id: Option<String>,
    /// The status Dropbox said that member has, when it said (an add's answer).
    pub(crate) member_status: Option<MemberStatus>,
    pub(crate) outcome: Outcome,
}

/// The outcome of applying a plan.
pub(crate) struct Execution {
    pub(crate) applied: Vec<Applied>,
    /// Set when the run stopped early.
    pub(crate) aborted: Option<ApiError>,
    /// Operations never sent because the run stopped early.
    pub(crate) not_started: Vec<Operation>,
}

/// What the journal keeps of an operation ([`store::detail_with_changes`]).
fn detail(op: &Operation) -> serde_json::Value {
    let action = serde_json::to_value(&op.action).unwrap_or(json!({}));
    store::detail_with_changes(action, &op.changes)
}

/// Why a claim was refused, in the words of a failed operation.
fn conflict(claim: &Claim, team_member_id: &str, user_id: &str) -> Option<String> {
    match claim {
        Claim::Claimed => None,
        Claim::HeldBy { rule, user_id: holder } if holder == user_id => Some(format!(
            "conflict: the member {team_member_id} is managed by rule {rule:?}"
        )),
        Claim::HeldBy { rule, .. } => Some(format!(
            "conflict: the member {team_member_id} is managed by rule {rule:?} for another directory user"
        )),
    }
}

/// Records what a finished unit did: links claimed or dropped, journal rows completed,
/// and the run's request count so far.
fn record(
    store: &mut Store,
    job: &Job<'_>,
    requests: u64,
    ids: &[i64],
    ops: &[Operation],
    results: Vec<ItemResult>,
) -> Result<Vec<Applied>> {
    let owner = LinkOwner {
        id: job.rule_id,
        connection: job.connection,
    };
    store.write(|tx| {
        let mut applied = Vec::new();
        for ((id, op), (mut outcome, member, member_status)) in ids.iter().zip(ops).zip(results) {
            if outcome == Outcome::Done {
                match (&op.action, &member) {
                    (
                        Action::Create { .. } | Action::Link { .. } | Action::Recover { .. },
                        Some(m),
                    ) => {
                        let keeps = matches!(
                            op.action,
                            Action::Link {
                                keep_external_id: true,
                                ..
                            } | Action::Recover {
                                keep_external_id: true,
                                ..
                            }
                        );
                        if let Some(gone) = op.action.handed_over_from() {
                            store::remove_link(tx, job.rule_id, gone)?;
                        }
                        let claim = store::claim_link(tx, &owner, &op.user_id, m, keeps)?;
                        if let Some(e) = conflict(&claim, m, &op.user_id) {
                            outcome = Outcome::Failed(e);
                        }
                    }
                    (
                        Action::Unlink { .. }
                        | Action::Deprovision {
                            how: RemoveAction::Delete,
                            ..
                        },
                        _,
                    ) => store::remove_link(tx, job.rule_id, &op.user_id)?,
                    _ => {}
                }
            }
            // An invitation not known to be sent stays owed, for the next run.
            if matches!(
                op.action,
                Action::Update { reinvite: true, .. } | Action::Reinvite { .. }
            ) {
                let owed = outcome != Outcome::Done;
                store::set_invitation_owed(tx, job.rule_id, &op.user_id, owed)?;
            }
            store::journal_done(tx, *id, outcome.journal_status(), outcome.error())?;
            applied.push(Applied {
                operation: op.clone(),
                team_member_id: member.or_else(|| member_of(&op.action)),
                member_status,
                outcome,
            });
        }
        store::count_requests(tx, job.run_id, requests)?;
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
                    &detail(op),
                    &op.reason,
                )
            })
            .collect()
    })
}

/// Which run applies a plan, and how.
pub(crate) struct Job<'a> {
    pub(crate) rule_id: i64,
    pub(crate) connection: &'a str,
    pub(crate) run_id: i64,
    pub(crate) actions: &'a UserActions,
    /// Requests in flight at once (the client enforces it, adapting to 429s).
    pub(crate) concurrency: usize,
    /// The creates need licenses that the removals free: removals finish first.
    pub(crate) removals_first: bool,
}

impl Job<'_> {
    /// Units of work (an add batch with its job polls, one call) under way at once. A
    /// unit waiting between polls holds no place in flight, so more units than places
    /// keep every place busy; the client's limit bounds the requests themselves.
    pub(super) fn units_under_way(&self) -> usize {
        self.concurrency.max(1) * 4
    }
}

/// Applies `operations` (in plan order), journaling under the job's run.
pub(crate) async fn execute(
    store: &mut Store,
    client: Arc<Client>,
    job: &Job<'_>,
    operations: Vec<Operation>,
    progress: &dyn Progress,
) -> Result<Execution> {
    let actions = Arc::new(job.actions.clone());
    let (local, remote): (Vec<Operation>, Vec<Operation>) = operations
        .into_iter()
        .partition(|op| matches!(op.action, Action::Link { .. } | Action::Unlink { .. }));
    progress.begin("applying", (local.len() + remote.len()) as u64);

    let ids = journal(store, job.run_id, &local)?;
    let results = local
        .iter()
        .map(|op| (Outcome::Done, member_of(&op.action), None))
        .collect();
    let mut applied = record(store, job, client.requests(), &ids, &local, results)?;
    progress.advance(local.len() as u64);

    // A user whose member could not be claimed gets nothing else sent.
    let refused: std::collections::HashMap<String, String> = applied
        .iter()
        .filter_map(|a| Some((a.operation.user_id.clone(), a.outcome.error()?.to_string())))
        .collect();
    let (remote, blocked): (Vec<Operation>, Vec<Operation>) = remote
        .into_iter()
        .partition(|op| !refused.contains_key(&op.user_id));
    for op in blocked {
        let error = format!("not sent: {}", refused[&op.user_id]);
        applied.push(Applied {
            team_member_id: member_of(&op.action),
            member_status: None,
            operation: op,
            outcome: Outcome::Failed(error),
        });
        progress.advance(1);
    }

    let mut execution = Execution {
        applied,
        aborted: None,
        not_started: Vec::new(),
    };
    // When the creates need the licenses the removals free, the removals finish first;
    // otherwise everything goes side by side.
    let (first, rest): (Vec<Unit>, Vec<Unit>) = units_of(remote)
        .into_iter()
        .partition(|u| job.removals_first && u.frees_license());
    for phase in [first, rest] {
        run_phase(
            store,
            &client,
            job,
            &actions,
            phase,
            &mut execution,
            progress,
        )
        .await?;
    }
    progress.end();
    Ok(execution)
}

/// The remote operations as units: creates in batches of [`ADD_BATCH`], everything else
/// one call each.
fn units_of(remote: Vec<Operation>) -> Vec<Unit> {
    let (creates, singles): (Vec<Operation>, Vec<Operation>) = remote
        .into_iter()
        .partition(|op| matches!(op.action, Action::Create { .. }));
    let mut units: Vec<Unit> = singles
        .into_iter()
        .map(|op| Unit::Single(Box::new(op)))
        .collect();
    let mut creates = creates.into_iter().peekable();
    while creates.peek().is_some() {
        units.push(Unit::Batch(creates.by_ref().take(ADD_BATCH).collect()));
    }
    units
}

impl Unit {
    /// A removal: it frees a license.
    fn frees_license(&self) -> bool {
        match self {
            Unit::Single(op) => matches!(
                op.action,
                Action::Deprovision {
                    how: RemoveAction::Delete,
                    ..
                }
            ),
            Unit::Batch(_) => false,
        }
    }

    /// A removal that moves the member's files into the transfer destination: two at
    /// once contend for its namespace (`too_many_write_operations`), so they go one at a
    /// time.
    fn transfers_files(&self, actions: &UserActions) -> bool {
        match self {
            Unit::Single(op) => transfer_of(op, actions).is_some(),
            Unit::Batch(_) => false,
        }
    }
}

/// Sends `units` with at most [`Job::units_under_way`] at once (a removal that transfers
/// files never beside another), recording each as it ends; after a run-wide failure
/// nothing more is sent, and what was not is `not_started`.
async fn run_phase(
    store: &mut Store,
    client: &Arc<Client>,
    job: &Job<'_>,
    actions: &Arc<UserActions>,
    units: Vec<Unit>,
    execution: &mut Execution,
    progress: &dyn Progress,
) -> Result<()> {
    let mut units: VecDeque<Unit> = units.into();
    let mut running: JoinSet<(bool, UnitResult)> = JoinSet::new();
    let mut transferring = false;
    loop {
        while execution.aborted.is_none() && running.len() < job.units_under_way() {
            let next = units
                .iter()
                .position(|u| !(transferring && u.transfers_files(actions)));
            let Some(unit) = next.and_then(|i| units.remove(i)) else {
                break;
            };
            let transfers = unit.transfers_files(actions);
            transferring |= transfers;
            let (ops, batch) = match unit {
                Unit::Single(op) => (vec![*op], false),
                Unit::Batch(ops) => (ops, true),
            };
            let ids = journal(store, job.run_id, &ops)?;
            let (client, actions) = (client.clone(), actions.clone());
            running.spawn(async move {
                let result = send_unit(client, ops.clone(), batch, actions).await;
                (transfers, (ids, ops, result))
            });
        }
        let Some(done) = running.join_next().await else {
            break;
        };
        let (transferred, (ids, ops, result)) = done.expect("a send task never panics");
        transferring &= !transferred;
        let results = result.unwrap_or_else(|e| {
            // Sent, then the run lost its footing: it may or may not have been applied.
            let message = format!("outcome unknown: the run stopped ({e})");
            execution.aborted.get_or_insert(e);
            ops.iter()
                .map(|op| {
                    (
                        Outcome::Unknown(message.clone()),
                        member_of(&op.action),
                        None,
                    )
                })
                .collect()
        });
        let done = record(store, job, client.requests(), &ids, &ops, results)?;
        progress.failed(done.iter().filter(|a| a.outcome.error().is_some()).count() as u64);
        execution.applied.extend(done);
        progress.advance(ops.len() as u64);
    }
    for unit in units {
        match unit {
            Unit::Single(op) => execution.not_started.push(*op),
            Unit::Batch(ops) => execution.not_started.extend(ops),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
