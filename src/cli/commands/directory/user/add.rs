//! `dbxprov directory user add EMAIL [...]`

use clap::Args;

use super::super::args::{parse_attrs, ProfileArgs};
use super::super::render::render_user;
use crate::cli::output::Printer;
use crate::ops::directory::{self, NewUser};
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov directory user add ann@example.com --given-name Ann --surname Lee --population Staff --attr department=Sales"
)]
pub struct AddArgs {
    /// The user's email address.
    pub(crate) email: String,
    #[command(flatten)]
    pub(crate) profile: ProfileArgs,
    /// Add the user disabled.
    #[arg(long)]
    pub(crate) disabled: bool,
}

pub(crate) fn cmd_add(ctx: &mut Context, args: AddArgs, printer: &Printer) -> anyhow::Result<()> {
    let user = directory::user_add(
        ctx,
        NewUser {
            email: args.email,
            username: args.profile.username,
            given_name: args.profile.given_name,
            surname: args.profile.surname,
            population: args.profile.population,
            disabled: args.disabled,
            attributes: parse_attrs(&args.profile.attrs)?,
        },
    )?;
    printer.status(format!("Added {} ({}).", user.email, user.id));
    printer.result(&user, render_user)
}
