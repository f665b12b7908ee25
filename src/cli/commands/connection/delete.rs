//! `dbxprov connection delete NAME [--yes]`

use std::io::IsTerminal;

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::{connection, Context};
use crate::Error;

#[derive(Args, Debug)]
pub struct DeleteArgs {
    /// The connection to delete.
    pub name: String,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub fn cmd_delete(ctx: &mut Context, args: DeleteArgs, printer: &Printer) -> anyhow::Result<()> {
    // Fail on an unknown name before asking anything.
    let c = ctx.store.connection(&args.name)?;
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(Error::config(format!(
                "refusing to delete connection {:?} without confirmation",
                c.name
            ))
            .with_hint("pass --yes")
            .into());
        }
        let confirmed = dialoguer::Confirm::new()
            .with_prompt(format!("Delete connection {:?} and its secrets?", c.name))
            .default(false)
            .interact()
            .map_err(|e| Error::config("cannot read from the terminal").with_source(e))?;
        if !confirmed {
            printer.status("Nothing deleted.");
            return Ok(());
        }
    }
    let report = connection::delete(ctx, &c.name)?;
    printer.status(format!(
        "Deleted connection {:?} and its secrets in the {} store.",
        report.deleted, report.secrets_removed_from
    ));
    printer.result(&report, |_| String::new())
}
