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

const TOP_HELP: &str = "\
Examples:
  dbxprov setup                         the wizard: a tested connection, a rule, a dry run
  dbxprov demo                          the whole story against the built-in emulator
  dbxprov sync run --all --dry-run      what every rule would change
  dbxprov -q sync run --due             for cron: silent when all is well

Environment:
  DBXPROV_HOME                 the home (as --home)
  DBXPROV_SECRET_STORE         keyring (default) or file: where a new connection's secrets go
  DBXPROV_<NAME>_CLIENT_SECRET, DBXPROV_<NAME>_REFRESH_TOKEN
                               override connection NAME's secrets at run time (cron)
  DBXPROV_CLIENT_SECRET, DBXPROV_REFRESH_TOKEN
                               the secrets of `connection create`
  DBXPROV_NOW                  the clock schedules read (RFC 3339, UTC), for tests
  NO_COLOR                     no colour

Exit codes: 0 ok, 1 config, 2 usage, 3 auth, 4 Dropbox down, 5 users failed,
6 deletion guard, 7 locked, 130 interrupted (`dbxprov help sync run` explains).";

/// Provision Dropbox teams from an identity directory.
///
/// Start with `dbxprov demo` to see the whole story against the built-in Dropbox
/// emulator, then `dbxprov connection create` for your own team.
#[derive(Parser, Debug)]
#[command(
    name = "dbxprov",
    version,
    propagate_version = true,
    max_term_width = 100,
    after_help = TOP_HELP
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
    #[command(
        subcommand,
        after_help = "Examples:
  dbxprov connection create prod --client-id APP_KEY --client-secret-file secret.txt --no-test
  dbxprov connection authorize prod   # approve in a browser, paste the code
  dbxprov connection test prod
  dbxprov connection list"
    )]
    Connection(commands::connection::ConnectionCommand),
    /// The directory: users, groups, populations, import and export.
    #[command(
        subcommand,
        after_help = "Examples:
  dbxprov directory import people.csv --create-populations --dry-run
  dbxprov directory import people.csv --replace   # users of its populations not in it go
  dbxprov directory user list --population Staff
  dbxprov directory export --format json > directory.json"
    )]
    Directory(commands::directory::DirectoryCommand),
    /// Provisioning rules: scope, mappings, deletion limit.
    #[command(
        subcommand,
        after_help = "Examples:
  dbxprov rule create outbound staff --connection prod --population Staff
  dbxprov rule test-mapping staff ann@example.com
  dbxprov rule update staff --max-deletes 5%
  dbxprov rule list"
    )]
    Rule(commands::rule::RuleCommand),
    /// Run rules and see what happened to whom.
    #[command(
        subcommand,
        after_help = "Examples:
  dbxprov sync run staff --dry-run   # the plan; nothing changes
  dbxprov -q sync run --due          # for cron: silent when all is well
  dbxprov sync status --state failed
  dbxprov sync history staff"
    )]
    Sync(commands::sync::SyncCommand),
    /// Run the whole story against the built-in Dropbox emulator, in a temporary home.
    #[cfg(feature = "demo")]
    Demo(commands::demo::DemoArgs),
    /// Print a shell completion script.
    Completions(commands::completions::CompletionsArgs),
}

impl Command {
    /// Whether the command runs rules (a signal then leaves a run interrupted).
    pub fn runs_rules(&self) -> bool {
        matches!(
            self,
            Command::Sync(commands::sync::SyncCommand::Run(_))
                | Command::Rule(commands::rule::RuleCommand::Delete(_))
        )
    }
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
        Command::Demo(args) => {
            commands::demo::cmd_demo(args, printer, &cli.global.progress_bar()).await
        }
        Command::Completions(args) => {
            commands::completions::cmd_completions(args, <Cli as clap::CommandFactory>::command())
        }
    }
}
