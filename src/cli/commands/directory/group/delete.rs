//! `dbxprov directory group delete NAME`

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
pub struct DeleteArgs {
    pub name: String,
}

pub fn cmd_delete(ctx: &mut Context, args: DeleteArgs, printer: &Printer) -> anyhow::Result<()> {
    let group = directory::group_delete(ctx, &args.name)?;
    printer.status(format!(
        "Deleted group {:?} ({} members; the users stay).",
        group.name, group.members
    ));
    printer.result(&group, |_| String::new())
}
