//! `dbxprov setup`: the wizard, PingOne's "New Connection" flow on a terminal. It asks
//! for the connection and tests it (fix and test again, save as invalid, or cancel), the
//! user actions, where the secrets go, where the people come from (a file to import, or
//! an LDAP or Active Directory server, tested the same way), and optionally an outbound
//! rule; then it saves all of it at once (nothing is saved before the last question, so
//! Ctrl-C at any point leaves the home unchanged), runs the directory's first pull,
//! shows the outbound rule's dry-run plan, and prints the equivalent commands and the
//! crontab line. Every step calls the functions the non-interactive commands call.

mod ask;
mod commands;
mod connection_questions;
mod directory_questions;
mod names;
mod people_questions;
mod rule_questions;
mod save;

use std::io::IsTerminal;

use clap::Args;

use crate::cli::error::CliError;
use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;

use ask::*;
use commands::*;
use connection_questions::*;
use people_questions::*;
use rule_questions::*;
use save::*;

#[cfg(test)]
mod tests;

/// Whether the wizard has begun to save (Ctrl-C before it leaves nothing behind).
static SAVING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// What Ctrl-C (or SIGTERM) leaves behind, said when it comes.
pub(crate) fn interrupted_note() -> &'static str {
    match SAVING.load(std::sync::atomic::Ordering::SeqCst) {
        false => "nothing was saved",
        true => {
            "it was saving: `dbxprov connection list` and `dbxprov rule list` show what \
             it saved"
        }
    }
}

#[derive(Args, Debug)]
#[command(
    after_help = "Without a terminal, use the commands it prints at the end:
  dbxprov connection create NAME --client-id ID ...
  dbxprov directory import FILE --create-populations
  dbxprov connection create corp --kind ldap --url URL --bind-dn DN --base-dn DN
  dbxprov rule create inbound from-corp --connection corp --population Staff
  dbxprov rule create outbound RULE --connection NAME --population P
  dbxprov sync run RULE --dry-run"
)]
pub struct SetupArgs {}

pub(crate) async fn cmd_setup(
    _args: SetupArgs,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(
            CliError::config("setup asks questions, and there is no terminal to ask on")
                .with_hint(
                    "use the non-interactive commands: `dbxprov connection create --help`, \
                 `dbxprov directory import --help`, `dbxprov rule create outbound --help`",
                )
                .into(),
        );
    }
    let mut ctx = global.context(printer, crate::ops::Access::Create)?;
    printer.status("dbxprov setup: a connection to a Dropbox team, tested; where your people come from (a file, or LDAP or Active Directory); and optionally an outbound rule. Nothing is saved until the last question.\n");
    let Some(mut answers) = connection_answers(&ctx, printer).await? else {
        printer.status("Nothing was saved.");
        return Ok(());
    };
    answers.new.actions = user_actions(printer)?;
    let Some(store) = secret_store(&ctx, printer)? else {
        printer.status("Nothing was saved.");
        return Ok(());
    };
    let Some(people) = people_answer(&mut ctx, printer, &answers.new.name).await? else {
        printer.status("Nothing was saved.");
        return Ok(());
    };
    let rule = rule_answer(&ctx, printer, &people)?;
    if !yes("Save all of this now?", true)? {
        printer.status("Nothing was saved.");
        return Ok(());
    }
    SAVING.store(true, std::sync::atomic::Ordering::SeqCst);
    if let Err(e) = save(&mut ctx, printer, (&answers, store), &people, &rule).await {
        printer.status(
            "The setup stopped while saving; what it saved stays (`dbxprov connection list`, \
             `dbxprov rule list`). What it was doing, as commands:",
        );
        printer.status(equivalent_commands((&answers, store), &people, &rule, &ctx));
        return Err(e);
    }
    printer.status(equivalent_commands((&answers, store), &people, &rule, &ctx));
    Ok(())
}
