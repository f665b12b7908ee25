//! A rule's quarantine, read off its recent runs (the rule itself is
//! [`crate::model::quarantine`]'s, pure).

use crate::error::Result;
use crate::model::{quarantine, Quarantine};
use crate::ops::Context;

/// Runs quarantine reads back: enough to count past the longest backoff.
const RECENT_RUNS: u32 = 20;

/// The rule's quarantine, if its runs keep failing for the same cause.
pub(crate) fn quarantine_of(ctx: &Context, rule_id: i64) -> Result<Option<Quarantine>> {
    Ok(quarantine(&ctx.store.recent_runs(rule_id, RECENT_RUNS)?))
}
