//! A run's report for people (`sync run`, and every command that runs a rule: `rule
//! update`, `rule delete --deprovision`, the wizard, the demo): how it ended, its
//! figures, its operations by kind, the plan when nothing was applied (every removal
//! listed), the users' and groups' states, the failures, the requests.

use crate::cli::output::{counted, fields, render_table, table, Paint, Printer};
use crate::model::{Direction, RunOutcome};
use crate::ops::run::RunReport;
use crate::sync::inbound::GroupAction as DirectoryGroupAction;
use crate::sync::outbound::licenses::LicensePlan;
use crate::sync::outbound::plan::Operation;

const SHOWN: usize = 50;
/// Operations of a plan the demo lists before summing up the rest.
const BRIEF: usize = 6;

/// A run's report for people.
pub(crate) fn render(printer: &Printer, r: &RunReport) -> String {
    render_listing(printer, r, SHOWN)
}

/// [`render`] with a plan's operations other than removals cut short (the demo's):
/// every removal is still listed.
pub(crate) fn render_brief(printer: &Printer, r: &RunReport) -> String {
    render_listing(printer, r, BRIEF)
}

/// A run's report, listing `limit` of the plan's operations other than removals.
fn render_listing(printer: &Printer, r: &RunReport, limit: usize) -> String {
    let mut s = title(printer, r);
    s.push_str(&summary_fields(printer, r));
    s.push_str(&operation_counts(r));
    if !r.operations.is_empty() {
        s.push_str(&render_plan(&r.operations, limit));
    }
    if !(r.directory_operations.is_empty() && r.directory_group_operations.is_empty()) {
        s.push_str(&render_directory_plan(r, limit));
    }
    s.push_str(&states_line(r));
    if !(r.groups.is_empty() && r.groups.planned.is_empty()) {
        s.push_str(&render_groups(r));
    }
    if r.settled > 0 {
        s.push_str(&format!(
            "Settled {} operations of earlier runs whose outcome was unknown (`dbxprov sync show` tells how).\n",
            r.settled
        ));
    }
    s.push_str(&failures(r));
    s.push_str(&requests(r));
    s
}

/// The first line: which rule, which way, and how it ended (or that nothing changed).
fn title(printer: &Printer, r: &RunReport) -> String {
    if r.dry_run {
        return format!(
            "Dry run of rule {:?} {} connection {:?}: nothing was changed{}.\n",
            r.rule,
            arrow(r.direction),
            r.connection,
            if r.guard.tripped && r.undoes.is_some() {
                "; it is over the rule's limits: confirming the undo lets exactly it through"
                    .to_string()
            } else if r.guard.tripped {
                format!(
                    "; the deletion guard {} a real run",
                    printer.paint("would stop", Paint::Bad)
                )
            } else {
                String::new()
            }
        );
    }
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
}

/// Operations by kind: planned, succeeded, failed (a dash for a dry run's).
fn operation_counts(r: &RunReport) -> String {
    if r.planned.is_empty() {
        return match r.groups.planned.is_empty() {
            true => "\nNo changes needed.\n".into(),
            false => "\nNo member changes needed.\n".into(),
        };
    }
    let mut t = table(["OPERATION", "PLANNED", "SUCCEEDED", "FAILED"]);
    let shown = |n: usize| match r.dry_run {
        true => "-".to_string(),
        false => n.to_string(),
    };
    for (kind, n) in &r.planned {
        let ok = r.applied.get(kind).copied().unwrap_or(0) as usize;
        let failed = r.failures.iter().filter(|f| &f.action == kind).count();
        t.add_row([kind.clone(), n.to_string(), shown(ok), shown(failed)]);
    }
    format!("\n{}", render_table(&t))
}

/// Where the users (or members) stand, or will once the plan is applied.
fn states_line(r: &RunReport) -> String {
    let st = &r.states;
    let applied_nothing = r.dry_run || r.outcome == RunOutcome::Stopped;
    format!(
        "\n{}{}: {} synced, {} unsynced, {} partially synced, {} failed\n",
        match r.direction {
            Direction::Outbound => "Users",
            Direction::Inbound if r.from_directory => "Entries",
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
    )
}

/// The failed users (the first [`SHOWN`]), with the command that lists them all.
fn failures(r: &RunReport) -> String {
    if r.failures.is_empty() {
        return String::new();
    }
    let mut s = String::from("\nFailures:\n");
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
    s
}

/// The requests the run sent and what slowed them: retries, 429s, repeated listing
/// entries, the requests in flight where the 429s left them.
fn requests(r: &RunReport) -> String {
    let mut s = format!(
        "\n{} {} requests in {:.1} s{}\n",
        r.requests,
        if r.from_directory { "LDAP" } else { "API" },
        r.duration_ms as f64 / 1000.0,
        match (r.retries, r.rate_limited) {
            (0, _) => String::new(),
            (n, 0) => format!(", {n} of them retries"),
            (n, q) =>
                format!(", {n} of them retries ({q} after a 429: Dropbox asked to slow down)"),
        }
    );
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
        Direction::Inbound if r.from_directory => {
            ("entries in scope", "user deletions", "brought in")
        }
        Direction::Inbound => ("members in scope", "user deletions", "brought in"),
    };
    let read = match r.from_directory {
        true => "directory entries read",
        false => "team members read",
    };
    let mut rows = vec![(scope, r.users_in_scope.to_string())];
    if let Some(id) = r.undoes {
        rows.push(("undoes", format!("run {id}: what it changed, taken back")));
    }
    if let Some(id) = r.approves {
        rows.push((
            "approves",
            format!("run {id}: its plan, applied as it was kept"),
        ));
    }
    if !r.only_users.is_empty() {
        let asked = format!("{} (their changes only)", r.only_users.join(", "));
        rows.push(("users asked for", asked));
    }
    rows.extend([
        (read, r.members_read.to_string()),
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
    ]);
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
    if r.changed_outside > 0 {
        let changed = format!(
            "{} changed in Dropbox outside dbxprov since the last run (`sync drift {}` lists them)",
            crate::cli::output::counted(r.changed_outside, "member", "members"),
            r.rule
        );
        rows.push(("changed outside", changed));
    }
    if r.drift > 0 {
        let drift = format!(
            "{} suspended or removed outside dbxprov, left so (--revert-drift undoes it)",
            crate::cli::output::counted(r.drift, "member", "members")
        );
        rows.push(("drift", drift));
    }
    if let Some(first) = r.pending_removals.iter().map(|p| p.due).min() {
        let pending = format!(
            "{} suspended, the first removed on {} (`sync status` lists them)",
            r.pending_removals.len(),
            crate::ops::rfc3339(first)
        );
        rows.push(("removals pending", pending));
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
                super::with_changes(&op.reason, &op.changes).into_owned(),
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
    reason: std::borrow::Cow<'a, str>,
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
        t.add_row([r.kind, r.email, &r.reason]);
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

pub(crate) fn render_plan(operations: &[Operation], limit: usize) -> String {
    let rows = operations.iter().map(|op| PlanRow {
        removal: op.action.is_deprovision(),
        kind: op.action.kind(),
        email: &op.email,
        reason: super::with_changes(&op.reason, &op.changes),
    });
    render_plan_rows(rows.collect(), limit, ("OPERATION", "Plan", "deprovisions"))
}

/// An inbound plan that was not applied: its directory writes, users' then groups'.
fn render_directory_plan(r: &RunReport, limit: usize) -> String {
    let users = r.directory_operations.iter().map(|op| PlanRow {
        removal: op.action.is_deprovision(),
        kind: op.action.kind(),
        email: &op.email,
        reason: super::with_changes(&op.reason, &op.changes),
    });
    let groups = r.directory_group_operations.iter().map(|op| PlanRow {
        removal: op.action == DirectoryGroupAction::Delete,
        kind: op.action.kind(),
        email: &op.name,
        reason: super::with_changes(&op.reason, &op.changes),
    });
    let rows = users.chain(groups);
    let titles = (
        "DIRECTORY OPERATION",
        "Directory plan",
        "deletions and disables",
    );
    render_plan_rows(rows.collect(), limit, titles)
}
