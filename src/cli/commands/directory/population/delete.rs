//! `dbxprov directory population delete NAME`

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov directory population delete Contractors   # only when empty and unused"
)]
pub struct DeleteArgs {
    pub name: String,
}

pub fn cmd_delete(ctx: &mut Context, args: DeleteArgs, printer: &Printer) -> anyhow::Result<()> {
    let population = directory::population_delete(ctx, &args.name)?;
    printer.status(format!("Deleted population {:?}.", population.name));
    printer.result(&population, |_| String::new())
}
