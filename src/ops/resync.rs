//! Turning on `--sync-only-active` for an inbound rule that has run (PingOne's "Sync Only
//! Active Users"): the full resync at once. The change is previewed unsaved and its
//! deletions counted; once confirmed, it is saved and run with exactly that allowance, so
//! that a plan that grew in between stops at the guard.

use super::rule::{self, RuleChanges};
use super::run::{self, RunOptions, RunReport};
use super::Context;
use crate::error::Result;
use crate::model::{Direction, Rule};
use crate::progress::Progress;

/// Whether `changes` turn `--sync-only-active` on for an inbound rule that has had its
/// first full sync (before it, the first sync is the resync).
pub(crate) fn turns_on(ctx: &Context, rule: &Rule, changes: &RuleChanges) -> Result<bool> {
    Ok(rule.direction == Direction::Inbound
        && !rule.sync_only_active
        && changes.sync_only_active == Some(true)
        && rule::is_scheduled(ctx, rule)?)
}

/// The resync's dry run, with the change applied but not saved.
pub(crate) async fn preview(
    ctx: &mut Context,
    name: &str,
    changes: &RuleChanges,
    progress: &dyn Progress,
) -> Result<RunReport> {
    let changed = rule::updated_rule(ctx, name, changes.clone())?;
    let options = RunOptions::new(true, Some(u64::MAX));
    run::run_rule(ctx, &changed, &options, progress).await
}

/// Saves the change and resyncs, letting through exactly the deletions `preview` counted.
pub(crate) async fn apply(
    ctx: &mut Context,
    name: &str,
    changes: RuleChanges,
    preview: &RunReport,
    progress: &dyn Progress,
) -> Result<RunReport> {
    rule::update(ctx, name, changes)?;
    let allowance = Some(preview.guard.deprovisions);
    run::run(ctx, name, &RunOptions::new(false, allowance), progress).await
}
