//! Where runs are told besides the home, once they are recorded: the operation log and
//! the metrics file.

use super::{log, metrics};
use crate::error::Result;
use crate::ops::Context;

/// The newest run's id in the history: what a command that runs rules notes first, to
/// tell its own runs afterwards ([`after_runs`]).
pub(crate) fn newest_run_id(ctx: &Context) -> Result<i64> {
    ctx.store.newest_run_id()
}

/// Where the records of runs go besides the home, as the command line asked.
#[derive(Clone, Debug, Default)]
pub(crate) struct RunOutputs {
    /// The metrics file, rewritten whole after the runs.
    pub(crate) metrics_file: Option<std::path::PathBuf>,
    /// The operation log, appended to.
    pub(crate) log_file: Option<std::path::PathBuf>,
}

/// The runs of `rules` started after run `since` (the newest before the command), told
/// to the outputs: each failure to write one is returned, none fails the runs.
pub(crate) fn after_runs(
    ctx: &Context,
    outputs: &RunOutputs,
    since: i64,
    rules: &[String],
) -> Vec<(&'static str, crate::error::Error)> {
    let mut failed = Vec::new();
    if let Some(path) = &outputs.log_file {
        let runs = runs_since(ctx, since, rules);
        if let Err(e) = runs.and_then(|runs| log::append_log(ctx, path, &runs)) {
            failed.push(("the operation log", e));
        }
    }
    if let Some(path) = &outputs.metrics_file {
        if let Err(e) = metrics::write_metrics(ctx, path) {
            failed.push(("the metrics file", e));
        }
    }
    failed
}

/// The runs of `rules` after run `since`, oldest first (a rule's runs never overlap, so
/// they are this command's, whatever other processes run meanwhile).
fn runs_since(ctx: &Context, since: i64, rules: &[String]) -> Result<Vec<crate::store::RunRecord>> {
    let mut runs = Vec::new();
    for name in rules {
        if let Some(rule) = ctx.store.find_rule(name)? {
            runs.extend(ctx.store.runs_after(rule.id, since)?);
        }
    }
    runs.sort_by_key(|r| r.id);
    Ok(runs)
}
