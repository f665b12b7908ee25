//! `dbxprov directory group rename OLD NEW`

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov directory group rename Engineering \"Product Engineering\""
)]
pub struct RenameArgs {
    pub(crate) old: String,
    pub(crate) new: String,
}

pub(crate) fn cmd_rename(
    ctx: &mut Context,
    args: RenameArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let group = directory::group_rename(ctx, &args.old, &args.new)?;
    printer.status(format!("Renamed group {:?} to {:?}.", args.old, group.name));
    printer.result(&group, |_| String::new())
}
