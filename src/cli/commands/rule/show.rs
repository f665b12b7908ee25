//! `dbxprov rule show NAME`

use clap::Args;

use super::render::render_rule;
use crate::cli::output::Printer;
use crate::ops::{rule, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov rule show staff")]
pub struct ShowArgs {
    pub(crate) name: String,
}

pub(crate) fn cmd_show(ctx: &Context, args: ShowArgs, printer: &Printer) -> anyhow::Result<()> {
    let view = rule::show(ctx, &args.name)?;
    printer.result(&view, render_rule)
}
