//! `dbxprov sync show RUN_ID`

use clap::Args;

use crate::cli::output::{fields, render_table, table, Printer};
use crate::ops::{rfc3339, sync, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov sync show 12       # a run id from `sync history`")]
pub struct ShowArgs {
    /// A run id from `dbxprov sync history`.
    pub run_id: i64,
}

pub fn cmd_show(ctx: &Context, args: ShowArgs, printer: &Printer) -> anyhow::Result<()> {
    let detail = sync::show_run(ctx, args.run_id)?;
    printer.result(&detail, render_run_detail)
}

/// One run with every operation and its result (also shown by the demo).
pub fn render_run_detail(d: &sync::RunDetail) -> String {
    let r = &d.run;
    let mut s = fields([
        ("run", r.id.to_string()),
        ("rule", r.rule.clone()),
        ("started", rfc3339(r.started_at)),
        (
            "finished",
            r.finished_at.map(rfc3339).unwrap_or_else(|| "-".into()),
        ),
        ("outcome", r.outcome.as_str().to_string()),
        ("requests", r.requests.to_string()),
        ("error", r.error.clone().unwrap_or_default()),
    ]);
    if d.operations.is_empty() {
        s.push_str("\nNo operations.\n");
        return s;
    }
    let mut t = table(["OPERATION", "USER", "RESULT", "REASON / ERROR"]);
    for o in &d.operations {
        let said: Vec<&str> = [o.error.as_deref(), o.note.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        t.add_row([
            o.action.clone(),
            o.email.clone(),
            o.status.as_str().to_string(),
            if said.is_empty() {
                o.reason.clone()
            } else {
                said.join("; ")
            },
        ]);
    }
    s.push('\n');
    s.push_str(&render_table(&t));
    s
}
