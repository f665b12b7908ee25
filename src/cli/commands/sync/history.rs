//! `dbxprov sync history [RULE] [--limit N]`, `dbxprov sync history [RULE] --prune
//! [--keep N] [--dry-run]`

use clap::Args;

use crate::cli::output::{render_table, stream_csv, table, Printer};
use crate::model::Approval;
use crate::ops::{history, rfc3339, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov sync history\n  dbxprov sync history staff --limit 5 --json\n  dbxprov sync history --limit 1000 --format csv > runs.csv\n  dbxprov sync history --prune --keep 50 --dry-run"
)]
pub struct HistoryArgs {
    /// One rule [default: every rule]
    pub(crate) rule: Option<String>,
    /// How many runs.
    #[arg(long, default_value_t = 20, conflicts_with = "prune")]
    pub(crate) limit: u32,
    /// Delete the runs (and their operations) beyond the newest --keep of each rule; a
    /// run still running, or with an operation a later run must settle, stays.
    #[arg(long)]
    pub(crate) prune: bool,
    /// With --prune: how many runs of each rule to keep.
    #[arg(long, default_value_t = 50, requires = "prune", value_name = "N")]
    pub(crate) keep: u32,
    /// With --prune: count what would be deleted, and delete nothing.
    #[arg(long, requires = "prune")]
    pub(crate) dry_run: bool,
    /// `csv`: one row per run, for a spreadsheet or an audit store.
    #[arg(long, value_enum, default_value_t = super::format::ListFormat::Table, conflicts_with = "prune")]
    pub(crate) format: super::format::ListFormat,
}

pub(crate) fn cmd_history(
    ctx: &mut Context,
    args: HistoryArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    if args.prune {
        let report = history::prune_history(ctx, args.rule.as_deref(), args.keep, args.dry_run)?;
        return printer.result(&report, render_prune);
    }
    super::format::one_format(args.format, printer)?;
    let runs = history::history(ctx, args.rule.as_deref(), args.limit)?;
    if args.format == super::format::ListFormat::Csv {
        let header = [
            "run", "rule", "started", "finished", "outcome", "approval", "requests", "error",
        ];
        stream_csv::<anyhow::Error>(&header, |sink| {
            runs.iter().try_for_each(|r| sink(run_csv_cells(r)))
        })?;
        return Ok(());
    }
    printer.result(&runs, |runs| render_history(runs))
}

fn render_prune(r: &history::PruneReport) -> String {
    let scope = r
        .rule
        .as_ref()
        .map_or("each rule".to_string(), |rule| format!("rule {rule:?}"));
    let verb = if r.dry_run { "Would delete" } else { "Deleted" };
    format!(
        "{verb} {} runs and {} journal rows, keeping the newest {} of {scope}.\n",
        r.pruned.runs, r.pruned.journal_rows, r.keep
    )
}

fn run_csv_cells(r: &crate::ops::history::RunRecord) -> Vec<String> {
    let approval = match r.approval {
        None => String::new(),
        Some(Approval::Awaiting) => "awaiting".into(),
        Some(Approval::Approved { by }) => format!("approved by run {by}"),
        Some(Approval::Superseded) => "superseded".into(),
    };
    vec![
        r.id.to_string(),
        r.rule.clone(),
        rfc3339(r.started_at),
        r.finished_at.map(rfc3339).unwrap_or_default(),
        r.outcome.as_str().to_string(),
        approval,
        r.requests.to_string(),
        r.error.clone().unwrap_or_default(),
    ]
}

/// A run's outcome, and for a stopped run whose plan was kept, where its approval stands.
fn outcome(r: &crate::ops::history::RunRecord) -> String {
    let outcome = match r.attempts {
        0 | 1 => r.outcome.as_str().to_string(),
        // A streak of identical failures, kept as one row from the first to the last.
        n => format!("{}, {n} times", r.outcome.as_str()),
    };
    match r.approval {
        None => outcome,
        Some(Approval::Awaiting) => format!("{outcome}, awaiting approval"),
        Some(Approval::Approved { by }) => format!("{outcome}, approved by run {by}"),
        Some(Approval::Superseded) => format!("{outcome}, superseded"),
    }
}

/// The runs, newest first (also shown by the demo).
pub(crate) fn render_history(runs: &[crate::ops::history::RunRecord]) -> String {
    if runs.is_empty() {
        return "No runs yet.\n".into();
    }
    let mut t = table(["RUN", "RULE", "STARTED", "OUTCOME", "REQUESTS", "ERROR"]);
    for r in runs {
        t.add_row([
            r.id.to_string(),
            match r.rule_deleted {
                true => format!("{} (deleted)", r.rule),
                false => r.rule.clone(),
            },
            rfc3339(r.started_at),
            outcome(r),
            r.requests.to_string(),
            r.error.clone().unwrap_or_default(),
        ]);
    }
    render_table(&t)
}
