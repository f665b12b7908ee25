//! `dbxprov connection update NAME [...]`

use clap::Args;

use super::super::flag_pair;
use super::args::{LdapArgs, SettingsArgs, UserActionArgs};
use super::render::{render_connection, render_test};
use crate::cli::output::Printer;
use crate::ops::connection::{self, ConnectionChanges, LdapChanges};
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(
    after_help = "A change of how dbxprov reaches the team (client id or secret, refresh token, \
endpoints) or the directory (URL, bind DN, StartTLS, CA file, bind password) is saved, then \
tested at once, as `connection test` does (--no-test to skip).\n\n\
Examples:\n  dbxprov connection update prod --remove-action delete --no-welcome-email\n  \
dbxprov connection update prod --refresh-token-file token.txt   # saved, then tested\n  \
dbxprov connection update corp --bind-password-file new-pw.txt"
)]
pub struct UpdateArgs {
    /// The connection to change.
    pub(crate) name: String,
    /// New OAuth client id (app key).
    #[arg(long, value_name = "ID")]
    pub(crate) client_id: Option<String>,
    /// Do not test a changed client id, secret, token or endpoint (or LDAP URL, bind DN,
    /// TLS setting or password) now.
    #[arg(long)]
    pub(crate) no_test: bool,
    #[command(flatten)]
    pub(crate) settings: SettingsArgs,
    #[command(flatten)]
    pub(crate) ldap: LdapArgs,
    #[command(flatten)]
    pub(crate) actions: UserActionArgs,
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
        ldap: LdapChanges {
            url: args.ldap.url.clone(),
            bind_dn: args.ldap.bind_dn.clone(),
            base_dn: args.ldap.base_dn.clone(),
            starttls: flag_pair(args.ldap.starttls, args.ldap.no_starttls),
            ca_file: match (&args.ldap.ca_file, args.ldap.no_ca_file) {
                (Some(f), _) => Some(Some(f.clone())),
                (None, true) => Some(None),
                (None, false) => None,
            },
            page_size: args.ldap.page_size,
            bind_password: args.ldap.read_password(false, &ctx.settings)?,
        },
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
            "how dbxprov reaches it changed: run `dbxprov connection test {name}`"
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
