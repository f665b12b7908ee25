//! `dbxprov sync ...`: run rules, and see what happened to whom.

mod approve;
mod drift;
mod explain;
mod format;
mod history;
mod outputs;
mod run;
mod show;
mod status;
mod undo;

pub(crate) use crate::cli::render::run::render as render_run;
pub(crate) use crate::cli::render::run::render_brief as render_run_brief;
pub(crate) use crate::cli::render::show::render_run_detail;
pub(crate) use crate::cli::render::status::{
    render_group_states, render_statuses, render_user_states,
};
pub(crate) use history::render_history;

use clap::Subcommand;

use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;
use crate::ops::Access;

const RUN_HELP: &str = concat!(
    "Examples:\n",
    "  dbxprov sync run staff --dry-run        the plan, with a reason per operation\n",
    "  dbxprov sync run staff                  apply it\n",
    "  dbxprov sync run staff --allow-deletes 12   let a stopped plan through, once\n",
    "  dbxprov sync run staff --user ann@example.com   provision Ann now, no one else\n",
    "  dbxprov -q sync run --due               for cron (every few minutes)\n\n"
);

/// `sync run --help` after its options: examples, then what each exit code means.
fn run_help() -> String {
    format!("{RUN_HELP}{}", crate::cli::exit::exit_codes_list())
}

#[derive(Subcommand, Debug)]
pub enum SyncCommand {
    /// Run rules: plan, check the deletion limit, apply.
    #[command(after_help = run_help())]
    Run(run::RunArgs),
    /// Per-rule summary (PingOne's sync status), or per-user states with --users.
    Status(status::StatusArgs),
    /// Past runs, newest first.
    History(history::HistoryArgs),
    /// Every operation of one run, with its result.
    Show(show::ShowArgs),
    /// Why one user is (or is not) provisioned by a rule, step by step; changes nothing.
    Explain(explain::ExplainArgs),
    /// Apply the plan of a run the deletion guard stopped, if the rule still plans exactly it.
    Approve(approve::ApproveArgs),
    /// Take back what a run changed: unsuspend, recover, restore names and groups.
    Undo(undo::UndoArgs),
    /// Members changed in Dropbox outside dbxprov since the rule's last run; changes nothing.
    Drift(drift::DriftArgs),
}

impl SyncCommand {
    /// What the command does with its home: only commands that add something may
    /// create one.
    fn access(&self) -> Access {
        match self {
            SyncCommand::Status(_)
            | SyncCommand::Show(_)
            | SyncCommand::Explain(_)
            | SyncCommand::Drift(_) => Access::Read,
            SyncCommand::History(args) if !args.prune => Access::Read,
            _ => Access::Write,
        }
    }
}

pub(crate) async fn run(
    cmd: SyncCommand,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let mut ctx = global.context(printer, cmd.access())?;
    match cmd {
        SyncCommand::Run(args) => run::cmd_run(&mut ctx, args, global, printer).await,
        SyncCommand::Status(args) => status::cmd_status(&ctx, args, printer),
        SyncCommand::History(args) => history::cmd_history(&mut ctx, args, printer),
        SyncCommand::Show(args) => show::cmd_show(&ctx, args, printer),
        SyncCommand::Explain(args) => explain::cmd_explain(&ctx, args, global, printer).await,
        SyncCommand::Approve(args) => approve::cmd_approve(&mut ctx, args, global, printer).await,
        SyncCommand::Undo(args) => undo::cmd_undo(&mut ctx, args, global, printer).await,
        SyncCommand::Drift(args) => drift::cmd_drift(&ctx, args, global, printer).await,
    }
}
