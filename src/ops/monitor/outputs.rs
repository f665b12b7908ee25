//! Where runs are told besides the home, once they are recorded: the notifiers, the
//! operation log and the metrics file.

use super::{log, metrics};
use crate::error::{Error, Result};
use crate::model::RunOutcome;
use crate::ops::Context;
use crate::store::Delivery;

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

/// What telling the runs came to: what could not be written, and the notifications not
/// delivered. Neither fails the runs.
#[derive(Debug, Default)]
pub(crate) struct Told {
    pub(crate) not_written: Vec<(&'static str, Error)>,
    pub(crate) undelivered: Vec<Delivery>,
}

/// The runs of `rules` started after run `since` (the newest before the command), told
/// to the notifiers, then the operation log, then the metrics file.
pub(crate) async fn after_runs(
    ctx: &mut Context,
    outputs: &RunOutputs,
    since: i64,
    rules: &[String],
) -> Told {
    let mut told = Told::default();
    let runs = match runs_since(ctx, since, rules) {
        Ok(runs) => runs,
        Err(e) => {
            told.not_written
                .push(("the runs' notifications and log", e));
            return told;
        }
    };
    match crate::ops::notify::notify_runs(ctx, &runs).await {
        Ok(deliveries) => {
            told.undelivered = deliveries
                .into_iter()
                .filter(|d| d.error.is_some())
                .collect();
        }
        Err(e) => told.not_written.push(("the notifications", e)),
    }
    if let Some(path) = &outputs.log_file {
        if let Err(e) = log::append_log(ctx, path, &runs) {
            told.not_written.push(("the operation log", e));
        }
    }
    if let Some(path) = &outputs.metrics_file {
        if let Err(e) = metrics::write_metrics(ctx, path) {
            told.not_written.push(("the metrics file", e));
        }
    }
    told
}

/// The runs of `rules` after run `since`, oldest first (a rule's runs never overlap, so
/// they are this command's, whatever other processes run meanwhile).
fn runs_since(ctx: &Context, since: i64, rules: &[String]) -> Result<Vec<crate::store::RunRecord>> {
    let mut runs = Vec::new();
    for name in rules {
        let Some(rule) = ctx.store.find_rule(name)? else {
            continue;
        };
        let ours = ctx.store.runs_after(rule.id, since)?;
        // A run killed before it could tell anyone becomes `interrupted` only when the
        // rule's next run starts (this command's): it is told now, once.
        if !ours.is_empty() {
            let last_before = ctx.store.run_up_to(rule.id, since)?;
            runs.extend(last_before.filter(|r| r.outcome == RunOutcome::Interrupted));
        }
        runs.extend(ours);
    }
    runs.sort_by_key(|r| r.id);
    Ok(runs)
}
