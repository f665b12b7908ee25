//! `dbxprov directory group ...`

mod add_member;
mod create;
mod delete;
mod list;
mod members;
mod rename;

use clap::Subcommand;

use crate::cli::output::Printer;
use crate::ops::Access;
use crate::ops::Context;

#[derive(Subcommand, Debug)]
pub enum GroupCommand {
    /// Create a group.
    Create(create::CreateArgs),
    /// Rename a group (its id, and so its Dropbox group, stays).
    Rename(rename::RenameArgs),
    /// Delete a group (its users stay).
    Delete(delete::DeleteArgs),
    /// List the groups with their member counts.
    List(list::ListArgs),
    /// List a group's members.
    Members(members::MembersArgs),
    /// Add users to a group.
    AddMember(add_member::MemberArgs),
    /// Remove users from a group.
    RemoveMember(add_member::MemberArgs),
}

impl GroupCommand {
    /// What the command does with its home: only commands that add something may
    /// create one.
    pub(super) fn access(&self) -> Access {
        match self {
            GroupCommand::Create(_) => Access::Create,
            GroupCommand::List(_) | GroupCommand::Members(_) => Access::Read,
            _ => Access::Write,
        }
    }
}

pub(crate) fn run(ctx: &mut Context, cmd: GroupCommand, printer: &Printer) -> anyhow::Result<()> {
    match cmd {
        GroupCommand::Create(args) => create::cmd_create(ctx, args, printer),
        GroupCommand::Rename(args) => rename::cmd_rename(ctx, args, printer),
        GroupCommand::Delete(args) => delete::cmd_delete(ctx, args, printer),
        GroupCommand::List(args) => list::cmd_list(ctx, args, printer),
        GroupCommand::Members(args) => members::cmd_members(ctx, args, printer),
        GroupCommand::AddMember(args) => add_member::cmd_add_member(ctx, args, true, printer),
        GroupCommand::RemoveMember(args) => add_member::cmd_add_member(ctx, args, false, printer),
    }
}
