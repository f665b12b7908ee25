//! `dbxprov directory user show USER`

use clap::Args;

use super::super::render::render_user;
use crate::cli::output::Printer;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov directory user show ann@example.com")]
pub struct ShowArgs {
    /// Id, username or email.
    pub(crate) user: String,
}

pub(crate) fn cmd_show(ctx: &Context, args: ShowArgs, printer: &Printer) -> anyhow::Result<()> {
    let user = directory::find_user(ctx, &args.user)?;
    printer.result(&user, render_user)
}
