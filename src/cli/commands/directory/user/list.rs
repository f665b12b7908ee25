//! `dbxprov directory user list [--population P] [--group G]`

use clap::Args;

use super::super::render::{render_users, user_count};
use crate::cli::output::Printer;
use crate::ops::directory::UserFilter;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov directory user list --population Staff\n  dbxprov directory user list --group Sales --json"
)]
pub struct ListArgs {
    /// Only this population's users.
    #[arg(long, value_name = "P")]
    pub(crate) population: Option<String>,
    /// Only this group's members.
    #[arg(long, value_name = "G")]
    pub(crate) group: Option<String>,
}

pub(crate) fn cmd_list(ctx: &Context, args: ListArgs, printer: &Printer) -> anyhow::Result<()> {
    let users = directory::user_list(
        ctx,
        &UserFilter {
            population: args.population,
            group: args.group,
        },
    )?;
    printer.result(&users, |u| render_users(u))?;
    if !printer.json && !users.is_empty() {
        printer.status(user_count(&users));
    }
    Ok(())
}
