//! `dbxprov directory group delete NAME [--yes] [--dry-run]`

use clap::Args;

use crate::cli::output::Printer;
use crate::cli::prompt::confirm_deletion;
use crate::ops::directory::{self, DeletedGroup};
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(after_help = "Examples:
  dbxprov directory group delete Sales --dry-run   # what the next runs would do in Dropbox
  dbxprov directory group delete Sales --yes       # without a terminal, --yes is needed")]
pub struct DeleteArgs {
    pub(crate) name: String,
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
    let deletion = directory::group_deletion(ctx, &args.name)?;
    let name = &deletion.group.name;
    printer.status(effect(&deletion));
    if args.dry_run {
        return printer.result(&deletion, |_| String::new());
    }
    let question = format!("Delete group {name:?}?");
    if !confirm_deletion(args.yes, &question, &format!("group {name:?}"), printer)? {
        return Ok(());
    }
    directory::group_delete(ctx, &deletion)?;
    printer.status(format!("Deleted group {name:?}."));
    printer.result(&deletion, |_| String::new())
}

/// What deleting the group does now and at the next runs.
fn effect(d: &DeletedGroup) -> String {
    let g = &d.group;
    let mut said = format!(
        "Group {:?} has {}; they stay in the directory.",
        g.name,
        crate::cli::output::counted(g.members, "member", "members")
    );
    let rules: Vec<String> = d.provisioned_by.iter().map(|r| format!("{r:?}")).collect();
    if !rules.is_empty() {
        said.push_str(&format!(
            "\nRule {} provisions it: the next run deletes its Dropbox group (if the rule \
             created or adopted it) and with it {} memberships, within the deletion guard.",
            rules.join(", "),
            g.members
        ));
    }
    said
}
