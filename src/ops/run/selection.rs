//! Which rules `sync run` runs: those named (every name checked before any runs: a typo
//! in the third must not leave the first two run and the rest not), every enabled one
//! (`--all`), or the due ones (`--due`), inbound rules first so that outbound rules see
//! the directory they fed. Over a home without rules, `--all` and `--due` fail: cron
//! over a new or mistyped home must not pass for a quiet success. An inbound run that
//! failed leaves unrun the outbound rules that read what it feeds ([`FailedPulls`]).

use std::collections::HashSet;

use super::inbound::{due, Due};
use crate::error::{Error, Result};
use crate::model::{did_you_mean, Direction, Quarantine, Rule};
use crate::ops::monitor::quarantine::quarantine_of;
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
    /// `--due`: the due rules left out because they are quarantined, with why and until
    /// when (a rule named, or `--all`, runs whatever its quarantine).
    pub(crate) quarantined: Vec<(String, Quarantine)>,
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
        quarantined: Vec::new(),
        none_enabled: false,
    };
    match selection {
        Selection::All => {
            selected.rules = rules
                .iter()
                .filter(|r| r.enabled)
                .map(|r| r.name.clone())
                .collect();
            selected.none_enabled = selected.rules.is_empty();
        }
        Selection::Due => {
            let (now, later): (Vec<Due>, Vec<Due>) = due(ctx)?.into_iter().partition(|d| d.due);
            selected.none_enabled = now.is_empty() && later.is_empty();
            selected.not_due = later;
            for d in now {
                let rule = ctx.store.rule(&d.rule)?;
                match quarantine_of(ctx, rule.id)?.filter(|q| q.holds_at(ctx.now())) {
                    Some(q) => selected.quarantined.push((d.rule, q)),
                    None => selected.rules.push(d.rule),
                }
            }
        }
        Selection::Named(names) => {
            return named(selected, &rules, names);
        }
    }
    // Inbound first: an outbound rule then provisions the directory they just read.
    let inbound = |name: &String| {
        rules
            .iter()
            .any(|r| &r.name == name && r.direction == Direction::Inbound)
    };
    selected.rules.sort_by_key(|name| !inbound(name));
    Ok(selected)
}

/// The rules named, in the order given; an error names those that do not exist.
fn named(mut selected: Selected, rules: &[Rule], names: Vec<String>) -> Result<Selected> {
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
    Ok(selected)
}

/// The inbound rules whose run failed in this invocation, and what they feed: an
/// outbound rule that reads it does not run on a half-read directory.
#[derive(Default)]
pub(crate) struct FailedPulls {
    /// (rule, its population, the directory groups it owns).
    failed: Vec<(String, String, HashSet<String>)>,
}

impl FailedPulls {
    /// Notes how a rule's run ended (`went_through`: it read and wrote what it had to).
    pub(crate) fn record(&mut self, ctx: &Context, rule: &str, went_through: bool) -> Result<()> {
        if went_through {
            return Ok(());
        }
        let Some(r) = ctx.store.find_rule(rule)? else {
            return Ok(());
        };
        if r.direction == Direction::Inbound {
            let groups = ctx.store.inbound_groups(r.id)?.into_values().collect();
            let population = r.populations.first().cloned().unwrap_or_default();
            self.failed.push((r.name, population, groups));
        }
        Ok(())
    }

    /// The failed inbound rule an outbound rule reads from, if one did fail: one whose
    /// population it provisions (a rule of groups only reads every population), or one
    /// of whose groups it is scoped by.
    pub(crate) fn feeding(&self, ctx: &Context, rule: &str) -> Result<Option<String>> {
        let Some(r) = ctx.store.find_rule(rule)? else {
            return Ok(None);
        };
        if r.direction != Direction::Outbound {
            return Ok(None);
        }
        let group_ids: Vec<String> = r
            .groups
            .iter()
            .filter_map(|g| ctx.store.find_group(g).ok().flatten().map(|g| g.id))
            .collect();
        let reads = |(_, population, groups): &&(String, String, HashSet<String>)| {
            r.populations.is_empty()
                || r.populations
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(population))
                || group_ids.iter().any(|g| groups.contains(g))
        };
        Ok(self.failed.iter().find(reads).map(|f| f.0.clone()))
    }
}
