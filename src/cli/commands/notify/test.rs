//! `dbxprov notify test NAME`

use clap::Args;

use crate::cli::output::Printer;
use crate::ops::notify;
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    dbxprov notify test ops        sends a test notification now (exit 4 if not delivered)\n\n\
    Tried as a run's notifications are: 3 attempts, each up to 10 s. The outcome is the\n\
    notifier's last delivery, as `notify list` shows it.")]
pub struct TestArgs {
    /// The notifier.
    pub(crate) name: String,
}

pub(crate) async fn cmd_test(
    ctx: &mut Context,
    args: TestArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let delivery = notify::test(ctx, &args.name).await?;
    printer.result(&delivery, |d| {
        format!(
            "Delivered a test notification to {:?} ({} attempt(s)).\n",
            d.notifier, d.attempts
        )
    })
}
