//! `dbxprov connection update NAME [...]`

use std::path::PathBuf;

use clap::Args;

use super::{check_one_stdin, read_secret, render_connection, SecretSource, UserActionArgs};
use crate::cli::output::Printer;
use crate::ops::connection::{self, ConnectionChanges};
use crate::ops::Context;
use crate::secrets::SecretKind;

#[derive(Args, Debug)]
pub struct UpdateArgs {
    /// The connection to change.
    pub name: String,
    /// New description ('' clears it).
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// New base URL of the Dropbox API.
    #[arg(long, value_name = "URI")]
    pub service_uri: Option<String>,
    /// New OAuth token endpoint.
    #[arg(long, value_name = "URI")]
    pub token_endpoint: Option<String>,
    /// New OAuth client id (app key).
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Replace the client secret with the one in FILE ('-' for stdin).
    #[arg(long, value_name = "FILE")]
    pub client_secret_file: Option<PathBuf>,
    /// Replace the refresh token with the one in FILE ('-' for stdin).
    #[arg(long, value_name = "FILE")]
    pub refresh_token_file: Option<PathBuf>,
    #[command(flatten)]
    pub actions: UserActionArgs,
}

pub fn cmd_update(ctx: &mut Context, args: UpdateArgs, printer: &Printer) -> anyhow::Result<()> {
    check_one_stdin(
        args.client_secret_file.as_ref(),
        args.refresh_token_file.as_ref(),
    )?;
    let secret = |kind, file: &Option<PathBuf>| {
        read_secret(SecretSource {
            kind,
            file: file.as_deref(),
            from_env: false,
            prompt: false,
        })
    };
    let changes = ConnectionChanges {
        description: args.description,
        service_uri: args.service_uri,
        token_endpoint: args.token_endpoint,
        client_id: args.client_id,
        client_secret: secret(SecretKind::ClientSecret, &args.client_secret_file)?,
        refresh_token: secret(SecretKind::RefreshToken, &args.refresh_token_file)?,
        actions: args.actions.patch(),
    };
    let report = connection::update(ctx, &args.name, changes)?;
    let name = &report.connection.connection.name;
    if !report.changed {
        printer.status(format!("Nothing to change in {name:?}."));
    } else {
        printer.status(format!("Updated connection {name:?}."));
    }
    if report.needs_test {
        printer.warn(format!(
            "how dbxprov reaches the team changed: run `dbxprov connection test {name}`"
        ));
    }
    printer.result(&report, |r| render_connection(printer, &r.connection))
}
