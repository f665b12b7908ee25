//! `dbxprov sync undo RUN [--dry-run] [--yes] [--force]`

use clap::Args;

use crate::cli::global::GlobalArgs;
use crate::cli::output::{render_table, table, Printer};
use crate::cli::prompt::confirm;
use crate::cli::render::run::render;
use crate::ops::run::{report_error, RunReport};
use crate::ops::undo;
use crate::ops::Context;

use super::outputs::OutputArgs;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    dbxprov sync undo 12 --dry-run         what undoing run 12 would do now\n  \
    dbxprov rule disable staff             so that its next run does not redo it\n  \
    dbxprov sync undo 12                   shows it, asks, applies it\n\n\
    Unsuspends what the run suspended, recovers what it removed (Dropbox keeps a removed\n\
    member recoverable 7 days), suspends what it unsuspended, puts back the names, emails\n\
    and external ids it changed, the group memberships and names, and re-creates the\n\
    groups it deleted (new groups: their shared folders' access is not restored). What\n\
    reads otherwise than the run left it is left alone and named, unless --force. Creates\n\
    are not undone. The undo is a run of the rule: journaled, in the history, undoable.")]
pub struct UndoArgs {
    /// An outbound run (`dbxprov sync history`).
    pub(crate) run_id: i64,
    /// Show what would be undone; change nothing.
    #[arg(long)]
    pub(crate) dry_run: bool,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub(crate) yes: bool,
    /// Undo also what was changed since the run (a member renamed again, unsuspended by
    /// hand, ...).
    #[arg(long)]
    pub(crate) force: bool,
    #[command(flatten)]
    pub(crate) outputs: OutputArgs,
}

pub(crate) async fn cmd_undo(
    ctx: &mut Context,
    args: UndoArgs,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let target = undo::target(ctx, args.run_id, args.force)?;
    let bar = global.progress_bar();
    let shown = undo::preview(ctx, &target, &bar).await?;
    if args.dry_run || nothing_to_do(&shown) {
        printer.result(&shown, |r| with_left_alone(render(printer, r), r))?;
        return Ok(());
    }
    printer.status(with_left_alone(render(printer, &shown), &shown));
    let question = format!(
        "Undo run {} of rule {:?} as shown?",
        target.run.id, target.rule.name
    );
    let refusal = format!("refusing to undo run {} without confirmation", args.run_id);
    if !confirm(args.yes, &question, &refusal)? {
        printer.status("Nothing undone.");
        return Ok(());
    }
    let since = crate::ops::monitor::outputs::newest_run_id(ctx)?;
    let report = undo::apply(ctx, &target, &shown, &bar).await;
    let rules = [target.rule.name.clone()];
    args.outputs.after_runs(ctx, since, &rules, printer).await;
    let report = report?;
    printer.result(&report, |r| with_left_alone(render(printer, r), r))?;
    printer.status(format!(
        "The rule's next run makes these changes again unless the directory changed: fix the \
         directory first, or `dbxprov rule disable {}` until it is.",
        target.rule.name
    ));
    match report_error(&report) {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}

fn nothing_to_do(r: &RunReport) -> bool {
    r.operations.is_empty() && r.groups.operations.is_empty()
}

/// A report followed by what the undo leaves alone, and why.
fn with_left_alone(mut s: String, r: &RunReport) -> String {
    if r.left_alone.is_empty() {
        return s;
    }
    let mut t = table(["OPERATION", "USER", "LEFT ALONE BECAUSE"]);
    for l in &r.left_alone {
        t.add_row([l.action.clone(), l.email.clone(), l.why.clone()]);
    }
    s.push_str(&format!(
        "\nLeft as the run left them ({}):\n",
        r.left_alone.len()
    ));
    s.push_str(&render_table(&t));
    s
}
