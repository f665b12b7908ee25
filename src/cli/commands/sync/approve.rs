//! `dbxprov sync approve RUN [--yes]`

use clap::Args;

use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;
use crate::cli::prompt::confirm;
use crate::cli::render::run::{render, render_plan};
use crate::ops::approve::{self, Approvable};
use crate::ops::Context;

use super::outputs::OutputArgs;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    dbxprov sync history                   stopped runs show as awaiting approval\n  \
    dbxprov sync approve 12                shows its plan, asks, applies exactly it\n  \
    dbxprov sync approve 12 --yes          without asking (scripts)\n\n\
    The rule is planned again now: only if that plan is exactly the stopped one (the same\n\
    operations on the same members) is it applied, the guard let through for exactly its\n\
    deprovisions; otherwise nothing is applied, the difference is shown and the exit code\n\
    is 6. Only a rule's newest run can be approved: a later run plans anew.")]
pub struct ApproveArgs {
    /// A run stopped by the deletion guard (`dbxprov sync history`).
    pub(crate) run_id: i64,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub(crate) yes: bool,
    #[command(flatten)]
    pub(crate) outputs: OutputArgs,
}

pub(crate) async fn cmd_approve(
    ctx: &mut Context,
    args: ApproveArgs,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let approved = approve::approvable(ctx, args.run_id)?;
    printer.status(stopped_plan(&approved));
    let question = format!(
        "Apply exactly this plan to rule {:?}, if it is still what the rule plans?",
        approved.rule.name
    );
    let refusal = format!(
        "refusing to approve run {} without confirmation",
        args.run_id
    );
    if !confirm(args.yes, &question, &refusal)? {
        printer.status("Nothing applied.");
        return Ok(());
    }
    let bar = global.progress_bar();
    let since = crate::ops::monitor::outputs::newest_run_id(ctx)?;
    let report = approve::approve(ctx, &approved, &bar).await;
    let rules = [approved.rule.name.clone()];
    args.outputs.after_runs(ctx, since, &rules, printer).await;
    let report = report?;
    printer.result(&report, |r| render(printer, r))?;
    if let Some(e) = crate::ops::run::report_error(&report) {
        return Err(e.into());
    }
    Ok(())
}

/// What the stopped run would have done: its guard's figures and its plan.
fn stopped_plan(a: &Approvable) -> String {
    let g = &a.guard;
    let mut s = format!(
        "Run {} of rule {:?} was stopped by the deletion guard: {} deprovisions planned, limit {} of {} linked.",
        a.run.id, a.rule.name, g.deprovisions, g.allowed, g.linked
    );
    if g.group_deletions + g.membership_removals > 0 {
        s.push_str(&format!(
            " Groups: {} deleted, {} memberships removed.",
            g.group_deletions, g.membership_removals
        ));
    }
    s.push_str(render_plan(&a.plan.operations, 20).trim_end());
    s
}
