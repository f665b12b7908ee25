//! `dbxprov notify remove NAME [--yes]`

use clap::Args;

use crate::cli::output::Printer;
use crate::cli::prompt::confirm;
use crate::ops::notify;
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    dbxprov notify remove ops          asks first\n  \
    dbxprov notify remove ops --yes    for scripts")]
pub struct RemoveArgs {
    /// The notifier.
    pub(crate) name: String,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub(crate) yes: bool,
}

pub(crate) fn cmd_remove(
    ctx: &mut Context,
    args: RemoveArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let notifier = notify::get(ctx, &args.name)?;
    let question = format!(
        "Remove notifier {:?} ({}) and its secret? Runs will no longer be told there.",
        notifier.name, notifier.shown
    );
    let refusal = format!(
        "refusing to remove notifier {:?} without confirmation",
        notifier.name
    );
    if !confirm(args.yes, &question, &refusal)? {
        printer.status("Nothing removed.");
        return Ok(());
    }
    let removed = notify::remove(ctx, &notifier.name)?;
    printer.result(&removed, |n| format!("Removed notifier {:?}.\n", n.name))
}
