//! `dbxprov rule create outbound NAME --connection C [...]`

use clap::{Args, Subcommand};

use super::args::parse_maps;
use super::render::render_rule;
use crate::cli::error::blocked_hint;
use crate::cli::output::Printer;
use crate::ops::rule::{self, NewOutboundRule};
use crate::ops::Context;

#[derive(Subcommand, Debug)]
pub enum CreateCommand {
    /// Directory -> Dropbox: keep the team's members equal to the users in scope.
    Outbound(OutboundArgs),
}

#[derive(Args, Debug)]
pub struct OutboundArgs {
    /// Name of the rule.
    pub name: String,
    /// The connection (Dropbox team) to provision.
    #[arg(long, value_name = "C")]
    pub connection: String,
    /// Users of this population are in scope (repeatable).
    #[arg(long = "population", value_name = "P")]
    pub populations: Vec<String>,
    /// Members of this group are in scope (repeatable; with populations, both must hold).
    #[arg(long = "group", value_name = "G")]
    pub groups: Vec<String>,
    /// An expression over `user` that must be true, e.g. "user.attributes.department == 'Sales'".
    #[arg(long, value_name = "EXPR")]
    pub filter: Option<String>,
    /// Override one attribute's mapping (repeatable): email, given_name, surname,
    /// external_id, status.
    #[arg(long = "map", value_name = "ATTR=EXPR")]
    pub maps: Vec<String>,
    /// Stop a run that would deprovision more than N members, or P% of the linked ones
    /// [default: 10%]
    #[arg(long, value_name = "N|P%")]
    pub max_deletes: Option<String>,
    /// Provision this directory group as a Dropbox group (repeatable): created, renamed
    /// and deleted with it, its members kept equal to its in-scope users.
    #[arg(long = "provision-group", value_name = "G")]
    pub provision_groups: Vec<String>,
    /// Take over a same-name Dropbox group that dbxprov did not create (else that group
    /// fails and is left untouched).
    #[arg(long)]
    pub adopt_existing_groups: bool,
    /// Remove members the rule does not manage from its groups too (by default members
    /// added by hand stay).
    #[arg(long)]
    pub exclusive_group_membership: bool,
}

pub fn run(ctx: &mut Context, cmd: CreateCommand, printer: &Printer) -> anyhow::Result<()> {
    match cmd {
        CreateCommand::Outbound(args) => cmd_create_outbound(ctx, args, printer),
    }
}

fn cmd_create_outbound(
    ctx: &mut Context,
    args: OutboundArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let view = rule::create_outbound(
        ctx,
        NewOutboundRule {
            name: args.name,
            connection: args.connection,
            populations: args.populations,
            groups: args.groups,
            filter: args.filter,
            mappings: parse_maps(&args.maps)?,
            max_deletes: args.max_deletes,
            provision_groups: args.provision_groups,
            adopt_existing_groups: args.adopt_existing_groups,
            exclusive_group_membership: args.exclusive_group_membership,
        },
    )?;
    printer.status(format!(
        "Created rule {:?}: {} users in scope.",
        view.rule.name, view.users_in_scope
    ));
    if let Some(b) = &view.blocked {
        printer.warn(format!(
            "the rule will not run yet: {b} ({})",
            blocked_hint(&view.rule.name, b)
        ));
    }
    for w in &view.warnings {
        printer.warn(w);
    }
    printer.result(&view, render_rule)
}
