//! `dbxprov directory group members NAME`

use clap::Args;

use super::super::render::{render_users, user_count};
use crate::cli::output::Printer;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov directory group members Sales")]
pub struct MembersArgs {
    pub(crate) name: String,
}

pub(crate) fn cmd_members(
    ctx: &Context,
    args: MembersArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let users = directory::group_members(ctx, &args.name)?;
    printer.result(&users, |u| render_users(u))?;
    if !printer.json && !users.is_empty() {
        printer.status(user_count(&users));
    }
    Ok(())
}
