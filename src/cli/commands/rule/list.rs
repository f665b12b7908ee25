//! `dbxprov rule list`

use clap::Args;

use crate::cli::output::{render_table, table, yes_no, Printer};
use crate::ops::{rule, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov rule list")]
pub struct ListArgs {}

pub(crate) fn cmd_list(ctx: &Context, _args: ListArgs, printer: &Printer) -> anyhow::Result<()> {
    let rules = rule::list(ctx)?;
    printer.result(&rules, |rules| {
        if rules.is_empty() {
            return "No rules yet: create one with `dbxprov rule create outbound`.\n".into();
        }
        let mut t = table([
            "NAME",
            "DIRECTION",
            "CONNECTION",
            "ENABLED",
            "IN SCOPE",
            "RUNS",
        ]);
        for v in rules {
            t.add_row([
                v.rule.name.clone(),
                v.rule.direction.as_str().to_string(),
                v.rule.connection.clone(),
                yes_no(v.rule.enabled),
                v.users_in_scope.to_string(),
                v.blocked
                    .clone()
                    .map_or("yes".into(), |b| format!("no: {b}")),
            ]);
        }
        render_table(&t)
    })
}
