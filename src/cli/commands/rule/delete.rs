//! `dbxprov rule delete NAME [--deprovision] [--dry-run] [--yes]`

use clap::Args;

use crate::cli::commands::sync::render_run;
use crate::cli::output::Printer;
use crate::cli::progress::Bar;
use crate::cli::prompt::confirm_deletion;
use crate::model::RemoveAction;
use crate::ops::deletion::{self, Deletion};
use crate::ops::run::RunReport;
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov rule delete staff                        # forget its links only\n  dbxprov rule delete staff --deprovision --dry-run  # what would go\n  dbxprov rule delete staff --deprovision --yes"
)]
pub struct DeleteArgs {
    pub(crate) name: String,
    /// Deprovision what the rule provisioned first: outbound, its Dropbox members (with
    /// the connection's remove action) and groups; inbound, the directory users it
    /// brought in (deleted). Also done when the connection has
    /// --deprovision-on-rule-deletion.
    #[arg(long)]
    pub(crate) deprovision: bool,
    /// Show what would be deprovisioned; delete nothing.
    #[arg(long)]
    pub(crate) dry_run: bool,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub(crate) yes: bool,
}

pub(crate) async fn cmd_delete(
    ctx: &mut Context,
    args: DeleteArgs,
    printer: &Printer,
    progress: &Bar,
) -> anyhow::Result<()> {
    let deletion = deletion::plan(ctx, &args.name, args.deprovision, progress).await?;
    let name = &deletion.rule.name;
    let Some(preview) = &deletion.preview else {
        let kept = kept_note(&deletion);
        printer.status(format!("Rule {name:?}: {kept}"));
        if args.dry_run {
            printer.status(format!(
                "Dry run: rule {name:?} was not deleted; its links would be forgotten."
            ));
            return Ok(());
        }
        if !confirm_deletion(
            args.yes,
            &format!("Delete rule {name:?}?"),
            &format!("rule {name:?}"),
            printer,
        )? {
            return Ok(());
        }
        let deleted = deletion::apply(ctx, &deletion, progress).await?.rule?;
        printer.status(format!("Deleted rule {:?}. {kept}", deleted.name));
        return printer.result(&deleted, |_| String::new());
    };
    if args.dry_run {
        printer.result(preview, |r| render_run(printer, r))?;
        printer.status(format!("Dry run: rule {name:?} was not deleted."));
        return Ok(());
    }
    printer.status(what_goes(&deletion, preview));
    let what = format!("Deprovision them and delete rule {name:?}?");
    if !confirm_deletion(args.yes, &what, &format!("rule {name:?}"), printer)? {
        return Ok(());
    }
    let done = deletion::apply(ctx, &deletion, progress).await?;
    let report = done.run.expect("a deprovisioning deletion runs");
    printer.result(&report, |r| render_run(printer, r))?;
    let deleted = done.rule?;
    printer.status(if deletion.inbound() {
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

/// What stays when a rule is deleted without deprovisioning.
fn kept_note(deletion: &Deletion) -> String {
    if deletion.inbound() {
        format!(
            "The {} directory users it brought in stay in the directory; their members came \
             from the team, so no outbound rule adopts or deprovisions them.",
            deletion.brought_in
        )
    } else {
        "Its Dropbox members are left as they are.".to_string()
    }
}

/// What deprovisioning will do, as counted: the question's preamble.
fn what_goes(deletion: &Deletion, preview: &RunReport) -> String {
    let (name, g) = (&deletion.rule.name, &preview.guard);
    if deletion.inbound() {
        return format!(
            "Rule {name:?}: {} directory users it brought in to delete, then the rule.",
            g.deprovisions
        );
    }
    let how = match deletion.remove_action {
        RemoveAction::Delete => "remove",
        RemoveAction::Disable => "suspend",
    };
    format!(
        "Rule {name:?}: {} Dropbox members to {how} and {} Dropbox groups to delete, then the rule.",
        g.deprovisions, g.group_deletions
    )
}
