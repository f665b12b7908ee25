//! `dbxprov sync run [RULE]... [--all] [--due] [--dry-run] [--allow-deletes N] [--concurrency N]`

use clap::Args;
use serde::Serialize;

use crate::cli::error::{describe, in_rule, CliError, JsonErrorBody};
use crate::cli::global::GlobalArgs;
use crate::cli::output::{counted, fields, render_table, table, Paint, Printer};
use crate::model::{Direction, RunOutcome};
use crate::ops::run::{self, RunOptions, RunReport};
use crate::ops::Context;
use crate::sync::inbound::DirectoryOperation;
use crate::sync::outbound::licenses::LicensePlan;
use crate::sync::outbound::plan::Operation;

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

const SHOWN: usize = 50;
/// Operations of a plan the demo lists before summing up the rest.
const BRIEF: usize = 6;

/// A run's report for people.
pub fn render(printer: &Printer, r: &RunReport) -> String {
    render_listing(printer, r, SHOWN)
}

/// [`render`] with a plan's operations other than removals cut short (the demo's):
/// every removal is still listed.
pub fn render_brief(printer: &Printer, r: &RunReport) -> String {
    render_listing(printer, r, BRIEF)
}

/// A run's report, listing `limit` of the plan's operations other than removals.
fn render_listing(printer: &Printer, r: &RunReport, limit: usize) -> String {
    let mut s = String::new();
    let title = if r.dry_run {
        format!(
            "Dry run of rule {:?} {} connection {:?}: nothing was changed{}.\n",
            r.rule,
            arrow(r.direction),
            r.connection,
            if r.guard.tripped {
                format!(
                    "; the deletion guard {} a real run",
                    printer.paint("would stop", Paint::Bad)
                )
            } else {
                String::new()
            }
        )
    } else {
        format!(
            "Rule {:?} {} connection {:?}: run {} {}.\n",
            r.rule,
            arrow(r.direction),
            r.connection,
            r.run_id.unwrap_or_default(),
            match r.outcome {
                RunOutcome::Succeeded => printer.paint("succeeded", Paint::Good),
                RunOutcome::Partial => printer.paint("finished with failures", Paint::Warn),
                RunOutcome::Stopped => printer.paint(
                    "stopped by the deletion guard: nothing was applied",
                    Paint::Bad,
                ),
                other => printer.paint(other.as_str(), Paint::Bad),
            }
        )
    };
    s.push_str(&title);
    s.push_str(&summary_fields(printer, r));
    if !r.planned.is_empty() {
        let mut t = table(["OPERATION", "PLANNED", "SUCCEEDED", "FAILED"]);
        for (kind, n) in &r.planned {
            let ok = r.applied.get(kind).copied().unwrap_or(0);
            let failed = r.failures.iter().filter(|f| &f.action == kind).count();
            t.add_row([
                kind.clone(),
                n.to_string(),
                if r.dry_run {
                    "-".into()
                } else {
                    ok.to_string()
                },
                if r.dry_run {
                    "-".into()
                } else {
                    failed.to_string()
                },
            ]);
        }
        s.push('\n');
        s.push_str(&render_table(&t));
    } else if r.groups.planned.is_empty() {
        s.push_str("\nNo changes needed.\n");
    } else {
        s.push_str("\nNo member changes needed.\n");
    }
    if !r.operations.is_empty() {
        s.push_str(&render_plan(&r.operations, limit));
    }
    if !r.directory_operations.is_empty() {
        s.push_str(&render_directory_plan(&r.directory_operations, limit));
    }
    let st = &r.states;
    let applied_nothing = r.dry_run || r.outcome == RunOutcome::Stopped;
    s.push_str(&format!(
        "\n{}{}: {} synced, {} unsynced, {} partially synced, {} failed\n",
        match r.direction {
            Direction::Outbound => "Users",
            Direction::Inbound => "Members",
        },
        if applied_nothing {
            " once the plan is applied"
        } else {
            ""
        },
        st.synced,
        st.unsynced,
        st.partially_synced,
        st.failed
    ));
    if !(r.groups.is_empty() && r.groups.planned.is_empty()) {
        s.push_str(&render_groups(r));
    }
    if r.settled > 0 {
        s.push_str(&format!(
            "Settled {} operations of earlier runs whose outcome was unknown (`dbxprov sync show` tells how).\n",
            r.settled
        ));
    }
    if !r.failures.is_empty() {
        s.push_str("\nFailures:\n");
        let mut t = table(["USER", "OPERATION", "ERROR"]);
        for f in r.failures.iter().take(SHOWN) {
            t.add_row([f.email.clone(), f.action.clone(), f.error.clone()]);
        }
        s.push_str(&render_table(&t));
        if r.failures.len() > SHOWN {
            s.push_str(&format!(
                "... and {} more (`dbxprov sync status {} --users --state failed`)\n",
                r.failures.len() - SHOWN,
                r.rule
            ));
        }
    }
    s.push_str(&format!(
        "\n{} API requests in {:.1} s{}\n",
        r.requests,
        r.duration_ms as f64 / 1000.0,
        match (r.retries, r.rate_limited) {
            (0, _) => String::new(),
            (n, 0) => format!(", {n} of them retries"),
            (n, q) =>
                format!(", {n} of them retries ({q} after a 429: Dropbox asked to slow down)"),
        }
    ));
    if r.listed_twice > 0 {
        s.push_str(&format!(
            "Dropbox listed {} entries twice while the team was read (it changed meanwhile); each was taken once.\n",
            r.listed_twice
        ));
    }
    if let Some(c) = r.concurrency.filter(|c| c.decreases > 0) {
        s.push_str(&format!(
            "Requests in flight: {} asked, halved {} times on 429 (lowest {}), settled at {}.\n",
            c.configured, c.decreases, c.lowest, c.settled
        ));
    }
    s
}

/// A run's figures: its scope, the team read, the guard's reading, the licenses (and
/// what they cannot cover).
fn summary_fields(printer: &Printer, r: &RunReport) -> String {
    let (scope, deprovisions, linked) = match r.direction {
        Direction::Outbound => ("users in scope", "deprovisions", "linked"),
        Direction::Inbound => ("members in scope", "user deletions", "brought in"),
    };
    let mut rows = vec![
        (scope, r.users_in_scope.to_string()),
        ("team members read", r.members_read.to_string()),
        (
            deprovisions,
            match r.guard.linked {
                0 => format!("{} planned (nothing {linked} yet)", r.guard.deprovisions),
                n => format!(
                    "{} planned, limit {} of {n} {linked}",
                    r.guard.deprovisions, r.guard.allowed
                ),
            },
        ),
    ];
    let g = &r.guard;
    for (label, n) in [
        ("email/external id changes", g.identity_changes),
        ("unsuspends", g.unsuspends),
    ] {
        if n > 0 {
            let limit = format!(
                "{n} planned, limit {} of {} linked",
                g.changes_allowed, g.changes_base
            );
            rows.push((label, limit));
        }
    }
    if r.drift > 0 {
        let drift = format!(
            "{} suspended or removed outside dbxprov, left so (--revert-drift undoes it)",
            crate::cli::output::counted(r.drift, "member", "members")
        );
        rows.push(("drift", drift));
    }
    if let Some(l) = &r.licenses {
        rows.push(("licenses", license_row(l)));
    }
    let mut s = fields(rows);
    if let Some(l) = r.licenses.as_ref().filter(|l| l.short > 0) {
        s.push_str(&printer.paint(&license_shortage(l, r.dry_run), Paint::Warn));
    }
    s
}

/// The team's licenses as a plan finds them.
fn license_row(l: &LicensePlan) -> String {
    format!(
        "{} free of {} ({} held, {} of them by suspended members)",
        l.free, l.licensed, l.used, l.held_by_suspended
    )
}

/// Why some creates and recoveries will find no license, and what frees one.
fn license_shortage(l: &LicensePlan, dry_run: bool) -> String {
    let suspends = match l.suspends {
        0 => String::new(),
        n => format!("; its {n} suspends free none (a suspended member keeps its license)"),
    };
    format!(
        "\nNot enough licenses: {} creates and recoveries take one each, {} are free and the \
         plan's removals free {}{suspends}. {} {} with team_license_limit unless licenses are \
         freed (only removing a member frees one: `--remove-action delete`) or bought.\n",
        l.needed,
        l.free,
        l.freed,
        l.short,
        if dry_run { "would fail" } else { "failed" }
    )
}

/// Which way a rule provisions: `->` into Dropbox, `<-` from it.
fn arrow(direction: Direction) -> &'static str {
    match direction {
        Direction::Outbound => "->",
        Direction::Inbound => "<-",
    }
}

/// The group section of a run: its operations, the plan when nothing was applied (every
/// deletion and membership removal), its failures.
fn render_groups(r: &RunReport) -> String {
    let g = &r.groups;
    let applied_nothing = r.dry_run || r.outcome == RunOutcome::Stopped;
    let mut s = format!(
        "\nGroups{}: {} impacted, {} synced, {} failed\n",
        if applied_nothing {
            " once the plan is applied"
        } else {
            ""
        },
        g.impacted,
        g.synced,
        g.failed
    );
    if !g.planned.is_empty() {
        let mut t = table(["GROUP OPERATION", "PLANNED", "SUCCEEDED", "FAILED"]);
        for (kind, n) in &g.planned {
            let ok = g.applied.get(kind).copied().unwrap_or(0);
            let failed = g
                .failures
                .iter()
                .filter(|f| f.action.as_deref() == Some(kind))
                .count();
            let shown = |n: usize| {
                if applied_nothing {
                    "-".into()
                } else {
                    n.to_string()
                }
            };
            t.add_row([
                kind.clone(),
                n.to_string(),
                shown(ok as usize),
                shown(failed),
            ]);
        }
        s.push_str(&render_table(&t));
    }
    if !g.operations.is_empty() {
        let (removals, others): (Vec<_>, Vec<_>) = g
            .operations
            .iter()
            .partition(|op| op.action.deletions() != (0, 0));
        let mut t = table(["GROUP OPERATION", "GROUP", "REASON"]);
        for op in removals.iter().chain(others.iter().take(SHOWN)) {
            t.add_row([
                op.action.kind().to_string(),
                op.name.clone(),
                op.reason.clone(),
            ]);
        }
        let (groups, memberships) = removals
            .iter()
            .map(|op| op.action.deletions())
            .fold((0, 0), |(g, m), (dg, dm)| (g + dg, m + dm));
        s.push_str(&format!(
            "\nGroup plan (group deletions: {groups}, membership removals: {memberships}; all shown):\n"
        ));
        s.push_str(&render_table(&t));
    }
    if !g.failures.is_empty() {
        let mut t = table(["GROUP", "OPERATION", "ERROR"]);
        for f in g.failures.iter().take(SHOWN) {
            let action = f.action.clone().unwrap_or_else(|| "-".into());
            t.add_row([f.name.clone(), action, f.error.clone()]);
        }
        s.push_str("\nGroup failures:\n");
        s.push_str(&render_table(&t));
    }
    s
}

/// One planned operation as the plan table shows it.
struct PlanRow<'a> {
    removal: bool,
    kind: &'static str,
    email: &'a str,
    reason: &'a str,
}

/// The plan of a run that applied nothing: every removal (what an admin must check
/// before letting a guard through), then the first of the other operations.
/// `title` heads the table, `removed` names its removals.
fn render_plan_rows(
    rows: Vec<PlanRow<'_>>,
    limit: usize,
    (header, title, removed): (&str, &str, &str),
) -> String {
    let (removals, others): (Vec<PlanRow>, Vec<PlanRow>) =
        rows.into_iter().partition(|r| r.removal);
    let mut t = table([header, "USER", "REASON"]);
    for r in removals.iter().chain(others.iter().take(limit)) {
        t.add_row([r.kind, r.email, r.reason]);
    }
    let listed = match others.len() {
        n if n > limit => format!("{n} other operations, the first {limit} listed"),
        n => format!("{n} other operations"),
    };
    let removals_n = counted(
        removals.len() as u64,
        removed.trim_end_matches('s'),
        removed,
    );
    let mut s = format!("\n{title} ({removals_n}, every one listed; {listed}):\n");
    s.push_str(&render_table(&t));
    if others.len() > limit {
        s.push_str(&format!(
            "... and {} more operations, none of them a removal (--json lists all)\n",
            others.len() - limit
        ));
    }
    s
}

fn render_plan(operations: &[Operation], limit: usize) -> String {
    let rows = operations.iter().map(|op| PlanRow {
        removal: op.action.is_deprovision(),
        kind: op.action.kind(),
        email: &op.email,
        reason: &op.reason,
    });
    render_plan_rows(rows.collect(), limit, ("OPERATION", "Plan", "deprovisions"))
}

/// An inbound plan that was not applied: its directory writes.
fn render_directory_plan(operations: &[DirectoryOperation], limit: usize) -> String {
    let rows = operations.iter().map(|op| PlanRow {
        removal: op.action.is_deprovision(),
        kind: op.action.kind(),
        email: &op.email,
        reason: &op.reason,
    });
    let titles = (
        "DIRECTORY OPERATION",
        "Directory plan",
        "deletions and disables",
    );
    render_plan_rows(rows.collect(), limit, titles)
}

/// The named rules as the store spells them, every one checked before any runs: a typo
/// in the third name must not leave the first two run and the rest not.
fn known_rules(ctx: &Context, names: Vec<String>) -> anyhow::Result<Vec<String>> {
    let rules = ctx.store.rules()?;
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
    if (args.all || args.due) && ctx.store.rules()?.is_empty() {
        return Err(CliError::config(format!(
            "there are no rules in {}: nothing to run",
            ctx.store.home().display()
        ))
        .with_hint("check --home (or DBXPROV_HOME); `dbxprov rule create outbound` creates a rule")
        .into());
    }
    let rules: Vec<String> = if args.all {
        ctx.store
            .rules()?
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
                let connection = ctx.store.rule(name).ok().map(|r| r.connection);
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
