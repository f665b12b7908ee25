//! Saving all the answers at once: the Dropbox connection (tested once more), the people
//! (a file imported, or a directory connection saved, its inbound rule created and its
//! first pull run), the outbound rule and its dry run.

use crate::cli::commands::sync::render_run;
use crate::cli::output::Printer;
use crate::model::SecretStoreKind;
use crate::ops::connection::{self, CreateOptions, Credentials};
use crate::ops::directory::{self, ImportRequest};
use crate::ops::rule::{self, NewInboundRule, NewOutboundRule};
use crate::ops::run::{self, RunOptions};
use crate::ops::Context;
use crate::progress::NoProgress;

use super::connection_questions::*;
use super::directory_questions::*;
use super::people_questions::*;
use super::rule_questions::*;

/// Saves the connection (testing it once more), brings the people in, creates the rule,
/// and shows its dry run.
pub(super) async fn save(
    ctx: &mut Context,
    printer: &Printer,
    (answers, store): (&ConnectionAnswers, SecretStoreKind),
    people: &People,
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
    match people {
        People::AlreadyThere => {}
        People::File(i) => import(ctx, printer, i)?,
        People::Directory(d) => save_directory(ctx, printer, d, store).await?,
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

fn import(ctx: &mut Context, printer: &Printer, i: &ImportAnswer) -> anyhow::Result<()> {
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
    Ok(())
}

/// The directory's connection (tested once more), its population, its inbound rule, and
/// the rule's first pull: the outbound rule's dry run then reads its people.
async fn save_directory(
    ctx: &mut Context,
    printer: &Printer,
    d: &DirectoryAnswer,
    store: SecretStoreKind,
) -> anyhow::Result<()> {
    let mut prepared = connection::prepare_ldap(ctx, d.new.clone())?;
    prepared.secret_store = Some(store);
    let created = connection::create_ldap(
        ctx,
        prepared,
        d.password.clone(),
        CreateOptions {
            test: true,
            allow_invalid: false,
        },
    )
    .await?;
    let c = &created.connection.connection;
    let server = c
        .ldap
        .as_ref()
        .and_then(|l| l.flavor)
        .map_or("LDAP", |f| f.label());
    printer.status(format!(
        "Saved connection {:?} ({}; {server}; its password in the {} store).",
        c.name,
        c.status.as_str(),
        store.as_str()
    ));
    if !d.population_exists {
        directory::population_create(ctx, &d.population)?;
    }
    rule::create_inbound(
        ctx,
        NewInboundRule {
            name: d.rule.clone(),
            connection: c.name.clone(),
            population: d.population.clone(),
            ..NewInboundRule::default()
        },
    )?;
    printer.status(format!(
        "Created inbound rule {:?} into population {:?}; its first pull:",
        d.rule, d.population
    ));
    let pulled = run::run(ctx, &d.rule, &RunOptions::new(false, None), &NoProgress).await?;
    printer.result(&pulled, |r| render_run(printer, r))
}
