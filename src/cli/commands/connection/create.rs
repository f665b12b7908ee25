//! `dbxprov connection create NAME --client-id ID ...`

use std::path::PathBuf;

use clap::Args;

use super::{
    check_one_stdin, read_secret, render_connection, render_test, warn_missing_scopes,
    SecretSource, UserActionArgs,
};
use crate::cli::output::Printer;
use crate::ops::connection::{self, CreateOptions, Credentials, NewConnection};
use crate::ops::Context;
use crate::secrets::SecretKind;
use crate::Error;

#[derive(Args, Debug)]
pub struct CreateArgs {
    /// Name of the connection (letters, digits, '-', '_', '.').
    pub name: String,
    /// OAuth client id (the Dropbox app key).
    #[arg(long, value_name = "ID")]
    pub client_id: String,
    /// Free text shown by `connection show`.
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Base URL of the Dropbox API [default: https://api.dropboxapi.com/2]
    #[arg(long, value_name = "URI")]
    pub service_uri: Option<String>,
    /// OAuth token endpoint [default: https://api.dropboxapi.com/oauth2/token]
    #[arg(long, value_name = "URI")]
    pub token_endpoint: Option<String>,
    /// File holding the client secret ('-' for stdin); else DBXPROV_CLIENT_SECRET, else a
    /// hidden prompt on a terminal.
    #[arg(long, value_name = "FILE")]
    pub client_secret_file: Option<PathBuf>,
    /// File holding the refresh token ('-' for stdin); else DBXPROV_REFRESH_TOKEN, else a
    /// hidden prompt on a terminal. Without one, use --no-test and `connection authorize`.
    #[arg(long, value_name = "FILE")]
    pub refresh_token_file: Option<PathBuf>,
    /// Save without testing the connection first.
    #[arg(long)]
    pub no_test: bool,
    /// Save the connection even when its test fails (it is marked invalid).
    #[arg(long, conflicts_with = "no_test")]
    pub allow_invalid: bool,
    #[command(flatten)]
    pub actions: UserActionArgs,
}

pub async fn cmd_create(
    ctx: &mut Context,
    args: CreateArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    check_one_stdin(
        args.client_secret_file.as_ref(),
        args.refresh_token_file.as_ref(),
    )?;
    let client_secret = read_secret(SecretSource {
        kind: SecretKind::ClientSecret,
        file: args.client_secret_file.as_deref(),
        from_env: true,
        prompt: true,
    })?
    .ok_or_else(|| {
        Error::config("no client secret was given").with_hint(
            "pass --client-secret-file FILE ('-' for stdin) or set DBXPROV_CLIENT_SECRET",
        )
    })?;
    let refresh_token = read_secret(SecretSource {
        kind: SecretKind::RefreshToken,
        file: args.refresh_token_file.as_deref(),
        from_env: true,
        prompt: true,
    })?;
    let new = NewConnection {
        name: args.name,
        description: args.description,
        service_uri: args.service_uri,
        token_endpoint: args.token_endpoint,
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
        if !test.ok {
            printer.warn(format!(
                "saved as invalid: rules will not use {:?} until `dbxprov connection test {}` passes",
                report.connection.connection.name, report.connection.connection.name
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
