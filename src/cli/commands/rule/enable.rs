//! `dbxprov rule enable NAME` and `dbxprov rule disable NAME`

use clap::Args;

use crate::cli::error::blocked_hint;
use crate::cli::output::Printer;
use crate::ops::{rule, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov rule disable staff   # cron skips it\n  dbxprov rule enable staff"
)]
pub struct EnableArgs {
    pub(crate) name: String,
}

pub(crate) fn cmd_enable(
    ctx: &mut Context,
    args: EnableArgs,
    enabled: bool,
    printer: &Printer,
) -> anyhow::Result<()> {
    let view = rule::set_enabled(ctx, &args.name, enabled)?;
    printer.status(format!(
        "Rule {:?} is {}.",
        view.rule.name,
        if enabled { "enabled" } else { "disabled" }
    ));
    if let (true, Some(b)) = (enabled, &view.blocked) {
        printer.warn(format!(
            "the rule will not run yet: {b} ({})",
            blocked_hint(&view.rule.name, b)
        ));
    }
    printer.result(&view, |_| String::new())
}
