//! `dbxprov directory user set USER [--email E] [--username U] [...] [--attr K=V]...`

use clap::Args;

use super::super::args::{parse_attrs, ProfileArgs};
use super::super::render::render_user;
use crate::cli::output::Printer;
use crate::ops::directory::{self, UserChanges};
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov directory user set ann@example.com --surname Lee-Smith --attr department=Ops"
)]
pub struct SetArgs {
    /// Id, username or email.
    pub(crate) user: String,
    /// New email address (Dropbox's pattern; unique in the directory).
    #[arg(long, value_name = "E")]
    pub(crate) email: Option<String>,
    #[command(flatten)]
    pub(crate) profile: ProfileArgs,
}

pub(crate) fn cmd_set(ctx: &mut Context, args: SetArgs, printer: &Printer) -> anyhow::Result<()> {
    let update = directory::user_set(
        ctx,
        &args.user,
        UserChanges {
            email: args.email,
            username: args.profile.username,
            given_name: args.profile.given_name,
            surname: args.profile.surname,
            population: args.profile.population,
            enabled: None,
            attributes: parse_attrs(&args.profile.attrs)?,
        },
    )?;
    if update.changed.is_empty() {
        printer.status(format!("Nothing to change for {}.", update.user.email));
    } else {
        printer.status(format!(
            "Updated {}: {}.",
            update.user.email,
            update.changed.join(", ")
        ));
    }
    if let Some(rule) = &update.user.provenance {
        printer.warn(format!(
            "inbound rule {rule:?} brought this user in: its next run sets the mapped attributes \
             back from the member"
        ));
    }
    printer.result(&update, |u| render_user(&u.user))
}
