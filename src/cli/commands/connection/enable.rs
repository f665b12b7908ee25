//! `dbxprov connection enable NAME` and `dbxprov connection disable NAME`

use clap::Args;

use crate::cli::output::Printer;
use crate::model::ConnectionStatus;
use crate::ops::{connection, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov connection disable prod   # its rules stop running\n  dbxprov connection enable prod"
)]
pub struct EnableArgs {
    /// The connection.
    pub(crate) name: String,
}

pub(crate) fn cmd_enable(
    ctx: &mut Context,
    args: EnableArgs,
    enabled: bool,
    printer: &Printer,
) -> anyhow::Result<()> {
    let view = connection::set_enabled(ctx, &args.name, enabled)?;
    let c = &view.connection;
    printer.status(format!(
        "Connection {:?} is {}.",
        c.name,
        if enabled { "enabled" } else { "disabled" }
    ));
    if enabled && c.status == ConnectionStatus::Invalid {
        printer.warn(format!(
            "the connection is invalid: rules will not use it until `dbxprov connection test {}` passes",
            c.name
        ));
    }
    printer.result(&view, |_| String::new())
}
