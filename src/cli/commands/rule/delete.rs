//! `dbxprov rule delete NAME [--yes]`

use std::io::IsTerminal;

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::{rule, Context};
use crate::Error;

#[derive(Args, Debug)]
pub struct DeleteArgs {
    pub name: String,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub fn cmd_delete(ctx: &mut Context, args: DeleteArgs, printer: &Printer) -> anyhow::Result<()> {
    let existing = ctx.store.rule(&args.name)?;
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(Error::config(format!(
                "refusing to delete rule {:?} without confirmation",
                existing.name
            ))
            .with_hint("pass --yes")
            .into());
        }
        let confirmed = dialoguer::Confirm::new()
            .with_prompt(format!(
                "Delete rule {:?}? Its Dropbox members are left as they are.",
                existing.name
            ))
            .default(false)
            .interact()
            .map_err(|e| Error::config("cannot read from the terminal").with_source(e))?;
        if !confirmed {
            printer.status("Nothing deleted.");
            return Ok(());
        }
    }
    let deleted = rule::delete(ctx, &existing.name)?;
    printer.status(format!(
        "Deleted rule {:?}; its Dropbox members are left as they are.",
        deleted.name
    ));
    printer.result(&deleted, |_| String::new())
}
