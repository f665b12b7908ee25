//! The optional directory import (checked by a dry run) and outbound rule.

use std::path::PathBuf;

use dialoguer::MultiSelect;

use crate::cli::output::Printer;
use crate::cli::prompt::fitted;
use crate::import_export::import::Options;
use crate::ops::directory::{self, ImportRequest};
use crate::ops::Context;
use crate::progress::NoProgress;

use super::ask::*;

/// A directory file checked by a dry-run import, if the admin has one.
pub(super) struct ImportAnswer {
    pub(super) path: PathBuf,
    pub(super) populations: Vec<String>,
}

pub(super) fn import_answer(
    ctx: &mut Context,
    printer: &Printer,
) -> anyhow::Result<Option<ImportAnswer>> {
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

pub(super) fn import_options() -> Options {
    Options {
        create_populations: true,
        ..Options::default()
    }
}

/// An outbound rule over populations of the directory (or of the file to import).
pub(super) struct RuleAnswer {
    pub(super) name: String,
    pub(super) populations: Vec<String>,
}

pub(super) fn rule_answer(
    ctx: &Context,
    import: &Option<ImportAnswer>,
) -> anyhow::Result<Option<RuleAnswer>> {
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
                .with_prompt(fitted(
                    "Its populations (space to pick, enter to confirm)",
                    2,
                ))
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
