//! `dbxprov rule delete NAME [--deprovision] [--dry-run] [--yes]`

use clap::Args;

use crate::cli::commands::sync::render_run;
use crate::cli::output::Printer;
use crate::cli::progress::Bar;
use crate::cli::prompt::confirm;
use crate::error::Error;
use crate::ops::sync::{self, RunOptions};
use crate::ops::{rule, Context};

#[derive(Args, Debug)]
pub struct DeleteArgs {
    pub name: String,
    /// Deprovision the rule's members first, with the connection's remove action
    /// (also done when the connection has --deprovision-on-rule-deletion).
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
    let existing = ctx.store.rule(&args.name)?;
    let connection = ctx.store.connection(&existing.connection)?;
    let deprovision = args.deprovision || connection.actions.deprovision_on_rule_deletion;
    let what = if deprovision {
        format!(
            "Delete rule {:?} and {} its Dropbox members (and delete the Dropbox groups it owns) first?",
            existing.name,
            match connection.actions.remove_action {
                crate::model::RemoveAction::Delete => "remove",
                crate::model::RemoveAction::Disable => "suspend",
            }
        )
    } else {
        format!(
            "Delete rule {:?}? Its Dropbox members are left as they are.",
            existing.name
        )
    };
    if !args.dry_run
        && !confirm(
            args.yes,
            &what,
            &format!(
                "refusing to delete rule {:?} without confirmation",
                existing.name
            ),
        )?
    {
        printer.status("Nothing deleted.");
        return Ok(());
    }
    let mut groups_deleted = 0;
    if deprovision {
        let options = RunOptions {
            dry_run: args.dry_run,
            allow_deletes: None,
            concurrency: 4,
            deprovision_all: true,
        };
        let report = sync::run(ctx, &existing.name, &options, progress).await?;
        printer.result(&report, |r| render_run(printer, r))?;
        groups_deleted = report.groups.deleted();
        if !report.failures.is_empty() && !args.dry_run {
            return Err(Error::DeprovisionFailed {
                rule: existing.name,
                failed: report.failures.len(),
            }
            .into());
        }
    }
    if args.dry_run {
        printer.status(format!(
            "Dry run: rule {:?} was not deleted.",
            existing.name
        ));
        return Ok(());
    }
    let deleted = rule::delete(ctx, &existing.name)?;
    printer.status(format!(
        "Deleted rule {:?}{}.",
        deleted.name,
        match (deprovision, groups_deleted) {
            (false, _) => "; its Dropbox members are left as they are".to_string(),
            (true, 0) => "; its members were deprovisioned".to_string(),
            (true, n) =>
                format!("; its members were deprovisioned and its {n} Dropbox groups deleted"),
        }
    ));
    if !deprovision {
        printer.result(&deleted, |_| String::new())?;
    }
    Ok(())
}
