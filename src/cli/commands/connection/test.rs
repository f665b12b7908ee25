//! `dbxprov connection test NAME`

use clap::Args;

use super::render::render_test;
use crate::cli::output::Printer;
use crate::ops::{connection, Context};

#[derive(Args, Debug)]
#[command(
    after_help = "A Dropbox connection: asks for a token, reads the team, and asks for each \
scope dbxprov uses; exits 3 when the app lacks a scope the connection's rules need (or, with no \
rule yet, its user actions), naming it and what it is for.\n\nAn LDAP connection: binds (exit 3 \
when refused), reads the root DSE (vendor, naming contexts, paging, Active Directory or not) and \
runs each of its rules' searches, showing how many users and groups each reads and the first \
five of each.\n\nExamples:\n  dbxprov connection test prod\n  dbxprov connection test corp --json"
)]
pub struct TestArgs {
    /// The connection to test.
    pub(crate) name: String,
}

pub(crate) async fn cmd_test(
    ctx: &mut Context,
    args: TestArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let report = connection::test(ctx, &args.name).await?;
    printer.result(&report, |r| render_test(printer, r))
}
