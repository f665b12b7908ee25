//! `dbxprov directory import FILE [--format csv|json] [--population P] [--replace] [--dry-run]`

use std::path::PathBuf;

use clap::Args;

use super::super::FormatArg;
use crate::cli::output::{fields, Printer};
use crate::import_export::import::Options;
use crate::ops::directory::{self, ImportReport, ImportRequest};
use crate::ops::Context;
use crate::progress::Progress;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov directory import hr.csv --create-populations --dry-run\n  dbxprov directory import hr.csv --population Staff --replace"
)]
pub struct ImportArgs {
    /// CSV or JSON file ('-' for stdin, with --format).
    pub(crate) file: PathBuf,
    /// The file's format [default: from its extension]
    #[arg(long, value_enum)]
    pub(crate) format: Option<FormatArg>,
    /// Population of rows that name none [default: Default]
    #[arg(long, value_name = "P")]
    pub(crate) population: Option<String>,
    /// Create the populations the file names that do not exist yet.
    #[arg(long)]
    pub(crate) create_populations: bool,
    /// The file is authoritative for the populations it covers: their users missing from
    /// it are deleted (refused for a file without rows).
    #[arg(long)]
    pub(crate) replace: bool,
    /// Check the file and show what would change, without changing anything.
    #[arg(long)]
    pub(crate) dry_run: bool,
}

pub(crate) fn cmd_import(
    ctx: &mut Context,
    args: ImportArgs,
    printer: &Printer,
    progress: &dyn Progress,
) -> anyhow::Result<()> {
    let report = directory::import(
        ctx,
        ImportRequest {
            path: &args.file,
            format: args.format.map(Into::into),
            options: Options {
                population: args.population,
                replace: args.replace,
                create_populations: args.create_populations,
            },
            dry_run: args.dry_run,
        },
        progress,
    )?;
    printer.result(&report, render)
}

const SHOWN: usize = 20;

fn list(label: &str, items: &[String]) -> String {
    let mut s = format!("{label}:\n");
    for i in items.iter().take(SHOWN) {
        s.push_str(&format!("  {i}\n"));
    }
    if items.len() > SHOWN {
        s.push_str(&format!(
            "  ... and {} more (--json lists all)\n",
            items.len() - SHOWN
        ));
    }
    s
}

/// The import summary for people (also shown by the demo).
pub(crate) fn render(r: &ImportReport) -> String {
    let mut s = String::new();
    if r.dry_run {
        s.push_str(&format!(
            "Dry run: {} is valid; nothing was changed.\n",
            r.file
        ));
    }
    let verb = |done: &'static str, would: &'static str| if r.dry_run { would } else { done };
    s.push_str(&fields([
        (verb("created", "would create"), r.created.to_string()),
        (verb("updated", "would update"), r.updated.to_string()),
        ("unchanged", r.unchanged.to_string()),
        (verb("deleted", "would delete"), r.deleted.to_string()),
    ]));
    if r.absent > 0 {
        s.push_str(&format!(
            "{} of the populations in the file not in it: kept (with --replace, an import \
             deletes them)\n",
            crate::cli::output::counted(r.absent as u64, "user", "users")
        ));
    }
    if !r.populations_created.is_empty() {
        s.push_str(&list(
            verb("populations created", "populations to create"),
            &r.populations_created,
        ));
    }
    if !r.groups_created.is_empty() {
        s.push_str(&list(
            verb("groups created", "groups to create"),
            &r.groups_created,
        ));
    }
    if !r.deleted_users.is_empty() {
        s.push_str(&list(
            verb("deleted users", "users to delete"),
            &r.deleted_users,
        ));
    }
    if r.dry_run && !r.updated_users.is_empty() {
        let updates: Vec<String> = r
            .updated_users
            .iter()
            .map(|u| format!("{} ({})", u.email, u.fields.join(", ")))
            .collect();
        s.push_str(&list("users to update", &updates));
    }
    s
}
