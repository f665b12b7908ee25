//! `dbxprov directory user delete USER`

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov directory user delete ann@example.com")]
pub struct DeleteArgs {
    /// Id, username or email.
    pub user: String,
}

pub fn cmd_delete(ctx: &mut Context, args: DeleteArgs, printer: &Printer) -> anyhow::Result<()> {
    let user = directory::user_delete(ctx, &args.user)?;
    printer.status(format!(
        "Deleted {} ({}) from the directory.",
        user.email, user.id
    ));
    if let Some(rule) = &user.provenance {
        printer.warn(format!(
            "inbound rule {rule:?} brought this user in: its next run brings the member in again \
             while it is in the team (`dbxprov rule show {rule}`)"
        ));
    }
    printer.result(&user, |_| String::new())
}
