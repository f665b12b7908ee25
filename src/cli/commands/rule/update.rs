//! `dbxprov rule update NAME [...]`

use clap::Args;

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
