//! Where the people come from: a directory file (checked by a dry-run import), an LDAP
//! or Active Directory server (its own questions, in `directory_questions`), or nowhere
//! new (the directory has them already).

use std::path::PathBuf;

use crate::cli::output::Printer;
use crate::import_export::import::Options;
use crate::ops::directory::{self, ImportRequest};
use crate::ops::Context;
use crate::progress::NoProgress;

use super::ask::*;
use super::directory_questions::*;

/// What the wizard brings into the directory before the outbound rule reads it.
pub(super) enum People {
    /// Nothing new: the directory has them already, or they come later.
    AlreadyThere,
    File(ImportAnswer),
    Directory(Box<DirectoryAnswer>),
}

impl People {
    /// The populations it adds to the directory (for the outbound rule to pick), and
    /// whether the outbound rule should pick them by default.
    pub(super) fn new_populations(&self) -> (Vec<String>, bool) {
        match self {
            People::AlreadyThere => (Vec::new(), false),
            People::File(i) => (i.populations.clone(), false),
            People::Directory(d) => (vec![d.population.clone()], true),
        }
    }
}

/// "Where do your people come from?"; `None`: the admin cancelled the setup.
pub(super) async fn people_answer(
    ctx: &mut Context,
    printer: &Printer,
    dropbox_connection: &str,
) -> anyhow::Result<Option<People>> {
    printer.status(
        "Your people: from a CSV or JSON file (imported once), from LDAP or Active \
         Directory (read on every run), or already in dbxprov's directory.",
    );
    let sources = [
        "A CSV or JSON file",
        "LDAP or Active Directory",
        "Already in the directory",
    ];
    loop {
        let people = match choose("Where do your people come from?", &sources)? {
            0 => import_answer(ctx, printer)?.map(People::File),
            1 => match directory_answer(ctx, printer, dropbox_connection).await? {
                Answer::Given(d) => Some(People::Directory(Box::new(d))),
                Answer::Skipped => None,
                Answer::Cancelled => return Ok(None),
            },
            _ => Some(People::AlreadyThere),
        };
        if let Some(people) = people {
            return Ok(Some(people));
        }
    }
}

/// A directory file checked by a dry-run import.
pub(super) struct ImportAnswer {
    pub(super) path: PathBuf,
    pub(super) populations: Vec<String>,
}

/// A file that imports (checked by a dry run); `None`: the admin gave up on files.
fn import_answer(ctx: &mut Context, printer: &Printer) -> anyhow::Result<Option<ImportAnswer>> {
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

pub(super) fn import_options() -> Options {
    Options {
        create_populations: true,
        ..Options::default()
    }
}
