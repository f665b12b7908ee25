//! What the wizard leaves the admin with: the commands that do what it did, and the
//! crontab line (absolute paths: cron's PATH is `/usr/bin:/bin`).

use crate::model::{RemoveAction, SecretStoreKind, DEFAULT_SERVICE_URI, DEFAULT_TOKEN_ENDPOINT};
use crate::ops::Context;

use super::connection_questions::ConnectionAnswers;
use super::directory_questions::DirectoryAnswer;
use super::people_questions::People;
use super::rule_questions::RuleAnswer;

/// The commands that do what the wizard did, and the crontab line.
pub(super) fn equivalent_commands(
    (answers, store): (&ConnectionAnswers, SecretStoreKind),
    people: &People,
    rule: &Option<RuleAnswer>,
    ctx: &Context,
) -> String {
    let home = shell_word(&absolute(ctx.home()).display().to_string());
    let mut lines = vec![
        format!("export DBXPROV_HOME={home}"),
        dropbox_connection(answers, store),
    ];
    match people {
        People::AlreadyThere => {}
        People::File(i) => lines.push(format!(
            "dbxprov directory import {} --create-populations",
            shell_word(&i.path.display().to_string())
        )),
        People::Directory(d) => lines.extend(directory_commands(d, store)),
    }
    if let Some(r) = rule {
        let pops: Vec<String> = r
            .populations
            .iter()
            .map(|p| format!("--population {}", shell_word(p)))
            .collect();
        lines.push(format!(
            "dbxprov rule create outbound {} --connection {} {}",
            r.name,
            answers.new.name,
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

/// `DBXPROV_SECRET_STORE=file ` when the secrets go to the file.
fn store_prefix(store: SecretStoreKind) -> &'static str {
    match store {
        SecretStoreKind::File => "DBXPROV_SECRET_STORE=file ",
        SecretStoreKind::Keyring => "",
    }
}

fn dropbox_connection(answers: &ConnectionAnswers, store: SecretStoreKind) -> String {
    let n = &answers.new;
    let a = &n.actions;
    let mut create = format!(
        "{}DBXPROV_CLIENT_SECRET=... DBXPROV_REFRESH_TOKEN=... dbxprov connection create {} --client-id {}",
        store_prefix(store),
        n.name,
        shell_word(&n.client_id)
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
            create.push_str(&format!(" {flag} {}", shell_word(v)));
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
    create
}

/// The directory's connection, population, inbound rule and first pull.
fn directory_commands(d: &DirectoryAnswer, store: SecretStoreKind) -> Vec<String> {
    let n = &d.new;
    let mut create = format!(
        "{}DBXPROV_BIND_PASSWORD=... dbxprov connection create {} --kind ldap --url {} --bind-dn {} --base-dn {}",
        store_prefix(store),
        n.name,
        shell_word(&n.url),
        shell_word(&n.bind_dn),
        shell_word(&n.base_dn),
    );
    if n.starttls {
        create.push_str(" --starttls");
    }
    if let Some(ca) = &n.ca_file {
        create.push_str(&format!(
            " --ca-file {}",
            shell_word(&ca.display().to_string())
        ));
    }
    let mut lines = vec![create];
    if !d.population_exists {
        lines.push(format!(
            "dbxprov directory population create {}",
            shell_word(&d.population)
        ));
    }
    lines.push(format!(
        "dbxprov rule create inbound {} --connection {} --population {}",
        d.rule,
        n.name,
        shell_word(&d.population)
    ));
    lines.push(format!("dbxprov sync run {}", d.rule));
    lines
}

/// The crontab line that runs the due rules every 5 minutes: absolute paths (cron's PATH
/// is `/usr/bin:/bin`, and its working directory the user's home), silent when all is
/// well, and a failure left in the system log as well as in cron's mail.
pub(super) fn cron_line(home: &std::path::Path) -> String {
    let binary = std::env::current_exe().map_or_else(|_| "dbxprov".into(), |b| absolute(&b));
    format!(
        "For cron (every 5 minutes; silent when all is well; cron mails what it prints to \
         MAILTO, and logger leaves a failure in the system log):\n  \
         */5 * * * *  DBXPROV_HOME={} {} -q sync run --due || logger -t dbxprov \"exit $?\"\n",
        shell_word(&absolute(home).display().to_string()),
        shell_word(&binary.display().to_string()),
    )
}

/// `path` as cron and other directories see it: absolute, links resolved.
fn absolute(path: &std::path::Path) -> std::path::PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.into())
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
