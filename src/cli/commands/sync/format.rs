//! The formats `sync show` and `sync history` print in besides `--json`.

use clap::ValueEnum;

use crate::cli::output::Printer;

/// How `sync show` and `sync history` print: a table for people, CSV for a spreadsheet
/// or an audit store (`--json` is the third).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ListFormat {
    Table,
    Csv,
}

/// `--format csv` with `--json`: two formats asked for at once.
pub(super) fn one_format(format: ListFormat, printer: &Printer) -> anyhow::Result<()> {
    if format == ListFormat::Csv && printer.json {
        return Err(crate::cli::error::CliError::usage(
            "--format csv and --json ask for two formats",
        )
        .with_hint("pass one of them")
        .into());
    }
    Ok(())
}
