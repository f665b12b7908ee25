//! `dbxprov sync history [RULE] [--limit N]`

use clap::Args;

use crate::cli::output::{render_table, table, Printer};
use crate::ops::{rfc3339, sync, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov sync history\n  dbxprov sync history staff --limit 5 --json"
)]
pub struct HistoryArgs {
    /// One rule [default: every rule]
    pub rule: Option<String>,
    /// How many runs.
    #[arg(long, default_value_t = 20)]
    pub limit: u32,
}

pub fn cmd_history(ctx: &Context, args: HistoryArgs, printer: &Printer) -> anyhow::Result<()> {
    let runs = sync::history(ctx, args.rule.as_deref(), args.limit)?;
    printer.result(&runs, |runs| render_history(runs))
}

/// The runs, newest first (also shown by the demo).
pub fn render_history(runs: &[crate::store::RunRecord]) -> String {
    if runs.is_empty() {
        return "No runs yet.\n".into();
    }
    let mut t = table(["RUN", "RULE", "STARTED", "OUTCOME", "REQUESTS", "ERROR"]);
    for r in runs {
        t.add_row([
            r.id.to_string(),
            r.rule.clone(),
            rfc3339(r.started_at),
            r.outcome.as_str().to_string(),
            r.requests.to_string(),
            r.error.clone().unwrap_or_default(),
        ]);
    }
    render_table(&t)
}
