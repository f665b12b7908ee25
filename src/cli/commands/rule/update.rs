//! `dbxprov rule update NAME [...]`; turning on `--sync-only-active` of an inbound rule
//! that has run counts the users the full resync deletes, asks, and runs it.

use clap::Args;

use super::super::flag_pair;

use super::args::parse_maps;
use super::render::render_rule;
use crate::cli::commands::sync::render_run;
use crate::cli::output::Printer;
use crate::cli::progress::Bar;
use crate::cli::prompt::confirm;
use crate::model::Direction;
use crate::ops::rule::{self, LdapQueryChanges, RuleChanges};
use crate::ops::run::{self};
use crate::ops::{resync, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov rule update staff --filter \"user.attributes.department != 'Board'\"\n  dbxprov rule update team-in --sync-only-active --yes"
)]
pub struct UpdateArgs {
    pub(crate) name: String,
    /// Move the rule to another connection.
    #[arg(long, value_name = "C")]
    pub(crate) connection: Option<String>,
    /// Replace the populations (repeatable).
    #[arg(long = "population", value_name = "P")]
    pub(crate) populations: Vec<String>,
    /// Replace the groups (repeatable).
    #[arg(long = "group", value_name = "G")]
    pub(crate) groups: Vec<String>,
    /// Scope only by groups: remove every population.
    #[arg(long, conflicts_with = "populations")]
    pub(crate) no_populations: bool,
    /// Scope only by populations: remove every group.
    #[arg(long, conflicts_with = "groups")]
    pub(crate) no_groups: bool,
    /// Replace the filter.
    #[arg(long, value_name = "EXPR")]
    pub(crate) filter: Option<String>,
    /// Remove the filter.
    #[arg(long, conflicts_with = "filter")]
    pub(crate) no_filter: bool,
    /// Override one attribute's mapping (repeatable).
    #[arg(long = "map", value_name = "ATTR=EXPR")]
    pub(crate) maps: Vec<String>,
    /// Put one attribute back on its default mapping (repeatable).
    #[arg(long = "unmap", value_name = "ATTR")]
    pub(crate) unmaps: Vec<String>,
    /// New deletion limit: N or P%.
    #[arg(long, value_name = "N|P%")]
    pub(crate) max_deletes: Option<String>,
    /// Go back to the default deletion limit (10%).
    #[arg(long, conflicts_with = "max_deletes")]
    pub(crate) default_max_deletes: bool,
    /// Start provisioning this directory group as a Dropbox group (repeatable).
    #[arg(long = "add-provision-group", value_name = "G")]
    pub(crate) add_provision_groups: Vec<String>,
    /// Stop provisioning this group (repeatable): the next run deletes its Dropbox group if
    /// the rule created or adopted it (counted by the deletion guard).
    #[arg(long = "remove-provision-group", value_name = "G")]
    pub(crate) remove_provision_groups: Vec<String>,
    /// Take over same-name Dropbox groups that dbxprov did not create.
    #[arg(long, overrides_with = "no_adopt_existing_groups")]
    pub(crate) adopt_existing_groups: bool,
    /// Leave same-name Dropbox groups that dbxprov did not create alone (they fail).
    #[arg(long, overrides_with = "adopt_existing_groups", hide_short_help = true)]
    pub(crate) no_adopt_existing_groups: bool,
    /// Remove members the rule does not manage from its groups too.
    #[arg(long, overrides_with = "no_exclusive_group_membership")]
    pub(crate) exclusive_group_membership: bool,
    /// Keep members added by hand in the rule's groups.
    #[arg(
        long,
        overrides_with = "exclusive_group_membership",
        hide_short_help = true
    )]
    pub(crate) no_exclusive_group_membership: bool,
    /// Replace the external ids other tools set on members the rule adopted.
    #[arg(long, overrides_with = "keep_external_ids")]
    pub(crate) take_external_ids: bool,
    /// Keep the external ids other tools set on members the rule adopted (the default).
    #[arg(long, overrides_with = "take_external_ids", hide_short_help = true)]
    pub(crate) keep_external_ids: bool,
    /// Inbound: bring in active members only. Turned on for a rule that has run, it runs
    /// the full resync at once, deleting the users of members that are not active (after
    /// saying how many, and asking).
    #[arg(long, overrides_with = "no_sync_only_active")]
    pub(crate) sync_only_active: bool,
    /// Inbound: bring in invited and suspended members too (as disabled users).
    #[arg(long, overrides_with = "sync_only_active")]
    pub(crate) no_sync_only_active: bool,
    #[command(flatten)]
    pub(crate) ldap: super::create::LdapQueryArgs,
    /// Allow the move to a connection that has rules of the other direction.
    #[arg(long)]
    pub(crate) allow_bidirectional: bool,
    /// Do not ask for confirmation (the resync of --sync-only-active).
    #[arg(long, short = 'y')]
    pub(crate) yes: bool,
}

fn replace(values: Vec<String>, clear: bool) -> Option<Vec<String>> {
    if clear {
        Some(Vec::new())
    } else if values.is_empty() {
        None
    } else {
        Some(values)
    }
}

pub(crate) async fn cmd_update(
    ctx: &mut Context,
    args: UpdateArgs,
    printer: &Printer,
    progress: &Bar,
) -> anyhow::Result<()> {
    let existing = rule::get(ctx, &args.name)?;
    let yes = args.yes;
    let changes = changes(args)?;
    if resync::turns_on(ctx, &existing, &changes)? {
        return resync_only_active(ctx, &existing.name, changes, yes, printer, progress).await;
    }
    let view = rule::update(ctx, &existing.name, changes)?;
    printer.status(format!(
        "Updated rule {:?}: {} {}.",
        view.rule.name,
        crate::cli::output::counted(view.users_in_scope as u64, "user", "users"),
        match view.rule.direction {
            Direction::Outbound => "in scope",
            Direction::Inbound => "brought in",
        }
    ));
    for w in &view.warnings {
        printer.warn(w);
    }
    printer.result(&view, render_rule)
}

/// PingOne's "Sync Only Active Users": the full resync at once. The change is previewed
/// unsaved, the deletions counted and confirmed, then saved and run with exactly that
/// allowance (a plan that grew in between stops at the guard).
async fn resync_only_active(
    ctx: &mut Context,
    name: &str,
    changes: RuleChanges,
    yes: bool,
    printer: &Printer,
    progress: &Bar,
) -> anyhow::Result<()> {
    let preview = resync::preview(ctx, name, &changes, progress).await?;
    let count = |kind: &str| preview.planned.get(kind).copied().unwrap_or(0);
    let deletes = preview.guard.deprovisions;
    let mut what = vec![format!(
        "{} directory users deleted (members that are not active, or that left the team when the remove action is delete)",
        count("delete")
    )];
    for (kind, done) in [
        ("disable", "disabled (left the team)"),
        ("update", "updated"),
        ("create", "created"),
    ] {
        if count(kind) > 0 {
            what.push(format!("{} {done}", count(kind)));
        }
    }
    printer.status(format!(
        "Turning on --sync-only-active resyncs rule {name:?} now: {}.",
        what.join(", ")
    ));
    // Nothing to delete or disable: nothing to confirm.
    let refusal = format!("refusing to resync rule {name:?} without confirmation");
    if deletes > 0 && !confirm(yes, "Save the change and resync now?", &refusal)? {
        printer.status("Nothing changed.");
        return Ok(());
    }
    let report = resync::apply(ctx, name, changes, &preview, progress).await?;
    printer.result(&report, |r| render_run(printer, r))?;
    match run::report_error(&report) {
        Some(e) => Err(e.into()),
        None => Ok(()),
    }
}

fn changes(args: UpdateArgs) -> anyhow::Result<RuleChanges> {
    Ok(RuleChanges {
        connection: args.connection,
        populations: replace(args.populations, args.no_populations),
        groups: replace(args.groups, args.no_groups),
        filter: if args.no_filter {
            Some(None)
        } else {
            args.filter.map(Some)
        },
        set_mappings: parse_maps(&args.maps)?,
        reset_mappings: args.unmaps,
        max_deletes: if args.default_max_deletes {
            Some(None)
        } else {
            args.max_deletes.map(Some)
        },
        add_provision_groups: args.add_provision_groups,
        remove_provision_groups: args.remove_provision_groups,
        adopt_existing_groups: flag_pair(args.adopt_existing_groups, args.no_adopt_existing_groups),
        exclusive_group_membership: flag_pair(
            args.exclusive_group_membership,
            args.no_exclusive_group_membership,
        ),
        sync_only_active: flag_pair(args.sync_only_active, args.no_sync_only_active),
        take_external_ids: flag_pair(args.take_external_ids, args.keep_external_ids),
        ldap: LdapQueryChanges {
            user_filter: args.ldap.user_filter.map(Some),
            group_filter: args.ldap.group_filter.map(Some),
            search_base: args.ldap.search_base.map(Some),
            daily: args
                .ldap
                .schedule
                .map(|s| matches!(s, super::create::ScheduleArg::Daily)),
        },
        allow_bidirectional: args.allow_bidirectional,
    })
}
