//! `dbxprov directory group list`

use clap::Args;

use crate::cli::output::{render_table, table, Printer};
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov directory group list --json")]
pub struct ListArgs {}

pub(crate) fn cmd_list(ctx: &Context, _args: ListArgs, printer: &Printer) -> anyhow::Result<()> {
    let groups = directory::group_list(ctx)?;
    printer.result(&groups, |groups| {
        if groups.is_empty() {
            return "No groups.\n".into();
        }
        let mut t = table(["NAME", "MEMBERS", "ID"]);
        for g in groups {
            t.add_row([g.name.clone(), g.members.to_string(), g.id.clone()]);
        }
        render_table(&t)
    })
}
