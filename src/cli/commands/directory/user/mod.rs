//! `dbxprov directory user ...`

mod add;
mod delete;
mod enable;
mod list;
mod set;
mod show;

use clap::Subcommand;

use crate::cli::output::Printer;
use crate::ops::Access;
use crate::ops::Context;

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Add a user.
    Add(add::AddArgs),
    /// List users, optionally of one population or group.
    List(list::ListArgs),
    /// Show one user (by id, username or email).
    Show(show::ShowArgs),
    /// Change a user's fields or attributes.
    Set(set::SetArgs),
    /// Enable a user.
    Enable(enable::EnableArgs),
    /// Disable a user (outbound rules suspend its Dropbox member).
    Disable(enable::EnableArgs),
    /// Delete a user from the directory.
    Delete(delete::DeleteArgs),
}

impl UserCommand {
    /// What the command does with its home: only commands that add something may
    /// create one.
    pub(super) fn access(&self) -> Access {
        match self {
            UserCommand::Add(_) => Access::Create,
            UserCommand::List(_) | UserCommand::Show(_) => Access::Read,
            _ => Access::Write,
        }
    }
}

pub(crate) fn run(ctx: &mut Context, cmd: UserCommand, printer: &Printer) -> anyhow::Result<()> {
    match cmd {
        UserCommand::Add(args) => add::cmd_add(ctx, args, printer),
        UserCommand::List(args) => list::cmd_list(ctx, args, printer),
        UserCommand::Show(args) => show::cmd_show(ctx, args, printer),
        UserCommand::Set(args) => set::cmd_set(ctx, args, printer),
        UserCommand::Enable(args) => enable::cmd_enable(ctx, args, true, printer),
        UserCommand::Disable(args) => enable::cmd_enable(ctx, args, false, printer),
        UserCommand::Delete(args) => delete::cmd_delete(ctx, args, printer),
    }
}
