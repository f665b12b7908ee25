//! `dbxprov sync show RUN_ID`

use clap::Args;

use crate::cli::output::{say_out, stream_csv, stream_json, stream_table, Printer};
use crate::cli::render::show::{
    operation_cells, operation_csv_cells, run_fields, OPERATION_CSV_HEADER, OPERATION_HEADER,
};
use crate::ops::history::{self, JournalEntry};
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov sync show 12       # a run id from `sync history`\n  dbxprov sync show 12 --format csv > run-12.csv"
)]
pub struct ShowArgs {
    /// A run id from `dbxprov sync history`.
    pub(crate) run_id: i64,
    /// `csv`: one row per operation (run, rule, time, operation, user, result, reason,
    /// changes, error), for a spreadsheet or an audit store.
    #[arg(long, value_enum, default_value_t = super::format::ListFormat::Table)]
    pub(crate) format: super::format::ListFormat,
}

pub(crate) fn cmd_show(ctx: &Context, args: ShowArgs, printer: &Printer) -> anyhow::Result<()> {
    let run = history::run_record(ctx, args.run_id)?;
    super::format::one_format(args.format, printer)?;
    let each = |sink: &mut dyn FnMut(JournalEntry) -> anyhow::Result<()>| {
        history::each_operation(ctx, &run, sink)
    };
    if args.format == super::format::ListFormat::Csv {
        stream_csv(&OPERATION_CSV_HEADER, |sink| {
            each(&mut |o| sink(operation_csv_cells(&run, &o)))
        })?;
        return Ok(());
    }
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
