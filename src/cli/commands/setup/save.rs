//! Saving all the answers at once, the rule's dry run, and what the wizard leaves the
//! admin with: the equivalent commands and the crontab line (absolute paths: cron's PATH
//! is `/usr/bin:/bin`).

use crate::cli::commands::sync::render_run;
use crate::cli::output::Printer;
use crate::model::{RemoveAction, SecretStoreKind, DEFAULT_SERVICE_URI, DEFAULT_TOKEN_ENDPOINT};
use crate::ops::connection::{self, CreateOptions, Credentials};
use crate::ops::directory::{self, ImportRequest};
use crate::ops::rule::{self, NewOutboundRule};
use crate::ops::run::{self, RunOptions};
use crate::ops::Context;
use crate::progress::NoProgress;

use super::connection_questions::*;
use super::rule_questions::*;

/// Saves the connection (testing it once more), imports, creates the rule, and shows
/// its dry run.
pub(super) async fn save(
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
pub(super) fn equivalent_commands(
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
        cron_line(ctx.home())
    )
}

/// The crontab line that runs the due rules every 5 minutes: absolute paths (cron's PATH
/// is `/usr/bin:/bin`, and its working directory the user's home), silent when all is
/// well, and a failure left in the system log as well as in cron's mail.
pub(super) fn cron_line(home: &std::path::Path) -> String {
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
pub(super) fn shell_word(word: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "/._-+:@".contains(c);
    if !word.is_empty() && word.chars().all(safe) {
        return word.to_string();
    }
    format!("'{}'", word.replace('\'', r"'\''"))
}
