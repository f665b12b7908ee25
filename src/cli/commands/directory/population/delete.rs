//! `dbxprov directory population delete NAME [--yes]`

use clap::Args;

use crate::cli::output::Printer;
use crate::cli::prompt::confirm_deletion;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:
  dbxprov directory population delete Contractors --yes   # only when empty and unused")]
pub struct DeleteArgs {
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
    let population = directory::population_deletion(ctx, &args.name)?;
    let name = &population.name;
    let question = format!("Delete the empty population {name:?}?");
    if !confirm_deletion(
        args.yes,
        &question,
        &format!("population {name:?}"),
        printer,
    )? {
        return Ok(());
    }
    directory::population_delete(ctx, &population)?;
    printer.status(format!("Deleted population {name:?}."));
    printer.result(&population, |_| String::new())
}
