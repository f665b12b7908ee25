//! `dbxprov connection list`

use clap::Args;

use crate::cli::output::{render_table, table, yes_no, Printer};
use crate::ops::{connection, rfc3339, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov connection list\n  dbxprov connection list --json")]
pub struct ListArgs {}

pub(crate) fn cmd_list(ctx: &Context, _args: ListArgs, printer: &Printer) -> anyhow::Result<()> {
    let views = connection::list(ctx)?;
    printer.result(&views, |views| {
        if views.is_empty() {
            return "No connections yet: create one with `dbxprov connection create`.\n".into();
        }
        let mut t = table(["NAME", "ENABLED", "STATUS", "LAST TEST", "TEAM / ERROR"]);
        for v in views {
            let c = &v.connection;
            let (when, detail) = match &c.last_test {
                None => ("never".to_string(), String::new()),
                Some(t) => (
                    format!("{} {}", if t.ok { "ok" } else { "failed" }, rfc3339(t.at)),
                    if t.ok {
                        t.team_name.clone().unwrap_or_default()
                    } else {
                        t.error.clone().unwrap_or_default()
                    },
                ),
            };
            t.add_row([
                c.name.clone(),
                yes_no(c.enabled),
                c.status.as_str().to_string(),
                when,
                detail,
            ]);
        }
        render_table(&t)
    })
}
