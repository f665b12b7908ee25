//! `dbxprov sync run [RULE]... [--all] [--due] [--dry-run] [--allow-deletes N] [--concurrency N]`

use clap::Args;
use serde::Serialize;

use crate::cli::error::{describe, in_rule, CliError, JsonErrorBody};
use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;
use crate::cli::render::run::render;
use crate::model::RunOutcome;
use crate::ops::run::{self, RunOptions, RunReport};
use crate::ops::Context;

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Rules to run, in order.
    pub rules: Vec<String>,
    /// Run every enabled rule.
    #[arg(long, conflicts_with_all = ["rules", "due"])]
    pub all: bool,
    /// Run every enabled rule that is due: outbound rules every time, inbound rules
    /// daily at the time of day their first full sync finished (for a crontab line
    /// every few minutes; DBXPROV_NOW=2026-12-03T10:00:00Z sets the clock it reads).
    #[arg(long, conflicts_with = "rules")]
    pub due: bool,
    /// Plan and check only: show what would change, change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Let up to N deprovisions through the rule's deletion limit, this run only.
    #[arg(long, value_name = "N")]
    pub allow_deletes: Option<u64>,
    /// Let up to N email or external-id changes, and N unsuspends, through the rule's
    /// limit (the deletion limit, counted apart), this run only.
    #[arg(long, value_name = "N")]
    pub allow_changes: Option<u64>,
    /// Undo what was changed in Dropbox outside dbxprov: unsuspend the members suspended
    /// there, recover (or re-create) the members removed there. Without it they are left
    /// as they are and reported as drift.
    #[arg(long)]
    pub revert_drift: bool,
    /// Requests (or batches of adds) in flight at once.
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=32))]
    pub concurrency: u16,
}

/// The named rules as the store spells them, every one checked before any runs: a typo
/// in the third name must not leave the first two run and the rest not.
fn known_rules(ctx: &Context, names: Vec<String>) -> anyhow::Result<Vec<String>> {
    let rules = crate::ops::rule::all(ctx)?;
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for name in names {
        match rules.iter().find(|r| r.name.eq_ignore_ascii_case(&name)) {
            Some(r) => known.push(r.name.clone()),
            None => unknown.push(name),
        }
    }
    let Some(first) = unknown.first() else {
        return Ok(known);
    };
    let quoted: Vec<String> = unknown.iter().map(|n| format!("{n:?}")).collect();
    let mut error = CliError::config(format!(
        "no rule named {}; nothing was run",
        quoted.join(", ")
    ));
    let names = rules.iter().map(|r| r.name.as_str());
    error = match crate::model::did_you_mean(first, names) {
        Some(close) => error.with_hint(format!(
            "did you mean {close:?}? (`dbxprov rule list` shows the rules)"
        )),
        None => error.with_hint("`dbxprov rule list` shows the rules"),
    };
    Err(error.into())
}

/// One rule's entry in `sync run --json`: its report, or the error that stopped it
/// before it could report (so a failed run never prints as an empty list).
#[derive(Serialize)]
#[serde(untagged)]
enum RuleRun {
    Report(Box<RunReport>),
    Failed {
        rule: String,
        outcome: RunOutcome,
        error: JsonErrorBody,
    },
}

/// The rules `sync run` runs: those named, every enabled one (`--all`), or the due ones
/// (`--due`, saying which are not due). Over a home without rules, `--all` and `--due`
/// fail: cron over a new or mistyped home must not pass for a quiet success.
fn rules_to_run(ctx: &Context, args: &RunArgs, printer: &Printer) -> anyhow::Result<Vec<String>> {
    if (args.all || args.due) && crate::ops::rule::all(ctx)?.is_empty() {
        return Err(CliError::config(format!(
            "there are no rules in {}: nothing to run",
            ctx.home().display()
        ))
        .with_hint("check --home (or DBXPROV_HOME); `dbxprov rule create outbound` creates a rule")
        .into());
    }
    let rules: Vec<String> = if args.all {
        crate::ops::rule::all(ctx)?
            .into_iter()
            .filter(|r| r.enabled)
            .map(|r| r.name)
            .collect()
    } else if args.due {
        let due = run::inbound::due(ctx)?;
        for d in due.iter().filter(|d| !d.due) {
            printer.status(format!(
                "Rule {:?} is not due: its next run is at {}.",
                d.rule,
                d.next_run.as_deref().unwrap_or("?")
            ));
        }
        if due.is_empty() {
            printer.status("No enabled rules: nothing is due.");
        }
        due.into_iter().filter(|d| d.due).map(|d| d.rule).collect()
    } else if args.rules.is_empty() {
        return Err(CliError::usage("name the rules to run, or --all, or --due")
            .with_hint("`dbxprov rule list` shows the rules")
            .into());
    } else {
        known_rules(ctx, args.rules.clone())?
    };
    if rules.is_empty() && args.all {
        printer.status("No enabled rules: nothing to run (`dbxprov rule list` shows the rules).");
    }
    Ok(rules)
}

pub async fn cmd_run(
    ctx: &mut Context,
    args: RunArgs,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let rules = rules_to_run(ctx, &args, printer)?;
    let options = RunOptions {
        concurrency: args.concurrency as usize,
        scheduled: args.due,
        allow_changes: args.allow_changes,
        revert_drift: args.revert_drift,
        ..RunOptions::new(args.dry_run, args.allow_deletes)
    };
    let bar = global.progress_bar();
    let mut reports: Vec<RuleRun> = Vec::new();
    // Every rule runs; the worst outcome decides the exit code.
    let mut errors: Vec<anyhow::Error> = Vec::new();
    let mut reported = 0;
    for name in &rules {
        match run::run(ctx, name, &options, &bar).await {
            Ok(report) => {
                if !printer.json {
                    printer.result(&report, |r| render(printer, r))?;
                }
                if let Some(e) = run::report_error(&report) {
                    errors.push(e.into());
                }
                reports.push(RuleRun::Report(Box::new(report)));
            }
            Err(e) => {
                let connection = crate::ops::rule::get(ctx, name).ok().map(|r| r.connection);
                let e = in_rule(name, connection, e);
                reports.push(RuleRun::Failed {
                    rule: name.clone(),
                    outcome: RunOutcome::Failed,
                    error: describe(&e, &printer.settings),
                });
                errors.push(e);
            }
        }
        // With several rules, each one's trouble is told as it happens (with --json, in
        // the one error document at the end).
        if rules.len() > 1 && errors.len() > reported && !printer.json {
            crate::cli::error::report(printer, &errors[reported]);
            reported = errors.len();
        }
    }
    if printer.json {
        printer.result(&reports, |_| String::new())?;
    }
    if rules.len() == 1 || errors.is_empty() {
        return errors.pop().map_or(Ok(()), Err);
    }
    let worst = crate::cli::exit::worst(errors.iter().map(crate::cli::error::kind))
        .expect("there are errors");
    // Quiet (cron) output is one line per failed rule, already printed: the exit code
    // says the rest.
    if printer.quiet && !printer.json {
        return Err(CliError::already_told(worst).into());
    }
    let mut message = format!(
        "{} of {} rules did not sync cleanly",
        errors.len(),
        rules.len()
    );
    if printer.json {
        let each: Vec<String> = errors
            .iter()
            .map(|e| describe(e, &printer.settings).message)
            .collect();
        message.push_str(&format!(": {}", each.join("; ")));
    }
    Err(CliError::new(worst, message).into())
}
