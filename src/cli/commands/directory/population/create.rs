//! `dbxprov directory population create NAME`

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov directory population create Contractors")]
pub struct CreateArgs {
    pub(crate) name: String,
}

pub(crate) fn cmd_create(
    ctx: &mut Context,
    args: CreateArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let population = directory::population_create(ctx, &args.name)?;
    printer.status(format!("Created population {:?}.", population.name));
    printer.result(&population, |_| String::new())
}
