//! `dbxprov directory export [--format csv|json] [--population P]`

use std::io::Write;

use clap::Args;

use super::super::FormatArg;
use crate::cli::output::Printer;
use crate::ops::{directory, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov directory export > directory.csv\n  dbxprov directory export --format json --population Staff"
)]
pub struct ExportArgs {
    /// Output format (also what --json would choose) [default: csv]
    #[arg(long, value_enum)]
    pub(crate) format: Option<FormatArg>,
    /// Only this population's users.
    #[arg(long, value_name = "P")]
    pub(crate) population: Option<String>,
}

pub(crate) fn cmd_export(ctx: &Context, args: ExportArgs, printer: &Printer) -> anyhow::Result<()> {
    let format = match (args.format, printer.json) {
        (Some(f), _) => f,
        (None, true) => FormatArg::Json,
        (None, false) => FormatArg::Csv,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let n = directory::export(ctx, args.population, format.into(), &mut out)?;
    out.flush()?;
    let n = crate::cli::output::counted(n as u64, "user", "users");
    printer.status(format!("Exported {n}."));
    Ok(())
}
