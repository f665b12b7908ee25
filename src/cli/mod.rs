//! The command line: global flags, dispatch, and everything that talks to a person.
//! The only module that knows clap, dialoguer or comfy-table, and the only one that prints.

// The one layer that prints (see the lint in lib.rs).
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod commands;
pub mod error;
pub mod global;
pub mod output;
pub mod progress;
pub mod prompt;

use clap::{Parser, Subcommand};

use global::GlobalArgs;
use output::Printer;

/// Provision Dropbox teams from an identity directory.
///
/// Start with `dbxprov demo` to see the whole story against the built-in Dropbox
/// emulator, then `dbxprov connection create` for your own team.
#[derive(Parser, Debug)]
#[command(
    name = "dbxprov",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

// Parsed once per process: boxing variants would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Set up a tested connection, optionally an import and an outbound rule, step by step.
    Setup(commands::setup::SetupArgs),
    /// Connections to Dropbox teams: credentials, user actions, tests.
    #[command(subcommand)]
    Connection(commands::connection::ConnectionCommand),
    /// The directory: users, groups, populations, import and export.
    #[command(subcommand)]
    Directory(commands::directory::DirectoryCommand),
    /// Provisioning rules: scope, mappings, deletion limit.
    #[command(subcommand)]
    Rule(commands::rule::RuleCommand),
    /// Run rules and see what happened to whom.
    #[command(subcommand)]
    Sync(commands::sync::SyncCommand),
    /// Run the whole story against the built-in Dropbox emulator, in a temporary home.
    #[cfg(feature = "demo")]
    Demo(commands::demo::DemoArgs),
    /// Print a shell completion script.
    Completions(commands::completions::CompletionsArgs),
}

/// Runs one parsed command line.
pub async fn run(cli: Cli, printer: &Printer) -> anyhow::Result<()> {
    match cli.command {
        Command::Setup(args) => commands::setup::cmd_setup(args, &cli.global, printer).await,
        Command::Connection(cmd) => commands::connection::run(cmd, &cli.global, printer).await,
        Command::Directory(cmd) => commands::directory::run(cmd, &cli.global, printer).await,
        Command::Rule(cmd) => commands::rule::run(cmd, &cli.global, printer).await,
        Command::Sync(cmd) => commands::sync::run(cmd, &cli.global, printer).await,
        #[cfg(feature = "demo")]
        Command::Demo(args) => commands::demo::cmd_demo(args, printer).await,
        Command::Completions(args) => {
            commands::completions::cmd_completions(args, <Cli as clap::CommandFactory>::command())
        }
    }
}
