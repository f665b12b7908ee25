//! `dbxprov directory population list`

use clap::Args;

use crate::cli::output::{render_table, table, Printer};
use crate::model::Population;
use crate::ops::{directory, rfc3339, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov directory population list")]
pub struct ListArgs {}

pub(crate) fn cmd_list(ctx: &Context, _args: ListArgs, printer: &Printer) -> anyhow::Result<()> {
    let populations = directory::population_list(ctx)?;
    printer.result(&populations, |p| render(p))
}

/// Populations as a table (also shown by the demo).
pub(crate) fn render(populations: &[Population]) -> String {
    let mut t = table(["NAME", "USERS", "CREATED"]);
    for p in populations {
        t.add_row([p.name.clone(), p.users.to_string(), rfc3339(p.created_at)]);
    }
    render_table(&t)
}
