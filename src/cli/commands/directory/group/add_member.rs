//! `dbxprov directory group add-member NAME USER...` and `remove-member NAME USER...`

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov directory group add-member Sales ann@example.com bob@example.com\n  dbxprov directory group remove-member Sales bob@example.com"
)]
pub struct MemberArgs {
    /// The group.
    pub(crate) name: String,
    /// Users by id, username or email.
    #[arg(required = true)]
    pub(crate) users: Vec<String>,
}

pub(crate) fn cmd_add_member(
    ctx: &mut Context,
    args: MemberArgs,
    add: bool,
    printer: &Printer,
) -> anyhow::Result<()> {
    let change = directory::group_set_members(ctx, &args.name, &args.users, add)?;
    printer.status(format!(
        "{} {} user{} {} {:?}{}.",
        if add { "Added" } else { "Removed" },
        change.changed.len(),
        if change.changed.len() == 1 { "" } else { "s" },
        if add { "to" } else { "from" },
        change.group,
        if change.unchanged.is_empty() {
            String::new()
        } else {
            format!(
                " ({} already {})",
                change.unchanged.len(),
                if add { "members" } else { "not members" }
            )
        }
    ));
    printer.result(&change, |_| String::new())
}
