//! `dbxprov connection show NAME`

use clap::Args;

use super::render::render_connection;
use crate::cli::output::Printer;
use crate::ops::{connection, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov connection show prod   # where each secret is, the user actions, the last test"
)]
pub struct ShowArgs {
    /// The connection to show.
    pub(crate) name: String,
}

pub(crate) fn cmd_show(ctx: &Context, args: ShowArgs, printer: &Printer) -> anyhow::Result<()> {
    let view = connection::show(ctx, &args.name)?;
    printer.result(&view, |v| render_connection(printer, v))
}
