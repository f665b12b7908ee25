//! `dbxprov notify add NAME (--webhook URL | --smtp URL --to ADDRESS...) [--on EVENTS]`

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;
use crate::cli::secret_input::{read_secret, SecretSource};
use crate::model::{Channel, NotifyEvent, SecretKind};
use crate::ops::notify::{self, NewNotifier};
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    dbxprov notify add ops --webhook https://hooks.slack.com/services/T0/B0/XXXX\n  \
    dbxprov notify add admins --smtp smtps://mail.example.com --to it@example.com \\\n      \
    --smtp-user dbxprov@example.com --smtp-password-file pw.txt --on failure,guard\n  \
    dbxprov notify add relay --smtp smtp://localhost --to it@example.com --on every-run\n  \
    dbxprov notify test ops\n\n\
    A webhook gets a JSON POST whose `text` Slack and Teams display; a mail the same text.\n\
    A notification names the rule, its connection, the run, its outcome and why, what it\n\
    applied, its failures counted by cause (never the users), a quarantine, and the command\n\
    to look closer. It is sent once the run is recorded, tried 3 times within about 40 s,\n\
    and never changes the run's exit code; one not delivered is shown by `sync status`.\n\
    The webhook's URL (its credential) and the SMTP password go to the secret store;\n\
    DBXPROV_NOTIFY_<NAME>_SECRET overrides it at run time.")]
pub struct AddArgs {
    /// A name for it (letters, digits, '-', '_', '.').
    pub(crate) name: String,
    /// POST each notification as JSON to this URL (https; http only to this host).
    #[arg(
        long,
        value_name = "URL",
        conflicts_with = "smtp",
        required_unless_present = "smtp"
    )]
    pub(crate) webhook: Option<String>,
    /// Mail each notification through this server: smtps://HOST[:465] (TLS),
    /// smtp://HOST[:587] (STARTTLS required), or smtp://localhost[:25] (a local relay).
    #[arg(long, value_name = "URL", requires = "to")]
    pub(crate) smtp: Option<String>,
    /// A recipient (repeatable, or comma-separated).
    #[arg(long, value_name = "ADDRESS", value_delimiter = ',', requires = "smtp")]
    pub(crate) to: Vec<String>,
    /// The sender (default: the first recipient).
    #[arg(long, value_name = "ADDRESS", requires = "smtp")]
    pub(crate) from: Option<String>,
    /// The user to log in to the SMTP server as; its password from
    /// --smtp-password-file, DBXPROV_SMTP_PASSWORD, or a hidden prompt.
    #[arg(long, value_name = "USER", requires = "smtp")]
    pub(crate) smtp_user: Option<String>,
    /// A PEM file of the CA that signed the SMTP server's certificate (an internal
    /// relay's), trusted beside the Mozilla roots; read at each send.
    #[arg(long, value_name = "FILE", requires = "smtp")]
    pub(crate) ca_file: Option<PathBuf>,
    /// A file holding the SMTP password (`-` for stdin).
    #[arg(long, value_name = "FILE", requires = "smtp_user")]
    pub(crate) smtp_password_file: Option<PathBuf>,
    /// The events it is told of (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "EVENTS", default_values_t = [EventArg::Failure, EventArg::Guard, EventArg::Recovered])]
    pub(crate) on: Vec<EventArg>,
}

/// `--on`'s events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum EventArg {
    /// A run failed (as a whole, or every write it tried) or was interrupted.
    Failure,
    /// The deletion guard stopped a run.
    Guard,
    /// A run went through after the rule's last one had not.
    Recovered,
    /// Every run.
    EveryRun,
}

impl From<EventArg> for NotifyEvent {
    fn from(e: EventArg) -> NotifyEvent {
        match e {
            EventArg::Failure => NotifyEvent::Failure,
            EventArg::Guard => NotifyEvent::Guard,
            EventArg::Recovered => NotifyEvent::Recovered,
            EventArg::EveryRun => NotifyEvent::EveryRun,
        }
    }
}

/// A path as cron will find it whatever its working directory.
fn absolute(path: &std::path::Path) -> String {
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

pub(crate) fn cmd_add(
    ctx: &mut Context,
    args: AddArgs,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let (channel, secret) = match (&args.webhook, &args.smtp) {
        (Some(url), _) => (
            Channel::Webhook,
            Some(crate::secrets::Secret::new(url.trim())),
        ),
        (None, Some(url)) => {
            let password = match &args.smtp_user {
                Some(_) => read_secret(SecretSource {
                    kind: SecretKind::NotifySecret,
                    file: args.smtp_password_file.as_deref(),
                    environment: Some(&global.settings),
                    prompt: true,
                })?,
                None => None,
            };
            let channel = Channel::Smtp {
                url: url.trim().to_string(),
                from: args.from.clone().unwrap_or_else(|| args.to[0].clone()),
                to: args.to.clone(),
                user: args.smtp_user.clone(),
                ca_file: args.ca_file.as_ref().map(|p| absolute(p)),
            };
            (channel, password)
        }
        (None, None) => unreachable!("clap requires --webhook or --smtp"),
    };
    if matches!(channel, Channel::Smtp { user: Some(_), .. }) && secret.is_none() {
        return Err(
            crate::cli::error::CliError::config("--smtp-user needs a password")
                .with_hint(
                    "--smtp-password-file FILE, DBXPROV_SMTP_PASSWORD, or type it at the prompt",
                )
                .into(),
        );
    }
    let new = NewNotifier {
        name: args.name,
        channel,
        secret,
        on: args.on.into_iter().map(NotifyEvent::from).collect(),
    };
    let added = notify::add(ctx, new)?;
    printer.result(&added, |n| {
        let on: Vec<&str> = n.on.iter().map(|e| e.as_str()).collect();
        format!(
            "Added notifier {:?} ({}), told on: {}. `dbxprov notify test {}` sends a test.\n",
            n.name,
            n.shown,
            on.join(", "),
            n.name
        )
    })
}
