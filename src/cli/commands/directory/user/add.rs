//! `dbxprov directory user add EMAIL [...]`

use clap::Args;

use super::super::{parse_attrs, render_user};
use crate::cli::output::Printer;
use crate::ops::directory::{self, NewUser};
use crate::ops::Context;

#[derive(Args, Debug)]
pub struct AddArgs {
    /// The user's email address.
    pub email: String,
    /// Username [default: the email]
    #[arg(long, value_name = "U")]
    pub username: Option<String>,
    #[arg(long, value_name = "G")]
    pub given_name: Option<String>,
    #[arg(long, value_name = "S")]
    pub surname: Option<String>,
    /// Population [default: Default]
    #[arg(long, value_name = "P")]
    pub population: Option<String>,
    /// Add the user disabled.
    #[arg(long)]
    pub disabled: bool,
    /// An attribute (repeatable): --attr department=Sales
    #[arg(long = "attr", value_name = "K=V")]
    pub attrs: Vec<String>,
}

pub fn cmd_add(ctx: &mut Context, args: AddArgs, printer: &Printer) -> anyhow::Result<()> {
    let user = directory::user_add(
        ctx,
        NewUser {
            email: args.email,
            username: args.username,
            given_name: args.given_name,
            surname: args.surname,
            population: args.population,
            disabled: args.disabled,
            attributes: parse_attrs(&args.attrs)?,
        },
    )?;
    printer.status(format!("Added {} ({}).", user.email, user.id));
    printer.result(&user, render_user)
}
