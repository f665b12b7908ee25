//! The connection's questions: name, service, credentials and the refresh token (pasted,
//! or obtained on the spot), tested until it passes, is saved as invalid, or is
//! cancelled; then the user actions and where the secrets go.

use crate::cli::commands::connection::render_dropbox_test;
use crate::cli::output::{Paint, Printer};
use crate::model::{
    validate_connection_name, RemoveAction, SecretStoreKind, UserActions, UserActionsPatch,
    DEFAULT_SERVICE_URI, DEFAULT_TOKEN_ENDPOINT,
};
use crate::ops::connection::{self, NewConnection};
use crate::ops::Context;
use crate::secrets::Secret;

use super::ask::*;
use super::names::free_name;

/// What the connection questions gathered.
pub(super) struct ConnectionAnswers {
    pub(super) new: NewConnection,
    pub(super) client_secret: Secret,
    pub(super) refresh_token: Secret,
    pub(super) save_invalid: bool,
}

/// The token endpoint at a service URI's origin (`http://127.0.0.1:8765/2` ->
/// `http://127.0.0.1:8765/oauth2/token`); `None` for Dropbox's own service, whose token
/// endpoint is on another host, or a URI without an origin.
pub(super) fn token_endpoint_of(service_uri: &str) -> Option<String> {
    if service_uri == DEFAULT_SERVICE_URI {
        return Some(DEFAULT_TOKEN_ENDPOINT.to_string());
    }
    let (scheme, rest) = service_uri.split_once("://")?;
    let host = rest.split('/').next().filter(|h| !h.is_empty())?;
    Some(format!("{scheme}://{host}/oauth2/token"))
}

/// Name, description, service, credentials; tested until it passes, is saved as invalid,
/// or the admin cancels (`None`).
pub(super) async fn connection_answers(
    ctx: &Context,
    printer: &Printer,
) -> anyhow::Result<Option<ConnectionAnswers>> {
    let free = free_name(ctx, "prod", "")?;
    let name = loop {
        let name = ask("Connection name", Some(&free))?;
        match validate_connection_name(&name).map_err(crate::error::Error::from) {
            Ok(()) if !connection::exists(ctx, &name)? => break name,
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
        printer.status(render_dropbox_test(printer, &report));
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
pub(super) async fn refresh_token(
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
pub(super) fn user_actions(printer: &Printer) -> anyhow::Result<UserActionsPatch> {
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
pub(super) fn secret_store(
    ctx: &Context,
    printer: &Printer,
) -> anyhow::Result<Option<SecretStoreKind>> {
    let file = ctx.home().join(crate::home::SECRETS_FILE);
    // The path is said on a line of its own: a long one would not fit a prompt's line.
    if connection::keyring_reachable(ctx) {
        printer.status(format!("The secrets file would be {}.", file.display()));
        let kind = match choose(
            "Where do the secrets go?",
            &["The OS keyring (recommended)", "A 0600 file in the home"],
        )? {
            0 => SecretStoreKind::Keyring,
            _ => SecretStoreKind::File,
        };
        return Ok(Some(kind));
    }
    printer.status(format!(
        "No OS keyring is reachable here; the secrets can go in a 0600 file in the home, {}.",
        file.display()
    ));
    let prompt = "Keep the secrets in that file?";
    Ok(yes(prompt, true)?.then_some(SecretStoreKind::File))
}
