//! The command line: global flags, dispatch, and everything that talks to a person.
//! The only module that knows clap, dialoguer or comfy-table, and the only one that prints.

// The one layer that prints (see the lint in lib.rs).
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod commands;
pub mod error;
pub mod output;
pub mod progress;

use std::path::PathBuf;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};

use crate::ops::{self, Context};
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

#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Directory holding dbxprov's database (default: the platform data directory,
    /// e.g. ~/.local/share/dbxprov).
    #[arg(long, global = true, env = "DBXPROV_HOME", value_name = "DIR")]
    pub home: Option<PathBuf>,
    /// Print results as one JSON document on stdout.
    #[arg(long, global = true)]
    pub json: bool,
    /// Print nothing but errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Say more on stderr: every HTTP request with its status and duration, and retries.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Never show progress bars.
    #[arg(long, global = true)]
    pub no_progress: bool,
    /// When to colour the output (NO_COLOR in the environment means never).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

// Parsed once per process: boxing variants would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
pub enum Command {
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
    Demo(commands::demo::DemoArgs),
    /// Print a shell completion script.
    Completions(commands::completions::CompletionsArgs),
}

impl GlobalArgs {
    pub fn printer(&self) -> Printer {
        Printer::new(self)
    }

    /// The engine's progress bar: only on a terminal, never with `--quiet`, `--json` or
    /// `--no-progress`.
    pub fn progress_bar(&self) -> progress::Bar {
        progress::Bar::new(!(self.quiet || self.json || self.no_progress), !self.quiet)
    }

    /// Opens the home the flags name, creating it on first use.
    pub fn context(&self, printer: &Printer) -> anyhow::Result<Context> {
        let home = match &self.home {
            Some(h) => h.clone(),
            None => ops::default_home().ok_or_else(|| {
                crate::Error::config("cannot find a data directory for this user")
                    .with_hint("pass --home DIR or set DBXPROV_HOME")
            })?,
        };
        Ok(Context::open(&home, Arc::new(printer.observer()))?)
    }
}

/// Runs one parsed command line.
pub async fn run(cli: Cli, printer: &Printer) -> anyhow::Result<()> {
    match cli.command {
        Command::Connection(cmd) => commands::connection::run(cmd, &cli.global, printer).await,
        Command::Directory(cmd) => commands::directory::run(cmd, &cli.global, printer).await,
        Command::Rule(cmd) => commands::rule::run(cmd, &cli.global, printer).await,
        Command::Sync(cmd) => commands::sync::run(cmd, &cli.global, printer).await,
        Command::Demo(args) => commands::demo::cmd_demo(args, printer).await,
        Command::Completions(args) => commands::completions::cmd_completions(args),
    }
}
