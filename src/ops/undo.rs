//! `sync undo RUN`: the inverse of what an outbound run applied, from its journal and
//! the team read now (`sync::outbound::undo`). It is previewed first (a dry run); once
//! confirmed, it is a run of the rule like any other (journaled, in the history, itself
//! undoable) that applies exactly the previewed plan — the previewed counts are its
//! allowance under the deletion guard, and a plan that changed in between is refused.

use std::sync::Arc;

use crate::error::{Error, Result};
use crate::model::{Direction, Rule, RunOutcome};
use crate::ops::history::{run_record, RunRecord};
use crate::ops::run::{self, Approval, RunOptions, RunReport, Undoing};
use crate::ops::Context;
use crate::progress::Progress;
use crate::sync::outbound::plan::HeldPlan;

/// A run that can be undone, and its rule.
#[derive(Clone, Debug)]
pub(crate) struct UndoTarget {
    pub(crate) run: RunRecord,
    pub(crate) rule: Rule,
    pub(crate) force: bool,
}

/// Run `run_id`, if it can be undone: an outbound run that applied (or may have applied)
/// something, of a rule that still exists.
pub(crate) fn target(ctx: &Context, run_id: i64, force: bool) -> Result<UndoTarget> {
    let run = run_record(ctx, run_id)?;
    let refused = |why: String| Error::NotUndoable { run_id, why };
    if matches!(
        run.outcome,
        RunOutcome::Stopped | RunOutcome::Running | RunOutcome::DryRun
    ) {
        let outcome = run.outcome.as_str();
        return Err(refused(format!("it applied nothing ({outcome})")));
    }
    let rule = match ctx.store.rule(&run.rule) {
        Ok(rule) if rule.id == run.rule_id => rule,
        _ => return Err(refused(format!("its rule {:?} was deleted", run.rule))),
    };
    if rule.direction == Direction::Inbound {
        return Err(refused(
            "undoing is for outbound rules' runs (an inbound rule's writes follow the source \
             it reads)"
                .into(),
        ));
    }
    Ok(UndoTarget { run, rule, force })
}

fn undoing(t: &UndoTarget) -> Option<Undoing> {
    Some(Undoing {
        run_id: t.run.id,
        force: t.force,
    })
}

/// What undoing the run would do now: a dry run of the undo.
pub(crate) async fn preview(
    ctx: &mut Context,
    t: &UndoTarget,
    progress: &dyn Progress,
) -> Result<RunReport> {
    let options = RunOptions {
        undoing: undoing(t),
        ..RunOptions::new(true, None)
    };
    run::run_rule(ctx, &t.rule, &options, progress).await
}

/// Applies the undo `shown` previewed, if the undo planned now is exactly it; the
/// previewed counts are its allowance under the deletion guard.
pub(crate) async fn apply(
    ctx: &mut Context,
    t: &UndoTarget,
    shown: &RunReport,
    progress: &dyn Progress,
) -> Result<RunReport> {
    let (deletes, changes) = shown.guard.allowances();
    let options = RunOptions {
        undoing: undoing(t),
        allow_changes: Some(changes),
        approving: Some(Arc::new(Approval {
            run_id: None,
            kept: format!("the undo of run {} that was shown", t.run.id),
            plan: HeldPlan {
                operations: shown.operations.clone(),
                group_operations: shown.groups.operations.clone(),
                actions: None,
            },
        })),
        ..RunOptions::new(false, Some(deletes))
    };
    run::run_rule(ctx, &t.rule, &options, progress).await
}
