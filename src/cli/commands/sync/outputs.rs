//! The flags of the commands that run rules (`sync run`, `approve`, `undo`) that say
//! where else a run is told: the metrics file and the operation log.

use std::path::PathBuf;

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::monitor::outputs::{self, RunOutputs};
use crate::ops::Context;

#[derive(Args, Debug, Clone, Default)]
pub struct OutputArgs {
    /// After the runs, write every rule's figures to PATH in the Prometheus text format
    /// (for node_exporter's textfile collector), replaced at once.
    #[arg(long, value_name = "PATH", env = "DBXPROV_METRICS_FILE")]
    pub(crate) metrics_file: Option<PathBuf>,
    /// Append one JSON line per operation of each run, and one per run, to PATH (for a
    /// SIEM). It holds personal data: created readable by you only.
    #[arg(long, value_name = "PATH", env = "DBXPROV_LOG_FILE")]
    pub(crate) log_file: Option<PathBuf>,
}

impl OutputArgs {
    fn outputs(&self) -> RunOutputs {
        RunOutputs {
            metrics_file: self.metrics_file.clone(),
            log_file: self.log_file.clone(),
        }
    }

    /// Tells the runs of `rules` after run `since` to the notifiers and the outputs;
    /// what could not be written or delivered is said (also with `--quiet`: cron must
    /// hear of it) but leaves the exit code to the runs.
    pub(crate) async fn after_runs(
        &self,
        ctx: &mut Context,
        since: i64,
        rules: &[String],
        printer: &Printer,
    ) {
        let told = outputs::after_runs(ctx, &self.outputs(), since, rules).await;
        for (what, e) in told.not_written {
            let said = crate::cli::error::describe(&e.into(), &printer.settings).message;
            printer.alert(format!("{what} could not be written: {said}"));
        }
        for d in told.undelivered {
            let run = d.run_id.map_or(String::new(), |id| format!(" of run {id}"));
            let what = match d.attempts {
                0 => "was not sent".to_string(),
                n => format!("was not delivered after {n} attempt(s)"),
            };
            printer.alert(format!(
                "the notification{run} to {:?} {what}: {} (`dbxprov sync status` shows it \
                 until one goes through)",
                d.notifier,
                d.error.unwrap_or_default()
            ));
        }
    }
}
