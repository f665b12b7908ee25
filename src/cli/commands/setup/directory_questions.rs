//! The people's LDAP or Active Directory server: where it is, who reads it (the password
//! hidden), tested unsaved — the bind, the root DSE, how many users and groups the
//! server's usual filters read, and the first five — until it passes, is left out, or the
//! admin cancels; then the population its people go into and the inbound rule's name.

use crate::cli::commands::connection::render_ldap_test;
use crate::cli::output::{Paint, Printer};
use crate::model::{is_loopback_url, validate_collection_name, validate_rule_name};
use crate::ops::connection::{self, NewLdapConnection};
use crate::ops::{directory, rule, Context};
use crate::secrets::Secret;

use super::ask::*;
use super::connection_questions::free_name;

/// What a question with a way out gathered.
pub(super) enum Answer<T> {
    Given(T),
    /// The admin goes back to the question before.
    Skipped,
    /// The admin cancelled the whole setup.
    Cancelled,
}

/// The directory's connection, tested, and where its people go.
pub(super) struct DirectoryAnswer {
    pub(super) new: NewLdapConnection,
    pub(super) password: Secret,
    pub(super) population: String,
    pub(super) population_exists: bool,
    pub(super) rule: String,
}

pub(super) async fn directory_answer(
    ctx: &Context,
    printer: &Printer,
    dropbox_connection: &str,
) -> anyhow::Result<Answer<DirectoryAnswer>> {
    printer.status(
        "The directory: its URL (ldaps://dc1.corp.example.com, or ldap://... upgraded with \
         StartTLS), the account that reads it, by its DN, and the base DN its people are under.",
    );
    let name = directory_name(ctx, printer, dropbox_connection)?;
    let (new, password) = match tested_directory(ctx, printer, name).await? {
        Answer::Given(given) => given,
        Answer::Skipped => return Ok(Answer::Skipped),
        Answer::Cancelled => return Ok(Answer::Cancelled),
    };
    let (population, population_exists) = population(ctx, printer)?;
    let rule = inbound_rule_name(ctx, printer, &new.name)?;
    Ok(Answer::Given(DirectoryAnswer {
        new,
        password,
        population,
        population_exists,
        rule,
    }))
}

/// The directory connection's name: free, and not the Dropbox connection's.
fn directory_name(
    ctx: &Context,
    printer: &Printer,
    dropbox_connection: &str,
) -> anyhow::Result<String> {
    let free = free_name(ctx, "corp", dropbox_connection)?;
    loop {
        let name = ask("Directory connection name", Some(&free))?;
        let taken =
            name.eq_ignore_ascii_case(dropbox_connection) || connection::exists(ctx, &name)?;
        match crate::model::validate_connection_name(&name) {
            Err(e) => printer.status(crate::error::Error::from(e).to_string()),
            Ok(()) if taken => {
                printer.status(format!("A connection named {name:?} exists already."))
            }
            Ok(()) => return Ok(name),
        }
    }
}

/// The base DN a bind DN suggests: its `DC=` components (`CN=svc,OU=Service,DC=corp,
/// DC=example` -> `DC=corp,DC=example`); `None` when it has none.
pub(super) fn base_of(bind_dn: &str) -> Option<String> {
    let dcs: Vec<&str> = bind_dn
        .split(',')
        .map(str::trim)
        .filter(|rdn| rdn.len() > 3 && rdn[..3].eq_ignore_ascii_case("dc="))
        .collect();
    (!dcs.is_empty()).then(|| dcs.join(","))
}

/// Whether `url` speaks clear text to another machine (so StartTLS is the default).
fn clear_text_elsewhere(url: &str) -> bool {
    match url::Url::parse(url) {
        Ok(u) => u.scheme().eq_ignore_ascii_case("ldap") && !is_loopback_url(&u),
        Err(_) => false,
    }
}

/// The answers to ask again with: what was given before is Enter's default.
fn ask_again(prompt: &str, before: &str) -> anyhow::Result<String> {
    ask(prompt, (!before.is_empty()).then_some(before))
}

/// Where the directory is and who reads it; tested until it passes, is left out, or the
/// admin cancels.
async fn tested_directory(
    ctx: &Context,
    printer: &Printer,
    name: String,
) -> anyhow::Result<Answer<(NewLdapConnection, Secret)>> {
    let mut new = NewLdapConnection {
        name,
        ..NewLdapConnection::default()
    };
    let mut password: Option<Secret> = None;
    loop {
        new.url = ask_again("Directory URL", &new.url)?;
        let scheme_is_ldap = new.url.to_ascii_lowercase().starts_with("ldap://");
        // Yes when no is refused anyway; asked again, the answer given.
        let upgrade = new.starttls || clear_text_elsewhere(&new.url);
        new.starttls = scheme_is_ldap
            && yes(
                "Upgrade to TLS with StartTLS? (needed unless the server is this machine)",
                upgrade,
            )?;
        new.ca_file = match new.starttls || !scheme_is_ldap {
            true => ca_file(printer, new.ca_file.take())?,
            false => None,
        };
        new.bind_dn = ask_again("Bind DN (the account that reads)", &new.bind_dn)?;
        let base = match new.base_dn.as_str() {
            "" => base_of(&new.bind_dn).unwrap_or_default(),
            given => given.to_string(),
        };
        new.base_dn = ask_again("Base DN (where the people are)", &base)?;
        let given = ask_secret_again("Bind password (hidden)", password.as_ref())?;
        password = Some(given.clone());
        let prepared = match connection::prepare_ldap(ctx, new.clone()) {
            Ok(p) => p,
            Err(e) => {
                printer.status(format!("{e}; try again."));
                continue;
            }
        };
        printer.status(format!(
            "Testing the directory at {} ...",
            prepared.service_uri
        ));
        let (report, error) = connection::test_unsaved_ldap(ctx, &prepared, &given).await;
        printer.status(render_ldap_test(printer, &report));
        if error.is_none() {
            return Ok(Answer::Given((new, given)));
        }
        // What failed is the report's last rows.
        printer.status(printer.paint_err("The test failed.", Paint::Bad));
        match choose(
            "What now?",
            &[
                "Fix the values and test again",
                "Back to where the people come from",
                "Cancel: save nothing",
            ],
        )? {
            0 => continue,
            1 => return Ok(Answer::Skipped),
            _ => return Ok(Answer::Cancelled),
        }
    }
}

/// The CA file of a private CA, read now (a typo is asked again here, not after the
/// password); `None`: the system's roots. One given before is Enter's default, and `-`
/// goes back to the system's.
fn ca_file(
    printer: &Printer,
    before: Option<std::path::PathBuf>,
) -> anyhow::Result<Option<std::path::PathBuf>> {
    loop {
        let answer = match &before {
            Some(b) => ask(
                "CA file (PEM; - for the system's roots)",
                Some(&b.display().to_string()),
            )?,
            None => ask_optional("CA file of a private CA (PEM; Enter: the system's roots)")?,
        };
        if answer.is_empty() || answer == "-" {
            return Ok(None);
        }
        match std::fs::read(&answer) {
            Ok(_) => return Ok(Some(answer.into())),
            Err(e) => printer.status(format!("cannot read {answer}: {e}")),
        }
    }
}

/// The population the directory's people go into (created unless it exists), and
/// whether it exists.
fn population(ctx: &Context, printer: &Printer) -> anyhow::Result<(String, bool)> {
    let populations = directory::population_list(ctx)?;
    loop {
        let name = ask("Population its people go into", Some("Staff"))?;
        if let Some(p) = populations
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(&name))
        {
            printer.status(format!(
                "Population {:?} exists: the directory's people join it.",
                p.name
            ));
            return Ok((p.name.clone(), true));
        }
        match validate_collection_name("population", &name) {
            Ok(()) => return Ok((name, false)),
            Err(e) => printer.status(crate::error::Error::from(e).to_string()),
        }
    }
}

/// A rule name that is valid and not taken (by a rule, or by `also_taken`).
pub(super) fn new_rule_name(
    ctx: &Context,
    printer: &Printer,
    (prompt, default): (&str, &str),
    also_taken: Option<&str>,
) -> anyhow::Result<String> {
    loop {
        let name = ask(prompt, Some(default))?;
        let taken =
            also_taken.is_some_and(|t| t.eq_ignore_ascii_case(&name)) || rule::exists(ctx, &name)?;
        match validate_rule_name(&name) {
            Err(e) => printer.status(crate::error::Error::from(e).to_string()),
            Ok(()) if taken => printer.status(format!("A rule named {name:?} exists already.")),
            Ok(()) => return Ok(name),
        }
    }
}

fn inbound_rule_name(ctx: &Context, printer: &Printer, connection: &str) -> anyhow::Result<String> {
    let default = format!("from-{connection}");
    new_rule_name(ctx, printer, ("Inbound rule name", &default), None)
}
