//! `dbxprov connection test NAME`

use clap::Args;

use super::render::{render_test, warn_missing_scopes};
use crate::cli::output::Printer;
use crate::ops::{connection, Context};

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  dbxprov connection test prod")]
pub struct TestArgs {
    /// The connection to test.
    pub name: String,
}

pub async fn cmd_test(ctx: &mut Context, args: TestArgs, printer: &Printer) -> anyhow::Result<()> {
    let report = connection::test(ctx, &args.name).await?;
    warn_missing_scopes(printer, &report);
    printer.result(&report, |r| render_test(printer, r))
}
