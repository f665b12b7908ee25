//! `sync approve RUN`: a run the deletion guard stopped kept its plan; approving it
//! plans the rule again now and applies that plan only when it is exactly the one kept
//! (the guard let through for exactly its deprovisions and changes), else refuses with
//! the difference and applies nothing. The approval is a run of the rule like any other
//! (journaled, in the history), and the stopped run is marked approved by it. Only the
//! rule's newest run can be approved: a later run supersedes a stopped one.

use std::sync::Arc;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{Direction, Rule, RunOutcome};
use crate::ops::history::{run_record, RunRecord};
use crate::ops::run::{self, Approval, RunOptions, RunReport};
use crate::ops::Context;
use crate::progress::Progress;
use crate::store;
use crate::sync::guard::Guard;
use crate::sync::outbound::plan::HeldPlan;

/// A stopped run that can be approved, with the plan it kept.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Approvable {
    pub(crate) run: RunRecord,
    #[serde(skip)]
    pub(crate) rule: Rule,
    pub(crate) guard: Guard,
    pub(crate) plan: HeldPlan,
}

/// The stopped run `run_id` and its plan, if it can be approved: stopped by the guard,
/// of an outbound rule that still exists, not approved yet, and its rule's newest run.
pub(crate) fn approvable(ctx: &Context, run_id: i64) -> Result<Approvable> {
    let run = run_record(ctx, run_id)?;
    let refused = |why: String| Error::NotApprovable { run_id, why };
    if run.outcome != RunOutcome::Stopped {
        let outcome = run.outcome.as_str();
        return Err(refused(format!(
            "it was not stopped by the deletion guard ({outcome})"
        )));
    }
    let rule = match ctx.store.rule(&run.rule) {
        Ok(rule) if rule.id == run.rule_id => rule,
        _ => return Err(refused(format!("its rule {:?} was deleted", run.rule))),
    };
    if rule.direction == Direction::Inbound {
        return Err(refused(format!(
            "approving is for outbound rules; let an inbound rule's plan through with \
             `sync run {} --allow-deletes N`",
            rule.name
        )));
    }
    let held = ctx
        .store
        .held_plan(run_id)?
        .ok_or_else(|| refused("it stopped before dbxprov kept stopped plans".into()))?;
    if let Some(by) = held.approved_by {
        return Err(refused(format!("run {by} approved it already")));
    }
    if let Some(newer) = ctx.store.run_after(rule.id, run_id, None)? {
        return Err(Error::superseded(run_id, newer, &rule.name));
    }
    let guard = run
        .summary
        .as_ref()
        .and_then(|s| serde_json::from_value(s.get("guard")?.clone()).ok())
        .ok_or_else(|| refused("its record holds no guard figures".into()))?;
    let plan = serde_json::from_value(held.plan)
        .map_err(|e| refused(format!("its kept plan cannot be read ({e})")))?;
    Ok(Approvable {
        run,
        rule,
        guard,
        plan,
    })
}

/// Runs the rule of `approved`, applying its plan only if the rule plans exactly it
/// now, and marks the stopped run approved by the new one.
pub(crate) async fn approve(
    ctx: &mut Context,
    approved: &Approvable,
    progress: &dyn Progress,
) -> Result<RunReport> {
    let (deletes, changes) = approved.guard.allowances();
    let options = RunOptions {
        allow_changes: Some(changes),
        approving: Some(Arc::new(Approval {
            run_id: Some(approved.run.id),
            kept: format!("the one run {} stopped", approved.run.id),
            plan: approved.plan.clone(),
        })),
        ..RunOptions::new(false, Some(deletes))
    };
    let report = run::run_rule(ctx, &approved.rule, &options, progress).await?;
    if let Some(by) = report.run_id {
        ctx.store
            .write(|tx| store::mark_approved(tx, approved.run.id, by))?;
    }
    Ok(report)
}
