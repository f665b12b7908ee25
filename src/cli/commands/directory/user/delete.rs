//! `dbxprov directory user delete USER [--yes] [--dry-run]`

use clap::Args;

use crate::cli::output::Printer;
use crate::cli::prompt::confirm_deletion;
use crate::ops::directory::{self, UserDeletion};
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(after_help = "Examples:
  dbxprov directory user delete ann@example.com --dry-run   # what the next runs would do
  dbxprov directory user delete ann@example.com --yes       # without a terminal")]
pub struct DeleteArgs {
    /// Id, username or email.
    pub(crate) user: String,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub(crate) yes: bool,
    /// Say what the deletion would do, and delete nothing.
    #[arg(long)]
    pub(crate) dry_run: bool,
}

pub(crate) fn cmd_delete(
    ctx: &mut Context,
    args: DeleteArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let deletion = directory::user_deletion(ctx, &args.user)?;
    let email = &deletion.user.email;
    printer.status(effect(&deletion));
    if args.dry_run {
        return printer.result(&deletion, |_| String::new());
    }
    let question = format!("Delete {email} from the directory?");
    if !confirm_deletion(args.yes, &question, email, printer)? {
        return Ok(());
    }
    directory::user_delete(ctx, &deletion)?;
    printer.status(format!(
        "Deleted {email} ({}) from the directory.",
        deletion.user.id
    ));
    printer.result(&deletion, |_| String::new())
}

/// What deleting the user does at the next runs.
fn effect(d: &UserDeletion) -> String {
    let mut said = Vec::new();
    for rule in &d.linked_by {
        said.push(format!(
            "Rule {rule:?} links {} to a Dropbox member: its next run deprovisions that \
             member (suspends or removes it, as its connection says), within the deletion guard.",
            d.user.email
        ));
    }
    if let Some(rule) = &d.user.provenance {
        said.push(format!(
            "Inbound rule {rule:?} brought this user in: its next run brings the member in again \
             while it is in the team (`dbxprov rule show {rule}`)."
        ));
    }
    if said.is_empty() {
        said.push(format!(
            "No rule links {} to a Dropbox member.",
            d.user.email
        ));
    }
    said.join("\n")
}
