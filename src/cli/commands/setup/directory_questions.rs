//! The people's LDAP or Active Directory server: where it is, who reads it (the password
//! hidden), tested unsaved — the bind, the root DSE, how many users and groups the
//! server's usual filters read, and the first five — until it passes, is left out, or the
//! admin cancels; then the population its people go into and the inbound rule's name.

use crate::cli::commands::connection::render_ldap_test;
use crate::cli::output::{Paint, Printer};
use crate::model::{is_loopback_url, validate_collection_name};
use crate::ops::connection::{self, NewLdapConnection};
use crate::ops::{directory, Context};
use crate::secrets::Secret;

use super::ask::*;
use super::names::{free_name, new_rule_name};

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

/// The directory connection's name: free, and neither the Dropbox connection's nor
/// sharing its override variables (`prod-eu` beside `prod_eu`).
fn directory_name(
    ctx: &Context,
    printer: &Printer,
    dropbox_connection: &str,
) -> anyhow::Result<String> {
    let free = free_name(ctx, "corp", dropbox_connection)?;
    loop {
        let name = ask("Directory connection name", Some(&free))?;
        match connection::check_new_name_beside(ctx, &name, dropbox_connection) {
            Ok(()) => return Ok(name),
            Err(e) => printer.status(format!("{e}; another name?")),
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

/// The host `url` would send the password to in clear text: `ldap://` without StartTLS
/// to another machine.
fn clear_text_host(url: &str, starttls: bool) -> Option<String> {
    let u = url::Url::parse(url).ok()?;
    let clear = u.scheme().eq_ignore_ascii_case("ldap") && !starttls && !is_loopback_url(&u);
    clear.then(|| u.host_str().unwrap_or_default().to_string())
}

/// The answers to ask again with: what was given before is Enter's default.
fn ask_again(prompt: &str, before: &str) -> anyhow::Result<String> {
    ask(prompt, (!before.is_empty()).then_some(before))
}

/// Where the directory is: its URL, StartTLS (asked for `ldap://`; yes by default unless
/// the server is this machine, and a no to another machine refused at once), and the CA.
fn where_it_is(printer: &Printer, new: &mut NewLdapConnection) -> anyhow::Result<()> {
    loop {
        new.url = ask_again("Directory URL", &new.url)?;
        let scheme_is_ldap = new.url.to_ascii_lowercase().starts_with("ldap://");
        let upgrade = new.starttls || clear_text_host(&new.url, false).is_some();
        new.starttls = scheme_is_ldap
            && yes(
                "Upgrade to TLS with StartTLS? (needed unless the server is this machine)",
                upgrade,
            )?;
        if let Some(host) = clear_text_host(&new.url, new.starttls) {
            printer.status(format!(
                "The password would go to {host} in clear text: use ldaps://, or StartTLS."
            ));
            new.starttls = true;
            continue;
        }
        new.ca_file = match new.starttls || !scheme_is_ldap {
            true => ca_file(printer, new.ca_file.take())?,
            false => None,
        };
        return Ok(());
    }
}

/// Who reads it: the bind DN, and the base DN (offered from the bind DN's `DC=` parts,
/// and offered again from a changed bind DN unless the admin chose another).
fn who_reads_it(new: &mut NewLdapConnection) -> anyhow::Result<()> {
    let derived_before = base_of(&new.bind_dn).unwrap_or_default();
    new.bind_dn = ask_again("Bind DN (the account that reads)", &new.bind_dn)?;
    let base = match new.base_dn == derived_before {
        true => base_of(&new.bind_dn).unwrap_or_default(),
        false => new.base_dn.clone(),
    };
    new.base_dn = ask_again("Base DN (where the people are)", &base)?;
    Ok(())
}

/// Where the directory is and who reads it; tested until it passes, the admin goes
/// back, or cancels.
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
        where_it_is(printer, &mut new)?;
        who_reads_it(&mut new)?;
        let given = ask_password_again("Bind password (hidden)", password.as_ref())?;
        password = Some(given.clone());
        let failed = match connection::prepare_ldap(ctx, new.clone()) {
            Err(e) => e,
            Ok(prepared) => {
                printer.status(format!(
                    "Testing the directory at {} ...",
                    prepared.service_uri
                ));
                let (report, error) = connection::test_unsaved_ldap(ctx, &prepared, &given).await;
                printer.status(render_ldap_test(printer, &report));
                match error {
                    None => {
                        warn_if_empty(printer, &report);
                        return Ok(Answer::Given((new, given)));
                    }
                    Some(e) => e,
                }
            }
        };
        printer.status(format!(
            "{} {failed}",
            printer.paint_err("The test failed:", Paint::Bad)
        ));
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

/// A directory whose usual filters read nobody is most likely searched in the wrong
/// place: said, though not refused (the rule's own filters may differ).
fn warn_if_empty(printer: &Printer, report: &crate::ops::connection::LdapTestReport) {
    if report.reads.iter().all(|r| r.users == 0) {
        printer.status(printer.paint_err(
            "No users under that base DN with a mail: check the base DN; the inbound rule's \
             --user-filter can read others later.",
            Paint::Bad,
        ));
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
        if answer.starts_with('~') {
            printer.status("Give the whole path: ~ is the shell's, and no shell reads it here.");
            continue;
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

fn inbound_rule_name(ctx: &Context, printer: &Printer, connection: &str) -> anyhow::Result<String> {
    let default = format!("from-{connection}");
    new_rule_name(ctx, printer, ("Inbound rule name", &default), None)
}
