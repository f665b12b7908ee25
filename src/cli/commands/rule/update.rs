//! `dbxprov rule update NAME [...]`

use clap::Args;

use super::super::flag_pair;

use super::args::parse_maps;
use super::render::render_rule;
use crate::cli::output::Printer;
use crate::ops::rule::{self, RuleChanges};
use crate::ops::Context;

#[derive(Args, Debug)]
pub struct UpdateArgs {
    pub name: String,
    /// Move the rule to another connection.
    #[arg(long, value_name = "C")]
    pub connection: Option<String>,
    /// Replace the populations (repeatable).
    #[arg(long = "population", value_name = "P")]
    pub populations: Vec<String>,
    /// Replace the groups (repeatable).
    #[arg(long = "group", value_name = "G")]
    pub groups: Vec<String>,
    /// Scope only by groups: remove every population.
    #[arg(long, conflicts_with = "populations")]
    pub no_populations: bool,
    /// Scope only by populations: remove every group.
    #[arg(long, conflicts_with = "groups")]
    pub no_groups: bool,
    /// Replace the filter.
    #[arg(long, value_name = "EXPR")]
    pub filter: Option<String>,
    /// Remove the filter.
    #[arg(long, conflicts_with = "filter")]
    pub no_filter: bool,
    /// Override one attribute's mapping (repeatable).
    #[arg(long = "map", value_name = "ATTR=EXPR")]
    pub maps: Vec<String>,
    /// Put one attribute back on its default mapping (repeatable).
    #[arg(long = "unmap", value_name = "ATTR")]
    pub unmaps: Vec<String>,
    /// New deletion limit: N or P%.
    #[arg(long, value_name = "N|P%")]
    pub max_deletes: Option<String>,
    /// Go back to the default deletion limit (10%).
    #[arg(long, conflicts_with = "max_deletes")]
    pub default_max_deletes: bool,
    /// Start provisioning this directory group as a Dropbox group (repeatable).
    #[arg(long = "add-provision-group", value_name = "G")]
    pub add_provision_groups: Vec<String>,
    /// Stop provisioning this group (repeatable): the next run deletes its Dropbox group if
    /// the rule created or adopted it (counted by the deletion guard).
    #[arg(long = "remove-provision-group", value_name = "G")]
    pub remove_provision_groups: Vec<String>,
    /// Take over same-name Dropbox groups that dbxprov did not create.
    #[arg(long, overrides_with = "no_adopt_existing_groups")]
    pub adopt_existing_groups: bool,
    #[arg(long, overrides_with = "adopt_existing_groups", hide_short_help = true)]
    pub no_adopt_existing_groups: bool,
    /// Remove members the rule does not manage from its groups too.
    #[arg(long, overrides_with = "no_exclusive_group_membership")]
    pub exclusive_group_membership: bool,
    #[arg(
        long,
        overrides_with = "exclusive_group_membership",
        hide_short_help = true
    )]
    pub no_exclusive_group_membership: bool,
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

pub fn cmd_update(ctx: &mut Context, args: UpdateArgs, printer: &Printer) -> anyhow::Result<()> {
    let changes = RuleChanges {
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
    };
    let view = rule::update(ctx, &args.name, changes)?;
    printer.status(format!(
        "Updated rule {:?}: {} users in scope.",
        view.rule.name, view.users_in_scope
    ));
    for w in &view.warnings {
        printer.warn(w);
    }
    printer.result(&view, render_rule)
}
