//! `dbxprov connection delete NAME [--yes]`

use clap::Args;

use crate::cli::output::Printer;
use crate::cli::prompt::confirm;
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
    if !confirm(
        args.yes,
        &format!("Delete connection {:?} and its secrets?", c.name),
        &format!(
            "refusing to delete connection {:?} without confirmation",
            c.name
        ),
    )? {
        printer.status("Nothing deleted.");
        return Ok(());
    }
    let report = connection::delete(ctx, &c.name)?;
    printer.status(format!(
        "Deleted connection {:?} and its secrets in the {} store.",
        report.deleted, report.secrets_removed_from
    ));
    printer.result(&report, |_| String::new())
}
