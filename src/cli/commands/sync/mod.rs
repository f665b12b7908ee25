//! `dbxprov sync ...`: run rules, and see what happened to whom.

mod history;
mod run;
mod show;
mod status;

pub use run::render as render_run;
pub use run::report_error;
pub use status::{render_group_states, render_statuses, render_user_states};

use clap::Subcommand;

use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;

#[derive(Subcommand, Debug)]
pub enum SyncCommand {
    /// Run rules: plan, check the deletion limit, apply.
    Run(run::RunArgs),
    /// Per-rule summary (PingOne's sync status), or per-user states with --users.
    Status(status::StatusArgs),
    /// Past runs, newest first.
    History(history::HistoryArgs),
    /// Every operation of one run, with its result.
    Show(show::ShowArgs),
}

pub async fn run(cmd: SyncCommand, global: &GlobalArgs, printer: &Printer) -> anyhow::Result<()> {
    let mut ctx = global.context(printer)?;
    match cmd {
        SyncCommand::Run(args) => run::cmd_run(&mut ctx, args, global, printer).await,
        SyncCommand::Status(args) => status::cmd_status(&ctx, args, printer),
        SyncCommand::History(args) => history::cmd_history(&ctx, args, printer),
        SyncCommand::Show(args) => show::cmd_show(&ctx, args, printer),
    }
}
