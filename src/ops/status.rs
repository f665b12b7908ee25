//! `sync status`: each rule's summary as PingOne shows it (last attempt, last run that
//! went through, counts of users by state, the causes its failed users share, the
//! groups, an inbound rule's directory writes and next run), and the users' and groups'
//! states one by one.

use serde::Serialize;

use super::history::seen_outcome;
use super::run::counted_states;
use super::run::outbound_groups::{group_status, GroupStatus};
use super::Context;
use crate::error::{Error, Result};
use crate::model::{Direction, Rule, RunOutcome, UserState};
use crate::store;
pub(crate) use crate::store::{Delivery, GroupStateRow, StateRecord};

/// PingOne's sync summary of one rule.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct RuleStatus {
    pub(crate) rule: String,
    pub(crate) direction: Direction,
    pub(crate) connection: String,
    /// When the last attempt ended (or started, when it did not end: running, killed).
    #[serde(with = "crate::model::as_rfc3339_opt")]
    pub(crate) last_sync: Option<i64>,
    pub(crate) last_outcome: Option<RunOutcome>,
    /// Why the last attempt failed or stopped, when it did not go through.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) last_error: Option<String>,
    /// Why the last attempt failed, when it is a cause quarantine counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) last_cause: Option<crate::model::FailureCause>,
    /// Notifications of its runs not delivered: each notifier's last, when it failed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) undelivered: Vec<store::Delivery>,
    /// Its runs keep failing for one cause: `sync run --due` backs it off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) quarantine: Option<crate::model::Quarantine>,
    /// When the last run that went through (succeeded, or partial) ended.
    #[serde(with = "crate::model::as_rfc3339_opt")]
    pub(crate) last_completed: Option<i64>,
    /// Why its failed users failed: the most common causes, each with how many share it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) failure_causes: Vec<FailedUsersCause>,
    /// When this was read (how long ago the last completed run was is told from it).
    #[serde(skip)]
    pub(crate) now: i64,
    pub(crate) impacted: u64,
    pub(crate) success: u64,
    pub(crate) unsynced: u64,
    pub(crate) partially_synced: u64,
    pub(crate) failed: u64,
    /// PingOne's group section: the groups the rule provisions.
    pub(crate) groups: GroupStatus,
    /// Inbound: what its last run wrote in the directory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) directory: Option<DirectoryCounts>,
    /// Inbound: when `sync run --due` runs it next (RFC 3339; `None` before its first
    /// full sync, when it is due at once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) next_run: Option<String>,
    /// Outbound: members its last run found changed in Dropbox outside dbxprov.
    #[serde(skip_serializing_if = "is_zero")]
    pub(crate) drift: u64,
    /// Outbound, under a staged removal: the suspended leavers and when each is removed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) pending_removals: Vec<PendingRemoval>,
}

/// A leaver a staged removal removes, and when (its user's email, or its id once the
/// user is gone from the directory).
#[derive(Clone, Debug, Serialize)]
pub(crate) struct PendingRemoval {
    pub(crate) user: String,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) due: i64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The removals the rule's connection stages, if it does.
fn pending_removals(ctx: &Context, rule: &Rule) -> Result<Vec<PendingRemoval>> {
    if rule.direction != Direction::Outbound {
        return Ok(Vec::new());
    }
    let days = ctx
        .store
        .connection(&rule.connection)?
        .actions
        .remove_after_days;
    let Some(days) = days else {
        return Ok(Vec::new());
    };
    let rows = ctx.store.leavers_of_rule(rule.id)?;
    Ok(rows
        .into_iter()
        .map(|(user_id, email, left_at)| PendingRemoval {
            user: email.unwrap_or(user_id),
            due: left_at + i64::from(days) * 86_400,
        })
        .collect())
}

/// A cause its failed users share, and how many.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct FailedUsersCause {
    pub(crate) error: String,
    pub(crate) users: u64,
}

/// The directory writes of an inbound run.
#[derive(Clone, Debug, Default, Serialize)]
pub(crate) struct DirectoryCounts {
    pub(crate) created: u64,
    pub(crate) updated: u64,
    pub(crate) deleted: u64,
    pub(crate) disabled: u64,
}

impl DirectoryCounts {
    /// From what a run applied, by kind (its summary's `applied`).
    fn of_run(applied: Option<&serde_json::Value>) -> DirectoryCounts {
        let applied = |kind: &str| applied.and_then(|a| a.get(kind)?.as_u64()).unwrap_or(0);
        DirectoryCounts {
            created: applied("create"),
            updated: applied("update"),
            deleted: applied("delete"),
            disabled: applied("disable"),
        }
    }
}

/// The rule named, or every rule.
fn rules_named(ctx: &Context, rule: Option<&str>) -> Result<Vec<Rule>> {
    match rule {
        Some(name) => Ok(vec![ctx.store.rule(name)?]),
        None => ctx.store.rules(),
    }
}

pub(crate) fn status(ctx: &Context, rule: Option<&str>) -> Result<Vec<RuleStatus>> {
    let rules = rules_named(ctx, rule)?;
    let undelivered = ctx.store.undelivered()?;
    rules
        .into_iter()
        .map(|r| {
            let counts = counted_states(ctx.store.state_counts(r.id)?);
            let completed = ctx.store.last_completed_run(r.id)?;
            // The last attempt, whatever became of it: a run still marked running is
            // running, or died with its process.
            let newest = ctx.store.runs(Some(r.id), 1)?.pop();
            let last_outcome = match &newest {
                Some(run) => Some(seen_outcome(ctx, run)?),
                None => None,
            };
            let last_error = newest
                .as_ref()
                .filter(|_| last_outcome.is_some_and(RunOutcome::is_trouble))
                .and_then(|n| n.error.clone());
            let inbound = r.direction == Direction::Inbound;
            let schedule = ctx.store.schedule(r.id)?;
            let pending_removals = pending_removals(ctx, &r)?;
            let (last_cause, quarantine) =
                super::monitor::quarantine::cause_and_quarantine(ctx, r.id)?;
            let undelivered = undelivered
                .iter()
                .filter(|d| {
                    d.rule
                        .as_deref()
                        .is_some_and(|n| n.eq_ignore_ascii_case(&r.name))
                })
                .cloned()
                .collect();
            Ok(RuleStatus {
                undelivered,
                last_cause,
                quarantine,
                pending_removals,
                drift: completed.as_ref().map_or(0, |c| c.changed_outside),
                direction: r.direction,
                directory: inbound.then(|| {
                    DirectoryCounts::of_run(completed.as_ref().and_then(|l| l.applied.as_ref()))
                }),
                // An LDAP rule that runs every time has no next slot: its next run is the
                // next `sync run --due`.
                next_run: schedule
                    .filter(|_| inbound && r.ldap.as_ref().is_none_or(|q| q.daily))
                    .map(|s| crate::ops::rfc3339(s.next())),
                rule: r.name,
                connection: r.connection,
                last_sync: newest.map(|n| n.finished_at.unwrap_or(n.started_at)),
                last_outcome,
                last_error,
                last_completed: completed.and_then(|c| c.finished_at),
                failure_causes: ctx
                    .store
                    .failure_causes(r.id, 3)?
                    .into_iter()
                    .map(|(error, users)| FailedUsersCause { error, users })
                    .collect(),
                now: ctx.now(),
                impacted: counts.total(),
                success: counts.synced,
                unsynced: counts.unsynced,
                partially_synced: counts.partially_synced,
                failed: counts.failed,
                groups: group_status(&ctx.store.group_states(r.id)?),
            })
        })
        .collect()
}

/// The users of one rule, or of every rule (by rule name), with their state.
pub(crate) fn user_states(
    ctx: &Context,
    rule: Option<&str>,
    state: Option<UserState>,
) -> Result<Vec<store::StateRecord>> {
    let mut rows = Vec::new();
    each_user_state(ctx, rule, state, |s| {
        rows.push(s);
        Ok::<(), Error>(())
    })?;
    Ok(rows)
}

/// Hands [`user_states`]' rows to `f` as they are read, holding none.
pub(crate) fn each_user_state<E: From<Error>>(
    ctx: &Context,
    rule: Option<&str>,
    state: Option<UserState>,
    mut f: impl FnMut(store::StateRecord) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let rules = rules_named(ctx, rule)?;
    for rule in rules {
        ctx.store.each_user_state(rule.id, state, &mut f)?;
    }
    Ok(())
}

/// Each group of one rule, or of every rule, as its last run left it.
pub(crate) fn group_states(ctx: &Context, rule: Option<&str>) -> Result<Vec<store::GroupStateRow>> {
    let rules = rules_named(ctx, rule)?;
    let mut rows = Vec::new();
    for rule in rules {
        rows.extend(ctx.store.group_states(rule.id)?);
    }
    Ok(rows)
}
