//! `dbxprov notify ...`: where runs are told (webhooks, mail), on which events.

mod add;
mod list;
mod remove;
mod test;

use clap::Subcommand;

use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;
use crate::ops::Access;

#[derive(Subcommand, Debug)]
pub enum NotifyCommand {
    /// Add a notifier: a webhook (Slack, Teams, any JSON receiver) or mail through SMTP.
    Add(add::AddArgs),
    /// The notifiers, and the last notification of each that was not delivered.
    #[command(after_help = "Examples:\n  dbxprov notify list\n  dbxprov notify list --json")]
    List,
    /// Send a test notification now.
    Test(test::TestArgs),
    /// Remove a notifier and its secret.
    Remove(remove::RemoveArgs),
}

pub(crate) async fn run(
    cmd: NotifyCommand,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let access = match cmd {
        NotifyCommand::List => Access::Read,
        NotifyCommand::Add(_) => Access::Create,
        _ => Access::Write,
    };
    let mut ctx = global.context(printer, access)?;
    match cmd {
        NotifyCommand::Add(args) => add::cmd_add(&mut ctx, args, global, printer),
        NotifyCommand::List => list::cmd_list(&ctx, printer),
        NotifyCommand::Test(args) => test::cmd_test(&mut ctx, args, printer).await,
        NotifyCommand::Remove(args) => remove::cmd_remove(&mut ctx, args, printer),
    }
}
