//! Which rules `sync run` runs: those named (every name checked before any runs: a typo
//! in the third must not leave the first two run and the rest not), every enabled one
//! (`--all`), or the due ones (`--due`). Over a home without rules, `--all` and `--due`
//! fail: cron over a new or mistyped home must not pass for a quiet success.

use super::inbound::{due, Due};
use crate::error::{Error, Result};
use crate::model::did_you_mean;
use crate::ops::{rule, Context};

/// What `sync run` was asked to run.
pub(crate) enum Selection {
    Named(Vec<String>),
    All,
    Due,
}

/// The rules to run, in order, as the store spells them, and what a person should know
/// of those left out.
pub(crate) struct Selected {
    pub(crate) rules: Vec<String>,
    /// `--due`: the enabled rules that are not due, with their next run.
    pub(crate) not_due: Vec<Due>,
    /// `--all` or `--due` found no enabled rule (there are rules, all disabled).
    pub(crate) none_enabled: bool,
}

pub(crate) fn select(ctx: &Context, selection: Selection) -> Result<Selected> {
    let rules = rule::all(ctx)?;
    if rules.is_empty() && !matches!(selection, Selection::Named(_)) {
        return Err(Error::NoRules {
            home: ctx.home().to_path_buf(),
        });
    }
    let mut selected = Selected {
        rules: Vec::new(),
        not_due: Vec::new(),
        none_enabled: false,
    };
    match selection {
        Selection::All => {
            selected.rules = rules
                .into_iter()
                .filter(|r| r.enabled)
                .map(|r| r.name)
                .collect();
            selected.none_enabled = selected.rules.is_empty();
        }
        Selection::Due => {
            let (now, later): (Vec<Due>, Vec<Due>) = due(ctx)?.into_iter().partition(|d| d.due);
            selected.none_enabled = now.is_empty() && later.is_empty();
            selected.rules = now.into_iter().map(|d| d.rule).collect();
            selected.not_due = later;
        }
        Selection::Named(names) => {
            let mut unknown = Vec::new();
            for name in names {
                match rules.iter().find(|r| r.name.eq_ignore_ascii_case(&name)) {
                    Some(r) => selected.rules.push(r.name.clone()),
                    None => unknown.push(name),
                }
            }
            if let Some(first) = unknown.first() {
                let similar =
                    did_you_mean(first, rules.iter().map(|r| r.name.as_str())).map(str::to_string);
                return Err(Error::UnknownRules {
                    names: unknown,
                    similar,
                });
            }
        }
    }
    Ok(selected)
}
