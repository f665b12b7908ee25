//! `dbxprov directory population ...`

mod create;
mod delete;
mod list;

pub(crate) use list::render as render_populations;

use clap::Subcommand;

use crate::cli::output::Printer;
use crate::ops::Access;
use crate::ops::Context;

#[derive(Subcommand, Debug)]
pub enum PopulationCommand {
    /// Create a population.
    Create(create::CreateArgs),
    /// List the populations with their user counts.
    List(list::ListArgs),
    /// Delete an empty population.
    Delete(delete::DeleteArgs),
}

impl PopulationCommand {
    /// What the command does with its home: only commands that add something may
    /// create one.
    pub(super) fn access(&self) -> Access {
        match self {
            PopulationCommand::Create(_) => Access::Create,
            PopulationCommand::List(_) => Access::Read,
            _ => Access::Write,
        }
    }
}

pub(crate) fn run(
    ctx: &mut Context,
    cmd: PopulationCommand,
    printer: &Printer,
) -> anyhow::Result<()> {
    match cmd {
        PopulationCommand::Create(args) => create::cmd_create(ctx, args, printer),
        PopulationCommand::List(args) => list::cmd_list(ctx, args, printer),
        PopulationCommand::Delete(args) => delete::cmd_delete(ctx, args, printer),
    }
}
