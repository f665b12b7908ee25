//! `dbxprov sync status [RULE] [--users [--state S] | --groups]`

use clap::{Args, ValueEnum};

use crate::cli::output::{say_out, stream_json, stream_table, Printer};
use crate::cli::render::status::{
    render_group_states_of, render_statuses, user_cells, user_header,
};
use crate::ops::status::{self, StateRecord};
use crate::ops::Context;
use crate::sync::outbound::plan::UserState;

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum StateArg {
    Synced,
    Unsynced,
    #[value(name = "partially_synced")]
    PartiallySynced,
    Failed,
}

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov sync status\n  dbxprov sync status staff --state failed\n  dbxprov sync status staff --groups --json"
)]
pub struct StatusArgs {
    /// One rule [default: every rule]
    pub(crate) rule: Option<String>,
    /// List the rule's users (every rule's, without RULE) with their state, Dropbox
    /// member id and last error.
    #[arg(long)]
    pub(crate) users: bool,
    /// Only users in this state (implies --users).
    #[arg(long, value_enum)]
    pub(crate) state: Option<StateArg>,
    /// List the rule's groups (every rule's, without RULE) with their state, Dropbox
    /// group id, member count and last error.
    #[arg(long, conflicts_with_all = ["users", "state"])]
    pub(crate) groups: bool,
}

pub(crate) fn cmd_status(ctx: &Context, args: StatusArgs, printer: &Printer) -> anyhow::Result<()> {
    if args.users || args.state.is_some() {
        let state = args.state.map(|s| match s {
            StateArg::Synced => UserState::Synced,
            StateArg::Unsynced => UserState::Unsynced,
            StateArg::PartiallySynced => UserState::PartiallySynced,
            StateArg::Failed => UserState::Failed,
        });
        return print_user_states(ctx, args.rule.as_deref(), state, printer);
    }
    if args.groups {
        let rows = status::group_states(ctx, args.rule.as_deref())?;
        let by_rule = args.rule.is_none();
        return printer.result(&rows, |rows| render_group_states_of(rows, by_rule));
    }
    let statuses = status::status(ctx, args.rule.as_deref())?;
    printer.result(&statuses, |list| render_statuses(list))
}

/// `--users`: every row written as it is read (a rule can have 100,000 users), as JSON
/// or as a table.
fn print_user_states(
    ctx: &Context,
    rule: Option<&str>,
    state: Option<UserState>,
    printer: &Printer,
) -> anyhow::Result<()> {
    let each = |sink: &mut dyn FnMut(StateRecord) -> anyhow::Result<()>| {
        status::each_user_state(ctx, rule, state, sink)
    };
    if printer.json {
        return stream_json(("", 0, "\n"), each);
    }
    if printer.quiet {
        return Ok(());
    }
    let by_rule = rule.is_none();
    let shown = stream_table(user_header(by_rule), &["MEMBER ID"], |sink| {
        each(&mut |r| sink(user_cells(&r, by_rule)))
    })?;
    if shown == 0 {
        say_out(format_args!("No users."));
    }
    Ok(())
}
