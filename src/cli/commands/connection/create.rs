//! `dbxprov connection create NAME --client-id ID ...`

use crate::cli::error::CliError;
use clap::Args;

use super::args::{SettingsArgs, UserActionArgs};
use super::render::{render_connection, render_test, warn_missing_scopes};
use crate::cli::output::Printer;
use crate::model::ConnectionStatus;
use crate::ops::connection::{self, CreateOptions, Credentials, NewConnection};
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov connection create prod --client-id APP_KEY --client-secret-file secret.txt --no-test\n  DBXPROV_CLIENT_SECRET=... DBXPROV_REFRESH_TOKEN=... dbxprov connection create prod --client-id APP_KEY --remove-action delete"
)]
pub struct CreateArgs {
    /// Name of the connection (letters, digits, '-', '_', '.').
    pub(crate) name: String,
    /// OAuth client id (the Dropbox app key).
    #[arg(long, value_name = "ID")]
    pub(crate) client_id: String,
    #[command(flatten)]
    pub(crate) settings: SettingsArgs,
    /// Save without testing the connection first.
    #[arg(long)]
    pub(crate) no_test: bool,
    /// Save the connection even when its test fails (it is marked invalid).
    #[arg(long, conflicts_with = "no_test")]
    pub(crate) allow_invalid: bool,
    #[command(flatten)]
    pub(crate) actions: UserActionArgs,
}

pub(crate) async fn cmd_create(
    ctx: &mut Context,
    args: CreateArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let (client_secret, refresh_token) = args.settings.read_secrets(true, &ctx.settings)?;
    let client_secret = client_secret.ok_or_else(|| {
        CliError::config("no client secret was given").with_hint(
            "pass --client-secret-file FILE ('-' for stdin) or set DBXPROV_CLIENT_SECRET",
        )
    })?;
    let new = NewConnection {
        name: args.name,
        description: args.settings.description,
        service_uri: args.settings.service_uri,
        token_endpoint: args.settings.token_endpoint,
        client_id: args.client_id,
        actions: args.actions.patch(),
    };
    let prepared = connection::prepare(ctx, new)?;
    if !args.no_test {
        printer.status(format!(
            "Testing the connection to {} ...",
            prepared.service_uri
        ));
    }
    let report = connection::create(
        ctx,
        prepared,
        Credentials {
            client_secret,
            refresh_token,
        },
        CreateOptions {
            test: !args.no_test,
            allow_invalid: args.allow_invalid,
        },
    )
    .await?;
    if let Some(test) = &report.test {
        warn_missing_scopes(printer, test);
        let c = &report.connection.connection;
        if c.status == ConnectionStatus::Invalid {
            printer.warn(format!(
                "saved as invalid: rules will not use {:?} until `dbxprov connection test {}` passes",
                c.name, c.name
            ));
        } else if !test.ok {
            printer.warn(format!(
                "saved although the test failed: its rules will try to reach the team when they run (`dbxprov connection test {}` checks it again)",
                c.name
            ));
        }
    }
    if report
        .connection
        .secrets
        .as_ref()
        .is_some_and(|s| s.refresh_token == "missing")
    {
        printer.warn(format!(
            "no refresh token yet: run `dbxprov connection authorize {}`",
            report.connection.connection.name
        ));
    }
    printer.status(format!(
        "Created connection {:?}.",
        report.connection.connection.name
    ));
    printer.result(&report, |r| {
        let mut s = render_connection(printer, &r.connection);
        if let Some(t) = &r.test {
            s.push('\n');
            s.push_str(&render_test(printer, t));
        }
        s
    })
}
