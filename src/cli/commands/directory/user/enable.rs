//! `dbxprov directory user enable USER` and `dbxprov directory user disable USER`

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::directory::{self, UserChanges};
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov directory user disable ann@example.com\n  dbxprov directory user enable ann@example.com"
)]
pub struct EnableArgs {
    /// Id, username or email.
    pub(crate) user: String,
}

pub(crate) fn cmd_enable(
    ctx: &mut Context,
    args: EnableArgs,
    enabled: bool,
    printer: &Printer,
) -> anyhow::Result<()> {
    let update = directory::user_set(
        ctx,
        &args.user,
        UserChanges {
            enabled: Some(enabled),
            ..UserChanges::default()
        },
    )?;
    printer.status(format!(
        "{} is {}{}.",
        update.user.email,
        if enabled { "enabled" } else { "disabled" },
        if update.changed.is_empty() {
            " already"
        } else {
            ""
        }
    ));
    printer.result(&update, |_| String::new())
}
