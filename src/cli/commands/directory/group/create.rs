//! `dbxprov directory group create NAME`

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov directory group create Sales")]
pub struct CreateArgs {
    pub(crate) name: String,
}

pub(crate) fn cmd_create(
    ctx: &mut Context,
    args: CreateArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let group = directory::group_create(ctx, &args.name)?;
    printer.status(format!("Created group {:?} ({}).", group.name, group.id));
    printer.result(&group, |_| String::new())
}
