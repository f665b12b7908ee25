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
use super::Progress;
use crate::dropbox::members::{
    AddOutcome, NewMember, RemoveOptions, Status, TeamMember, ADD_BATCH, MALFORMED_RESULT,
};
use crate::dropbox::{ApiError, Client};
use crate::error::Result;
use crate::model::{JournalStatus, MemberStatus, RemoveAction, UserActions};
use crate::store::{self, Claim, LinkOwner, Store};

/// How one operation ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Applied, or found already as wanted.
    Done,
    Failed(String),
    /// Sent, but the run stopped before its answer was known: the next run settles it.
    Unknown(String),
}

impl Outcome {
    pub(super) fn journal_status(&self) -> JournalStatus {
        match self {
            Outcome::Done => JournalStatus::Ok,
            Outcome::Failed(_) => JournalStatus::Failed,
            Outcome::Unknown(_) => JournalStatus::Unknown,
        }
    }

    pub fn error(&self) -> Option<&str> {
        match self {
            Outcome::Done => None,
            Outcome::Failed(e) | Outcome::Unknown(e) => Some(e),
        }
    }
}

/// What happened to one operation.
#[derive(Clone, Debug)]
pub struct Applied {
    pub operation: Operation,
    /// The member the operation produced or acted on.
    pub team_member_id: Option<String>,
    /// The status Dropbox said that member has, when it said (an add's answer).
    pub member_status: Option<MemberStatus>,
    pub outcome: Outcome,
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

/// Each operation's outcome and the member it produced, or the error that stops the run.
type UnitResult = (
    Vec<i64>,
    Vec<Operation>,
    std::result::Result<Vec<ItemResult>, ApiError>,
);

/// One operation's outcome, with the member it created or acted on, and the status
/// Dropbox said that member has (an add's answer does).
type ItemResult = (Outcome, Option<String>, Option<MemberStatus>);

/// A route error, a request Dropbox refused as malformed (data the local checks let
/// through), or a call still rate limited when its retry budget ran out (a storm on its
/// route: the next run tries it again) is about this item; anything else is about the
/// whole run.
pub(super) fn item_error(e: ApiError) -> std::result::Result<String, ApiError> {
    match e {
        ApiError::Route {
            tag, user_message, ..
        } => Ok(match user_message {
            Some(m) => format!("{tag}: {m}"),
            None => tag,
        }),
        ApiError::BadRequest { message, .. } => Ok(format!("rejected as malformed: {message}")),
        e @ ApiError::RateLimited { .. } => Ok(format!("{e}; the next run tries again")),
        other => Err(other),
    }
}

/// A read-back's answer, or why it failed when that is about the item (a 429 storm on
/// its route): the item then fails, and the run goes on.
pub(super) fn read_back<T>(
    answer: std::result::Result<T, ApiError>,
) -> std::result::Result<std::result::Result<T, String>, ApiError> {
    match answer {
        Ok(value) => Ok(Ok(value)),
        Err(e) => item_error(e).map(|why| Err(format!("reading it back failed: {why}"))),
    }
}

/// Adds one batch. When Dropbox refuses the whole batch as malformed, the members are
/// added one by one so that only the bad one fails. A member Dropbox refuses is Failed
/// with its reason: a member that holds the email or external id already is someone
/// else's (the plan found none of this rule's), never one to link to, unless an earlier
/// attempt of this very call may have added it (see [`recover_add`]).
async fn add_batch(
    client: &Client,
    members: &[NewMember],
) -> std::result::Result<Vec<ItemResult>, ApiError> {
    let batch = match client.add_members(members).await {
        Ok(batch) => batch,
        Err(ApiError::BadRequest { .. }) if members.len() > 1 => {
            let mut results = Vec::new();
            for m in members {
                results.extend(Box::pin(add_batch(client, std::slice::from_ref(m))).await?);
            }
            return Ok(results);
        }
        // The job failed or never finished, or a retried launch may have landed: any of
        // the members may be on the team (invited), and each is read back.
        Err(e) if e.maybe_applied() => {
            let message = item_error(e)?;
            return read_back_adds(client, members, &message).await;
        }
        Err(e) => {
            let message = item_error(e)?;
            return Ok(members
                .iter()
                .map(|_| (Outcome::Failed(message.clone()), None, None))
                .collect());
        }
    };
    let mut results = Vec::new();
    for (outcome, asked) in batch.outcomes.into_iter().zip(members) {
        results.push(match outcome {
            AddOutcome::Added(m) => {
                let status = m.status.member_status(false);
                (Outcome::Done, Some(m.team_member_id), status)
            }
            AddOutcome::Failed { tag, .. } if maybe_ours(&tag, batch.ambiguous) => {
                recover_add(client, asked, tag).await?
            }
            AddOutcome::Failed { tag, .. } => (Outcome::Failed(tag), None, None),
        });
    }
    Ok(results)
}

/// The members of an add whose outcome is not known, read back in one call: one carrying
/// the external id and the email asked for was added (by this call: the plan found none
/// of them); the others failed with `message`.
async fn read_back_adds(
    client: &Client,
    members: &[NewMember],
    message: &str,
) -> std::result::Result<Vec<ItemResult>, ApiError> {
    let ids: Vec<&str> = members.iter().map(|m| m.external_id.as_str()).collect();
    let found = match read_back(client.members_by_external_ids(&ids).await)? {
        Ok(found) => found,
        Err(why) => {
            let failed = || (Outcome::Failed(format!("{message}; {why}")), None, None);
            return Ok(members.iter().map(|_| failed()).collect());
        }
    };
    Ok(found
        .into_iter()
        .zip(members)
        .map(|(m, asked)| match m {
            Some(m) if m.email.eq_ignore_ascii_case(&asked.email) => {
                let status = m.status.member_status(false);
                (Outcome::Done, Some(m.team_member_id), status)
            }
            _ => (
                Outcome::Failed(format!("{message} (and not on the team when read back)")),
                None,
                None,
            ),
        })
        .collect())
}

/// Whether an add's failure may hide a member that this call itself added: the answer
/// could not be read, or a retry after an attempt that may have landed found the address
/// or external id taken.
fn maybe_ours(tag: &str, ambiguous: bool) -> bool {
    tag == MALFORMED_RESULT
        || ambiguous && (tag == "user_already_on_team" || tag == "duplicate_external_member_id")
}

/// Reads back a member this call may have added: the member that carries both the
/// external id and the email asked for is that one (the store's claim still refuses it
/// if another rule holds it). Anything else keeps the failure.
async fn recover_add(
    client: &Client,
    asked: &NewMember,
    tag: String,
) -> std::result::Result<ItemResult, ApiError> {
    let found = read_back(client.member_by_external_id(&asked.external_id).await)?;
    Ok(match found {
        Ok(Some(m)) if m.email.eq_ignore_ascii_case(&asked.email) => {
            let status = m.status.member_status(false);
            (Outcome::Done, Some(m.team_member_id), status)
        }
        Ok(_) => (Outcome::Failed(tag), None, None),
        Err(why) => (Outcome::Failed(format!("{tag}; {why}")), None, None),
    })
}

/// Whether `member` (as read back; `None`: not on the team) already is what `action`
/// wanted to make of it. An invitation sent shows nowhere: an operation that sends one
/// is never confirmed by a read (it is owed, and the next run sends it).
fn already_applied(action: &Action, member: Option<&TeamMember>) -> bool {
    let status = member.map(|m| &m.status);
    match action {
        Action::Deprovision {
            how: RemoveAction::Delete,
            ..
        } => status.is_none_or(|s| *s == Status::Removed),
        Action::Suspend { .. }
        | Action::Deprovision {
            how: RemoveAction::Disable,
            ..
        } => status == Some(&Status::Suspended),
        Action::Unsuspend { .. } => status == Some(&Status::Active),
        Action::Recover { .. } => status.is_some_and(|s| *s != Status::Removed),
        Action::Update { reinvite: true, .. } | Action::Reinvite { .. } => false,
        Action::Update { changes, .. } => member.is_some_and(|m| {
            let same = |wanted: &Option<String>, actual: &str| {
                wanted.as_deref().is_none_or(|w| w == actual)
            };
            changes
                .email
                .as_deref()
                .is_none_or(|e| e.eq_ignore_ascii_case(&m.email))
                && same(&changes.given_name, &m.given_name)
                && same(&changes.surname, &m.surname)
                && same(&changes.external_id, m.external_id.as_deref().unwrap_or(""))
        }),
        Action::Link { .. } | Action::Unlink { .. } | Action::Create { .. } => false,
    }
}

fn member_of(action: &Action) -> Option<String> {
    match action {
        Action::Link { team_member_id, .. }
        | Action::Unlink { team_member_id }
        | Action::Update { team_member_id, .. }
        | Action::Suspend { team_member_id }
        | Action::Unsuspend { team_member_id }
        | Action::Reinvite { team_member_id }
        | Action::Recover { team_member_id, .. }
        | Action::Deprovision { team_member_id, .. } => Some(team_member_id.clone()),
        Action::Create { .. } => None,
    }
}

/// Brings a removed member back: `members/recover`, the profile changes, and an unsuspend
/// if Dropbox gives it back suspended (the status it comes back in is not documented, so
/// it is read: from the profile update's answer, else by reading the member).
async fn recover(
    client: &Client,
    team_member_id: &str,
    changes: &crate::model::ProfileChanges,
) -> std::result::Result<(), ApiError> {
    client.recover(team_member_id).await?;
    let back = if changes.is_empty() {
        client.member_info(team_member_id).await?
    } else {
        Some(client.set_profile(team_member_id, changes).await?)
    };
    if back.is_some_and(|m| m.status == Status::Suspended) {
        client.unsuspend(team_member_id).await?;
    }
    Ok(())
}

async fn send_single(
    client: &Client,
    op: &Operation,
    actions: &UserActions,
) -> std::result::Result<(), ApiError> {
    match &op.action {
        Action::Update {
            team_member_id,
            changes,
            reinvite,
        } => {
            client.set_profile(team_member_id, changes).await?;
            if *reinvite {
                client.send_welcome_email(team_member_id).await?;
            }
        }
        Action::Suspend { team_member_id }
        | Action::Deprovision {
            team_member_id,
            how: RemoveAction::Disable,
            ..
        } => client.suspend(team_member_id, actions.wipe_data).await?,
        Action::Unsuspend { team_member_id } => client.unsuspend(team_member_id).await?,
        Action::Reinvite { team_member_id } => client.send_welcome_email(team_member_id).await?,
        Action::Recover {
            team_member_id,
            changes,
            ..
        } => recover(client, team_member_id, changes).await?,
        Action::Deprovision {
            team_member_id,
            how: RemoveAction::Delete,
            invited,
        } => {
            let options = RemoveOptions {
                wipe_data: actions.wipe_data,
                keep_account: actions.keep_account && !invited,
                transfer_dest_email: transfer_of(op, actions).map(str::to_string),
                transfer_admin_email: actions.transfer_admin.clone(),
            };
            client.remove(team_member_id, &options).await?
        }
        Action::Link { .. } | Action::Unlink { .. } | Action::Create { .. } => {
            unreachable!("local and batched operations are not sent one by one")
        }
    }
    Ok(())
}

/// Sends one single operation; a route error is that operation's failure. When the
/// call may have been applied before it failed (a retry after a 5xx refused with
/// `suspend_inactive_user`, a removal job that ended in `internal_error`), the member is
/// read back: already as wanted is done, but for a removal that was to transfer the
/// member's files, which no read can confirm.
async fn apply_single(
    client: &Client,
    op: &Operation,
    actions: &UserActions,
) -> std::result::Result<ItemResult, ApiError> {
    let member = member_of(&op.action);
    let outcome = match send_single(client, op, actions).await {
        Ok(()) => Outcome::Done,
        Err(e) if e.maybe_applied() => {
            let id = member.as_deref().unwrap_or_default();
            let now = match read_back(client.member_info(id).await)? {
                Ok(now) => now,
                Err(why) => {
                    let failed = Outcome::Failed(format!("{}; {why}", item_error(e)?));
                    return Ok((failed, member, None));
                }
            };
            match (
                already_applied(&op.action, now.as_ref()),
                transfer_of(op, actions),
            ) {
                (true, None) => Outcome::Done,
                (true, Some(dest)) => Outcome::Failed(format!(
                    "removed, but {}: that its files reached {dest} is not confirmed; check \
                     them there",
                    item_error(e)?
                )),
                (false, _) => Outcome::Failed(item_error(e)?),
            }
        }
        Err(e) => Outcome::Failed(item_error(e)?),
    };
    Ok((outcome, member, None))
}

/// Where a removal moves the member's files, if it does.
/// (An invitation that was never accepted has no files: nothing to move.)
fn transfer_of<'a>(op: &Operation, actions: &'a UserActions) -> Option<&'a str> {
    let removes = matches!(
        op.action,
        Action::Deprovision {
            how: RemoveAction::Delete,
            invited: false,
            ..
        }
    );
    actions.transfer_dest.as_deref().filter(|_| removes)
}

async fn send_unit(
    client: Arc<Client>,
    unit: Vec<Operation>,
    batch: bool,
    actions: Arc<UserActions>,
) -> std::result::Result<Vec<ItemResult>, ApiError> {
    if !batch {
        return Ok(vec![apply_single(&client, &unit[0], &actions).await?]);
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
                    &detail(&op.action),
                    &op.reason,
                )
            })
            .collect()
    })
}

/// Which run applies a plan, and how.
pub struct Job<'a> {
    pub rule_id: i64,
    pub connection: &'a str,
    pub run_id: i64,
    pub actions: &'a UserActions,
    /// Requests in flight at once (the client enforces it, adapting to 429s).
    pub concurrency: usize,
    /// The creates need licenses that the removals free: removals finish first.
    pub removals_first: bool,
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
pub async fn execute(
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
    let mut units: Vec<Unit> = singles.into_iter().map(Unit::Single).collect();
    let mut creates = creates.into_iter().peekable();
    while creates.peek().is_some() {
        units.push(Unit::Batch(creates.by_ref().take(ADD_BATCH).collect()));
    }
    units
}

impl Unit {
    /// A removal: it frees a license.
    fn frees_license(&self) -> bool {
        matches!(
            self,
            Unit::Single(Operation {
                action: Action::Deprovision {
                    how: RemoveAction::Delete,
                    ..
                },
                ..
            })
        )
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
                Unit::Single(op) => (vec![op], false),
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
            Unit::Single(op) => execution.not_started.push(op),
            Unit::Batch(ops) => execution.not_started.extend(ops),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::plan::ProfileChanges;

    fn member(status: Status) -> TeamMember {
        TeamMember {
            team_member_id: "dbmid:1".into(),
            email: "Ann@Example.com".into(),
            given_name: "Ann".into(),
            surname: "Lee".into(),
            external_id: Some("u-1".into()),
            status,
            recoverable: false,
            groups: Vec::new(),
        }
    }

    #[test]
    fn a_member_read_back_tells_whether_a_write_landed() {
        let id = || "dbmid:1".to_string();
        let suspend = Action::Suspend {
            team_member_id: id(),
        };
        let remove = Action::Deprovision {
            team_member_id: id(),
            how: RemoveAction::Delete,
            invited: false,
        };
        let update = |given: &str| Action::Update {
            team_member_id: id(),
            changes: ProfileChanges {
                email: Some("ann@example.com".into()),
                given_name: Some(given.into()),
                ..ProfileChanges::default()
            },
            reinvite: false,
        };
        let active = member(Status::Active);
        let suspended = member(Status::Suspended);
        assert!(already_applied(&suspend, Some(&suspended)));
        assert!(!already_applied(&suspend, Some(&active)));
        assert!(!already_applied(&suspend, None));
        assert!(already_applied(
            &Action::Unsuspend {
                team_member_id: id()
            },
            Some(&active)
        ));
        assert!(already_applied(&remove, None));
        assert!(already_applied(&remove, Some(&member(Status::Removed))));
        assert!(!already_applied(&remove, Some(&suspended)));
        assert!(
            already_applied(&update("Ann"), Some(&active)),
            "emails compare without case"
        );
        assert!(!already_applied(&update("Anna"), Some(&active)));
    }

    #[test]
    fn only_an_ambiguous_or_unreadable_add_is_read_back() {
        assert!(maybe_ours("user_already_on_team", true));
        assert!(maybe_ours("duplicate_external_member_id", true));
        assert!(!maybe_ours("user_already_on_team", false));
        assert!(!maybe_ours("duplicate_external_member_id", false));
        assert!(!maybe_ours("team_license_limit", true));
        assert!(maybe_ours(MALFORMED_RESULT, false));
    }
}
