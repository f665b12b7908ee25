//! `dbxprov sync show RUN_ID`

use clap::Args;

use crate::cli::output::{
    fields, render_table, say_out, stream_json, stream_table, table, Printer,
};
use crate::ops::{history, rfc3339, Context};
use crate::store::{JournalEntry, RunRecord};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov sync show 12       # a run id from `sync history`")]
pub struct ShowArgs {
    /// A run id from `dbxprov sync history`.
    pub run_id: i64,
}

pub fn cmd_show(ctx: &Context, args: ShowArgs, printer: &Printer) -> anyhow::Result<()> {
    let run = history::run_record(ctx, args.run_id)?;
    let each = |sink: &mut dyn FnMut(JournalEntry) -> anyhow::Result<()>| {
        history::each_operation(ctx, &run, sink)
    };
    if printer.json {
        // `RunDetail`'s document: the run's fields, then its operations as they are read.
        let fields = serde_json::to_string_pretty(&run)?;
        let fields = fields.strip_suffix("\n}").expect("a run is a JSON object");
        let head = format!("{fields},\n  \"operations\": ");
        return stream_json((&head, 1, "\n}\n"), each);
    }
    if printer.quiet {
        return Ok(());
    }
    say_out(format_args!("{}", run_fields(&run)));
    if stream_table(&OPERATION_HEADER, &[], |sink| {
        each(&mut |o| sink(operation_cells(&o)))
    })? == 0
    {
        say_out(format_args!("No operations."));
    }
    Ok(())
}

const OPERATION_HEADER: [&str; 4] = ["OPERATION", "USER", "RESULT", "REASON / ERROR"];

fn run_fields(r: &RunRecord) -> String {
    fields([
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
    ])
}

fn operation_cells(o: &JournalEntry) -> Vec<String> {
    let said: Vec<&str> = [o.error.as_deref(), o.note.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let result = if said.is_empty() {
        o.reason.clone()
    } else {
        said.join("; ")
    };
    vec![
        o.action.clone(),
        o.email.clone(),
        o.status.as_str().to_string(),
        result,
    ]
}

/// One run with every operation and its result (the demo's).
pub fn render_run_detail(d: &history::RunDetail) -> String {
    let mut s = run_fields(&d.run);
    if d.operations.is_empty() {
        s.push_str("\nNo operations.\n");
        return s;
    }
    let mut t = table(OPERATION_HEADER);
    for o in &d.operations {
        t.add_row(operation_cells(o));
    }
    s.push('\n');
    s.push_str(&render_table(&t));
    s
}
