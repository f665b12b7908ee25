//! `dbxprov sync explain RULE USER`

use clap::Args;

use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;
use crate::cli::render::explain::render_explanation;
use crate::ops::explain;
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    dbxprov sync explain staff ann@example.com      why Ann is (or is not) provisioned\n  \
    dbxprov sync explain staff ann@example.com --json\n\n\
    It reads the team and plans the whole rule as `sync run --dry-run` does, and changes\n\
    nothing. Steps: scope (population, groups, the filter with the values it read),\n\
    mapping (each attribute), match (the member found: by link, external id or email),\n\
    plan (the operations with their changes, or why none), and the last result.")]
pub struct ExplainArgs {
    /// An outbound rule.
    pub(crate) rule: String,
    /// The directory user: id, username or email.
    pub(crate) user: String,
}

pub(crate) async fn cmd_explain(
    ctx: &Context,
    args: ExplainArgs,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let bar = global.progress_bar();
    let explanation = explain::explain(ctx, &args.rule, &args.user, &bar).await?;
    printer.result(&explanation, render_explanation)
}
