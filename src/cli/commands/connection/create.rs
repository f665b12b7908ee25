//! `dbxprov connection create NAME --client-id ID ...` and
//! `dbxprov connection create NAME --kind ldap --url URL --bind-dn DN --base-dn DN ...`

use crate::cli::error::CliError;
use clap::Args;

use super::args::{LdapArgs, SettingsArgs, UserActionArgs};
use super::render::{render_connection, render_test, warn_missing_scopes};
use crate::cli::output::Printer;
use crate::model::ConnectionStatus;
use crate::ops::connection::{
    self, ConnectionTest, CreateOptions, CreateReport, Credentials, NewConnection,
    NewLdapConnection,
};
use crate::ops::Context;

/// What a connection reaches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum KindArg {
    /// A Dropbox team (OAuth app key, secret and refresh token).
    #[default]
    Dropbox,
    /// An LDAP directory or Active Directory, read by inbound rules.
    Ldap,
}

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov connection create prod --client-id APP_KEY --client-secret-file secret.txt --no-test\n  DBXPROV_CLIENT_SECRET=... DBXPROV_REFRESH_TOKEN=... dbxprov connection create prod --client-id APP_KEY --remove-action delete\n  dbxprov connection create corp --kind ldap --url ldaps://dc1.corp.example --bind-dn 'CN=dbxprov,OU=Service,DC=corp,DC=example' --base-dn 'DC=corp,DC=example' --ca-file corp-ca.pem --bind-password-file pw.txt\n\nAn LDAP connection's bind password comes from --bind-password-file (or '-'), DBXPROV_BIND_PASSWORD, or a hidden prompt, and is kept in the secret store; at run time DBXPROV_<NAME>_BIND_PASSWORD overrides it. A password never goes in clear text to another machine: use ldaps:// or --starttls."
)]
pub struct CreateArgs {
    /// Name of the connection (letters, digits, '-', '_', '.').
    pub(crate) name: String,
    /// What it reaches.
    #[arg(long, value_enum, default_value_t = KindArg::Dropbox)]
    pub(crate) kind: KindArg,
    /// OAuth client id (the Dropbox app key); required for Dropbox.
    #[arg(long, value_name = "ID")]
    pub(crate) client_id: Option<String>,
    #[command(flatten)]
    pub(crate) settings: SettingsArgs,
    /// Save without testing the connection first.
    #[arg(long)]
    pub(crate) no_test: bool,
    /// Save the connection even when its test fails (it is marked invalid).
    #[arg(long, conflicts_with = "no_test")]
    pub(crate) allow_invalid: bool,
    #[command(flatten)]
    pub(crate) ldap: LdapArgs,
    #[command(flatten)]
    pub(crate) actions: UserActionArgs,
}

pub(crate) async fn cmd_create(
    ctx: &mut Context,
    args: CreateArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    if args.kind == KindArg::Ldap {
        return create_ldap(ctx, args, printer).await;
    }
    if args.ldap.any() {
        return Err(CliError::usage(
            "--url, --bind-dn, --base-dn and the other LDAP flags need --kind ldap",
        )
        .into());
    }
    let Some(client_id) = args.client_id else {
        return Err(CliError::usage("a Dropbox connection needs --client-id (the app key)")
            .with_hint("for an LDAP directory or Active Directory: --kind ldap --url URL --bind-dn DN --base-dn DN")
            .into());
    };
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
        client_id,
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
        if let ConnectionTest::Dropbox(test) = test {
            warn_missing_scopes(printer, test);
        }
        let c = &report.connection.connection;
        if c.status == ConnectionStatus::Invalid {
            printer.warn(format!(
                "saved as invalid: rules will not use {:?} until `dbxprov connection test {}` passes",
                c.name, c.name
            ));
        } else if !test.ok() {
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
        .is_some_and(|s| s.refresh_token.as_deref() == Some("missing"))
    {
        printer.warn(format!(
            "no refresh token yet: run `dbxprov connection authorize {}`",
            report.connection.connection.name
        ));
    }
    created(printer, &report)
}

/// `connection create --kind ldap`: checked, tested by a bind (unless --no-test), saved
/// with its bind password.
async fn create_ldap(ctx: &mut Context, args: CreateArgs, printer: &Printer) -> anyhow::Result<()> {
    let s = &args.settings;
    let dropbox_only = args.client_id.is_some()
        || s.service_uri.is_some()
        || s.token_endpoint.is_some()
        || s.client_secret_file.is_some()
        || s.refresh_token_file.is_some();
    if dropbox_only {
        return Err(CliError::usage(
            "--client-id, --service-uri, --token-endpoint and the OAuth secret files are for Dropbox connections",
        )
        .into());
    }
    let l = &args.ldap;
    let missing = |flag: &str| CliError::usage(format!("an LDAP connection needs {flag}"));
    let new = NewLdapConnection {
        name: args.name.clone(),
        description: args.settings.description.clone(),
        url: l.url.clone().ok_or_else(|| missing("--url"))?,
        bind_dn: l.bind_dn.clone().ok_or_else(|| missing("--bind-dn"))?,
        base_dn: l.base_dn.clone().ok_or_else(|| missing("--base-dn"))?,
        starttls: l.starttls,
        ca_file: l.ca_file.clone(),
        page_size: l.page_size,
        actions: args.actions.patch(),
    };
    let prepared = connection::prepare_ldap(ctx, new)?;
    let password = l.read_password(true, &ctx.settings)?.ok_or_else(|| {
        CliError::config("no bind password was given").with_hint(
            "pass --bind-password-file FILE ('-' for stdin) or set DBXPROV_BIND_PASSWORD",
        )
    })?;
    if !args.no_test {
        printer.status(format!(
            "Testing the connection to {} ...",
            prepared.service_uri
        ));
    }
    let options = CreateOptions {
        test: !args.no_test,
        allow_invalid: args.allow_invalid,
    };
    let report = connection::create_ldap(ctx, prepared, password, options).await?;
    if let Some(ConnectionTest::Ldap(test)) = report.test.as_ref().filter(|t| !t.ok()) {
        printer.warn(format!(
            "saved as {} although its test failed ({}): `dbxprov connection test {}` checks it again",
            report.connection.connection.status.as_str(),
            test.error.as_deref().unwrap_or("?"),
            report.connection.connection.name
        ));
    }
    created(printer, &report)
}

/// Says so, then the connection and its test.
fn created(printer: &Printer, report: &CreateReport) -> anyhow::Result<()> {
    printer.status(format!(
        "Created connection {:?}.",
        report.connection.connection.name
    ));
    printer.result(report, |r| {
        let mut s = render_connection(printer, &r.connection);
        if let Some(t) = &r.test {
            s.push('\n');
            s.push_str(&render_test(printer, t));
        }
        s
    })
}
