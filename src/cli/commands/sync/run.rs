//! `dbxprov sync run [RULE]... [--all] [--due] [--dry-run] [--allow-deletes N] [--concurrency N]`

use clap::Args;
use serde::Serialize;

use crate::cli::error::{describe, in_rule, CliError, JsonErrorBody};
use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;
use crate::cli::render::run::render;
use crate::model::RunOutcome;
use crate::ops::run::selection::{self, FailedPulls, Selection};
use crate::ops::run::{self, RunOptions, RunReport};
use crate::ops::Context;

use super::outputs::OutputArgs;

#[derive(Args, Debug)]
pub struct RunArgs {
    /// Rules to run, in order.
    pub(crate) rules: Vec<String>,
    /// Run every enabled rule.
    #[arg(long, conflicts_with_all = ["rules", "due"])]
    pub(crate) all: bool,
    /// Run every enabled rule that is due: outbound rules every time, inbound rules
    /// daily at the time of day their first full sync finished (for a crontab line
    /// every few minutes; DBXPROV_NOW=2026-12-03T10:00:00Z sets the clock it reads).
    #[arg(long, conflicts_with = "rules")]
    pub(crate) due: bool,
    /// Plan and check only: show what would change, change nothing.
    #[arg(long)]
    pub(crate) dry_run: bool,
    /// Let up to N deprovisions through the rule's deletion limit, this run only.
    #[arg(long, value_name = "N")]
    pub(crate) allow_deletes: Option<u64>,
    /// Let up to N email or external-id changes, and N unsuspends, through the rule's
    /// limit (the deletion limit, counted apart), this run only.
    #[arg(long, value_name = "N")]
    pub(crate) allow_changes: Option<u64>,
    /// Undo what was changed in Dropbox outside dbxprov: unsuspend the members suspended
    /// there, recover (or re-create) the members removed there. Without it they are left
    /// as they are and reported as drift.
    #[arg(long)]
    pub(crate) revert_drift: bool,
    /// Provision only this directory user (id, username or email; repeatable): their
    /// operations and group memberships, journaled as a run of the rule. Other users'
    /// changes wait for the next full run. One outbound rule only.
    #[arg(long = "user", value_name = "USER", conflicts_with_all = ["all", "due"])]
    pub(crate) users: Vec<String>,
    /// Requests (or batches of adds) in flight at once.
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=32))]
    pub(crate) concurrency: u16,
    #[command(flatten)]
    pub(crate) outputs: OutputArgs,
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
    /// Not run: an inbound rule that feeds it failed in this invocation.
    Skipped {
        rule: String,
        skipped: String,
    },
}

/// The rules `sync run` runs (see [`selection::select`]), saying which are not due and
/// when none is enabled.
fn rules_to_run(ctx: &Context, args: &RunArgs, printer: &Printer) -> anyhow::Result<Vec<String>> {
    let asked = if args.all {
        Selection::All
    } else if args.due {
        Selection::Due
    } else if args.rules.is_empty() {
        return Err(CliError::usage("name the rules to run, or --all, or --due")
            .with_hint("`dbxprov rule list` shows the rules")
            .into());
    } else if !args.users.is_empty() && args.rules.len() > 1 {
        return Err(CliError::usage("--user runs one rule: name only one")
            .with_hint("`dbxprov sync run RULE --user USER` for each rule")
            .into());
    } else {
        Selection::Named(args.rules.clone())
    };
    let selected = selection::select(ctx, asked)?;
    for d in &selected.not_due {
        printer.status(format!(
            "Rule {:?} is not due: its next run is at {}.",
            d.rule,
            d.next_run.as_deref().unwrap_or("?")
        ));
    }
    for (rule, q) in &selected.quarantined {
        printer.status(format!(
            "Rule {rule:?} is quarantined: {} runs in a row failed ({}); `--due` tries it again at {} (`dbxprov sync run {rule}` runs it now).",
            q.failures,
            q.cause.words(),
            crate::ops::rfc3339(q.until)
        ));
    }
    if selected.none_enabled {
        printer.status(match args.due {
            true => "No enabled rules: nothing is due.",
            false => "No enabled rules: nothing to run (`dbxprov rule list` shows the rules).",
        });
    }
    Ok(selected.rules)
}

pub(crate) async fn cmd_run(
    ctx: &mut Context,
    args: RunArgs,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let rules = rules_to_run(ctx, &args, printer)?;
    let since = crate::ops::monitor::outputs::newest_run_id(ctx)?;
    let result = run_rules(ctx, &rules, &args, global, printer).await;
    if !args.dry_run {
        args.outputs.after_runs(ctx, since, &rules, printer).await;
    }
    result
}

/// Runs `rules` one after another; the worst outcome decides the exit code.
async fn run_rules(
    ctx: &mut Context,
    rules: &[String],
    args: &RunArgs,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let options = RunOptions {
        concurrency: args.concurrency as usize,
        scheduled: args.due,
        allow_changes: args.allow_changes,
        revert_drift: args.revert_drift,
        users: args.users.clone(),
        ..RunOptions::new(args.dry_run, args.allow_deletes)
    };
    let bar = global.progress_bar();
    let mut reports: Vec<RuleRun> = Vec::new();
    // Every rule runs; the worst outcome decides the exit code.
    let mut errors: Vec<anyhow::Error> = Vec::new();
    let mut reported = 0;
    let mut failed_pulls = FailedPulls::default();
    for name in rules {
        if let Some(upstream) = failed_pulls.feeding(ctx, name)? {
            let why = format!(
                "rule {upstream:?}, which feeds what it reads, did not go through: it runs again on the next invocation"
            );
            printer.status(format!("Rule {name:?} not run: {why}."));
            reports.push(RuleRun::Skipped {
                rule: name.clone(),
                skipped: why,
            });
            continue;
        }
        let result = run::run(ctx, name, &options, &bar).await;
        let went_through = result.as_ref().is_ok_and(run::went_through);
        failed_pulls.record(ctx, name, went_through)?;
        match result {
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
