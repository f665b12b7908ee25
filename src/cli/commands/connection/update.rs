//! `dbxprov connection update NAME [...]`

use clap::Args;

use super::args::{SettingsArgs, UserActionArgs};
use super::render::{render_connection, render_test};
use crate::cli::output::Printer;
use crate::ops::connection::{self, ConnectionChanges};
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(
    after_help = "A change of how dbxprov reaches the team (client id or secret, refresh token, \
endpoints) is saved, then tested at once, as `connection test` does (--no-test to skip).\n\n\
Examples:\n  dbxprov connection update prod --remove-action delete --no-welcome-email\n  \
dbxprov connection update prod --refresh-token-file token.txt   # saved, then tested"
)]
pub struct UpdateArgs {
    /// The connection to change.
    pub(crate) name: String,
    /// New OAuth client id (app key).
    #[arg(long, value_name = "ID")]
    pub(crate) client_id: Option<String>,
    #[command(flatten)]
    pub(crate) settings: SettingsArgs,
    #[command(flatten)]
    pub(crate) actions: UserActionArgs,
    /// Do not test a changed client id, secret, token or endpoint now.
    #[arg(long)]
    pub(crate) no_test: bool,
}

pub(crate) async fn cmd_update(
    ctx: &mut Context,
    args: UpdateArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let (client_secret, refresh_token) = args.settings.read_secrets(false, &ctx.settings)?;
    let changes = ConnectionChanges {
        description: args.settings.description,
        service_uri: args.settings.service_uri,
        token_endpoint: args.settings.token_endpoint,
        client_id: args.client_id,
        client_secret,
        refresh_token,
        actions: args.actions.patch(),
    };
    let mut report = connection::update(ctx, &args.name, changes)?;
    let name = report.connection.connection.name.clone();
    if !report.changed {
        printer.status(format!("Nothing to change in {name:?}."));
    } else {
        printer.status(format!("Updated connection {name:?}."));
    }
    if report.needs_test && !args.no_test {
        // The change is saved; the test says whether it works (exit 3 when refused).
        report.test = Some(connection::test(ctx, &name).await?);
        report.connection = connection::show(ctx, &name)?;
    } else if report.needs_test {
        printer.warn(format!(
            "how dbxprov reaches the team changed: run `dbxprov connection test {name}`"
        ));
    }
    printer.result(&report, |r| {
        let shown = render_connection(printer, &r.connection);
        match &r.test {
            Some(test) => format!("{shown}\n{}", render_test(printer, test)),
            None => shown,
        }
    })
}
