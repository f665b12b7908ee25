//! `dbxprov directory ...`: dbxprov's own identity store — users, groups, populations —
//! with import and export. Shared here: how users are shown, and `--attr K=V`.

mod export;
mod group;
mod import;
mod population;
mod user;

pub use import::render as render_import;
pub use population::render_populations;

use clap::Subcommand;

use crate::cli::output::{fields, render_table, table, yes_no, Printer};
use crate::cli::GlobalArgs;
use crate::model::User;
use crate::ops::directory::AttributeChanges;
use crate::ops::rfc3339;
use crate::Error;

// Parsed once per process: boxing variants would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
pub enum DirectoryCommand {
    /// Import users from a CSV or JSON file (all or nothing).
    Import(import::ImportArgs),
    /// Export users as CSV or JSON, in the form import reads.
    Export(export::ExportArgs),
    /// Users: add, list, show, set, enable, disable, delete.
    #[command(subcommand)]
    User(user::UserCommand),
    /// Groups: create, rename, delete, list, members, add-member, remove-member.
    #[command(subcommand)]
    Group(group::GroupCommand),
    /// Populations: create, list, delete.
    #[command(subcommand)]
    Population(population::PopulationCommand),
}

pub async fn run(
    cmd: DirectoryCommand,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let mut ctx = global.context(printer)?;
    match cmd {
        DirectoryCommand::Import(args) => import::cmd_import(&mut ctx, args, printer),
        DirectoryCommand::Export(args) => export::cmd_export(&ctx, args, printer),
        DirectoryCommand::User(cmd) => user::run(&mut ctx, cmd, printer),
        DirectoryCommand::Group(cmd) => group::run(&mut ctx, cmd, printer),
        DirectoryCommand::Population(cmd) => population::run(&mut ctx, cmd, printer),
    }
}

/// The profile flags `user add` and `user set` share.
#[derive(clap::Args, Debug)]
pub struct ProfileArgs {
    /// Username [at creation: the email]
    #[arg(long, value_name = "U")]
    pub username: Option<String>,
    #[arg(long, value_name = "G")]
    pub given_name: Option<String>,
    #[arg(long, value_name = "S")]
    pub surname: Option<String>,
    /// Population [at creation: Default]
    #[arg(long, value_name = "P")]
    pub population: Option<String>,
    /// Set an attribute (repeatable): --attr department=Sales; --attr department= removes it
    #[arg(long = "attr", value_name = "K=V")]
    pub attrs: Vec<String>,
}

/// `--attr K=V` (set) and `--attr K=` (remove).
pub fn parse_attrs(attrs: &[String]) -> anyhow::Result<AttributeChanges> {
    let mut changes = AttributeChanges::new();
    for a in attrs {
        let Some((k, v)) = a.split_once('=') else {
            return Err(Error::config(format!("--attr {a:?} is not KEY=VALUE"))
                .with_hint("use --attr department=Sales; --attr department= removes it")
                .into());
        };
        changes.insert(
            k.trim().to_string(),
            Some(v.trim().to_string()).filter(|v| !v.is_empty()),
        );
    }
    Ok(changes)
}

fn full_name(u: &User) -> String {
    format!("{} {}", u.given_name, u.surname).trim().to_string()
}

/// Users as a table: readable at 80 columns.
pub fn render_users(users: &[User]) -> String {
    if users.is_empty() {
        return "No users.\n".into();
    }
    let mut t = table(["EMAIL", "NAME", "ENABLED", "POPULATION", "GROUPS"]);
    for u in users {
        t.add_row([
            u.email.clone(),
            full_name(u),
            yes_no(u.enabled),
            u.population.clone(),
            u.groups.join(", "),
        ]);
    }
    let mut s = render_table(&t);
    s.push_str(&format!(
        "{} user{}\n",
        users.len(),
        if users.len() == 1 { "" } else { "s" }
    ));
    s
}

/// One user, field by field.
pub fn render_user(u: &User) -> String {
    let mut rows = vec![
        ("id", u.id.clone()),
        ("username", u.username.clone()),
        ("email", u.email.clone()),
        ("given name", u.given_name.clone()),
        ("surname", u.surname.clone()),
        ("enabled", yes_no(u.enabled)),
        ("population", u.population.clone()),
        ("groups", u.groups.join(", ")),
        (
            "provenance",
            u.provenance.clone().unwrap_or_else(|| "directory".into()),
        ),
        ("created", rfc3339(u.created_at)),
        ("updated", rfc3339(u.updated_at)),
    ];
    let attrs: Vec<(String, String)> = u
        .attributes
        .iter()
        .map(|(k, v)| (format!("attr {k}"), v.clone()))
        .collect();
    rows.extend(attrs.iter().map(|(k, v)| (k.as_str(), v.clone())));
    fields(rows)
}
