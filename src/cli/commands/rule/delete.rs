//! `dbxprov rule delete NAME [--deprovision] [--dry-run] [--yes]`

use clap::Args;

use crate::cli::commands::sync::render_run;
use crate::cli::output::Printer;
use crate::cli::progress::Bar;
use crate::cli::prompt::confirm;
use crate::error::Error;
use crate::model::{Direction, RemoveAction};
use crate::ops::run::{self, RunOptions};
use crate::ops::{rule, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov rule delete staff                        # forget its links only\n  dbxprov rule delete staff --deprovision --dry-run  # what would go\n  dbxprov rule delete staff --deprovision --yes"
)]
pub struct DeleteArgs {
    pub name: String,
    /// Deprovision what the rule provisioned first: outbound, its Dropbox members (with
    /// the connection's remove action) and groups; inbound, the directory users it
    /// brought in (deleted). Also done when the connection has
    /// --deprovision-on-rule-deletion.
    #[arg(long)]
    pub deprovision: bool,
    /// Show what would be deprovisioned; delete nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
}

pub async fn cmd_delete(
    ctx: &mut Context,
    args: DeleteArgs,
    printer: &Printer,
    progress: &Bar,
) -> anyhow::Result<()> {
    let existing = rule::get(ctx, &args.name)?;
    let connection = crate::ops::connection::get(ctx, &existing.connection)?;
    let deprovision = args.deprovision || connection.actions.deprovision_on_rule_deletion;
    let name = existing.name.clone();
    let inbound = existing.direction == Direction::Inbound;
    if !deprovision {
        let kept = if inbound {
            let n = rule::brought_in(ctx, &existing)?;
            format!(
                "The {n} directory users it brought in stay in the directory; their members came \
                 from the team, so no outbound rule adopts or deprovisions them."
            )
        } else {
            "Its Dropbox members are left as they are.".to_string()
        };
        printer.status(format!("Rule {name:?}: {kept}"));
        let what = format!("Delete rule {name:?}?");
        if args.dry_run {
            printer.status(format!(
                "Dry run: rule {name:?} was not deleted; its links would be forgotten."
            ));
            return Ok(());
        }
        if !confirmed(&args, &what, printer)? {
            return Ok(());
        }
        let deleted = rule::delete(ctx, &name)?;
        printer.status(format!("Deleted rule {:?}. {kept}", deleted.name));
        return printer.result(&deleted, |_| String::new());
    }
    // Count first, so that the question says exactly what goes. The confirmed count is
    // then the run's whole allowance: a plan that grew meanwhile stops at the guard.
    let preview = run::run(ctx, &name, &deprovision_all(true, Some(u64::MAX)), progress).await?;
    if args.dry_run {
        printer.result(&preview, |r| render_run(printer, r))?;
        printer.status(format!("Dry run: rule {name:?} was not deleted."));
        return Ok(());
    }
    let g = &preview.guard;
    let how = match connection.actions.remove_action {
        RemoveAction::Delete => "remove",
        RemoveAction::Disable => "suspend",
    };
    printer.status(if inbound {
        format!(
            "Rule {name:?}: {} directory users it brought in to delete, then the rule.",
            g.deprovisions
        )
    } else {
        format!(
            "Rule {name:?}: {} Dropbox members to {how} and {} Dropbox groups to delete, then the rule.",
            g.deprovisions, g.group_deletions
        )
    });
    let what = format!("Deprovision them and delete rule {name:?}?");
    if !confirmed(&args, &what, printer)? {
        return Ok(());
    }
    let allowance = g
        .deprovisions
        .max(g.group_deletions)
        .max(g.membership_removals);
    // The deletion is an intent that survives a kill: disabled first, the rule is never
    // run again by `sync run --all/--due` (which would undo what was deprovisioned) until
    // a `rule delete --deprovision` finishes it.
    rule::set_enabled(ctx, &name, false)?;
    let options = deprovision_all(false, Some(allowance));
    let report = run::run(ctx, &name, &options, progress).await?;
    printer.result(&report, |r| render_run(printer, r))?;
    if report.guard.tripped {
        return Err(run::guard_error(&report).into());
    }
    let failed = report.failures.len() + report.groups.failures.len();
    if failed > 0 {
        return Err(Error::DeprovisionFailed { rule: name, failed }.into());
    }
    let deleted = rule::delete(ctx, &name)?;
    printer.status(if inbound {
        format!(
            "Deleted rule {:?} and the {} directory users it brought in.",
            deleted.name, report.guard.deprovisions
        )
    } else {
        format!(
            "Deleted rule {:?}; its {} members were deprovisioned and its {} Dropbox groups deleted.",
            deleted.name,
            report.guard.deprovisions,
            report.groups.deleted()
        )
    });
    Ok(())
}

fn deprovision_all(dry_run: bool, allow_deletes: Option<u64>) -> RunOptions {
    RunOptions {
        deprovision_all: true,
        ..RunOptions::new(dry_run, allow_deletes)
    }
}

/// Asks (or takes `--yes`); says so when the answer is no.
fn confirmed(args: &DeleteArgs, what: &str, printer: &Printer) -> anyhow::Result<bool> {
    let refusal = format!(
        "refusing to delete rule {:?} without confirmation",
        args.name
    );
    let yes = confirm(args.yes, what, &refusal)?;
    if !yes {
        printer.status("Nothing deleted.");
    }
    Ok(yes)
}
