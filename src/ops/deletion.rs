//! Deleting a rule: forgetting its links, or with deprovisioning first. Deprovisioning
//! is counted before anything is asked (a dry run of a run that deprovisions every member
//! the rule links), and the confirmed counts are the real run's whole allowance: a plan
//! that grew in between stops at the guard and the rule stays. Once confirmed, the rule is
//! disabled before anything is sent, so that no `sync run --all/--due` undoes what was
//! deprovisioned if the command is killed or a member cannot be deprovisioned; deleting it
//! again finishes the job.

use super::run::{self, RunOptions, RunReport};
use super::{connection, rule, Context};
use crate::error::{Error, Result};
use crate::model::{Direction, RemoveAction, Rule};
use crate::progress::Progress;

/// What deleting a rule will do, before it is confirmed.
pub(crate) struct Deletion {
    pub(crate) rule: Rule,
    /// What the connection does to a member it deprovisions.
    pub(crate) remove_action: RemoveAction,
    /// An inbound rule deleted without deprovisioning: the directory users it brought in,
    /// which stay.
    pub(crate) brought_in: u64,
    /// With deprovisioning: the dry run that counted what goes.
    pub(crate) preview: Option<RunReport>,
}

impl Deletion {
    pub(crate) fn inbound(&self) -> bool {
        self.rule.direction == Direction::Inbound
    }
}

/// What a deletion did.
pub(crate) struct Deleted {
    /// The deprovisioning run, when there was one.
    pub(crate) run: Option<RunReport>,
    /// The rule deleted, or why it was kept, disabled: the guard stopped the run (the plan
    /// grew since it was counted), or members or groups could not be deprovisioned.
    pub(crate) rule: Result<Rule>,
}

/// Counts what deleting the rule `name` will do (deprovisioning when `deprovision` or
/// the connection's `--deprovision-on-rule-deletion` asks for it); changes nothing.
pub async fn plan(
    ctx: &mut Context,
    name: &str,
    deprovision: bool,
    progress: &dyn Progress,
) -> Result<Deletion> {
    let existing = rule::get(ctx, name)?;
    let connection = connection::get(ctx, &existing.connection)?;
    let deprovision = deprovision || connection.actions.deprovision_on_rule_deletion;
    let inbound = existing.direction == Direction::Inbound;
    let brought_in = match (deprovision, inbound) {
        (false, true) => rule::brought_in(ctx, &existing)?,
        _ => 0,
    };
    let preview = match deprovision {
        true => {
            let options = deprovision_all(true, Some(u64::MAX));
            Some(run::run(ctx, &existing.name, &options, progress).await?)
        }
        false => None,
    };
    Ok(Deletion {
        rule: existing,
        remove_action: connection.actions.remove_action,
        brought_in,
        preview,
    })
}

/// Deletes the rule as `deletion` says, deprovisioning first with exactly the counted
/// allowance.
pub(crate) async fn apply(
    ctx: &mut Context,
    deletion: &Deletion,
    progress: &dyn Progress,
) -> Result<Deleted> {
    let name = deletion.rule.name.as_str();
    let Some(preview) = &deletion.preview else {
        return Ok(Deleted {
            run: None,
            rule: Ok(rule::delete(ctx, name)?),
        });
    };
    let g = &preview.guard;
    let allowance = g
        .deprovisions
        .max(g.group_deletions)
        .max(g.membership_removals);
    rule::set_enabled(ctx, name, false)?;
    let report = run::run(
        ctx,
        name,
        &deprovision_all(false, Some(allowance)),
        progress,
    )
    .await?;
    let failed = report.failures.len() + report.groups.failures.len();
    let rule = if report.guard.tripped {
        Err(run::guard_error(&report))
    } else if failed > 0 {
        Err(Error::DeprovisionFailed {
            rule: name.to_string(),
            failed,
        })
    } else {
        rule::delete(ctx, name)
    };
    Ok(Deleted {
        run: Some(report),
        rule,
    })
}

fn deprovision_all(dry_run: bool, allow_deletes: Option<u64>) -> RunOptions {
    RunOptions {
        deprovision_all: true,
        ..RunOptions::new(dry_run, allow_deletes)
    }
}
