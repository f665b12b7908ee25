//! `dbxprov setup`: the wizard, PingOne's "New Connection" flow on a terminal. It asks
//! for the connection and tests it (fix and test again, save as invalid, or cancel), the
//! user actions, where the secrets go, and optionally a directory import and an outbound
//! rule; then it saves all of it at once (nothing is saved before the last question, so
//! Ctrl-C at any point leaves the home unchanged), shows the rule's dry-run plan, and
//! prints the equivalent commands and the crontab line. Every step calls the functions
//! the non-interactive commands call.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;
use dialoguer::{Confirm, MultiSelect, Password, Select};

use super::connection::render_test;
use super::sync::render_run;
use crate::cli::error::CliError;
use crate::cli::global::GlobalArgs;
use crate::cli::output::{Paint, Printer};
use crate::cli::prompt::{fitted, CONFIRM_ROOM};
use crate::import_export::import::Options;
use crate::model::{
    validate_connection_name, RemoveAction, SecretStoreKind, UserActions, UserActionsPatch,
    DEFAULT_SERVICE_URI, DEFAULT_TOKEN_ENDPOINT,
};
use crate::ops::connection::{self, CreateOptions, Credentials, NewConnection};
use crate::ops::directory::{self, ImportRequest};
use crate::ops::rule::{self, NewOutboundRule};
use crate::ops::run::{self, RunOptions};
use crate::ops::Context;
use crate::progress::NoProgress;
use crate::secrets::Secret;

#[derive(Args, Debug)]
#[command(
    after_help = "Without a terminal, use the commands it prints at the end:
  dbxprov connection create NAME --client-id ID ...
  dbxprov directory import FILE --create-populations
  dbxprov rule create outbound RULE --connection NAME --population P
  dbxprov sync run RULE --dry-run"
)]
pub struct SetupArgs {}

/// The wizard's questions go through these, so that an interrupted prompt (Ctrl-C)
/// ends the process with 130 and nothing saved.
fn answered<T>(result: dialoguer::Result<T>) -> anyhow::Result<T> {
    match result {
        Ok(v) => Ok(v),
        Err(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::Interrupted => {
            let _ = console::Term::stderr().show_cursor();
            crate::cli::output::say_err(format_args!("\ninterrupted: nothing was saved"));
            std::process::exit(130);
        }
        Err(e) => Err(CliError::config("cannot read from the terminal")
            .with_source(e)
            .into()),
    }
}

fn ask(prompt: &str, default: Option<&str>) -> anyhow::Result<String> {
    ask_line(prompt, default, false)
}

fn ask_optional(prompt: &str) -> anyhow::Result<String> {
    ask_line(prompt, None, true)
}

/// A line typed in answer (Enter takes the default; an empty answer is asked again
/// unless `optional`). Read as the terminal gives it, with its own echo and line
/// editing: nothing is redrawn, so no width of terminal and no length of answer leaves
/// half a line behind. Ctrl-C ends the process through the signal handler (exit 130),
/// Ctrl-D as an interruption too, nothing saved.
fn ask_line(prompt: &str, default: Option<&str>, optional: bool) -> anyhow::Result<String> {
    let shown = match default {
        Some(d) => format!("{prompt} [{d}]:"),
        None => format!("{prompt}:"),
    };
    let term = console::Term::stderr();
    loop {
        let asked = term.write_str(&format!("{} ", fitted(&shown, 12)));
        let mut line = String::new();
        let read = asked.and_then(|()| std::io::stdin().read_line(&mut line));
        match read {
            Ok(0) => answered::<()>(Err(
                std::io::Error::from(std::io::ErrorKind::Interrupted).into()
            ))?,
            Ok(_) => {}
            Err(e) => answered::<()>(Err(e.into()))?,
        }
        let typed = line.trim();
        match default {
            _ if !typed.is_empty() => return Ok(typed.to_string()),
            Some(d) => return Ok(d.to_string()),
            None if optional => return Ok(String::new()),
            None => {}
        }
    }
}

fn ask_secret(prompt: &str) -> anyhow::Result<Secret> {
    let text = answered(Password::new().with_prompt(fitted(prompt, 2)).interact())?;
    Ok(Secret::new(text.trim().to_string()))
}

/// A hidden answer, or (Enter) the one given before, when there is one: fixing the
/// values after a failed test must not mean typing every secret again.
fn ask_secret_again(prompt: &str, before: Option<&Secret>) -> anyhow::Result<Secret> {
    let Some(before) = before else {
        return ask_secret(prompt);
    };
    let prompt = format!("{prompt} [Enter keeps the one given]");
    let password = Password::new()
        .with_prompt(fitted(&prompt, 2))
        .allow_empty_password(true);
    let text = answered(password.interact())?;
    Ok(match text.trim() {
        "" => before.clone(),
        given => Secret::new(given.to_string()),
    })
}

/// A pick among `items`, each short enough for a narrow terminal's line (dialoguer
/// erases an answered list line by line: an item the terminal wraps leaves half of
/// itself behind); what they mean is said before the question.
fn choose(prompt: &str, items: &[&str]) -> anyhow::Result<usize> {
    debug_assert!(items.iter().all(|i| i.chars().count() <= 36), "{items:?}");
    answered(
        Select::new()
            .with_prompt(fitted(prompt, 2))
            .items(items)
            .default(0)
            .interact(),
    )
}

fn yes(prompt: &str, default: bool) -> anyhow::Result<bool> {
    answered(
        Confirm::new()
            .with_prompt(fitted(prompt, CONFIRM_ROOM))
            .default(default)
            .interact(),
    )
}

/// What the connection questions gathered.
struct ConnectionAnswers {
    new: NewConnection,
    client_secret: Secret,
    refresh_token: Secret,
    save_invalid: bool,
}

pub async fn cmd_setup(
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
    printer.status("dbxprov setup: a connection to a Dropbox team, tested, and optionally a directory import and an outbound rule. Nothing is saved until the last question.\n");
    let Some(mut answers) = connection_answers(&ctx, printer).await? else {
        printer.status("Nothing was saved.");
        return Ok(());
    };
    answers.new.actions = user_actions(printer)?;
    let Some(store) = secret_store(&ctx)? else {
        printer.status("Nothing was saved.");
        return Ok(());
    };
    let import = import_answer(&mut ctx, printer)?;
    let rule = rule_answer(&ctx, &import)?;
    if !yes("Save all of this now?", true)? {
        printer.status("Nothing was saved.");
        return Ok(());
    }
    save(&mut ctx, printer, &answers, store, &import, &rule).await?;
    printer.status(equivalent_commands(&answers, store, &import, &rule, &ctx));
    Ok(())
}

/// The name the wizard offers: `prod`, or the first of `prod2`, `prod3`, ... not taken.
fn free_name(ctx: &Context) -> anyhow::Result<String> {
    for n in 1.. {
        let name = if n == 1 {
            "prod".to_string()
        } else {
            format!("prod{n}")
        };
        if ctx.store.find_connection(&name)?.is_none() {
            return Ok(name);
        }
    }
    unreachable!("some name is free")
}

/// The token endpoint at a service URI's origin (`http://127.0.0.1:8765/2` ->
/// `http://127.0.0.1:8765/oauth2/token`); `None` for Dropbox's own service, whose token
/// endpoint is on another host, or a URI without an origin.
fn token_endpoint_of(service_uri: &str) -> Option<String> {
    if service_uri == DEFAULT_SERVICE_URI {
        return Some(DEFAULT_TOKEN_ENDPOINT.to_string());
    }
    let (scheme, rest) = service_uri.split_once("://")?;
    let host = rest.split('/').next().filter(|h| !h.is_empty())?;
    Some(format!("{scheme}://{host}/oauth2/token"))
}

/// Name, description, service, credentials; tested until it passes, is saved as invalid,
/// or the admin cancels (`None`).
async fn connection_answers(
    ctx: &Context,
    printer: &Printer,
) -> anyhow::Result<Option<ConnectionAnswers>> {
    let free = free_name(ctx)?;
    let name = loop {
        let name = ask("Connection name", Some(&free))?;
        match validate_connection_name(&name).map_err(crate::error::Error::from) {
            Ok(()) if ctx.store.find_connection(&name)?.is_none() => break name,
            Ok(()) => printer.status(format!("A connection named {name:?} exists already.")),
            Err(e) => printer.status(e.to_string()),
        }
    };
    let description = ask_optional("Description (optional)")?;
    let mut service_uri = DEFAULT_SERVICE_URI.to_string();
    let mut token_endpoint = DEFAULT_TOKEN_ENDPOINT.to_string();
    let mut client_id = String::new();
    let mut given: Option<(Secret, Secret)> = None;
    loop {
        let asked = ask("Service URI", Some(&service_uri))?;
        if asked != service_uri {
            // The token endpoint of a service elsewhere (an emulator, a proxy) is there too.
            token_endpoint = token_endpoint_of(&asked).unwrap_or(token_endpoint);
        }
        service_uri = asked;
        token_endpoint = ask("Token endpoint", Some(&token_endpoint))?;
        let shown = (!client_id.is_empty()).then_some(client_id.as_str());
        client_id = ask("Client id (the Dropbox app key)", shown)?;
        let client_secret = ask_secret_again(
            "Client secret (the app secret; hidden)",
            given.as_ref().map(|(secret, _)| secret),
        )?;
        let new = NewConnection {
            name: name.clone(),
            description: Some(description.clone()),
            service_uri: Some(service_uri.clone()),
            token_endpoint: Some(token_endpoint.clone()),
            client_id: client_id.clone(),
            actions: UserActionsPatch::default(),
        };
        let prepared = match connection::prepare(ctx, new.clone()) {
            Ok(p) => p,
            Err(e) => {
                printer.status(format!("{e}; try again."));
                continue;
            }
        };
        let before = given.as_ref().map(|(_, token)| token);
        let refresh_token =
            match refresh_token(ctx, printer, (&prepared, before), &client_secret).await {
                Ok(token) => token,
                Err(e) => {
                    printer.status(format!("{e:#}; try again."));
                    continue;
                }
            };
        printer.status(format!(
            "Testing the connection to {} ...",
            prepared.service_uri
        ));
        given = Some((client_secret.clone(), refresh_token.clone()));
        let (report, error) =
            connection::test_unsaved(ctx, &prepared, client_secret.clone(), refresh_token.clone())
                .await;
        printer.status(render_test(printer, &report));
        let answers = |save_invalid| ConnectionAnswers {
            new: new.clone(),
            client_secret: client_secret.clone(),
            refresh_token: refresh_token.clone(),
            save_invalid,
        };
        let Some(error) = error else {
            return Ok(Some(answers(false)));
        };
        printer.status(format!(
            "{} {error}",
            printer.paint_err("The test failed:", Paint::Bad)
        ));
        printer.status(
            "A connection saved as invalid keeps its rules from running until \
             `dbxprov connection test` passes.",
        );
        match choose(
            "What now?",
            &[
                "Fix the values and test again",
                "Save it as invalid",
                "Cancel: save nothing",
            ],
        )? {
            0 => continue,
            1 => return Ok(Some(answers(true))),
            _ => return Ok(None),
        }
    }
}

/// The refresh token: pasted (hidden), or obtained on the spot through the
/// authorization-code flow of `connection authorize`.
async fn refresh_token(
    ctx: &Context,
    printer: &Printer,
    (prepared, before): (&crate::model::Connection, Option<&Secret>),
    client_secret: &Secret,
) -> anyhow::Result<Secret> {
    let mut ways = vec!["Paste one (hidden)", "Obtain one now from Dropbox"];
    if before.is_some() {
        ways.push("Keep the one given");
    }
    let how = choose("The refresh token", &ways)?;
    match (how, before) {
        (0, _) => return ask_secret("Refresh token (hidden)"),
        (2, Some(token)) => return Ok(token.clone()),
        _ => {}
    }
    let start = connection::authorize_start_for(prepared, None)?;
    printer.status(format!(
        "Open this page as a Dropbox team admin and allow the app:\n\n   {}\n",
        start.url
    ));
    let code = ask("Access code Dropbox shows", None)?;
    let (token, _) = connection::exchange_code(ctx, prepared, client_secret, &start, &code).await?;
    printer.status("Dropbox gave a refresh token.");
    Ok(token)
}

/// PingOne's user actions, each with what it does to a person.
fn user_actions(printer: &Printer) -> anyhow::Result<UserActionsPatch> {
    let d = UserActions::default();
    let create = yes(
        "Create a Dropbox member for each new user in scope?",
        d.create_users,
    )?;
    let update = yes(
        "Keep members' names and emails equal to the directory's?",
        d.update_users,
    )?;
    let disable = update
        && yes(
            "Suspend the member of a user disabled in the directory? (it keeps its files and devices; unsuspending restores it)",
            d.disable_users,
        )?;
    let deprovision = yes(
        "Deprovision members whose users leave the scope or the directory?",
        d.deprovision_users,
    )?;
    let remove_action = if deprovision && disable {
        printer.status(
            "A suspended member keeps its account and files, and can be unsuspended \
             (PingOne's Disable); a removed one leaves the team and frees its license \
             (PingOne's Delete; recoverable for 7 days).",
        );
        match choose(
            "How are they deprovisioned?",
            &["Suspended (reversible)", "Removed from the team"],
        )? {
            0 => RemoveAction::Disable,
            _ => RemoveAction::Delete,
        }
    } else {
        RemoveAction::Delete
    };
    let wipe = yes(
        "Wipe the devices of members that are suspended or removed? (erases the Dropbox files on their computers and phones)",
        d.wipe_data,
    )?;
    Ok(UserActionsPatch {
        create_users: Some(create),
        update_users: Some(update),
        disable_users: Some(disable),
        deprovision_users: Some(deprovision),
        remove_action: Some(remove_action),
        wipe_data: Some(wipe),
        ..UserActionsPatch::default()
    })
}

/// The keyring when one answers (or the file, if the admin prefers); without one, the
/// file is offered, never chosen silently. `None`: the admin declined both.
fn secret_store(ctx: &Context) -> anyhow::Result<Option<SecretStoreKind>> {
    let file = ctx.store.home().join(crate::home::SECRETS_FILE);
    if connection::keyring_reachable(ctx) {
        let prompt = format!(
            "Where do the secrets go? (the file would be {})",
            file.display()
        );
        let kind = match choose(
            &prompt,
            &["The OS keyring (recommended)", "A 0600 file in the home"],
        )? {
            0 => SecretStoreKind::Keyring,
            _ => SecretStoreKind::File,
        };
        return Ok(Some(kind));
    }
    let prompt = format!(
        "No OS keyring is reachable here. Keep the secrets in a 0600 file in the home ({})?",
        file.display()
    );
    Ok(yes(&prompt, true)?.then_some(SecretStoreKind::File))
}

/// A directory file checked by a dry-run import, if the admin has one.
struct ImportAnswer {
    path: PathBuf,
    populations: Vec<String>,
}

fn import_answer(ctx: &mut Context, printer: &Printer) -> anyhow::Result<Option<ImportAnswer>> {
    if !yes("Import a directory file (CSV or JSON) now?", false)? {
        return Ok(None);
    }
    loop {
        let path = PathBuf::from(ask("File", None)?);
        let checked = directory::import(
            ctx,
            ImportRequest {
                path: &path,
                format: None,
                options: import_options(),
                dry_run: true,
            },
            &NoProgress,
        );
        match checked {
            Ok(report) => {
                printer.status(format!(
                    "{} users to create, {} to update; new populations: {}.",
                    report.created,
                    report.updated,
                    if report.populations_created.is_empty() {
                        "none".to_string()
                    } else {
                        report.populations_created.join(", ")
                    }
                ));
                return Ok(Some(ImportAnswer {
                    path,
                    populations: report.populations_created,
                }));
            }
            Err(e) => {
                printer.status(format!("{e}"));
                if !yes("Try another file?", true)? {
                    return Ok(None);
                }
            }
        }
    }
}

fn import_options() -> Options {
    Options {
        create_populations: true,
        ..Options::default()
    }
}

/// An outbound rule over populations of the directory (or of the file to import).
struct RuleAnswer {
    name: String,
    populations: Vec<String>,
}

fn rule_answer(ctx: &Context, import: &Option<ImportAnswer>) -> anyhow::Result<Option<RuleAnswer>> {
    let mut populations: Vec<String> = directory::population_list(ctx)?
        .into_iter()
        .map(|p| p.name)
        .collect();
    if let Some(i) = import {
        populations.extend(i.populations.iter().cloned());
    }
    if !yes(
        "Create an outbound rule (directory -> this team) now?",
        true,
    )? {
        return Ok(None);
    }
    let name = ask("Rule name", Some("staff"))?;
    let picked = loop {
        let picked = answered(
            MultiSelect::new()
                .with_prompt("Its populations (space to pick, enter to confirm)")
                .items(&populations)
                .interact(),
        )?;
        if !picked.is_empty() {
            break picked;
        }
    };
    Ok(Some(RuleAnswer {
        name,
        populations: picked.into_iter().map(|i| populations[i].clone()).collect(),
    }))
}

/// Saves the connection (testing it once more), imports, creates the rule, and shows
/// its dry run.
async fn save(
    ctx: &mut Context,
    printer: &Printer,
    answers: &ConnectionAnswers,
    store: SecretStoreKind,
    import: &Option<ImportAnswer>,
    rule: &Option<RuleAnswer>,
) -> anyhow::Result<()> {
    let mut prepared = connection::prepare(ctx, answers.new.clone())?;
    prepared.secret_store = Some(store);
    let created = connection::create(
        ctx,
        prepared,
        Credentials {
            client_secret: answers.client_secret.clone(),
            refresh_token: Some(answers.refresh_token.clone()),
        },
        CreateOptions {
            test: true,
            allow_invalid: answers.save_invalid,
        },
    )
    .await?;
    printer.status(format!(
        "Saved connection {:?} ({}; secrets in the {} store).",
        created.connection.connection.name,
        created.connection.connection.status.as_str(),
        store.as_str()
    ));
    if let Some(i) = import {
        let report = directory::import(
            ctx,
            ImportRequest {
                path: &i.path,
                format: None,
                options: import_options(),
                dry_run: false,
            },
            &NoProgress,
        )?;
        printer.status(format!(
            "Imported {}: {} users created.",
            i.path.display(),
            report.created
        ));
    }
    let Some(r) = rule else {
        return Ok(());
    };
    let view = rule::create_outbound(
        ctx,
        NewOutboundRule {
            name: r.name.clone(),
            connection: answers.new.name.clone(),
            populations: r.populations.clone(),
            ..NewOutboundRule::default()
        },
    )?;
    printer.status(format!(
        "Created rule {:?}: {} users in scope.",
        view.rule.name, view.users_in_scope
    ));
    if answers.save_invalid {
        return Ok(());
    }
    let dry = run::run(ctx, &r.name, &RunOptions::new(true, None), &NoProgress).await?;
    printer.result(&dry, |d| render_run(printer, d))
}

/// The commands that do what the wizard did, and the crontab line.
fn equivalent_commands(
    answers: &ConnectionAnswers,
    store: SecretStoreKind,
    import: &Option<ImportAnswer>,
    rule: &Option<RuleAnswer>,
    ctx: &Context,
) -> String {
    let n = &answers.new;
    let a = &n.actions;
    let mut create = format!(
        "{}DBXPROV_CLIENT_SECRET=... DBXPROV_REFRESH_TOKEN=... dbxprov connection create {} --client-id {}",
        if store == SecretStoreKind::File { "DBXPROV_SECRET_STORE=file " } else { "" },
        n.name,
        n.client_id
    );
    for (flag, value, default) in [
        (
            "--service-uri",
            n.service_uri.as_deref(),
            DEFAULT_SERVICE_URI,
        ),
        (
            "--token-endpoint",
            n.token_endpoint.as_deref(),
            DEFAULT_TOKEN_ENDPOINT,
        ),
    ] {
        if let Some(v) = value.filter(|v| *v != default) {
            create.push_str(&format!(" {flag} {v}"));
        }
    }
    for (on, flag) in [
        (a.create_users == Some(false), " --no-create-users"),
        (a.update_users == Some(false), " --no-update-users"),
        (a.disable_users == Some(false), " --no-disable-users"),
        (
            a.deprovision_users == Some(false),
            " --no-deprovision-users",
        ),
        (
            a.remove_action == Some(RemoveAction::Delete),
            " --remove-action delete",
        ),
        (a.wipe_data == Some(true), " --wipe-data"),
    ] {
        if on {
            create.push_str(flag);
        }
    }
    if answers.save_invalid {
        create.push_str(" --allow-invalid");
    }
    let mut lines = vec![create];
    if let Some(i) = import {
        lines.push(format!(
            "dbxprov directory import {} --create-populations",
            i.path.display()
        ));
    }
    if let Some(r) = rule {
        let pops: Vec<String> = r
            .populations
            .iter()
            .map(|p| format!("--population {p:?}"))
            .collect();
        lines.push(format!(
            "dbxprov rule create outbound {} --connection {} {}",
            r.name,
            n.name,
            pops.join(" ")
        ));
        lines.push(format!("dbxprov sync run {} --dry-run", r.name));
        lines.push(format!("dbxprov sync run {}", r.name));
    }
    format!(
        "\nThe same, without the wizard:\n  {}\n\n{}",
        lines.join("\n  "),
        cron_line(ctx.store.home())
    )
}

/// The crontab line that runs the due rules every 5 minutes: absolute paths (cron's PATH
/// is `/usr/bin:/bin`, and its working directory the user's home), silent when all is
/// well, and a failure left in the system log as well as in cron's mail.
fn cron_line(home: &std::path::Path) -> String {
    let absolute = |p: &std::path::Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.into());
    let binary = std::env::current_exe().map_or_else(|_| "dbxprov".into(), |b| absolute(&b));
    format!(
        "For cron (every 5 minutes; silent when all is well; cron mails what it prints to \
         MAILTO, and logger leaves a failure in the system log):\n  \
         */5 * * * *  DBXPROV_HOME={} {} -q sync run --due || logger -t dbxprov \"exit $?\"\n",
        shell_word(&absolute(home).display().to_string()),
        shell_word(&binary.display().to_string()),
    )
}

/// `word` as one word for `sh`: as it is when it holds only safe characters, else in
/// single quotes.
fn shell_word(word: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "/._-+:@".contains(c);
    if !word.is_empty() && word.chars().all(safe) {
        return word.to_string();
    }
    format!("'{}'", word.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests;
