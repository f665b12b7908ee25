//! The optional outbound rule: its name, and the populations it reads (those the people
//! questions bring in offered, the directory's picked already).

use dialoguer::MultiSelect;

use crate::cli::output::Printer;
use crate::cli::prompt::fitted;
use crate::ops::directory;
use crate::ops::Context;

use super::ask::*;
use super::names::new_rule_name;
use super::people_questions::*;

/// An outbound rule over populations of the directory (or of the file to import).
pub(super) struct RuleAnswer {
    pub(super) name: String,
    pub(super) populations: Vec<String>,
}

pub(super) fn rule_answer(
    ctx: &Context,
    printer: &Printer,
    people: &People,
) -> anyhow::Result<Option<RuleAnswer>> {
    let mut populations: Vec<String> = directory::population_list(ctx)?
        .into_iter()
        .map(|p| p.name)
        .collect();
    let (added, picked_already) = people.new_populations();
    for p in &added {
        if !populations.iter().any(|x| x.eq_ignore_ascii_case(p)) {
            populations.push(p.clone());
        }
    }
    if !yes(
        "Create an outbound rule (directory -> this team) now?",
        true,
    )? {
        return Ok(None);
    }
    let inbound = match people {
        People::Directory(d) => Some(d.rule.as_str()),
        _ => None,
    };
    let name = new_rule_name(ctx, printer, ("Rule name", "staff"), inbound)?;
    let defaults: Vec<bool> = populations
        .iter()
        .map(|p| picked_already && added.iter().any(|a| a.eq_ignore_ascii_case(p)))
        .collect();
    let picked = loop {
        let picked = answered(
            MultiSelect::new()
                .with_prompt(fitted(
                    "Its populations (space to pick, enter to confirm)",
                    2,
                ))
                .items(&populations)
                .defaults(&defaults)
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
