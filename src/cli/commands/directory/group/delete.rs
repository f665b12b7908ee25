//! `dbxprov directory group delete NAME`

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov directory group delete Sales   # warns when a rule provisions it"
)]
pub struct DeleteArgs {
    pub name: String,
}

pub fn cmd_delete(ctx: &mut Context, args: DeleteArgs, printer: &Printer) -> anyhow::Result<()> {
    let deleted = directory::group_delete(ctx, &args.name)?;
    let group = &deleted.group;
    printer.status(format!(
        "Deleted group {:?} ({} members; the users stay).",
        group.name, group.members
    ));
    let rules: Vec<String> = deleted
        .provisioned_by
        .iter()
        .map(|r| format!("{r:?}"))
        .collect();
    match rules.as_slice() {
        [] => {}
        [one] => printer.warn(format!(
            "rule {one} provisions it: its next run deletes the Dropbox group (if the rule created or adopted it)"
        )),
        many => printer.warn(format!(
            "rules {} provision it: their next runs delete the Dropbox group (if they created or adopted it)",
            many.join(", ")
        )),
    }
    printer.result(&deleted, |_| String::new())
}
