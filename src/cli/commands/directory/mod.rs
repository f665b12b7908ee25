//! `dbxprov directory ...`: dbxprov's own identity store — users, groups, populations —
//! with import and export. Shared here: how users are shown, and `--attr K=V`.

mod args;
mod export;
mod group;
mod import;
mod population;
mod render;
mod user;

pub(crate) use import::render as render_import;
pub(crate) use population::render_populations;

use clap::Subcommand;

use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;
use crate::ops::Access;

// Parsed once per process: boxing variants would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
pub enum DirectoryCommand {
    /// Import users from a CSV or JSON file (all or nothing).
    Import(import::ImportArgs),
    /// Export users as CSV or JSON, in the form import reads.
    Export(export::ExportArgs),
    /// Users: add, list, show, set, enable, disable, delete.
    #[command(
        subcommand,
        after_help = "Examples:
  dbxprov directory user add ann@example.com --given-name Ann --surname Lee --population Staff
  dbxprov directory user disable ann@example.com
  dbxprov directory user list --group Sales"
    )]
    User(user::UserCommand),
    /// Groups: create, rename, delete, list, members, add-member, remove-member.
    #[command(
        subcommand,
        after_help = "Examples:
  dbxprov directory group create Sales
  dbxprov directory group add-member Sales ann@example.com
  dbxprov directory group members Sales"
    )]
    Group(group::GroupCommand),
    /// Populations: create, list, delete.
    #[command(
        subcommand,
        after_help = "Examples:
  dbxprov directory population create Contractors
  dbxprov directory population list"
    )]
    Population(population::PopulationCommand),
}

impl DirectoryCommand {
    /// What the command does with its home: only commands that add something may
    /// create one.
    fn access(&self) -> Access {
        match self {
            DirectoryCommand::Export(_) => Access::Read,
            DirectoryCommand::User(cmd) => cmd.access(),
            DirectoryCommand::Group(cmd) => cmd.access(),
            DirectoryCommand::Population(cmd) => cmd.access(),
            DirectoryCommand::Import(_) => Access::Create,
        }
    }
}

pub(crate) async fn run(
    cmd: DirectoryCommand,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let mut ctx = global.context(printer, cmd.access())?;
    match cmd {
        DirectoryCommand::Import(args) => {
            import::cmd_import(&mut ctx, args, printer, &global.progress_bar())
        }
        DirectoryCommand::Export(args) => export::cmd_export(&ctx, args, printer),
        DirectoryCommand::User(cmd) => user::run(&mut ctx, cmd, printer),
        DirectoryCommand::Group(cmd) => group::run(&mut ctx, cmd, printer),
        DirectoryCommand::Population(cmd) => population::run(&mut ctx, cmd, printer),
    }
}
