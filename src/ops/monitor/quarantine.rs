//! A rule's quarantine, read off its recent runs (the rule itself is
//! [`crate::model::quarantine`]'s, pure).

use crate::error::Result;
use crate::model::{quarantine, FailureCause, Quarantine};
use crate::ops::Context;

/// Runs quarantine reads back: enough to count past the longest backoff.
const RECENT_RUNS: u32 = 20;

/// The rule's quarantine, if its runs keep failing for the same cause.
pub(crate) fn quarantine_of(ctx: &Context, rule_id: i64) -> Result<Option<Quarantine>> {
    Ok(cause_and_quarantine(ctx, rule_id)?.1)
}

/// Why the rule's last run failed (when quarantine counts its cause), and its
/// quarantine: one read of its recent runs.
pub(crate) fn cause_and_quarantine(
    ctx: &Context,
    rule_id: i64,
) -> Result<(Option<FailureCause>, Option<Quarantine>)> {
    let recent = ctx.store.recent_runs(rule_id, RECENT_RUNS)?;
    Ok((recent.first().and_then(|r| r.cause), quarantine(&recent)))
}
