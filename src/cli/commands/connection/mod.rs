//! `dbxprov connection ...`: the Dropbox teams dbxprov provisions. Shared here: the
//! user-action flags, reading secrets from files, stdin, the environment or a prompt, and
//! how a connection and a test report are shown.

mod args;
mod authorize;
mod create;
mod delete;
mod enable;
mod list;
mod render;
mod show;
mod test;
mod update;

pub(crate) use render::{render_connection, render_dropbox_test, render_ldap_test, render_test};

use clap::Subcommand;

use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;
use crate::ops::Access;

// Parsed once per process: boxing variants would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
pub enum ConnectionCommand {
    /// Create a connection to a Dropbox team or an LDAP directory (and test it).
    Create(create::CreateArgs),
    /// Obtain a refresh token with the OAuth code flow (PKCE) and store it.
    Authorize(authorize::AuthorizeArgs),
    /// Test a connection: get an access token, read the team, check the scopes.
    Test(test::TestArgs),
    /// List the connections with their last test.
    List(list::ListArgs),
    /// Show one connection, its user actions and where its secrets come from.
    Show(show::ShowArgs),
    /// Change a connection's settings, secrets or user actions.
    Update(update::UpdateArgs),
    /// Enable a connection (rules using it run again).
    Enable(enable::EnableArgs),
    /// Disable a connection (rules using it do not run).
    Disable(enable::EnableArgs),
    /// Delete a connection and its secrets.
    Delete(delete::DeleteArgs),
}

impl ConnectionCommand {
    /// What the command does with its home: only commands that add something may
    /// create one.
    fn access(&self) -> Access {
        match self {
            ConnectionCommand::Create(_) => Access::Create,
            ConnectionCommand::List(_) | ConnectionCommand::Show(_) => Access::Read,
            _ => Access::Write,
        }
    }
}

pub(crate) async fn run(
    cmd: ConnectionCommand,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let mut ctx = global.context(printer, cmd.access())?;
    match cmd {
        ConnectionCommand::Create(args) => create::cmd_create(&mut ctx, args, printer).await,
        ConnectionCommand::Authorize(args) => {
            authorize::cmd_authorize(&mut ctx, args, printer).await
        }
        ConnectionCommand::Test(args) => test::cmd_test(&mut ctx, args, printer).await,
        ConnectionCommand::List(args) => list::cmd_list(&ctx, args, printer),
        ConnectionCommand::Show(args) => show::cmd_show(&ctx, args, printer),
        ConnectionCommand::Update(args) => update::cmd_update(&mut ctx, args, printer).await,
        ConnectionCommand::Enable(args) => enable::cmd_enable(&mut ctx, args, true, printer),
        ConnectionCommand::Disable(args) => enable::cmd_enable(&mut ctx, args, false, printer),
        ConnectionCommand::Delete(args) => delete::cmd_delete(&mut ctx, args, printer),
    }
}
