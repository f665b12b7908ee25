//! Sending one unit of work and reading its outcome: an add batch (its job polled, its
//! members read back by external id when the job failed or never finished), or one call;
//! a write Dropbox may have applied before an error is confirmed by reading the member
//! back. What an error means for the item, or for the whole run.

use std::sync::Arc;

use super::outcome::{ItemResult, Outcome};
use crate::dropbox::members::{
    AddOutcome, NewMember, RemoveOptions, Status, TeamMember, MALFORMED_RESULT,
};
use crate::dropbox::{ApiError, Client};
use crate::model::{RemoveAction, UserActions};
use crate::sync::outbound::plan::{Action, Operation};

/// A route error, a request Dropbox refused as malformed (data the local checks let
/// through), or a call still rate limited when its retry budget ran out (a storm on its
/// route: the next run tries it again) is about this item; anything else is about the
/// whole run.
pub(in crate::sync::outbound) fn item_error(e: ApiError) -> std::result::Result<String, ApiError> {
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
pub(in crate::sync::outbound) fn read_back<T>(
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
pub(super) async fn add_batch(
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
pub(super) async fn read_back_adds(
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
pub(super) fn maybe_ours(tag: &str, ambiguous: bool) -> bool {
    tag == MALFORMED_RESULT
        || ambiguous && (tag == "user_already_on_team" || tag == "duplicate_external_member_id")
}

/// Reads back a member this call may have added: the member that carries both the
/// external id and the email asked for is that one (the store's claim still refuses it
/// if another rule holds it). Anything else keeps the failure.
pub(super) async fn recover_add(
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
pub(super) fn already_applied(action: &Action, member: Option<&TeamMember>) -> bool {
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

pub(super) fn member_of(action: &Action) -> Option<String> {
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
pub(super) async fn recover(
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

pub(super) async fn send_single(
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
pub(super) async fn apply_single(
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
pub(super) fn transfer_of<'a>(op: &Operation, actions: &'a UserActions) -> Option<&'a str> {
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

pub(super) async fn send_unit(
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
