//! `dbxprov connection delete NAME [--yes]`

use clap::Args;

use crate::cli::output::Printer;
use crate::cli::prompt::confirm_deletion;
use crate::ops::{connection, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov connection delete prod --yes   # refused while a rule uses it"
)]
pub struct DeleteArgs {
    /// The connection to delete.
    pub(crate) name: String,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub(crate) yes: bool,
}

pub(crate) fn cmd_delete(
    ctx: &mut Context,
    args: DeleteArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    // Fail on an unknown name before asking anything.
    let c = connection::get(ctx, &args.name)?;
    let question = format!("Delete connection {:?} and its secrets?", c.name);
    let what = format!("connection {:?}", c.name);
    if !confirm_deletion(args.yes, &question, &what, printer)? {
        return Ok(());
    }
    let report = connection::delete(ctx, &c.name)?;
    printer.status(format!(
        "Deleted connection {:?} and its secrets in the {} store.",
        report.deleted, report.secrets_removed_from
    ));
    printer.result(&report, |_| String::new())
}
