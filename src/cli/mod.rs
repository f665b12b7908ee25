//! The command line: global flags, dispatch, and everything that talks to a person.
//! The only module that knows clap, dialoguer or comfy-table, and the only one that prints.

// The one layer that prints (see the lint in lib.rs).
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub(crate) mod commands;
pub mod error;
pub mod exit;
pub(crate) mod global;
pub(crate) mod output;
pub(crate) mod progress;
pub(crate) mod prompt;
pub(crate) mod render;
pub(crate) mod secret_input;
pub mod terminal;

use clap::{Parser, Subcommand};

use global::GlobalArgs;
use output::Printer;

const TOP_HELP: &str = "\
Examples:
  dbxprov setup                         the wizard: a tested connection, a rule, a dry run
  dbxprov demo                          the whole story against the built-in emulator
  dbxprov sync run --all --dry-run      what every rule would change
  dbxprov -q sync run --due             for cron: silent when all is well
";

/// The top help's examples, environment (from `settings::ENVIRONMENT`) and exit codes
/// (from the table of `exit.rs`).
fn top_help() -> String {
    let mut text = format!("{TOP_HELP}\nEnvironment:\n");
    for (name, does) in crate::settings::ENVIRONMENT {
        let first = format!("  {name:<30}");
        text.push_str(&output::wrapped(does, 88, &first, &" ".repeat(33)));
        text.push('\n');
    }
    format!("{text}\n{}", exit::exit_codes_line())
}

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
    after_help = top_help()
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
    /// Where runs are told: webhooks (Slack, Teams) and mail, on failures, guard stops, recoveries.
    #[command(
        subcommand,
        after_help = "Examples:
  dbxprov notify add ops --webhook https://hooks.slack.com/services/T0/B0/XXXX
  dbxprov notify add admins --smtp smtps://mail.example.com --to it@example.com --on failure,guard
  dbxprov notify test ops
  dbxprov notify list"
    )]
    Notify(commands::notify::NotifyCommand),
    /// Each enabled rule's health for a monitor: one line, exit 0 OK, 1 WARNING, 2 CRITICAL.
    Check(commands::check::CheckArgs),
    /// Run the whole story against the built-in Dropbox emulator, in a temporary home.
    #[cfg(feature = "demo")]
    Demo(commands::demo::DemoArgs),
    /// Print a shell completion script.
    Completions(commands::completions::CompletionsArgs),
}

impl Command {
    /// What a signal that ends the command leaves behind, when there is something to
    /// say (a run interrupted; the wizard's answers saved or not), as it is when the
    /// signal comes.
    pub fn interrupted_note(&self) -> Option<fn() -> &'static str> {
        match self {
            Command::Sync(commands::sync::SyncCommand::Run(_))
            | Command::Rule(commands::rule::RuleCommand::Delete(_)) => Some(|| {
                "a run under way shows as interrupted in `dbxprov sync history`, and the \
                 rule's next run settles what it had sent"
            }),
            Command::Setup(_) => Some(commands::setup::interrupted_note),
            _ => None,
        }
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
        Command::Notify(cmd) => commands::notify::run(cmd, &cli.global, printer).await,
        Command::Check(args) => commands::check::cmd_check(args, &cli.global, printer),
        #[cfg(feature = "demo")]
        Command::Demo(args) => {
            commands::demo::cmd_demo(args, printer, &cli.global.progress_bar()).await
        }
        Command::Completions(args) => {
            commands::completions::cmd_completions(args, <Cli as clap::CommandFactory>::command())
        }
    }
}
