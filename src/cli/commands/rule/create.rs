//! `dbxprov rule create outbound NAME --connection C [...]` and
//! `dbxprov rule create inbound NAME --connection C --population P [...]`

use clap::{Args, Subcommand};

use super::args::parse_maps;
use super::render::render_rule;
use crate::cli::error::blocked_hint;
use crate::cli::output::Printer;
use crate::ops::rule::{self, NewInboundRule, NewOutboundRule, RuleView};
use crate::ops::Context;

#[derive(Subcommand, Debug)]
pub enum CreateCommand {
    /// Directory -> Dropbox: keep the team's members equal to the users in scope.
    Outbound(OutboundArgs),
    /// Dropbox or LDAP/AD -> directory: keep a population equal to the team's members or
    /// the directory's entries.
    #[command(after_help = INBOUND_HELP)]
    Inbound(InboundArgs),
}

const INBOUND_HELP: &str = "\
Every member of the team becomes a directory user of the population (invited and
suspended ones disabled, unless --sync-only-active leaves them out); members that leave
are deleted or disabled as the connection's --remove-action says. Users that came from
elsewhere (an import, `directory user add`) are never changed: a member whose email one
of them has is a conflict, reported and left alone (a member an outbound rule of the
connection provisioned from that user is simply left to it). The rule runs daily with
`sync run --due`, at the time of day its first full sync finished.

Mappings read `member`: member.email, member.name.given_name, member.name.surname,
member.status (active, invited, suspended), member.external_id, member.groups (names),
member.team_member_id. They set email, username, given_name, surname, enabled and
attributes.NAME.

From an LDAP connection, the rule reads the entries --user-filter matches under
--search-base (default: the connection's base DN), every page of them; a result that may
be incomplete (a size or time limit, a referral, a server that ignores paging) fails the
run before anything is written. Users are linked by objectGUID (Active Directory) or
entryUUID, so a renamed or moved entry stays the same user. The groups --group-filter
matches become directory groups of the rule, nested groups flattened. Mappings read
`entry`: its attributes by name (entry.mail, entry.givenName; several values as a
list) and entry.dn; `rule show` lists the defaults for the connection's server. It runs
on every `sync run --due` (before the outbound rules), or daily with --schedule daily.

Examples:
  dbxprov rule create inbound team-in --connection prod --population Dropbox
  dbxprov rule create inbound staff-in --connection prod --population Staff \\
      --sync-only-active --filter \"member.email is endingwith('@example.com')\" \\
      --map attributes.team=\"member.groups | join(',')\"
  dbxprov rule create inbound ad --connection corp --population Staff \\
      --user-filter '(&(objectCategory=person)(objectClass=user)(mail=*))' \\
      --group-filter '(&(objectClass=group)(cn=Dropbox-*))'";

#[derive(Args, Debug)]
pub struct InboundArgs {
    /// Name of the rule.
    pub(crate) name: String,
    /// The connection (Dropbox team or LDAP directory) to read.
    #[arg(long, value_name = "C")]
    pub(crate) connection: String,
    /// The population its users live in.
    #[arg(long, value_name = "P")]
    pub(crate) population: String,
    /// An expression over `member` (or `entry`) that must be true, e.g.
    /// "member.email is endingwith('@example.com')".
    #[arg(long, value_name = "EXPR")]
    pub(crate) filter: Option<String>,
    #[command(flatten)]
    pub(crate) ldap: LdapQueryArgs,
    /// Override one attribute's mapping (repeatable): email, username, given_name,
    /// surname, enabled, attributes.NAME.
    #[arg(long = "map", value_name = "ATTR=EXPR")]
    pub(crate) maps: Vec<String>,
    /// Bring in active members only; invited and suspended members' users are deleted.
    #[arg(long)]
    pub(crate) sync_only_active: bool,
    /// Stop a run that would delete or disable more than N users, or P% of those it
    /// brought in [default: 10%]
    #[arg(long, value_name = "N|P%")]
    pub(crate) max_deletes: Option<String>,
    /// Allow it on a connection that has outbound rules (those never re-create in
    /// Dropbox a member this rule brought in).
    #[arg(long)]
    pub(crate) allow_bidirectional: bool,
}

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov rule create outbound staff --connection prod --population Employees\n  dbxprov rule create outbound sales --connection prod --group Sales --provision-group Sales --max-deletes 5%"
)]
pub struct OutboundArgs {
    /// Name of the rule.
    pub(crate) name: String,
    /// The connection (Dropbox team) to provision.
    #[arg(long, value_name = "C")]
    pub(crate) connection: String,
    /// Users of this population are in scope (repeatable).
    #[arg(long = "population", value_name = "P")]
    pub(crate) populations: Vec<String>,
    /// Members of this group are in scope (repeatable; with populations, both must hold).
    #[arg(long = "group", value_name = "G")]
    pub(crate) groups: Vec<String>,
    /// An expression over `user` that must be true, e.g. "user.attributes.department == 'Sales'".
    #[arg(long, value_name = "EXPR")]
    pub(crate) filter: Option<String>,
    /// Override one attribute's mapping (repeatable): email, given_name, surname,
    /// external_id, status.
    #[arg(long = "map", value_name = "ATTR=EXPR")]
    pub(crate) maps: Vec<String>,
    /// Stop a run that would deprovision more than N members, or P% of the linked ones
    /// [default: 10%]
    #[arg(long, value_name = "N|P%")]
    pub(crate) max_deletes: Option<String>,
    /// Provision this directory group as a Dropbox group (repeatable): created, renamed
    /// and deleted with it, its members kept equal to its in-scope users.
    #[arg(long = "provision-group", value_name = "G")]
    pub(crate) provision_groups: Vec<String>,
    /// Take over a same-name Dropbox group that dbxprov did not create (else that group
    /// fails and is left untouched).
    #[arg(long)]
    pub(crate) adopt_existing_groups: bool,
    /// Remove members the rule does not manage from its groups too (by default members
    /// added by hand stay).
    #[arg(long)]
    pub(crate) exclusive_group_membership: bool,
    /// Allow it on a connection that has inbound rules: it then never re-creates in
    /// Dropbox a member an inbound rule brought in (it leaves those users to it).
    #[arg(long)]
    pub(crate) allow_bidirectional: bool,
    /// Replace the external id of a member adopted by email when another tool set one
    /// (Dropbox's SCIM app, Okta, Entra rely on theirs); by default it is kept, and the
    /// rule finds the member by its link.
    #[arg(long)]
    pub(crate) take_external_ids: bool,
}

pub(crate) fn run(ctx: &mut Context, cmd: CreateCommand, printer: &Printer) -> anyhow::Result<()> {
    match cmd {
        CreateCommand::Outbound(args) => cmd_create_outbound(ctx, args, printer),
        CreateCommand::Inbound(args) => cmd_create_inbound(ctx, args, printer),
    }
}

/// What an inbound rule of an LDAP connection searches.
#[derive(Args, Debug)]
#[command(next_help_heading = "LDAP and Active Directory")]
pub(crate) struct LdapQueryArgs {
    /// The LDAP filter of its users [default: (&(objectClass=inetOrgPerson)(mail=*)), or
    /// on Active Directory (&(objectCategory=person)(objectClass=user)(mail=*))]
    #[arg(long, value_name = "LDAPFILTER")]
    pub(crate) user_filter: Option<String>,
    /// The LDAP filter of its groups [default: groupOfNames and groupOfUniqueNames, or
    /// on Active Directory (objectClass=group)]
    #[arg(long, value_name = "LDAPFILTER")]
    pub(crate) group_filter: Option<String>,
    /// Where it searches [default: the connection's base DN]
    #[arg(long, value_name = "DN")]
    pub(crate) search_base: Option<String>,
    /// When `sync run --due` runs it [default: every-run]
    #[arg(long, value_enum, value_name = "WHEN")]
    pub(crate) schedule: Option<ScheduleArg>,
}

/// When an LDAP rule runs on `sync run --due`.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub(crate) enum ScheduleArg {
    /// Every time (before the outbound rules that read its population).
    EveryRun,
    /// Once a day, at the time of day its first full sync finished.
    Daily,
}

impl LdapQueryArgs {
    /// The query, when any of its flags was given.
    pub(crate) fn query(&self) -> Option<crate::model::LdapQuery> {
        let given = self.user_filter.is_some()
            || self.group_filter.is_some()
            || self.search_base.is_some()
            || self.schedule.is_some();
        given.then(|| crate::model::LdapQuery {
            user_filter: self.user_filter.clone(),
            group_filter: self.group_filter.clone(),
            search_base: self.search_base.clone(),
            daily: matches!(self.schedule, Some(ScheduleArg::Daily)),
        })
    }
}

fn cmd_create_inbound(
    ctx: &mut Context,
    args: InboundArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let view = rule::create_inbound(
        ctx,
        NewInboundRule {
            name: args.name,
            connection: args.connection,
            population: args.population,
            filter: args.filter,
            mappings: parse_maps(&args.maps)?,
            sync_only_active: args.sync_only_active,
            max_deletes: args.max_deletes,
            allow_bidirectional: args.allow_bidirectional,
            ldap: args.ldap.query(),
        },
    )?;
    let what = match view.rule.ldap {
        Some(_) => "the directory's people (and its groups)",
        None => "the team's members",
    };
    printer.status(format!(
        "Created inbound rule {:?}: its first run (`dbxprov sync run {}`, or the next `sync run --due`) brings {what} into population {:?}.",
        view.rule.name,
        view.rule.name,
        view.rule.populations.first().cloned().unwrap_or_default()
    ));
    created(view, printer)
}

fn created(view: RuleView, printer: &Printer) -> anyhow::Result<()> {
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
            allow_bidirectional: args.allow_bidirectional,
            take_external_ids: args.take_external_ids,
        },
    )?;
    printer.status(format!(
        "Created rule {:?}: {} in scope.",
        view.rule.name,
        crate::cli::output::counted(view.users_in_scope as u64, "user", "users")
    ));
    created(view, printer)
}
