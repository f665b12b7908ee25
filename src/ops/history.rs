//! `sync history` and `sync show`: the runs of the rules, newest first, each with what
//! it did to whom (its journal), and pruning the old ones.

use serde::Serialize;

use super::Context;
use crate::error::{Error, Result, Thing};
use crate::model::{Approval, JournalStatus, RunOutcome};
use crate::store::{self, LockKey};
pub(crate) use crate::store::{JournalEntry, RunRecord};

/// `sync history --prune`: what was (or, in a dry run, would be) deleted.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct PruneReport {
    pub(crate) rule: Option<String>,
    pub(crate) keep: u32,
    pub(crate) dry_run: bool,
    #[serde(flatten)]
    pub(crate) pruned: store::Pruned,
}

/// Deletes each rule's runs (or `rule`'s) beyond its newest `keep`, with their journals;
/// a run still running, or with an operation whose outcome a later run must settle,
/// stays whatever its age.
pub(crate) fn prune_history(
    ctx: &mut Context,
    rule: Option<&str>,
    keep: u32,
    dry_run: bool,
) -> Result<PruneReport> {
    let rule_id = rule.map(|r| ctx.store.rule(r)).transpose()?.map(|r| r.id);
    let pruned = ctx
        .store
        .write(|tx| store::prune_runs(tx, rule_id, keep, !dry_run))?;
    Ok(PruneReport {
        rule: rule.map(str::to_string),
        keep,
        dry_run,
        pruned,
    })
}

/// The newest runs, of one rule (a deleted one too, by the name it had) or of all.
pub(crate) fn history(ctx: &Context, rule: Option<&str>, limit: u32) -> Result<Vec<RunRecord>> {
    let rule_id = match rule {
        None => None,
        Some(name) => match ctx.store.rule(name) {
            Ok(rule) => Some(rule.id),
            Err(e) => Some(ctx.store.deleted_rule_id(name)?.ok_or(e)?),
        },
    };
    let mut runs = ctx.store.runs(rule_id, limit)?;
    for run in runs.iter_mut() {
        run.outcome = seen_outcome(ctx, run)?;
        run.approval = approval(ctx, run)?;
    }
    Ok(runs)
}

/// Where the kept plan of a stopped run stands (none for other runs, and for stopped
/// runs that kept none).
fn approval(ctx: &Context, run: &RunRecord) -> Result<Option<Approval>> {
    if run.outcome != RunOutcome::Stopped {
        return Ok(None);
    }
    Ok(match ctx.store.held_state(run.id)? {
        None => None,
        Some(Some(by)) => Some(Approval::Approved { by }),
        Some(None) => match ctx.store.run_after(run.rule_id, run.id, None)? {
            Some(_) => Some(Approval::Superseded),
            None => Some(Approval::Awaiting),
        },
    })
}

/// A run still marked running whose rule lock is free died with its process.
pub(in crate::ops) fn seen_outcome(ctx: &Context, run: &RunRecord) -> Result<RunOutcome> {
    if run.outcome != RunOutcome::Running {
        return Ok(run.outcome);
    }
    let free = store::lock_is_free(ctx.store.home(), LockKey::Rule(run.rule_id))?;
    Ok(if free {
        RunOutcome::Interrupted
    } else {
        RunOutcome::Running
    })
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct RunDetail {
    #[serde(flatten)]
    pub(crate) run: RunRecord,
    pub(crate) operations: Vec<store::JournalEntry>,
}

pub(crate) fn show_run(ctx: &Context, id: i64) -> Result<RunDetail> {
    let run = run_record(ctx, id)?;
    let mut operations = Vec::new();
    each_operation(ctx, &run, |o| {
        operations.push(o);
        Ok::<(), Error>(())
    })?;
    Ok(RunDetail { operations, run })
}

/// One run, as its outcome is seen now (a run marked running whose process died is
/// interrupted).
pub(crate) fn run_record(ctx: &Context, id: i64) -> Result<RunRecord> {
    let mut run = ctx
        .store
        .run(id)?
        .ok_or_else(|| Error::not_found(Thing::Run, id.to_string()))?;
    run.outcome = seen_outcome(ctx, &run)?;
    run.approval = approval(ctx, &run)?;
    Ok(run)
}

/// Hands each operation of `run` to `f` as it is read, holding none.
pub(crate) fn each_operation<E: From<Error>>(
    ctx: &Context,
    run: &RunRecord,
    mut f: impl FnMut(store::JournalEntry) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let interrupted = run.outcome == RunOutcome::Interrupted;
    ctx.store.each_journal_entry(run.id, |mut o| {
        // What a dead run sent without an answer is unknown, not pending.
        if interrupted && o.status == JournalStatus::Pending {
            o.status = JournalStatus::Unknown;
        }
        f(o)
    })
}
