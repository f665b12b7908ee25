//! `dbxprov connection authorize NAME`: the OAuth authorization-code flow with PKCE and
//! `token_access_type=offline`, which is how most admins first get a refresh token.

use crate::cli::error::CliError;
use std::io::{BufRead, IsTerminal};

use clap::Args;

use super::render::test_rows;
use crate::cli::output::{fields, Printer};
use crate::ops::{connection, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov connection authorize prod   # open the URL, allow the app, paste the code"
)]
pub struct AuthorizeArgs {
    /// The connection to authorize.
    pub(crate) name: String,
    /// The consent page [default: Dropbox's, or the `authorize` sibling of a custom token
    /// endpoint]
    #[arg(long, value_name = "URL")]
    pub(crate) authorize_url: Option<String>,
}

pub(crate) async fn cmd_authorize(
    ctx: &mut Context,
    args: AuthorizeArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let start = connection::authorize_start(ctx, &args.name, args.authorize_url.as_deref())?;
    // The URL is an instruction, not a result: stderr, and shown even with --quiet.
    eprintln!(
        "1. Open this page as a Dropbox team admin and allow the app:\n\n   {}\n",
        start.url
    );
    eprintln!("2. Paste the access code Dropbox shows, then press Enter.");
    let interactive = std::io::stdin().is_terminal();
    let code = if interactive {
        dialoguer::Input::<String>::new()
            .with_prompt("Access code")
            .interact_text()
            .map_err(|e| CliError::config("cannot read from the terminal").with_source(e))?
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| CliError::config("cannot read the code from stdin").with_source(e))?;
        line
    };
    let report = connection::authorize_finish(ctx, start, &code).await?;
    printer.status(format!(
        "Stored a new refresh token for {:?} in the {} store.",
        report.connection, report.refresh_token_stored_in
    ));
    printer.result(&report, |r| {
        let mut rows = vec![("authorized", r.connection.clone())];
        rows.extend(test_rows(printer, &r.test));
        fields(rows)
    })
}
